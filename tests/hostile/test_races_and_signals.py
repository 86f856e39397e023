"""Races and signals: two writers, a directory swapped for a link in the middle of a write, an edit made while
the files are renamed, Ctrl-C and SIGTERM at every step of a write, a bulk --timeout that stops a worker
mid-write, and standard streams that refuse output. Every timing is a fault injected in the writer (a patched
os.replace, os.fsync or os.unlink), never a sleep."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_support import BASE, HostileRepo
from typer.testing import CliRunner

import migrate.write
from migrate.bulk.runner import BulkOptions, run_bulk
from migrate.bulk.task import Mode
from migrate.cli import app
from migrate.exitcodes import Exit
from migrate.lock import RepoLocked, repo_lock
from migrate.outcome import FileChange
from migrate.write import WriteInterrupted, apply_changes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bulk_fakes import hangs_in_write, make_org, terminated_after_write

Make = Callable[..., HostileRepo]
CORPUS = Path(__file__).resolve().parents[2] / "corpus"
MIGRATED = CORPUS / "java-helloworld-buildsh" / "expected"


def migrated(repo: HostileRepo) -> bool:
    return (
        all(repo.read(p.name) == p.read_bytes() for p in MIGRATED.iterdir() if p.is_file())
        and not (repo.root / "Dockerfile.build").exists()
    )


def temp_files(root: Path) -> list[str]:
    return [p.name for p in root.rglob("*") if p.name.endswith(".migrate-tmp")]


def on_call(monkeypatch: pytest.MonkeyPatch, name: str, n: int, action: Callable[[], None]) -> None:
    """Run `action` just before the n-th call (1-based) of os.<name>, then make the call."""
    real = getattr(os, name)
    calls = [0]

    def fake(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == n:
            action()
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, fake)


def signal_self(signum: int) -> Callable[[], None]:
    return lambda: os.kill(os.getpid(), signum)


# -- one writer per repository -------------------------------------------------------------------------------


def test_second_run_while_the_repository_is_locked_is_refused_with_mig114(hostile: Make) -> None:
    repo = hostile()
    before = repo.tree()
    with repo_lock(repo.root):
        run = repo.run()
    assert run.code == Exit.BLOCKED, run.stderr
    assert "MIG114" in run.stderr and "another migrate run" in run.stderr
    assert "every file was left as it was" not in run.stderr
    assert repo.tree() == before


def test_lock_is_held_through_the_write_so_a_run_started_meanwhile_is_refused(
    hostile: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = hostile()
    second: list[int] = []

    def start_second_run() -> None:
        result = CliRunner().invoke(app, ["run", str(repo.root)])
        second.append(result.exit_code)
        assert "MIG114" in result.stderr

    on_call(monkeypatch, "replace", 1, start_second_run)
    run = repo.run()
    assert run.code == Exit.OK, run.stderr
    assert second == [Exit.BLOCKED]
    assert migrated(repo)


def test_lock_is_released_when_the_run_ends(hostile: Make) -> None:
    repo = hostile()
    assert repo.run().code == Exit.OK
    with repo_lock(repo.root):  # taken again: nothing kept it
        second = repo_lock(repo.root)
        with pytest.raises(RepoLocked):
            second.__enter__()


def test_bulk_takes_the_same_lock_per_repository(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh", "b": "java-helloworld-buildsh"})
    results = tmp_path / "results.jsonl"
    before = (org / "a" / "build.sh").read_bytes()
    with repo_lock(org / "a"):
        opts = BulkOptions(roots=(str(org),), results=str(results), jobs=2, mode=Mode.WRITE, quiet=True)
        summary = run_bulk(opts, start_method="fork", stdout=io.StringIO(), stderr=io.StringIO())
    lines = {Path(r["repo"]).name: r for r in map(json.loads, results.read_text().splitlines())}
    assert lines["a"]["outcome"] == "blocked" and lines["a"]["written"] is False
    assert [d["code"] for d in lines["a"]["diagnostics"]] == ["MIG114"]
    assert lines["b"]["outcome"] == "migrated" and lines["b"]["written"] is True
    assert (org / "a" / "build.sh").read_bytes() == before
    assert summary.exit_code == Exit.BLOCKED


# -- writes that cannot be redirected -------------------------------------------------------------------------


def test_directory_swapped_for_a_link_during_the_write_cannot_redirect_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "repo"
    (root / "ci").mkdir(parents=True)
    (root / "ci" / "build.sh").write_bytes(b"old\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "build.sh").write_bytes(b"old\n")  # the very bytes the plan read, so no check can tell

    def swap() -> None:  # after the checks, before the temporary file is written
        (root / "ci").rename(root / "ci-moved")
        os.symlink(outside, root / "ci")

    on_call(monkeypatch, "fsync", 1, swap)
    apply_changes(root, [FileChange("ci/build.sh", b"old\n", b"new\n")])
    assert (outside / "build.sh").read_bytes() == b"old\n"
    assert sorted(p.name for p in outside.iterdir()) == ["build.sh"]  # no temporary file there either
    assert (root / "ci-moved" / "build.sh").read_bytes() == b"new\n"  # written where it was checked


def test_edit_made_during_the_write_window_is_mig107_and_every_file_is_put_back(
    hostile: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = hostile()
    before = repo.tree()
    edited = repo.read("build.sh") + b"# saved by an editor meanwhile\n"

    def edit() -> None:  # while the first file is renamed, before the second
        (repo.root / "build.sh").write_bytes(edited)

    on_call(monkeypatch, "replace", 1, edit)
    run = repo.run()
    assert run.code == Exit.BLOCKED, run.stderr
    assert "MIG107" in run.stderr and "build.sh" in run.stderr
    assert repo.tree() == {**before, "build.sh": edited}
    assert temp_files(repo.root) == []


# -- interruptions ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_during_a_rename_finishes_the_write_and_says_so(
    hostile: Make, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    repo = hostile()
    on_call(monkeypatch, "replace", 1, signal_self(signum))
    run = repo.run()
    assert run.code == Exit.INTERRUPTED, run.stderr
    assert "interrupted; the migration was written in full" in run.stderr
    assert "Traceback" not in run.stderr
    assert migrated(repo)
    assert temp_files(repo.root) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_while_temporary_files_are_written_rolls_back_and_says_nothing_was_written(
    hostile: Make, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    repo = hostile()
    before = repo.tree()
    on_call(monkeypatch, "fsync", 1, signal_self(signum))
    run = repo.run()
    assert run.code == Exit.INTERRUPTED, run.stderr
    assert "interrupted; nothing was written" in run.stderr
    assert repo.tree() == before
    assert temp_files(repo.root) == []


def test_signal_during_an_unlink_finishes_the_write(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = hostile()
    on_call(monkeypatch, "unlink", 1, signal_self(signal.SIGINT))
    run = repo.run()
    assert run.code == Exit.INTERRUPTED, run.stderr
    assert "written in full" in run.stderr
    assert migrated(repo)


def test_sigterm_while_planning_stops_with_nothing_written(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = hostile()
    before = repo.tree()
    real = migrate.pipeline.migrate_repo

    def plan_then_term(root: Path, config: object = None) -> object:
        result = real(root, config)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGTERM)
        return result

    monkeypatch.setattr(migrate.pipeline, "migrate_repo", plan_then_term)
    run = repo.run()
    assert run.code == Exit.INTERRUPTED, run.stderr
    assert "interrupted; nothing was written" in run.stderr
    assert repo.tree() == before


def test_interrupt_raised_as_a_rename_completes_is_rolled_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Off the main thread no signal is held: the step is recorded before it is made, so an interrupt that
    lands right after the rename still puts the file back."""
    root = tmp_path / "repo"
    root.mkdir()
    (root / "a").write_bytes(b"old a\n")
    (root / "b").write_bytes(b"old b\n")
    real = os.replace

    def replace_then_interrupt(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        apply_changes(root, [FileChange("a", b"old a\n", b"new a\n"), FileChange("b", b"old b\n", b"new b\n")])
    monkeypatch.undo()
    assert (root / "a").read_bytes() == b"old a\n"
    assert (root / "b").read_bytes() == b"old b\n"
    assert temp_files(root) == []


def test_write_interrupted_says_whether_it_was_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "a").write_bytes(b"old\n")
    on_call(monkeypatch, "replace", 1, signal_self(signal.SIGTERM))
    with pytest.raises(WriteInterrupted) as info:
        apply_changes(root, [FileChange("a", b"old\n", b"new\n")])
    assert info.value.written is True and info.value.signum == signal.SIGTERM
    assert (root / "a").read_bytes() == b"new\n"


def test_bulk_timeout_stops_a_worker_mid_write_with_sigterm_and_records_it_rolled_back(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh"})
    before = {p.name: p.read_bytes() for p in (org / "a").iterdir()}
    results = tmp_path / "results.jsonl"
    opts = BulkOptions(roots=(str(org),), results=str(results), jobs=1, mode=Mode.WRITE, timeout=1.0, quiet=True)
    summary = run_bulk(opts, migrate_fn=hangs_in_write, stdout=io.StringIO(), stderr=io.StringIO())
    (line,) = results.read_text().splitlines()
    record = json.loads(line)
    assert record["outcome"] == "failed"
    assert record["reason"] == "stopped before anything was written"
    assert record["written"] is False
    assert {p.name: p.read_bytes() for p in (org / "a").iterdir()} == before
    assert temp_files(org) == []
    assert summary.exit_code == Exit.INTERNAL


def test_sigterm_right_after_a_bulk_write_keeps_the_repository_recorded_as_written(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh"})
    results = tmp_path / "results.jsonl"
    opts = BulkOptions(roots=(str(org),), results=str(results), jobs=1, mode=Mode.WRITE, quiet=True)
    summary = run_bulk(opts, migrate_fn=terminated_after_write, stdout=io.StringIO(), stderr=io.StringIO())
    (record,) = [json.loads(line) for line in results.read_text().splitlines()]
    assert (record["outcome"], record["written"]) == ("migrated", True)
    assert not (org / "a" / "Dockerfile.build").exists()
    assert summary.exit_code == Exit.OK


class Refusing(io.StringIO):
    """A stream whose reader went away."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_bulk_with_a_broken_stderr_pipe_finishes_every_repository(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh", "b": "java-helloworld-buildsh"})
    results = tmp_path / "results.jsonl"
    opts = BulkOptions(roots=(str(org),), results=str(results), jobs=2, mode=Mode.WRITE, verbose=True)
    summary = run_bulk(opts, stdout=io.StringIO(), stderr=Refusing())
    assert summary.exit_code == Exit.OK
    records = [json.loads(line) for line in results.read_text().splitlines()]
    assert sorted(r["outcome"] for r in records) == ["migrated", "migrated"]
    assert all(r["written"] for r in records)
    assert not (org / "a" / "Dockerfile.build").exists() and not (org / "b" / "Dockerfile.build").exists()


def test_bulk_with_a_broken_stdout_stops_starting_repositories_and_exits_8(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {f"r{i}": "java-helloworld-buildsh" for i in range(3)})
    results = tmp_path / "results.jsonl"
    opts = BulkOptions(roots=(str(org),), results=str(results), jobs=1, mode=Mode.DIFF, quiet=True)
    summary = run_bulk(opts, stdout=Refusing(), stderr=io.StringIO())
    assert summary.exit_code == Exit.OUTPUT
    assert summary.output_error == "Broken pipe"
    assert 1 <= len(results.read_text().splitlines()) < 3


# -- standard output that refuses the report ----------------------------------------------------------------------


def _migrate_cli(*args: str, stdout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "migrate", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
    )


def test_full_stdout_exits_8_and_says_so(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    import shutil

    shutil.copytree(BASE, repo)
    with open("/dev/full", "w") as full:
        proc = _migrate_cli("run", "--diff", str(repo), stdout=full.fileno())
    assert proc.returncode == Exit.OUTPUT, proc.stderr
    assert "cannot write the report: No space left on device; nothing was written" in proc.stderr
    assert "Traceback" not in proc.stderr and "bug" not in proc.stderr


def test_closed_stdout_after_a_write_exits_8_and_says_the_migration_was_written(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    import shutil

    shutil.copytree(BASE, repo)
    read, write = os.pipe()
    os.close(read)
    try:
        proc = _migrate_cli("run", "--format", "json", str(repo), stdout=write)
    finally:
        os.close(write)
    assert proc.returncode == Exit.OUTPUT, proc.stderr
    assert "cannot write the report: Broken pipe; the migration was written in full" in proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert not (repo / "Dockerfile.build").exists()


def test_internal_error_in_bulk_does_not_claim_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh"})

    def bug(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug in the runner")

    monkeypatch.setattr("migrate.bulk.runner.run_bulk", bug)
    result = CliRunner().invoke(app, ["bulk", str(org), "--results", str(tmp_path / "r.jsonl")])
    assert result.exit_code == Exit.INTERNAL
    assert "nothing was written" not in result.stderr
    assert "may have been written" in result.stderr and "r.jsonl records each one" in result.stderr
