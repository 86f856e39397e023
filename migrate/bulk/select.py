"""Which repositories a bulk run takes: roots expanded, path lists read, duplicates dropped, shards cut."""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_SCRIPT_SUFFIXES = (".sh", ".bash")


class SelectionError(ValueError):
    """A root, a path list or a shard specification the user gave cannot be used (a usage error)."""


@dataclass(frozen=True)
class Shard:
    """Shard `index` of `count`, 1-based: `--shard 2/4` is the second quarter."""

    index: int
    count: int

    @classmethod
    def parse(cls, spec: str) -> Shard:
        m = _SHARD.match(spec)
        if m is None:
            raise SelectionError(f"--shard must look like K/N (e.g. 2/4), not {spec!r}")
        index, count = int(m.group(1)), int(m.group(2))
        if count < 1 or not 1 <= index <= count:
            raise SelectionError(f"--shard {spec}: K must be between 1 and N")
        return cls(index, count)

    def takes(self, repo: str) -> bool:
        return shard_of(repo, self.count) == self.index


def normalise(repo: str) -> str:
    """The spelling sharding hashes: POSIX separators, `.`/`..`/doubled slashes folded, no trailing slash."""
    return posixpath.normpath(repo if os.sep == "/" else repo.replace(os.sep, "/"))


def shard_of(repo: str, count: int) -> int:
    """The 1-based shard a repository falls in: the first 8 bytes of sha1(normalised path), big-endian,
    modulo `count`, plus one. Pure and stable across machines, Python versions and runs."""
    digest = hashlib.sha1(normalise(repo).encode("utf-8", "surrogateescape")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def _looks_like_repo(root: Path) -> bool:
    """A directory with no git repository in or below it is a repository itself when it has a Dockerfile or a
    shell script at its top (a plain copy of one)."""
    from migrate.discover import is_dockerfile_name

    try:
        with os.scandir(root) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False) and (
                    is_dockerfile_name(entry.name) or entry.name.endswith(_SCRIPT_SUFFIXES)
                ):
                    return True
    except OSError:
        return False
    return False


def _has_git(path: Path) -> bool:
    """A git work tree's top, as git sees it: a `.git` directory, or a `.git` file (a worktree, a submodule)."""
    return os.path.lexists(path / ".git")


def expand_root(root: str, notes: list[str] | None = None) -> list[str]:
    """The repositories under one ROOT, as `ROOT/name` spelled from the ROOT as given, sorted by name.

    ROOT is one repository when it has a `.git`. Otherwise its immediate subdirectories that have a `.git` are
    the repositories, and what else is there (files such as a clone-all script, directories without `.git`) is
    skipped and said in `notes`. Only under a ROOT with no git repository at all are plain directories taken:
    ROOT itself when it has a Dockerfile or a shell script at its top, else each subdirectory."""
    path = Path(root)
    try:
        if not path.exists():
            raise SelectionError(f"{root}: no such file or directory")
        if not path.is_dir():
            raise SelectionError(f"{root}: not a directory")
        if _has_git(path):
            return [root]
        with os.scandir(path) as entries:  # a link is never a repository of ROOT: it may lead anywhere
            listed = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in entries if not e.name.startswith("."))
    except OSError as exc:  # unreadable, or a name too long
        raise SelectionError(f"{root}: cannot be read: {exc.strerror or exc}") from None
    dirs = [name for name, is_dir in listed if is_dir]
    others = [name for name, is_dir in listed if not is_dir]
    gits = [name for name in dirs if _has_git(path / name)]
    if not gits:
        if _looks_like_repo(path):
            return [root]
        return [os.path.join(root, name) for name in dirs]
    if notes is not None:
        plain = [name for name in dirs if name not in gits]
        if plain:
            notes.append(f"{root}: skipped {_names(plain)}: not git repositories (no .git)")
        if others:
            notes.append(f"{root}: skipped {_names(others)}: not directories")
    return [os.path.join(root, name) for name in gits]


def _names(names: list[str], most: int = 5) -> str:
    shown = ", ".join(names[:most])
    return f"{shown} and {len(names) - most} more" if len(names) > most else shown


def read_list(source: str) -> list[str]:
    """Repository paths from a file, one a line (`-`: standard input); blank lines and `#` comments skipped.
    The paths are repositories; they are not expanded like a ROOT."""
    try:
        if source == "-":
            lines: Iterable[str] = sys.stdin.read().splitlines()
        else:
            lines = Path(source).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SelectionError(f"{source}: cannot be read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise SelectionError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("#")]


def unique(repos: Iterable[str]) -> Iterator[str]:
    """Each repository once, in first-seen order (two spellings of one path count as one)."""
    seen: set[str] = set()
    for repo in repos:
        key = normalise(repo)
        if key not in seen:
            seen.add(key)
            yield repo


def select(
    roots: Iterable[str], from_file: str | None = None, shard: Shard | None = None, notes: list[str] | None = None
) -> list[str]:
    """Every repository of the run, in a stable order: roots first (each sorted), then the list file. What a
    ROOT holds that is not taken (files, directories without .git) is said in `notes`."""
    found: list[str] = []
    for root in roots:
        found.extend(expand_root(root, notes))
    if from_file is not None:
        found.extend(read_list(from_file))
    repos = unique(found)
    return [r for r in repos if shard is None or shard.takes(r)]
