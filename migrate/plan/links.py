"""Half-migrated setups: no files are copied out; the runtime Dockerfile starts FROM the builder image, or
copies `--from` it, by the local tag the script gave it (`FROM app-builder:latest AS builder`). The link
becomes a stage reference once the builder is a stage of the same file."""

from __future__ import annotations

import re
from typing import Final

from migrate.diagnostics import Diagnostic
from migrate.parse.dockerfile import Dockerfile, Token
from migrate.plan.flows import Flow, builder_images
from migrate.plan.targets import Target, read_dockerfile
from migrate.repo import Repo
from migrate.slotted import Slotted
from migrate.trace.docker_events import normalize_image
from migrate.trace.flow import Build, FlowGraph
from migrate.trace.values import Value

_MOUNT_FROM = re.compile(r"(?<=[,=])from=([^,\s]+)")


class Link(Slotted):
    """A reference to a builder image in a runtime Dockerfile: the text to replace with its stage name."""

    __slots__ = ("builder", "end", "start")

    builder: Final[Build]
    start: Final[int]
    end: Final[int]

    def __init__(self, builder: Build, start: int, end: int) -> None:
        self.builder = builder
        self.start = start
        self.end = end


def _builder_of(ref: str, tags: list[tuple[Value, Build]]) -> Build | None:
    want = normalize_image(Value.of(ref))
    for tag, build in tags:
        if tag == want:
            return build
    return None


def links_in(df: Dockerfile, tags: list[tuple[Value, Build]]) -> list[Link]:
    """Every FROM, `--from=` and `RUN --mount=…,from=` of the Dockerfile that names one of the tags."""
    found: list[Link] = []
    stages = {s.name.lower() for s in df.stages if s.name}
    for ins in df.instructions:
        tokens: list[tuple[str, int, int]] = []
        if ins.keyword == "FROM" and ins.args:
            tok: Token = ins.args[0]
            tokens.append((tok.text, tok.start, tok.end))
        for flag in ins.flags.values():
            if flag.text.startswith("--from="):
                tokens.append((flag.text[7:], flag.start + 7, flag.end))
            elif flag.text.startswith("--mount="):
                for m in _MOUNT_FROM.finditer(flag.text):
                    tokens.append((m.group(1), flag.start + m.start(1), flag.start + m.end(1)))
        for ref, start, end in tokens:
            if ref.lower() in stages or "$" in ref:
                continue
            builder = _builder_of(ref, tags)
            if builder is not None:
                found.append(Link(builder, start, end))
    return found


def link_flow(flow: Flow, graph: FlowGraph, repo: Repo, diags: list[Diagnostic]) -> list[Target]:
    """The later builds whose Dockerfiles name an earlier build's tag; fills flow.builders and the
    statements to remove (the builder builds, `docker rmi` of their tags)."""
    targets: list[Target] = []
    for i, runtime in enumerate(graph.builds):
        if runtime.dockerfile is None or runtime.context is None or runtime.problem:
            continue
        earlier = [(normalize_image(t), b) for b in graph.builds[:i] for t in b.tags if t.literal is not None]
        if not earlier:
            continue
        df = read_dockerfile(repo, runtime.dockerfile, diags)
        if df is None:
            continue
        links = links_in(df, earlier)
        if not links:
            continue
        target = Target(runtime, df, [])
        target.links = links
        for link in links:
            if link.builder not in target.builders:
                target.builders.append(link.builder)
            if link.builder not in flow.builders:
                flow.builders.append(link.builder)
        targets.append(target)
    for b in flow.builders:
        flow.remove(b.site)
    images = builder_images(flow)
    for use in graph.docker_uses:
        if use.call.verb == "rmi" and use.images and all(normalize_image(v) in images for v in use.images):
            flow.remove(use.site)
    return targets
