"""Property tests of the renderer: bytes survive decoding, edits by span touch nothing else and refuse overlaps
and out-of-range spans, and the unified diff of any two contents is one `git apply` accepts.

Budget (CI): MIGRATE_FUZZ_EXAMPLES (default 200) examples per property; the `git apply` property runs a
tenth of that. Together well under 10 s here."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from itertools import pairwise
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from migrate.outcome import FileChange
from migrate.plan.orchestrator import tidy_spans
from migrate.render.diff import render_diff
from migrate.render.edits import Edit, OverlappingEditsError, apply_edits
from migrate.source import SourceFile, decode, encode

EXAMPLES = int(os.environ.get("MIGRATE_FUZZ_EXAMPLES", "200"))
fuzz = settings(max_examples=EXAMPLES, deadline=None)

# Text the tool meets: line endings of every kind, a BOM, Latin-1 bytes, separators str.splitlines knows.
_PIECES = ["\n", "\r\n", "\r", "\t", " ", "\ufeff", "\x0c", "\u2028", "\x85", "é", "#", "\\", '"', "'", "RUN", "FROM"]
texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=30).map("".join)
contents = st.one_of(st.binary(max_size=200), texts.map(lambda t: t.encode("utf-8", "surrogatepass")))


@fuzz
@given(st.binary(max_size=500))
@example(b"\xff\xfe\x00")
@example(b"\xef\xbb\xbf\xe9t\xe9\r\n")
def test_decoding_then_encoding_gives_back_every_byte(raw: bytes) -> None:
    assert encode(decode(raw)) == raw
    source = SourceFile(PurePosixPath("f"), raw)
    assert encode(source.text) == raw


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(texts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits: list[Edit] = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if edits and start == edits[-1].end == edits[-1].start == start:
            continue
        edits.append(Edit(start, end, draw(st.text(max_size=4))))
    return text, edits


def reference(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for e in sorted(edits):
        out += [text[pos : e.start], e.text]
        pos = e.end
    return "".join(out) + text[pos:]


@fuzz
@given(text_and_edits())
def test_edits_replace_their_spans_and_copy_every_other_character(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    assert apply_edits(text, edits) == reference(text, edits)
    assert apply_edits(text, []) == text  # untouched text renders as it was


@fuzz
@given(text_and_edits(), st.data())
def test_overlapping_edits_are_refused(case: tuple[str, list[Edit]], data: st.DataObject) -> None:
    text, edits = case
    wide = [e for e in edits if e.end > e.start]
    if not wide:
        return
    victim = data.draw(st.sampled_from(wide))
    inside = data.draw(st.integers(victim.start, victim.end - 1))
    with pytest.raises(OverlappingEditsError):
        apply_edits(text, [*edits, Edit(inside, min(inside + 1, len(text)), "x")])


@fuzz
@given(texts, st.integers(-5, 5), st.integers(0, 5))
def test_out_of_range_edits_are_refused(text: str, before: int, after: int) -> None:
    start = before if before < 0 else len(text) + 1 + after
    with pytest.raises(OverlappingEditsError):
        apply_edits(text, [Edit(start, max(start, len(text) + 1 + after), "x")])


@fuzz
@given(st.data())
def test_statement_removals_widen_in_range_and_never_overlap(data: st.DataObject) -> None:
    text = data.draw(texts)
    spans = []
    for _ in range(data.draw(st.integers(0, 4))):
        start = data.draw(st.integers(0, len(text)))
        spans.append((start, data.draw(st.integers(start, len(text)))))
    edits = tidy_spans(text, spans)
    assert all(0 <= e.start <= e.end <= len(text) for e in edits)
    assert all(a.end < b.start for a, b in pairwise(edits))  # folded: never touching, never overlapping
    assert all(any(e.start <= s and t <= e.end for e in edits) for s, t in spans if s < t)
    apply_edits(text, edits)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@settings(max_examples=max(10, EXAMPLES // 10), deadline=None)
@given(contents, contents)
@example(b"a\x0cb\nc\n", b"a\x0cb\nd\n")  # crasher: a form feed split the line; the patch did not apply
@example(b"a\rb\nc\n", b"a\rb\nd\n")  # crasher: a lone CR
@example("x\u2028y\nc\n".encode(), "x\u2028y\nd\n".encode())  # crasher: U+2028
@example(b"\xe9\n", b"\xe9\nx")
@example(b"", b"\x80\t")  # git warns about whitespace quoting the raw byte
def test_diff_of_any_two_contents_applies_with_git(old: bytes, new: bytes) -> None:
    if old == new:
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        subprocess.run(["git", "init", "-q", str(root)], check=True)
        (root / "f").write_bytes(old)
        patch = root / "p.diff"
        patch.write_bytes(encode(render_diff((FileChange("f", old, new),))))
        proc = subprocess.run(["git", "-C", str(root), "apply", "p.diff"], capture_output=True)
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")  # git quotes the patch's bytes
        assert (root / "f").read_bytes() == new
