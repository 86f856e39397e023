"""The abstract interpreter: walks a shell script in execution order, propagating values, and records the
flow graph (builds, containers, extractions, host steps). Unknown values stay unknown; nothing is guessed."""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from migrate.diagnostics import Diagnostic
from migrate.parse.shell import parse_shell
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
    Script,
    Seq,
    Word,
    walk,
)
from migrate.parse.words import CmdSub, Lit, Param, Part, split_word
from migrate.parse.words import Opaque as OpaquePart
from migrate.source import SourceFile
from migrate.trace.checks import failure_handler, is_status_check, wrapped_check
from migrate.trace.cp_rules import PathState
from migrate.trace.docker_cli import Arg, parse_docker
from migrate.trace.docker_events import DockerEvents
from migrate.trace.flow import Assignment, FlowGraph, HostStep, Scope, Site
from migrate.trace.paths import UNKNOWN_CWD, repo_dir, to_repo_path
from migrate.trace.values import EMPTY, Sym, Value

_DECLARE = {"export", "local", "readonly", "declare", "typeset"}
_IFS = " \t\n"


def _single_word(value: Value) -> bool:
    """Whether an unquoted unknown surely stays one argument: ids the tracer made, or unknowns whose
    default (what they are when nothing is set) is one word."""
    for sym in value.unknowns:
        if sym.key.startswith(("container:", "image:")):
            continue
        if sym.default is None or not sym.default or any(c in sym.default for c in _IFS):
            return False
    return True


class Tracer:
    def __init__(
        self,
        script: Script,
        source: SourceFile,
        cwd: str,
        checkout: Callable[[str], tuple[PathState, bool]],
        read: Callable[[str], SourceFile | None] | None = None,
    ) -> None:
        self.script = script
        self.read = read  # reads another repository file (for `source`), None when it cannot be read
        self.source = source
        self.cwd = cwd
        self.dirstack: list[str] = []
        self.env: dict[str, Value] = {}
        self.exported: set[str] = set()
        self.functions: dict[str, Function] = {}
        self.graph = FlowGraph(script=str(source.path), cwd=cwd)
        self.order = 0
        self.site: Site | None = None
        self.calling: set[str] = set()
        self.docker = DockerEvents(self, checkout)

    # -- reporting -------------------------------------------------------------------------------
    def diag(self, code: str, message: str, offset: int, hint: str | None = None) -> None:
        line, col = self.source.line_col(offset)
        self.graph.diagnostics.append(Diagnostic(code, message, str(self.source.path), line, col, hint))

    # -- statements ------------------------------------------------------------------------------
    def run(self) -> FlowGraph:
        if self.script.make:
            self._make_variables()
        self.seq(self.script.body, (), top=True)
        return self.graph

    def _make_variables(self) -> None:
        """make's variables as the recipes see them (`make` run with nothing on its command line)."""
        here = repo_dir(posixpath.dirname(str(self.source.path)) or ".")
        self.env.update(CURDIR=Value.of(here), PWD=Value.of(here), MAKE=Value.of("make"))
        for name, op, raw, start in self.script.make_vars:
            value = self.eval_parts(split_word(raw, start, make=True))
            if op == "cond":
                self.env[name] = Value.of(Sym(f"cond:{name}@{start}"))
            elif op == "?=":  # the environment may set it
                self.env[name] = Value.of(Sym(f"env:{name}:-{value.show()}", value.resolved))
            elif op == "+=" and name in self.env:
                self.env[name] = self.env[name] + Value.of(" ") + value
            elif op == "!=":
                self.env[name] = Value.of(Sym(f"cmd:{raw}"))
            else:
                self.env[name] = value

    def seq(self, seq: Seq, scope: Scope, top: bool = False) -> None:
        last_order: int | None = None
        for node in seq.stmts:
            if isinstance(node, If) and last_order is not None and is_status_check(node):
                self.graph.status_checks[last_order] = node
                continue
            self.stmt(node, node, scope)
            last_order = self.order

    def stmt(self, node: Node, unit: Node, scope: Scope) -> None:
        if isinstance(node, Command):
            self.command(node, unit, scope)
        elif isinstance(node, AndOr):
            for i, item in enumerate(node.items):
                if i > 0 and node.ops[i - 1] == "||" and failure_handler(item, self.functions):
                    continue
                conditional = i > 0 and node.ops[i - 1] == "||"
                self.stmt(item, unit, (*scope, ("condition", node.start, i)) if conditional else scope)
        elif isinstance(node, Pipeline):
            if not self._tar_pipe(node, unit, scope):
                for item in node.items:
                    self.stmt(item, unit, (*scope, ("pipeline", node.start, 0)))
        elif isinstance(node, If):
            self._if(node, unit, scope)
        elif isinstance(node, Loop):
            self._loop(node, scope)
        elif isinstance(node, Function):
            self.functions[node.name] = node
        elif isinstance(node, Group):
            if node.subshell:
                saved = (dict(self.env), self.cwd, list(self.dirstack))
                self.seq(node.body, scope if node.recipe else (*scope, ("subshell", node.start, 0)))
                self.env, self.cwd, self.dirstack = saved
            else:
                self.seq(node.body, scope)
        elif isinstance(node, Opaque):
            self._unknown_effects(node)

    def _tar_pipe(self, node: Pipeline, unit: Node, scope: Scope) -> bool:
        """`docker cp c:/path - | tar x -C dir` and `docker export c | tar x`: a copy out through a tar
        stream, traced as one step whose unit is the whole pipeline."""
        if node.negated or len(node.items) != 2 or not all(isinstance(i, Command) for i in node.items):
            return False
        first, second = node.items
        assert isinstance(first, Command) and isinstance(second, Command)
        if second.name != "tar" or not first.words:
            return False
        argv = self.argv(first.words)
        call = parse_docker(argv)
        if call is None or call.verb not in ("cp", "export") or call.one("output") is not None:
            return False
        sites = []
        for cmd in (first, second):
            self.order += 1
            site = Site(cmd, unit, scope, self.order)
            self.graph.sites.append(site)
            sites.append(site)
        self.site = sites[0]
        self.docker.tar_pipe(call, argv, self.argv(second.words), sites[0], sites[1])
        return True

    def _if(self, node: If, unit: Node, scope: Scope) -> None:
        checked = wrapped_check(node)
        if checked is not None:  # `if ! docker build …; then exit 1; fi`: the if is the command's unit
            self.stmt(checked, unit, scope)
            return
        before = dict(self.env)
        branches: list[dict[str, Value]] = []
        for i, (cond, body) in enumerate(node.branches):
            branch = (*scope, ("if", node.start, i))
            self.seq(cond, branch)
            self.env = dict(before)
            self.seq(body, branch)
            branches.append(self.env)
            self.env = dict(before)
        if node.orelse is not None:
            self.seq(node.orelse, (*scope, ("if", node.start, len(node.branches))))
            branches.append(self.env)
        else:
            branches.append(dict(before))
        self.env = self._join(before, branches, node.start)

    def _join(self, before: dict[str, Value], branches: list[dict[str, Value]], at: int) -> dict[str, Value]:
        out = dict(before)
        names = {n for b in branches for n in b}
        for name in names:
            vals = {b.get(name) for b in branches}
            if len(vals) == 1 and None not in vals:
                out[name] = next(iter(vals))  # type: ignore[assignment]
            else:
                out[name] = Value.of(Sym(f"cond:{name}@{at}"))
        return out

    def _loop(self, node: Loop, scope: Scope) -> None:
        items = self._literal_items(node)
        if items is not None:  # `for x in a b c`: unrolled, one scope per item
            for i, item in enumerate(items):
                self.env[node.var or ""] = Value.of(item)
                self.seq(node.body, (*scope, ("for-item", node.start, i)))
            return
        before = dict(self.env)
        inner = (*scope, ("loop", node.start, 0))
        if node.cond is not None:
            self.seq(node.cond, inner)
        if node.var:
            self.env[node.var] = Value.of(Sym(f"loop:{node.var}@{node.start}"))
        self.seq(node.body, inner)
        # anything the body assigned may or may not have happened: unknown after the loop
        self.env = self._join(before, [self.env, before], node.start)

    def _literal_items(self, node: Loop) -> list[str] | None:
        if node.kind != "for" or node.items is None or not node.var:
            return None
        out: list[str] = []
        for arg in self.argv(node.items):
            text = arg.value.literal
            if text is None or not arg.exact or any(c in text for c in "*?["):
                return None
            out.append(text)
        return out if len(out) <= 32 else None

    def _unknown_effects(self, node: Opaque) -> None:
        text = self.script.text[node.start : node.end]
        if "docker" in text or "podman" in text:
            self.diag("MIG205", f"a `{node.kind}` construct around docker commands is not traced", node.start)

    # -- commands --------------------------------------------------------------------------------
    def command(self, cmd: Command, unit: Node, scope: Scope) -> None:
        self.order += 1
        site = Site(cmd, unit, scope, self.order)
        self.graph.sites.append(site)
        self.site = site
        if not cmd.words:
            for a in cmd.assigns:
                self.assign(a)
            self.graph.assignments.append(Assignment(site, tuple(a.name for a in cmd.assigns), False))
            return
        argv = self.argv(cmd.words)
        name = argv[0].value.literal if argv else None
        if name in _DECLARE:
            self._declare(cmd, name == "export", site)
            return
        if name is not None and name in self.functions and name not in self.calling:
            self.calling.add(name)
            fn = self.functions[name]
            self.seq(fn.body, (*scope, ("function", fn.start, cmd.start)))
            self.calling.discard(name)
            return
        if name in ("source", ".") and len(argv) >= 2:
            self._source(argv[1], site)
            return
        if name in ("cd", "pushd", "popd"):
            self._host_step(name, argv, site)  # the directory it names, seen from where it runs
            self._chdir(name, argv[1:])
            return
        call = parse_docker(argv)
        if call is not None:
            self.docker.handle(call, site, argv)
            return
        self._host_step(name or "", argv, site)

    def _source(self, arg: Arg, site: Site) -> None:
        """`source FILE` / `. FILE`: the file's variables become the script's. Only its top-level
        assignments are followed; docker commands in it are reported, not traced."""
        text = arg.value.resolved
        rel = to_repo_path(text, self.cwd) if text is not None else None
        other = self.read(rel) if rel is not None and self.read is not None else None
        if other is None:
            return  # an unknown file: variables it would set stay unknown where they are used
        try:
            script = parse_shell(other.text)
        except (ShellSyntaxError, RecursionError):
            self.diag("MIG101", f"`{rel}`, sourced here, cannot be parsed", site.command.start)
            return
        for node in script.body.stmts:
            if isinstance(node, Command) and not node.words:
                for a in node.assigns:
                    self.env[a.name] = Tracer(script, other, self.cwd, self.docker.checkout)._eval_in(self.env, a.value)
            elif isinstance(node, Command) and node.name == "export":
                for w in node.words[1:]:
                    name, eq, _ = w.text.partition("=")
                    if eq and name.isidentifier():
                        value_word = Word(w.start + len(name) + 1, w.end, w.text[len(name) + 1 :])
                        self.env[name] = Tracer(script, other, self.cwd, self.docker.checkout)._eval_in(
                            self.env, value_word
                        )
                        self.exported.add(name)
            elif any(isinstance(n, Command) and n.name in ("docker", "podman", "sudo") for n in walk(node)):
                self.diag(
                    "MIG205", f"`{rel}`, sourced here, runs docker commands that are not traced", site.command.start
                )

    def _eval_in(self, env: dict[str, Value], word: Word) -> Value:
        """A value of this (sourced) file, evaluated with the variables of the script that sources it."""
        self.env = env
        return self.eval_parts(self.parts(word))

    def _declare(self, cmd: Command, export: bool, site: Site) -> None:
        names: list[str] = []
        for w in cmd.words[1:]:
            name, eq, _ = w.text.partition("=")
            if w.text.startswith("-") or not name.isidentifier():
                continue
            names.append(name)
            if export:
                self.exported.add(name)
            if eq:
                vstart = w.start + len(name) + 1
                self.assign(Assign(w.start, w.end, name, Word(vstart, w.end, w.text[len(name) + 1 :])))
        self.graph.assignments.append(Assignment(site, tuple(names), export))

    def assign(self, a: Assign) -> None:
        value = self.eval_parts(self.parts(a.value))
        if a.append:
            value = self.env.get(a.name, EMPTY) + value
        self.env[a.name] = value

    def _chdir(self, name: str, args: list[Arg]) -> None:
        if name == "popd":
            self.cwd = self.dirstack.pop() if self.dirstack else self.cwd
            return
        target = args[-1].value.resolved if args else None
        new = to_repo_path(target, self.cwd) if target is not None else None
        if name == "pushd":
            self.dirstack.append(self.cwd)
        if new is None:
            self.cwd = UNKNOWN_CWD
        else:
            self.cwd = new.rstrip("/") or "."

    def _host_step(self, name: str, argv: list[Arg], site: Site) -> None:
        paths: list[str] = []
        for a in argv[1:]:
            text = a.value.resolved
            if text is None or text.startswith("-"):
                continue
            rel = to_repo_path(text, self.cwd)
            if rel is not None:
                paths.append(rel.rstrip("/") if rel != "/" else rel)
        for r in site.command.redirects:
            if r.target is not None and r.op not in ("<<", "<<-", "<<<") and not r.op.endswith("&"):
                text = self.eval_parts(self.parts(r.target)).resolved
                rel = to_repo_path(text, self.cwd) if text else None
                if rel is not None:
                    paths.append(rel.rstrip("/"))
        step = HostStep(site, name, [a.value for a in argv[1:]], paths)
        self.graph.host_steps.append(step)
        self.docker.host_effects(step, argv)

    # -- values ----------------------------------------------------------------------------------
    def argv(self, words: tuple[Word, ...]) -> list[Arg]:
        out: list[Arg] = []
        for w in words:
            parts = self.parts(w)
            if len(parts) == 1 and isinstance(parts[0], Param | CmdSub) and not parts[0].quoted:
                value = self.eval_parts(parts)
                text = value.literal
                if text is not None:  # field splitting of an unquoted expansion
                    out.extend(Arg(Value.of(f), w) for f in text.split())
                    continue
                out.append(Arg(value, w, exact=_single_word(value)))
                continue
            out.append(Arg(self.eval_parts(parts), w))
        return out

    def parts(self, word: Word) -> tuple[Part, ...]:
        return split_word(word.text, word.start, make=True) if self.script.make else word.parts

    def eval_parts(self, parts: tuple[Part, ...]) -> Value:
        out: list[Value] = []
        for p in parts:
            if isinstance(p, Lit):
                out.append(Value.of(p.text))
            elif isinstance(p, Param):
                out.append(self._param(p))
            elif isinstance(p, CmdSub):
                out.append(self._cmdsub(p))
            elif isinstance(p, OpaquePart):
                out.append(Value.of(Sym(f"expr:{p.text}")))
        return Value.of(*out)

    def _param(self, p: Param) -> Value:
        name = p.name
        current = self.env.get(name)
        if current is None and name == "PWD":
            current = Value.of(repo_dir(self.cwd))
        elif current is None and name in ("0", "BASH_SOURCE"):  # the script's own path
            current = Value.of(repo_dir(str(self.source.path)))
        if p.op is None:
            if current is not None:
                return current
            return Value.of(Sym(self._unset_key(name)))
        arg = self.eval_parts(split_word(p.arg or "", p.arg_start)) if p.arg is not None else EMPTY
        if p.op in (":-", "-", ":=", "="):
            if current is not None and (current.literal != "" or p.op in ("-", "=")):
                return current
            if current is not None and current.literal == "":
                return arg
            value = Value.of(Sym(f"{self._unset_key(name)}{p.op}{arg.show()}", arg.resolved))
            if p.op in (":=", "="):
                self.env[name] = value
            return value
        if p.op in (":+", "+"):
            if current is None:
                return Value.of(Sym(f"{self._unset_key(name)}{p.op}{arg.show()}", ""))
            return arg if current.literal != "" else EMPTY
        return current if current is not None else Value.of(Sym(self._unset_key(name)))

    @staticmethod
    def _unset_key(name: str) -> str:
        if name.isdigit() or name in "@*#":
            return f"arg:{name}"
        if name in "?$!-":
            return f"special:{name}"
        return f"env:{name}"

    def _cmdsub(self, p: CmdSub) -> Value:
        inner = self.script.cmdsubs.get(p.start)
        text = self.script.text[p.inner_start : p.inner_end].strip()
        if inner is None:
            return Value.of(Sym(f"cmd:{text}"))
        known = self._path_command(inner)
        if known is not None:
            return known
        if isinstance(inner, Command) and inner.words:
            argv = self.argv(inner.words)
            call = parse_docker(argv)
            if call is not None and self.site is not None:
                produced = self.docker.handle(call, self.site, argv)
                if produced is not None:
                    return produced
        elif any(isinstance(n, Command) and n.name in ("docker", "podman", "sudo") for n in walk(inner)):
            self.diag("MIG205", "docker commands inside a compound command substitution are not traced", p.start)
        return Value.of(Sym(f"cmd:{text}"))

    def _path_command(self, node: Node) -> Value | None:
        """The output of the path idioms scripts use to find themselves: `pwd`, `dirname`, `basename`,
        `readlink -f`, `realpath`, and `cd DIR && pwd`."""
        if (isinstance(node, AndOr) and all(op == "&&" for op in node.ops)) or isinstance(node, Group):
            items = node.items if isinstance(node, AndOr) else node.body.stmts
            if len(items) == 2 and all(isinstance(i, Command) and i.words for i in items):
                first, last = items
                assert isinstance(first, Command) and isinstance(last, Command)
                if first.name == "cd" and last.name == "pwd" and len(first.words) == 2:
                    target = self.eval_parts(self.parts(first.words[1])).resolved
                    rel = to_repo_path(target, self.cwd) if target is not None else None
                    return Value.of(repo_dir(rel.rstrip("/"))) if rel is not None else None
            return None
        if not isinstance(node, Command) or not node.words:
            return None
        argv = [a for a in self.argv(node.words) if a.value.literal not in ("--", "-f", "-e", "-m")]
        head = argv[0].value.literal
        if head == "pwd":
            return Value.of(repo_dir(self.cwd))
        if head not in ("dirname", "basename", "readlink", "realpath") or len(argv) != 2:
            return None
        path = argv[1].value.resolved
        if path is None:
            return None
        rel = to_repo_path(path, self.cwd)
        if rel is None:
            return None
        rel = rel.rstrip("/") or "."
        if head == "dirname":
            return Value.of(repo_dir(posixpath.dirname(rel) or "."))
        if head == "basename":
            return Value.of(posixpath.basename(path.rstrip("/")))
        return Value.of(repo_dir(rel))
