"""`migrate bulk --merge-results`: the results files of several shards (a CI matrix, an indexed Job) read as
one run, for one summary and, with --results, one results file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from migrate.bulk.ledger import _blockers, line_mode
from migrate.bulk.select import SelectionError, normalise
from migrate.bulk.summary import Summary, Tally
from migrate.bulk.task import Mode


def _lines(path: str) -> list[tuple[str, dict[str, Any]]]:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="surrogateescape")
    except OSError as exc:
        raise SelectionError(f"--merge-results {path}: cannot be read: {exc.strerror or exc}") from None
    out = []
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:  # a line cut short by a kill: that repository was not finished in this shard
            continue
        if isinstance(record, dict) and isinstance(record.get("repo"), str) and isinstance(record.get("outcome"), str):
            out.append((line, record))
    return out


def merge_results(files: Sequence[str], out: IO[str] | None = None) -> Summary:
    """One summary over every repository the files record (a later line for a repository wins, across files
    in the order given; paths are compared normalised). `out` gets the merged lines, one per repository.
    Refuses (a usage error) files written in different modes: a check and a write say different things."""
    last: dict[str, tuple[str, dict[str, Any]]] = {}
    for path in files:
        for line, record in _lines(path):
            last[normalise(record["repo"])] = (line, record)
    modes = {line_mode(record) for _, record in last.values()}
    if len(modes) > 1:
        raise SelectionError(f"--merge-results: the files mix modes ({', '.join(sorted(modes))}); merge one mode")
    mode = Mode(modes.pop()) if modes else Mode.CHECK
    tally = Tally()
    seconds = 0.0
    for line, record in last.values():
        tally.add(record["outcome"], _blockers(record))
        if isinstance(record.get("seconds"), int | float):
            seconds += float(record["seconds"])
        if out is not None:
            out.write(line + "\n")
    return Summary(len(last), tally, mode, seconds, 0)
