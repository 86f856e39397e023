"""What each docker command means for the flow: builds define images, create/run define containers, cp
extracts artifacts under docker cp's rules; the host file system state that decides those rules is
tracked here too (mkdir, rm, earlier copies, and the checkout)."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Protocol

from migrate.parse.shell_model import Word
from migrate.trace.cp_rules import CpFailure, CpOutcome, PathState, copy_out, split_container_arg
from migrate.trace.docker_cli import Arg, DockerCall
from migrate.trace.flow import Build, Container, DockerUse, Extraction, FlowGraph, HostStep, Site
from migrate.trace.paths import REPO, UNKNOWN_CWD, is_inside, show, to_repo_path
from migrate.trace.values import Sym, Value


class TraceState(Protocol):
    """What docker events read and write of the trace they are part of (the tracer is one; a test may pass
    its own): where the script is, the graph being built, findings, and the value of a word."""

    cwd: str
    cwd_unknown: str  # why the working directory is unknown, when it is
    graph: FlowGraph

    def diag(self, code: str, message: str, offset: int, hint: str | None = None) -> None: ...

    def word_value(self, word: Word) -> Value: ...


def normalize_image(value: Value) -> Value:
    """`name` and `name:latest` are the same image; a value ending in an unknown is left alone."""
    last = value.pieces[-1] if value.pieces else ""
    if not isinstance(last, str):
        return value
    tail = last.rsplit("/", 1)[-1]
    if ":" in tail or "@" in tail or (len(value.pieces) == 1 and not last):
        return value
    return value + Value.of(":latest")


class DockerEvents:
    def __init__(self, trace: TraceState, checkout: Callable[[str], tuple[PathState, bool]]) -> None:
        self.t = trace
        self.checkout = checkout
        self.fs: dict[str, PathState] = {}
        self.images: list[tuple[Value, Build]] = []
        self.counter = 0

    # -- dispatch --------------------------------------------------------------------------------
    def handle(self, call: DockerCall, site: Site, argv: list[Arg]) -> Value | None:
        if call.verb == "build":
            image = self.build(call, site)
            self.t.graph.builds[-1].argv = argv
            return image
        if call.verb in ("create", "run"):
            return self.container(call, site)
        if call.verb == "cp":
            self.cp(call, site)
            return None
        self.use(call, site)
        if call.verb == "images" and "quiet" in call.flags and len(call.positionals) == 1:
            build = self.find_build(call.positionals[0].value)  # `docker images -q TAG`: the image's id
            if build is not None and build.image_id is not None:
                return build.image_id
        return None

    def use(self, call: DockerCall, site: Site) -> None:
        images: list[Value] = []
        containers: list[Container] = []
        if call.verb in ("rmi", "tag", "push"):
            images = [a.value for a in call.positionals]
        if call.verb in ("rm", "stop", "kill", "start"):
            containers = [c for a in call.positionals if (c := self.find_container(a.value)) is not None]
        if call.verb == "start":  # the created container's command runs now
            for c in containers:
                c.started = c.started or site
        self.t.graph.docker_uses.append(DockerUse(site, call, images, containers))

    def _cwd(self, site: Site) -> str | None:
        if self.t.cwd == UNKNOWN_CWD:
            self.t.diag("MIG201", f"the working directory is unknown here ({self.t.cwd_unknown})", site.command.start)
            return None
        return self.t.cwd

    # -- build -----------------------------------------------------------------------------------
    def build(self, call: DockerCall, site: Site) -> Value:
        cwd = self.t.cwd
        context: str | None = None
        dockerfile: str | None = None
        problem = call.problem
        if cwd == UNKNOWN_CWD:
            problem = problem or f"the working directory is unknown here ({self.t.cwd_unknown})"
        if problem is None and len(call.positionals) != 1:
            problem = f"expected one build context, found {len(call.positionals)}"
        ctx_text = call.positionals[0].value.resolved if call.positionals and problem is None else None
        stdin = self._stdin_file(site)
        if problem is None and ctx_text is None:
            problem = f"the build context `{call.positionals[0].value.show()}` cannot be resolved"
        elif ctx_text == "-":
            dockerfile = stdin
        elif ctx_text is not None and ("://" in ctx_text or ctx_text.startswith("git@")):
            problem = "a remote build context"
        elif ctx_text is not None and cwd != UNKNOWN_CWD:
            context = to_repo_path(ctx_text, cwd)
            if context is None:
                problem = f"the build context `{show(ctx_text)}` is outside the repository"
            else:
                context = context.rstrip("/") or "."
        file_arg = call.one("file")
        if file_arg is not None:
            text = file_arg.value.resolved
            if text == "-":
                dockerfile = stdin
            elif text is None:
                problem = problem or f"the Dockerfile `{file_arg.value.show()}` cannot be resolved"
            else:
                dockerfile = to_repo_path(text, cwd)
        elif context is not None:
            dockerfile = posixpath.normpath(posixpath.join(context, "Dockerfile"))
        target_arg = call.one("target")
        target = target_arg.value.resolved if target_arg else None
        if target_arg is not None and target is None:
            problem = problem or f"the target `{target_arg.value.show()}` cannot be resolved"
        platform_arg = call.one("platform")
        build_args: list[tuple[str, Arg]] = []
        for a in call.opts.get("build-arg", []):
            split = a.value.split_first("=")
            name = (split[0] if split else a.value).literal
            if name is None:
                problem = problem or f"the build argument `{a.value.show()}` cannot be resolved"
                continue
            build_args.append((name, a))
        build = Build(
            site=site,
            call=call,
            dockerfile=dockerfile,
            context=context,
            tags=[a.value for a in call.opts.get("tag", [])],
            build_args=build_args,
            target=target,
            platform=platform_arg.value.show() if platform_arg else None,
            cwd=cwd,
            problem=problem,
        )
        self.t.graph.builds.append(build)
        self.counter += 1
        image_id = Value.of(Sym(f"image:{self.counter}"))
        build.image_id = image_id
        for tag in [*build.tags, image_id]:
            self.images.append((normalize_image(tag), build))
        return image_id

    def _stdin_file(self, site: Site) -> str | None:
        for r in site.command.redirects:
            if r.op == "<" and r.target is not None:
                text = self.t.word_value(r.target).resolved
                return to_repo_path(text, self.t.cwd) if text else None
        return None

    def find_build(self, image: Value) -> Build | None:
        want = normalize_image(image)
        for value, build in reversed(self.images):
            if value == want:
                return build
        return None

    # -- containers ------------------------------------------------------------------------------
    def container(self, call: DockerCall, site: Site) -> Value | None:
        ran = call.verb == "run"
        if call.problem or not call.positionals:
            self.use(call, site)
            if call.problem:
                self.t.diag("MIG202", f"`docker {call.verb}`: {call.problem}", site.command.start, _quote_hint(call))
                if ran and _may_write_host(call, site):
                    self.t.graph.extraction_attempts += 1  # a flow the tracer cannot follow: refused, not passed over
            return None
        image = call.positionals[0].value
        name_arg = call.one("name")
        self.counter += 1
        ref = Value.of(Sym(f"container:{self.counter}"))
        container = Container(
            site,
            name_arg.value if name_arg else None,
            image,
            self.find_build(image),
            ran,
            ref,
            command=[a.value for a in call.positionals[1:]],
            auto_remove="rm" in call.flags,
            call=call,
        )
        self.t.graph.containers.append(container)
        if ran:
            self.t.graph.docker_uses.append(DockerUse(site, call, [image], [container]))
            self._run_outputs(container, call, site)
        return ref

    def _run_outputs(self, container: Container, call: DockerCall, site: Site) -> None:
        """What a `docker run` leaves on the host: files written into a bind-mounted repository directory,
        or its standard output redirected to a file."""
        for spec in call.opts.get("volume", []):
            text = spec.value.resolved
            if text is None or ":" not in text:
                continue
            src, _, rest = text.partition(":")
            ctr, _, options = rest.partition(":")
            if not src.startswith(("/", ".", REPO, "~")):
                continue  # a named volume
            if {"ro", "readonly"} & set(options.split(",")):
                continue  # mounted read-only: the container reads it and cannot write into it
            host = to_repo_path(src, self.t.cwd)
            if host is None:
                continue
            host = host.rstrip("/") or "."
            made = self.fs.get(host)  # made (empty) or removed by the script, else as in the checkout
            state = "absent" if made in (PathState.DIR, PathState.ABSENT) else self.checkout(host)[0].value
            if state == PathState.FILE.value and made is None and container.build is None:
                continue  # a repository file handed to a service the script does not build: an input, no output
            self.t.graph.extractions.append(
                Extraction(
                    site,
                    container,
                    ctr,
                    host,
                    CpOutcome(host, ctr),
                    via="mount",
                    dest_state="absent" if state == "absent" else "tracked",
                )
            )
            self.t.graph.extraction_attempts += 1
            self.fs[host] = PathState.UNKNOWN
        for r in site.command.redirects:
            if r.op in (">", "1>", ">|") and r.target is not None:
                target = self.t.word_value(r.target)
                text = target.resolved
                if text is None and container.build is None:
                    continue  # an image the script does not build: its output is no artifact of a flow here
                if text is None:  # a builder's output goes to a file whose name is not known: not followed
                    message = f"the file `{r.target.text}` that `docker run` writes its output to cannot be resolved"
                    self.t.diag("MIG201", message, site.command.start)
                    self.t.graph.extraction_attempts += 1
                    continue
                host = to_repo_path(text, self.t.cwd)
                if host is None:
                    continue
                words = [v.resolved for v in container.command]
                src = " ".join(v.show() for v in container.command)
                # only `cat FILE` puts a container file on stdout as it is
                path = words[1] if len(words) == 2 and words[0] in ("cat", "/bin/cat") else None
                path = posixpath.normpath(path) if path and path.startswith("/") else ""
                self.t.graph.extractions.append(
                    Extraction(site, container, src, host, CpOutcome(host, path), via="stdout")
                )
                self.t.graph.extraction_attempts += 1
                self.fs[host] = PathState.FILE

    def find_container(self, value: Value) -> Container | None:
        for c in reversed(self.t.graph.containers):
            if value in (c.name, c.ref):
                return c
        return None

    # -- cp --------------------------------------------------------------------------------------
    def cp(self, call: DockerCall, site: Site) -> None:
        at = site.command.start
        if call.problem or len(call.positionals) != 2:
            self.t.graph.extraction_attempts += 1
            self.t.diag("MIG202", f"`docker cp`: {call.problem or 'expected a source and a destination'}", at)
            return
        src, dst = (a.value for a in call.positionals)
        src_side, dst_side = _container_side(src), _container_side(dst)
        if src_side is None:
            self.use(call, site)  # a copy into a container: the plan decides whether it matters
            return
        self.t.graph.extraction_attempts += 1
        if dst_side is not None:
            self.t.diag("MIG202", "`docker cp` between two containers is not supported by docker", at)
            return
        container = self.find_container(src_side[0])
        if container is None:
            self.t.diag(
                "MIG203",
                f"`docker cp`: the container `{src_side[0].show()}` is not one the script was seen to create "
                "(with `docker create` or `docker run`)",
                at,
            )
            return
        path = src_side[1].resolved
        dest_text = dst.resolved
        if path is None or dest_text is None:
            bad = src_side[1] if path is None else dst
            if not all(u.key.startswith("unread:") for u in bad.unknowns):  # else MIG110 says why, once
                self.t.diag("MIG201", f"`docker cp`: `{show(bad.show())}` cannot be resolved", at)
            return
        if dest_text == "-":
            self.t.diag("MIG202", "`docker cp … -` (a tar stream on stdout) is not migrated yet", at)
            return
        cwd = self._cwd(site)
        if cwd is None:
            return
        dest = to_repo_path(dest_text, cwd)
        if dest is None:
            self.t.diag("MIG207", f"`docker cp` writes `{show(dest_text)}`, outside the repository", at)
            return
        target = dest.rstrip("/") or "."
        state = self.state(target, at)
        parent = posixpath.dirname(target) or "."
        parent_ok = parent == "." or self.state(parent, at) is PathState.DIR
        outcome = copy_out(path, dest, state, parent_ok)
        if isinstance(outcome, CpFailure):
            self.t.diag("MIG208", f"`docker cp`: {outcome.reason}", at)
            return
        self.t.graph.extractions.append(Extraction(site, container, path, dest, outcome))
        if not outcome.merged:
            self.fs[outcome.host] = PathState.UNKNOWN

    def tar_pipe(
        self, call: DockerCall, argv: list[Arg], tar: list[Arg], site: Site, tar_site: Site, makes_dir: bool = False
    ) -> None:
        """`docker cp c:/path - | tar x [-C dir]` is `docker cp c:/path dir` into an existing directory;
        `docker export c | tar x [-C dir]` copies the whole file system into it. `makes_dir`: the extraction
        creates a missing directory first (Python's `TarFile.extractall`)."""
        at = site.command.start
        self.t.graph.extraction_attempts += 1
        export = call.verb == "export"
        directory, problem = _tar_extract_dir(tar)
        if problem is not None:
            self.t.diag("MIG202", f"`tar` after `docker {'export' if export else 'cp'}`: {problem}", at)
            return
        positionals = [a.value for a in call.positionals]
        ref: Value | None = None
        path: str | None = None
        if export:
            ref, path = (positionals[0] if positionals else None), "/."
        else:
            if len(positionals) != 2 or positionals[1].literal != "-":
                self.t.diag("MIG202", "`docker cp` into a pipe needs a source and `-`", at)
                return
            side = _container_side(positionals[0])
            ref, path = (side[0], side[1].resolved) if side else (None, None)
        container = self.find_container(ref) if ref is not None else None
        if container is None or path is None:
            self.t.diag(
                "MIG203",
                "the container of this copy is not one the script was seen to create (with `docker create` or "
                "`docker run`)",
                at,
            )
            return
        dest = to_repo_path(directory, self.t.cwd)
        if dest is None:
            self.t.diag("MIG207", f"`tar` extracts into `{show(directory)}`, outside the repository", at)
            return
        dest = dest.rstrip("/") or "."
        state = self.state(dest, at) if dest != "." else PathState.DIR
        if makes_dir and state is PathState.ABSENT:
            self.fs[dest] = state = PathState.DIR
        if state is not PathState.DIR:
            self.t.diag("MIG208", f"`tar -C {dest}` fails: the directory does not exist", at)
            return
        outcome = copy_out(path, dest, PathState.DIR, True)
        assert not isinstance(outcome, CpFailure)
        self.t.graph.extractions.append(Extraction(site, container, path, dest, outcome, via="tar", also=[tar_site]))

    # -- host file system ------------------------------------------------------------------------
    def state(self, path: str, at: int) -> PathState:
        for known, st in self.fs.items():
            if known == path:
                return st
            if st is PathState.ABSENT and is_inside(path, known):
                return PathState.ABSENT
        state, untracked = self.checkout(path)
        if untracked:
            self.t.diag(
                "MIG209",
                f"`{path}` exists in the working tree but is not tracked by git; "
                "taken as absent, as in a clean checkout",
                at,
            )
        return state

    def host_effects(self, step: HostStep, argv: list[Arg]) -> None:
        flags = {a.value.literal for a in argv[1:] if (a.value.literal or "").startswith("-")}
        if step.name == "mkdir":
            for p in step.paths:
                self.fs[p] = PathState.DIR
                if any("p" in f for f in flags if f and not f.startswith("--")) or "--parents" in flags:
                    parent = posixpath.dirname(p)
                    while parent:
                        self.fs[parent] = PathState.DIR
                        parent = posixpath.dirname(parent)
        elif step.name == "rm":
            for p in step.paths:
                for known in [k for k in self.fs if is_inside(k, p)]:
                    del self.fs[known]
                self.fs[p] = PathState.ABSENT
        elif step.name in ("cp", "mv", "ln", "touch", "tar", "unzip") and step.paths:
            self.fs[step.paths[-1]] = PathState.UNKNOWN


_TAR_FLAGS = set("xvpf")


def _tar_extract_dir(tar: list[Arg]) -> tuple[str, str | None]:
    """The directory `tar x` extracts into, or a problem with its options."""
    words = [a.value.resolved for a in tar[1:]]
    if any(w is None for w in words):
        return "", "its arguments cannot be resolved"
    directory = "."
    i = 0
    mode_seen = False
    while i < len(words):
        w = words[i] or ""
        if w in ("-C", "--directory"):
            if i + 1 >= len(words):
                return "", "-C needs a directory"
            directory = words[i + 1] or ""
            i += 2
            continue
        if w.startswith("--directory="):
            directory = w.partition("=")[2]
        elif w in ("-f", "--file") and i + 1 < len(words) and words[i + 1] == "-":
            i += 1
        elif w in ("--file=-", "-", "--same-owner", "--preserve-permissions", "-v", "-x", "--extract", "-p"):
            mode_seen = mode_seen or w in ("-x", "--extract")
        elif set(w.lstrip("-")) <= _TAR_FLAGS and "x" in w:
            mode_seen = True
            if w.lstrip("-").endswith("f") and i + 1 < len(words) and words[i + 1] == "-":
                i += 1
        else:
            return "", f"option `{w}` is not a plain extraction"
        i += 1
    if not mode_seen:
        return "", "it does not extract (`x`)"
    return directory, None


def _container_side(value: Value) -> tuple[Value, Value] | None:
    """(container, path) when `value` names a container path, as docker cp's splitCpArg decides."""
    first = value.pieces[0] if value.pieces else ""
    if isinstance(first, str):
        if first.startswith(REPO):
            return None
        if value.literal is not None:
            split = split_container_arg(value.literal)
            return (Value.of(split[0]), Value.of(split[1])) if split else None
        if first.startswith(("/", ".")):
            return None
    return value.split_first(":")


def _may_write_host(call: DockerCall, site: Site) -> bool:
    """Whether a `docker run` may leave files on the host: its standard output goes to a file, or it mounts
    a host path (what was read of its options before the one that could not be)."""
    if any(r.op in (">", "1>", ">|", ">>") and r.target is not None for r in site.command.redirects):
        return True
    return any(":" in (v.value.show()) for v in call.opts.get("volume", [])) or bool(call.opts.get("mount"))


def _quote_hint(call: DockerCall) -> str | None:
    """For an unquoted unknown: quoting it changes nothing when its value is one word, and lets the tool
    read the command."""
    if call.split is None or call.split.word is None:
        return None
    word = call.split.word.text
    return f'If `{word}` is always one word, quote it (`"{word}"`): the command runs the same and can be followed.'
