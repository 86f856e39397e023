"""One writer per repository: an advisory lock on the repository's root directory, taken before planning a
write and held until the write is done. `migrate run` and every `migrate bulk` worker take the same lock, so
two runs on one repository (or two bulk runs over one root) never interleave their writes; the second one is
refused (MIG114) instead of waiting, with nothing written.

The lock is flock(2) on a descriptor of the directory itself: no file is created in the repository, and the
kernel drops it when the process ends, however it ends."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path


class RepoLocked(Exception):
    """Another process holds the repository's lock."""


@contextlib.contextmanager
def repo_lock(root: Path) -> Iterator[None]:
    """Hold the repository's lock for the block; RepoLocked when another run holds it."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RepoLocked(f"{root}: another migrate run is writing this repository") from None
        yield
    finally:
        os.close(fd)  # closing the last descriptor of the open file releases the lock
