"""What a removal leaves behind in an orchestrator: a comment block or an announcing echo directly above
removed steps (and nothing kept), a comment at the end of a removed line, and a run of blank lines the
removal made. Each line that goes for one of these reasons is a `Tidied` with the name of its rule, so the
report says why it went. Language-neutral: the script's `Language` says what a comment and an announcing
line look like."""

from __future__ import annotations

import difflib
from typing import NamedTuple

from migrate.frontends import Language
from migrate.parse.shell_model import Script
from migrate.render.edits import Edit

# rule name -> what it removes (README, "Tidying")
RULES = {
    "orphan-comment": "a comment block directly above removed steps that describes nothing kept",
    "trailing-comment": "a comment at the end of a removed line",
    "announcing-echo": "an echo/printf/print directly above removed steps that only announced them",
    "blank-run": "a run of blank lines a removal left, collapsed to the longest run there was",
    "unused-variable": "an assignment only removed steps used",
    "empty-target": "a make target whose recipe the migration emptied, with its mentions",
    "unused-make-variable": "a make variable only removed recipe lines used",
    "uncalled-function": "a Python function only removed steps called",
    "unused-import": "a Python import only removed steps used",
    "builder-config": "CMD, ENTRYPOINT, EXPOSE or HEALTHCHECK of a builder stage that only feeds COPY --from",
    "builder-volume": "VOLUME of a builder stage that only feeds COPY --from",
}


class Tidied(NamedTuple):
    """One line removed by a tidying rule (line: 1-based, in the file before the migration)."""

    rule: str
    line: int


def back_to(before: str, after: str, hits: list[tuple[str, int]]) -> list[Tidied]:
    """Rule hits numbered by lines of `after` (a text made from `before` by edits), numbered by `before`'s."""
    a, b = before.splitlines(), after.splitlines()
    where: dict[int, int] = {}
    for i, j, size in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(size):
            where[j + k + 1] = i + k + 1
    return [Tidied(rule, where[line]) for rule, line in hits if line in where]


def summary_lines(path: str, tidied: list[Tidied]) -> list[str]:
    """`path: also removed lines 6, 13 (announcing-echo)`, one line per rule, in RULES order."""
    out = []
    for rule in RULES:
        lines = sorted({t.line for t in tidied if t.rule == rule})
        if lines:
            word = "line" if len(lines) == 1 else "lines"
            out.append(f"{path}: also removed {word} {', '.join(map(str, lines))} ({rule})")
    return out


class _Lines:
    """The file's lines with their offsets, and which of them the edits remove."""

    def __init__(self, text: str, edits: list[Edit], opaque: list[tuple[int, int]]) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []  # past the newline
        at = 0
        for line in text.splitlines(keepends=True):
            self.starts.append(at)
            at += len(line)
            self.ends.append(at)
        self.deletions = sorted(e for e in edits if e.text == "" and e.start < e.end)
        touched = {i for e in edits if e.text for i in range(len(self.starts)) if self._overlaps(i, e, True)}
        self.gone = [self._covered(i) and i not in touched for i in range(len(self.starts))]
        self.opaque = [any(s < self.starts[i] < e for s, e in opaque) for i in range(len(self.starts))]

    def __len__(self) -> int:
        return len(self.starts)

    def line(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def _overlaps(self, i: int, e: Edit, inclusive: bool = False) -> bool:
        s, end = self.starts[i], self.ends[i]
        return (e.start < end and s < e.end) or (inclusive and s <= e.start < end)

    def _covered(self, i: int) -> bool:
        at = self.starts[i]
        for e in self.deletions:
            if e.start <= at < e.end:
                at = e.end
        return at >= self.ends[i]

    def kept_chars(self, i: int) -> list[int]:
        """The offsets of line i's characters the edits keep."""
        s, end = self.starts[i], self.ends[i]
        keep = [True] * (end - s)
        for e in self.deletions:
            for k in range(max(e.start, s), min(e.end, end)):
                keep[k - s] = False
        return [s + k for k in range(end - s) if keep[k]]

    def blank(self, i: int) -> bool:
        return self.line(i).strip() == ""


def _indent(line: str) -> int:
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())


def tidy(text: str, edits: list[Edit], language: Language, script: Script | None) -> tuple[list[Edit], list[Tidied]]:
    """Deletions of whole lines that go with the removed steps (not overlapping `edits`), and why each goes."""
    opaque = language.opaque_spans(script) if script is not None else []
    lines = _Lines(text, edits, opaque)
    n = len(lines)
    tidied: list[Tidied] = []
    extra: set[int] = set()
    for i in range(n):  # a removed step's trailing comment
        if lines.gone[i] or lines.opaque[i]:
            continue
        kept = lines.kept_chars(i)
        if len(kept) == lines.ends[i] - lines.starts[i]:
            continue  # nothing of it removed
        lead = [k for k in kept if text[k] not in " \t" + language.line_prefixes]
        at = lead[0] if lead else None
        if at is not None and text[at] == "#" and at > lines.starts[i] and text[at - 1] in " \t":
            extra.add(i)
            tidied.append(Tidied("trailing-comment", i + 1))
    gone = [lines.gone[i] or i in extra for i in range(n)]

    def comment(i: int) -> bool:
        return not lines.opaque[i] and language.comment_line(lines.line(i), i)

    def candidate(i: int) -> str | None:
        if gone[i] or lines.opaque[i]:
            return None
        if comment(i):
            return "orphan-comment"
        if language.announces(lines.line(i)):
            return "announcing-echo"
        return None

    for i in range(n - 1, -1, -1):  # bottom up: a lower block is decided before the one above it
        rule = candidate(i)
        if rule is None:
            continue
        base = _indent(lines.line(i))
        seen = False
        j = i + 1
        while j < n:
            if lines.blank(j):
                if rule == "announcing-echo" and not seen:  # an echo announces the paragraph after it
                    j += 1
                    continue
                break  # a blank line parts a comment from what follows, removed or not
            if gone[j]:
                seen = True
            elif _indent(lines.line(j)) < base or comment(j):
                break
            elif rule == "announcing-echo" and candidate(j) == rule:
                break  # the next announcement
            else:
                seen = False  # a kept step below: the line describes it too
                break
            j += 1
        if seen:
            gone[i] = True
            extra.add(i)
            tidied.append(Tidied(rule, i + 1))
    i = 0
    while i < n:  # blank-line runs the removals joined
        if not (gone[i] or lines.blank(i)) or lines.opaque[i]:
            i += 1
            continue
        j = i
        while j < n and (gone[j] or lines.blank(j)) and not lines.opaque[j]:
            j += 1
        run = range(i, j)
        if any(gone[k] for k in run):
            segments, current = [], 0
            for k in run:  # the longest run of blank lines the file had there
                if lines.blank(k):
                    current += 1
                else:
                    segments.append(current)
                    current = 0
            segments.append(current)
            opens = i > 0 and j < n and _indent(lines.line(i - 1)) < _indent(lines.line(j))  # a block's start
            allowed = 0 if i == 0 or j == n or opens else max(segments)
            kept = [k for k in run if not gone[k]]
            for k in kept[allowed:]:
                gone[k] = True
                extra.add(k)
                tidied.append(Tidied("blank-run", k + 1))
        i = j
    out = [Edit(lines.starts[k], lines.ends[k]) for k in sorted(extra)]
    return _without_overlap(out, edits), sorted(tidied, key=lambda t: t.line)


def _without_overlap(extra: list[Edit], edits: list[Edit]) -> list[Edit]:
    """The extra deletions with the parts the edits already remove taken out (edits never overlap)."""
    out: list[Edit] = []
    for e in extra:
        pieces = [(e.start, e.end)]
        for d in edits:
            if d.text or d.start == d.end:
                continue
            nxt = []
            for s, t in pieces:
                if d.end <= s or t <= d.start:
                    nxt.append((s, t))
                    continue
                if s < d.start:
                    nxt.append((s, d.start))
                if d.end < t:
                    nxt.append((d.end, t))
            pieces = nxt
        out.extend(Edit(s, t) for s, t in pieces if s < t)
    return out
