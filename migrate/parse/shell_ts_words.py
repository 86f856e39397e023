"""A shell word's parts (literals with their quoting, expansions, command substitutions) read from its
tree-sitter-bash node: the tree has split the word, so nothing here lexes it again. What the tree leaves to
the reader is quote removal of backslashes, done by `unescape` (bash(1), QUOTING)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from migrate.parse.words import CmdSub, Lit, Opaque, Param, Part, ansi_c

# ${name<op>word}: the operators whose word the tracer evaluates (the others stay opaque)
_VALUE_OPS = frozenset((":-", "-", ":=", "=", ":+", "+", ":?", "?"))
# nodes whose text is a literal wherever they stand in a word
_LITERALS = frozenset(
    ("word", "number", "variable_name", "test_operator", "regex", "extglob_pattern", "special_variable_name")
)
_EXPANSIONS = frozenset(
    ("simple_expansion", "expansion", "command_substitution", "arithmetic_expansion", "process_substitution")
)
# inside double quotes a backslash only escapes these (a backslash-newline is removed)
_DQ_ESCAPES = frozenset('$`"\\\n')
# expansions tree-sitter-bash may leave inside a word's literal text (group 1: a parameter's name)
_DOLLAR = re.compile(r"\$(?:([A-Za-z_][A-Za-z0-9_]*|[0-9$!?#@*-])|[{(])|`")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9$!?#@*-]")


def before_continuation(text: str, start: int, end: int) -> int:
    """`end` moved back over backslash-newlines (line continuations) that close the node."""
    while True:
        for tail in ("\\\n", "\\\r\n"):
            at = end - len(tail)
            if at >= start and text.startswith(tail, at) and not _escaped(text, at):
                end = at
                break
        else:
            return end


class _Misread(Exception):
    """The tree's split of a word contradicts the shell's."""


def _escaped(text: str, i: int) -> bool:
    """Whether the character at `i` follows an odd number of backslashes."""
    n = 0
    while i - n - 1 >= 0 and text[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def unescape(text: str, quoted: bool) -> list[tuple[str, bool]]:
    """Quote removal of backslashes in literal text: `(text, quoted)` runs. Unquoted, a backslash quotes the
    next character (the character is then a quoted literal: no globbing, no splitting); in double quotes
    only `$`, backquote, `"`, backslash and newline are escaped. A backslash-newline disappears."""
    if "\\" not in text:
        return [(text, quoted)] if text else []
    out: list[tuple[str, bool]] = []
    i, n, start = 0, len(text), 0
    while i < n:
        if text[i] != "\\" or i + 1 >= n:
            i += 1
            continue
        nxt = text[i + 1]
        if quoted and nxt not in _DQ_ESCAPES:
            i += 2
            continue
        out.append((text[start:i], quoted))
        if nxt != "\n":
            out.append((nxt, True))
        i += 2
        start = i
    out.append((text[start:], quoted))
    return [run for run in out if run[0]]


class WordReader:
    """Reads word nodes of one tree. `span` turns a node into `str` offsets of `text`; `on_cmdsub` is told of
    every command substitution met (the statement reader parses its body)."""

    def __init__(self, text: str, span: Callable[[Any], tuple[int, int]], on_cmdsub: Callable[[Any], None]) -> None:
        self.text = text
        self.span = span
        self.on_cmdsub = on_cmdsub

    def parts(self, nodes: list[Any]) -> tuple[Part, ...]:
        """The parts of one word made of `nodes` (one node, or adjacent ones with no blank between)."""
        out = _Parts()
        try:
            for i, n in enumerate(nodes):
                if i and self._split_expansion(nodes[i - 1], n):
                    raise _Misread
                self._node(n, False, out)
        except _Misread:  # the tree is wrong about this word: its value is not known, nothing is guessed
            s, e = self.span(nodes[0])[0], self.span(nodes[-1])[1]
            return (Opaque(self.text[s:e], False),)
        return out.finish()

    def _split_expansion(self, before: Any, after: Any) -> bool:
        """tree-sitter-bash may end one node with the `$` of an expansion the next node holds the rest of
        (`$a/$b` read as `$a/$` and `b`)."""
        left = self.text[slice(*self.span(before))]
        right = self.text[slice(*self.span(after))]
        return left.endswith("$") and not _escaped(left, len(left) - 1) and _DOLLAR.match("$" + right) is not None

    def start(self, n: Any) -> int:
        """Where `n` starts: inside double quotes tree-sitter-bash may begin an expansion, and its `$` token,
        at the blanks before the `$` (`"$a $b"`), so an expansion starts where its first token's text does."""
        s = self.span(n)[0]
        if n.type in _EXPANSIONS and n.children:
            first_start, first_end = self.span(n.children[0])
            token = self.text[first_start:first_end]
            return first_end - len(token.lstrip())
        return s

    def _node(self, n: Any, quoted: bool, out: _Parts) -> None:
        t = n.type
        s, e = self.start(n), self.span(n)[1]
        if t in _LITERALS or not n.is_named:
            self._literal(self.text[s:e], s, quoted, out)
        elif t == "raw_string":
            out.lit(self.text[s + 1 : e - 1], True)
        elif t == "ansi_c_string":
            out.lit(ansi_c(self.text[s + 2 : e - 1]), True)
        elif t in ("string", "translated_string"):
            out.lit("", True)  # "" is an empty but present argument
            self._inside(n, s + (2 if t == "translated_string" else 1), e - 1, True, out)
        elif t == "command_name":
            self._inside(n, s, e, quoted, out)
        elif t == "concatenation":
            if not quoted and _brace_expansion(self.text[s:e], [self.text[slice(*self.span(c))] for c in n.children]):
                out.part(Opaque(self.text[s:e], False))  # brace expansion: any number of words
            else:
                self._inside(n, s, e, quoted, out)
        elif t == "simple_expansion":
            e = before_continuation(self.text, s, e)  # tree-sitter-bash may end `$TAG\⏎` past the `\`
            name = self.text[s + 1 : e]
            if name[:1].isdigit():  # `$1_NAME` is `$1` then `_NAME`
                out.part(Param(name[0], None, None, quoted, s, s + 2))
                self._literal(name[1:], s + 2, quoted, out)
            elif _NAME.fullmatch(name):
                out.part(Param(name, None, None, quoted, s, e))
            else:
                raise _Misread
        elif t == "expansion":
            out.part(self._expansion(n, s, e, quoted))
        elif t == "command_substitution":
            backquote = self.text[s] == "`"
            inner_start = s + (1 if backquote else 2)
            self.on_cmdsub(n)
            out.part(CmdSub(s, inner_start, e - 1, quoted, backquote))
        else:  # arithmetic, process substitution, brace expressions, anything the tracer does not evaluate
            out.part(Opaque(self.text[s:e], quoted))

    def _inside(self, n: Any, start: int, end: int, quoted: bool, out: _Parts) -> None:
        """The parts of `n` between `start` and `end`: its expansion children, and the text around them as
        literal text (string contents, lone `$`, delimiters the tree keeps as anonymous tokens)."""
        at = start
        for c in n.children:
            cs, ce = self.start(c), self.span(c)[1]
            if cs < start or ce > end:
                continue
            if c.type in _EXPANSIONS or (c.is_named and c.type not in ("string_content",)):
                if cs > at:
                    self._literal(self.text[at:cs], at, quoted, out)
                self._node(c, quoted, out)
                at = ce
        if end > at:
            self._literal(self.text[at:end], at, quoted, out)

    def _literal(self, text: str, start: int, quoted: bool, out: _Parts) -> None:
        """Literal text, where tree-sitter-bash may leave `$$`, `$!` … and, after another expansion in an
        unquoted word, `$name` unexpanded (`$a/$b`). A `${`, `$(` or backquote left there means the tree
        split the word wrongly."""
        at = 0
        for m in _DOLLAR.finditer(text):
            if _escaped(text, m.start()):
                continue
            if m.group(1) is None:
                raise _Misread
            out.lits(unescape(text[at : m.start()], quoted))
            out.part(Param(m.group(1), None, None, quoted, start + m.start(), start + m.end()))
            at = m.end()
        out.lits(unescape(text[at:], quoted))

    def _expansion(self, n: Any, s: int, e: int, quoted: bool) -> Part:
        """`${…}`: a plain or defaulted parameter (Param), anything else opaque with its name."""
        kids = [c for c in n.children if c.type not in ("${", "}")]
        if not kids:
            return Opaque(self.text[s:e], quoted)
        head = kids[0]
        if head.type in ("variable_name", "special_variable_name"):
            name = self.text[slice(*self.span(head))]
        elif head.type == "subscript" and self.text[s + 2 : e - 1] == "BASH_SOURCE[0]":
            return Param("BASH_SOURCE", None, None, quoted, s, e)  # the running script's path, like $0
        elif head.type == "subscript":  # ${a[i]}
            array = head.child_by_field_name("name")
            return Opaque(self.text[s:e], quoted, self.text[slice(*self.span(array))] if array else None)
        else:  # ${#x}, ${!x}
            return Opaque(self.text[s:e], quoted)
        if len(kids) == 1:
            return Param(name, None, None, quoted, s, e)
        op_node = kids[1]
        op = self.text[slice(*self.span(op_node))]
        if op_node.is_named or op not in _VALUE_OPS:
            return Opaque(self.text[s:e], quoted, name)
        arg_start = self.span(op_node)[1]
        arg = _Parts()
        self._inside(n, arg_start, e - 1, quoted, arg)
        return Param(name, op, self.text[arg_start : e - 1], quoted, s, e, arg_start, arg.finish())


def _brace_expansion(text: str, pieces: list[str]) -> bool:
    """An unquoted `{a,b}` or `{1..3}` (tree-sitter leaves it a concatenation of `{`, text and `}`): bash makes
    any number of words of it. `{}` (find's placeholder) is a literal."""
    return "{" in pieces and "}" in pieces and ("," in text or ".." in text)


class _Parts:
    """Collects parts, joining neighbouring literal text of the same quoting (as bash's words hold it)."""

    def __init__(self) -> None:
        self.out: list[Part] = []
        self.buf: list[str] = []
        self.buf_quoted = False

    def lit(self, text: str, quoted: bool) -> None:
        if self.buf and self.buf_quoted != quoted:
            self.flush()
        self.buf.append(text)
        self.buf_quoted = quoted

    def lits(self, runs: list[tuple[str, bool]]) -> None:
        for text, quoted in runs:
            self.lit(text, quoted)

    def part(self, part: Part) -> None:
        self.flush()
        self.out.append(part)

    def flush(self) -> None:
        if self.buf:
            self.out.append(Lit("".join(self.buf), self.buf_quoted))
            self.buf.clear()

    def finish(self) -> tuple[Part, ...]:
        self.flush()
        return tuple(p for p in self.out if not (isinstance(p, Lit) and p.text == "" and not p.quoted))
