"""Apply planned file changes to a repository: nothing outside it, each file old or new, never half-written.

Four steps. Check every path (inside the repository, no link leaving it, still holding the bytes the plan
was made from). Write every new content to a temporary file beside its target (mode and owner kept, data
fsynced). Rename the temporary files over their targets and make the deletions; a rename is atomic, so an
interruption leaves each file either old or new. Fsync the directories. When a rename or deletion fails,
the files already changed get their old bytes back (best effort) and no temporary file is left."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from migrate.outcome import FileChange

_TMP_SUFFIX = ".migrate-tmp"


class UnsafePathError(ValueError):
    """A change would touch a path outside the repository."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class StaleFileError(UnsafePathError):
    """A file on disk is no longer what the migration read (edited, deleted, created or made a link since)."""


class WriteFailed(OSError):
    """Writing failed part-way. `unrestored` lists the files that kept their new content because putting
    the old one back failed too (empty: the repository is as it was)."""

    def __init__(self, path: str, cause: BaseException, unrestored: tuple[str, ...]) -> None:
        detail = getattr(cause, "strerror", None) or str(cause) or type(cause).__name__
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.cause = cause
        self.unrestored = unrestored


def resolve_inside(root: Path, rel: str) -> Path:
    """The absolute path of `rel` in `root`, refusing anything that leaves the repository (`..`, links)."""
    root_real = root.resolve()
    target = (root_real / rel).resolve()
    if target != root_real and root_real not in target.parents:
        raise UnsafePathError(f"{rel}: outside the repository", rel)
    return target


@dataclass
class _Step:
    """One file replacement or removal of a write, with the mode and owner it must keep."""

    change: FileChange
    target: Path  # the directory entry that is replaced (a link inside the repository: its target) or removed
    mode: int
    owner: tuple[int, int] | None = None  # (uid, gid) to give the new file, when it differs from ours
    link: str | None = None  # a deleted link's text, to put it back
    tmp: Path | None = None


def _current(step: _Step, limit: int) -> bytes | None:
    """The file's bytes (None when absent); reads at most `limit` bytes, enough to tell a difference."""
    try:
        with step.target.open("rb") as fh:
            return fh.read(limit)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StaleFileError(f"{step.change.path}: now a directory", step.change.path) from None
    except OSError as exc:
        raise WriteFailed(step.change.path, exc, ()) from None


def _plan(root: Path, change: FileChange) -> _Step:
    rel = change.path
    if change.new is None:
        # Deleting removes the directory entry itself: a link goes, not the file it points to.
        parent = resolve_inside(root, os.path.dirname(rel) or ".")
        step = _Step(change, parent / os.path.basename(rel), change.mode)
        if not os.path.lexists(step.target):
            return step
        if step.target.is_symlink():
            step.link = os.readlink(step.target)
            try:
                resolve_inside(root, rel)
            except UnsafePathError:
                return step  # a link leaving the repository: removing it reads and writes nothing outside
    else:
        step = _Step(change, resolve_inside(root, rel), change.mode)
    now = _current(step, len(change.old) + 1) if change.old is not None else None
    if change.old is None and os.path.lexists(step.target):
        raise StaleFileError(f"{rel}: created since the migration was planned", rel)
    if change.old is not None and now is not None and now != change.old:
        raise StaleFileError(f"{rel}: changed since the migration read it", rel)
    if change.old is not None and now is None and change.new is not None:
        raise StaleFileError(f"{rel}: deleted since the migration read it", rel)
    if now is not None:
        st = step.target.stat()
        step.mode = st.st_mode & 0o7777
        if (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
            step.owner = (st.st_uid, st.st_gid)
    return step


def _write_temp(target: Path, data: bytes, mode: int, owner: tuple[int, int] | None) -> Path:
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=_TMP_SUFFIX)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if owner is not None:
            with contextlib.suppress(OSError):  # only root may give a file away; others keep their own
                os.chown(tmp, *owner)
        os.chmod(tmp, mode)  # after chown, which clears set-id bits
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be opened or synced
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _restore(done: list[_Step]) -> tuple[str, ...]:
    """Put the old bytes back into the files already changed; the ones that could not be restored."""
    unrestored: list[str] = []
    for step in reversed(done):
        old = step.change.old
        if old is None:  # created: remove it again
            try:
                step.target.unlink(missing_ok=True)
            except OSError:
                unrestored.append(step.change.path)
            continue
        try:
            if step.link is not None:
                os.symlink(step.link, step.target)
                continue
            tmp = _write_temp(step.target, old, step.mode, step.owner)
            try:
                os.replace(tmp, step.target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except BaseException:  # a second Ctrl-C included: go on putting the other files back
            unrestored.append(step.change.path)
    return tuple(unrestored)


def apply_changes(root: Path, changes: tuple[FileChange, ...] | list[FileChange]) -> None:
    """Write every change, or none. Raises UnsafePathError or StaleFileError before anything is written, and
    WriteFailed when the filesystem refuses part-way (after putting the old content back)."""
    steps = [_plan(root, c) for c in changes]
    seen: dict[Path, str] = {}
    for step in steps:
        if step.target in seen:
            raise UnsafePathError(f"{step.change.path}: the same file as {seen[step.target]}", step.change.path)
        seen[step.target] = step.change.path
    writes = [s for s in steps if s.change.new is not None]
    deletions = [s for s in steps if s.change.new is None and os.path.lexists(s.target)]
    done: list[_Step] = []
    current = ""
    try:
        for step in writes:
            current = step.change.path
            step.tmp = _write_temp(step.target, step.change.new or b"", step.mode, step.owner)
        for step in writes:
            current = step.change.path
            os.replace(step.tmp or step.target, step.target)
            step.tmp = None
            done.append(step)
        for step in deletions:
            current = step.change.path
            step.target.unlink()
            done.append(step)
    except BaseException as exc:
        try:
            unrestored = _restore(done)
        finally:
            for step in writes:
                if step.tmp is not None:
                    step.tmp.unlink(missing_ok=True)
        if isinstance(exc, Exception):
            raise WriteFailed(current, exc, unrestored) from exc
        raise
    for directory in {s.target.parent for s in steps}:
        _fsync_dir(directory)
