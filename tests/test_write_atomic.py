"""migrate/write.py under failure: a crash between two renames, a full disk, Ctrl-C, a file changed since it was
read. Every file ends old or new (old, when putting it back works), and no temporary file is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import migrate.write
from migrate.outcome import FileChange
from migrate.write import StaleFileError, UnsafePathError, WriteFailed, apply_changes

OLD = {"Dockerfile": b"FROM a\n", "build.sh": b"#!/bin/sh\ndocker cp x:/a .\n", "Dockerfile.build": b"FROM b\n"}
CHANGES = [
    FileChange("Dockerfile", OLD["Dockerfile"], b"FROM b AS builder\nFROM a\n", 0o644),
    FileChange("Dockerfile.build", OLD["Dockerfile.build"], None, 0o644),
    FileChange("build.sh", OLD["build.sh"], b"#!/bin/sh\n", 0o755),
]
NEW = {c.path: c.new for c in CHANGES}


def make(root: Path) -> Path:
    root.mkdir()
    for name, data in OLD.items():
        (root / name).write_bytes(data)
    (root / "build.sh").chmod(0o755)
    return root


def state(root: Path) -> dict[str, bytes | None]:
    return {name: (root / name).read_bytes() if (root / name).exists() else None for name in OLD}


def temp_files(root: Path) -> list[str]:
    return [p.name for p in root.rglob("*") if p.name.endswith(".migrate-tmp")]


def each_old_or_new(root: Path) -> bool:
    return all(now in (OLD[name], NEW[name]) for name, now in state(root).items())


class Boom(Exception):
    pass


def failing_on(monkeypatch: pytest.MonkeyPatch, name: str, calls: set[int], exc: BaseException) -> list[str]:
    """Make os.<name> raise `exc` on the given calls (1-based); the list records every call's target."""
    real = getattr(os, name)
    seen: list[str] = []

    def fake(*args: object, **kwargs: object) -> object:
        seen.append(Path(str(args[-1] if name == "replace" else args[0])).name)
        if len(seen) in calls:
            raise exc
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, fake)
    return seen


def test_rename_failing_on_the_second_file_puts_the_first_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make(tmp_path / "repo")
    seen = failing_on(monkeypatch, "replace", {2}, OSError(28, "No space left on device"))
    with pytest.raises(WriteFailed) as info:
        apply_changes(root, CHANGES)
    assert seen[:2] == ["Dockerfile", "build.sh"]
    assert info.value.path == "build.sh"
    assert info.value.unrestored == ()
    assert state(root) == OLD
    assert temp_files(root) == []


def test_when_putting_back_fails_too_each_file_is_still_old_or_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make(tmp_path / "repo")
    failing_on(monkeypatch, "replace", {2, 3}, OSError(5, "Input/output error"))
    with pytest.raises(WriteFailed) as info:
        apply_changes(root, CHANGES)
    assert info.value.unrestored == ("Dockerfile",)
    assert each_old_or_new(root)
    assert state(root)["Dockerfile"] == NEW["Dockerfile"]
    assert temp_files(root) == []


def test_interrupt_between_renames_leaves_each_file_old_or_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make(tmp_path / "repo")
    failing_on(monkeypatch, "replace", {2}, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        apply_changes(root, CHANGES)
    assert each_old_or_new(root)
    assert temp_files(root) == []


def test_disk_full_while_writing_temp_files_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make(tmp_path / "repo")
    failing_on(monkeypatch, "fsync", {2}, OSError(28, "No space left on device"))
    with pytest.raises(WriteFailed):
        apply_changes(root, CHANGES)
    assert state(root) == OLD
    assert temp_files(root) == []


def test_deletion_failing_after_the_renames_puts_everything_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make(tmp_path / "repo")
    real_unlink = os.unlink

    def unlink(name: str, **kwargs: int) -> None:
        if name == "Dockerfile.build":
            raise PermissionError(13, "Permission denied")
        real_unlink(name, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    with pytest.raises(WriteFailed) as info:
        apply_changes(root, CHANGES)
    assert info.value.path == "Dockerfile.build"
    assert state(root) == OLD
    assert (root / "build.sh").stat().st_mode & 0o777 == 0o755
    assert temp_files(root) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fail_at=st.integers(min_value=1, max_value=6), interrupt=st.booleans(), restore_fails=st.booleans())
def test_any_failure_point_leaves_each_file_old_or_new_and_no_temp_file(
    tmp_path_factory: pytest.TempPathFactory, fail_at: int, interrupt: bool, restore_fails: bool
) -> None:
    root = make(tmp_path_factory.mktemp("prop") / "repo")
    exc: BaseException = KeyboardInterrupt() if interrupt else OSError(5, "Input/output error")
    calls = {fail_at, fail_at + 1} if restore_fails else {fail_at}
    with pytest.MonkeyPatch.context() as mp:
        failing_on(mp, "replace", calls, exc)
        try:
            apply_changes(root, CHANGES)
        except (WriteFailed, KeyboardInterrupt):
            pass
        else:
            assert state(root) == NEW
    assert each_old_or_new(root)
    assert temp_files(root) == []


def test_file_changed_since_it_was_read_is_refused_before_any_write(tmp_path: Path) -> None:
    root = make(tmp_path / "repo")
    (root / "build.sh").write_bytes(b"#!/bin/sh\n# edited by someone\n")
    with pytest.raises(StaleFileError):
        apply_changes(root, CHANGES)
    assert (root / "Dockerfile").read_bytes() == OLD["Dockerfile"]
    assert (root / "Dockerfile.build").exists()


def test_file_to_create_that_appeared_meanwhile_is_refused(tmp_path: Path) -> None:
    root = make(tmp_path / "repo")
    (root / "new.txt").write_bytes(b"someone's\n")
    with pytest.raises(StaleFileError):
        apply_changes(root, [FileChange("new.txt", None, b"ours\n")])
    assert (root / "new.txt").read_bytes() == b"someone's\n"


def test_target_swapped_for_a_link_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    root = make(tmp_path / "repo")
    secret = tmp_path / "secret"
    secret.write_bytes(OLD["build.sh"])  # even with the very bytes the plan read
    (root / "build.sh").unlink()
    os.symlink(secret, root / "build.sh")
    with pytest.raises(UnsafePathError):
        apply_changes(root, CHANGES)
    assert secret.read_bytes() == OLD["build.sh"]


def test_two_changes_to_one_file_through_a_link_are_refused(tmp_path: Path) -> None:
    root = make(tmp_path / "repo")
    os.symlink("Dockerfile", root / "Containerfile")
    changes = [
        FileChange("Dockerfile", OLD["Dockerfile"], b"A\n"),
        FileChange("Containerfile", OLD["Dockerfile"], b"B\n"),
    ]
    with pytest.raises(UnsafePathError, match="the same file"):
        apply_changes(root, changes)
    assert state(root) == OLD


def test_deleting_a_link_leaving_the_repository_removes_only_the_link(tmp_path: Path) -> None:
    root = make(tmp_path / "repo")
    secret = tmp_path / "secret"
    secret.write_bytes(b"keep\n")
    os.symlink(secret, root / "old.Dockerfile")
    apply_changes(root, [FileChange("old.Dockerfile", b"keep\n", None)])
    assert not os.path.lexists(root / "old.Dockerfile")
    assert secret.read_bytes() == b"keep\n"


def test_owner_and_mode_are_kept(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another owner")
    root = make(tmp_path / "repo")
    os.chown(root / "build.sh", 1234, 2345)
    (root / "build.sh").chmod(0o750)
    apply_changes(root, CHANGES)
    st_ = (root / "build.sh").stat()
    assert (st_.st_uid, st_.st_gid, st_.st_mode & 0o7777) == (1234, 2345, 0o750)


def test_directories_are_synced_after_the_renames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make(tmp_path / "repo")
    synced: list[int] = []
    monkeypatch.setattr(migrate.write, "_fsync_dir", lambda fd: synced.append(os.fstat(fd).st_ino))
    apply_changes(root, CHANGES)
    assert synced == [root.stat().st_ino]


def test_repository_root_that_cannot_be_opened_is_a_write_failure_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed) as info:
        apply_changes(tmp_path / "gone", [FileChange("a", None, b"x\n")])
    assert info.value.unrestored == () and "No such file or directory" in str(info.value)
