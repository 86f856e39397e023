"""Pick the builder-pattern flow out of a traced script: which builds are builders, which artifacts they
hand over, which statements served the flow, and which host steps forbid the migration."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from migrate.diagnostics import Diagnostic
from migrate.parse.shell_model import Command, If, Script, walk
from migrate.plan.host_commands import Effect, step_effect
from migrate.slotted import Slotted
from migrate.source import SourceFile
from migrate.trace.docker_events import normalize_image
from migrate.trace.flow import Build, Container, Extraction, FlowGraph, HostStep, Site, diagnostic_at
from migrate.trace.paths import is_inside
from migrate.trace.values import Value


class Artifact(Slotted):
    """An extraction together with the build whose image it comes from."""

    __slots__ = ("build", "extraction")

    extraction: Final[Extraction]
    build: Final[Build]

    def __init__(self, extraction: Extraction, build: Build) -> None:
        self.extraction = extraction
        self.build = build

    @property
    def host(self) -> str:
        return self.extraction.outcome.host

    @property
    def container(self) -> str:
        return self.extraction.outcome.container

    @property
    def merged(self) -> bool:
        return self.extraction.outcome.merged


@dataclass
class Flow:
    """One builder-pattern flow: its builds, its artifacts, and the orchestrator statements it removes."""

    graph: FlowGraph
    artifacts: list[Artifact]
    builders: list[Build]  # in script order
    removed: dict[int, Site] = field(default_factory=dict)  # by execution order
    runtime: Build | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def remove(self, site: Site) -> None:
        self.removed[site.order] = site


def select_flow(graph: FlowGraph, source: SourceFile) -> Flow | None:
    """The flow the extractions define, with blocking diagnostics for what cannot be migrated; None when
    the script extracts nothing (no builder pattern)."""
    if not graph.extractions and not graph.extraction_attempts:
        return None
    flow = Flow(graph, [], [])
    containers: list[Container] = []
    for ex in graph.extractions:
        c = ex.container
        if c not in containers:
            containers.append(c)
        flow.remove(ex.site)
        for site in ex.also:
            flow.remove(site)
        if c.build is None:
            flow.diagnostics.append(
                diagnostic_at(
                    source,
                    "MIG203",
                    f"the image `{c.image.show()}` of this container is not built by the script",
                    c.site,
                )
            )
            _explain_unlinked(flow, graph, source)
            continue
        flow.artifacts.append(Artifact(ex, c.build))
        if c.build not in flow.builders:
            flow.builders.append(c.build)
    for c in containers:
        flow.remove(c.site)
    for b in flow.builders:
        flow.remove(b.site)
        if b.problem:
            flow.diagnostics.append(diagnostic_at(source, "MIG202", f"builder build: {b.problem}", b.site))
        elif b.dockerfile is None:
            flow.diagnostics.append(
                diagnostic_at(
                    source,
                    "MIG206",
                    "the builder Dockerfile comes from standard input without a file",
                    b.site,
                )
            )
    _docker_cleanup(flow, containers)
    return flow


def _explain_unlinked(flow: Flow, graph: FlowGraph, source: SourceFile) -> None:
    for b in graph.builds:
        if b.problem:
            flow.diagnostics.append(diagnostic_at(source, "MIG202", f"build: {b.problem}", b.site))


def builder_images(flow: Flow) -> list[Value]:
    out: list[Value] = []
    for b in flow.builders:
        out.extend(normalize_image(t) for t in b.tags)
        if b.image_id is not None:  # `docker rmi $(docker images -q builder)` names it by its id
            out.append(b.image_id)
    return out


def _docker_cleanup(flow: Flow, containers: list[Container]) -> None:
    """`docker rm`, `stop` and `kill` of the flow's containers, `docker rmi` of its builder images and
    `docker images -q` that only looks a builder image's id up go with the flow."""
    images = builder_images(flow)
    names = [c.name for c in containers if c.name is not None]
    for use in flow.graph.docker_uses:
        verb = use.call.verb
        named = [a.value for a in use.call.positionals]
        # `docker rm` of the flow's containers, also the `docker rm -f NAME || true` run before creating it
        removes = (
            verb in ("rm", "stop", "kill")
            and bool(named)
            and all(any(v in (c.name, c.ref) for c in containers) or v in names for v in named)
        )
        looks_up = verb == "images" and len(named) == 1 and normalize_image(named[0]) in images
        if (
            removes
            or looks_up
            or (verb == "rmi" and use.images and all(normalize_image(i) in images for i in use.images))
        ):
            flow.remove(use.site)


def check_builder_uses(flow: Flow, source: SourceFile) -> None:
    """The builder image must serve only the extraction: a push, tag or test run of it would break."""
    images = builder_images(flow)
    for use in flow.graph.docker_uses:
        if use.site.order in flow.removed:
            continue
        named = [i for i in use.images if normalize_image(i) in images]
        if named:
            flow.diagnostics.append(
                diagnostic_at(
                    source,
                    "MIG315",
                    f"`docker {use.call.verb}` uses the builder image `{named[0].show()}`",
                    use.site,
                )
            )


def _related(path: str, artifact: Artifact) -> bool:
    return path != "." and (is_inside(path, artifact.host) or is_inside(artifact.host, path))


def check_host_steps(flow: Flow, source: SourceFile, exists: Callable[[str], bool], script: Script) -> None:
    """Cleanups of extracted files go with the flow; any other host step touching an artifact blocks.

    `exists` tells whether a path exists in the checkout; `script` is the orchestrator's."""
    if flow.runtime is None or not flow.artifacts:
        return
    first_cp = min(a.extraction.site.order for a in flow.artifacts)
    runtime_order = flow.runtime.site.order
    touching: list[tuple[HostStep, list[str]]] = []
    for step in flow.graph.host_steps:
        if step_effect(step) is Effect.NONE:
            continue  # `echo …`, `exit 1`: its words are no paths
        hits = [p for p in step.paths if any(_related(p, a) for a in flow.artifacts)]
        if not hits:
            continue
        if step.name in ("cd", "pushd") and all(exists(p) for p in hits):
            continue  # a directory of the checkout (a mount over it, say): it is still there after the migration
        if step.name in ("rm", "mkdir") and _only_artifact_dirs(step, flow, exists):
            flow.remove(step.site)
            continue
        touching.append((step, hits))
    for step, hits in touching:
        if _removed_guard(step, flow, script):
            continue
        order = step.site.order
        mutating = step_effect(step).writes
        if mutating and first_cp < order < runtime_order:
            code, what = "MIG301", "changes"
        else:
            code, what = "MIG312", "uses"
        flow.diagnostics.append(
            diagnostic_at(source, code, f"`{step.name}` {what} the extracted `{hits[0]}`", step.site)
        )


_TESTS = ("[", "[[", "test")


def _removed_guard(step: HostStep, flow: Flow, script: Script) -> bool:
    """A test in the condition of an `if` all of whose branches hold only statements the flow removes
    (`if [ ! -d out ]; then mkdir out; fi`): the whole `if` goes with them, the test included
    (orchestrator.empty_bodies), so it is no use of the artifact."""
    if step.name not in _TESTS or step.site.guard != "if":
        return False
    start = step.site.scope[-1][1]
    tree = step.site.script if step.site.script is not None else script
    node = next((n for n in walk(tree.body) if isinstance(n, If) and n.start == start), None)
    if node is None:
        return False
    conditions = [c for cond, _ in node.branches for c in cond.stmts]
    if not any(c is step.site.command for c in conditions):
        return False  # a test in a branch's body stays, whatever happens to the branch
    if not all(isinstance(c, Command) and c.name in _TESTS for c in conditions):
        return False  # empty_bodies keeps an `if` whose conditions do more than test
    # whole statements: a removed command, or an `if` that is a removed command's status check (a chain
    # may lose one command and keep the rest)
    removed = {id(site.command) for site in flow.removed.values()}
    removed |= {id(site.unit) for site in flow.removed.values() if isinstance(site.unit, If)}
    bodies = [body for _, body in node.branches] + ([node.orelse] if node.orelse is not None else [])
    return all(body.stmts and all(id(s) in removed for s in body.stmts) for body in bodies)


def _only_artifact_dirs(step: HostStep, flow: Flow, exists: Callable[[str], bool]) -> bool:
    """Every path the rm/mkdir names is an artifact, inside one, or a directory that holds nothing but
    artifacts (absent from the checkout)."""
    for p in step.paths:
        if any(is_inside(p, a.host) and not a.merged for a in flow.artifacts):
            continue
        holds = any(is_inside(a.host, p) for a in flow.artifacts)
        if holds and not exists(p):
            continue
        return False
    return bool(step.paths)
