"""Runtime targets: the later builds whose Dockerfiles COPY the artifacts, and for each one the merged
Dockerfile (its builders as stages, its COPYs rewritten). One builder may feed several targets; each gets
the stages it needs."""

from __future__ import annotations

import fnmatch
import json
import posixpath
from typing import Any, Final

from migrate.diagnostics import Diagnostic
from migrate.frontends import Language
from migrate.frontends.shell import SHELL
from migrate.parse.dockerfile import Dockerfile, DockerfileSyntaxError, remote_source
from migrate.plan.copies import CopyPlan, CopyRewriter, StageRef, unpack_stage
from migrate.plan.dockerignore import check_ignored
from migrate.plan.facts import UNKNOWN, Facts
from migrate.plan.flows import Artifact, Flow
from migrate.plan.merge import BuilderFile, merge, name_stages
from migrate.plan.rebase import RebaseRefused, context_prefix, rebase_edits
from migrate.plan.widen import Widening, WidenRefused, merged_context, reads_context, widen
from migrate.render.edits import Edit, apply_edits
from migrate.repo import ReadError, Repo
from migrate.slotted import Slotted
from migrate.source import SourceFile
from migrate.trace.flow import Build, FlowGraph, diagnostic_at
from migrate.trace.paths import is_inside


def read_dockerfile(repo: Repo, rel: str, diags: list[Diagnostic]) -> Dockerfile | None:
    try:
        df = repo.dockerfile(rel)
        if not df.stages:  # empty, or garbage before FROM: docker builds nothing from it, nor can a merge
            raise DockerfileSyntaxError("has no FROM instruction", 1)
        for stage in df.stages:
            if not stage.from_.args:
                raise DockerfileSyntaxError("FROM names no image", stage.from_.line)
        for ins in df.preamble:  # docker refuses them too; the merge would insert stages into them
            if ins.keyword != "ARG":
                raise DockerfileSyntaxError(f"{ins.keyword} before the first FROM (only ARG may come first)", ins.line)
        return df
    except ReadError as err:
        diags.append(err.diagnostic)
    except DockerfileSyntaxError as err:
        diags.append(Diagnostic("MIG102", str(err), rel, err.line, 1))
    return None


class Target(Slotted):
    """One runtime build and what the migration makes of its Dockerfile."""

    __slots__ = ("build", "builders", "consumed", "copies", "dockerfile", "files", "links", "new_text", "widening")

    build: Final[Build]
    dockerfile: Final[Dockerfile]
    consumed: Final[list[int]]  # indexes into flow.artifacts
    builders: Final[list[Build]]  # the builders of those artifacts, script order
    files: list[BuilderFile]
    copies: CopyPlan | None
    new_text: str | None
    links: list[Any]  # links.Link: references to builder images by tag
    widening: Widening | None  # when the merged build needs a wider context than the runtime's

    def __init__(self, build: Build, dockerfile: Dockerfile, consumed: list[int]) -> None:
        self.build = build
        self.dockerfile = dockerfile
        self.consumed = consumed
        self.builders = []
        self.files = []
        self.copies = None
        self.new_text = None
        self.links = []
        self.widening = None

    @property
    def path(self) -> str:
        return str(self.dockerfile.source.path)

    @property
    def context(self) -> str:
        """The merged build's context: the runtime's, or the wider one that holds the builders' (widen.py)."""
        return self.widening.context if self.widening is not None else self.build.context or "."


def _copy_sources(df: Dockerfile) -> list[str]:
    """The context sources of the Dockerfile's COPY and ADD instructions, as written."""
    out: list[str] = []
    for ins in df.instructions:
        if ins.keyword not in ("COPY", "ADD") or "from" in ins.flags or ins.heredoc:
            continue
        words: list[str] = [t.text for t in ins.args]
        if ins.is_json:
            try:
                value = json.loads(df.text[ins.args[0].start : ins.args[-1].end])
            except ValueError:
                value = None
            words = [w for w in value if isinstance(w, str)] if isinstance(value, list) else []
        # ADD of a URL or a git repository downloads it: nothing comes from the context
        out.extend(w for w in words[:-1] if not (ins.keyword == "ADD" and remote_source(w)))
    return out


def may_take(repo: Repo, dockerfiles: list[str], artifacts: list[Artifact]) -> str | None:
    """The first of these Dockerfiles whose COPY/ADD may take one of the artifacts from its context: a source
    with a path component that is (or matches) an artifact's name, or the whole context in a Dockerfile not
    named as a builder. One that cannot be read may take anything."""
    names = {posixpath.basename(a.host.rstrip("/")) for a in artifacts if a.host not in (".", "")}
    for rel in dockerfiles:
        try:
            df = repo.dockerfile(rel)
        except (ReadError, DockerfileSyntaxError):
            return rel
        for src in _copy_sources(df):
            parts = [c for c in src.strip("/").split("/") if c not in ("", ".")]
            if not parts:
                if "build" not in posixpath.basename(rel).lower():
                    return rel
                continue
            if any(fnmatch.fnmatchcase(n, c) for c in parts for n in names):
                return rel
    return None


def find_targets(
    flow: Flow,
    graph: FlowGraph,
    repo: Repo,
    source: SourceFile,
    diags: list[Diagnostic],
    dockerfiles: list[str] | None = None,
    facts: Facts = UNKNOWN,
) -> list[Target]:
    """Every later build whose Dockerfile takes at least one artifact from its context (or refuses to).

    `dockerfiles`: the repository's other Dockerfiles. When the script builds nothing after the extraction and
    none of them may take an artifact, it is no builder pattern (release files, test reports): a note, not a
    blocker."""
    first = min(a.extraction.site.order for a in flow.artifacts)
    probe = {id(b): StageRef("", False) for b in flow.builders}
    found: list[Target] = []
    refusing = False
    for b in graph.builds:
        if b in flow.builders or b.site.order < first or b.context is None:
            continue
        if not any(is_inside(a.host, b.context) for a in flow.artifacts):
            continue
        if b.problem:
            diags.append(diagnostic_at(source, "MIG202", f"runtime build: {b.problem}", b.site))
            continue
        df = read_dockerfile(repo, b.dockerfile, diags) if b.dockerfile else None
        if df is None:
            continue
        plan = CopyRewriter(df, b.context, flow.artifacts, probe, repo.exists, repo.listdir, facts).run()
        if plan.consumed or plan.diagnostics:
            found.append(Target(b, df, sorted(plan.consumed)))
            diags.extend(plan.diagnostics)
            refusing = refusing or any(d.blocking for d in plan.diagnostics)
    later = [b for b in graph.builds if b not in flow.builders and b.site.order > first]
    elsewhere: str | None = None  # a Dockerfile this script does not build that may take an artifact
    if not later and dockerfiles is not None:  # a later build that takes none of them is a flow gone wrong
        own = {b.dockerfile for b in graph.builds}
        elsewhere = may_take(repo, [d for d in dockerfiles if d not in own], flow.artifacts)
        if elsewhere is None:
            for a in flow.artifacts:
                message = (
                    f"nothing to migrate: `{a.host}` (from `{a.container}`) goes to no build, "
                    "and no Dockerfile of the repository copies it"
                )
                if a.host in (".", ""):  # the whole checkout mounted: any COPY takes from it, none by name
                    message = (
                        f"nothing to migrate: the checkout, mounted at `{a.container}`, goes to no later build "
                        "of this script"
                    )
                diags.append(diagnostic_at(source, "MIG001", message, a.extraction.site))
            return found
    for i, a in enumerate(flow.artifacts):  # a refused COPY may be the one that used the artifact
        if not refusing and not any(i in t.consumed for t in found):
            message = f"`{a.host}` (from `{a.container}`) is not copied by any later build"
            if elsewhere is not None:  # the runtime is built by another script, a CI stage or compose
                message = (
                    f"`{a.host}` (from `{a.container}`) is taken by no later build of this script; `{elsewhere}` "
                    "may copy it, but it is built outside this script (by another script, a CI step or compose), "
                    "which the flow does not follow yet"
                )
            diags.append(diagnostic_at(source, "MIG302", message, a.extraction.site))
    return found


def _decompress(archive: str) -> str:
    """tar's flag for the archive's compression: not every tar detects it by itself (busybox may not)."""
    name = archive.lower()
    if name.endswith((".gz", ".tgz")):
        return "z"
    if name.endswith((".bz2", ".tbz2")):
        return "j"
    if name.endswith((".xz", ".txz")):
        return "J"
    return ""


def _runs_as_other_user(b: Build, f: BuilderFile, facts: Facts, diags: list[Diagnostic]) -> bool:
    """Whether the probe found the builder image running as a user other than root, though its Dockerfile
    never switches USER (the base image did): its files are then not root's, as the legacy image's were."""
    config = facts.config(b.dockerfile, b.target)
    if config is None or not config.non_root:
        return False
    stage = f.artifact_stage()
    line = stage.from_.line if stage is not None else 1
    diags.append(
        Diagnostic(
            "MIG005",
            f"the builder image runs as `{config.user}` (USER from its base image; probed): files it makes are not "
            "root's, so COPY --from gets --chown=0:0",
            str(f.dockerfile.source.path),
            line,
            1,
        )
    )
    return True


def plan_target(
    target: Target,
    flow: Flow,
    repo: Repo,
    source: SourceFile,
    builder_files: dict[int, BuilderFile],
    stage_name: str,
    language: Language = SHELL,
    facts: Facts = UNKNOWN,
) -> list[Diagnostic]:
    """Merge the target's builders into its Dockerfile; returns the diagnostics (new_text set when clean)."""
    diags: list[Diagnostic] = []
    artifacts: list[Artifact] = [flow.artifacts[i] for i in target.consumed]
    for a in artifacts:
        if a.build not in target.builders:
            target.builders.append(a.build)
    target.builders.sort(key=lambda b: b.site.order)
    # fresh builder files per target: stage names depend on the target's own stage names
    target.files = [
        BuilderFile(
            builder_files[id(b)].dockerfile,
            b.target,
            post_run=builder_files[id(b)].post_run,
            context=b.context,
            keep_config=builder_files[id(b)].keep_config,
        )
        for b in target.builders
    ]
    runtime_context = target.build.context or "."
    # a builder that reads nothing from its context is built as well from the runtime's: it widens nothing
    readers = [(b, f) for b, f in zip(target.builders, target.files, strict=True) if reads_context(f.dockerfile)]
    wide = merged_context(runtime_context, [b.context for b, _ in readers if b.context is not None])
    for b, f in readers:
        if b.context is None or b.context == wide:
            continue
        prefix = context_prefix(b.context, wide)
        try:
            if prefix is None:
                raise RebaseRefused(f"`{b.context}` is not inside the runtime's context `{target.build.context}`")
            f.rebase = rebase_edits(f.dockerfile, prefix)
        except RebaseRefused as err:
            diags.append(
                diagnostic_at(
                    source,
                    "MIG304",
                    f"the builder's context `{b.context}` cannot become part of "
                    f"the runtime's `{target.build.context}`: {err}",
                    b.site,
                )
            )
    diags.extend(name_stages(target.dockerfile, target.files, stage_name))
    stages = {
        id(b): StageRef(f.stage_name, f.chown_root or _runs_as_other_user(b, f, facts, diags))
        for b, f in zip(target.builders, target.files, strict=True)
    }
    context = target.build.context or "."
    copies = CopyRewriter(target.dockerfile, context, artifacts, stages, repo.exists, repo.listdir, facts).run()
    copies.consumers = {target.consumed[i]: v for i, v in copies.consumers.items()}
    target.copies = copies
    diags.extend(copies.diagnostics)
    runtime_edits: list[Edit] = []
    if wide != runtime_context:  # the ignore rules are checked file by file there (plan/widen.py)
        diags.extend(check_ignored(repo, context, target.dockerfile, [], artifacts, copies))
        try:
            pairs = [(b, f.dockerfile) for b, f in zip(target.builders, target.files, strict=True)]
            target.widening = widen(repo, target.build, target.dockerfile, pairs, copies.edits, language)
            runtime_edits = target.widening.runtime_edits
        except WidenRefused as err:
            diags.append(
                diagnostic_at(source, "MIG304", f"the builds cannot share one context: {err}", target.build.site)
            )
    else:
        diags.extend(check_ignored(repo, context, target.dockerfile, target.files, artifacts, copies))
    unpacks = [
        [
            f"FROM {stages[u.builder].name} AS {unpack_stage(stages[u.builder].name, u.index)}",
            "USER root",
            f"RUN mkdir -p {u.directory} && tar -x{_decompress(u.archive)}f {u.archive} -C {u.directory}",
        ]
        for u in copies.unpacks
    ]
    by_builder = {id(b): f.stage_name for b, f in zip(target.builders, target.files, strict=True)}
    link_edits = [Edit(link.start, link.end, by_builder[id(link.builder)]) for link in target.links]
    merged = merge(target.dockerfile, target.files, copies.edits + link_edits + runtime_edits, unpacks)
    diags.extend(merged.diagnostics)
    if not any(d.blocking for d in diags):
        target.new_text = apply_edits(target.dockerfile.text, merged.edits)
    return diags
