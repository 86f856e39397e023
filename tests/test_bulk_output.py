"""What `migrate bulk` shows people: a progress line that fits the terminal, a blocker ranking that says how
many codes it leaves out."""

from __future__ import annotations

import io
import os

import pytest

from migrate.bulk.progress import Progress
from migrate.bulk.summary import TOP, Summary, Tally, render
from migrate.bulk.task import Mode


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("columns", [80, 60, 40, 200])
def test_progress_bar_fits_the_terminal_width(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setattr("shutil.get_terminal_size", lambda fallback=(80, 24): os.terminal_size((columns, 24)))
    tally = Tally()
    for outcome in ["migrated"] * 1234 + ["blocked"] * 567 + ["unchanged"] * 8901 + ["failed"] * 23:
        tally.add(outcome, ())
    line = Progress(_Terminal(), total=123456, tally=tally).line()
    assert len(line) < columns
    if columns >= 80:
        assert "[" in line and "ETA" in line


def _summary(codes: int) -> Summary:
    tally = Tally()
    for i in range(codes):
        tally.add("blocked", ((f"MIG{300 + i}", f"title {i}"),))
    return Summary(codes, tally, Mode.CHECK, 1.0, 1)


def test_blocker_ranking_says_how_many_codes_it_leaves_out() -> None:
    summary = _summary(20)
    assert len(summary.top_blockers()) == TOP == 10
    assert "the top 10 of 20 codes" in render(summary, "text")
    assert "The top 10 of 20 codes." in render(summary, "markdown")
    import json

    assert json.loads(render(summary, "json"))["blocker_codes"] == 20
    assert "all 3 codes" in render(_summary(3), "text")
