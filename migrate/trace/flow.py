"""The flow graph the tracer yields: builds, containers, extractions, cleanups and other host steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from migrate.diagnostics import Diagnostic
from migrate.parse.shell_model import Command, Function, Node, Script
from migrate.slotted import Slotted
from migrate.source import SourceFile
from migrate.trace.cp_rules import CpOutcome
from migrate.trace.docker_cli import Arg, DockerCall
from migrate.trace.values import Value

# Where a statement runs: the constructs around it, outermost first, as (kind, node start, branch or call).
# Kinds: if (branch index), loop, function (call offset), subshell, pipeline, condition (the `||` side),
# script (another script the orchestrator runs; the call's offset).
Scope = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class Site:
    """A command in the script and the statement that removing it deletes.

    `unit` is the statement holding the command (a command, an `&&`/`||` chain, an `if` used as a status
    check). `scope` says under which constructs it runs.
    """

    command: Command
    unit: Node
    scope: Scope
    order: int  # execution order of the command in the trace
    # the file the command is in, when it is a script the orchestrator runs (None: the orchestrator)
    source: SourceFile | None = field(default=None, compare=False, repr=False)
    script: Script | None = field(default=None, compare=False, repr=False)

    def file(self, orchestrator: SourceFile) -> SourceFile:
        return self.source if self.source is not None else orchestrator

    @property
    def guard(self) -> str | None:
        """The innermost construct around the command, None at top level."""
        return self.scope[-1][0] if self.scope else None


def diagnostic_at(orchestrator: SourceFile, code: str, message: str, at: int | Site) -> Diagnostic:
    """A diagnostic at an offset of the orchestrator, or at a traced command (which may be in a script the
    orchestrator runs or sources)."""
    source = orchestrator
    if isinstance(at, Site):
        source, at = at.file(orchestrator), at.command.start
    line, col = source.line_col(at)
    return Diagnostic(code, message, str(source.path), line, col)


class Build(Slotted):
    """A traced `docker build`."""

    __slots__ = (
        "argv",
        "build_args",
        "call",
        "context",
        "cwd",
        "dockerfile",
        "image_id",
        "platform",
        "problem",
        "site",
        "tags",
        "target",
    )

    site: Final[Site]
    call: Final[DockerCall]
    dockerfile: Final[str | None]  # repository-relative; None when unknown
    context: Final[str | None]  # repository-relative directory; None for a context-less build (`docker build -`)
    tags: Final[list[Value]]
    build_args: Final[list[tuple[str, Arg]]]
    target: Final[str | None]
    platform: Final[str | None]
    cwd: Final[str]
    problem: Final[str | None]  # why the build's options cannot be fully understood
    argv: list[Arg]  # the command line, word by word
    image_id: Value | None  # the value its id holds (`id=$(docker build -q …)`, `docker images -q TAG`)

    def __init__(
        self,
        site: Site,
        call: DockerCall,
        dockerfile: str | None,
        context: str | None,
        tags: list[Value],
        build_args: list[tuple[str, Arg]],
        target: str | None,
        platform: str | None,
        cwd: str,
        problem: str | None = None,
        argv: list[Arg] | None = None,
        image_id: Value | None = None,
    ) -> None:
        self.site = site
        self.call = call
        self.dockerfile = dockerfile
        self.context = context
        self.tags = tags
        self.build_args = build_args
        self.target = target
        self.platform = platform
        self.cwd = cwd
        self.problem = problem
        self.argv = [] if argv is None else argv
        self.image_id = image_id


class Container(Slotted):
    """A traced `docker create` or `docker run`."""

    __slots__ = ("auto_remove", "build", "call", "command", "image", "name", "ran", "ref", "site", "started")

    site: Final[Site]
    name: Final[Value | None]
    image: Final[Value]
    build: Final[Build | None]
    ran: Final[bool]  # created by `docker run` (its command ran) rather than `docker create`
    ref: Final[Value | None]  # the value a captured id holds (`id=$(docker create …)`)
    command: Final[list[Value]]  # the command given after the image
    auto_remove: Final[bool]  # `docker run --rm`
    call: Final[DockerCall | None]  # the parsed create/run command line
    started: Site | None  # the `docker start` that ran a created container's command, if any

    def __init__(
        self,
        site: Site,
        name: Value | None,
        image: Value,
        build: Build | None,
        ran: bool,
        ref: Value | None = None,
        command: list[Value] | None = None,
        auto_remove: bool = False,
        call: DockerCall | None = None,
        started: Site | None = None,
    ) -> None:
        self.site = site
        self.name = name
        self.image = image
        self.build = build
        self.ran = ran
        self.ref = ref
        self.command = [] if command is None else command
        self.auto_remove = auto_remove
        self.call = call
        self.started = started


class Extraction(Slotted):
    """A traced extraction of files from a container to the host."""

    __slots__ = ("also", "container", "dest", "dest_state", "outcome", "site", "src", "via")

    site: Final[Site]
    container: Final[Container]
    src: Final[str]  # the container path as written
    dest: Final[str]  # the host destination as written (repository-relative)
    outcome: Final[CpOutcome]
    via: Final[str]  # cp | mount (a bind mount the container writes) | stdout (`> file`) | tar (`cp … - | tar x`)
    dest_state: Final[str]  # what the host destination was before (for mounts: whether it held files)
    also: Final[list[Site]]  # other commands of the step (the `tar x` of a pipe)

    def __init__(
        self,
        site: Site,
        container: Container,
        src: str,
        dest: str,
        outcome: CpOutcome,
        via: str = "cp",
        dest_state: str = "absent",
        also: list[Site] | None = None,
    ) -> None:
        self.site = site
        self.container = container
        self.src = src
        self.dest = dest
        self.outcome = outcome
        self.via = via
        self.dest_state = dest_state
        self.also = [] if also is None else also


class HostStep(Slotted):
    """Any other command: what it is and which host paths it names (repository-relative)."""

    __slots__ = ("args", "name", "paths", "site")

    site: Final[Site]
    name: Final[str]
    args: Final[list[Value]]
    paths: Final[list[str]]

    def __init__(self, site: Site, name: str, args: list[Value], paths: list[str]) -> None:
        self.site = site
        self.name = name
        self.args = args
        self.paths = paths


class DockerUse(Slotted):
    """A docker command that is not part of the flow's grammar (tag, push, run, rm, rmi, ...)."""

    __slots__ = ("call", "containers", "images", "site")

    site: Final[Site]
    call: Final[DockerCall]
    images: Final[list[Value]]  # the image references it names
    containers: Final[list[Container]]  # the traced containers it names

    def __init__(self, site: Site, call: DockerCall, images: list[Value], containers: list[Container]) -> None:
        self.site = site
        self.call = call
        self.images = images
        self.containers = containers


class Assignment(Slotted):
    """A traced shell assignment or export."""

    __slots__ = ("exported", "names", "site")

    site: Final[Site]
    names: Final[tuple[str, ...]]
    exported: Final[bool]

    def __init__(self, site: Site, names: tuple[str, ...], exported: bool) -> None:
        self.site = site
        self.names = names
        self.exported = exported


@dataclass(eq=False)  # an entity: equal only to itself
class FlowGraph:
    """Everything the tracer saw an orchestrator do with docker, in execution order."""

    script: str  # repository-relative path of the orchestrator
    cwd: str  # the directory the script is taken to run from
    builds: list[Build] = field(default_factory=list)
    containers: list[Container] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    host_steps: list[HostStep] = field(default_factory=list)
    docker_uses: list[DockerUse] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)  # every command run, in order
    extraction_attempts: int = 0  # `docker cp` out of a container, including ones that could not be traced
    # status checks (`if [ $? -ne 0 ]`) by the order of the command they check
    status_checks: dict[int, Node] = field(default_factory=dict)
    # scripts the orchestrator runs (`./build-builder.sh`, `sh scripts/x.sh`), traced in place: path -> the call
    called: dict[str, Site] = field(default_factory=dict)
    sourced: set[str] = field(default_factory=set)  # those of them `source`d (they run in the caller's shell)
    function_calls: list[tuple[Site, Function]] = field(default_factory=list)  # each call of a script function
    assumptions: list[str] = field(default_factory=list)  # values taken as known though not literal, in words
    compose_runs: list[Site] = field(default_factory=list)  # `docker compose run SERVICE`: not traced
