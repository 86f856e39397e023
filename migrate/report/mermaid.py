"""The traced flow as a mermaid flowchart: builds, extracted artifacts, the COPYs that consume them, blockers."""

from __future__ import annotations

from migrate.diagnostics import Diagnostic
from migrate.outcome import BuildInfo, FlowInfo, Outcome, RepoResult


def escape(text: str) -> str:
    """Text safe inside a quoted mermaid label: mermaid's own entity codes for the characters it parses."""
    out = text.replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")
    return out.replace("|", "#124;").replace("`", "#96;")


def _build_label(b: BuildInfo) -> str:
    lines = [f"<b>{b.role}</b> {escape(b.dockerfile or '?')}", f"context {escape(b.context or '?')}"]
    if b.tags:
        lines.append("tags " + escape(", ".join(b.tags)))
    if b.build_args:
        lines.append("args " + escape(", ".join(b.build_args)))
    if b.target:
        lines.append(f"target {escape(b.target)}")
    if b.stage:
        lines.append(f"now stage <i>{escape(b.stage)}</i>")
    lines.append(escape(b.location))
    return "<br/>".join(lines)


def _flow_lines(i: int, flow: FlowInfo, blockers: list[Diagnostic], planned: bool) -> list[str]:
    out = [f'  subgraph f{i}["{escape(flow.script)}"]', "    direction LR"]
    stages: dict[str, str] = {}
    runtimes: list[tuple[str, str | None]] = []  # (node, Dockerfile)
    for j, b in enumerate(flow.builds):
        node = f"f{i}b{j}"
        if b.role == "builder" and b.stage:
            stages.setdefault(b.stage, node)
        if b.role == "runtime":
            runtimes.append((node, b.dockerfile))
        out.append(f'    {node}["{_build_label(b)}"]:::{b.role}')
    for j, a in enumerate(flow.artifacts):
        node = f"f{i}a{j}"
        label = f"{escape(a.container_path)} → {escape(a.host_path)}<br/>{escape(a.location)}"
        out.append(f'    {node}[/"{label}"/]:::artifact')
        source = stages.get(a.stage) if a.stage else None
        if source is not None:
            out.append(f"    {source} -->|docker cp| {node}")
        consumer_file = a.consumer.rpartition(":")[0] if a.consumer else None
        for runtime, dockerfile in runtimes if a.consumer else []:
            # The recorded consumer is one COPY; every other runtime build of the flow copies it too.
            mine = a.consumer is not None and dockerfile == consumer_file
            used = f"COPY at {a.consumer}" if mine and a.consumer else "COPY"
            out.append(f'    {node} -->|"{escape(used)}"| {runtime}')
            if source is not None and a.stage:
                new = a.copy_from if mine and a.copy_from else f"COPY --from={a.stage}"
                out.append(f'    {source} -.->|"{escape(new)}"| {runtime}')
    if flow.removed:
        what = "removed from" if planned else "the migration would remove from"
        out.append(f'    f{i}r["{len(flow.removed)} statements {what} {escape(flow.script)}"]:::removed')
    for j, d in enumerate(blockers):
        out.append(f'    f{i}x{j}{{{{"{d.code} {escape(d.location())}<br/>{escape(d.message)}"}}}}:::blocker')
    out.append("  end")
    return out


def render_mermaid(result: RepoResult) -> str:
    """A `flowchart LR`: one subgraph per orchestrator; solid edges are the legacy flow, dotted ones the
    `COPY --from` that replaces it."""
    lines = ["flowchart LR"]
    blockers = list(result.blockers)
    for i, flow in enumerate(result.flows):
        mine = [d for d in blockers if d.path == flow.script or (len(result.flows) == 1 and d.path is not None)]
        blockers = [d for d in blockers if d not in mine]
        lines.extend(_flow_lines(i, flow, mine, result.outcome is Outcome.MIGRATED))
    for j, d in enumerate(blockers):
        lines.append(
            f'  x{j}{{{{"{d.code} {escape(d.location() or result.repo)}<br/>{escape(d.message)}"}}}}:::blocker'
        )
    if not result.flows and not blockers:
        lines.append('  none["no builder flow traced"]')
    lines += [
        "  classDef builder fill:#e8f0fe,stroke:#4a6fa5",
        "  classDef runtime fill:#e6f4ea,stroke:#3c8d5a",
        "  classDef other fill:#f1f3f4,stroke:#9aa0a6",
        "  classDef artifact fill:#fff8e1,stroke:#b08800",
        "  classDef removed fill:#fce8e6,stroke:#c5221f,stroke-dasharray: 4 2",
        "  classDef blocker fill:#fce8e6,stroke:#c5221f,stroke-width:2px",
    ]
    return "\n".join(lines) + "\n"
