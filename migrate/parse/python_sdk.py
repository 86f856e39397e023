"""The docker SDK for Python (docker-py) in orchestrators: each call becomes the docker command it stands for,
in the shell model, so that the tracer and the planner treat `client.images.build(...)` as `docker build`.

Modelled (docker-py 7), each command spanning its whole statement:
- clients: `docker.from_env()`, `docker.DockerClient(...)` (also imported by name), and any receiver of
  `.images.<method>` / `.containers.<method>`: which daemon a client talks to does not change what the
  migration removes. The low-level `docker.APIClient` (and `client.api`) is refused.
- `R.images.build(path=..., dockerfile=..., tag=..., buildargs={...}, target=..., ...)` as a statement,
  `image, logs = …` (with a `for line in logs:` that only prints right after it) or `image = …[0]`:
  `docker build`. docker-py reads `dockerfile` inside `path`, so it becomes `-f path/dockerfile`.
- `c = R.containers.create(image, command, name=...)`: `docker create`; `R.containers.run(image, command,
  volumes={...}, remove=True, ...)`, not detached: `docker run`; `c.remove(force=True)`: `docker rm -f`;
  `R.images.remove/push/pull(...)` and `image.tag(...)`: `docker rmi/push/pull/tag`. Queries (`ping`,
  `info`, `images.list`, …) and prunes are no docker step: they stay as they are.
- `stream, stat = c.get_archive(path)` extracted at once by tarfile: python_archive.py.

Anything else SDK-shaped (another method, a keyword with no CLI equivalent, a value whose meaning cannot be
told) is refused with MIG211 where it stands, never guessed; SDK calls in constructs the Python front end
does not trace (a class, `while`, `match`, a `for` over run-time values, a `try`'s handlers) get MIG205."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from migrate.parse.python_sdk_calls import Calls
from migrate.parse.python_sdk_names import HINT, Host, Names, Refused, dotted, word
from migrate.parse.shell_model import Assign, Command, Node, Opaque, Refusal, Word
from migrate.parse.words import CmdSub
from migrate.parse.words import Opaque as OpaquePart


class Statements:
    """Statements that use the SDK: commands with their whole statement as span, or refusals."""

    def __init__(self, host: Host, names: Names) -> None:
        self.host = host
        self.names = names
        self.calls = Calls(host, names)

    def refusal(self, st: cst.CSTNode, r: Refused) -> Opaque:
        s, e = self.host.span(st)
        at = self.host.span(r.node)[0]
        return Opaque(s, e, "docker SDK call", Refusal("MIG211", r.message, at, r.hint or HINT, r.extraction))

    def bound(
        self, names: Sequence[str | None], start: int, end: int, after: Sequence[cst.CSTNode] = ()
    ) -> tuple[Assign, ...]:
        """The names a removed statement binds that the script may read with this binding: the planner
        refuses to remove the statement while a kept one still reads them. `after`: the statements that
        follow in the same block; one that assigns the name again ends what this binding reaches."""
        out = []
        for n in names:
            if not n or n == "_":
                continue
            kill = next((self.host.span(st)[0] for st in after if _assigns(st, n)), len(self.host.text))
            if any(at < start or end <= at < kill for at in self.names.loads.get(n, ())):
                out.append(Assign(start, end, n, word(start, start, "", (OpaquePart(n, True),))))
        return tuple(out)

    def header(self, st: cst.CSTNode) -> Opaque | None:
        """An SDK step in the head of an if/while/for/with: not modelled."""
        heads: list[cst.CSTNode] = []
        if isinstance(st, cst.If | cst.While):
            heads.append(st.test)
        elif isinstance(st, cst.For):
            heads.append(st.iter)
        elif isinstance(st, cst.With):
            heads.extend(st.items)
        for h in heads:
            call = self.calls.first_step(h)
            if call is not None:
                return self.refusal(
                    st, Refused("a docker SDK call in the head of a compound statement is not modelled", call)
                )
        if isinstance(st, cst.Try | cst.TryStar):  # only the `try` body is traced
            others: list[cst.CSTNode] = [*st.handlers, *filter(None, (st.orelse, st.finalbody))]
            call = next(filter(None, map(self.calls.first_step, others)), None)
            if call is not None:
                s, e = self.host.span(st)
                message = "docker SDK calls in the `except`, `else` or `finally` of a `try` are not traced"
                return Opaque(s, e, "Try", Refusal("MIG205", message, self.host.span(call)[0], None, True))
        return None

    def untraced(self, st: cst.CSTNode) -> Refusal | None:
        """SDK steps inside a construct the front end does not model (a class, `while`, `match`, a `for`
        over values only known at run time): reported where they are, as the shell's are (MIG205)."""
        call = self.calls.first_step(st)
        if call is None:
            return None
        s, e = self.host.span(st)
        kind = type(st).__name__.removesuffix("Def").lower()
        extraction = "get_archive" in self.host.text[s:e] or ".containers.run" in self.host.text[s:e]
        at = self.host.span(call)[0]
        return Refusal("MIG205", f"docker SDK calls inside a `{kind}` statement are not traced", at, None, extraction)

    def line(self, items: Sequence[cst.CSTNode], i: int) -> tuple[list[Node], int] | None:
        """A simple statement line that uses the SDK (with the log loop after a build); None otherwise."""
        st = items[i]
        if isinstance(st, cst.BaseSmallStatement):  # `if x: client.images.build(...)` on one line
            call = self.calls.first_step(st)
            if call is None:
                return None
            return [
                self.refusal(
                    st, Refused("a docker SDK call on the line of its `if`/`for`/`with` is not modelled", call)
                )
            ], 1
        if not isinstance(st, cst.SimpleStatementLine):
            return None
        try:
            if len(st.body) != 1:
                call = self.calls.first_step(st)
                if call is not None:
                    raise Refused("a docker SDK call among several statements on one line is not modelled", call)
                return None
            return self._small(items, i, st.body[0])
        except Refused as r:
            return [self.refusal(st, r)], 1

    def _small(
        self, items: Sequence[cst.CSTNode], i: int, small: cst.BaseSmallStatement
    ) -> tuple[list[Node], int] | None:
        st = items[i]
        s, e = self.host.span(st)
        if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
            words = self.calls.command(small.value)
            if words is not None:
                return [Command(s, e, (), tuple(words))], 1
        elif isinstance(small, cst.Assign) and len(small.targets) == 1:
            done = self._assign(items, i, small.targets[0].target, small.value)
            if done is not None:
                return done
        call = self.calls.first_step(small)
        if call is not None:
            raise Refused("this use of the docker SDK is not modelled", call)
        return None

    def _assign(
        self, items: Sequence[cst.CSTNode], i: int, target: cst.BaseExpression, value: cst.BaseExpression
    ) -> tuple[list[Node], int] | None:
        st = items[i]
        s, e = self.host.span(st)
        call, index = value, None
        if isinstance(value, cst.Subscript) and len(value.slice) == 1:
            sl = value.slice[0].slice
            if isinstance(sl, cst.Index) and isinstance(sl.value, cst.Integer) and isinstance(value.value, cst.Call):
                call, index = value.value, sl.value.value
        if not isinstance(call, cst.Call):
            return None
        c = self.calls.classify(call)
        if c is None or c[0] == "ctor" or not self.calls.step(call):
            return None
        family, method, _ = c
        if isinstance(target, cst.Tuple | cst.List):
            names = [el.value.value if isinstance(el.value, cst.Name) else None for el in target.elements]
            if not (family, method, index) == ("images", "build", None) or len(names) != 2 or None in names:
                raise Refused("this unpacking of a docker SDK call's result is not modelled", call)
            image, logs = names
            count = 2 if self._log_loop(items, i, logs) else 1
            end = self.host.span(items[i + count - 1])[1]
            logs_bound = self.bound([logs], s, end, items[i + count :])
            return [self._captured(s, end, image, value, self.calls.build(call), logs_bound)], count
        if not isinstance(target, cst.Name):
            raise Refused("this assignment of a docker SDK call's result is not modelled", call)
        name = target.value
        creates = (family, method) == ("containers", "create")
        if index is not None and (family, method, index) != ("images", "build", "0") and not creates:
            raise Refused("this subscript of a docker SDK call's result is not modelled", value)
        words = self.calls.command(call)
        if words is None:
            return None
        if creates or index == "0":  # the value is the new container or image
            return [self._captured(s, e, name, value, words, ())], 1
        return [Command(s, e, self.bound([name], s, e, items[i + 1 :]), tuple(words))], 1

    def _captured(
        self, s: int, e: int, name: str | None, value: cst.BaseExpression, words: list[Word], others: tuple[Assign, ...]
    ) -> Command:
        """`name = <command>` as `name=$(docker …)`: the tracer binds the container or image it makes."""
        if not name or name == "_" or not self.names.loads.get(name):
            return Command(s, e, others, tuple(words))
        vs, ve = self.host.span(value)
        self.host.cmdsubs[vs] = Command(vs, ve, (), tuple(words))
        captured = word(vs, ve, self.host.text[vs:ve], (CmdSub(vs, vs, ve, True, False),))
        return Command(s, e, (Assign(s, e, name, captured), *others), ())

    def _log_loop(self, items: Sequence[cst.CSTNode], i: int, logs: str | None) -> bool:
        """`for line in logs: print(...)` right after the build: it goes with the build."""
        nxt = items[i + 1] if i + 1 < len(items) else None
        return (
            isinstance(nxt, cst.For)
            and logs is not None
            and isinstance(nxt.iter, cst.Name)
            and nxt.iter.value == logs
            and nxt.orelse is None
            and isinstance(nxt.body, cst.IndentedBlock)
            and all(_quiet(b) for b in nxt.body.body)
        )


def _assigns(st: cst.CSTNode, name: str) -> bool:
    """Whether the statement assigns `name` (alone or in a tuple), whatever else happens."""
    small = st.body[0] if isinstance(st, cst.SimpleStatementLine) and len(st.body) == 1 else None
    if not isinstance(small, cst.Assign):
        return False
    for t in small.targets:
        target = t.target
        elements = [el.value for el in target.elements] if isinstance(target, cst.Tuple | cst.List) else [target]
        if any(isinstance(el, cst.Name) and el.value == name for el in elements):
            return True
    return False


_QUIET_METHODS = {"get", "strip", "rstrip", "lstrip", "decode"}


def _quiet(st: cst.CSTNode) -> bool:
    """Only prints (and tests around them): a loop over build logs that does nothing else."""
    if isinstance(st, cst.SimpleStatementLine):
        return all(
            isinstance(sm, cst.Pass | cst.Continue)
            or (
                isinstance(sm, cst.Expr)
                and isinstance(sm.value, cst.Call)
                and dotted(sm.value.func) in ("print", "sys.stdout.write")
                and all(_calm(a.value) for a in sm.value.args)
            )
            for sm in st.body
        )
    if isinstance(st, cst.If):
        other = st.orelse
        return (
            _calm(st.test)
            and isinstance(st.body, cst.IndentedBlock)
            and all(_quiet(b) for b in st.body.body)
            and (
                other is None
                or (isinstance(other, cst.If) and _quiet(other))
                or (
                    isinstance(other, cst.Else)
                    and isinstance(other.body, cst.IndentedBlock)
                    and all(_quiet(b) for b in other.body.body)
                )
            )
        )
    return False


def _calm(node: cst.CSTNode) -> bool:
    """No calls but to a few methods that only read (`chunk.get("stream")`)."""
    calls: list[cst.Call] = []

    class Finder(cst.CSTVisitor):
        def visit_Call(self, call: cst.Call) -> None:
            calls.append(call)

    node.visit(Finder())
    return all(isinstance(c.func, cst.Attribute) and c.func.attr.value in _QUIET_METHODS for c in calls)
