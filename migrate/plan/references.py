"""Other files that name a Dockerfile the migration deletes. A docker compose `build:` that builds the
builder is updated to build the builder stage of the merged Dockerfile (`dockerfile:` + `target:`); any
other use (CI, scripts, compose in another shape) blocks; documentation only goes stale (a warning)."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from migrate.diagnostics import Diagnostic
from migrate.render.edits import Edit, apply_edits
from migrate.repo import ReadError, Repo

_DOCS = (".md", ".rst", ".txt", ".adoc", ".html")
_SKIP = (".dockerignore", ".gitignore", "CHANGELOG.md")
# files where a Dockerfile name can matter; others (sources, data, binaries) are not read
_TEXTUAL = (
    ".yml",
    ".yaml",
    ".json",
    ".toml",
    ".sh",
    ".bash",
    ".mk",
    ".cfg",
    ".ini",
    ".groovy",
    ".gradle",
    ".xml",
    ".py",
    ".hcl",
    ".tf",
    ".env",
    ".properties",
    *_DOCS,
)
_NAMED = ("Makefile", "makefile", "GNUmakefile", "Jenkinsfile", "Procfile", "Taskfile", "Justfile", "justfile")
_COMPOSE = re.compile(r"(^|/)(docker-)?compose[^/]*\.ya?ml$")


@dataclass(frozen=True)
class Replacement:
    """Where a deleted builder Dockerfile went: a stage of a merged Dockerfile, built from a context."""

    dockerfile: str
    stage: str
    context: str | None


@dataclass
class References:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    updated: dict[str, str] = field(default_factory=dict)  # path -> new text
    summary: list[str] = field(default_factory=list)


def _worth_reading(path: str) -> bool:
    name = posixpath.basename(path)
    return name.endswith(_TEXTUAL) or name in _NAMED or name.startswith(("Dockerfile", "Containerfile"))


def check(
    repo: Repo, files: list[str], deleted: list[str], script: str, moved: dict[str, Replacement] | None = None
) -> References:
    out = References()
    edits: dict[str, list[Edit]] = {}
    for path in deleted:
        name = posixpath.basename(path)
        if name in ("Dockerfile", "Containerfile"):
            continue  # the default name is everywhere; nothing specific to look for
        pattern = re.compile(r"(?<![\w.-])" + re.escape(name) + r"(?![\w.-])")
        for other in files:
            if other in (script, path) or other.endswith(_SKIP) or not _worth_reading(other):
                continue
            try:
                text = repo.read(other).text
            except ReadError:
                continue
            for m in pattern.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
                replacement = (moved or {}).get(path)
                if _COMPOSE.search(other) and replacement is not None:
                    fix = _compose_edit(text, m.start(), m.end(), other, path, replacement)
                    if fix is not None:
                        edits.setdefault(other, []).extend(fix)
                        out.summary.append(
                            f"{other}:{line}: builds stage `{replacement.stage}` of {replacement.dockerfile}"
                        )
                        continue
                if other.endswith(_DOCS):
                    out.diagnostics.append(
                        Diagnostic("MIG316", f"mentions `{name}`, which the migration deletes", other, line, col)
                    )
                else:
                    out.diagnostics.append(
                        Diagnostic("MIG309", f"uses `{name}`, which the migration deletes", other, line, col)
                    )
    for other, file_edits in edits.items():
        out.updated[other] = apply_edits(repo.read(other).text, file_edits)
    return out


_KEY = re.compile(r"^([ \t]*)(dockerfile|context|target)[ \t]*:[ \t]*(.*?)[ \t]*$")


def _compose_edit(text: str, start: int, end: int, compose: str, builder: str, to: Replacement) -> list[Edit] | None:
    """`dockerfile: <builder>` in a compose `build:` mapping whose context is the builder's: point it at the
    merged Dockerfile and add `target: <stage>`. None when the mapping has another shape."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le == -1 else le
    m = _KEY.match(text[ls:le].rstrip("\r"))
    if m is None or m.group(2) != "dockerfile":
        return None
    indent = m.group(1)
    keys: dict[str, str] = {}
    for line in _block(text, ls, indent):
        km = _KEY.match(line.rstrip("\r"))
        if km is not None and km.group(1) == indent:
            keys[km.group(2)] = km.group(3).strip("\"'")
    base = posixpath.dirname(compose)
    context = posixpath.normpath(posixpath.join(base, keys.get("context", ".")))
    if "target" in keys or context != (to.context or "."):
        return None
    if posixpath.normpath(posixpath.join(context, keys["dockerfile"])) != builder:
        return None
    value = posixpath.relpath(to.dockerfile, context)
    eol = "\r\n" if text[le - 1 : le] == "\r" else "\n"
    value_start = ls + m.start(3)
    value_end = ls + m.end(3)
    return [Edit(value_start, value_end, value), Edit(value_end, value_end, f"{eol}{indent}target: {to.stage}")]


def _block(text: str, line_start: int, indent: str) -> list[str]:
    """The lines of the mapping that holds the line at `line_start` (same indentation, around it)."""
    lines = text.split("\n")
    index = text.count("\n", 0, line_start)
    out = [lines[index]]
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(lines):
            line = lines[i]
            stripped = line.strip()
            current = line[: len(line) - len(line.lstrip())]
            if stripped and (len(current) < len(indent) or (len(current) == len(indent) and stripped.startswith("-"))):
                break
            out.append(line)
            i += step
    return out
