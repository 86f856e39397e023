"""One context for builds that had two: when the runtime's context does not hold a builder's (the runtime
is built from `docker/`, the builder from the repository root, or they are siblings), the merged build
takes the smallest directory that holds them all. Every stage's context COPY/ADD sources are rebased onto
it, the runtime build's command line gets the new context (and `-f`, since the Dockerfile no longer sits
at the context's root), and each stage must still see its files through the ignore rules it had.

The ignore rules are checked file by file, on the files each stage's COPY/ADD sources name in the
checkout: every file must be excluded, or not, as it was in its own legacy build. When the merged
context's own ignore file already agrees, nothing more is written; otherwise a per-Dockerfile ignore file
(`<Dockerfile>.dockerignore`, which BuildKit and podman read before the context's `.dockerignore`) is
written with each stage's rules rebased, provided that it agrees; otherwise the migration is refused."""

from __future__ import annotations

import fnmatch
import posixpath
import shlex
from typing import Final

from migrate.frontends import Language
from migrate.parse.dockerfile import Dockerfile
from migrate.plan.dockerignore import Rule, excluded, ignore_file, parse_ignore
from migrate.plan.rebase import RebaseRefused, rebase_edits
from migrate.render.edits import Edit
from migrate.repo import ReadError, Repo
from migrate.slotted import Slotted
from migrate.trace.cp_rules import PathState
from migrate.trace.flow import Build

_MAX_FILES = 20_000  # files checked against the ignore rules; a larger tree is refused, not sampled


class WidenRefused(Exception):
    """The builds cannot share one context; the message says why."""


class Widening(Slotted):
    """The merged build's context when the two builds had different ones, and the edits that rebase onto it."""

    __slots__ = ("command", "context", "ignore", "runtime_edits")

    context: Final[str]  # the merged build's context, repository-relative
    runtime_edits: list[Edit]  # the runtime Dockerfile's sources, rebased
    ignore: tuple[str, str] | None  # a per-Dockerfile ignore file to write: (path, text)
    command: Edit | None  # the runtime build's context word, rewritten

    def __init__(self, context: str) -> None:
        self.context = context
        self.runtime_edits = []
        self.ignore = None
        self.command = None


def reads_context(df: Dockerfile) -> bool:
    """Whether a Dockerfile reads its build context: a COPY or ADD without --from, or a RUN that bind-mounts
    the context (a mount without `from=` is of the context, and a mount's type is bind unless it says so).
    One that reads none can be built from any context: it needs no share of the merged one."""
    if next(df.context_sources(), None) is not None:
        return True
    for ins in df.instructions:
        if ins.keyword == "RUN":
            for token in ins.tokens:
                if not token.text.startswith("--"):
                    break
                if token.text.startswith("--mount="):
                    fields = dict(f.partition("=")[::2] for f in token.text[len("--mount=") :].split(","))
                    if fields.get("type", "bind") == "bind" and "from" not in fields:
                        return True
    return False


def merged_context(runtime: str, builders: list[str]) -> str:
    """The smallest directory holding every context."""
    common = posixpath.commonpath([runtime, *builders]) if runtime != "." else "."
    if any(c == "." for c in builders):
        common = "."
    return common or "."


def _prefix(inner: str, outer: str) -> str:
    return "." if inner == outer else posixpath.relpath(inner, outer)


def runtime_rebase(df: Dockerfile, prefix: str, rewritten: list[Edit]) -> list[Edit]:
    """The runtime Dockerfile's context sources with `prefix` in front, except in the instructions the COPY
    rewriter already turned into `COPY --from` (their sources are artifacts, not context files)."""
    spans = [(i.start, i.end) for i in df.instructions if any(i.start <= e.start < i.end for e in rewritten)]
    return [e for e in rebase_edits(df, prefix) if not any(s <= e.start < end for s, end in spans)]


def _sources(df: Dockerfile, skip: list[Edit]) -> list[str]:
    """The context sources the Dockerfile's COPY/ADD read (not those rewritten to --from, not remote)."""
    return [src for ins, _, src in df.context_sources() if not any(ins.start <= e.start < ins.end for e in skip)]


def _files(repo: Repo, context: str, sources: list[str]) -> set[str]:
    """The files (and links) the sources name in the checkout, relative to the context."""
    out: set[str] = set()
    pending: list[str] = []
    for src in sources:
        if any(c in src for c in "*?["):
            parent, name = posixpath.split(src)
            if any(c in parent for c in "*?["):
                raise WidenRefused(f"cannot list the files `{src}` names")
            base = posixpath.normpath(posixpath.join(context, parent))
            names = [n for n in repo.listdir(base) if fnmatch.fnmatchcase(n, name)]
            pending += [posixpath.join(parent, n) if parent else n for n in names]
        else:
            pending.append(src)
    while pending:
        rel = pending.pop()
        full = posixpath.normpath(posixpath.join(context, rel))
        kind = repo.kind(full)
        if kind is PathState.DIR:
            pending += [n if rel == "." else f"{rel}/{n}" for n in repo.listdir(full)]
        elif kind is not PathState.ABSENT:
            out.add(rel)
        if len(out) > _MAX_FILES:
            raise WidenRefused(f"more than {_MAX_FILES} files to check against the ignore rules")
    return out


def _rules(repo: Repo, dockerfile: str, context: str) -> tuple[str | None, list[Rule]]:
    path = ignore_file(repo, dockerfile, context)
    if path is None:
        return None, []
    try:
        return path, parse_ignore(repo.read(path).text)
    except ReadError as err:
        raise WidenRefused(f"`{path}` cannot be read: {err}") from None


def _rebased(rules: list[Rule], prefix: str) -> list[str]:
    out = []
    for r in rules:
        pattern = r.pattern if prefix == "." else f"{prefix}/{r.pattern}"
        out.append(("!" if r.negate else "") + pattern)
    return out


def plan_ignore(
    repo: Repo, context: str, stages: list[tuple[Dockerfile, str, list[Edit]]], runtime: Dockerfile
) -> tuple[str, str] | None:
    """The per-Dockerfile ignore file the merged build needs (None: none), or WidenRefused. `stages` are
    (Dockerfile, its legacy context, edits to leave out) for the builders, then the runtime."""
    reads: list[tuple[list[Rule], str, set[str], str]] = []
    for df, ctx, skip in stages:
        _, rules = _rules(repo, str(df.source.path), ctx)
        reads.append((rules, ctx, _files(repo, ctx, _sources(df, skip)), str(df.source.path)))

    def disagreement(merged: list[Rule]) -> str | None:
        """The first file some stage would see differently, said in words; None when all agree."""
        for rules, ctx, files, name in reads:
            prefix = _prefix(ctx, context)
            for f in sorted(files):
                there = f if prefix == "." else f"{prefix}/{f}"
                was = excluded(rules, f)
                if was != excluded(merged, there):
                    return f"`{there}`, which `{name}` {'never saw' if was else 'copied'}"
        return None

    own = str(runtime.source.path) + ".dockerignore"
    current_path, current = _rules(repo, str(runtime.source.path), context)
    if disagreement(current) is None and current_path != own:
        return None  # the context's own ignore file (or none) already gives every stage what it had
    lines = ["# Each stage's ignore rules, rebased onto the one build context (written by migrate)."]
    *builders, (runtime_rules, runtime_ctx, _, _) = reads
    for rules, ctx, _, _ in builders:
        lines += _rebased(rules, _prefix(ctx, context))
    runtime_prefix = _prefix(runtime_ctx, context)
    if runtime_prefix != ".":
        lines.append(f"!{runtime_prefix}")  # the runtime's files, whatever the builders' rules said
    lines += _rebased(runtime_rules, runtime_prefix)
    lines.append(_prefix(own, context))  # the file itself never reaches a stage
    text = "\n".join(lines) + "\n"
    problem = disagreement(parse_ignore(text))
    if problem is not None:
        raise WidenRefused(f"no single ignore file gives every stage the files it had: {problem}")
    return own, text


def context_command(build: Build, context: str, dockerfile: str) -> Edit:
    """The runtime build's context word, rewritten to the merged context (with `-f` when the build named
    no Dockerfile: it no longer sits at the context's root)."""
    if len(build.call.positionals) != 1 or build.call.positionals[0].word is None:
        raise WidenRefused("the runtime build's context is not one word of the command line")
    arg = build.call.positionals[0]
    if arg.value.literal is None or not arg.exact:
        raise WidenRefused("the runtime build's context is not written literally")
    word = arg.word
    assert word is not None
    cwd = build.cwd
    new = shlex.quote(posixpath.relpath(context, cwd) if cwd != "." else context)
    if "file" not in build.call.opts:
        new = f"-f {shlex.quote(posixpath.relpath(dockerfile, cwd) if cwd != '.' else dockerfile)} {new}"
    return Edit(word.start, word.end, new)


def widen(
    repo: Repo,
    runtime: Build,
    runtime_df: Dockerfile,
    builders: list[tuple[Build, Dockerfile]],
    rewritten: list[Edit],
    language: Language,
) -> Widening:
    """The merged context and what it takes, or WidenRefused."""
    runtime_ctx = runtime.context or "."
    context = merged_context(runtime_ctx, [b.context for b, _ in builders if b.context is not None])
    if not language.rewrites_build_context:
        raise WidenRefused(f"the runtime build is a {language.name} call, whose context the migration does not rewrite")
    out = Widening(context)
    try:
        out.runtime_edits = runtime_rebase(runtime_df, _prefix(runtime_ctx, context), rewritten)
    except RebaseRefused as err:
        raise WidenRefused(f"the runtime Dockerfile cannot move onto `{context}`: {err}") from None
    stages: list[tuple[Dockerfile, str, list[Edit]]] = [(df, b.context or ".", []) for b, df in builders]
    stages.append((runtime_df, runtime_ctx, rewritten))
    out.ignore = plan_ignore(repo, context, stages, runtime_df)
    out.command = context_command(runtime, context, str(runtime_df.source.path))
    return out
