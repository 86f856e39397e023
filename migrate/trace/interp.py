"""The abstract interpreter: walks a shell script in execution order, propagating values, and records the
flow graph (builds, containers, extractions, host steps). Unknown values stay unknown; nothing is guessed."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from migrate.diagnostics import Diagnostic
from migrate.parse.shell import parse_shell
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
    Script,
    Seq,
    SourceSyntaxError,
    Word,
)
from migrate.parse.words import Lit, Part, split_word
from migrate.source import SourceFile
from migrate.trace.checks import failure_handler, is_status_check, wrapped_check
from migrate.trace.cp_rules import PathState
from migrate.trace.docker_cli import Arg, DockerCall, parse_docker, same_engine
from migrate.trace.docker_events import DockerEvents
from migrate.trace.evaluate import Evaluator
from migrate.trace.flow import Assignment, FlowGraph, HostStep, Scope, Site
from migrate.trace.paths import UNKNOWN_CWD, to_repo_path
from migrate.trace.unread import region_effects, region_name
from migrate.trace.values import EMPTY, Sym, Value

_DECLARE = {"export", "local", "readonly", "declare", "typeset"}
_MODE_FIRST = {"chmod", "chown", "chgrp"}  # their first operand is a mode or an owner
_PROGRAM_FIRST = {"sed", "grep", "egrep", "fgrep", "awk"}  # their first operand is a script or a pattern
_PROGRAM_OPTIONS = ("-e", "-f", "--expression", "--file", "--regexp")  # unless an option gives it
_MODE = re.compile(r"-[rwxXst]+")  # `chmod -x f`: a mode, not an option
_SHELLS = {"bash", "sh", "dash", "ash"}
_MAX_CALL_DEPTH = 8


_COMPOSE_VALUE_OPTIONS = {"-f", "--file", "-p", "--project-name", "--env-file", "--profile", "--project-directory"}


def _compose_run(argv: list[Arg]) -> bool:
    """`docker-compose run …`, `docker compose run …` (options between allowed)."""
    words = [a.value.literal or "" for a in argv]  # an unknown word is no option and no verb
    if words[:1] == ["docker-compose"] or words[:1] == ["podman-compose"]:
        rest = words[1:]
    elif words[:2] == ["docker", "compose"]:
        rest = words[2:]
    else:
        return False
    i = 0
    while i < len(rest) and rest[i].startswith("-"):
        i += 2 if rest[i] in _COMPOSE_VALUE_OPTIONS else 1
    return i < len(rest) and rest[i] == "run"


def _after_name(parts: tuple[Part, ...], n: int) -> tuple[Part, ...] | None:
    """The parts of `NAME=value` after its first `n` characters (`NAME=`), which an unquoted literal holds."""
    first = parts[0]
    if not isinstance(first, Lit) or first.quoted or len(first.text) < n:
        return None
    rest = first.text[n:]
    return ((Lit(rest, False),) if rest else ()) + parts[1:]


class Tracer(Evaluator):
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
        self.orchestrator = source  # self.source is another file while one it runs or sources is traced
        self.call_stack: list[str] = [str(source.path)]
        self.parsed: dict[str, Script] = {}  # other files run or sourced, by path
        self.function_home: dict[str, tuple[Script, SourceFile]] = {}  # the file each function is defined in
        # regions the shell reader could not read, passed so far: `unread:` value key -> (file, offset)
        self.unread: dict[str, tuple[SourceFile, int, str]] = {}  # -> (file, offset, how to name the region)
        self.unread_said: set[str] = set()
        self.unread_names: dict[str, set[str]] = {}  # the variables a region may set, when its text says which
        self.cwd_unknown = "a `cd` to an unresolved path"  # why the working directory is unknown, when it is

    # -- reporting -------------------------------------------------------------------------------
    def diag(self, code: str, message: str, offset: int, hint: str | None = None) -> None:
        line, col = self.source.line_col(offset)
        self.graph.diagnostics.append(Diagnostic(code, message, str(self.source.path), line, col, hint))

    # -- statements ------------------------------------------------------------------------------
    def run(self) -> FlowGraph:
        self._language_variables()
        self.seq(self.script.body, (), top=True)
        return self.graph

    def seq(self, seq: Seq, scope: Scope, top: bool = False) -> None:
        last_order: int | None = None
        captured: frozenset[str] = frozenset()  # what the statement before assigned (`ID=$(docker …)`)
        for node in seq.stmts:
            if isinstance(node, If) and last_order is not None and is_status_check(node, captured):
                self.graph.status_checks[last_order] = node
                continue
            self.stmt(node, node, scope)
            last_order = self.order
            assigns = node.assigns if isinstance(node, Command) and not node.words else ()
            captured = frozenset(a.name for a in assigns)

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
                self._streamed_context(node)
        elif isinstance(node, If):
            self._if(node, unit, scope)
        elif isinstance(node, Loop):
            self._loop(node, scope)
        elif isinstance(node, Function):
            self.functions[node.name] = node
            self.function_home[node.name] = (self.script, self.source)
        elif isinstance(node, Group):
            if node.subshell:
                saved = (dict(self.env), self.cwd, list(self.dirstack))
                for name, raw, offset in node.automatic:  # make's `$@`, `$<`, … for this recipe line
                    self.env[name] = self.eval_parts(split_word(raw, offset, make=True))
                self.seq(node.body, scope if node.recipe else (*scope, ("subshell", node.start, 0)))
                self.env, self.cwd, self.dirstack = saved
            else:
                self.seq(node.body, scope)
        elif isinstance(node, Opaque):
            self._unknown_effects(node)

    def _streamed_context(self, node: Pipeline) -> None:
        """`docker run builder | docker build -t app -`: the runtime's whole build context is a container's
        output, with no file to take with COPY --from. A handoff of this kind is refused, not ignored."""
        calls = [
            parse_docker(self.argv(item.words)) if isinstance(item, Command) and item.words else None
            for item in node.items
        ]
        last = calls[-1]
        if last is None or last.verb != "build" or [a.value.literal for a in last.positionals] != ["-"]:
            return
        if any(c is not None and c.verb in ("run", "start", "exec", "cp", "export") for c in calls[:-1]):
            self.graph.extraction_attempts += 1
            self.diag(
                "MIG213",
                "the runtime build's context is streamed from a container (`… | docker build -`): there are no "
                "files to take with COPY --from",
                node.start,
            )

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
            site = Site(cmd, unit, scope, self.order, *self._file())
            self.graph.sites.append(site)
            sites.append(site)
        self.site = sites[0]
        # in a Python orchestrator the pipe is tarfile's extractall (python_archive.py), which makes the directory
        self.docker.tar_pipe(
            call, argv, self.argv(second.words), sites[0], sites[1], self.script.language.tar_makes_directory
        )
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
            elif (same := same_engine(vals)) is not None:  # `docker` or `sudo docker`: both run docker
                out[name] = same
                shown = " or ".join(sorted(f"`{v.literal}`" for v in vals if v is not None))
                line = self.source.line_col(at)[0]
                self.assume(f"`${name}` is {shown} (set under a condition, line {line}): either runs {same.literal}")
            else:
                out[name] = Value.of(Sym(f"cond:{name}@{at}"))
        return out

    def assume(self, what: str) -> None:
        self.graph.assumptions.append(what)

    def on_docker(self, call: DockerCall, site: Site, argv: list[Arg]) -> Value | None:
        return self.docker.handle(call, site, argv)

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
        if node.kind == UNREAD:
            self._unread_region(node)
            return
        if node.refusal is not None:  # the front end saw a docker step it cannot model (python_sdk.py)
            r = node.refusal
            self.diag(r.code, r.message, r.offset, r.hint)
            self.graph.extraction_attempts += r.extraction
            return
        text = self.script.text[node.start : node.end]
        if "docker" in text or "podman" in text:
            self.diag("MIG205", f"a `{node.kind}` construct around docker commands is not traced", node.start)

    def _unread_region(self, node: Opaque) -> None:
        """A region the reader could not read runs as a command that may change the variables and the
        working directory its text can change (region_effects): what the flow takes from them afterwards is
        unknown, and is refused at this region's line (see `_unread_uses`). A docker command inside it is
        refused here."""
        text = self.script.text[node.start : node.end]
        names, cwd = region_effects(text, set(self.functions))
        key = f"@{node.start}:{self.source.path}"
        self.unread[key] = (self.source, node.start, region_name(self.source, node.start, node.end, text))
        for name in self.env if names is None else names:
            self.env[name] = Value.of(Sym(f"unread:{name}{key}"))
        if names is not None:
            self.unread_names[key] = names
        line = self.source.line_col(node.start)[0]
        if cwd and self.cwd != UNKNOWN_CWD:
            self.cwd = UNKNOWN_CWD
            self.cwd_unknown = f"line {line} of {self.source.path} could not be read and may change it"
        if "docker" in text or "podman" in text:
            self.diag("MIG110", f"the shell reader could not read {self.unread[key][2]}, which runs docker", node.start)

    def unread_key(self, name: str) -> str | None:
        """The value key of an unset variable an unread region passed so far may have set (None if none)."""
        if name in ("0", "BASH_SOURCE", "PWD"):
            return None
        for key in reversed(self.unread):
            names = self.unread_names.get(key)
            if names is None or name in names:
                return f"unread:{name}{key}"
        return None

    def _unread_uses(self, argv: list[Arg], verb: str, site: Site) -> None:
        """A docker command takes a value an unread region may have set: refused at that region, once."""
        for arg in argv:
            for sym in arg.value.unknowns:
                if not sym.key.startswith("unread:") or sym.key in self.unread_said:
                    continue
                self.unread_said.add(sym.key)
                name, _, key = sym.key[len("unread:") :].partition("@")
                source, offset, region = self.unread["@" + key]
                line, col = source.line_col(offset)
                use = self.source.line_col(site.command.start)[0]
                message = (
                    f"the shell reader could not read {region}, which may change `${name}`; `docker {verb}` uses "
                    f"it (line {use} of {self.source.path})"
                )
                self.graph.diagnostics.append(Diagnostic("MIG110", message, str(source.path), line, col))

    # -- commands --------------------------------------------------------------------------------
    def command(self, cmd: Command, unit: Node, scope: Scope) -> None:
        self.order += 1
        site = Site(cmd, unit, scope, self.order, *self._file())
        self.graph.sites.append(site)
        self.site = site
        if not cmd.words:
            before = self._docker_steps()
            for a in cmd.assigns:
                self.assign(a)
            if self._docker_steps() == before:  # `id=$(docker build …)` is a docker step, not a variable to tidy
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
            self.graph.function_calls.append((site, fn))
            # a function a sourced file defined runs its own file's text
            with self._in_file(*self.function_home.get(name, (self.script, self.source))):
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
        called = self._called_script(name, argv)
        if called is not None and self._run_script(*called, site):
            return
        if _compose_run(argv):  # the service's build, volumes and command live in the compose file
            self.graph.compose_runs.append(site)
            self._host_step(name or "", argv, site)
            return
        call = parse_docker(argv)
        if call is not None:
            if self.unread:
                self._unread_uses(argv, call.verb, site)
            self.docker.handle(call, site, argv)
            return
        self._host_step(name or "", argv, site)

    def _parse_other(self, rel: str, other: SourceFile) -> Script:
        """Another file's script, parsed once however often it runs (the same statements, run again)."""
        if rel not in self.parsed:
            self.parsed[rel] = parse_shell(other.text)
        return self.parsed[rel]

    def _called_script(self, name: str | None, argv: list[Arg]) -> tuple[str, SourceFile, list[Arg]] | None:
        """Another shell script of the repository that this command runs (`./build-builder.sh`,
        `scripts/x.sh`, `sh scripts/x.sh`, `bash -e x.sh`), with its arguments; None for anything else."""
        if name is None or self.read is None:
            return None
        rest = argv[1:]
        if name in _SHELLS or (name.startswith("/") and posixpath.basename(name) in _SHELLS):
            while rest and (rest[0].value.literal or "").startswith("-"):
                if rest[0].value.literal in ("-c", "-s", "-i", "--"):
                    return None  # a command string or standard input, not a file
                rest = rest[1:]
            if not rest or rest[0].value.resolved is None:
                return None
            path, rest = rest[0].value.resolved, rest[1:]
        elif "/" in name and not name.startswith("/"):
            path = name
        else:
            return None
        rel = to_repo_path(path, self.cwd)
        if rel is None or rel.startswith("/"):
            return None
        other = self.read(rel)
        if other is None or rel.endswith(".py"):
            return None
        first = other.text.split("\n", 1)[0]
        if first.startswith("#!") and not any(s in first for s in ("sh", "bash")):
            return None  # another interpreter
        return rel, other, rest

    def _run_script(self, rel: str, other: SourceFile, args: list[Arg], site: Site) -> bool:
        """Trace a called script in place, as the process it is: it sees the exported variables and its
        arguments, starts in the caller's directory, and its variables and directory changes end with it.
        False when it cannot be traced (then it stays an opaque host step)."""
        script = self._enter(rel, other, site, "run")
        if script is None:
            return False
        with self._own_process(args):
            self._trace_file(rel, other, script, site)
        return True

    def _enter(self, rel: str, other: SourceFile, site: Site, how: str) -> Script | None:
        """The script of a file this command runs or sources (`how`), parsed once; None when it is not
        followed: already being traced, too deep, or unparsable (reported when it matters)."""
        if rel in self.call_stack or len(self.call_stack) > _MAX_CALL_DEPTH:
            return None
        try:
            script = self._parse_other(rel, other)
        except SourceSyntaxError as err:
            if how == "sourced" or "docker" in other.text or "podman" in other.text:
                self.diag("MIG101", f"`{rel}`, {how} here, has a syntax error ({err})", site.command.start)
            return None
        except RecursionError:
            if how == "sourced" or "docker" in other.text or "podman" in other.text:
                self.diag("MIG105", f"`{rel}`, {how} here, is nested too deeply to read", site.command.start)
            return None
        self.graph.called.setdefault(rel, site)
        return script

    def _trace_file(self, rel: str, other: SourceFile, script: Script, site: Site) -> None:
        self.call_stack.append(rel)
        try:
            with self._in_file(script, other):
                self.seq(script.body, (*site.scope, ("script", site.command.start, site.order)))
        finally:
            self.call_stack.pop()

    def _file(self) -> tuple[SourceFile | None, Script | None]:
        """The file being traced, for its sites: (None, None) for the orchestrator itself."""
        return (None, None) if self.source is self.orchestrator else (self.source, self.script)

    @contextmanager
    def _in_file(self, script: Script, source: SourceFile) -> Iterator[None]:
        saved = self.script, self.source
        self.script, self.source = script, source
        try:
            yield
        finally:
            self.script, self.source = saved

    @contextmanager
    def _own_process(self, args: list[Arg]) -> Iterator[None]:
        """A child shell: exported variables and the arguments in; nothing it changes comes back."""
        saved = (self.env, self.exported, self.cwd, self.dirstack, self.functions, self.calling, self.function_home)
        self.env = {n: v for n, v in self.env.items() if n in self.exported}
        for i, a in enumerate(args, 1):
            self.env[str(i)] = a.value
        self.env["#"] = Value.of(str(len(args)))
        self.exported = set(self.exported)
        self.dirstack, self.functions, self.calling, self.function_home = [], {}, set(), {}
        try:
            yield
        finally:
            (self.env, self.exported, self.cwd, self.dirstack, self.functions, self.calling, self.function_home) = saved

    def _docker_steps(self) -> tuple[int, ...]:
        g = self.graph
        return (len(g.builds), len(g.containers), len(g.extractions), len(g.docker_uses), g.extraction_attempts)

    def _source(self, arg: Arg, site: Site) -> None:
        """`source FILE` / `. FILE`: the file runs in this shell, traced in place: its variables, `cd`s and
        functions become the script's, and its docker commands are part of the flow (in its own file)."""
        text = arg.value.resolved
        rel = to_repo_path(text, self.cwd) if text is not None else None
        other = self.read(rel) if rel is not None and self.read is not None else None
        if other is None or rel is None:
            return  # an unknown file: variables it would set stay unknown where they are used
        script = self._enter(rel, other, site, "sourced")
        if script is None:
            return
        self.graph.sourced.add(rel)
        self._trace_file(rel, other, script, site)

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
                value = _after_name(w.tree_parts, len(name) + 1) if w.tree_parts else None
                self.assign(Assign(w.start, w.end, name, Word(vstart, w.end, w.text[len(name) + 1 :], value)))
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
            self.cwd_unknown = "a `cd` to an unresolved path"
        else:
            self.cwd = new.rstrip("/") or "."

    def _host_step(self, name: str, argv: list[Arg], site: Site) -> None:
        paths: list[str] = []
        words = [a.value.resolved for a in argv[1:]]
        # `chmod +x f`, `chown u:g f`, `sed 's/a/b/' f`, `grep pat f`: the first operand is no file
        skip = name in _MODE_FIRST and not any(w and w.startswith("--reference") for w in words)
        skip = skip or (name in _PROGRAM_FIRST and not any(w and w.startswith(_PROGRAM_OPTIONS) for w in words))
        expression = False  # the word after `sed -e`, `grep -e`: a script or a pattern
        for a in argv[1:]:
            text = a.value.resolved
            if expression:
                expression = False
                continue
            if name in _PROGRAM_FIRST and text in ("-e", "--expression", "--regexp"):
                expression = True
                continue
            if text is None or (text.startswith("-") and not (name == "chmod" and _MODE.fullmatch(text))):
                continue
            if skip:
                skip = False
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
