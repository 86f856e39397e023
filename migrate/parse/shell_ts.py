"""The tree-sitter-bash front end: the same shell model as the bashlex one, for the scripts bashlex cannot
parse (`case`, `[[ ]]`, `$(( ))`, arrays, quoted here-docs, `&&` inside `$( )`; FACTS.md A.1).

tree-sitter positions are UTF-8 byte offsets; the model uses `str` offsets, so they are converted here.
A tree always comes back: ERROR and MISSING nodes are turned into a syntax error with a location."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from migrate.parse.shell_bashlex import ShellSyntaxError
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
    Word,
)

_SKIP = {
    "comment",
    ";",
    ";;",
    "&",
    "\n",
    "{",
    "}",
    "(",
    ")",
    "do",
    "done",
    "then",
    "fi",
    "else",
    "elif",
    "if",
    "esac",
    "in",
    "heredoc_body",
    "heredoc_end",
}


@lru_cache(maxsize=1)
def _parser() -> Any:
    import tree_sitter_bash
    from tree_sitter import Language, Parser

    return Parser(Language(tree_sitter_bash.language()))


# tree-sitter-bash 0.25.1 reads out of bounds, and may segfault, on a code point from U+30000 up after `{`
# (found by tests/test_fuzz_shell.py; U+0080..U+2FFFF checked exhaustively). Such characters only sit inside
# words, strings and comments, so the parser sees U+20000 instead, a letter of the same UTF-8 length: every
# offset stays, and the model's text is sliced from the original.
_UNSAFE = re.compile("[\U00030000-\U0010ffff]")


def ts_input(text: str) -> bytes:
    """The bytes tree-sitter parses for `text`: its UTF-8 (surrogate escapes back to their bytes), masked."""
    return _UNSAFE.sub("\U00020000", text).encode("utf-8", errors="surrogateescape")


def parse_tree_sitter(text: str) -> Script:
    data = ts_input(text)
    tree = _parser().parse(data)
    conv = _Converter(text, data)
    if tree.root_node.has_error:
        bad = conv.first_error(tree.root_node)
        raise ShellSyntaxError("syntax error", conv.off(bad.start_byte) if bad is not None else None)
    body = conv.seq(tree.root_node.children)
    return Script(text, body, conv.heredocs, conv.cmdsubs, parser="tree-sitter-bash")


class _Converter:
    def __init__(self, text: str, data: bytes) -> None:
        self.text = text
        self.data = data
        self.ascii = len(data) == len(text)
        self.heredocs: dict[int, int] = {}
        self.cmdsubs: dict[int, Node] = {}

    def off(self, byte: int) -> int:
        if self.ascii:
            return byte
        return len(self.data[:byte].decode("utf-8", errors="surrogateescape"))

    def span(self, n: Any) -> tuple[int, int]:
        return self.off(n.start_byte), self.off(n.end_byte)

    def first_error(self, n: Any) -> Any:
        if n.type == "ERROR" or n.is_missing:
            return n
        for c in n.children:
            if c.has_error or c.type == "ERROR" or c.is_missing:
                found = self.first_error(c)
                if found is not None:
                    return found
        return None

    def word(self, n: Any) -> Word:
        s, e = self.span(n)
        self._substitutions(n)
        return Word(s, e, self.text[s:e])

    def _substitutions(self, n: Any) -> None:
        for c in n.children:
            if c.type == "command_substitution":
                inner = [x for x in c.children if x.type not in ("$(", ")", "`")]
                self.cmdsubs[self.off(c.start_byte)] = self._single(self.seq(inner), c)
            else:
                self._substitutions(c)

    def _single(self, seq: Seq, n: Any) -> Node:
        if len(seq.stmts) == 1:
            return seq.stmts[0]
        s, e = self.span(n)
        return Group(s, e, seq, subshell=True)

    # -- statements ------------------------------------------------------------------------------
    def seq(self, children: list[Any]) -> Seq:
        return Seq(tuple(self.stmt(c) for c in children if c.is_named and c.type not in _SKIP))

    def stmt(self, n: Any) -> Node:
        t = n.type
        s, e = self.span(n)
        if t == "command":
            return self._split_misparse(self.command(n, []))
        if t in ("variable_assignment", "variable_assignments"):
            assigns = [n] if t == "variable_assignment" else [c for c in n.children if c.is_named]
            return Command(s, e, tuple(self.assign(a) for a in assigns), ())
        if t == "declaration_command":
            words = [c for c in n.children if c.type not in ("comment",)]
            return Command(s, e, (), tuple(self.word(w) for w in words))
        if t == "redirected_statement":
            return self.redirected(n)
        if t == "list":
            items: list[Node] = []
            ops: list[str] = []
            self._flatten(n, items, ops)
            return AndOr(s, e, tuple(items), tuple(ops))
        if t == "pipeline":
            parts = [c for c in n.children if c.is_named]
            return Pipeline(s, e, tuple(self.stmt(c) for c in parts))
        if t == "negated_command":
            negated = [c for c in n.children if c.is_named]
            return Pipeline(s, e, tuple(self.stmt(c) for c in negated), negated=True)
        if t in ("subshell", "compound_statement"):
            return Group(s, e, self.seq(n.children), subshell=t == "subshell")
        if t == "if_statement":
            return self._if(n)
        if t == "case_statement":
            return self._case(n)
        if t in ("for_statement", "while_statement"):
            return self._loop(n)
        if t == "function_definition":
            name = n.child_by_field_name("name")
            body = n.child_by_field_name("body")
            fn_body: Node = self.stmt(body) if body is not None else Group(s, e, Seq(), False)
            seq = fn_body.body if isinstance(fn_body, Group) else Seq((fn_body,))
            return Function(s, e, self.text[slice(*self.span(name))] if name is not None else "", seq)
        if t == "test_command":
            return self._test(n)
        return Opaque(s, e, t)

    def _flatten(self, n: Any, items: list[Node], ops: list[str]) -> None:
        for c in n.children:
            if c.type == "list":
                self._flatten(c, items, ops)
            elif c.type in ("&&", "||"):
                ops.append(c.type)
            elif c.is_named and c.type != "comment":
                items.append(self.stmt(c))

    def assign(self, n: Any) -> Assign:
        s, e = self.span(n)
        name_node = n.child_by_field_name("name")
        value = n.child_by_field_name("value")
        name = self.text[slice(*self.span(name_node))] if name_node is not None else ""
        raw = self.text[s:e]
        append = raw[len(name) : len(name) + 2] == "+="
        if value is not None:
            self._substitutions(n)
            vs, ve = self.span(value)
        else:
            vs = ve = e
        return Assign(s, e, name, Word(vs, ve, self.text[vs:ve]), append)

    def command(self, n: Any, redirects: list[Redirect]) -> Command:
        s, e = self.span(n)
        assigns: list[Assign] = []
        words: list[Word] = []
        for i, c in enumerate(n.children):
            field = n.field_name_for_child(i)
            if c.type == "variable_assignment" and not words:
                assigns.append(self.assign(c))
            elif (
                field == "name"
                or field == "argument"
                or (c.is_named and c.type not in ("comment", "file_redirect", "herestring_redirect"))
            ):
                words.append(self.word(c))
            elif c.type in ("file_redirect", "herestring_redirect"):
                redirects.append(self._redirect(c))
        return Command(s, e, tuple(assigns), tuple(words), tuple(redirects))

    def _split_misparse(self, cmd: Command) -> Node:
        """tree-sitter-bash 0.25 reads `A=1 B=2⏎echo hi` as one command with prefix assignments; an unescaped
        newline between the assignments and the command name means two statements."""
        if not cmd.assigns or not cmd.words:
            return cmd
        gap = self.text[cmd.assigns[-1].end : cmd.words[0].start]
        if "\n" not in gap.replace("\\\n", ""):
            return cmd
        first = Command(cmd.start, cmd.assigns[-1].end, cmd.assigns, ())
        second = Command(cmd.words[0].start, cmd.end, (), cmd.words, cmd.redirects)
        return Group(cmd.start, cmd.end, Seq((first, second)), subshell=False)

    def _redirect(self, r: Any) -> Redirect:
        s, e = self.span(r)
        dest = r.child_by_field_name("destination")
        fd = r.child_by_field_name("descriptor")
        op = next((c.type for c in r.children if not c.is_named), "")
        if fd is not None:  # `2>` is not stdout
            op = self.text[slice(*self.span(fd))] + op
        return Redirect(s, e, op, self.word(dest) if dest is not None else None)

    def redirected(self, n: Any) -> Node:
        body = n.child_by_field_name("body")
        redirects: list[Redirect] = []
        heredoc_end = -1
        line_end = self.span(body)[1] if body is not None else self.span(n)[0]
        for i, c in enumerate(n.children):
            if n.field_name_for_child(i) != "redirect":
                continue
            if c.type == "heredoc_redirect":
                for sub in c.children:
                    if sub.type == "heredoc_end":
                        heredoc_end = self.off(sub.end_byte)
                    elif sub.type in ("heredoc_start", "<<", "<<-") or sub.type == "file_redirect":
                        line_end = max(line_end, self.off(sub.end_byte))
                        if sub.type == "file_redirect":
                            redirects.append(self._redirect(sub))
                start_tok = next((x for x in c.children if x.type == "heredoc_start"), None)
                rs = self.off(c.start_byte)
                target = self.word(start_tok) if start_tok is not None else None
                redirects.append(Redirect(rs, line_end, "<<", target, heredoc_end))
            else:
                red = self._redirect(c)
                redirects.append(red)
                line_end = max(line_end, red.end)
        if heredoc_end >= 0 and self.text[heredoc_end : heredoc_end + 1] == "\n":
            heredoc_end += 1
        if body is not None and body.type == "command":
            cmd = self.command(body, redirects)
            cmd = Command(cmd.start, max(cmd.end, line_end), cmd.assigns, cmd.words, cmd.redirects)
            if heredoc_end >= 0:
                self.heredocs[cmd.start] = heredoc_end
            return cmd
        inner = self.stmt(body) if body is not None else Opaque(*self.span(n), "redirect")
        return inner

    def _if(self, n: Any) -> If:
        branches: list[tuple[Seq, Seq]] = []
        orelse: Seq | None = None
        cond: list[Any] = []
        body: list[Any] = []
        part = "cond"
        for i, c in enumerate(n.children):
            field = n.field_name_for_child(i)
            if c.type == "then":
                part = "body"
            elif field == "condition":
                cond.append(c)
            elif c.type == "elif_clause":
                branches.append((self.seq(cond), self.seq(body)))
                cond, body = [], []
                sub_part = "cond"
                for x in c.children:
                    if x.type == "then":
                        sub_part = "body"
                    elif x.type != "elif":
                        (cond if sub_part == "cond" else body).append(x)
            elif c.type == "else_clause":
                orelse = self.seq(c.children)
            elif part == "body":
                body.append(c)
        branches.append((self.seq(cond), self.seq(body)))
        s, e = self.span(n)
        return If(s, e, tuple(branches), orelse)

    def _case(self, n: Any) -> If:
        """`case` as an `if` whose conditions the tracer cannot know: one of the items runs."""
        branches: list[tuple[Seq, Seq]] = []
        orelse: Seq | None = None
        for item in (c for c in n.children if c.type == "case_item"):
            values = [item.child_by_field_name("value")]
            stmts = [
                c for i, c in enumerate(item.children) if item.field_name_for_child(i) not in ("value", "termination")
            ]
            seq = self.seq(stmts)
            if any(v is not None and self.data[v.start_byte : v.end_byte] == b"*" for v in values):
                orelse = seq
            else:
                branches.append((Seq(), seq))
        s, e = self.span(n)
        if not branches:
            branches.append((Seq(), orelse or Seq()))
            orelse = None
        return If(s, e, tuple(branches), orelse)

    def _loop(self, n: Any) -> Node:
        s, e = self.span(n)
        body_node = n.child_by_field_name("body")
        body = self.seq(body_node.children) if body_node is not None else Seq()
        if n.type == "for_statement":
            var = n.child_by_field_name("variable")
            values = [c for i, c in enumerate(n.children) if n.field_name_for_child(i) == "value"]
            has_in = any(c.type == "in" for c in n.children)
            items = tuple(self.word(v) for v in values) if has_in else None
            name = self.text[slice(*self.span(var))] if var is not None else None
            return Loop(s, e, "for", name, items, None, body)
        kind = "until" if n.children and n.children[0].type == "until" else "while"
        cond = [c for i, c in enumerate(n.children) if n.field_name_for_child(i) == "condition"]
        return Loop(s, e, kind, None, None, self.seq(cond), body)

    def _test(self, n: Any) -> Command:
        """`[ … ]` / `[[ … ]]`: a command whose words are the test's whitespace-separated tokens."""
        s, e = self.span(n)
        words: list[Word] = []
        i = s
        text = self.text
        while i < e:
            while i < e and text[i] in " \t\\\n":
                i += 1
            j = i
            while j < e and text[j] not in " \t\n":
                j += 1
            if j > i:
                words.append(Word(i, j, text[i:j]))
            i = j
        return Command(s, e, (), tuple(words))
