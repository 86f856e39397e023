"""Text edits by span on the original source: applied back to front, never overlapping, so every byte
outside an edit is copied as it was."""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple


class Edit(NamedTuple):
    """Replace the text between two offsets."""

    start: int
    end: int
    text: str = ""


class OverlappingEditsError(ValueError):
    """Two edits touch the same text: a bug in the planner, never silently resolved."""


def apply_edits(text: str, edits: list[Edit]) -> str:
    ordered = sorted(set(edits))
    for prev, cur in pairwise(ordered):
        if cur.start < prev.end or (cur.start == prev.end and cur.start == cur.end == prev.start):
            raise OverlappingEditsError(f"edits {prev} and {cur} overlap")
    for e in ordered:
        if not 0 <= e.start <= e.end <= len(text):
            raise OverlappingEditsError(f"edit {e} is out of range (0..{len(text)})")
    out: list[str] = []
    pos = 0
    for e in ordered:
        out.append(text[pos : e.start])
        out.append(e.text)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)
