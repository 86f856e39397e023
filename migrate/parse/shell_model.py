"""The parser-neutral model of a shell script: statements with exact source spans, words as source slices."""

from __future__ import annotations

from typing import Final, NamedTuple

from migrate.frontends import Language
from migrate.frontends.shell import SHELL
from migrate.parse.words import Part, split_word
from migrate.slotted import Slotted


class Word(Slotted):
    """One shell word, as its exact source slice. Words are values: equal when their span and text are."""

    __slots__ = ("_parts", "end", "start", "text", "tree_parts")

    start: Final[int]
    end: Final[int]
    text: Final[str]  # the exact source slice
    # the parts as the front end read them from its tree; None: split from the text (bashlex, Makefiles)
    tree_parts: Final[tuple[Part, ...] | None]

    def __init__(self, start: int, end: int, text: str, tree_parts: tuple[Part, ...] | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.tree_parts = tree_parts
        self._parts = tree_parts

    @property
    def parts(self) -> tuple[Part, ...]:
        if self._parts is None:
            self._parts = split_word(self.text, self.start)
        return self._parts

    def _key(self) -> tuple[object, ...]:
        return (self.start, self.end, self.text)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Word)
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(start={self.start!r}, end={self.end!r}, text={self.text!r})"


class Assign(NamedTuple):
    """A `NAME=value` assignment before a command or on its own."""

    start: int
    end: int
    name: str
    value: Word  # the text after `=` (may be empty)
    append: bool = False


class Redirect(NamedTuple):
    """One redirection of a command, with its operator and target word."""

    start: int
    end: int
    op: str  # > >> < << <<- <<< 2> &> ...
    target: Word | None
    heredoc_end: int = -1  # for << : offset just past the terminator line


class Command(Slotted):
    """A simple command: its assignments, words and redirections."""

    __slots__ = ("assigns", "end", "redirects", "start", "words")

    start: Final[int]
    end: Final[int]
    assigns: Final[tuple[Assign, ...]]
    words: Final[tuple[Word, ...]]
    redirects: Final[tuple[Redirect, ...]]

    def __init__(
        self,
        start: int,
        end: int,
        assigns: tuple[Assign, ...],
        words: tuple[Word, ...],
        redirects: tuple[Redirect, ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.assigns = assigns
        self.words = words
        self.redirects = redirects

    @property
    def name(self) -> str | None:
        return self.words[0].text if self.words else None


class Pipeline(Slotted):
    """Commands joined by `|`, possibly negated with `!`."""

    __slots__ = ("end", "items", "negated", "start")

    start: Final[int]
    end: Final[int]
    items: Final[tuple[Node, ...]]
    negated: Final[bool]

    def __init__(self, start: int, end: int, items: tuple[Node, ...], negated: bool = False) -> None:
        self.start = start
        self.end = end
        self.items = items
        self.negated = negated


class AndOr(Slotted):
    """`a && b || c`: items with the operators between them."""

    __slots__ = ("end", "items", "ops", "start")

    start: Final[int]
    end: Final[int]
    items: Final[tuple[Node, ...]]
    ops: Final[tuple[str, ...]]

    def __init__(self, start: int, end: int, items: tuple[Node, ...], ops: tuple[str, ...]) -> None:
        self.start = start
        self.end = end
        self.items = items
        self.ops = ops


class If(Slotted):
    """An if statement: each condition with its body, and the else body."""

    __slots__ = ("branches", "end", "orelse", "start")

    start: Final[int]
    end: Final[int]
    branches: Final[tuple[tuple[Seq, Seq], ...]]  # (condition, body) for if and each elif
    orelse: Final[Seq | None]

    def __init__(self, start: int, end: int, branches: tuple[tuple[Seq, Seq], ...], orelse: Seq | None) -> None:
        self.start = start
        self.end = end
        self.branches = branches
        self.orelse = orelse


class Loop(Slotted):
    """A for, while or until loop."""

    __slots__ = ("body", "cond", "end", "items", "kind", "start", "var")

    start: Final[int]
    end: Final[int]
    kind: Final[str]  # for | while | until
    var: Final[str | None]
    items: Final[tuple[Word, ...] | None]  # for's word list; None: "$@"
    cond: Final[Seq | None]
    body: Final[Seq]

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        var: str | None,
        items: tuple[Word, ...] | None,
        cond: Seq | None,
        body: Seq,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.var = var
        self.items = items
        self.cond = cond
        self.body = body


class Function(Slotted):
    """A shell function definition."""

    __slots__ = ("body", "end", "name", "start")

    start: Final[int]
    end: Final[int]
    name: Final[str]
    body: Final[Seq]

    def __init__(self, start: int, end: int, name: str, body: Seq) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.body = body


class Group(Slotted):
    """A `{ ...; }` group or a `( ... )` subshell."""

    __slots__ = ("automatic", "body", "end", "recipe", "start", "subshell")

    start: Final[int]
    end: Final[int]
    body: Final[Seq]
    subshell: Final[bool]
    recipe: Final[bool]  # a Makefile recipe line: its own shell, but not a construct around the flow
    # make's automatic variables for a recipe line: (name, raw make text of the value, offset of that text)
    automatic: Final[tuple[tuple[str, str, int], ...]]

    def __init__(
        self,
        start: int,
        end: int,
        body: Seq,
        subshell: bool,
        recipe: bool = False,
        automatic: tuple[tuple[str, str, int], ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.body = body
        self.subshell = subshell
        self.recipe = recipe
        self.automatic = automatic


class Refusal(NamedTuple):
    """A front end's reason not to model a docker step (a docker SDK call it cannot map exactly): the
    tracer reports it where the statement runs."""

    code: str
    message: str
    offset: int  # where the diagnostic points
    hint: str | None = None
    extraction: bool = False  # the step would have taken files out of a container


class SourceSyntaxError(ValueError):
    """A file its front end cannot read at all; `offset` is where, when known."""

    def __init__(self, message: str, offset: int | None) -> None:
        super().__init__(message)
        self.offset = offset


UNREAD = "unread"  # Opaque.kind of a region the shell reader could not read


class Opaque(Slotted):
    """A construct the front end does not model (case, select, arithmetic commands)."""

    __slots__ = ("end", "kind", "refusal", "start")

    start: Final[int]
    end: Final[int]
    kind: Final[str]
    refusal: Final[Refusal | None]

    def __init__(self, start: int, end: int, kind: str, refusal: Refusal | None = None) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.refusal = refusal


Node = Command | Pipeline | AndOr | If | Loop | Function | Group | Opaque


class Seq(Slotted):
    """Statements run one after the other."""

    __slots__ = ("stmts",)

    stmts: Final[tuple[Node, ...]]

    def __init__(self, stmts: tuple[Node, ...] = ()) -> None:
        self.stmts = stmts


class Script(Slotted):
    """A parsed shell script: its text, its statements and its here-documents."""

    __slots__ = ("body", "cmdsubs", "heredocs", "language", "make_vars", "parser", "text")

    text: Final[str]
    body: Final[Seq]
    heredocs: Final[dict[int, int]]  # command start -> end of its here-doc bodies
    # parsed command substitutions, by the offset of their `$(` or backquote
    cmdsubs: Final[dict[int, Node]]
    parser: Final[str]
    # make variables (name, operator, raw value, offset of the value), known before the recipes run
    make_vars: Final[tuple[tuple[str, str, str, int], ...]]
    language: Final[Language]  # the orchestrator's language: how its words read and how it is written back

    def __init__(
        self,
        text: str,
        body: Seq,
        heredocs: dict[int, int] | None = None,
        cmdsubs: dict[int, Node] | None = None,
        parser: str = "bashlex",
        make_vars: tuple[tuple[str, str, str, int], ...] = (),
        language: Language = SHELL,
    ) -> None:
        self.text = text
        self.body = body
        self.heredocs = {} if heredocs is None else heredocs
        self.cmdsubs = {} if cmdsubs is None else cmdsubs
        self.parser = parser
        self.make_vars = make_vars
        self.language = language


def walk(node: Node | Seq) -> list[Node]:
    """Every node under `node` (itself included), in source order."""
    out: list[Node] = []

    def visit(n: Node | Seq) -> None:
        if isinstance(n, Seq):
            for s in n.stmts:
                visit(s)
            return
        out.append(n)
        if isinstance(n, Pipeline | AndOr):
            for i in n.items:
                visit(i)
        elif isinstance(n, If):
            for cond, body in n.branches:
                visit(cond)
                visit(body)
            if n.orelse:
                visit(n.orelse)
        elif isinstance(n, Loop):
            if n.cond:
                visit(n.cond)
            visit(n.body)
        elif isinstance(n, Function | Group):
            visit(n.body)

    visit(node)
    return out
