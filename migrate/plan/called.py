"""The other files of a flow: scripts the orchestrator runs or sources, whose flow statements are removed
like the orchestrator's (see interp.Tracer._run_script and _source for how they are traced)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from migrate.frontends import Language
from migrate.parse.shell import parse_shell
from migrate.parse.shell_model import Command, Function, Script, SourceSyntaxError, walk
from migrate.plan.flows import Flow
from migrate.plan.orchestrator import ScriptPlan, empty_bodies, removal_spans, script_edits
from migrate.render.edits import apply_edits
from migrate.source import SourceFile


def in_file(flow: Flow, source: SourceFile | None) -> Flow:
    """The flow as one file sees it: its removed statements, assignments and status checks (None: the
    orchestrator itself)."""
    mine = {s.order for s in flow.graph.sites if s.source is source}
    graph = replace(
        flow.graph,
        assignments=[a for a in flow.graph.assignments if a.site.source is source],
        status_checks={o: n for o, n in flow.graph.status_checks.items() if o in mine},
    )
    return replace(flow, graph=graph, removed={o: s for o, s in flow.removed.items() if s.source is source})


_IDLE = ("set", "echo", "printf", ":", "true")


def idle(text: str, sourced: bool = False) -> bool:
    """Whether a shell script does nothing but set options, print and (when it runs in its own process)
    assign: a sourced file's assignments are its caller's variables."""
    try:
        script = parse_shell(text)
    except (SourceSyntaxError, RecursionError):
        return False
    return all(
        isinstance(n, Command) and not n.redirects and (n.words[0].text in _IDLE if n.words else not sourced)
        for n in script.body.stmts
    )


def _files(flow: Flow) -> list[tuple[SourceFile, Script, Flow]]:
    """The called files that hold flow statements, each with the flow as it sees it."""
    files = {str(s.source.path): (s.source, s.script) for s in flow.removed.values() if s.source and s.script}
    out = []
    for path, (src, script) in sorted(files.items()):
        sub = in_file(flow, src)
        if path in flow.graph.sourced:  # its variables are the caller's too: none is tidied away with the flow
            sub = replace(sub, graph=replace(sub.graph, assignments=[]))
        out.append((src, script, sub))
    return out


def reduce_called(
    flow: Flow,
    plan: ScriptPlan,
    dangling: Callable[[Flow, str, Language], None],
    orchestrator: tuple[SourceFile, Script],
) -> dict[str, str | None]:
    """The scripts the orchestrator runs that hold flow statements, reduced like the orchestrator: path
    -> new text, or None when nothing but `set`, `echo` and comments would be left (the file is deleted
    and its call removed, when the orchestrator itself makes the call)."""
    if all(s.source is None for s in flow.graph.sites):
        return {}  # the orchestrator runs no other file
    while True:  # an emptied function's calls in the other files go too, and may empty more; each round
        before = len(flow.removed)  # that changes something removes a site more, so this ends
        reduced = []
        main = (orchestrator[0], orchestrator[1], in_file(flow, None), None)
        for src, script, sub, key in [*((s, c, f, s) for s, c, f in _files(flow)), main]:
            local = ScriptPlan()
            spans = removal_spans(script, sub, src, local)
            extra = empty_bodies(script, spans, src, local)
            emptied = [n for n in walk(script.body) if isinstance(n, Function) and (n.start, n.end) in extra]
            for site, fn in flow.graph.function_calls:
                if site.source is not key and any(fn is n for n in emptied):
                    flow.remove(site)
            if key is not None:  # the orchestrator itself is reduced by the planner
                reduced.append((src, script, sub, spans + extra, local))
        if len(flow.removed) == before:
            break
    out: dict[str, str | None] = {}
    for src, script, sub, spans, local in reduced:
        plan.diagnostics.extend(local.diagnostics)
        path = str(src.path)
        tidied = plan.tidied.setdefault(path, [])
        text = apply_edits(src.text, script_edits(src, sub, spans, [], script.language, script=script, tidied=tidied))
        dangling(sub, text, script.language)
        call = flow.graph.called.get(path)
        if call is not None and call.source is None and idle(text, path in flow.graph.sourced):
            flow.remove(call)
            out[path] = None
        else:
            out[path] = text
    return out
