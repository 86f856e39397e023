"""The bashlex front end: bashlex's AST turned into the shell model (see shell_model.py).

bashlex positions are `str` offsets into the input. Its errors are relative to the top-level chunk being
re-parsed, and CRLF leaves `\\r` inside words; both are corrected here (FACTS.md A.3, A.1).
"""

from __future__ import annotations

from typing import Any

import bashlex

from migrate.parse.shell_model import (
    AndOr,
    Assign,
    Command,
    Function,
    Group,
    If,
    Loop,
    Node,
    Opaque,
    Pipeline,
    Redirect,
    Script,
    Seq,
    SourceSyntaxError,
    Word,
)

_SEPARATORS = {";", "&", "\n"}


def parse_bashlex(text: str) -> Script:
    # bashlex keeps the `\r` of CRLF inside words: blank it out (same length, so offsets hold).
    clean = text.replace("\r\n", " \n")
    try:
        trees = bashlex.parse(clean)
    except bashlex.errors.ParsingError as exc:
        chunk = getattr(exc, "s", clean)
        offset = len(clean) - len(chunk) + int(getattr(exc, "position", 0))
        if "matching" in str(exc.message):  # an unterminated quote: point at where it opens
            offset = unclosed_quote(text) or offset
        raise SourceSyntaxError(str(exc.message), max(0, min(offset, len(text)))) from None
    except NotImplementedError as exc:
        raise SourceSyntaxError(f"construct not supported by bashlex ({exc})", None) from None
    except (IndexError, AttributeError, TypeError, AssertionError, RecursionError) as exc:
        raise SourceSyntaxError(f"bashlex failed ({type(exc).__name__})", None) from None
    conv = _Converter(text)
    body = Seq(tuple(conv.stmt(t) for t in trees))
    return Script(text, body, conv.heredocs, conv.cmdsubs)


def unclosed_quote(text: str) -> int | None:
    """Offset of the quote that is never closed, scanning as the shell does (comments, escapes)."""
    i, n = 0, len(text)
    opened: int | None = None
    quote = ""
    while i < n:
        c = text[i]
        if quote == "'":
            if c == "'":
                quote, opened = "", None
        elif c == "\\":
            i += 1
        elif quote == '"':
            if c == '"':
                quote, opened = "", None
        elif c in "'\"":
            quote, opened = c, i
        elif c == "#" and (i == 0 or text[i - 1] in " \t\n;"):
            nl = text.find("\n", i)
            i = n if nl == -1 else nl
            continue
        i += 1
    return opened


class _Converter:
    def __init__(self, text: str) -> None:
        self.text = text
        self.heredocs: dict[int, int] = {}
        self.cmdsubs: dict[int, Node] = {}

    def word(self, n: Any) -> Word:
        s, e = n.pos
        self._substitutions(n)
        return Word(s, e, self.text[s:e])

    def _substitutions(self, n: Any) -> None:
        for p in getattr(n, "parts", None) or ():
            if p.kind == "commandsubstitution":
                self.cmdsubs[p.pos[0]] = self.stmt(p.command)
            elif p.kind in ("parameter", "word"):
                self._substitutions(p)

    def seq(self, n: Any) -> Seq:
        """A list (statements separated by ; & newline, each maybe an &&/|| chain)."""
        if n.kind != "list":
            return Seq((self.stmt(n),))
        stmts: list[Node] = []
        chain: list[Any] = []
        ops: list[str] = []
        for p in n.parts:
            if p.kind == "operator" and p.op in _SEPARATORS:
                if chain:
                    stmts.append(self._chain(chain, ops))
                chain, ops = [], []
            elif p.kind == "operator":
                ops.append(p.op)
            else:
                chain.append(p)
        if chain:
            stmts.append(self._chain(chain, ops))
        return Seq(tuple(stmts))

    def _chain(self, items: list[Any], ops: list[str]) -> Node:
        nodes = tuple(self.stmt(i) for i in items)
        if len(nodes) == 1:
            return nodes[0]
        return AndOr(nodes[0].start, nodes[-1].end, nodes, tuple(ops))

    def stmt(self, n: Any) -> Node:
        kind = n.kind
        if kind == "list":
            seq = self.seq(n)
            if len(seq.stmts) == 1:
                return seq.stmts[0]
            return Group(n.pos[0], n.pos[1], seq, subshell=False)
        if kind == "command":
            return self.command(n)
        if kind == "pipeline":
            negated = any(p.kind == "reservedword" and p.word == "!" for p in n.parts)
            items = tuple(self.stmt(p) for p in n.parts if p.kind not in ("pipe", "reservedword"))
            if len(items) == 1 and not negated:
                return items[0]
            return Pipeline(n.pos[0], n.pos[1], items, negated)
        if kind == "compound":
            inner = [p for p in n.list if p.kind != "reservedword"]
            words = [p.word for p in n.list if p.kind == "reservedword"]
            if len(inner) == 1 and inner[0].kind in ("if", "for", "while", "until"):
                return self.stmt(inner[0])
            body = Seq(tuple(s for p in inner for s in self.seq(p).stmts))
            return Group(n.pos[0], n.pos[1], body, subshell=bool(words) and words[0] == "(")
        if kind == "if":
            return self._if(n)
        if kind in ("for", "while", "until"):
            return self._loop(n)
        if kind == "function":
            body = self.seq(n.body)
            if len(body.stmts) == 1 and isinstance(body.stmts[0], Group) and not body.stmts[0].subshell:
                body = body.stmts[0].body  # `f() { …; }`: the braces are the function's own
            return Function(n.pos[0], n.pos[1], n.name.word, body)
        return Opaque(n.pos[0], n.pos[1], kind)

    def command(self, n: Any) -> Command:
        assigns: list[Assign] = []
        words: list[Word] = []
        redirects: list[Redirect] = []
        for p in n.parts:
            if p.kind == "assignment" and not words:
                s, e = p.pos
                raw = self.text[s:e]
                name, _, _ = raw.partition("=")
                append = name.endswith("+")
                name = name.rstrip("+")
                vstart = s + raw.index("=") + 1
                self._substitutions(p)
                assigns.append(Assign(s, e, name, Word(vstart, e, self.text[vstart:e]), append))
            elif p.kind in ("word", "assignment"):
                words.append(self.word(p))
            elif p.kind == "redirect":
                redirects.append(self._redirect(n, p))
        end = max([n.pos[1]] + [r.end for r in redirects if r.heredoc_end < 0])
        return Command(n.pos[0], end, tuple(assigns), tuple(words), tuple(redirects))

    def _redirect(self, cmd: Any, p: Any) -> Redirect:
        target = p.output if hasattr(p, "output") and not isinstance(p.output, int) else None
        heredoc_end = -1
        heredoc = getattr(p, "heredoc", None)
        if heredoc is not None:
            heredoc_end = heredoc.pos[1]
            # the body ends at the terminator line; include its newline
            if self.text[heredoc_end : heredoc_end + 1] == "\n":
                heredoc_end += 1
            self.heredocs[cmd.pos[0]] = max(self.heredocs.get(cmd.pos[0], 0), heredoc_end)
        fd = getattr(p, "input", None)
        op = f"{fd}{p.type}" if isinstance(fd, int) else str(p.type)  # `2>` is not stdout
        return Redirect(p.pos[0], p.pos[1], op, self.word(target) if target else None, heredoc_end)

    def _if(self, n: Any) -> If:
        branches: list[tuple[Seq, Seq]] = []
        orelse: Seq | None = None
        parts = list(n.parts)
        i = 0
        while i < len(parts):
            p = parts[i]
            if p.kind == "reservedword" and p.word in ("if", "elif"):
                branches.append((self.seq(parts[i + 1]), self.seq(parts[i + 3])))
                i += 4
            elif p.kind == "reservedword" and p.word == "else":
                orelse = self.seq(parts[i + 1])
                i += 2
            else:
                i += 1
        return If(n.pos[0], n.pos[1], tuple(branches), orelse)

    def _loop(self, n: Any) -> Loop:
        parts = list(n.parts)
        body_i = next(i for i, p in enumerate(parts) if p.kind == "reservedword" and p.word == "do")
        body = self.seq(parts[body_i + 1])
        if n.kind == "for":
            var = parts[1].word
            has_in = any(p.kind == "reservedword" and p.word == "in" for p in parts[:body_i])
            items = tuple(self.word(p) for p in parts[2:body_i] if p.kind == "word") if has_in else None
            return Loop(n.pos[0], n.pos[1], "for", var, items, None, body)
        return Loop(n.pos[0], n.pos[1], n.kind, None, None, self.seq(parts[1]), body)
