"""README.md stays equal to the code: the exit-code table, the diagnostics table, and the example's diff."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from migrate.cli import app
from migrate.diagnostics import CATALOGUE
from migrate.exitcodes import EXIT_MEANINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert m is not None, f"README has no section {title!r}"
    return m.group(1)


def table_rows(text: str) -> list[list[str]]:
    """The body rows of the first markdown table in text, cells stripped."""
    rows = [line for line in text.splitlines() if line.startswith("|")]
    return [[c.strip() for c in row.strip("|").split("|")] for row in rows[2:]]


def test_exit_code_table_equals_exitcodes() -> None:
    rows = table_rows(section("Exit codes"))
    assert [int(r[0]) for r in rows] == sorted(int(c) for c in EXIT_MEANINGS)


def test_diagnostics_table_lists_the_catalogue_with_severities() -> None:
    rows = table_rows(section("Diagnostics"))
    assert {r[0]: r[1] for r in rows} == {code: rule.severity.value for code, rule in CATALOGUE.items()}
    assert len(rows) == len(CATALOGUE)


def test_diagnostics_table_titles_match_the_catalogue() -> None:
    rows = table_rows(section("Diagnostics"))
    assert {r[0]: r[2] for r in rows} == {code: rule.title for code, rule in CATALOGUE.items()}


def test_readme_example_diff_equals_the_tools_output(tmp_path: Path) -> None:
    m = re.search(r"`migrate run --diff examples/java-helloworld` prints:\n\n```diff\n(.*?)```", README, re.S)
    assert m is not None
    repo = tmp_path / "examples" / "java-helloworld"
    shutil.copytree(ROOT / "examples" / "java-helloworld", repo)
    result = CliRunner().invoke(app, ["run", "--diff", str(repo)])
    assert result.exit_code == 1
    assert result.stdout_bytes.decode() == m.group(1)
