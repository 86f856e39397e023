"""SARIF 2.1.0: the structure GitHub code scanning and reviewdog read, for every corpus case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_support import CORPUS, run_case

from migrate.diagnostics import CATALOGUE, Diagnostic, Severity
from migrate.outcome import Outcome, RepoResult
from migrate.report.sarif import render_sarif, sarif_dict

CASES = sorted(p.parent.name for p in CORPUS.glob("*/case.toml"))


def _check_structure(doc: dict[str, object], result: RepoResult) -> None:
    assert doc["version"] == "2.1.0"
    assert str(doc["$schema"]).endswith("sarif-2.1.0.json")
    runs = doc["runs"]
    assert isinstance(runs, list) and len(runs) == 1
    run = runs[0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "dockerfile-migrate"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == sorted(CATALOGUE)
    for r in rules:
        rule = CATALOGUE[r["id"]]
        assert r["shortDescription"]["text"] == rule.title
        assert r["help"]["text"] == rule.hint
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    located = [d for d in (*result.diagnostics, *result.advisories) if d.path is not None]
    assert len(run["results"]) == len(located)
    for res, d in zip(run["results"], located, strict=True):
        assert res["ruleId"] == d.code
        assert rules[res["ruleIndex"]]["id"] == d.code
        assert res["level"] == {"error": "error", "warning": "warning", "note": "note"}[d.severity.value]
        assert res["message"]["text"]
        (loc,) = res["locations"]
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"] == d.path
        assert phys["region"]["startLine"] == (d.line or 1)
        assert phys["region"]["startColumn"] == (d.col or 1)


@pytest.mark.parametrize("case", CASES)
def test_sarif_structure_for_every_case(case: str, tmp_path: Path) -> None:
    result = run_case(case, tmp_path)
    doc = json.loads(render_sarif(result))
    _check_structure(doc, result)
    if result.outcome is Outcome.BLOCKED:
        assert any(r["level"] == "error" for r in doc["runs"][0]["results"])


def test_blockers_are_errors_notes_and_advisories_are_notes() -> None:
    result = RepoResult(
        "r",
        Outcome.BLOCKED,
        diagnostics=(
            Diagnostic("MIG301", "chmod changes it", "build.sh", 7, 3),
            Diagnostic("MIG314", "renamed", "Dockerfile.build", 1, 1),
            Diagnostic("MIG209", "taken from the checkout", "build.sh", 4, 1),
        ),
        advisories=(Diagnostic("MIG403", "no .dockerignore", "Dockerfile", 1, 1),),
    )
    levels = [r["level"] for r in sarif_dict(result)["runs"][0]["results"]]
    assert levels == ["error", "warning", "note", "note"]
    assert CATALOGUE["MIG301"].severity is Severity.ERROR


def test_a_finding_without_a_file_is_a_notification_not_a_result() -> None:
    result = RepoResult("r", Outcome.UNCHANGED, diagnostics=(Diagnostic("MIG001", "nothing"),))
    run = sarif_dict(result)["runs"][0]
    assert run["results"] == []
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["descriptor"]["id"] == "MIG001" and note["level"] == "note"


def test_uri_prefix_makes_paths_relative_to_the_checkout_root() -> None:
    result = RepoResult("r", Outcome.BLOCKED, diagnostics=(Diagnostic("MIG301", "m", "build.sh", 2, 1),))
    (res,) = sarif_dict(result, "services/api/")["runs"][0]["results"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "services/api/build.sh"


def test_advisory_rules_are_tagged_apart_from_the_migration() -> None:
    rules = sarif_dict(RepoResult("r", Outcome.UNCHANGED))["runs"][0]["tool"]["driver"]["rules"]
    tags = {r["id"]: r["properties"]["tags"] for r in rules}
    assert tags["MIG401"] == ["advisory"] and tags["MIG301"] == ["migration"]
