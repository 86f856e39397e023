"""Apply planned file changes to a repository: nothing outside it, each file old or new, never half-written.

The repository root is opened once; every check, read, write, rename and unlink then happens relative to a
directory descriptor reached from it one component at a time with O_NOFOLLOW, so a directory swapped for a
link after the checks cannot redirect anything out of the repository.

Four steps. Check every path (inside the repository, no link leaving it, still holding the bytes the plan
was made from). Write every new content to a temporary file beside its target (mode and owner kept, data
fsynced). Rename the temporary files over their targets and make the deletions, each file's bytes checked
again just before (an edit made meanwhile stops the write: StaleFileError); a rename is atomic, so an
interruption leaves each file either old or new. Fsync the directories. When a step fails, the files
already changed get their old bytes back (best effort), each step being recorded before it is made, and no
temporary file is left (or the error names the ones that could not be removed).

SIGINT and SIGTERM that arrive during a write are held: before the first rename the write is abandoned
(nothing written), after it the write is finished; either way WriteInterrupted then says which."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from migrate.outcome import FileChange

_TMP_SUFFIX = ".migrate-tmp"
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


class UnsafePathError(ValueError):
    """A change would touch a path outside the repository."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class StaleFileError(UnsafePathError):
    """A file on disk is no longer what the migration read (edited, deleted, created or made a link since)."""


class WriteFailed(OSError):
    """Writing failed part-way. `unrestored` lists the files that kept their new content because putting
    the old one back failed too (empty: the repository is as it was); `leftovers` the temporary files that
    could not be removed."""

    def __init__(
        self, path: str, cause: BaseException, unrestored: tuple[str, ...], leftovers: tuple[str, ...] = ()
    ) -> None:
        detail = getattr(cause, "strerror", None) or str(cause) or type(cause).__name__
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.cause = cause
        self.unrestored = unrestored
        self.leftovers = leftovers


class WriteInterrupted(BaseException):
    """SIGINT or SIGTERM arrived during a write. `written`: True when every change was made (the signal came
    after the first rename, so the write was finished), False when none was (it came before)."""

    def __init__(self, signum: int, written: bool) -> None:
        self.signum = signum
        self.written = written
        state = "after the migration was written in full" if written else "before anything was written"
        super().__init__(f"{signal.Signals(signum).name} {state}")


def resolve_inside(root: Path, rel: str) -> Path:
    """The absolute path of `rel` in `root`, refusing anything that leaves the repository (`..`, links)."""
    root_real = root.resolve()
    try:
        target = (root_real / rel).resolve()
    except RuntimeError:  # a link loop
        raise UnsafePathError(f"{rel}: a symbolic link loop", rel) from None
    if target != root_real and root_real not in target.parents:
        raise UnsafePathError(f"{rel}: outside the repository", rel)
    return target


def current_umask() -> int:
    """The process umask (read from /proc where there is one: setting it to read it is not thread-safe)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _Dirs:
    """The repository root opened once, and the directories below it reached from it without following links."""

    def __init__(self, root: Path) -> None:
        self.real = root.resolve()
        self.root_fd = os.open(self.real, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        self._fds: dict[str, int] = {"": self.root_fd}

    def open(self, rel_dir: str, path: str) -> int:
        """The descriptor of a directory given by its resolved repository-relative path ("" for the root)."""
        if rel_dir in ("", "."):
            return self.root_fd
        if rel_dir in self._fds:
            return self._fds[rel_dir]
        head, _, name = rel_dir.rpartition("/")
        parent = self.open(head, path)
        try:
            fd = os.open(name, _DIR_FLAGS, dir_fd=parent)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR, errno.ENOENT):
                raise StaleFileError(f"{path}: `{rel_dir}` is no longer a directory of the repository", path) from None
            raise WriteFailed(path, exc, ()) from None
        self._fds[rel_dir] = fd
        return fd

    def close(self) -> None:
        for fd in self._fds.values():
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds.clear()


@dataclass
class _Step:
    """One file replacement or removal of a write, with the mode and owner it must keep."""

    change: FileChange
    dir_fd: int  # the directory holding the entry that is replaced or removed
    name: str  # that entry (a link inside the repository being written: its target's entry)
    key: tuple[int, int, str]  # (device, inode of the directory, name): the same file twice is refused
    mode: int
    owner: tuple[int, int] | None = None  # (uid, gid) to give the new file, when it differs from ours
    link: str | None = None  # a deleted link's text, to put it back
    read_at: tuple[int, str] | None = None  # where its content is read (a deleted link: its target, or None)
    tmp: str | None = None
    exists: bool = False


def _read_at(dir_fd: int, name: str, path: str, limit: int) -> bytes | None:
    """The file's bytes (None when absent), never through a link; at most `limit` bytes."""
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=dir_fd)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StaleFileError(f"{path}: became a link since the migration read it", path) from None
        if exc.errno == errno.EISDIR:
            raise StaleFileError(f"{path}: now a directory", path) from None
        raise WriteFailed(path, exc, ()) from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise StaleFileError(f"{path}: no longer a regular file", path)
        return fh.read(limit)


def _locate(dirs: _Dirs, rel: str, *, follow_last: bool) -> tuple[int, str]:
    """The directory descriptor and entry name of `rel`: its last component resolved (a link inside the
    repository: the file it names) or not (the entry itself)."""
    if follow_last:
        real = resolve_inside(dirs.real, rel)
        inner = "" if real == dirs.real else real.relative_to(dirs.real).as_posix()
    else:
        parent = resolve_inside(dirs.real, os.path.dirname(rel) or ".")
        base = "" if parent == dirs.real else parent.relative_to(dirs.real).as_posix()
        inner = f"{base}/{os.path.basename(rel)}" if base else os.path.basename(rel)
    head, _, name = inner.rpartition("/")
    if not name:
        raise UnsafePathError(f"{rel}: is the repository itself", rel)
    return dirs.open(head, rel), name


def _plan(dirs: _Dirs, change: FileChange, umask: int) -> _Step:
    rel = change.path
    deleting = change.new is None
    dir_fd, name = _locate(dirs, rel, follow_last=not deleting)
    try:
        st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise WriteFailed(rel, exc, ()) from None
    dir_st = os.fstat(dir_fd)
    mode = change.mode if change.old is not None else change.mode & ~umask  # a new file: as `touch` makes it
    step = _Step(change, dir_fd, name, (dir_st.st_dev, dir_st.st_ino, name), mode, exists=st is not None)
    step.read_at = (dir_fd, name)
    if st is not None and stat.S_ISLNK(st.st_mode):
        if not deleting:  # resolved above: only a swap since then makes the last component a link
            raise StaleFileError(f"{rel}: became a link since the migration read it", rel)
        step.link = os.readlink(name, dir_fd=dir_fd)
        try:
            step.read_at = _locate(dirs, rel, follow_last=True)
        except UnsafePathError:
            step.read_at = None  # a link leaving the repository: removing it reads and writes nothing outside
            return step
    _check(step, first=True)
    if st is not None and not stat.S_ISLNK(st.st_mode):
        step.mode = st.st_mode & 0o7777
        if (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
            step.owner = (st.st_uid, st.st_gid)
    return step


def _check(step: _Step, *, first: bool = False) -> None:
    """Refuse (StaleFileError) when the file is no longer what the migration read."""
    change, rel = step.change, step.change.path
    if step.link is not None and not first:
        try:
            if os.readlink(step.name, dir_fd=step.dir_fd) != step.link:
                raise StaleFileError(f"{rel}: changed since the migration read it", rel)
        except FileNotFoundError:
            return  # already gone
        except OSError:
            raise StaleFileError(f"{rel}: changed since the migration read it", rel) from None
    if step.read_at is None:
        return
    if change.old is None:
        if _exists(*step.read_at):
            raise StaleFileError(f"{rel}: created since the migration was planned", rel)
        return
    now = _read_at(*step.read_at, rel, len(change.old) + 1)
    if now is not None and now != change.old:
        raise StaleFileError(f"{rel}: changed since the migration read it", rel)
    if now is None and change.new is not None:
        raise StaleFileError(f"{rel}: deleted since the migration read it", rel)


def _exists(dir_fd: int, name: str) -> bool:
    try:
        os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return True


def _write_temp(step: _Step, data: bytes) -> str:
    """A new file beside the target holding `data` with the step's mode and owner; its name."""
    name = f".{step.name[:200]}.{secrets.token_hex(4)}{_TMP_SUFFIX}"
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600, dir_fd=step.dir_fd)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            if step.owner is not None:
                try:
                    os.fchown(fh.fileno(), *step.owner)
                except OSError as exc:  # only root may give a file away: refuse rather than change its owner
                    uid, gid = step.owner
                    raise OSError(exc.errno, f"cannot keep its owner (uid {uid}, gid {gid}): {exc.strerror}") from None
            os.fchmod(fh.fileno(), step.mode)  # after chown, which clears set-id bits
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name, dir_fd=step.dir_fd)
        raise
    return name


def _fsync_dir(fd: int) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be synced
        os.fsync(fd)


def _restore(done: list[_Step]) -> tuple[str, ...]:
    """Put the old bytes back into the files changed (or about to be: each step is recorded before it is
    made); the ones that could not be restored."""
    unrestored: list[str] = []
    for step in reversed(done):
        old = step.change.old
        try:
            if _unchanged(step):
                continue  # recorded, but the failure came before the step was made
            if old is None:  # created: remove it again
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(step.name, dir_fd=step.dir_fd)
                continue
            if step.link is not None:
                with contextlib.suppress(FileExistsError):  # never removed
                    os.symlink(step.link, step.name, dir_fd=step.dir_fd)
                continue
            tmp = _write_temp(step, old)
            try:
                os.replace(tmp, step.name, src_dir_fd=step.dir_fd, dst_dir_fd=step.dir_fd)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp, dir_fd=step.dir_fd)
                raise
        except BaseException:  # a second Ctrl-C included: go on putting the other files back
            unrestored.append(step.change.path)
    return tuple(unrestored)


def _unchanged(step: _Step) -> bool:
    """Whether the step's entry still holds what the migration read (so there is nothing to put back)."""
    old = step.change.old
    try:
        if step.link is not None:
            return os.readlink(step.name, dir_fd=step.dir_fd) == step.link
        if old is None:
            return not _exists(step.dir_fd, step.name)
        return _read_at(step.dir_fd, step.name, step.change.path, len(old) + 1) == old
    except (OSError, ValueError):
        return False


class _Held:
    """SIGINT and SIGTERM held for the length of a write (main thread only); `signum` is the first that came."""

    def __init__(self) -> None:
        self.signum: int | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum


@contextlib.contextmanager
def _holding_signals() -> Iterator[_Held]:
    held = _Held()
    if threading.current_thread() is not threading.main_thread():
        yield held
        return
    previous: dict[signal.Signals, signal._HANDLER] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(sig)
        if handler is signal.SIG_IGN:
            continue  # ignored before (a bulk worker's SIGINT): stays ignored
        previous[sig] = handler
        signal.signal(sig, held)
    try:
        yield held
    finally:
        for sig, before in previous.items():
            signal.signal(sig, before)


@dataclass
class _Write:
    steps: list[_Step]
    done: list[_Step] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)

    def remove_temps(self) -> None:
        for step in self.steps:
            if step.tmp is None:
                continue
            try:
                os.unlink(step.tmp, dir_fd=step.dir_fd)
            except FileNotFoundError:
                pass
            except OSError:
                self.leftovers.append(os.path.join(os.path.dirname(step.change.path), step.tmp))
            step.tmp = None


def apply_changes(root: Path, changes: tuple[FileChange, ...] | list[FileChange]) -> None:
    """Write every change, or none. Raises UnsafePathError or StaleFileError before anything is written (or,
    found just before a rename, after putting back what was written), WriteFailed when the filesystem refuses
    part-way (after putting the old content back), and WriteInterrupted when SIGINT or SIGTERM came."""
    if not changes:
        return
    try:
        dirs = _Dirs(root)
    except OSError as exc:
        raise WriteFailed(".", exc, ()) from None
    try:
        with _holding_signals() as held:
            _apply(dirs, list(changes), held)
    finally:
        dirs.close()


def _apply(dirs: _Dirs, changes: list[FileChange], held: _Held) -> None:
    umask = current_umask()
    steps = [_plan(dirs, c, umask) for c in changes]
    seen: dict[tuple[int, int, str], str] = {}
    for step in steps:
        if step.key in seen:
            raise UnsafePathError(f"{step.change.path}: the same file as {seen[step.key]}", step.change.path)
        seen[step.key] = step.change.path
    writes = [s for s in steps if s.change.new is not None]
    deletions = [s for s in steps if s.change.new is None and s.exists]
    job = _Write(writes)
    current = ""
    try:
        for step in writes:
            current = step.change.path
            if held.signum is not None:
                raise WriteInterrupted(held.signum, written=False)
            step.tmp = _write_temp(step, step.change.new or b"")
        if held.signum is not None:
            raise WriteInterrupted(held.signum, written=False)
        for step in writes:
            current = step.change.path
            _check(step)  # an edit made since planning stops the write here, not after it
            job.done.append(step)  # recorded first: an interruption inside the rename is rolled back too
            os.replace(step.tmp or "", step.name, src_dir_fd=step.dir_fd, dst_dir_fd=step.dir_fd)
            step.tmp = None
        for step in deletions:
            current = step.change.path
            _check(step)
            job.done.append(step)
            os.unlink(step.name, dir_fd=step.dir_fd)
    except BaseException as exc:
        unrestored = () if isinstance(exc, WriteInterrupted) else _restore(job.done)
        job.remove_temps()
        if isinstance(exc, StaleFileError) and not unrestored and not job.leftovers:
            raise
        if isinstance(exc, Exception):
            raise WriteFailed(current, exc, unrestored, tuple(job.leftovers)) from exc
        raise
    for fd in {s.dir_fd for s in steps}:
        _fsync_dir(fd)
    if held.signum is not None:
        raise WriteInterrupted(held.signum, written=True)
