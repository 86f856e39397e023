"""Other files that name a Dockerfile the migration deletes. A docker compose `build:` that builds the
builder is updated to build the builder stage of the merged Dockerfile (`dockerfile:` + `target:`); any
other use (CI, scripts, compose in another shape) blocks; documentation only goes stale (a warning).
Other files that use an extracted artifact: artifact_refs.py."""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from migrate.diagnostics import Diagnostic
from migrate.lazy_re import Lazy
from migrate.render.edits import Edit, apply_edits
from migrate.repo import ReadError, Repo
from migrate.slotted import Slotted
from migrate.trace.docker_cli import Arg, parse_docker
from migrate.trace.values import Value

if TYPE_CHECKING:
    pass

_DOCS = (".md", ".rst", ".txt", ".adoc", ".html")
SKIP = (".dockerignore", ".gitignore", "CHANGELOG.md")
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
    ".ps1",
    ".psm1",
    ".bat",
    ".cmd",
    *_DOCS,
)
_NAMED = ("Makefile", "makefile", "GNUmakefile", "Jenkinsfile", "Procfile", "Taskfile", "Justfile", "justfile")
COMPOSE = Lazy(r"(^|/)(docker-)?compose[^/]*\.ya?ml$")


class Replacement(NamedTuple):
    """Where a deleted builder Dockerfile went: a stage of a merged Dockerfile, built from a context."""

    dockerfile: str
    stage: str
    context: str | None  # the builder's own build context
    merged: str | None = None  # the merged build's context (None: the builder's)

    @property
    def same_context(self) -> bool:
        """Whether the stage builds from the context the builder had (its COPY sources were not rebased)."""
        return self.merged is None or self.merged == (self.context or ".")


class References(Slotted):
    """What the other files of the repository need: updated texts, and diagnostics where they cannot be updated."""

    __slots__ = ("diagnostics", "lines", "summary", "updated")

    diagnostics: list[Diagnostic]
    updated: Final[dict[str, str]]  # path -> new text
    summary: Final[list[str]]
    lines: Final[dict[str, list[int]]]  # path -> the lines of it the updates change

    def __init__(self) -> None:
        self.diagnostics = []
        self.updated = {}
        self.summary = []
        self.lines = {}


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
            if other in (script, path) or other.endswith(SKIP) or not _worth_reading(other):
                continue
            try:
                text = repo.read(other).text
            except ReadError:
                continue
            for m in pattern.finditer(text):
                if not _may_name(repo, other, text, m.start(), m.end(), path):
                    continue  # the same file name, another file: a sibling service's own builder
                line = text.count("\n", 0, m.start()) + 1
                col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
                replacement = (moved or {}).get(path)
                if replacement is not None:
                    if COMPOSE.search(other):
                        fix = _compose_edit(text, m.start(), m.end(), other, path, replacement)
                    else:
                        fix = _command_edit(text, m.start(), m.end(), other, path, replacement)
                    if fix is not None:
                        edits.setdefault(other, []).extend(fix)
                        out.lines.setdefault(other, []).append(line)
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


_PATH_BEFORE = Lazy(r"[\w.\-/@+~]*$")


def _may_name(repo: Repo, other: str, text: str, start: int, end: int, deleted: str) -> bool:
    """Whether the mention of `deleted`'s file name at text[start:end] may be `deleted` itself. Resolved
    from where `other` runs (artifact_refs.relative_bases), it is when one resolution is `deleted`, and is not
    when a resolution is another file of the repository. Where that cannot be told, it may be: the file
    changes directory, a variable or command substitution leads the path, a compose file (relative to its
    context), a file whose starting directory is unknown, an absolute path."""
    from migrate.plan.artifact_refs import relative_bases  # it imports this module

    bases = relative_bases(repo, other)
    if bases is None or COMPOSE.search(other) or _CWD_KEYS.search(text):
        return True
    lead = _PATH_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start)
    begin = lead.start() if lead is not None else start
    word = text[begin:end]
    if (begin > 0 and text[begin - 1] in "$}){`:\\") or word.startswith(("/", "~")):
        return True
    named = {posixpath.normpath(posixpath.join(base, word)) for base in bases}
    return deleted in named or not any(repo.exists(n) for n in named)


_CI_AT_ROOT = Lazy(
    r"(^|/)(\.github/workflows/[^/]+|\.?gitlab-ci[^/]*|\.travis|\.drone|\.woodpecker[^/]*|bitbucket-pipelines"
    r"|\.circleci/config|azure-pipelines[^/]*)\.ya?ml$"
)
_CWD_KEYS = Lazy(r"working[-_]directory|workdir|working_dir|\b(?:cd|pushd)\s", re.IGNORECASE)
_BUILD = Lazy(r"\b(?:docker|podman)\s+(?:image\s+|buildx\s+)?build\s[^\n]*")


def _command_edit(text: str, start: int, end: int, path: str, builder: str, to: Replacement) -> list[Edit] | None:
    """`docker build -f <builder> … CONTEXT` written out plainly in a CI file (run from the repository root)
    or a Makefile (run from its directory): `-f <merged> --target <stage>`, when the build's context is the
    builder's and the stage builds from it. None for anything less plain (variables, quotes, chains, a
    directory change in the file, another --target)."""
    name = posixpath.basename(path)
    if _CI_AT_ROOT.search(path):
        if _CWD_KEYS.search(text):
            return None  # a step may run elsewhere than the root
        cwd = "."
    elif name in ("Makefile", "makefile", "GNUmakefile") or name.endswith(".mk"):
        cwd = posixpath.dirname(path) or "."
    else:
        return None
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls : len(text) if le == -1 else le].rstrip("\r")
    m = _BUILD.search(line)
    if m is None or not m.start() <= start - ls < m.end() or not to.same_context:
        return None
    command = m.group(0).rstrip()
    if any(c in command for c in "$`\\;&|<>()#'\"{}"):
        return None
    words: list[tuple[int, str]] = []  # (offset in text, word)
    for w in re.finditer(r"\S+", command):
        words.append((ls + m.start() + w.start(), w.group(0)))
    call = parse_docker([Arg(Value.of(w), None) for _, w in words])
    if call is None or call.verb != "build" or call.problem or "target" in call.opts or len(call.positionals) != 1:
        return None
    given = call.one("file")
    context = call.positionals[0].value.literal
    if given is None or given.value.literal is None or context is None:
        return None
    if posixpath.normpath(posixpath.join(cwd, context)) != (to.context or "."):
        return None
    if posixpath.normpath(posixpath.join(cwd, given.value.literal)) != builder:
        return None
    for offset, word in words:
        if offset <= start < offset + len(word):
            prefix = word[: start - offset] if word.startswith(("-f=", "--file=")) else ""
            if posixpath.normpath(posixpath.join(cwd, word[len(prefix) :])) != builder:
                return None  # the name is part of another word
            merged = posixpath.relpath(to.dockerfile, cwd) if cwd != "." else to.dockerfile
            return [Edit(offset, offset + len(word), f"{prefix}{merged} --target {to.stage}")]
    return None


_KEY = Lazy(r"^([ \t]*)(dockerfile|context|target)[ \t]*:[ \t]*(.*?)[ \t]*$")


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
    if "target" in keys or context != (to.context or ".") or not to.same_context:
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
