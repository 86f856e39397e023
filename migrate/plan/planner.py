"""Plan one orchestrator's migration: from its flow graph to the new file contents, or to the diagnostics
that block it. Nothing is written here."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from migrate.config import Config
from migrate.diagnostics import Diagnostic
from migrate.outcome import ArtifactInfo, BuildInfo, FlowInfo
from migrate.parse.dockerfile import Dockerfile, DockerfileSyntaxError, parse_dockerfile
from migrate.parse.shell_model import Script
from migrate.plan import references
from migrate.plan.copies import CopyPlan, CopyRewriter, StageRef
from migrate.plan.dockerignore import check_ignored
from migrate.plan.flows import (
    Flow,
    check_builder_uses,
    check_host_steps,
    select_flow,
)
from migrate.plan.merge import BuilderFile, merge, name_stages
from migrate.plan.orchestrator import (
    ScriptPlan,
    carry_build_args,
    empty_bodies,
    removal_spans,
    script_edits,
    uses_variable,
)
from migrate.render.edits import apply_edits
from migrate.repo import ReadError, Repo
from migrate.source import SourceFile, encode
from migrate.trace.flow import Build, FlowGraph
from migrate.trace.interp import Tracer
from migrate.trace.paths import is_inside


@dataclass
class ScriptResult:
    script: str
    new_files: dict[str, bytes | None] = field(default_factory=dict)  # path -> new bytes; None: delete
    diagnostics: list[Diagnostic] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    cwd: str = "."
    info: FlowInfo | None = None


def trace_script(repo: Repo, source: SourceFile, script: Script) -> FlowGraph:
    """Trace from the script's own directory, or from the repository root when only that makes the
    Dockerfiles the script names exist."""
    here = posixpath.dirname(str(source.path)) or "."
    graphs = []
    for cwd in dict.fromkeys([here, "."]):
        graph = Tracer(script, source, cwd, repo.checkout_state).run()
        missing = [b for b in graph.builds if b.dockerfile and not repo.exists(b.dockerfile)]
        if not missing:
            return graph
        graphs.append(graph)
    return graphs[0]


def _read_dockerfile(repo: Repo, rel: str, diags: list[Diagnostic]) -> Dockerfile | None:
    try:
        return parse_dockerfile(repo.read(rel))
    except ReadError as err:
        diags.append(err.diagnostic)
    except DockerfileSyntaxError as err:
        diags.append(Diagnostic("MIG102", str(err), rel, err.line, 1))
    return None


def _diag_at(source: SourceFile, code: str, message: str, offset: int) -> Diagnostic:
    line, col = source.line_col(offset)
    return Diagnostic(code, message, str(source.path), line, col)


def _arg_names(df: Dockerfile) -> set[str]:
    return {i.args[0].text.partition("=")[0] for i in df.instructions if i.keyword == "ARG" and i.args}


def _order(d: Diagnostic) -> tuple[str, int, int]:
    return (d.path or "", d.line or 0, d.col or 0)


class Planner:
    def __init__(
        self, repo: Repo, source: SourceFile, script: Script, others: list[str], config: Config | None = None
    ) -> None:
        self.config = Config() if config is None else config
        self.repo = repo
        self.source = source
        self.script = script
        self.others = others
        self.diags: list[Diagnostic] = []
        self.result = ScriptResult(str(source.path))

    def block(self, code: str, message: str, offset: int) -> None:
        self.diags.append(_diag_at(self.source, code, message, offset))

    def run(self) -> ScriptResult | None:
        graph = trace_script(self.repo, self.source, self.script)
        flow = select_flow(graph, self.source)
        if flow is None:
            return None
        self.result.cwd = graph.cwd
        self.diags.extend(graph.diagnostics)
        self.diags.extend(flow.diagnostics)
        flow.diagnostics.clear()
        if not flow.artifacts:
            self.result.diagnostics = sorted(self.diags, key=_order)
            return self.result
        builders = self._builder_files(flow)
        found = self._runtime(flow, graph)
        copies: CopyPlan | None = None
        if found is not None and builders is not None:
            flow.runtime = found[0]
            copies = self._plan_files(flow, found[0], found[1], builders)
        self.result.info = self._info(flow, builders or {}, copies, found[1] if found else None)
        self.result.diagnostics = sorted(self.diags, key=_order)
        return self.result

    # -- builders --------------------------------------------------------------------------------
    def _builder_files(self, flow: Flow) -> dict[int, BuilderFile] | None:
        out: dict[int, BuilderFile] = {}
        for b in flow.builders:
            if b.dockerfile is None:
                return None
            df = _read_dockerfile(self.repo, b.dockerfile, self.diags)
            if df is None:
                return None
            bf = BuilderFile(df, b.target)
            if bf.artifact_stage() is None:
                self.block("MIG203", f"the builder Dockerfile has no stage `{b.target}`", b.site.command.start)
                return None
            out[id(b)] = bf
        return out

    # -- runtime ---------------------------------------------------------------------------------
    def _runtime(self, flow: Flow, graph: FlowGraph) -> tuple[Build, Dockerfile] | None:
        """The one later build whose Dockerfile COPYs the artifacts from its context."""
        first = min(a.extraction.site.order for a in flow.artifacts)
        probe = {id(b): StageRef("", False) for b in flow.builders}
        found: list[tuple[Build, Dockerfile, CopyPlan]] = []
        for b in graph.builds:
            if b in flow.builders or b.site.order < first or b.context is None:
                continue
            if not any(is_inside(a.host, b.context) for a in flow.artifacts):
                continue
            if b.problem:
                self.block("MIG202", f"runtime build: {b.problem}", b.site.command.start)
                continue
            df = _read_dockerfile(self.repo, b.dockerfile, self.diags) if b.dockerfile else None
            if df is None:
                continue
            plan = CopyRewriter(df, b.context, flow.artifacts, probe, self.repo.exists, self.repo.listdir).run()
            if plan.consumed or plan.diagnostics:
                found.append((b, df, plan))
        for i, a in enumerate(flow.artifacts):
            users = [b for b, _, p in found if i in p.consumed]
            if not users and not any(p.diagnostics for _, _, p in found):
                self.block(
                    "MIG302",
                    f"`{a.host}` (from `{a.container}`) is not copied by any later build",
                    a.extraction.site.command.start,
                )
        if len(found) > 1:
            where = ", ".join(f"line {self.source.line_col(b.site.command.start)[0]}" for b, _, _ in found)
            self.block(
                "MIG310", f"the artifacts are copied by {len(found)} builds ({where})", found[1][0].site.command.start
            )
            return None
        return (found[0][0], found[0][1]) if found else None

    # -- files -----------------------------------------------------------------------------------
    def _check_scopes(self, flow: Flow, runtime: Build) -> None:
        """The flow must run as one piece: all its builds, creates and copies under the same constructs,
        and those only `if` branches or a function called once (the condition then still decides
        whether the one merged build runs, as it decided the whole flow)."""
        core = [b.site for b in flow.builders] + [
            c.site for c in {id(a.extraction.container): a.extraction.container for a in flow.artifacts}.values()
        ]
        core += [a.extraction.site for a in flow.artifacts] + [runtime.site]
        scope = runtime.site.scope
        for site in core:
            if site.scope != scope:
                self.block(
                    "MIG205",
                    "the flow is split across different conditions, loops or function calls",
                    site.command.start,
                )
                return
        for kind, _, _ in scope:
            if kind not in ("if", "function"):
                self.block("MIG205", f"the flow runs inside a {kind}", runtime.site.command.start)
                return

    def _plan_files(
        self, flow: Flow, runtime: Build, runtime_df: Dockerfile, builders: dict[int, BuilderFile]
    ) -> CopyPlan:
        source = self.source
        self._check_scopes(flow, runtime)
        for b in flow.builders:
            if b.context is not None and b.context != runtime.context:
                self.block(
                    "MIG304",
                    f"the builder is built from `{b.context}`, the runtime from `{runtime.context}`",
                    b.site.command.start,
                )
        order = [builders[id(b)] for b in flow.builders]
        self.diags.extend(name_stages(runtime_df, order, self.config.stage_name))
        stages = {id(b): StageRef(builders[id(b)].stage_name, builders[id(b)].chown_root) for b in flow.builders}
        context = runtime.context or "."
        copies = CopyRewriter(runtime_df, context, flow.artifacts, stages, self.repo.exists, self.repo.listdir).run()
        self.diags.extend(copies.diagnostics)
        self.diags.extend(check_ignored(self.repo, context, runtime_df, order, flow, copies))
        check_builder_uses(flow, source)
        check_host_steps(flow, source, {p: self.repo.exists(p) for s in flow.graph.host_steps for p in s.paths})
        self.diags.extend(flow.diagnostics)
        merged = merge(runtime_df, order, copies.edits)
        self.diags.extend(merged.diagnostics)
        plan = ScriptPlan()
        spans = removal_spans(self.script, flow, source, plan)
        spans += empty_bodies(self.script, spans, source, plan)
        carry_build_args(flow, runtime, _arg_names(runtime_df), source, plan)
        self.diags.extend(plan.diagnostics)
        deleted = self._deletions(flow, runtime, runtime_df)
        self.diags.extend(references.check(self.repo, self.others, deleted, str(source.path)))
        if any(d.blocking for d in self.diags):
            return copies
        new_df = apply_edits(runtime_df.text, merged.edits)
        new_script = apply_edits(source.text, script_edits(source, flow, spans, plan.edits))
        self._check_dangling(flow, new_script)
        if any(d.blocking for d in self.diags):
            return copies
        self.result.new_files[str(runtime_df.source.path)] = encode(new_df)
        self.result.new_files[str(source.path)] = encode(new_script)
        for path in deleted:
            self.result.new_files[path] = None
        self.result.summary.extend(self._summary(flow, runtime_df, order, copies.rewritten, deleted))
        return copies

    def _loc(self, offset: int) -> str:
        return f"{self.source.path}:{self.source.line_col(offset)[0]}"

    def _info(
        self, flow: Flow, builders: dict[int, BuilderFile], copies: CopyPlan | None, runtime_df: Dockerfile | None
    ) -> FlowInfo:
        builds = []
        for b in flow.graph.builds:
            role = "builder" if b in flow.builders else "runtime" if b is flow.runtime else "other"
            bf = builders.get(id(b))
            builds.append(
                BuildInfo(
                    role,
                    self._loc(b.site.command.start),
                    b.dockerfile,
                    b.context,
                    tuple(t.show() for t in b.tags),
                    tuple(a.value.show() for _, a in b.build_args),
                    b.target,
                    bf.stage_name if bf and bf.stage_name else None,
                )
            )
        artifacts = []
        for i, a in enumerate(flow.artifacts):
            bf = builders.get(id(a.build))
            consumer = copies.consumers.get(i) if copies else None
            artifacts.append(
                ArtifactInfo(
                    self._loc(a.extraction.site.command.start),
                    a.container,
                    a.host,
                    bf.stage_name if bf and bf.stage_name else None,
                    f"{runtime_df.source.path}:{consumer[0]}" if consumer and runtime_df else None,
                    consumer[1] if consumer else None,
                )
            )
        removed = tuple(
            (self._loc(site.command.start), self.source.text[site.command.start : site.command.end])
            for _, site in sorted(flow.removed.items())
        )
        return FlowInfo(str(self.source.path), flow.graph.cwd, tuple(builds), tuple(artifacts), removed)

    def _check_dangling(self, flow: Flow, new_script: str) -> None:
        """A variable the removed statements assigned must not be used by what is left."""
        for site in flow.removed.values():
            for a in site.command.assigns:
                if uses_variable(new_script, a.name):
                    self.block(
                        "MIG313",
                        f"`${a.name}` is assigned here by a removed statement but still used by a kept one",
                        site.command.start,
                    )

    def _deletions(self, flow: Flow, runtime: Build, runtime_df: Dockerfile) -> list[str]:
        if self.config.keep_legacy_files:
            return []
        kept = {b.dockerfile for b in flow.graph.builds if b not in flow.builders}
        out = []
        for b in flow.builders:
            if b.dockerfile and b.dockerfile not in kept and b.dockerfile != str(runtime_df.source.path):
                out.append(b.dockerfile)
        return sorted(set(out))

    @staticmethod
    def _summary(
        flow: Flow, runtime_df: Dockerfile, builders: list[BuilderFile], copies: list[str], deleted: list[str]
    ) -> list[str]:
        out = [f"{b.dockerfile.source.path} -> stage `{b.stage_name}` of {runtime_df.source.path}" for b in builders]
        out.extend(copies)
        out.extend(f"deleted {p}" for p in deleted)
        out.append(f"{flow.graph.script}: removed {len(flow.removed)} flow statements")
        return out
