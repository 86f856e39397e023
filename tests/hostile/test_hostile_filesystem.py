"""Filesystem safety in hostile repositories: no link is followed out of the repository, nothing outside it is
read or written, nothing from the repository is executed, and a failure part-way leaves every file as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_support import BASE, HostileRepo, assert_clean_failure
from typer.testing import CliRunner

import migrate.pipeline
from migrate.cli import app
from migrate.verify.engine import EngineUnavailable

Make = Callable[..., HostileRepo]


def outside(repo: HostileRepo) -> Path:
    """A directory next to the repository, with a file the migration must never touch."""
    out = repo.root.parent / "outside"
    out.mkdir(exist_ok=True)
    (out / "secret").write_bytes(b"keep me\n")
    return out


@pytest.mark.parametrize("name", ["Dockerfile", "Dockerfile.build"])
def test_dockerfile_linked_to_etc_passwd_is_refused(hostile: Make, name: str) -> None:
    repo = hostile()
    repo.link(name, "/etc/passwd")
    passwd = Path("/etc/passwd").read_bytes()
    before = repo.tree()
    run = repo.run()
    assert_clean_failure(run, "MIG207", name)
    assert "root:" not in run.stderr  # nothing of the target was read into a message
    assert repo.tree() == before
    assert Path("/etc/passwd").read_bytes() == passwd


def test_linked_directory_leaving_the_repository_is_refused(hostile: Make) -> None:
    repo = hostile()
    out = outside(repo)
    shutil.move(repo.root / "Dockerfile.build", out / "Dockerfile.build")
    repo.link("docker", out)
    repo.edit("build.sh", b"-f Dockerfile.build", b"-f docker/Dockerfile.build")
    before = repo.tree()
    run = repo.run()
    assert_clean_failure(run, "MIG207", "docker/Dockerfile.build")
    assert repo.tree() == before
    assert sorted(p.name for p in out.iterdir()) == ["Dockerfile.build", "secret"]


def test_docker_cp_destination_outside_the_repository_blocks(hostile: Make) -> None:
    repo = hostile()
    out = outside(repo)
    repo.edit("build.sh", b"docker cp extract:/app/HelloWorld.jar ./HelloWorld.jar", b"docker cp extract:/app/x ../x")
    before = repo.tree()
    run = repo.run()
    assert_clean_failure(run, "MIG207", "build.sh:15:1")
    assert repo.tree() == before
    assert sorted(p.name for p in out.iterdir()) == ["secret"]


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(b"../x", id="dot-dot"),
        pytest.param(b"../HelloWorld.jar", id="dot-dot to the artifact's name"),
        pytest.param(b"sub/../../x", id="through a subdirectory"),
    ],
)
def test_copy_source_leaving_the_build_context_blocks(hostile: Make, source: bytes) -> None:
    repo = hostile()
    repo.edit("Dockerfile", b"COPY HelloWorld.jar /app/HelloWorld.jar", b"COPY " + source + b" /app/x")
    before = repo.tree()
    assert_clean_failure(repo.run(), "MIG207", "Dockerfile:4:1")
    assert repo.tree() == before


def test_file_swapped_for_a_link_after_planning_is_not_written_through(
    hostile: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = hostile()
    out = outside(repo)
    real = migrate.pipeline.migrate_repo

    def plan_then_swap(root: Path, config: object = None) -> object:
        result = real(root, config)  # type: ignore[arg-type]
        repo.link("build.sh", out / "secret")  # an attacker's race between planning and writing
        return result

    monkeypatch.setattr(migrate.pipeline, "migrate_repo", plan_then_swap)
    run = repo.run()
    assert run.code == 3, run.stderr
    assert "MIG207" in run.stderr or "MIG107" in run.stderr
    assert (out / "secret").read_bytes() == b"keep me\n"
    assert repo.read("Dockerfile") == (BASE / "Dockerfile").read_bytes()


def test_file_edited_after_planning_is_not_overwritten(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = hostile()
    real = migrate.pipeline.migrate_repo

    def plan_then_edit(root: Path, config: object = None) -> object:
        result = real(root, config)  # type: ignore[arg-type]
        repo.write("Dockerfile", repo.read("Dockerfile") + b"# edited meanwhile\n")
        return result

    monkeypatch.setattr(migrate.pipeline, "migrate_repo", plan_then_edit)
    run = repo.run()
    assert_clean_failure(run, "MIG107", "Dockerfile")
    assert repo.read("Dockerfile").endswith(b"# edited meanwhile\n")
    assert (repo.root / "Dockerfile.build").exists()
    assert b"docker cp" in repo.read("build.sh")


def test_write_failing_part_way_restores_every_file(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = hostile()
    before = repo.tree()
    real = os.replace
    calls: list[str] = []

    def flaky(src: str, dst: str, **kwargs: int) -> None:
        calls.append(Path(dst).name)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", flaky)
    run = repo.run()
    assert calls[:2] == ["Dockerfile", "build.sh"]  # the second rename fails, after the first took effect
    assert_clean_failure(run, "MIG108", "build.sh")
    assert "No space left on device" in run.stderr
    assert "every file was left as it was" in run.stderr
    assert repo.tree() == before


def test_internal_error_says_what_to_report_and_writes_nothing(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = hostile()
    before = repo.tree()

    def bug(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("migrate.pipeline.Planner.run", bug)
    run = repo.run()
    assert run.code == 123
    assert "internal error" in run.stderr
    assert "nothing was written" in run.stderr
    assert "report" in run.stderr and "Python" in run.stderr
    assert "ZeroDivisionError: a bug" in run.stderr
    assert repo.tree() == before


def test_internal_error_after_writing_says_the_migration_was_written(
    hostile: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    import migrate.report.console

    def bug(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug in the report")

    monkeypatch.setattr(migrate.report.console, "report_run", bug)
    run = hostile().run()
    assert run.code == 123
    assert "the migration was written before the error" in run.stderr


MARKER_SCRIPT = b'\ntouch "$MIGRATE_TEST_MARKER"\n'


def test_run_explain_and_bulk_never_execute_the_repository(
    hostile: Make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = hostile()
    marker = tmp_path / "executed"
    monkeypatch.setenv("MIGRATE_TEST_MARKER", str(marker))
    repo.write("build.sh", repo.read("build.sh") + MARKER_SCRIPT)
    repo.write("pre.sh", b"#!/bin/sh\n" + MARKER_SCRIPT)
    (repo.root / "build.sh").chmod(0o755)
    for args in (["run", "--diff"], ["explain"], ["run"]):
        CliRunner().invoke(app, [*args, str(repo.root)])
    subprocess.run(
        [sys.executable, "-m", "migrate", "bulk", "--check", "-q", str(repo.root.parent)],
        capture_output=True,
        timeout=120,
    )
    assert not marker.exists()


def test_dirty_check_runs_no_git_hook_or_fsmonitor_of_the_repository(hostile: Make, tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = hostile()
    marker = tmp_path / "executed"
    hook = tmp_path / "hook.sh"
    hook.write_text(f"#!/bin/sh\ntouch {marker}\n")
    hook.chmod(0o755)
    git = ["git", "-C", str(repo.root)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "legacy"], check=True)
    subprocess.run([*git, "config", "core.fsmonitor", str(hook)], check=True)
    for name in ("post-checkout", "post-index-change", "pre-commit"):
        target = repo.root / ".git" / "hooks" / name
        target.write_text(hook.read_text())
        target.chmod(0o755)
    run = repo.run()
    assert run.code == 0, run.stderr
    assert not marker.exists()


def test_verify_says_it_executes_the_repository(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    import migrate.verify.engine

    def no_engine(*args: object) -> None:
        raise EngineUnavailable("none here")

    monkeypatch.setattr(migrate.verify.engine, "detect_engine", no_engine)
    result = CliRunner().invoke(app, ["verify", str(hostile().root)])
    assert result.exit_code == 5
    assert "executes" in result.stderr.splitlines()[0]


def test_verify_on_a_repository_holding_a_fifo_fails_cleanly(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    import migrate.verify.engine

    repo = hostile()
    os.mkfifo(repo.root / "pipe")
    monkeypatch.setattr(
        migrate.verify.engine, "detect_engine", lambda *args: types.SimpleNamespace(kind="fake", changes=())
    )
    result = CliRunner().invoke(app, ["verify", str(repo.root)])
    assert result.exit_code == 7, result.stderr
    assert "Traceback" not in result.stderr
    assert "cannot copy" in result.stderr and "pipe" in result.stderr
