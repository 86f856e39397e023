"""Plan one orchestrator's migration: from its flow graph to the new file contents, or to the diagnostics
that block it. Nothing is written here."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Final

from migrate.config import Config
from migrate.diagnostics import Diagnostic
from migrate.discover import is_dockerfile_name
from migrate.frontends import Language
from migrate.outcome import ArtifactInfo, BuildInfo, FlowInfo
from migrate.parse.dockerfile import Dockerfile
from migrate.parse.shell_model import Script
from migrate.plan import artifact_refs, references
from migrate.plan.called import in_file, reduce_called
from migrate.plan.dockerignore import check_changed_in_image
from migrate.plan.facts import UNKNOWN, Facts
from migrate.plan.flows import (
    Flow,
    check_builder_uses,
    check_host_steps,
    select_flow,
)
from migrate.plan.inputs import check_builder_inputs
from migrate.plan.links import link_flow
from migrate.plan.merge import BuilderFile
from migrate.plan.orchestrator import (
    ScriptPlan,
    carry_build_args,
    empty_bodies,
    removal_spans,
    script_edits,
)
from migrate.plan.runs import RunRefused, post_run
from migrate.plan.targets import Target, find_targets, plan_target, read_dockerfile
from migrate.plan.tidy import Tidied, back_to, summary_lines
from migrate.render.edits import apply_edits
from migrate.repo import ReadError, Repo
from migrate.slotted import Slotted
from migrate.source import SourceFile, encode
from migrate.trace.flow import FlowGraph, Scope, Site, diagnostic_at
from migrate.trace.interp import Tracer


class ScriptResult(Slotted):
    """The plan for one orchestrator: new file contents, diagnostics and summary lines."""

    __slots__ = (
        "called",
        "cwd",
        "diagnostics",
        "edited_elsewhere",
        "entry",
        "info",
        "new_files",
        "script",
        "summary",
        "uses_elsewhere",
    )

    script: Final[str]
    new_files: Final[dict[str, bytes | None]]  # path -> new bytes; None: delete
    diagnostics: list[Diagnostic]
    summary: Final[list[str]]
    cwd: str
    info: FlowInfo | None
    entry: tuple[str, ...] | None  # how to run it, when not as a shell script (make -f … TARGET)
    called: list[str]  # the scripts it runs that hold part of its flow
    # MIG309 uses in other files, held apart: another orchestrator's own migration may remove the line
    uses_elsewhere: Final[list[Diagnostic]]
    edited_elsewhere: dict[str, list[int]]  # other files pointed at a stage: lines

    def __init__(self, script: str) -> None:
        self.script = script
        self.new_files = {}
        self.diagnostics = []
        self.summary = []
        self.cwd = "."
        self.info = None
        self.entry = None
        self.called = []
        self.uses_elsewhere = []
        self.edited_elsewhere = {}


def trace_script(repo: Repo, source: SourceFile, script: Script) -> FlowGraph:
    """Trace from the script's own directory, or from the repository root when only that makes the
    Dockerfiles the script names exist."""
    here = posixpath.dirname(str(source.path)) or "."
    graphs = []
    for cwd in script.language.working_directories(here):
        graph = Tracer(script, source, cwd, repo.checkout_state, _reader(repo)).run()
        missing = [b for b in graph.builds if b.dockerfile and not repo.exists(b.dockerfile)]
        if not missing:
            return graph
        graphs.append(graph)
    return graphs[0]


def _reader(repo: Repo) -> Callable[[str], SourceFile | None]:
    def read(rel: str) -> SourceFile | None:
        try:
            return repo.read(rel)
        except ReadError:
            return None

    return read


def _arg_names(df: Dockerfile) -> set[str]:
    return {i.args[0].text.partition("=")[0] for i in df.instructions if i.keyword == "ARG" and i.args}


def _plain(scope: Scope) -> Scope:
    """The scope without the scripts the orchestrator runs and the functions it calls: a call is a plain
    statement where it is made (a call made twice is _check_repeats' business)."""
    return tuple(s for s in scope if s[0] not in ("script", "function"))


def _order(d: Diagnostic) -> tuple[str, int, int]:
    return (d.path or "", d.line or 0, d.col or 0)


class Planner:
    def __init__(
        self,
        repo: Repo,
        source: SourceFile,
        script: Script,
        others: list[str],
        config: Config | None = None,
        facts: Facts = UNKNOWN,
    ) -> None:
        self.config = Config() if config is None else config
        self.facts = facts  # answers the builder image gave `--probe` (plan/facts.py); UNKNOWN without it
        self._others_cache: str | None = None  # the other files' text, read on first use (_others_text)
        self.repo = repo
        self.source = source
        self.script = script
        self.others = others
        self.diags: list[Diagnostic] = []
        self.result = ScriptResult(str(source.path))

    def block(self, code: str, message: str, at: int | Site) -> None:
        """At an offset of the orchestrator, or at a traced command (maybe in a script it runs)."""
        self.diags.append(diagnostic_at(self.source, code, message, at))

    def run(self) -> ScriptResult | None:
        graph = trace_script(self.repo, self.source, self.script)
        flow = select_flow(graph, self.source)
        if flow is None and graph.compose_runs:  # it may write into the repository: not "nothing to migrate"
            return self._compose_only(graph)
        if flow is None:
            return self._linked(graph)
        self.result.cwd = graph.cwd
        self.diags.extend(graph.diagnostics)
        self.diags.extend(flow.diagnostics)
        flow.diagnostics.clear()
        targets: list[Target] = []
        builders = self._builder_files(flow) if flow.artifacts else None
        if flow.artifacts:
            dockerfiles = [p for p in self.others if is_dockerfile_name(posixpath.basename(p))]
            targets = find_targets(flow, graph, self.repo, self.source, self.diags, dockerfiles, self.facts)
        # what the containers ran matters to a build that takes what they made, or to a flow that is refused
        # anyway (its other true reasons are said too); not to an extraction that is nothing to migrate
        if builders is not None and (targets or any(d.code == "MIG302" for d in self.diags)):
            self._post_runs(flow, builders)
        if any(t.build.site.source is not None for t in targets):
            return None  # the script it runs builds the runtime image: that script is migrated on its own
        if builders is not None and targets:
            self._plan(flow, targets, builders)
        self.result.info = self._info(flow, targets)
        self.result.diagnostics = sorted(dict.fromkeys(self.diags), key=_order)
        self.result.called = sorted({str(s.source.path) for s in graph.sites if s.source is not None})
        return self.result

    def _compose_only(self, graph: FlowGraph) -> ScriptResult:
        """The script's only container runs are compose services: what they write through their volumes is
        not followed, so the flow cannot be said to be absent."""
        self.result.cwd = graph.cwd
        for site in graph.compose_runs:
            text = self.source.text[site.command.start : site.command.end].split("\n", 1)[0].strip()
            self.block(
                "MIG214",
                f"`{text}` runs a compose service, which may build its image and write into the repository "
                "through its volumes; compose services are not traced",
                site,
            )
        self.result.diagnostics = sorted(dict.fromkeys(self.diags), key=_order)
        return self.result

    def _linked(self, graph: FlowGraph) -> ScriptResult | None:
        """No extraction: maybe a runtime Dockerfile that uses a builder image by its local tag."""
        flow = Flow(graph, [], [])
        targets = link_flow(flow, graph, self.repo, self.diags)
        if not targets:
            self.diags.clear()
            return None
        self.result.cwd = graph.cwd
        # what the trace refused (a construct it could not follow) stands for this flow too
        self.diags.extend(d for d in graph.diagnostics if d.blocking)
        builders = self._builder_files(flow)
        if builders is not None:
            self._plan(flow, targets, builders)
        self.result.info = self._info(flow, targets)
        self.result.diagnostics = sorted(dict.fromkeys(self.diags), key=_order)
        return self.result

    # -- builders --------------------------------------------------------------------------------
    def _builder_files(self, flow: Flow) -> dict[int, BuilderFile] | None:
        out: dict[int, BuilderFile] = {}
        for b in flow.builders:
            if b.dockerfile is None:
                return None
            df = read_dockerfile(self.repo, b.dockerfile, self.diags)
            if df is None:
                return None
            bf = BuilderFile(df, b.target)
            if bf.artifact_stage() is None:
                self.block("MIG203", f"the builder Dockerfile has no stage `{b.target}`", b.site)
                return None
            out[id(b)] = bf
        return out

    def _post_runs(self, flow: Flow, builders: dict[int, BuilderFile]) -> None:
        """Containers that ran: their command becomes a RUN of the builder stage (plan/runs.py)."""
        containers = list({id(a.extraction.container): a.extraction.container for a in flow.artifacts}.values())
        for c in containers:
            at = c.site
            outputs = [a.extraction for a in flow.artifacts if a.extraction.container is c]
            for ex in outputs:
                if ex.via == "stdout" and not ex.outcome.container:
                    self.block(
                        "MIG204",
                        (
                            f"the container's output `{ex.src}` is not a file copied as it is"
                            if ex.src
                            else "the container's output is what the image's own command writes to standard output, "
                            "not a file of the image"
                        )
                        + " (only `cat FILE > dest` is)",
                        at,
                    )
                if ex.via == "stdout" and c.call is not None and "tty" in c.call.flags:
                    self.block(
                        "MIG204", "`docker run -t` turns line endings into CRLF: the file is not the container's", at
                    )
            if c.started is not None and not c.ran:
                self.block(
                    "MIG204",
                    "`docker start` runs the container's command before the copy: what that command makes or "
                    "changes is not in the image a COPY --from reads",
                    c.started,
                )
                continue
            if not c.ran or c.build is None:
                continue
            bf = builders[id(c.build)]
            if any(o is not c and o.build is c.build for o in containers):
                self.block(
                    "MIG204",
                    "the builder image serves another container too; a RUN for this one would "
                    "change what the other sees",
                    at,
                )
                continue
            stage = bf.artifact_stage()
            assert stage is not None
            mounts = [ex for ex in outputs if ex.via == "mount"]
            try:
                run = post_run(c, mounts, bf.dockerfile, stage)
                bf.post_run, bf.run_args = run.lines, run.args
            except RunRefused as err:
                self.block("MIG204", f"the container's run cannot become a RUN instruction: {err}", at)

    # -- checks ----------------------------------------------------------------------------------
    def _check_scopes(self, flow: Flow, target: Target) -> None:
        """Each runtime target's flow must run as one piece: its builds, creates and copies under the same
        constructs as the runtime build, and those only `if` branches, a function call or an unrolled
        `for` item (the same condition then decides whether the one merged build runs)."""
        artifacts = [flow.artifacts[i] for i in target.consumed]
        core = [b.site for b in target.builders] + [a.extraction.container.site for a in artifacts]
        core += [a.extraction.site for a in artifacts]
        scope = target.build.site.scope
        for site in core:
            if _plain(site.scope) != _plain(scope):  # a script or function it runs is part of the straight line
                self.block(
                    "MIG205",
                    "the flow is split across different conditions, loops or function calls",
                    site,
                )
                return
        for kind, _, _ in scope:
            if kind not in ("if", "function", "for-item"):
                self.block("MIG205", f"the flow runs inside a {kind}", target.build.site)
                return

    def _check_repeats(self, flow: Flow) -> None:
        """A statement that runs several times (a loop, a function called twice) goes only if every run
        served the flow."""
        removed = {id(s.command) for s in flow.removed.values()}
        for site in flow.graph.sites:
            if id(site.command) in removed and site.order not in flow.removed:
                self.block("MIG313", "this statement runs several times and not every run serves the flow", site)
                removed.discard(id(site.command))

    # -- files -----------------------------------------------------------------------------------
    def _plan(self, flow: Flow, targets: list[Target], builders: dict[int, BuilderFile]) -> None:
        source = self.source
        flow.runtime = max((t.build for t in targets), key=lambda b: b.site.order)
        by_path: dict[str, Target] = {}
        for t in targets:
            self.diags.extend(
                plan_target(
                    t, flow, self.repo, source, builders, self.config.stage_name, self.script.language, self.facts
                )
            )
            self._check_scopes(flow, t)
            other = by_path.setdefault(t.path, t)
            if other is not t and other.new_text != t.new_text:
                self.block(
                    "MIG210",
                    f"`{t.path}` is the runtime Dockerfile of two builds that need different merges",
                    t.build.site,
                )
        check_builder_uses(flow, source)
        check_host_steps(flow, source, self.repo.exists, self.script)
        self.diags.extend(check_builder_inputs(flow, targets, source))
        self._check_repeats(flow)
        self.diags.extend(flow.diagnostics)
        plan = ScriptPlan()
        called = reduce_called(flow, plan, self._check_dangling, (source, self.script))
        main = in_file(flow, None)
        spans = removal_spans(self.script, main, source, plan)
        spans += empty_bodies(self.script, spans, source, plan)
        for t in targets:
            if t.widening is not None and t.widening.command is not None:
                plan.edits.append(t.widening.command)  # the one build takes the merged context
            run_args = {id(b): builders[id(b)].run_args for b in t.builders if id(b) in builders}
            carry_build_args(
                flow, t.builders, t.build, _arg_names(t.dockerfile), source, plan, self.script.language, run_args
            )
        plan.edits = sorted(set(plan.edits))
        self.diags.extend(plan.diagnostics)
        deleted = sorted([*self._deletions(flow, set(by_path)), *(p for p, text in called.items() if text is None)])
        others = [p for p in self.others if p not in called]  # a called script is part of the flow
        moved: dict[str, references.Replacement] = {}
        for t in targets:
            for b, f in zip(t.builders, t.files, strict=False):
                if b.dockerfile is not None:
                    replacement = references.Replacement(t.path, f.stage_name, b.context, t.context)
                    moved.setdefault(b.dockerfile, replacement)
        refs = references.check(self.repo, others, deleted, str(source.path), moved)
        if refs.updated and not all(bf.keep_config for bf in builders.values()):
            for bf in builders.values():  # another file builds a builder's stage and may run it: its CMD & co. stay
                bf.keep_config = True
            for t in targets:  # merged again (the first merge's diagnostics are already taken)
                plan_target(
                    t, flow, self.repo, source, builders, self.config.stage_name, self.script.language, self.facts
                )
        self._elsewhere(refs.diagnostics)
        # the scripts it runs are traced with it (MIG312 there)
        skip = {*by_path, *deleted, *flow.graph.called, *artifact_refs.builder_inputs(targets)}
        artifacts = artifact_refs.extracted(flow, targets)
        self._elsewhere(artifact_refs.check_artifacts(self.repo, others, artifacts, str(source.path), skip))
        changed = [str(source.path), *called, *by_path, *deleted, *refs.updated]
        for t in targets:
            self.diags.extend(check_changed_in_image(self.repo, t.dockerfile, t.build.context or ".", changed))
        if any(d.blocking for d in self.diags):
            return
        tidied: list[Tidied] = []
        new_script = apply_edits(
            source.text,
            script_edits(
                source,
                main,
                spans,
                plan.edits,
                self.script.language,
                "".join(text for text in called.values() if text is not None),
                self.script,
                tidied,
            ),
        )
        here = posixpath.dirname(str(source.path)) or "."
        new_script = self.script.language.finish(new_script, {posixpath.relpath(p, here) for p in deleted})
        tidy_text, hits = self.script.language.tidy_after(source.text, new_script, self._others_text)
        tidied += back_to(source.text, new_script, hits)
        new_script = tidy_text
        self._check_dangling(main, new_script, self.script.language)
        if any(d.blocking for d in self.diags):
            return
        for path, text in called.items():
            self.result.new_files[path] = None if text is None else encode(text)
        for path, t in by_path.items():
            assert t.new_text is not None
            self.result.new_files[path] = encode(t.new_text)
            if t.widening is not None and t.widening.ignore is not None:
                ignore_path, ignore_text = t.widening.ignore
                self.result.new_files[ignore_path] = encode(ignore_text)
        self.result.new_files[str(source.path)] = encode(new_script)
        self.result.edited_elsewhere = refs.lines
        for path, text in refs.updated.items():
            self.result.new_files[path] = encode(text)
        self.result.summary.extend(refs.summary)
        for path in deleted:
            self.result.new_files[path] = None
        self.result.summary.extend(self._summary(flow, targets, deleted))
        self.result.summary.extend(summary_lines(str(source.path), tidied))
        for path, lines in plan.tidied.items():
            if called.get(path) is not None:  # a deleted file's lines need no reason
                self.result.summary.extend(summary_lines(path, lines))

    def _elsewhere(self, diags: list[Diagnostic]) -> None:
        """Findings in other files: a use (MIG309) waits for the pipeline, which drops it when another
        orchestrator's own migration removes that line (a twin running the same flow); the rest stand."""
        for d in diags:
            (self.result.uses_elsewhere if d.code == "MIG309" else self.diags).append(d)

    def _loc(self, site: Site) -> str:
        source = site.file(self.source)
        return f"{source.path}:{source.line_col(site.command.start)[0]}"

    def _info(self, flow: Flow, targets: list[Target]) -> FlowInfo:
        runtimes = {id(t.build) for t in targets}
        stage_of: dict[int, str] = {}
        consumer: dict[int, tuple[str, str]] = {}
        for t in targets:
            for b, f in zip(t.builders, t.files, strict=False):
                stage_of.setdefault(id(b), f.stage_name)
            for i, (line, text) in t.copies.consumers.items() if t.copies else ():
                consumer.setdefault(i, (f"{t.path}:{line}", text))
        builds = []
        for b in flow.graph.builds:
            role = "builder" if b in flow.builders else "runtime" if id(b) in runtimes else "other"
            builds.append(
                BuildInfo(
                    role,
                    self._loc(b.site),
                    b.dockerfile,
                    b.context,
                    tuple(t.show() for t in b.tags),
                    tuple(a.value.show() for _, a in b.build_args),
                    b.target,
                    stage_of.get(id(b)) or None,
                )
            )
        artifacts = []
        for i, a in enumerate(flow.artifacts):
            used = consumer.get(i)
            artifacts.append(
                ArtifactInfo(
                    self._loc(a.extraction.site),
                    a.container,
                    a.host,
                    stage_of.get(id(a.build)) or None,
                    used[0] if used else None,
                    used[1] if used else None,
                )
            )
        removed = tuple(
            (self._loc(site), site.file(self.source).text[site.command.start : site.command.end])
            for _, site in sorted(flow.removed.items())
        )
        assumed = tuple(dict.fromkeys(flow.graph.assumptions))
        return FlowInfo(str(self.source.path), flow.graph.cwd, tuple(builds), tuple(artifacts), removed, assumed)

    def _others_text(self) -> str:
        """The text of the repository's other files (read once, when a tidying rule asks): a target or a
        function the migration would leave unused here may still be run or imported from there."""
        if self._others_cache is None:
            texts = []
            for path in self.others:
                try:
                    texts.append(self.repo.read(path).text)
                except ReadError:
                    continue
            self._others_cache = "\n".join(texts)
        return self._others_cache

    def _check_dangling(self, flow: Flow, new_script: str, language: Language) -> None:
        """A variable the removed statements of a file assigned must not be used by what is left of it."""
        for site in flow.removed.values():
            for a in site.command.assigns:
                if language.uses_variable(new_script, a.name):
                    self.block(
                        "MIG313",
                        f"`${a.name}` is assigned here by a removed statement but still used by a kept one",
                        site,
                    )

    def _deletions(self, flow: Flow, targets: set[str]) -> list[str]:
        if self.config.keep_legacy_files:
            return []
        kept = {b.dockerfile for b in flow.graph.builds if b not in flow.builders}
        return sorted({b.dockerfile for b in flow.builders if b.dockerfile and b.dockerfile not in kept | targets})

    @staticmethod
    def _summary(flow: Flow, targets: list[Target], deleted: list[str]) -> list[str]:
        out: list[str] = []
        for t in targets:
            for f in t.files:
                out.append(f"{f.dockerfile.source.path} -> stage `{f.stage_name}` of {t.path}")
                out.extend(summary_lines(str(f.dockerfile.source.path), f.removed))
            out.extend(t.copies.rewritten if t.copies else [])
        out.extend(f"deleted {p}" for p in deleted)
        out.append(f"{flow.graph.script}: removed {len(flow.removed)} flow statements")
        return out
