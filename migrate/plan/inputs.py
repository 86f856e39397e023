"""What a builder read from its context, and host steps that change it between the builder build and the
runtime build (MIG320): the legacy builder read its context when it was built, the merged build reads it
only at the runtime build."""

from __future__ import annotations

import posixpath

from migrate.diagnostics import Diagnostic
from migrate.parse.dockerfile import Dockerfile
from migrate.plan.flows import Flow
from migrate.plan.host_commands import step_effect
from migrate.plan.targets import Target
from migrate.source import SourceFile
from migrate.trace.flow import diagnostic_at


def builder_reads(df: Dockerfile, context: str) -> list[str]:
    """The repository paths a builder Dockerfile's COPY/ADD read from its context (a glob: its directory)."""
    out: list[str] = []
    for _, _, src in df.context_sources():
        if any(c in src for c in "*?["):
            src = posixpath.dirname(src) or "."
        out.append(posixpath.normpath(posixpath.join(context, src)))
    if any(ins.keyword == "RUN" and "mount" in ins.flags for ins in df.instructions):
        out.append(context)  # a bind mount may read anything in it
    return out


def _touches(path: str, read: str) -> bool:
    """Whether changing `path` changes what reading `read` gives: the same path, inside it, or above it."""
    if read == "." or path == read or path == ".":
        return True
    return path.startswith(read + "/") or read.startswith(path + "/")


def check_builder_inputs(flow: Flow, targets: list[Target], orchestrator: SourceFile) -> list[Diagnostic]:
    """A builder read its context when it was built; the merged build reads it at the runtime build. A
    host step in between that touches what the builder reads (`rm` of a file copied in for it, a `sed`
    on its sources) would change the builder stage."""
    out: list[Diagnostic] = []
    artifacts = [a.host for a in flow.artifacts]
    for t in targets:
        for b, f in zip(t.builders, t.files, strict=False):
            reads = builder_reads(f.dockerfile, b.context or ".")
            for step in flow.graph.host_steps:
                if not b.site.order < step.site.order < t.build.site.order or step.site.order in flow.removed:
                    continue
                if not step_effect(step).writes:
                    continue  # `echo … >&2`, `exit 1`, `cat`, `cd`: nothing in the context changes
                hit = next(
                    (
                        p
                        for p in step.paths
                        if any(_touches(p, r) for r in reads)
                        and not any(p == a or p.startswith(a + "/") for a in artifacts)  # MIG301's business
                    ),
                    None,
                )
                if hit is not None:
                    message = (
                        f"`{step.name}` touches `{hit}`, which the builder `{b.dockerfile}` reads from its "
                        "context; the merged build reads it only at the runtime build"
                    )
                    out.append(diagnostic_at(orchestrator, "MIG320", message, step.site))
    return out
