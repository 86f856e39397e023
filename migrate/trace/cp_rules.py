"""docker cp's copy-out rules: which host path ends up holding which container path.

From the docker CLI reference (container cp): a source directory ending in `/.` copies its contents;
otherwise into an existing destination directory it lands as DEST/<basename>; a missing destination
receives the source itself; parent directories are never created; a missing destination ending in `/`
is an error for a file source (FACTS.md C.1). A source written with a trailing `/` can only be a directory:
the daemon refuses to stat a file as `file/`."""

from __future__ import annotations

import posixpath
from enum import StrEnum
from typing import NamedTuple


class PathState(StrEnum):
    ABSENT = "absent"
    DIR = "dir"
    FILE = "file"
    UNKNOWN = "unknown"


class CpOutcome(NamedTuple):
    """`host` holds exactly what `container` is (file or directory). `merged`: the source's contents were
    merged into a directory that already existed, so `host` may hold other files too."""

    host: str
    container: str
    merged: bool = False


class CpFailure(NamedTuple):
    """Why a `docker cp` cannot be mapped onto a COPY --from."""

    reason: str


def split_container_arg(text: str) -> tuple[str, str] | None:
    """(container, path) for a `name:path` argument; None for a local path (absolute, or starting with
    `.`, or without a colon), as the CLI's splitCpArg decides."""
    if text.startswith(("/", ".")) or ":" not in text:
        return None
    name, _, path = text.partition(":")
    return name, path


def normalize_container_path(path: str) -> tuple[str, bool]:
    """The absolute, normalised container path, and whether it asked for contents only (`/.`)."""
    contents = path.endswith("/.") or path == "."
    # docker cp resolves a relative container path against the container's root (FACTS.md C.1)
    clean = posixpath.normpath("/" + path.lstrip("/"))
    return clean, contents


def copy_out(src: str, dest: str, dest_state: PathState, parent_exists: bool) -> CpOutcome | CpFailure:
    """Apply the rules. `src` is the container path as written; `dest` the repository-relative host path
    (normalised, but keeping whether it was written with a trailing slash)."""
    container, contents = normalize_container_path(src)
    directory = contents or src.endswith("/")  # written as a directory: it cannot be a file
    trailing = dest.endswith("/") and dest != "/"
    host = posixpath.normpath(dest)
    if dest_state is PathState.UNKNOWN:
        return CpFailure(f"cannot tell whether `{dest}` exists when this runs")
    if not parent_exists and dest_state is PathState.ABSENT:
        return CpFailure(f"the parent directory of `{dest}` does not exist (docker cp creates no parents)")
    if dest_state is PathState.ABSENT:
        if trailing and not directory:
            return CpFailure(f"`{dest}` does not exist and ends with `/`: docker cp fails if `{src}` is a file")
        return CpOutcome(host, container)
    if dest_state is PathState.DIR:
        if contents:
            return CpOutcome(host, container, merged=True)
        name = posixpath.basename(container)
        return CpOutcome(posixpath.normpath(posixpath.join(host, name)), container)
    # an existing file: a file source overwrites it; a directory source fails
    if directory:
        return CpFailure(f"`{dest}` is a file; a directory cannot be copied onto it")
    return CpOutcome(host, container)
