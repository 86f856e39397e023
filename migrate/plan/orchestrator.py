"""Reduce the orchestrator script: remove the statements that served the extraction flow (with their
status checks and the variables only they used) and carry the builder build's arguments over to the one
remaining `docker build`. Everything else stays byte for byte."""

from __future__ import annotations

import re
from typing import Final

from migrate.diagnostics import Diagnostic
from migrate.frontends import Language
from migrate.frontends.shell import SHELL
from migrate.parse.shell_model import AndOr, Command, Function, Group, If, Node, Pipeline, Script, Word, walk
from migrate.parse.words import Lit
from migrate.plan.flows import Flow
from migrate.plan.tidy import Tidied, tidy
from migrate.render.edits import Edit, apply_edits
from migrate.slotted import Slotted
from migrate.source import SourceFile
from migrate.trace.docker_cli import Arg
from migrate.trace.flow import Build, diagnostic_at

# builder build options that have no effect on the artifact, or are carried over
_HARMLESS = {
    "tag",
    "file",
    "build-arg",
    "target",
    "platform",
    "label",
    "progress",
    "quiet",
    "rm",
    "force-rm",
    "no-cache",
    "pull",
    "load",
    "cache-from",
}
_CARRIED_FLAGS = ("no-cache", "pull")


class ScriptPlan(Slotted):
    """The edits that reduce an orchestrator to one build, and why any were refused."""

    __slots__ = ("diagnostics", "edits", "tidied")

    edits: list[Edit]
    diagnostics: list[Diagnostic]
    tidied: Final[dict[str, list[Tidied]]]  # path -> lines removed by a tidying rule

    def __init__(self) -> None:
        self.edits = []
        self.diagnostics = []
        self.tidied = {}


def _unit_end(script: Script, node: Node) -> int:
    end = node.end
    for start, hd_end in script.heredocs.items():
        if node.start <= start < node.end:
            end = max(end, hd_end)
    return end


def removal_spans(script: Script, flow: Flow, source: SourceFile, plan: ScriptPlan) -> list[tuple[int, int]]:
    units: dict[int, tuple[Node, list[Command]]] = {}
    for site in flow.removed.values():
        units.setdefault(id(site.unit), (site.unit, []))[1].append(site.command)
    spans: list[tuple[int, int]] = []
    for unit, commands in units.values():
        if isinstance(unit, Command | If) or (isinstance(unit, Pipeline) and len(commands) == len(unit.items)):
            spans.append((unit.start, _unit_end(script, unit)))
        elif isinstance(unit, AndOr):
            spans.extend(_chain_spans(unit, commands, flow))
        elif isinstance(unit, Pipeline):
            plan.diagnostics.append(diagnostic_at(source, "MIG313", "a flow command inside a pipeline", unit.start))
        else:
            plan.diagnostics.append(
                diagnostic_at(source, "MIG313", "a flow command inside a compound statement", unit.start)
            )
    for order, check in flow.graph.status_checks.items():
        if order in flow.removed:
            spans.append((check.start, check.end))
    return spans


def _chain_spans(unit: AndOr, commands: list[Command], flow: Flow) -> list[tuple[int, int]]:
    items = unit.items
    removed = [any(c is item or (item.start <= c.start and c.end <= item.end) for c in commands) for item in items]
    handlers = [i > 0 and unit.ops[i - 1] == "||" and not removed[i] for i in range(len(items))]
    if all(r or h for r, h in zip(removed, handlers, strict=True)):
        return [(unit.start, unit.end)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(items):
        if not removed[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(items) and removed[j + 1]:
            j += 1
        if j + 1 < len(items):
            spans.append((items[i].start, items[j + 1].start))
        else:
            spans.append((items[i - 1].end, items[j].end))
        i = j + 1
    return spans


_TRAIL_SEMI = re.compile(r"[ \t]*;[ \t]*")
_LEAD_SEMI = re.compile(r"[ \t]*;[ \t]*\Z")


def tidy_spans(text: str, spans: list[tuple[int, int]], prefix: str = "") -> list[Edit]:
    """Merge spans, swallow `;` separators, widen to whole lines, and drop a blank line the removal
    would leave doubled."""
    grown = []
    for s, e in spans:
        m = _TRAIL_SEMI.match(text, e)
        if m:
            e = m.end()
        else:
            le = text.find("\n", e)
            rest = text[e : len(text) if le == -1 else le]
            before = _LEAD_SEMI.search(text, 0, s)
            if rest.strip() == "" and before is not None and before.end() == s:
                s = before.start()  # the last statement of `a; b`: its `;` goes with it
        grown.append((s, e))
    grown.sort()
    merged: list[list[int]] = []
    for s, e in grown:
        if merged and text[merged[-1][1] : s].strip() == "":
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    edits: list[Edit] = []
    for s, e in merged:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le == -1 else le + 1
        if text[ls:s].strip(" \t\r\n" + prefix) == "" and text[e:le].strip() == "":
            s, e = ls, le
            prev_start = text.rfind("\n", 0, max(s - 1, 0)) + 1
            prev_blank = s > 0 and text[prev_start:s].strip() == ""
            nxt_end = text.find("\n", e)
            next_blank = e >= len(text) or text[e : len(text) if nxt_end == -1 else nxt_end + 1].strip() == ""
            if prev_blank and next_blank and s > 0:
                if e < len(text):  # the blank line below goes: a comment above the one above stays apart
                    e = len(text) if nxt_end == -1 else nxt_end + 1
                else:  # at the end of the file, the one above
                    s = prev_start
        edits.append(Edit(s, e))
    # merged spans may now touch after widening: fold them
    edits.sort()
    out: list[Edit] = []
    for ed in edits:
        if out and ed.start <= out[-1].end:
            out[-1] = Edit(out[-1].start, max(out[-1].end, ed.end))
        else:
            out.append(ed)
    return out


def carry_build_args(
    flow: Flow,
    builders: list[Build],
    runtime: Build,
    runtime_args: set[str],
    source: SourceFile,
    plan: ScriptPlan,
    language: Language = SHELL,
    run_args: dict[int, list[tuple[str, Arg]]] | None = None,
) -> None:
    """Add the builder builds' --build-arg and cache flags to the runtime build's command line, written
    in the orchestrator's language; `run_args` (by builder build): a builder run's `-e NAME=$VAR` the
    caller may set, now an ARG of the builder stage (plan/runs.py)."""
    text = source.text
    have = {name: a for name, a in runtime.build_args}
    add: list[str] = []
    sdk = language.sdk_build(runtime)  # a docker SDK call takes them as keyword arguments (plan/sdk_build.py)
    carried: list[tuple[str, Arg]] = []
    for b in builders:
        for opt in list(b.call.opts) + list(b.call.flags):
            if opt not in _HARMLESS:
                plan.diagnostics.append(
                    diagnostic_at(
                        source,
                        "MIG202",
                        f"the builder build's --{opt} cannot be carried into the merged build",
                        b.site,
                    )
                )
        if b.platform != runtime.platform:
            plan.diagnostics.append(
                diagnostic_at(
                    source,
                    "MIG308",
                    f"builder platform {b.platform or '(default)'} "
                    f"differs from the runtime's {runtime.platform or '(default)'}",
                    b.site,
                )
            )
        for name, arg in [*b.build_args, *(run_args or {}).get(id(b), [])]:
            if name in have:
                if have[name].value != arg.value:
                    plan.diagnostics.append(
                        diagnostic_at(
                            source,
                            "MIG305",
                            f"--build-arg {name} differs between the builder and the runtime build",
                            b.site,
                        )
                    )
                continue
            if name in runtime_args:
                plan.diagnostics.append(
                    diagnostic_at(
                        source,
                        "MIG305",
                        f"--build-arg {name} of the builder would also reach the runtime Dockerfile's ARG of that name",
                        b.site,
                    )
                )
                continue
            word = arg.word
            if word is None:
                continue
            if sdk is not None:
                carried.append((name, arg))
                have[name] = arg
                continue
            if b.site.source is not None:  # a called script's words may name its own variables
                literal = arg.value.literal
                if literal is None or "=" not in literal:
                    plan.diagnostics.append(
                        diagnostic_at(
                            source,
                            "MIG313",
                            f"--build-arg {name} of a build in a called script has no known value to carry",
                            b.site,
                        )
                    )
                    continue
                add.extend([language.literal("--build-arg"), language.literal(literal)])
                have[name] = arg
                continue
            src = text[word.start : word.end]
            whole = word.parts[:1] and isinstance(word.parts[0], Lit) and word.parts[0].text.startswith("--build-arg")
            written = language.carried(src, arg.value.literal)
            if written is None:
                plan.diagnostics.append(
                    diagnostic_at(
                        source,
                        "MIG313",
                        f"--build-arg {name} cannot be written into the {language.name} command line",
                        b.site,
                    )
                )
                continue
            add.extend([written] if whole else [language.literal("--build-arg"), written])
            have[name] = arg
        for flag in _CARRIED_FLAGS:
            new = language.literal(f"--{flag}")
            if flag in b.call.flags and flag not in runtime.call.flags and new not in add:
                add.append(new)
    if sdk is not None:
        from migrate.plan.sdk_build import carry_into_sdk_call

        edits, diagnostics = carry_into_sdk_call(sdk, builders, runtime, carried, source)
        plan.edits.extend(edits)
        plan.diagnostics.extend(diagnostics)
        return
    if not add:
        return
    # new options go right after the `build` subcommand word
    sub = next((a.word.end for a in runtime.argv if a.word is not None and _is_build_word(a.word)), None)
    if sub is None:
        plan.diagnostics.append(
            diagnostic_at(source, "MIG313", "cannot find where to add build arguments", runtime.site)
        )
        return
    plan.edits.append(Edit(sub, sub, language.new_arguments(add)))


def _is_build_word(word: Word) -> bool:
    return len(word.parts) == 1 and isinstance(word.parts[0], Lit) and word.parts[0].text == "build"


def script_edits(
    source: SourceFile,
    flow: Flow,
    spans: list[tuple[int, int]],
    inserts: list[Edit],
    language: Language = SHELL,
    elsewhere: str = "",
    script: Script | None = None,
    tidied: list[Tidied] | None = None,
) -> list[Edit]:
    """The final edits: the flow's removals, then assignments whose variables only removed statements
    used (repeated until none is left), widened to whole lines, with what the removals leave behind
    (plan/tidy.py; each line that goes for a rule is added to `tidied`). `elsewhere`: the text of the files
    the script sources or runs, whose uses of a variable keep its assignment."""
    text = source.text
    spans = list(spans)
    removed_text = "".join(text[s:e] for s, e in spans)
    assigned: list[int] = []
    candidates = [
        a
        for a in flow.graph.assignments
        if all(kind == "script" for kind, _, _ in a.site.scope)  # top level of its file
        and not a.exported
        and a.site.unit is a.site.command
        and not a.site.command.words
        and a.site.order not in flow.removed
    ]
    while True:
        edits = tidy_spans(text, spans, language.line_prefixes) + inserts  # a recipe line's prefixes go too
        extra, hits = tidy(text, edits, language, script)
        edits += extra
        current = apply_edits(text, edits)
        gone = removed_text + "".join(text[e.start : e.end] for e in extra)
        for a in candidates:
            own = text[a.site.command.start : a.site.command.end]
            if (
                all(language.uses_variable(gone, n) for n in a.names)
                and not any(language.count_uses(current, n) > language.count_uses(own, n) for n in a.names)
                and not any(language.uses_variable(elsewhere, n) for n in a.names)
            ):
                spans.append((a.site.command.start, a.site.command.end))
                removed_text += own
                assigned.append(source.line_col(a.site.command.start)[0])
                candidates.remove(a)
                break
        else:
            if tidied is not None:
                tidied.extend([*hits, *(Tidied("unused-variable", line) for line in assigned)])
            return edits


def _covered(node: Node, spans: list[tuple[int, int]], script: Script) -> bool:
    end = _unit_end(script, node)
    return any(s <= node.start and end <= e for s, e in spans)


def empty_bodies(
    script: Script, spans: list[tuple[int, int]], source: SourceFile, plan: ScriptPlan
) -> list[tuple[int, int]]:
    """Removing every statement of a function or an `if` would leave invalid shell: remove a function
    whose body empties together with its calls, and an `if` all of whose branches empty (its conditions
    are tests); anything else is refused."""
    extra: list[tuple[int, int]] = []
    nodes = walk(script.body)
    for node in nodes:
        if isinstance(node, Function) and node.body.stmts and all(_covered(s, spans, script) for s in node.body.stmts):
            extra.append((node.start, node.end))
            for call in nodes:
                if isinstance(call, Command) and call.words and call.words[0].text == node.name:
                    if not any(call is s for s in script.body.stmts):
                        plan.diagnostics.append(
                            diagnostic_at(
                                source,
                                "MIG313",
                                f"`{node.name}` only ran the flow; this call cannot be removed",
                                call.start,
                            )
                        )
                    extra.append((call.start, call.end))
        elif isinstance(node, If):
            bodies = [b for _, b in node.branches] + ([node.orelse] if node.orelse else [])
            empty = [bool(b.stmts) and all(_covered(s, spans, script) for s in b.stmts) for b in bodies]
            if all(empty) and not _covered(node, spans, script):
                conds = [s for c, _ in node.branches for s in c.stmts]
                if all(isinstance(c, Command) and c.words and c.words[0].text in ("[", "[[", "test") for c in conds):
                    extra.append((node.start, node.end))
                    continue
            if any(empty) and not all(empty):
                plan.diagnostics.append(
                    diagnostic_at(source, "MIG313", "a branch of this `if` would be left empty", node.start)
                )
        elif (
            isinstance(node, Group)  # `{ …; }`, `( … )`, a Python `with` or `try`: an empty body is an error
            and not node.recipe
            and node.body.stmts
            and all(_covered(s, spans, script) for s in node.body.stmts)
            and not _covered(node, spans, script)
        ):
            plan.diagnostics.append(diagnostic_at(source, "MIG313", "this block would be left empty", node.start))
    return extra
