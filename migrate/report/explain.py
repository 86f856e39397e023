"""`migrate explain`: the traced flow in words (text), as a graph (mermaid) or as data (json)."""

from __future__ import annotations

from migrate.diagnostics import Diagnostic, Severity
from migrate.outcome import BuildInfo, FlowInfo, Outcome, RepoResult


def outcome_line(result: RepoResult, *, written: bool = False) -> str:
    """One line a person reads first: what happened to the repository."""
    if result.outcome is Outcome.MIGRATED:
        n = len(result.changes)
        verb = "migrated" if written else "would migrate"
        files = ", ".join(f"{c.path} {c.kind}" for c in result.changes)
        return f"{verb}: {n} file{'s' if n != 1 else ''} ({files})"
    if result.outcome is Outcome.BLOCKED:
        n = len(result.blockers)
        return f"blocked by {n} diagnostic{'s' if n != 1 else ''}; nothing would be written"
    if result.outcome is Outcome.FAILED:
        return "failed (an internal error)"
    return "nothing to migrate"


def _build(b: BuildInfo) -> list[str]:
    head = f"  {b.role:<8} {b.dockerfile or '?'} with context {b.context or '?'}, built at {b.location}"
    lines = [head]
    if b.tags:
        lines.append(f"           tags: {', '.join(b.tags)}")
    if b.build_args:
        lines.append(f"           build args: {', '.join(b.build_args)}")
    if b.target:
        lines.append(f"           target: {b.target}")
    if b.stage:
        lines.append(f"           becomes stage `{b.stage}` of the merged Dockerfile")
    return lines


def _flow(flow: FlowInfo) -> list[str]:
    lines = [f"{flow.script} (run from {flow.cwd})", " builds:"]
    lines += [line for b in flow.builds for line in _build(b)] or ["  (none)"]
    lines.append(" artifacts:")
    for a in flow.artifacts:
        source = a.container_path or "(the command's standard output)"
        lines.append(f"  {source} -> {a.host_path}  (extracted at {a.location})")
        lines.append(f"      consumed by: {a.consumer or '(no runtime COPY found)'}")
        if a.copy_from:
            lines.append(f"      becomes:     {a.copy_from}")
    if not flow.artifacts:
        lines.append("  (none)")
    lines.append(f" removed from {flow.script}:")
    lines += [f"  {loc}  {text}" for loc, text in flow.removed] or ["  (nothing)"]
    if flow.assumptions:
        lines.append(" assumed:")
        lines += [f"  {a}" for a in flow.assumptions]
    return lines


def _diagnostics(title: str, diags: tuple[Diagnostic, ...] | list[Diagnostic]) -> list[str]:
    if not diags:
        return []
    return ["", f"{title}:"] + ["  " + d.format().replace("\n", "\n  ") for d in diags]


def render_explain_text(result: RepoResult) -> str:
    lines = [f"{result.repo}: {outcome_line(result)}"]
    for flow in result.flows:
        lines += ["", *_flow(flow)]
    if not result.flows:
        lines += ["", "no builder flow was traced"]
    lines += _diagnostics("blockers", result.blockers)
    others = [d for d in result.diagnostics if not d.blocking]
    lines += _diagnostics("warnings", [d for d in others if d.severity is Severity.WARNING])
    lines += _diagnostics("notes", [d for d in others if d.severity is Severity.NOTE])
    lines += _diagnostics("advisories (beyond the migration; never applied)", result.advisories)
    return "\n".join(lines) + "\n"
