"""The end of a bulk run: counts by outcome, the diagnostics that block most repositories, the exit code."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from migrate.bulk.task import Mode
from migrate.exitcodes import Exit

OUTCOMES = ("migrated", "unchanged", "blocked", "failed")
TOP = 10  # blocking diagnostics listed in the summary


@dataclass
class Tally:
    """Running counts: O(outcomes + codes) memory, however many repositories go by."""

    counts: Counter[str] = field(default_factory=Counter)
    blockers: Counter[str] = field(default_factory=Counter)  # code -> repositories it blocks
    titles: dict[str, str] = field(default_factory=dict)
    recorded: int = 0  # taken from the results file of an earlier run, not redone

    def add(self, outcome: str, blockers: tuple[tuple[str, str], ...], *, recorded: bool = False) -> None:
        self.counts[outcome] += 1
        if recorded:
            self.recorded += 1
        for code, title in blockers:
            self.blockers[code] += 1
            self.titles.setdefault(code, title)

    @property
    def done(self) -> int:
        return sum(self.counts.values())


def exit_code(tally: Tally, mode: Mode, *, interrupted: bool = False, output_error: bool = False) -> Exit:
    """Precedence: interrupted (130) > stdout refused (8) > any failed (123) > any blocked (3) > pending in
    --check/--diff (1) > 0."""
    if interrupted:
        return Exit.INTERRUPTED
    if output_error:
        return Exit.OUTPUT
    if tally.counts["failed"]:
        return Exit.INTERNAL
    if tally.counts["blocked"]:
        return Exit.BLOCKED
    if mode is not Mode.WRITE and tally.counts["migrated"]:
        return Exit.PENDING
    return Exit.OK


@dataclass(frozen=True)
class Summary:
    """The end of a bulk run: outcomes counted, blocking diagnostics ranked, and the exit code they give."""

    selected: int  # repositories of this run (after --shard)
    tally: Tally
    mode: Mode
    seconds: float
    jobs: int
    interrupted: bool = False
    output_error: str | None = None  # standard output refused the diffs or the summary (a closed pipe, a full disk)

    @property
    def exit_code(self) -> Exit:
        return exit_code(self.tally, self.mode, interrupted=self.interrupted, output_error=bool(self.output_error))

    @property
    def processed(self) -> int:
        return self.tally.done - self.tally.recorded

    def top_blockers(self) -> list[tuple[str, str, int]]:
        ranked = sorted(self.tally.blockers.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
        return [(code, self.tally.titles.get(code, ""), n) for code, n in ranked]

    def as_dict(self) -> dict[str, Any]:
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        return {
            "mode": self.mode.value,
            "repositories": self.selected,
            "done": self.tally.done,
            "not_done": self.selected - self.tally.done,
            "recorded_earlier": self.tally.recorded,
            "outcomes": {o: self.tally.counts[o] for o in OUTCOMES},
            "top_blockers": [{"code": c, "title": t, "repositories": n} for c, t, n in self.top_blockers()],
            "blocker_codes": len(self.tally.blockers),  # top_blockers lists at most TOP of them
            "seconds": round(self.seconds, 3),
            "repos_per_second": round(rate, 1),
            "jobs": self.jobs,
            "interrupted": self.interrupted,
            "exit_code": int(self.exit_code),
        }


def _head(s: Summary) -> str:
    rate = s.processed / s.seconds if s.seconds > 0 else 0.0
    state = "interrupted" if s.interrupted else "done"
    line = f"{state}: {s.tally.done} of {s.selected} repositories"
    line += f" ({s.processed} in {s.seconds:.1f}s, {rate:.0f}/s, {s.jobs} jobs"
    if s.tally.recorded:
        line += f"; {s.tally.recorded} recorded earlier"
    return line + ")"


def _shown(s: Summary, top: list[tuple[str, str, int]]) -> str:
    total = len(s.tally.blockers)
    return f"all {total} codes" if len(top) == total else f"the top {len(top)} of {total} codes"


def render_text(s: Summary) -> str:
    lines = [_head(s)]
    lines += [f"  {o:<10} {s.tally.counts[o]:>7}" for o in OUTCOMES]
    top = s.top_blockers()
    if top:
        lines.append(f"most frequent blockers ({_shown(s, top)}; repositories blocked):")
        lines += [f"  {code}  {n:>7}  {title}" for code, title, n in top]
    if s.interrupted:
        lines.append("re-run the same command with the same --results file to go on where this one stopped")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(s: Summary) -> str:
    lines = ["## migrate bulk", "", _head(s), "", "| outcome | repositories |", "|---|---:|"]
    lines += [f"| {o} | {s.tally.counts[o]} |" for o in OUTCOMES]
    top = s.top_blockers()
    if top:
        lines += ["", "### Most frequent blockers", "", f"{_shown(s, top).capitalize()}.", ""]
        lines += ["| code | what | repositories blocked |", "|---|---|---:|"]
        lines += [f"| {code} | {_cell(title)} | {n} |" for code, title, n in top]
    return "\n".join(lines) + "\n"


def render(s: Summary, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(s.as_dict(), indent=2) + "\n"
    if fmt == "markdown":
        return render_markdown(s)
    return render_text(s)
