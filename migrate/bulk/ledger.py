"""The results file: one JSON line per repository, appended and flushed as each finishes; read back to resume."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any


@dataclass(frozen=True)
class Recorded:
    """What the summary needs from a line an earlier run wrote."""

    outcome: str
    blockers: tuple[tuple[str, str], ...] = ()  # (code, title)
    mode: str = "write"  # write, check or diff: what the run that wrote the line did
    lineno: int = 0  # the line of the file that holds it (the last for its repository wins)


def line_mode(record: dict[str, Any]) -> str:
    """The mode a line was written in. Lines from before the field existed: `write` when they say the
    migration was written or nothing was to be done, else `check` (they only looked)."""
    mode = record.get("mode")
    if mode in ("write", "check", "diff"):
        return str(mode)
    if record.get("written") or record.get("outcome") == "unchanged":
        return "write"
    return "check"


def covers(recorded_mode: str, mode: str) -> bool:
    """Whether a line written in `recorded_mode` stands for a run in `mode`: a write run redoes what a check
    or diff run only looked at; a diff run redoes a line without a diff to print again; a check run takes
    what a check or diff run saw, and looks again after a write."""
    if mode == "check":
        return recorded_mode in ("check", "diff")
    return recorded_mode == mode


def _blockers(record: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    if record.get("outcome") != "blocked":
        return ()
    codes: dict[str, str] = {}
    for d in record.get("diagnostics") or ():
        if isinstance(d, dict) and d.get("severity") == "error" and isinstance(d.get("code"), str):
            codes.setdefault(d["code"], str(d.get("title") or ""))
    return tuple(codes.items())


def load(path: Path) -> dict[str, Recorded]:
    """Every repository the file records, by its path as written; a later line for a repository wins.
    Lines that are not a JSON object with `repo` and `outcome` (a line cut short by a crash) are skipped."""
    recorded: dict[str, Recorded] = {}
    try:
        fh = path.open(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return recorded
    with fh:
        for lineno, line in enumerate(fh):
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if not isinstance(record, dict):
                continue
            repo, outcome = record.get("repo"), record.get("outcome")
            if isinstance(repo, str) and isinstance(outcome, str):
                recorded[repo] = Recorded(outcome, _blockers(record), line_mode(record), lineno)
    return recorded


def recorded_diffs(path: Path, wanted: dict[int, str]) -> Iterator[tuple[str, str]]:
    """(repo, diff) of the lines numbered in `wanted` (line number -> repository) that hold a diff: what a
    resumed `--diff` run prints again for the repositories it does not redo. Read line by line."""
    with path.open(encoding="utf-8", errors="surrogateescape") as fh:
        for lineno, line in enumerate(fh):
            repo = wanted.get(lineno)
            if repo is None:
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue
            diff = record.get("diff") if isinstance(record, dict) else None
            if isinstance(diff, str) and diff:
                yield repo, diff


class Ledger:
    """Appends result lines to the results file, each flushed to the OS as soon as it is written, so an
    interrupted or crashed run keeps every repository it finished (a kill can at worst cut the last line,
    which the next run ignores and redoes)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def __enter__(self) -> Ledger:
        if self.path is None:
            return self
        needs_newline = False
        if self.path.exists() and self.path.stat().st_size:
            with self.path.open("rb") as fh:
                fh.seek(-1, 2)
                needs_newline = fh.read(1) != b"\n"
        self._fh = self.path.open("a", encoding="utf-8", newline="\n")
        if needs_newline:  # an earlier run was cut mid-line: keep that fragment on its own line
            self._fh.write("\n")
        return self

    def write(self, line: str) -> None:
        if self._fh is not None:
            self._fh.write(line + "\n")
            self._fh.flush()

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
