"""Every output format pinned by snapshots of corpus cases: migrated, blocked and unchanged.

MIGRATE_UPDATE_SNAPSHOTS=1 regenerates tests/snapshots/ (review the diff before committing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_support import check_snapshot, run_case

from migrate.render.diff import render_diff
from migrate.report.console import report_run
from migrate.report.explain import render_explain_text
from migrate.report.json_report import render_json
from migrate.report.markdown import render_markdown
from migrate.report.mermaid import render_mermaid
from migrate.report.sarif import render_sarif

CASES = [
    pytest.param("already-multi-stage", id="unchanged: already multi-stage"),
    pytest.param("dockerfile-only-no-orchestrator", id="unchanged: no orchestrator"),
    pytest.param("host-chmod-artifact", id="blocked: host step changes an artifact"),
    pytest.param("unresolved-env-artifact-path", id="blocked: unresolved value"),
    pytest.param("java-helloworld-buildsh", id="migrated: the tutorial"),
    pytest.param("several-artifacts-one-container", id="migrated: several artifacts"),
    pytest.param("non-root-builder-user", id="migrated: chown for a non-root builder"),
    pytest.param("stage-name-collision", id="migrated: with a warning"),
    pytest.param("builder-build-arg", id="migrated: build args"),
    pytest.param("one-builder-several-runtimes", id="migrated: one builder, several runtime images"),
]


@pytest.mark.parametrize("case", CASES)
def test_json_snapshot(case: str, tmp_path: Path) -> None:
    check_snapshot(f"{case}/report.json", render_json(run_case(case, tmp_path)))


@pytest.mark.parametrize("case", CASES)
def test_markdown_snapshot(case: str, tmp_path: Path) -> None:
    result = run_case(case, tmp_path)
    check_snapshot(f"{case}/report.md", render_markdown(result, render_diff(result.changes)))


@pytest.mark.parametrize("case", CASES)
def test_sarif_snapshot(case: str, tmp_path: Path) -> None:
    """The rules list is the whole catalogue (checked against it in test_report_sarif); it is left out here so
    a new diagnostic code does not change every snapshot, and so is ruleIndex, its position in that list."""
    doc = json.loads(render_sarif(run_case(case, tmp_path)))
    doc["runs"][0]["tool"]["driver"]["rules"] = "(every rule of the catalogue)"
    for res in doc["runs"][0]["results"]:
        del res["ruleIndex"]
    check_snapshot(f"{case}/report.sarif", json.dumps(doc, indent=2) + "\n")


@pytest.mark.parametrize("case", CASES)
def test_explain_text_snapshot(case: str, tmp_path: Path) -> None:
    check_snapshot(f"{case}/explain.txt", render_explain_text(run_case(case, tmp_path)))


@pytest.mark.parametrize("case", CASES)
def test_explain_mermaid_snapshot(case: str, tmp_path: Path) -> None:
    check_snapshot(f"{case}/explain.mmd", render_mermaid(run_case(case, tmp_path)))


@pytest.mark.parametrize("case", CASES)
def test_text_diff_snapshot(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`run --diff -v` in text: the diff on stdout, diagnostics, advisories and the headline on stderr."""
    result = run_case(case, tmp_path)
    report_run(result, fmt="text", diff=True, check=False, quiet=False, verbose=True)
    out, err = capsys.readouterr()
    check_snapshot(f"{case}/run-diff.txt", f"--- stdout\n{out}--- stderr\n{err}")
