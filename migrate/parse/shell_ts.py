"""The shell reader: tree-sitter-bash's tree turned into the shell model in one walk (statements, words with
their parts, here-documents, command substitutions). Chosen by measurement (FACTS.md A.1): it reads what
bashlex raises on (`case`, `[[ ]]`, `$(( ))`, arrays, quoted here-docs, `&&` inside `$( )`).

tree-sitter positions are UTF-8 byte offsets; the model uses `str` offsets, so they are converted here.
A tree always comes back. Where tree-sitter could not read a region (an ERROR or MISSING node), the whole
script is given to bashlex (parse/shell.py); when bashlex cannot read it either, each such region is an
`Opaque(kind=UNREAD)` statement: the tracer takes it as a command that may change any variable and the
current directory, and refuses only a flow that depends on it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from migrate.parse.shell_model import (
    UNREAD,
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
from migrate.parse.shell_ts_words import WordReader, before_continuation
from migrate.parse.words import Lit

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


def read_tree_sitter(text: str) -> tuple[Script, bool]:
    """The script's model, and whether tree-sitter read all of it (else it holds UNREAD regions)."""
    data = ts_input(text)
    tree = _parser().parse(data)
    conv = _Converter(text, data)
    body = conv.seq(tree.root_node.children)
    return Script(text, body, conv.heredocs, conv.cmdsubs, parser="tree-sitter-bash"), not tree.root_node.has_error


def parse_tree_sitter(text: str) -> Script:
    return read_tree_sitter(text)[0]


_COMPOUND = frozenset(("if_statement", "for_statement", "while_statement", "case_statement", "function_definition"))
# nodes the reader takes as statements (each checked for errors when it is read)
_STATEMENTS = _COMPOUND | frozenset(
    (
        "command",
        "variable_assignment",
        "variable_assignments",
        "declaration_command",
        "redirected_statement",
        "list",
        "pipeline",
        "negated_command",
        "subshell",
        "compound_statement",
        "test_command",
    )
)
# the test expression's inner nodes (their leaves are the test's words)
_TEST_EXPRESSIONS = frozenset(
    ("binary_expression", "unary_expression", "parenthesized_expression", "negated_expression", "ternary_expression")
)
# keywords that close a construct: met as a command after an unread region, they show where that region ends
_CLOSERS = frozenset(("done", "fi", "esac", "}", "then", "do", "else", "elif", ";;"))


class _Converter:
    def __init__(self, text: str, data: bytes) -> None:
        self.text = text
        self.data = data
        self.ascii = len(data) == len(text)
        self.heredocs: dict[int, int] = {}
        self.cmdsubs: dict[int, Node] = {}
        self.words = WordReader(text, self.span, self._cmdsub)

    def off(self, byte: int) -> int:
        if self.ascii:
            return byte
        return len(self.data[:byte].decode("utf-8", errors="surrogateescape"))

    def span(self, n: Any) -> tuple[int, int]:
        return self.off(n.start_byte), self.off(n.end_byte)

    def word(self, n: Any) -> Word:
        return self.word_of([n])

    def word_of(self, nodes: list[Any]) -> Word:
        """One word made of `nodes` (adjacent, no blank between them: `$"t"` is two nodes)."""
        s, e = self.span(nodes[0])[0], self.span(nodes[-1])[1]
        e = before_continuation(self.text, s, e)  # `-t $TAG\⏎`: the word ends before the continuation
        if len(nodes) == 1 and nodes[0].type == "variable_assignment":  # `export A=$(…)`: name= then the value
            parts: tuple[Any, ...] = self._assign_parts(nodes[0])
        else:
            parts = self.words.parts(nodes)
        return Word(s, e, self.text[s:e], parts)

    def _assign_parts(self, n: Any) -> tuple[Any, ...]:
        value = n.child_by_field_name("value")
        s = self.span(n)[0]
        if value is None:
            return (Lit(self.text[s : self.span(n)[1]], False),)
        vs = self.span(value)[0]
        head, rest = Lit(self.text[s:vs], False), self.words.parts([value])
        if rest and isinstance(rest[0], Lit) and not rest[0].quoted:
            return (Lit(head.text + rest[0].text, False), *rest[1:])
        return (head, *rest)

    def _cmdsub(self, c: Any) -> None:
        inner = [x for x in c.children if x.type not in ("$(", ")", "`")]
        self.cmdsubs[self.off(c.start_byte)] = self._single(self.seq(inner), c)

    def _single(self, seq: Seq, n: Any) -> Node:
        if len(seq.stmts) == 1:
            return seq.stmts[0]
        s, e = self.span(n)
        return Group(s, e, seq, subshell=True)

    # -- statements ------------------------------------------------------------------------------
    def seq(self, children: list[Any]) -> Seq:
        """Statements, where an unread region (an ERROR node, a statement holding a MISSING one) is one
        UNREAD statement; when statements that only close a construct (`done`, `fi`) follow it, the region
        runs up to the last of them, since what lies between belongs to the construct it could not read."""
        kids = [c for c in children if c.is_named and c.type not in _SKIP]
        out: list[Node] = []
        i = 0
        while i < len(kids):
            c = kids[i]
            if not self._unread(c):
                out.append(self.stmt(c))
                i += 1
                continue
            end = i
            for j in range(i + 1, len(kids)):
                if self._closer(kids[j]):
                    end = j
            s, e = self.span(c)[0], self.span(kids[end])[1]
            out.append(Opaque(s, e, UNREAD))
            i = end + 1
        return Seq(tuple(out))

    def _unread(self, n: Any) -> bool:
        """Whether the statement cannot be modelled: an ERROR, or a simple statement with an error in it (a
        compound one keeps what it could read, its own statements are checked one by one)."""
        if n.type == "ERROR" or n.is_missing:
            return True
        if not n.has_error:
            return False
        if n.type in _COMPOUND:
            return self._own_error(n)
        return n.type not in ("subshell", "compound_statement", "list", "pipeline", "negated_command")

    def _own_error(self, n: Any) -> bool:
        """An error in a compound statement's own syntax (its keywords, a case item's `;;`), not inside one
        of the statements it holds (those are read, or not, one by one)."""
        for c in n.children:
            if c.type == "ERROR" or c.is_missing:
                return True
            if c.has_error and c.type not in _STATEMENTS and self._own_error(c):
                return True
        return False

    def _closer(self, n: Any) -> bool:
        if n.type == "ERROR":
            return True
        if n.type != "command":
            return False
        name = n.child_by_field_name("name")
        return name is not None and self.data[name.start_byte : name.end_byte].decode("utf-8", "replace") in _CLOSERS

    def stmt(self, n: Any) -> Node:
        t = n.type
        s, e = self.span(n)
        if self._unread(n):
            return Opaque(s, e, UNREAD)
        if t == "command":
            return self._split_misparse(self.command(n, []))
        if t in ("variable_assignment", "variable_assignments"):
            assigns = [n] if t == "variable_assignment" else [c for c in n.children if c.is_named]
            return Command(s, e, tuple(self.assign(a) for a in assigns), ())
        if t == "declaration_command":
            return Command(s, e, (), tuple(self.word_of(w) for w in self._word_nodes(n.children)))
        if t == "redirected_statement":
            return self.redirected(n)
        if t == "list":
            items: list[Node] = []
            ops: list[str] = []
            self._flatten(n, items, ops)
            if len(ops) != len(items) - 1:  # an item the tree could not place between two operators
                return Opaque(s, e, UNREAD)
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
        word = self.word(value) if value is not None else Word(e, e, "", ())
        return Assign(s, e, name, word, append)

    def _word_nodes(self, children: list[Any]) -> list[list[Any]]:
        """The children that are words, adjacent ones (no blank between) joined into one word."""
        groups: list[list[Any]] = []
        for c in children:
            if c.type in ("comment", "file_redirect", "herestring_redirect", "heredoc_redirect"):
                continue
            if groups and groups[-1][-1].end_byte == c.start_byte:
                groups[-1].append(c)
            else:
                groups.append([c])
        return groups

    def command(self, n: Any, redirects: list[Redirect]) -> Command:
        s, e = self.span(n)
        assigns: list[Assign] = []
        word_nodes: list[Any] = []
        for c in n.children:
            if c.type == "variable_assignment" and not word_nodes:
                assigns.append(self.assign(c))
            elif c.type in ("file_redirect", "herestring_redirect"):
                redirects.append(self._redirect(c))
            elif c.type != "comment":
                word_nodes.append(c)
        words = tuple(self.word_of(g) for g in self._word_nodes(word_nodes))
        return Command(s, e, tuple(assigns), words, tuple(redirects))

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
        """`[ … ]` / `[[ … ]]`: a command whose words are the brackets, the operators and the operands."""
        s, e = self.span(n)
        leaves: list[Any] = []
        self._test_leaves(n, leaves)
        return Command(s, e, (), tuple(self.word_of(g) for g in self._word_nodes(leaves)))

    def _test_leaves(self, n: Any, out: list[Any]) -> None:
        for c in n.children:
            if c.type in _TEST_EXPRESSIONS:
                self._test_leaves(c, out)
            elif c.end_byte > c.start_byte and c.type != "comment":  # a MISSING `]` has no text
                out.append(c)
