"""The parser-neutral model of a shell script: statements with exact source spans, words as source slices."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from migrate.frontends import Language
from migrate.frontends.shell import SHELL
from migrate.parse.words import Part, split_word


@dataclass(frozen=True)
class Word:
    """One shell word, as its exact source slice."""

    start: int
    end: int
    text: str  # the exact source slice
    # the parts as the front end read them from its tree; None: split from the text (bashlex, Makefiles)
    tree_parts: tuple[Part, ...] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def parts(self) -> tuple[Part, ...]:
        return self.tree_parts if self.tree_parts is not None else split_word(self.text, self.start)


@dataclass(frozen=True)
class Assign:
    """A `NAME=value` assignment before a command or on its own."""

    start: int
    end: int
    name: str
    value: Word  # the text after `=` (may be empty)
    append: bool = False


@dataclass(frozen=True)
class Redirect:
    """One redirection of a command, with its operator and target word."""

    start: int
    end: int
    op: str  # > >> < << <<- <<< 2> &> ...
    target: Word | None
    heredoc_end: int = -1  # for << : offset just past the terminator line


@dataclass(frozen=True, eq=False)
class Command:
    """A simple command: its assignments, words and redirections."""

    start: int
    end: int
    assigns: tuple[Assign, ...]
    words: tuple[Word, ...]
    redirects: tuple[Redirect, ...] = ()

    @property
    def name(self) -> str | None:
        return self.words[0].text if self.words else None


@dataclass(frozen=True, eq=False)
class Pipeline:
    """Commands joined by `|`, possibly negated with `!`."""

    start: int
    end: int
    items: tuple[Node, ...]
    negated: bool = False


@dataclass(frozen=True, eq=False)
class AndOr:
    """`a && b || c`: items with the operators between them."""

    start: int
    end: int
    items: tuple[Node, ...]
    ops: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class If:
    """An if statement: each condition with its body, and the else body."""

    start: int
    end: int
    branches: tuple[tuple[Seq, Seq], ...]  # (condition, body) for if and each elif
    orelse: Seq | None


@dataclass(frozen=True, eq=False)
class Loop:
    """A for, while or until loop."""

    start: int
    end: int
    kind: str  # for | while | until
    var: str | None
    items: tuple[Word, ...] | None  # for's word list; None: "$@"
    cond: Seq | None
    body: Seq


@dataclass(frozen=True, eq=False)
class Function:
    """A shell function definition."""

    start: int
    end: int
    name: str
    body: Seq


@dataclass(frozen=True, eq=False)
class Group:
    """A `{ ...; }` group or a `( ... )` subshell."""

    start: int
    end: int
    body: Seq
    subshell: bool
    recipe: bool = False  # a Makefile recipe line: its own shell, but not a construct around the flow
    # make's automatic variables for a recipe line: (name, raw make text of the value, offset of that text)
    automatic: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class Refusal:
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


@dataclass(frozen=True, eq=False)
class Opaque:
    """A construct the front end does not model (case, select, arithmetic commands)."""

    start: int
    end: int
    kind: str
    refusal: Refusal | None = None


Node = Command | Pipeline | AndOr | If | Loop | Function | Group | Opaque


@dataclass(frozen=True, eq=False)
class Seq:
    """Statements run one after the other."""

    stmts: tuple[Node, ...] = ()


@dataclass(frozen=True, eq=False)
class Script:
    """A parsed shell script: its text, its statements and its here-documents."""

    text: str
    body: Seq
    heredocs: dict[int, int] = field(default_factory=dict)  # command start -> end of its here-doc bodies
    # parsed command substitutions, by the offset of their `$(` or backquote
    cmdsubs: dict[int, Node] = field(default_factory=dict)
    parser: str = "bashlex"
    # make variables (name, operator, raw value, offset of the value), known before the recipes run
    make_vars: tuple[tuple[str, str, str, int], ...] = ()
    language: Language = SHELL  # the orchestrator's language: how its words read and how it is written back


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
