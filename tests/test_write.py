"""migrate/write.py: atomic writes that keep modes, deletions, and nothing written outside the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from migrate.outcome import FileChange
from migrate.write import UnsafePathError, apply_changes, resolve_inside


def listing(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "build.sh").write_bytes(b"old\n")
    (root / "build.sh").chmod(0o755)
    (root / "Dockerfile").write_bytes(b"FROM a\n")
    (root / "Dockerfile").chmod(0o640)
    (root / "Dockerfile.build").write_bytes(b"FROM b\n")
    return root


def test_no_changes_write_nothing(repo: Path) -> None:
    before = {p: p.read_bytes() for p in repo.iterdir()}
    apply_changes(repo, [])
    assert {p: p.read_bytes() for p in repo.iterdir()} == before


@pytest.mark.parametrize(
    ("path", "mode"),
    [
        pytest.param("build.sh", 0o755, id="executable script stays executable"),
        pytest.param("Dockerfile", 0o640, id="restrictive mode kept"),
    ],
)
def test_rewrite_keeps_the_file_mode(repo: Path, path: str, mode: int) -> None:
    apply_changes(repo, [FileChange(path, (repo / path).read_bytes(), b"new\n", 0o644)])
    assert (repo / path).read_bytes() == b"new\n"
    assert (repo / path).stat().st_mode & 0o7777 == mode


def test_rewrite_replaces_the_inode_atomically_and_leaves_no_temp_file(repo: Path) -> None:
    inode = (repo / "build.sh").stat().st_ino
    apply_changes(repo, [FileChange("build.sh", b"old\n", b"new\n")])
    assert (repo / "build.sh").stat().st_ino != inode
    assert listing(repo) == ["Dockerfile", "Dockerfile.build", "build.sh"]


def test_created_file_gets_the_change_mode(repo: Path) -> None:
    apply_changes(repo, [FileChange("new.sh", None, b"#!/bin/sh\n", 0o750)])
    assert (repo / "new.sh").read_bytes() == b"#!/bin/sh\n"
    assert (repo / "new.sh").stat().st_mode & 0o7777 == 0o750


def test_bytes_written_exactly(repo: Path) -> None:
    data = b"\xef\xbb\xbfFROM a\r\nRUN \xff\r\n"
    apply_changes(repo, [FileChange("Dockerfile", b"FROM a\n", data)])
    assert (repo / "Dockerfile").read_bytes() == data


def test_deletion_removes_the_file(repo: Path) -> None:
    apply_changes(repo, [FileChange("Dockerfile.build", b"FROM b\n", None)])
    assert listing(repo) == ["Dockerfile", "build.sh"]


def test_deleting_an_already_missing_file_is_fine(repo: Path) -> None:
    apply_changes(repo, [FileChange("gone", b"x", None)])
    assert listing(repo) == ["Dockerfile", "Dockerfile.build", "build.sh"]


def test_write_in_a_subdirectory(repo: Path) -> None:
    (repo / "docker").mkdir()
    (repo / "docker" / "Dockerfile").write_bytes(b"old\n")
    apply_changes(repo, [FileChange("docker/Dockerfile", b"old\n", b"new\n")])
    assert (repo / "docker" / "Dockerfile").read_bytes() == b"new\n"


@pytest.mark.parametrize(
    "rel",
    [
        pytest.param("../outside", id="dot-dot"),
        pytest.param("sub/../../outside", id="dot-dot through a subdirectory"),
        pytest.param("/etc/passwd", id="absolute path"),
        pytest.param("link/outside", id="through a symlink to outside"),
        pytest.param("outlink", id="a symlink to an outside file"),
    ],
)
def test_paths_leaving_the_repository_raise(repo: Path, rel: str) -> None:
    outside = repo.parent / "elsewhere"
    outside.mkdir()
    (outside / "outside").write_bytes(b"keep\n")
    (repo / "sub").mkdir()
    os.symlink(outside, repo / "link")
    os.symlink(outside / "outside", repo / "outlink")
    with pytest.raises(UnsafePathError):
        resolve_inside(repo, rel)


def test_unsafe_path_raises_before_anything_is_written(repo: Path) -> None:
    outside = repo.parent / "outside"
    outside.write_bytes(b"keep\n")
    os.symlink(outside, repo / "outlink")
    changes = [
        FileChange("build.sh", b"old\n", b"new\n"),
        FileChange("Dockerfile.build", b"FROM b\n", None),
        FileChange("outlink", b"keep\n", b"pwned\n"),
    ]
    with pytest.raises(UnsafePathError):
        apply_changes(repo, changes)
    assert (repo / "build.sh").read_bytes() == b"old\n"
    assert (repo / "Dockerfile.build").exists()
    assert outside.read_bytes() == b"keep\n"


def test_resolve_inside_accepts_the_root_and_paths_below(repo: Path) -> None:
    assert resolve_inside(repo, ".") == repo.resolve()
    assert resolve_inside(repo, "sub/../build.sh") == repo.resolve() / "build.sh"


def test_deleting_a_symlink_removes_the_link_not_its_target(repo: Path) -> None:
    (repo / "docker").mkdir()
    (repo / "docker" / "Dockerfile.build").write_bytes(b"FROM b\n")
    (repo / "Dockerfile.build").unlink()
    os.symlink("docker/Dockerfile.build", repo / "Dockerfile.build")
    apply_changes(repo, [FileChange("Dockerfile.build", b"FROM b\n", None)])
    assert not (repo / "Dockerfile.build").is_symlink()
    assert (repo / "docker" / "Dockerfile.build").read_bytes() == b"FROM b\n"
