"""`migrate bulk` runs: the results file, resuming, retrying, patches, failures that never stop a run, summary."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from bulk_fakes import CORPUS, make_org, misbehaving, must_not_run, waits_for_results

from migrate.bulk.runner import BulkOptions, run_bulk
from migrate.bulk.summary import Summary, render
from migrate.bulk.task import MigrateFn, Mode
from migrate.exitcodes import Exit

CASES = {
    "svc-java": "java-helloworld-buildsh",  # migrated
    "svc-renamed": "renamed-artifact",  # migrated
    "svc-chmod": "host-chmod-artifact",  # blocked: MIG301
    "svc-unparsable": "unparsable-script",  # blocked: MIG101
    "svc-plain": "dockerfile-only-no-orchestrator",  # unchanged
}


def _lines(results: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in results.read_text().splitlines()]


def _by_repo(results: Path) -> dict[str, dict[str, Any]]:
    return {Path(r["repo"]).name: r for r in _lines(results)}


def _run(org: Path, results: Path | None = None, fn: MigrateFn | None = None, **kw: Any) -> tuple[Summary, str, str]:
    out, err = io.StringIO(), io.StringIO()
    opts = BulkOptions(roots=(str(org),), results=str(results) if results else None, jobs=kw.pop("jobs", 2), **kw)
    summary = run_bulk(opts, migrate_fn=fn, stdout=out, stderr=err)
    return summary, out.getvalue(), err.getvalue()


@pytest.fixture
def org(tmp_path: Path) -> Path:
    return make_org(tmp_path / "org", CASES)


def test_results_file_has_one_line_per_repository_with_outcome_diagnostics_and_changes(
    org: Path, tmp_path: Path
) -> None:
    results = tmp_path / "results.jsonl"
    _run(org, results, mode=Mode.CHECK)
    by = _by_repo(results)
    assert len(_lines(results)) == len(CASES)
    assert {n: r["outcome"] for n, r in by.items()} == {
        "svc-java": "migrated",
        "svc-renamed": "migrated",
        "svc-chmod": "blocked",
        "svc-unparsable": "blocked",
        "svc-plain": "unchanged",
    }
    assert by["svc-java"]["repo"] == str(org / "svc-java")  # the path as given, for resuming
    assert {c["path"]: c["kind"] for c in by["svc-java"]["changes"]} == {
        "Dockerfile": "modified",
        "Dockerfile.build": "deleted",
        "build.sh": "modified",
    }
    blocker = next(d for d in by["svc-chmod"]["diagnostics"] if d["code"] == "MIG301")
    assert blocker["file"] == "build.sh" and blocker["line"] and blocker["message"]


def test_each_line_is_flushed_as_its_repository_finishes(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a-first": "java-helloworld-buildsh", "b-second": "renamed-artifact"})
    results = tmp_path / "results.jsonl"
    (org / "b-second" / "WAIT").write_text(str(results))
    _run(org, results, waits_for_results, jobs=1, mode=Mode.CHECK)  # one worker: a-first, then b-second
    assert [r["outcome"] for r in _lines(results)] == ["migrated", "migrated"]


def test_check_mode_writes_nothing_and_write_mode_writes(org: Path, tmp_path: Path) -> None:
    before = (org / "svc-java" / "Dockerfile").read_bytes()
    summary, _, _ = _run(org, mode=Mode.CHECK)
    assert (org / "svc-java" / "Dockerfile").read_bytes() == before
    assert summary.exit_code == Exit.BLOCKED
    _run(org, mode=Mode.WRITE)
    expected = CORPUS / "java-helloworld-buildsh" / "expected"
    for f in expected.iterdir():
        assert (org / "svc-java" / f.name).read_bytes() == f.read_bytes()
    assert not (org / "svc-java" / "Dockerfile.build").exists()
    assert (org / "svc-chmod" / "build.sh").read_bytes() == (
        CORPUS / "host-chmod-artifact" / "input" / "build.sh"
    ).read_bytes()


def test_rerun_with_the_same_results_file_skips_recorded_repositories(org: Path, tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    first, _, _ = _run(org, results, mode=Mode.CHECK)
    again, _, _ = _run(org, results, must_not_run, mode=Mode.CHECK)
    assert len(_lines(results)) == len(CASES)
    assert again.processed == 0 and again.tally.recorded == len(CASES)
    assert again.tally.counts == first.tally.counts  # the summary still covers the whole set
    assert again.exit_code == first.exit_code


def test_resume_redoes_a_repository_whose_line_was_cut_by_a_crash(org: Path, tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    _run(org, results, mode=Mode.CHECK)
    lines = results.read_text().splitlines()
    cut = json.loads(lines[-1])["repo"]
    results.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][:40])  # killed mid-line
    again, _, _ = _run(org, results, mode=Mode.CHECK)
    assert again.processed == 1
    assert _lines_tolerant(results)[-1]["repo"] == cut


def _lines_tolerant(results: Path) -> list[dict[str, Any]]:
    out = []
    for line in results.read_text().splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def test_retry_failed_redoes_only_the_failed_repositories(org: Path, tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    (org / "svc-plain" / "RAISE").write_text("")
    first, _, _ = _run(org, results, misbehaving, mode=Mode.CHECK)
    assert first.tally.counts["failed"] == 1 and first.exit_code == Exit.INTERNAL
    plain_resume, _, _ = _run(org, results, must_not_run, mode=Mode.CHECK)
    assert plain_resume.processed == 0 and plain_resume.exit_code == Exit.INTERNAL  # still failed
    (org / "svc-plain" / "RAISE").unlink()
    retried, _, _ = _run(org, results, misbehaving, mode=Mode.CHECK, retry_failed=True)
    assert retried.processed == 1
    assert retried.tally.counts["failed"] == 0 and retried.tally.counts["unchanged"] == 1
    assert [r["outcome"] for r in _lines(results) if r["repo"].endswith("svc-plain")] == ["failed", "unchanged"]


@pytest.mark.parametrize(
    ("marker", "reason"),
    [
        pytest.param("RAISE", "internal error: RuntimeError", id="the pipeline raises"),
        pytest.param("CRASH", "worker exited unexpectedly (exit code 3)", id="the worker exits"),
        pytest.param("SEGV", "worker crashed (signal SIGSEGV)", id="the worker segfaults"),
        pytest.param("HANG", "timeout after 2s", id="the repository hangs"),
    ],
)
def test_a_failing_repository_is_recorded_as_failed_and_the_run_goes_on(
    org: Path, tmp_path: Path, marker: str, reason: str
) -> None:
    results = tmp_path / "results.jsonl"
    (org / "svc-chmod" / marker).write_text("")
    summary, _, err = _run(org, results, misbehaving, mode=Mode.CHECK, timeout=2.0)
    by = _by_repo(results)
    assert len(by) == len(CASES)
    assert by["svc-chmod"]["outcome"] == "failed"
    assert by["svc-chmod"]["reason"].startswith(reason)
    assert by["svc-java"]["outcome"] == by["svc-renamed"]["outcome"] == "migrated"
    assert summary.tally.counts["failed"] == 1 and summary.exit_code == Exit.INTERNAL
    assert "svc-chmod: failed" in err


def test_patch_dir_holds_one_patch_per_migrated_repository_that_git_applies(org: Path, tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    patches = tmp_path / "patches"
    _run(org, mode=Mode.CHECK, patch_dir=str(patches))
    made = sorted(p.name for p in patches.iterdir())
    assert made == sorted(f"{str(org / n).lstrip('/').replace('/', '__')}.patch" for n in ("svc-java", "svc-renamed"))
    for name, case in (("svc-java", "java-helloworld-buildsh"), ("svc-renamed", "renamed-artifact")):
        repo = org / name
        patch = patches / f"{str(repo).lstrip('/').replace('/', '__')}.patch"
        subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
        subprocess.run(["git", "apply", "--check", str(patch)], cwd=repo, check=True)
        subprocess.run(["git", "apply", str(patch)], cwd=repo, check=True)
        for f in (CORPUS / case / "expected").rglob("*"):
            if f.is_file():
                assert (repo / f.relative_to(CORPUS / case / "expected")).read_bytes() == f.read_bytes()


def test_diff_mode_prints_each_migrated_repository_diff(org: Path) -> None:
    summary, out, _ = _run(org, mode=Mode.DIFF)
    assert out.count("diff --git a/Dockerfile b/Dockerfile") == 2
    assert f"# {org / 'svc-java'}\n" in out
    assert summary.exit_code == Exit.BLOCKED  # blocked outranks pending


def test_summary_counts_outcomes_and_ranks_blocking_diagnostics(tmp_path: Path) -> None:
    org = make_org(
        tmp_path / "org",
        {
            "a": "host-chmod-artifact",
            "b": "host-strip-artifact",
            "c": "host-sed-config-artifact",
            "d": "unparsable-script",
            "e": "java-helloworld-buildsh",
        },
    )
    summary, _, err = _run(org, mode=Mode.CHECK)
    assert summary.tally.counts["blocked"] == 4 and summary.tally.counts["migrated"] == 1
    top = summary.top_blockers()
    assert top[0][0] == "MIG301" and top[0][2] == 3  # three repositories blocked by host steps
    assert ("MIG101", "syntax error", 1) in top
    assert "MIG301" in err and "blocked" in err


def test_summary_renders_as_json_and_markdown(org: Path) -> None:
    summary, out, _ = _run(org, mode=Mode.CHECK, fmt="json")
    data = json.loads(out)
    assert data["outcomes"] == {"migrated": 2, "unchanged": 1, "blocked": 2, "failed": 0}
    assert data["exit_code"] == Exit.BLOCKED and data["repositories"] == len(CASES)
    assert {b["code"] for b in data["top_blockers"]} >= {"MIG301", "MIG101"}
    markdown = render(summary, "markdown")
    assert "| blocked | 2 |" in markdown and "| MIG301 |" in markdown


@pytest.mark.parametrize(
    ("cases", "mode", "code"),
    [
        pytest.param({"a": "dockerfile-only-no-orchestrator"}, Mode.CHECK, Exit.OK, id="nothing to do"),
        pytest.param({"a": "java-helloworld-buildsh"}, Mode.WRITE, Exit.OK, id="written"),
        pytest.param({"a": "java-helloworld-buildsh"}, Mode.CHECK, Exit.PENDING, id="check: pending"),
        pytest.param({"a": "java-helloworld-buildsh"}, Mode.DIFF, Exit.PENDING, id="diff: pending"),
        pytest.param(
            {"a": "java-helloworld-buildsh", "b": "host-chmod-artifact"}, Mode.WRITE, Exit.BLOCKED, id="blocked"
        ),
    ],
)
def test_exit_code(tmp_path: Path, cases: dict[str, str], mode: Mode, code: Exit) -> None:
    summary, _, _ = _run(make_org(tmp_path / "org", cases), mode=mode)
    assert summary.exit_code == code


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_other_start_methods_give_the_same_results(tmp_path: Path, method: str) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh", "b": "host-chmod-artifact"})
    results = tmp_path / "results.jsonl"
    opts = BulkOptions(roots=(str(org),), results=str(results), jobs=2, mode=Mode.CHECK)
    summary = run_bulk(opts, start_method=method, stdout=io.StringIO(), stderr=io.StringIO())
    assert {n: r["outcome"] for n, r in _by_repo(results).items()} == {"a": "migrated", "b": "blocked"}
    assert summary.exit_code == Exit.BLOCKED


def test_write_run_redoes_what_a_check_run_recorded_in_the_same_results_file(org: Path, tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    _run(org, results, mode=Mode.CHECK)  # the README's sequence: check, then write, one results file
    summary, _, err = _run(org, results, mode=Mode.WRITE)
    assert summary.processed == len(CASES) and summary.tally.recorded == 0
    assert "recorded by a check run" in err and "done again in write mode" in err
    last = {Path(r["repo"]).name: r for r in _lines(results)}
    assert last["svc-java"]["mode"] == "write" and last["svc-java"]["written"] is True
    assert not (org / "svc-java" / "Dockerfile.build").exists()
    again, _, _ = _run(org, results, must_not_run, mode=Mode.WRITE)  # now the write is what is recorded
    assert again.processed == 0


def test_check_run_takes_a_diff_runs_lines_and_looks_again_after_a_write(org: Path, tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    _run(org, results, mode=Mode.DIFF)
    assert _run(org, results, must_not_run, mode=Mode.CHECK)[0].processed == 0
    _run(org, results, mode=Mode.WRITE)
    after, _, _ = _run(org, results, mode=Mode.CHECK)
    assert after.processed == len(CASES)
    assert after.tally.counts["migrated"] == 0  # written: nothing pending any more


def test_resumed_diff_run_prints_every_diff_again(org: Path, tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    _, first, _ = _run(org, results, mode=Mode.DIFF)
    lines = results.read_text().splitlines()
    results.write_text("\n".join(lines[:2]) + "\n")  # interrupted after two repositories
    _, again, _ = _run(org, results, mode=Mode.DIFF)  # `> all.diff` again: the whole set, not the rest

    def diffs(text: str) -> list[str]:
        return sorted(re.split(r"^# ", text, flags=re.M)[1:])

    assert diffs(again) == diffs(first)
    assert len(diffs(first)) == 2  # svc-java and svc-renamed


def test_rerun_with_failures_hints_at_retry_failed(org: Path, tmp_path: Path) -> None:
    (org / "svc-plain" / "RAISE").write_text("")
    results = tmp_path / "results.jsonl"
    _, _, err = _run(org, results, misbehaving, mode=Mode.CHECK)
    assert "--retry-failed" in err
    _, _, err = _run(org, None, misbehaving, mode=Mode.CHECK)
    assert "--retry-failed" not in err  # without a results file there is nothing to retry from


def test_every_results_line_is_valid_against_the_published_schema(org: Path, tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    schema_dir = Path(__file__).resolve().parent.parent / "schema"
    report = json.loads((schema_dir / "report.schema.json").read_text())
    line_schema = json.loads((schema_dir / "results-line.schema.json").read_text())
    registry = referencing.Registry().with_resource("report.schema.json", referencing.Resource.from_contents(report))
    checker = jsonschema.Draft202012Validator(line_schema, registry=registry)
    (org / "svc-plain" / "RAISE").write_text("")
    results = tmp_path / "results.jsonl"
    _run(org, results, misbehaving, mode=Mode.DIFF, patch_dir=str(tmp_path / "patches"))
    lines = _lines(results)
    assert {r["outcome"] for r in lines} == {"migrated", "blocked", "failed"}
    for record in lines:
        errors = [f"{list(e.path)}: {e.message}" for e in checker.iter_errors(record)]
        assert errors == [], record["repo"]
    failed_line = next(r for r in lines if r["outcome"] == "failed")
    other = next(r for r in lines if r["outcome"] == "blocked")
    assert set(other) - {"patch", "diff", "seconds"} <= set(failed_line)


def test_a_refused_configuration_blocks_its_repository_and_is_no_bug(org: Path, tmp_path: Path) -> None:
    (org / "svc-plain" / ".migrate.toml").write_text("stage_name = [\n")
    results = tmp_path / "results.jsonl"
    summary, _, _ = _run(org, results, mode=Mode.CHECK)
    line = _by_repo(results)["svc-plain"]
    assert line["outcome"] == "blocked" and line["diagnostics"][0]["code"] == "MIG116"
    assert ".migrate.toml" in line["diagnostics"][0]["message"]
    assert summary.exit_code == Exit.BLOCKED  # not 123: the repository's file, not a bug of the tool
