"""Host paths as the tracer sees them: repository-relative, with `$PWD`-style absolute paths mapped back
into the repository and anything outside it recognised as such."""

from __future__ import annotations

import posixpath

# The working directory after a `cd` to a path the tracer cannot resolve.
UNKNOWN_CWD = "\x00unknown"

# An absolute host path inside the repository: `$PWD`, `$(pwd)` and `$(dirname "$0")` evaluate to this
# marker followed by the repository-relative directory, so that paths built from them stay traceable.
REPO = "\x00repo"


def repo_dir(rel: str) -> str:
    return REPO if rel in ("", ".") else f"{REPO}/{rel}"


def to_repo_path(text: str, cwd: str) -> str | None:
    """The normalised repository-relative path of a host path, or None when it lies outside the repository.

    A trailing slash is kept, because docker cp gives it meaning."""
    trailing = "/" if text.endswith("/") and len(text) > 1 else ""
    if "\x00" in cwd and not text.startswith(REPO):
        return None  # relative to a directory nobody knows
    if text.startswith(REPO):
        rel = text[len(REPO) :].lstrip("/")
    elif text.startswith("/") or text.startswith("~"):
        return None
    else:
        rel = posixpath.join(cwd, text) if cwd not in ("", ".") else text
    norm = posixpath.normpath(rel) if rel else "."
    if norm == ".." or norm.startswith("../"):
        return None
    if norm == "." or not trailing:
        return norm
    return norm + trailing


def is_inside(path: str, parent: str) -> bool:
    """True when `path` is `parent` or lies under it (both normalised, repository-relative)."""
    if parent == ".":
        return True
    return path == parent or path.startswith(parent.rstrip("/") + "/")


def show(text: str) -> str:
    """A path for messages: the repository marker shown as `$PWD`."""
    return text.replace(REPO, "$PWD")
