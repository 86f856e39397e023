"""`migrate bulk` on the command line: options, usage errors, exit codes, summary formats, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from bulk_fakes import make_org

from migrate.cli import app
from migrate.exitcodes import Exit

TESTS = Path(__file__).resolve().parent


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["bulk", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([], id="no root"),
        pytest.param(["{org}", "--shard", "3/2"], id="bad shard"),
        pytest.param(["{org}", "--diff", "--format", "json"], id="diff with a json summary"),
        pytest.param(["{org}", "--format", "sarif"], id="unknown summary format"),
        pytest.param(["{org}", "--retry-failed"], id="retry without results"),
        pytest.param(["{org}/missing"], id="missing root"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh"})
    code, _, err = _invoke(*(a.format(org=org) for a in args))
    assert code == Exit.USAGE
    assert "migrate bulk:" in err or "Usage" in err


def test_check_with_a_pending_migration_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh", "b": "dockerfile-only-no-orchestrator"})
    before = (org / "a" / "build.sh").read_bytes()
    code, _, err = _invoke(str(org), "--check", "-j", "2")
    assert code == Exit.PENDING
    assert (org / "a" / "build.sh").read_bytes() == before
    assert "migrated" in err and "unchanged" in err


def test_write_mode_exits_0_when_every_repository_finished(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh", "b": "dockerfile-only-no-orchestrator"})
    code, _, _ = _invoke(str(org), "-q")
    assert code == Exit.OK
    assert not (org / "a" / "Dockerfile.build").exists()


def test_a_listed_repository_that_does_not_exist_is_blocked_not_a_bug(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "host-chmod-artifact"})
    listing = tmp_path / "repos.txt"
    listing.write_text(f"{org / 'a'}\n{tmp_path / 'gone'}\n")  # a listed repository that does not exist
    results = tmp_path / "results.jsonl"
    code, _, _ = _invoke("--from-file", str(listing), "--results", str(results), "--check", "-q")
    assert code == Exit.BLOCKED  # the run goes on; nothing failed in the tool
    lines = {Path(r["repo"]).name: r for r in map(json.loads, results.open())}
    assert lines["a"]["outcome"] == lines["gone"]["outcome"] == "blocked"
    assert [(d["code"], d["message"].endswith("does not exist")) for d in lines["gone"]["diagnostics"]] == [
        ("MIG117", True)
    ]


def test_json_summary_on_stdout(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh", "b": "host-chmod-artifact"})
    code, out, _ = _invoke(str(org), "--check", "--format", "json")
    data = json.loads(out)
    assert code == data["exit_code"] == Exit.BLOCKED
    assert data["outcomes"]["migrated"] == data["outcomes"]["blocked"] == 1
    assert data["top_blockers"][0]["code"] == "MIG301"


def test_markdown_summary_on_stdout(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh", "b": "host-chmod-artifact"})
    _, out, _ = _invoke(str(org), "--check", "--format", "markdown")
    assert out.startswith("## migrate bulk")
    assert "| migrated | 1 |" in out and "| MIG301 | host step changes an artifact | 1 |" in out


def test_shards_of_one_command_concatenate_to_the_whole_run(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {f"r{i}": "java-helloworld-buildsh" for i in range(9)})
    whole = tmp_path / "whole.jsonl"
    _invoke(str(org), "--check", "-q", "--results", str(whole))
    parts = []
    for k in (1, 2, 3):
        part = tmp_path / f"part{k}.jsonl"
        _invoke(str(org), "--check", "-q", "--shard", f"{k}/3", "--results", str(part))
        parts += [json.loads(line)["repo"] for line in part.open()]
    assert sorted(parts) == sorted(json.loads(line)["repo"] for line in whole.open())
    assert len(parts) == len(set(parts)) == 9


def _signal_a_running_bulk(org: Path, results: Path, signum: int) -> str:
    """Start a bulk run over `org`, send it `signum` once two results lines are written, and return its
    stderr after asserting it exited 130."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)])}
    proc = subprocess.Popen(
        [sys.executable, str(TESTS / "bulk_fakes.py"), str(org), str(results)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not results.exists() or results.read_text().count("\n") < 2):
        time.sleep(0.05)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == Exit.INTERRUPTED, err
    return err


def test_ctrl_c_stops_the_run_and_keeps_the_results_so_far(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {f"r{i:02d}": "java-helloworld-buildsh" for i in range(24)})
    results = tmp_path / "results.jsonl"
    err = _signal_a_running_bulk(org, results, signal.SIGINT)
    assert "interrupted" in err and "Traceback" not in err
    lines = results.read_text().splitlines()
    assert 2 <= len(lines) < 24
    assert all(json.loads(line)["outcome"] == "migrated" for line in lines)  # every line whole
    code, _, _ = _invoke(str(org), "--check", "-q", "--results", str(results))  # and the run resumes
    assert code == Exit.PENDING
    assert sorted(json.loads(line)["repo"] for line in results.open()) == sorted(str(p) for p in org.iterdir())


def test_sigterm_stops_the_run_with_the_summary_and_no_traceback(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {f"r{i:02d}": "java-helloworld-buildsh" for i in range(24)})
    results = tmp_path / "results.jsonl"
    err = _signal_a_running_bulk(org, results, signal.SIGTERM)  # what a CI runner or `timeout` sends
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert "interrupted:" in err and "repositories" in err  # the summary, counts by outcome
    assert "re-run the same command with the same --results file" in err
