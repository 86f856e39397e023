"""The files discovery passes over, searched before a migration is allowed: a use of the builder Dockerfile the
migration deletes, or of an extracted artifact, may hide in them.

Discovery keeps the analysis cheap: it does not go deeper than MAX_DEPTH levels, nor into vendor/,
third_party/, node_modules/ and the like, and the reader takes no file over 1 MiB. Those files are not read as
orchestrators, but a migration must not break them: each one is searched here, as bytes, for the names the
migration takes away (MIG309 when one is named; documentation, which runs nothing, is left out). A directory or
file anywhere that cannot be read at all is said (MIG115), and blocks, since what it holds could matter."""

from __future__ import annotations

import os
import posixpath
import re
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from migrate.diagnostics import Diagnostic
from migrate.discover import MAX_DEPTH, SKIP_DIRS
from migrate.outcome import Outcome, RepoResult
from migrate.repo import MAX_FILE_BYTES

_VCS = {".git", ".hg", ".svn"}  # version control data: not files a build uses
_DOCS = (".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt", ".html", ".htm")
_NOT_DOCS = re.compile(r"^(CMakeLists\.txt|requirements[^/]*\.txt)$", re.I)  # read by builds
_CHUNK = 1 << 20


def _needles(result: RepoResult) -> dict[bytes, str]:
    """The names whose mention in a file means it may use what the migration takes away: each deleted file
    (its path and name) and each extracted artifact's host path and name -> what it is, for the message."""
    out: dict[bytes, str] = {}
    for change in result.changes:
        if change.new is None:
            for name in (change.path, posixpath.basename(change.path)):
                out[name.encode("utf-8", "surrogateescape")] = f"`{change.path}`, which the migration deletes"
    for flow in result.flows:
        for artifact in flow.artifacts:
            host = artifact.host_path.strip("./") or artifact.host_path
            for name in (host, posixpath.basename(host.rstrip("/"))):
                if name:
                    out.setdefault(name.encode("utf-8", "surrogateescape"), f"the extracted artifact `{host}`")
    return out


def _passed_over(root: Path) -> Iterator[tuple[str, Path | None]]:
    """(path, file) of every regular file discovery does not read, and (path, None) of every directory or
    file that cannot be read. Links are never followed."""

    def walk(directory: Path, rel: str, depth: int, skipped: bool) -> Iterator[tuple[str, Path | None]]:
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            yield (rel or ".", None)
            return
        for entry in entries:
            child = f"{rel}/{entry.name}" if rel else entry.name
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                yield (child, None)
                continue
            if stat.S_ISDIR(st.st_mode):
                if entry.name in _VCS:
                    continue
                deeper = skipped or entry.name in SKIP_DIRS or depth >= MAX_DEPTH
                yield from walk(Path(entry.path), child, depth + 1, deeper)
            elif stat.S_ISREG(st.st_mode) and (skipped or st.st_size > MAX_FILE_BYTES):
                yield (child, Path(entry.path))
            elif stat.S_ISREG(st.st_mode) and not _can_open(entry.path):
                yield (child, None)  # the reference checks could not read it either

    yield from walk(root, "", 0, False)


def _can_open(path: str) -> bool:
    try:
        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC))
    except PermissionError:
        return False
    except OSError:
        return True  # gone or changed meanwhile: the write's own checks see to it
    return True


def _mentions(path: Path, needles: dict[bytes, str]) -> str | None:
    """What the file names of the needles, each as a whole name (`app` is not named by `application` or
    `webapp.js`), read in chunks, never all at once; raises OSError."""
    longest = max(len(n) for n in needles)
    patterns = {re.compile(rb"(?<![\w.-])" + re.escape(n) + rb"(?![\w-])"): what for n, what in needles.items()}
    with path.open("rb") as fh:
        tail = b""
        while chunk := fh.read(_CHUNK):
            data = tail + chunk
            for pattern, what in patterns.items():
                if pattern.search(data):
                    return what
            tail = data[-(longest + 1) :]
    return None


def _documentation(rel: str) -> bool:
    """Prose that may go stale but runs nothing: a mention there cannot break a build (the reference checks
    warn about the documentation they read)."""
    name = posixpath.basename(rel)
    return name.lower().endswith(_DOCS) and not _NOT_DOCS.match(name)


def check_unsearched(root: Path, result: RepoResult) -> RepoResult:
    """The migrated result, or blocked when a file discovery passed over names what the migration takes
    away (MIG309) or a file or directory cannot be read to tell (MIG115)."""
    if result.outcome is not Outcome.MIGRATED or not result.changes:
        return result
    needles = _needles(result)
    if not needles:
        return result
    found: list[Diagnostic] = []
    unreadable: list[str] = []
    for rel, path in _passed_over(root):
        if path is None:
            unreadable.append(rel)
            continue
        if _documentation(rel):
            continue
        try:
            what = _mentions(path, needles)
        except OSError:
            unreadable.append(rel)
            continue
        if what is not None:
            message = f"`{rel}` names {what}; it is not read as an orchestrator (too deep, too large or vendored)"
            found.append(Diagnostic("MIG309", message, rel))
    if unreadable:
        listed = ", ".join(f"`{p}`" for p in unreadable[:10]) + (" and more" if len(unreadable) > 10 else "")
        found.append(Diagnostic("MIG115", f"could not be searched for uses of the migrated files: {listed}"))
    if not found:
        return result
    return replace(result, outcome=Outcome.BLOCKED, changes=(), summary=(), diagnostics=(*result.diagnostics, *found))
