"""Apply planned file changes to a repository: atomic (temp file + rename), modes kept, nothing outside."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from migrate.outcome import FileChange


class UnsafePathError(ValueError):
    """A change would touch a path outside the repository."""


def resolve_inside(root: Path, rel: str) -> Path:
    """The absolute path of `rel` in `root`, refusing anything that leaves the repository (`..`, links)."""
    root_real = root.resolve()
    target = (root_real / rel).resolve()
    if target != root_real and root_real not in target.parents:
        raise UnsafePathError(f"{rel}: outside the repository")
    return target


def _deletion_target(root: Path, rel: str) -> Path:
    """The path to delete: its directory must lie inside the repository; the entry itself is not
    resolved, so deleting a link removes the link."""
    parent = resolve_inside(root, str(Path(rel).parent))
    return parent / Path(rel).name


def _atomic_write(target: Path, data: bytes, mode: int) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".migrate-tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def apply_changes(root: Path, changes: tuple[FileChange, ...] | list[FileChange]) -> None:
    """Write every change. Paths are all checked before the first write, so a bad one writes nothing."""
    targets = [(_deletion_target(root, c.path) if c.new is None else resolve_inside(root, c.path), c) for c in changes]
    for target, change in targets:
        if change.new is None:
            target.unlink(missing_ok=True)  # a link is removed itself, never what it points to
            continue
        mode = target.stat().st_mode & 0o7777 if target.exists() else change.mode
        _atomic_write(target, change.new, mode)
