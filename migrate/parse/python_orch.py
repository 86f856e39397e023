"""Python orchestrators (libcst): the build script's subprocess calls, assignments and file operations
turned into the shell model, so that the same tracer and planner serve them.

Covered: `subprocess.run/call/check_call/check_output/Popen` with a list argv or a literal string with
`shell=True`, `os.system`, small wrappers (`def sh(*args): subprocess.run(args)`), module constants and
f-strings, ids captured from `check_output`, `os.remove`/`shutil.rmtree`/`os.makedirs`, and the code under
`if __name__ == "__main__":`, and the docker SDK (python_sdk.py, python_archive.py). Every command's span
is its whole statement, so removing it removes the line; words carry their parts directly (a Python string
is not a shell word). Imports of the modules a flow uses are assignments, so that the planner drops the
ones only removed statements used."""

from __future__ import annotations

import posixpath
import re
import shlex
from collections.abc import Collection, Mapping
from typing import Any, cast

import libcst as cst
from libcst.metadata import (
    ByteSpanPositionProvider,
    ExpressionContext,
    ExpressionContextProvider,
    MetadataWrapper,
    QualifiedName,
    QualifiedNameProvider,
)

from migrate.frontends.python import PYTHON
from migrate.parse.python_archive import Archives
from migrate.parse.python_sdk import Statements
from migrate.parse.python_sdk_names import Names
from migrate.parse.shell import parse_shell
from migrate.parse.shell_model import (
    Assign,
    Command,
    Function,
    Group,
    If,
    Loop,
    Node,
    Opaque,
    Redirect,
    Script,
    Seq,
    SourceSyntaxError,
    Word,
)
from migrate.parse.words import CmdSub, Lit, Param, Part
from migrate.parse.words import Opaque as OpaquePart

_RUNNERS = {"run", "call", "check_call", "check_output", "Popen"}
_FILE_OPS = {
    ("os", "remove"): ["rm", "-f"],
    ("os", "unlink"): ["rm", "-f"],
    ("shutil", "rmtree"): ["rm", "-rf"],
    ("os", "makedirs"): ["mkdir", "-p"],
    ("os", "mkdir"): ["mkdir"],
    ("shutil", "copy"): ["cp"],
    ("shutil", "copy2"): ["cp"],
    ("shutil", "copytree"): ["cp", "-r"],
    ("shutil", "move"): ["mv"],
    ("os", "rename"): ["mv"],
    ("os", "chmod"): ["chmod"],
    ("os", "chdir"): ["cd"],
}
# imports a flow may leave unused; importing them has no side effect worth keeping
_TIDY_IMPORTS = {"docker", "io", "os", "shutil", "subprocess", "tarfile"}


def _word(start: int, end: int, text: str, parts: tuple[Part, ...]) -> Word:
    return Word(start, end, text, parts)  # the parts as read: the text is Python, not a shell word


def _dotted(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr.value}" if base else None
    return None


_IMPORTS_DOCKER = re.compile(r"^[ \t]*(?:import|from)[ \t]+docker\b", re.M)


def parse_python(text: str) -> Script:
    try:
        module = cst.parse_module(text)
    except UnicodeError:  # bytes that are not UTF-8 (surrogate escapes): libcst takes UTF-8 text only
        bad = next((i for i, c in enumerate(text) if "\udc80" <= c <= "\udcff"), None)
        raise SourceSyntaxError("not UTF-8 text: the Python front end reads UTF-8 only", bad) from None
    except cst.ParserSyntaxError as err:
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        offset = line_starts[min(err.raw_line, len(line_starts)) - 1] + err.raw_column if err.raw_line else None
        raise SourceSyntaxError(f"Python rejects it: {err.message}", offset) from None
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)  # the module is ours alone: no deep copy of it
    # which docker SDK name a call stands for needs libcst's scope analysis, worth it only where docker is imported;
    # the providers are resolved together, in one walk of the tree
    providers = [ByteSpanPositionProvider, ExpressionContextProvider]
    if _IMPORTS_DOCKER.search(text):
        providers.append(QualifiedNameProvider)
    metadata = wrapper.resolve_many(providers)
    conv = _Converter(text, metadata[ByteSpanPositionProvider])
    contexts = cast(Mapping[cst.CSTNode, ExpressionContext | None], metadata[ExpressionContextProvider])
    qualified = cast(Mapping[cst.CSTNode, Collection[QualifiedName]], metadata.get(QualifiedNameProvider, {}))
    names = Names(conv, contexts, qualified)
    wrapper.module.visit(names)
    conv.sdk = Statements(conv, names)
    conv.archives = Archives(conv.sdk)
    body = conv.block(wrapper.module.body)
    return Script(text, body, {}, conv.cmdsubs, parser="libcst", language=PYTHON)


class _Converter:
    def __init__(self, text: str, spans: Any) -> None:
        self.text = text
        self.data = text.encode("utf-8", errors="surrogateescape")
        self.ascii = len(self.data) == len(text)
        self.spans = spans
        self.cmdsubs: dict[int, Node] = {}
        self.wrappers: set[str] = set()  # functions that only run their arguments as a command
        self.sdk: Statements
        self.archives: Archives

    def span(self, node: cst.CSTNode) -> tuple[int, int]:
        sp = self.spans[node]
        s, e = sp.start, sp.start + sp.length
        if self.ascii:
            return s, e
        return (
            len(self.data[:s].decode("utf-8", "surrogateescape")),
            len(self.data[:e].decode("utf-8", "surrogateescape")),
        )

    # -- statements ------------------------------------------------------------------------------
    def block(self, statements: Any) -> Seq:
        out: list[Node] = []
        items = list(statements)
        i = 0
        while i < len(items):
            taken = self.archives.take(items, i) or self.sdk.line(items, i)  # docker SDK statements
            if taken is None:
                out.extend(self.statement(items[i]))
                i += 1
            else:
                out.extend(taken[0])
                i += taken[1]
        return Seq(tuple(out))

    def statement(self, st: cst.CSTNode) -> list[Node]:
        head = self.sdk.header(st)  # an SDK call in an if/for/with head is refused
        nodes = self._statement(st)
        return [head, *nodes] if head is not None else nodes

    def _statement(self, st: cst.CSTNode) -> list[Node]:
        s, e = self.span(st)
        if isinstance(st, cst.SimpleStatementLine):
            nodes: list[Node] = []
            for small in st.body:
                node = self.small(small, s, e)
                if node is not None:
                    nodes.append(node)
            return nodes
        if isinstance(st, cst.FunctionDef):
            if self._is_wrapper(st):
                self.wrappers.add(st.name.value)
            return [Function(s, e, st.name.value, self.block(st.body.body))]
        if isinstance(st, cst.If):
            if _is_main_guard(st.test):
                return list(self.block(st.body.body).stmts)
            orelse = st.orelse
            other: Seq | None = None
            if isinstance(orelse, cst.Else):
                other = self.block(orelse.body.body)
            elif isinstance(orelse, cst.If):
                other = Seq(tuple(self.statement(orelse)))
            return [If(s, e, ((Seq(), self.block(st.body.body)),), other)]
        if isinstance(st, cst.With | cst.Try):
            return [Group(s, e, self.block(st.body.body), subshell=False)]
        if isinstance(st, cst.For) and isinstance(st.target, cst.Name) and isinstance(st.iter, cst.List | cst.Tuple):
            items = tuple(self.expr_word(el.value) for el in st.iter.elements)
            return [Loop(s, e, "for", st.target.value, items, None, self.block(st.body.body))]
        return [Opaque(s, e, type(st).__name__, self.sdk.untraced(st))]

    def small(self, small: cst.BaseSmallStatement, s: int, e: int) -> Node | None:
        if isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name):
            name = small.targets[0].target.value
            value = self._unwrap_output(small.value)
            command = self.call(value, s, e) if isinstance(value, cst.Call) else None
            if isinstance(command, Command) and command.words:
                vs, ve = self.span(small.value)
                self.cmdsubs[vs] = command
                word = _word(vs, ve, self.text[vs:ve], (CmdSub(vs, vs, ve, True, False),))
            else:
                word = self.expr_word(value)  # `ret.stdout.strip()` reads `ret`, the command's output
            return Command(s, e, (Assign(s, e, name, word),), ())
        if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
            return self.call(small.value, s, e)
        if isinstance(small, cst.Import | cst.ImportFrom):
            names = _import_names(small)
            if names:
                return Command(s, e, tuple(Assign(s, e, n, _word(s, s, "", (OpaquePart(n, True),))) for n in names), ())
        return None

    # -- calls -----------------------------------------------------------------------------------
    def call(self, call: cst.Call, s: int, e: int) -> Command | Opaque | None:
        name = _dotted(call.func)
        args = list(call.args)
        if name is None:
            return None
        module, _, func = name.rpartition(".")
        if (module == "subprocess" and func in _RUNNERS) or name in self.wrappers:
            return self._run(call, args, s, e, wrapper=name in self.wrappers)
        if name == "os.system" and args:
            return self._shell_string(args[0].value, s, e)
        if not module and name not in ("print", "open", "len", "str", "int", "list", "dict", "set", "tuple"):
            # a call of a function of the script: the tracer runs its body there
            words = [_word(*self.span(call.func), name, (Lit(name, True),))]
            words += [self.expr_word(a.value) for a in args if a.keyword is None and not a.star]
            return Command(s, e, (), tuple(words))
        if (module, func) in _FILE_OPS:
            head = _FILE_OPS[(module, func)]
            words = [_word(s, s, h, (Lit(h, True),)) for h in head]
            words += [self.expr_word(a.value) for a in args if a.keyword is None]
            return Command(s, e, (), tuple(words))
        return None

    def _run(self, call: cst.Call, args: list[cst.Arg], s: int, e: int, wrapper: bool) -> Command | Opaque | None:
        keywords = {a.keyword.value: a.value for a in args if a.keyword is not None}
        positional = [a for a in args if a.keyword is None and not a.star]
        if wrapper:
            words = tuple(self.expr_word(a.value) for a in positional)
            return Command(s, e, (), words)
        if not positional:
            return None
        argv = positional[0].value
        flag = keywords.get("shell")
        shell = isinstance(flag, cst.Name) and flag.value == "True"
        redirects = self._stdout(keywords.get("stdout"))
        if isinstance(argv, cst.List | cst.Tuple) and not shell:
            words = tuple(self.expr_word(el.value) for el in argv.elements if not isinstance(el, cst.StarredElement))
            return Command(s, e, (), words, redirects)
        if shell:
            return self._shell_string(argv, s, e)
        return Command(s, e, (), (self.expr_word(argv),), redirects)

    def _shell_string(self, node: cst.BaseExpression, s: int, e: int) -> Command | Opaque:
        """A literal string run by a shell: parsed as shell where it stands in the file."""
        if isinstance(node, cst.SimpleString) and "\\" not in node.value and not node.prefix:
            vs, ve = self.span(node)
            q = len(node.quote)
            masked = (
                re.sub(r"[^\n]", " ", self.text[: vs + q])
                + self.text[vs + q : ve - q]
                + " " * (len(self.text) - ve + q)
            )
            try:
                parsed = parse_shell(masked)
            except SourceSyntaxError:
                parsed = None
            if parsed is not None and len(parsed.body.stmts) == 1 and isinstance(parsed.body.stmts[0], Command):
                inner = parsed.body.stmts[0]
                self.cmdsubs.update(parsed.cmdsubs)
                return Command(s, e, inner.assigns, inner.words, inner.redirects)
        return Opaque(s, e, "shell command built at run time")  # the tracer reports it if it runs docker

    def _stdout(self, node: cst.BaseExpression | None) -> tuple[Redirect, ...]:
        """`stdout=open("file", "wb")`: the command's output goes to a file."""
        if isinstance(node, cst.Call) and _dotted(node.func) == "open" and node.args:
            target = self.expr_word(node.args[0].value)
            return (Redirect(target.start, target.end, ">", target),)
        return ()

    @staticmethod
    def _unwrap_output(node: cst.BaseExpression) -> cst.BaseExpression:
        """`check_output(...).decode().strip()` is the command's output, and so is the `.stdout` of what
        `subprocess.run(..., stdout=PIPE)` returned (`ret.stdout.decode().strip()`)."""
        while True:
            if (
                isinstance(node, cst.Call)
                and isinstance(node.func, cst.Attribute)
                and node.func.attr.value in ("decode", "strip", "rstrip")
            ):
                node = node.func.value
            elif isinstance(node, cst.Attribute) and node.attr.value == "stdout":
                node = node.value
            else:
                return node

    def _is_wrapper(self, fn: cst.FunctionDef) -> bool:
        """`def sh(*args): subprocess.run(args, ...)` (or `list(args)`): its calls are commands."""
        star = fn.params.star_arg
        if not isinstance(star, cst.Param) or len(fn.body.body) != 1:
            return False
        line = fn.body.body[0]
        if not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
            return False
        small = line.body[0]
        call = small.value if isinstance(small, cst.Expr | cst.Return) else None
        if call is not None and isinstance(small, cst.Return):
            call = self._unwrap_output(call)  # `return check_output(args).decode().strip()`
        if not isinstance(call, cst.Call) or (_dotted(call.func) or "").rpartition(".")[2] not in _RUNNERS:
            return False
        first = call.args[0].value if call.args else None
        if isinstance(first, cst.Call) and _dotted(first.func) == "list" and first.args:
            first = first.args[0].value
        return isinstance(first, cst.Name) and first.value == star.name.value

    # -- values ----------------------------------------------------------------------------------
    def expr_word(self, node: cst.BaseExpression) -> Word:
        s, e = self.span(node)
        return _word(s, e, self.text[s:e], self.parts(node))

    def parts(self, node: cst.BaseExpression) -> tuple[Part, ...]:
        s, e = self.span(node)
        if isinstance(node, cst.SimpleString | cst.ConcatenatedString):
            value = node.evaluated_value
            if value is None:
                return (OpaquePart(self.text[s:e], True),)
            return (Lit(value if isinstance(value, str) else value.decode("utf-8", "surrogateescape"), True),)
        if isinstance(node, cst.Integer):
            return (Lit(node.value, True),)
        if isinstance(node, cst.Name):
            return (Param(node.value, None, None, True, s, e),)
        if isinstance(node, cst.FormattedString):
            out: list[Part] = []
            for piece in node.parts:
                if isinstance(piece, cst.FormattedStringText):
                    out.append(Lit(piece.value, True))
                elif (
                    isinstance(piece, cst.FormattedStringExpression)
                    and piece.format_spec is None
                    and piece.conversion is None
                    and _known(inner := self.parts(piece.expression))
                ):
                    out.extend(inner)  # `{name}`, `{os.getcwd()}`: what the expression is
                else:
                    out.append(OpaquePart(self.text[slice(*self.span(piece))], True))
            return tuple(out)
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
            return self.parts(node.left) + self.parts(node.right)
        if isinstance(node, cst.Call):
            name = _dotted(node.func)
            args = [a.value for a in node.args if a.keyword is None]
            if name in ("os.getcwd", "pathlib.Path.cwd", "Path.cwd"):
                return (Param("PWD", None, None, True, s, e),)
            if name == "os.path.abspath" and len(args) == 1 and isinstance(args[0], cst.SimpleString):
                path = str(args[0].evaluated_value)
                if path.startswith("/"):
                    return (Lit(posixpath.normpath(path), True),)
                return (Param("PWD", None, None, True, s, e), Lit("/" + posixpath.normpath(path), True))
            if name in ("os.environ.get", "os.getenv") and args and isinstance(args[0], cst.SimpleString):
                var = str(args[0].evaluated_value)
                default = self.parts(args[1]) if len(args) > 1 else None
                if default is None:
                    return (Param(var, None, None, True, s, e),)
                literal = "".join(p.text for p in default if isinstance(p, Lit))
                if len(default) == 1 and isinstance(default[0], Lit):
                    return (Param(var, ":-", shlex.quote(literal), True, s, e, -1),)
            if name in ("os.path.join", "posixpath.join") and args:
                out = list(self.parts(args[0]))
                for a in args[1:]:
                    out.append(Lit("/", True))
                    out.extend(self.parts(a))
                return tuple(out)
            if name == "str" and len(args) == 1:
                return self.parts(args[0])
        return (OpaquePart(self.text[s:e], True),)


def _known(parts: tuple[Part, ...]) -> bool:
    return not any(isinstance(p, OpaquePart) for p in parts)


def _import_names(node: cst.Import | cst.ImportFrom) -> list[str]:
    """The names an import of a module in _TIDY_IMPORTS binds (none for other modules)."""
    if isinstance(node, cst.ImportFrom):
        module = _dotted(node.module) if node.module is not None and not node.relative else None
        if module is None or module.split(".")[0] not in _TIDY_IMPORTS or isinstance(node.names, cst.ImportStar):
            return []
        aliases = list(node.names)
    else:
        aliases = list(node.names)
        if any((_dotted(a.name) or "").split(".")[0] not in _TIDY_IMPORTS for a in aliases):
            return []
    out = []
    for a in aliases:
        bound = a.asname.name if a.asname is not None else a.name
        if isinstance(bound, cst.Attribute):  # `import os.path` binds `os`
            bound = cst.Name((_dotted(bound) or "").split(".")[0])
        if not isinstance(bound, cst.Name):
            return []
        out.append(bound.value)
    return out


def _is_main_guard(test: cst.BaseExpression) -> bool:
    return isinstance(test, cst.Comparison) and isinstance(test.left, cst.Name) and test.left.value == "__name__"
