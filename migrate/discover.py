"""Discover: find the orchestrator scripts and Dockerfiles of a repository by name and shebang."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Final

from migrate.lazy_re import Lazy
from migrate.slotted import Slotted

SKIP_DIRS = {
    ".git",
    ".hg",
    ".svn",
    "node_modules",
    "vendor",
    "third_party",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    ".mypy_cache",
    ".pytest_cache",
}
MAX_DEPTH = 6
_SHEBANG = Lazy(rb"^#!\s*\S*?(?:/env\s+)?(?:ba|da|k|z)?sh\b")
_DOCKERFILE = re.compile(r"^(?:Dockerfile|Containerfile)(?:[._-].*)?$|.*\.(?:Dockerfile|dockerfile|df)$")


_MAKEFILES = {"Makefile", "makefile", "GNUmakefile"}


class Inventory(Slotted):
    """The repository's files the pipeline reads, sorted by what they are."""

    __slots__ = ("dockerfiles", "makefiles", "others", "scripts")

    scripts: Final[list[str]]  # repository-relative POSIX paths
    dockerfiles: Final[list[str]]
    makefiles: Final[list[str]]
    others: Final[list[str]]  # every other regular file (for reference checks)

    def __init__(self) -> None:
        self.scripts = []
        self.dockerfiles = []
        self.makefiles = []
        self.others = []


def is_dockerfile_name(name: str) -> bool:
    return bool(_DOCKERFILE.match(name)) and not name.endswith(".dockerignore")


def _is_script(path: Path, name: str) -> bool:
    if name.endswith((".sh", ".bash")):
        return True
    if "." in name:
        return False
    try:
        with path.open("rb") as fh:
            return bool(_SHEBANG.match(fh.read(64)))
    except OSError:
        return False


def discover(root: Path) -> Inventory:
    inv = Inventory()

    def walk(directory: Path, rel: str, depth: int) -> None:
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            child = f"{rel}/{entry.name}" if rel else entry.name
            if entry.is_symlink():
                continue  # never follow links: they may leave the repository
            if entry.is_dir():
                if entry.name not in SKIP_DIRS and depth < MAX_DEPTH:
                    walk(Path(entry.path), child, depth + 1)
                continue
            if not entry.is_file():
                continue
            if is_dockerfile_name(entry.name):
                inv.dockerfiles.append(child)
            elif entry.name in _MAKEFILES or entry.name.endswith(".mk"):
                inv.makefiles.append(child)
            elif _is_script(Path(entry.path), entry.name):
                inv.scripts.append(child)
            else:
                inv.others.append(child)

    walk(root, "", 0)
    return inv
