"""Regions the shell reader could not read (parse/shell.py, Opaque UNREAD): what one may change, read from
its text, and how a message names it. The tracer runs such a region as a command that may change exactly
that, and refuses only a flow that depends on it (MIG110)."""

from __future__ import annotations

from migrate.lazy_re import Lazy
from migrate.source import SourceFile

# what in a region's text may change any variable or the working directory: code run from elsewhere
_ANY_STATE = Lazy(r"(?<![\w-])(?:eval|source|exec|\.)\s|\(\(|(?<![\w-])let\s")
_ANY_VARIABLE = Lazy(r"(?<![\w-])(?:read|getopts|mapfile|readarray|declare|typeset|local|export|printf\s+-v)\s")
_CHDIR = Lazy(r"(?<![\w-])(?:cd|pushd|popd)(?![\w-])")
_ASSIGNED = Lazy(r"(?<![\w$])([A-Za-z_]\w*)(?:\[[^]]*\])?\+?=|\$\{([A-Za-z_]\w*):?=|(?:for|select)\s+([A-Za-z_]\w*)")
_WORD = Lazy(r"[A-Za-z_][\w-]*")


def region_name(source: SourceFile, start: int, end: int, text: str) -> str:
    """`lines 5-8 (`for opt do`)`: where a region is and how it begins."""
    first, last = source.line_col(start)[0], source.line_col(max(start, end - 1))[0]
    lines = f"line {first}" if first == last else f"lines {first}-{last}"
    head = text.split("\n", 1)[0].strip()
    return f"{lines} (`{head[:40]}{'…' if len(head) > 40 else ''}`)"


def region_effects(text: str, functions: set[str]) -> tuple[set[str] | None, bool]:
    """What a region the reader could not read may change, from its text: the variables it assigns (None:
    any, when it evaluates or sources code, calls a function, or reads into variables) and whether it may
    change the working directory. A shell command changes the shell's own state only through words that
    stand in its text, so this is an upper bound."""
    calls = bool(functions & set(_WORD.findall(text)))
    if calls or _ANY_STATE.search(text):
        return None, True
    names = None if _ANY_VARIABLE.search(text) else {n for m in _ASSIGNED.finditer(text) for n in m.groups() if n}
    return names, _CHDIR.search(text) is not None
