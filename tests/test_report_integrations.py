"""The GitHub Action and the pre-commit hooks: well-formed, and running commands the CLI accepts."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
from report_support import ROOT, copy_case
from typer.testing import CliRunner

from migrate.cli import app
from migrate.exitcodes import Exit

yaml = pytest.importorskip("yaml")


def _load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text())


def test_action_is_a_composite_action_with_the_documented_interface() -> None:
    action = _load("action.yml")
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"path", "apply", "comment", "github-token", "python-version"}
    assert action["inputs"]["apply"]["default"] == "false"
    assert set(action["outputs"]) == {"report", "outcome", "exit-code"}
    for step in action["runs"]["steps"]:
        assert "uses" in step or step["shell"] == "bash"


def test_action_checks_with_the_markdown_report_and_fails_when_pending() -> None:
    steps = {s.get("name", s.get("uses")): s for s in _load("action.yml")["runs"]["steps"]}
    assert 'migrate" run --check --format markdown "$INPUT_PATH"' in steps["Check"]["run"]
    fail = steps["Fail when a migration is pending or blocked"]
    assert "inputs.apply != 'true'" in fail["if"] and "exit 1" in fail["run"]
    assert steps["Apply the migration"]["if"] == "inputs.apply == 'true'"


def test_pre_commit_hooks() -> None:
    hooks = {h["id"]: h for h in _load(".pre-commit-hooks.yaml")}
    assert set(hooks) == {"dockerfile-migrate-check", "dockerfile-migrate"}
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        assert shlex.split(hook["entry"])[0] == "migrate"


@pytest.mark.parametrize(
    ("hook", "code"),
    [("dockerfile-migrate-check", Exit.PENDING), ("dockerfile-migrate", Exit.OK)],
)
def test_pre_commit_entries_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: str, code: int) -> None:
    entry = {h["id"]: h["entry"] for h in _load(".pre-commit-hooks.yaml")}[hook]
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    monkeypatch.chdir(repo)  # pre-commit runs hooks from the repository root
    result = CliRunner().invoke(app, shlex.split(entry)[1:])
    assert result.exit_code == code, result.stderr
    assert (repo / "Dockerfile.build").exists() is (code == Exit.PENDING)
