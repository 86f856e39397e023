"""The README shows real output: the diagnostics table is the catalogue, and the bundled example's diff and
markdown report are what the tool prints. MIGRATE_UPDATE_SNAPSHOTS=1 rewrites the two example blocks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from report_support import ROOT, UPDATE
from typer.testing import CliRunner

from migrate.cli import app
from migrate.diagnostics import CATALOGUE

README = ROOT / "README.md"
EXAMPLE = "examples/java-helloworld"


def _cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("MIGRATE_LINK_BASE", raising=False)
    result = CliRunner().invoke(app, ["run", *args, EXAMPLE])
    assert result.exit_code == 1, result.stderr
    return result.stdout


def test_diagnostics_table_is_the_catalogue() -> None:
    rows = re.findall(r"^\| (MIG\d{3}) \| (\w+) \| (.+?) \|$", README.read_text(), re.MULTILINE)
    assert rows == sorted((r.code, r.severity.value, r.title) for r in CATALOGUE.values())


def test_readme_shows_the_real_diff_of_the_example(monkeypatch: pytest.MonkeyPatch) -> None:
    diff = _cli(monkeypatch, "--diff")
    text = README.read_text()
    start = text.index(f"`migrate run --diff {EXAMPLE}` prints:\n\n```diff\n") + len(
        f"`migrate run --diff {EXAMPLE}` prints:\n\n```diff\n"
    )
    end = text.index("```\n", start)
    if UPDATE:
        README.write_text(text[:start] + diff + text[end:])
        text = README.read_text()
        end = start + len(diff)
    assert text[start:end] == diff


def test_readme_shows_the_real_markdown_report_of_the_example(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _cli(monkeypatch, "--check", "--format", "markdown")
    fence = "`" * (max(len(m) for m in re.findall(r"`{3,}", report)) + 1)
    block = f"{fence}markdown\n{report}{fence}\n"
    begin, end = "<!-- markdown-report:start -->\n", "<!-- markdown-report:end -->"
    text = README.read_text()
    i, j = text.index(begin) + len(begin), text.index(end)
    if UPDATE:
        README.write_text(text[:i] + block + text[j:])
        text = README.read_text()
        j = i + len(block)
    assert text[i:j] == block
