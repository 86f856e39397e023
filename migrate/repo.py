"""Read-only access to one repository: files read once, never through a link that leaves it, with the
checkout state (exists, tracked by git) that docker cp's rules depend on."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
from pathlib import Path, PurePosixPath

from migrate.diagnostics import Diagnostic
from migrate.parse.dockerfile import Dockerfile, parse_dockerfile
from migrate.source import SourceFile
from migrate.trace.cp_rules import PathState

MAX_FILE_BYTES = 1 << 20  # 1 MiB: larger files are not analysed


class ReadError(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def _too_large(rel: str, size: int) -> ReadError:
    return ReadError(
        Diagnostic("MIG104", f"`{rel}` is {size} bytes, over the {MAX_FILE_BYTES}-byte limit (1 MiB)", rel)
    )


def _read_regular(path: Path, rel: str) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file, never more than the limit: nothing but a regular file is opened (a FIFO
    would block, a device never end), and not through a link (O_NOFOLLOW)."""
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(Diagnostic("MIG103", f"`{rel}` is not a regular file", rel))
    if st.st_size > MAX_FILE_BYTES:
        raise _too_large(rel, st.st_size)
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):  # swapped since the lstat
            raise ReadError(Diagnostic("MIG103", f"`{rel}` is not a regular file", rel))
        raw = fh.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:  # grew since the stat
        raise _too_large(rel, max(len(raw), st.st_size))
    return raw, st


def _loops(path: Path) -> bool:
    """Whether resolving the path runs into a symbolic link loop (which leads nowhere, not outside)."""
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return True
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.real = root.resolve()
        self._files: dict[str, SourceFile] = {}
        self._tracked: set[str] | None = None
        self._resolved: dict[str, Path | None] = {}
        self._kinds: dict[str, PathState] = {}
        self._dockerfiles: dict[str, Dockerfile] = {}

    def _abs(self, rel: str) -> Path | None:
        """The path inside the repository, or None when it (or a link on the way) leads outside."""
        if rel in self._resolved:
            return self._resolved[rel]
        found = self._resolve(rel)
        self._resolved[rel] = found
        return found

    def dockerfile(self, rel: str) -> Dockerfile:
        """The parsed Dockerfile (parsed once per run); ReadError or DockerfileSyntaxError when it cannot be."""
        if rel not in self._dockerfiles:
            self._dockerfiles[rel] = parse_dockerfile(self.read(rel))
        return self._dockerfiles[rel]

    def _resolve(self, rel: str) -> Path | None:
        path = self.real / rel
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError, ValueError):  # ValueError: a NUL byte
            return None
        if resolved != self.real and self.real not in resolved.parents:
            return None
        return path

    def read(self, rel: str) -> SourceFile:
        if rel in self._files:
            return self._files[rel]
        if "\0" in rel:  # a word of a script can hold one; no file name can
            shown = rel.replace("\0", "\\0")
            raise ReadError(Diagnostic("MIG103", f"`{shown}` is not a file name: it holds a NUL byte", shown))
        path = self._abs(rel)
        if path is None and _loops(self.real / rel):
            raise ReadError(Diagnostic("MIG103", f"`{rel}` is a symbolic link loop", rel))
        if path is None:
            raise ReadError(Diagnostic("MIG207", f"`{rel}` leads outside the repository", rel))
        try:
            raw, st = _read_regular(path.resolve(), rel)
        except FileNotFoundError:
            raise ReadError(Diagnostic("MIG103", f"`{rel}` does not exist", rel)) from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # the last component became a link after it was checked
                raise ReadError(Diagnostic("MIG207", f"`{rel}` leads outside the repository", rel)) from None
            raise ReadError(Diagnostic("MIG103", f"`{rel}` cannot be read: {exc.strerror}", rel)) from None
        if b"\0" in raw:
            raise ReadError(Diagnostic("MIG103", f"`{rel}` is a binary file", rel))
        source = SourceFile(PurePosixPath(rel), raw, stat.S_IMODE(st.st_mode))
        self._files[rel] = source
        return source

    def kind(self, rel: str) -> PathState:
        """What the path is in the working tree, asked of the file system once per run (like every read)."""
        if rel not in self._kinds:
            self._kinds[rel] = self._kind(rel)
        return self._kinds[rel]

    def _kind(self, rel: str) -> PathState:
        if not os.path.lexists(self.real / rel):
            return PathState.ABSENT  # nothing there, through a link or not: no need to resolve
        path = self._abs(rel)
        if path is None:
            return PathState.ABSENT
        try:
            st = path.stat()
        except OSError:
            return PathState.ABSENT
        return PathState.DIR if stat.S_ISDIR(st.st_mode) else PathState.FILE

    def exists(self, rel: str) -> bool:
        return self.kind(rel) is not PathState.ABSENT

    def listdir(self, rel: str) -> list[str]:
        path = self._abs(rel)
        if path is None:
            return []
        try:
            return sorted(os.listdir(path))
        except OSError:
            return []

    def checkout_state(self, rel: str) -> tuple[PathState, bool]:
        """The path's state in a clean checkout: (state, True) when the working tree has it but git does
        not track it (a leftover of an earlier run), which is then taken as absent."""
        state = self.kind(rel)
        if state is PathState.ABSENT:
            return state, False
        tracked = self.tracked()
        if tracked is None or rel == "." or rel in tracked:
            return state, False
        return PathState.ABSENT, True

    def tracked(self) -> set[str] | None:
        """Files and directories git tracks; None when the repository is not a git work tree."""
        if self._tracked is not None:
            return self._tracked
        if not (self.real / ".git").exists():
            return None
        try:
            out = subprocess.run(
                ["git", "-c", "core.fsmonitor=false", "-C", str(self.real), "ls-files", "-z"],
                capture_output=True,
                timeout=30,
                check=True,
                stdin=subprocess.DEVNULL,
                env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},  # read-only: no index refresh, no hook
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        tracked: set[str] = set()
        for name in out.decode("utf-8", "surrogateescape").split("\0"):
            if not name:
                continue
            p = PurePosixPath(name)
            tracked.add(str(p))
            tracked.update(str(parent) for parent in p.parents if str(parent) != ".")
        self._tracked = tracked
        return tracked
