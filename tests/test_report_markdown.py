"""`--format markdown`: a pull-request comment: summary, flow graph, diff, diagnostics, what to check by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_support import copy_case, run_case
from typer.testing import CliRunner

from migrate.cli import app
from migrate.diagnostics import Diagnostic
from migrate.exitcodes import Exit
from migrate.outcome import Outcome, RepoResult
from migrate.render.diff import render_diff
from migrate.report import markdown
from migrate.report.markdown import render_markdown


def test_sections_of_a_migrated_report(tmp_path: Path) -> None:
    result = run_case("java-helloworld-buildsh", tmp_path)
    out = render_markdown(result, render_diff(result.changes))
    heads = [line for line in out.splitlines() if line.startswith("#")]
    assert heads == [
        "### dockerfile-migrate: `java-helloworld-buildsh`",
        "#### Flow",
        "#### Diff",
        "#### Check by hand",
        "#### Advisories",
    ]
    assert "```mermaid\nflowchart LR\n" in out
    assert "```diff\ndiff --git a/Dockerfile b/Dockerfile\n" in out
    assert "`helloworld-builder:latest` is no longer built" in out


def test_links_with_a_base(tmp_path: Path) -> None:
    result = RepoResult("r", Outcome.BLOCKED, diagnostics=(Diagnostic("MIG301", "chmod", "build.sh", 7, 1),))
    out = render_markdown(result, "", link_base="https://example.invalid/blob/abc/")
    assert "[`build.sh:7:1`](https://example.invalid/blob/abc/build.sh#L7)" in out


def test_the_fence_outgrows_backticks_inside_the_diff() -> None:
    result = RepoResult("r", Outcome.MIGRATED)
    out = render_markdown(result, "+```sh\n+echo\n+```\n")
    assert "````diff\n+```sh\n+echo\n+```\n````" in out


def test_a_long_diff_is_cut_on_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markdown, "MAX_DIFF_CHARS", 20)
    out = render_markdown(RepoResult("r", Outcome.MIGRATED), "+0123456789\n+abcdefghij\n+klmnopqrst\n")
    assert "```diff\n+0123456789\n```" in out
    assert "_2 more lines not shown; run `migrate run --diff` for the whole diff._" in out


@pytest.mark.parametrize("flag", ["--check", "--diff"])
def test_cli_markdown_on_check_and_diff(tmp_path: Path, flag: str, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = copy_case("host-chmod-artifact", tmp_path)
    monkeypatch.setenv("MIGRATE_LINK_BASE", "https://example.invalid/blob/sha")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run", flag, "--format", "markdown", repo.name])
    assert result.exit_code == Exit.BLOCKED
    assert "[`build.sh:7:1`](https://example.invalid/blob/sha/host-chmod-artifact/build.sh#L7)" in result.stdout


def test_cli_sarif_paths_are_relative_to_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = copy_case("host-chmod-artifact", tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run", "--check", "--format", "sarif", repo.name])
    assert '"uri": "host-chmod-artifact/build.sh"' in result.stdout
