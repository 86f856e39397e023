"""Hostile repositories, built in tmp_path: the tutorial setup (corpus/java-helloworld-buildsh) with one thing
made hostile (binary, undecodable, huge, deeply nested, unreadable, linked out of the repository, ...)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from migrate.cli import app

ROOT = Path(__file__).resolve().parents[2]
BASE = ROOT / "corpus" / "java-helloworld-buildsh" / "input"


@dataclass
class Run:
    code: int
    stdout: bytes
    stderr: str


@dataclass
class HostileRepo:
    root: Path

    def read(self, rel: str) -> bytes:
        return (self.root / rel).read_bytes()

    def write(self, rel: str, data: bytes) -> None:
        path = self.root / rel
        if path.is_symlink() or path.is_file():
            path.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def edit(self, rel: str, old: bytes, new: bytes) -> None:
        data = self.read(rel)
        assert old in data, f"{old!r} not in {rel}"
        self.write(rel, data.replace(old, new, 1))

    def link(self, rel: str, target: str | Path) -> None:
        path = self.root / rel
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
        os.symlink(target, path)

    def tree(self) -> dict[str, bytes | str]:
        """Every entry below the root (never following links): bytes of files, `-> target` of links."""
        out: dict[str, bytes | str] = {}
        for dirpath, dirnames, filenames in os.walk(self.root):
            for name in dirnames + filenames:
                path = Path(dirpath) / name
                rel = path.relative_to(self.root).as_posix()
                if path.is_symlink():
                    out[rel] = f"-> {os.readlink(path)}"
                elif path.is_file():
                    out[rel] = path.read_bytes()
                else:
                    out[rel] = "dir"
        return out

    def run(self, *args: str) -> Run:
        """`migrate run ARGS ROOT` in this process."""
        result = CliRunner().invoke(app, ["run", *args, str(self.root)])
        return Run(result.exit_code, result.stdout_bytes, result.stderr)


def make_repo(parent: Path, name: str = "repo") -> HostileRepo:
    """A fresh copy of the tutorial repository under `parent`, to make hostile."""
    root = parent / name
    shutil.copytree(BASE, root)
    return HostileRepo(root)


def assert_clean_failure(run: Run, code: str, where: str) -> None:
    """A documented exit code, the diagnostic with its location, no traceback, and the headline saying so."""
    assert run.code == 3, run.stderr
    assert "Traceback" not in run.stderr
    assert f"{where}: error: {code}" in run.stderr, run.stderr
    assert "nothing written" in run.stderr
