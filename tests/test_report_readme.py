"""The README shows the real markdown report of the bundled example (tests/test_readme.py pins its diff and
the tables). MIGRATE_UPDATE_SNAPSHOTS=1 rewrites the block."""

from __future__ import annotations

import re

import pytest
from report_support import ROOT, UPDATE
from typer.testing import CliRunner

from migrate.cli import app

README = ROOT / "README.md"
EXAMPLE = "examples/java-helloworld"


def _cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("MIGRATE_LINK_BASE", raising=False)
    result = CliRunner().invoke(app, ["run", *args, EXAMPLE])
    assert result.exit_code == 1, result.stderr
    return result.stdout


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
