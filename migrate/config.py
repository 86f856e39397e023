"""Configuration: `[tool.migrate]` in the repository's pyproject.toml, or `.migrate.toml`, read and validated."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

CONFIG_FILE = ".migrate.toml"  # top-level keys; takes precedence over pyproject.toml
PYPROJECT = "pyproject.toml"  # keys under [tool.migrate]
_MAX_BYTES = 1 << 20  # as for every file the tool reads (migrate/repo.py)
# A stage name BuildKit accepts (`FROM image AS name`): lower case, starting with a letter.
_STAGE_NAME = re.compile(r"^[a-z][a-z0-9_.-]*$")


class ConfigError(Exception):
    """A configuration file the tool refuses: the CLI reports it as a usage error (exit 2)."""

    def __init__(self, path: str, message: str, key: str | None = None) -> None:
        self.path = path
        self.key = key
        where = f"{path}: `{key}`" if key else path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Config:
    """A repository's settings for the tool (`.migrate.toml`, or `[tool.migrate]` in pyproject.toml)."""

    stage_name: str = "builder"  # name of a builder's artifact stage that has none
    keep_legacy_files: bool = False  # keep the builder Dockerfile instead of deleting it
    exclude: tuple[str, ...] = ()  # glob patterns of repository paths the tool leaves alone
    advisories: bool = True  # report advisories (never applied) next to the migration
    source: str | None = None  # the file the values came from, for messages

    @cached_property
    def _exclude_res(self) -> tuple[re.Pattern[str], ...]:
        return tuple(glob_regex(p) for p in self.exclude)

    def excluded(self, path: str) -> bool:
        """True when the repository-relative path, or a directory above it, matches an exclude pattern."""
        p = PurePosixPath(path)
        candidates = [str(p), *(str(parent) for parent in p.parents if str(parent) != ".")]
        return any(rx.fullmatch(c) for rx in self._exclude_res for c in candidates)


def glob_regex(pattern: str) -> re.Pattern[str]:
    """`*` and `?` stay inside one path segment; `**` spans any number of segments (also none)."""
    pat = pattern.strip("/")
    out: list[str] = []
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("".join(out))


def _check_type(path: str, key: str, value: Any, kind: type) -> None:
    # bool is an int in Python; TOML keeps them apart, and so does this check.
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ConfigError(path, f"must be a {kind.__name__}, not {type(value).__name__} ({value!r})", key)


def parse_config(table: dict[str, Any], path: str) -> Config:
    """Validate one table of settings; every problem names the file and the key."""
    known = {"stage_name", "keep_legacy_files", "exclude", "advisories"}
    for key in table:
        if key not in known:
            raise ConfigError(path, f"unknown key (known keys: {', '.join(sorted(known))})", key)
    values: dict[str, Any] = {}
    if "stage_name" in table:
        name = table["stage_name"]
        _check_type(path, "stage_name", name, str)
        if not _STAGE_NAME.match(name):
            raise ConfigError(
                path, f"{name!r} is not a stage name (lower case letters, digits, `-`, `_`, `.`)", "stage_name"
            )
        values["stage_name"] = name
    for key in ("keep_legacy_files", "advisories"):
        if key in table:
            _check_type(path, key, table[key], bool)
            values[key] = table[key]
    if "exclude" in table:
        patterns = table["exclude"]
        _check_type(path, "exclude", patterns, list)
        for p in patterns:
            if not isinstance(p, str) or not p.strip("/"):
                raise ConfigError(path, f"every pattern must be a non-empty string, not {p!r}", "exclude")
        values["exclude"] = tuple(patterns)
    return Config(**values, source=path)


def _read_toml(file: Path, name: str) -> dict[str, Any]:
    import tomllib  # only when there is a file to read

    try:
        real = file.resolve()
        if file.parent.resolve() not in real.parents:  # never read through a link out of the repository
            raise ConfigError(name, "is a link that leads outside the repository")
        if real.stat().st_size > _MAX_BYTES:
            raise ConfigError(name, f"is over the {_MAX_BYTES}-byte limit")
        with real.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(name, f"not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(name, "not valid TOML: not UTF-8 text") from None
    except RecursionError:
        raise ConfigError(name, "not valid TOML: nested too deeply") from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a link loop
        raise ConfigError(name, f"cannot be read: {getattr(exc, 'strerror', None) or exc}") from None


def _usable(file: Path, name: str) -> None:
    """A configuration file that is there but is no regular file (a dangling or looping link, a FIFO, a
    directory) is refused, not taken as absent: the user meant it to say something."""
    if not os.path.lexists(file):
        return
    try:
        st = file.stat()
    except FileNotFoundError:
        raise ConfigError(name, "is a link to nothing") from None
    except OSError as exc:
        raise ConfigError(name, f"cannot be read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise ConfigError(name, "is not a regular file")


def load_config(root: Path) -> Config:
    """The repository's configuration: `.migrate.toml` if present, else `[tool.migrate]` of pyproject.toml,
    else the defaults."""
    own = root / CONFIG_FILE
    _usable(own, CONFIG_FILE)
    if own.is_file():
        return parse_config(_read_toml(own, CONFIG_FILE), CONFIG_FILE)
    pyproject = root / PYPROJECT
    _usable(pyproject, PYPROJECT)
    if pyproject.is_file():
        data = _read_toml(pyproject, PYPROJECT)
        tool = data.get("tool", {})
        table = tool.get("migrate") if isinstance(tool, dict) else None
        if table is None:
            return Config()
        if not isinstance(table, dict):
            raise ConfigError(PYPROJECT, "must be a table", "tool.migrate")
        return parse_config(table, f"{PYPROJECT} [tool.migrate]")
    return Config()
