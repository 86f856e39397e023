"""The README as a CommonMark renderer (markdown-it-py, with tables) shows it: every fence a code block, every
table a table, and every relative link (schemas, recipes, the Dockerfile) pointing at a file that exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

markdown_it = pytest.importorskip("markdown_it")
ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _tokens() -> list[object]:
    md = markdown_it.MarkdownIt("commonmark").enable("table")
    return list(md.parse(README))


def test_every_fence_renders_as_a_code_block_and_every_table_as_a_table() -> None:
    tokens = _tokens()
    fences = [t for t in tokens if getattr(t, "type", "") == "fence"]
    # top-level fences: an opening line of 3+ backticks at the start of a line, outside another fence
    opened = 0
    depth: str | None = None
    for line in README.splitlines():
        m = re.match(r"^(`{3,})", line)
        if m is None:
            continue
        if depth is None:
            depth, opened = m.group(1), opened + 1
        elif m.group(1) == depth and line.strip() == depth:
            depth = None
    assert depth is None, "a code fence is never closed"
    assert len(fences) == opened
    tables = sum(1 for t in tokens if getattr(t, "type", "") == "table_open")
    assert tables == len(re.findall(r"^\|(?=.*-)[-:| ]+\|$", README, re.M))


def test_relative_links_point_at_files_of_the_repository() -> None:
    tokens = _tokens()
    targets = []
    for token in tokens:
        for child in getattr(token, "children", None) or ():
            if child.type == "link_open":
                targets.append(str(child.attrs.get("href", "")))
    relative = [t for t in targets if not re.match(r"^[a-z]+:|^#", t)]
    assert relative, "the README links no file of its own"
    missing = [t for t in relative if not (ROOT / t.split("#")[0]).exists()]
    assert missing == []
