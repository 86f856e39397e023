"""`--format json`: valid against schema/report.schema.json for every corpus case, with stable field names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_support import CORPUS, ROOT, run_case

from migrate.outcome import Outcome, RepoResult
from migrate.report.json_report import SCHEMA_VERSION, render_json, result_dict

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((ROOT / "schema" / "report.schema.json").read_text())
CASES = sorted(p.parent.name for p in CORPUS.glob("*/case.toml"))


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("case", CASES)
def test_report_matches_the_schema(case: str, tmp_path: Path) -> None:
    doc = json.loads(render_json(run_case(case, tmp_path)))
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)


def test_top_level_field_names_are_the_documented_ones() -> None:
    doc = result_dict(RepoResult("r", Outcome.UNCHANGED))
    assert list(doc) == [
        "schema_version",
        "repo",
        "outcome",
        "changes",
        "diagnostics",
        "summary",
        "flows",
        "advisories",
    ]
    assert doc["schema_version"] == SCHEMA_VERSION == SCHEMA["properties"]["schema_version"]["const"]
    assert set(SCHEMA["required"]) == set(doc)


def test_flow_locations_are_split_into_file_and_line(tmp_path: Path) -> None:
    doc = result_dict(run_case("java-helloworld-buildsh", tmp_path))
    (flow,) = doc["flows"]
    (artifact,) = flow["artifacts"]
    assert artifact["location"] == {"file": "build.sh", "line": 15}
    assert artifact["consumer"] == {"file": "Dockerfile", "line": 4}
    assert artifact["copy_from"].startswith("COPY --from=builder ")
    assert flow["removed"][0]["location"]["file"] == "build.sh"


def test_a_report_missing_a_field_fails_the_schema() -> None:
    doc = result_dict(RepoResult("r", Outcome.UNCHANGED))
    del doc["advisories"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)


def test_run_diff_with_format_json_carries_the_diff_in_the_document(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from migrate.cli import app

    repo = ROOT / "examples" / "java-helloworld"
    result = CliRunner().invoke(app, ["run", "--diff", "--format", "json", str(repo)])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    assert doc["diff"].startswith("diff --git a/Dockerfile b/Dockerfile")
    checked = json.loads(CliRunner().invoke(app, ["run", "--check", "--format", "json", str(repo)]).stdout)
    assert "diff" not in checked
