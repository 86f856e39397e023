"""`migrate bulk --merge-results`: the shards of a CI matrix, merged, give the summary of one whole run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from bulk_fakes import make_org

from migrate.cli import app
from migrate.exitcodes import Exit

CASES = {
    "svc-java": "java-helloworld-buildsh",
    "svc-renamed": "renamed-artifact",
    "svc-chmod": "host-chmod-artifact",
    "svc-unparsable": "unparsable-script",
    "svc-plain": "dockerfile-only-no-orchestrator",
}


def _bulk(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["bulk", "-j", "1", *args])
    return result.exit_code, result.stdout, result.stderr


def test_merged_shards_give_the_summary_of_one_whole_run(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", CASES)
    whole_code, whole, _ = _bulk(str(org), "--check", "--format", "json", "--results", str(tmp_path / "whole.jsonl"))
    shards = []
    for k in (1, 2, 3):
        shard = tmp_path / f"shard-{k}.jsonl"
        _bulk(str(org), "--check", "--shard", f"{k}/3", "--results", str(shard), "-q")
        shards.append(str(shard))
    merged = tmp_path / "merged.jsonl"
    code, out, err = _bulk(
        *[a for s in shards for a in ("--merge-results", s)], "--format", "json", "--results", str(merged)
    )
    assert code == whole_code == Exit.BLOCKED, err
    got, want = json.loads(out), json.loads(whole)
    for key in ("repositories", "done", "outcomes", "top_blockers", "blocker_codes", "exit_code", "mode"):
        assert got[key] == want[key], key
    lines = [json.loads(line) for line in merged.read_text().splitlines()]
    assert sorted(r["repo"] for r in lines) == sorted(str(org / n) for n in CASES)


def test_merge_takes_the_last_line_for_a_repository_across_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"repo": "org/a", "outcome": "failed", "mode": "check"}) + "\n{cut")
    second.write_text(json.dumps({"repo": "./org/a/", "outcome": "unchanged", "mode": "check"}) + "\n")
    code, out, _ = _bulk("--merge-results", str(first), "--merge-results", str(second), "--format", "json")
    assert code == Exit.OK
    assert json.loads(out)["outcomes"] == {"migrated": 0, "unchanged": 1, "blocked": 0, "failed": 0}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["org"], "give no ROOT"),
        (["--format", "sarif"], "--format must be"),
    ],
)
def test_merge_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    results = tmp_path / "a.jsonl"
    results.write_text("")
    code, _, err = _bulk("--merge-results", str(results), *args)
    assert code == Exit.USAGE and message in err


def test_merge_refuses_files_of_different_modes(tmp_path: Path) -> None:
    check, write = tmp_path / "check.jsonl", tmp_path / "write.jsonl"
    check.write_text(json.dumps({"repo": "a", "outcome": "migrated", "mode": "check"}) + "\n")
    write.write_text(json.dumps({"repo": "b", "outcome": "migrated", "mode": "write", "written": True}) + "\n")
    code, _, err = _bulk("--merge-results", str(check), "--merge-results", str(write))
    assert code == Exit.USAGE and "mix modes" in err
