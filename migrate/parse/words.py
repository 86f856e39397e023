"""Split one shell word's source text into literal and expansion parts (quote removal done here).

bashlex's `WordNode.word` has lost its quotes, so `'$x'`, `\\$x` and `$x` look alike (FACTS.md A.2): the
parts are rebuilt from the source slice instead, the same way for every parser front end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SPECIAL = "@*#?$!-0123456789"
_OPS = (":-", ":=", ":+", ":?", "-", "=", "+", "?")


class Lit(NamedTuple):
    """A run of a word's literal text, and whether it was quoted."""

    text: str
    quoted: bool


class Param(NamedTuple):
    """`$name`, `${name}` or `${name<op><arg>}` with op one of :- - := = :+ + :? ?; arg is raw source."""

    name: str
    op: str | None
    arg: str | None
    quoted: bool
    start: int  # absolute offsets of the whole expansion
    end: int
    arg_start: int = -1  # absolute offset of arg's source text
    arg_parts: tuple[Part, ...] | None = None  # arg's parts, when the front end read them from its tree


class CmdSub(NamedTuple):
    """`$(...)` or a backquoted command; `inner_*` delimit the command text, `start` is the `$(` or `` ` ``."""

    start: int
    inner_start: int
    inner_end: int
    quoted: bool
    backquote: bool


class Opaque(NamedTuple):
    """An expansion the tracer does not evaluate ($((...)), ${#x}, ${x%pat}, ...)."""

    text: str
    quoted: bool
    name: str | None = None


Part = Lit | Param | CmdSub | Opaque


class WordError(ValueError):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def _match_close(src: str, i: int, open_ch: str, close_ch: str) -> int:
    """Index just past the `close_ch` balancing the `open_ch` before `i`, skipping quoted text."""
    depth = 1
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "'":
            j = src.find("'", i + 1)
            if j == -1:
                break
            i = j + 1
            continue
        if c == '"':
            i = _skip_dquote(src, i + 1)
            continue
        if c == open_ch:
            depth += 1
        elif c == close_ch:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise WordError(f"unterminated {open_ch}", i)


def _skip_dquote(src: str, i: int) -> int:
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':
            return i + 1
        if c == "$" and src.startswith("$(", i):
            i = _match_close(src, i + 2, "(", ")")
            continue
        if c == "`":
            j = src.find("`", i + 1)
            i = n if j == -1 else j + 1
            continue
        i += 1
    raise WordError("unterminated double quote", i)


def _braced(body: str, quoted: bool, start: int, end: int, body_start: int) -> Part:
    m = _NAME.match(body)
    if m is None and body[:1] and body[0] in _SPECIAL:
        name_end = 1
    elif m is not None:
        name_end = m.end()
    else:
        return Opaque("${" + body + "}", quoted)
    name, rest = body[:name_end], body[name_end:]
    if not rest:
        return Param(name, None, None, quoted, start, end)
    if name == "BASH_SOURCE" and rest == "[0]":  # the running script's path, like $0
        return Param(name, None, None, quoted, start, end)
    for op in _OPS:
        if rest.startswith(op):
            return Param(name, op, rest[len(op) :], quoted, start, end, body_start + name_end + len(op))
    return Opaque("${" + body + "}", quoted, name)


def _dollar(src: str, i: int, quoted: bool, base: int) -> tuple[Part | None, int]:
    """Parse the expansion at src[i] == '$'; returns the part and the index after it."""
    try:
        return _dollar_at(src, i, quoted, base)
    except WordError as err:  # point at the `$` that opens what is never closed, in file offsets
        raise WordError(str(err), base + i) from None


def _dollar_at(src: str, i: int, quoted: bool, base: int) -> tuple[Part | None, int]:
    nxt = src[i + 1 : i + 2]
    if src.startswith("$((", i):
        j = _match_close(src, i + 2, "(", ")")
        return Opaque(src[i:j], quoted), j
    if nxt == "(":
        j = _match_close(src, i + 2, "(", ")")
        return CmdSub(base + i, base + i + 2, base + j - 1, quoted, False), j
    if nxt == "{":
        j = _match_close(src, i + 2, "{", "}")
        return _braced(src[i + 2 : j - 1], quoted, base + i, base + j, base + i + 2), j
    if nxt == "[":
        j = _match_close(src, i + 2, "[", "]")
        return Opaque(src[i:j], quoted), j
    m = _NAME.match(src, i + 1)
    if m:
        return Param(m.group(), None, None, quoted, base + i, base + m.end()), m.end()
    if nxt and nxt in _SPECIAL:
        return Param(nxt, None, None, quoted, base + i, base + i + 2), i + 2
    return None, i + 1  # a lone `$` is literal


_ANSI = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "a": "\a", "e": "\x1b", "0": "\0"}


def ansi_c(body: str) -> str:
    """The value of `$'body'` (bash(1), QUOTING)."""
    out: list[str] = []
    i, n = 0, len(body)
    while i < n:
        if body[i] == "\\" and i + 1 < n:
            out.append(_ANSI.get(body[i + 1], "\\" + body[i + 1]))
            i += 2
            continue
        out.append(body[i])
        i += 1
    return "".join(out)


def _make_reference(src: str, i: int, base: int) -> tuple[Part, int]:
    """A make reference at src[i] == '$' in a recipe: `$(NAME)`/`${NAME}` is a make variable (a Param the
    tracer looks up like a shell variable), `$(shell pwd)`, `$(CURDIR)` likewise; other make functions are
    opaque."""
    close = ")" if src[i + 1] == "(" else "}"
    j = _match_close(src, i + 2, src[i + 1], close)
    body = src[i + 2 : j - 1].strip()
    if body == "shell pwd":
        body = "CURDIR"
    m = _NAME.fullmatch(body)
    if m:
        return Param(body, None, None, False, base + i, base + j), j
    return Opaque(src[i:j], False), j


# make's automatic variables the tracer knows: the target, the first prerequisite, all of them (deduplicated,
# and as written)
AUTOMATIC = "@<^+"


def automatic(char: str) -> str:
    """The variable name an automatic variable (`$@`) is known by: no shell variable can have it."""
    return "MAKE" + char


def split_word(src: str, base: int = 0, make: bool = False) -> tuple[Part, ...]:
    """Parts of the word whose source text is `src`, starting at absolute offset `base`. With `make`, the
    text is a Makefile recipe word: make's `$(VAR)` comes first, and `$$` is the shell's `$`."""
    parts: list[Part] = []
    buf: list[str] = []
    buf_quoted = False

    def lit(text: str, quoted: bool) -> None:
        nonlocal buf_quoted
        if buf and buf_quoted != quoted:
            flush()
        buf.append(text)
        buf_quoted = quoted

    def flush() -> None:
        if buf:
            parts.append(Lit("".join(buf), buf_quoted))
            buf.clear()

    i, n = 0, len(src)
    dq = False
    dq_start = 0
    while i < n:
        c = src[i]
        if c == "\\":
            esc = src[i + 1 : i + 2]
            if esc == "\n":
                i += 2
                continue
            if dq and esc not in ("$", "`", '"', "\\"):
                lit("\\", True)
                i += 1
                continue
            lit(esc, True)
            i += 2
            continue
        if c == "'" and not dq:
            j = src.find("'", i + 1)
            if j == -1:
                raise WordError("unterminated single quote", base + i)
            lit(src[i + 1 : j], True)
            i = j + 1
            continue
        if c == '"':
            if not dq:
                lit("", True)  # "" is an empty but present argument
                dq_start = i
            dq = not dq
            i += 1
            continue
        if make and c == "$":
            nxt = src[i + 1 : i + 2]
            if nxt in ("(", "{"):
                flush()
                try:
                    reference, i = _make_reference(src, i, base)
                except WordError as err:
                    raise WordError(str(err), base + i) from None
                parts.append(reference)
                continue
            if nxt == "$":
                i += 1  # `$$` is the shell's `$`: parse the expansion that follows as the shell would
            elif nxt and nxt in AUTOMATIC:
                flush()  # make's automatic variable: set for each recipe line (parse/makefile.py)
                parts.append(Param(automatic(nxt), None, None, dq, base + i, base + i + 2))
                i += 2
                continue
            elif nxt and (nxt.isalnum() or nxt in "*?%|"):
                flush()  # `$X`: a one-letter make variable, or an automatic variable not followed
                parts.append(Opaque(src[i : i + 2], dq))
                i += 2
                continue
        if c == "$" and not dq and src.startswith("$'", i):
            j = i + 2
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            lit(ansi_c(src[i + 2 : j]), True)
            i = j + 1
            continue
        if c == "$":
            part, j = _dollar(src, i, dq, base)
            if part is None:
                lit("$", dq)
            else:
                flush()
                parts.append(part)
            i = j
            continue
        if c == "`":
            j = i + 1
            while j < n and src[j] != "`":
                j += 2 if src[j] == "\\" else 1
            if j >= n:
                raise WordError("unterminated backquote", base + i)
            flush()
            parts.append(CmdSub(base + i, base + i + 1, base + j, dq, True))
            i = j + 1
            continue
        lit(c, dq)
        i += 1
    if dq:
        raise WordError("unterminated double quote", base + dq_start)
    flush()
    return tuple(p for p in parts if not (isinstance(p, Lit) and p.text == "" and not p.quoted))
