"""Makefile cruft a migration leaves: a target whose recipe it emptied (with its mentions as a prerequisite
and in .PHONY) and variables only removed recipe lines used. Works on the migrated text, given the text
before; returns the tidied text and the lines that went (numbered in the new text)."""

from __future__ import annotations

import re
from collections.abc import Callable

from migrate.parse.makefile import _ASSIGN, _logical_lines, drop_prerequisites, parse_makefile
from migrate.render.edits import Edit, apply_edits

# a Makefile that includes others or exports everything may use a variable where this file cannot see it
_OPAQUE = re.compile(r"^\s*(-?include|sinclude|\.EXPORT_ALL_VARIABLES|export\s*$|unexport)", re.M)


# `make … NAME`, `$(MAKE) … NAME` on one line of another file (a target it runs)
_MAKE_RUNS = r"(?:\bmake\b|\$[({]MAKE[)}])[^\n]*?(?<![\w./-])"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _whole_line(text: str, start: int, end: int) -> Edit:
    nl = text.find("\n", end)
    return Edit(start, len(text) if nl == -1 else nl + 1)


def emptied_targets(old: str, new: str, elsewhere: Callable[[], str] = lambda: "") -> dict[str, Edit]:
    """Targets whose recipe had lines and has none now, with nothing else to run (no prerequisite left),
    not the default goal, not named anywhere else in the file's recipes and not run by `make NAME` in another
    file of the repository (a CI step, a script): name -> its header line."""
    before, after = parse_makefile(old), parse_makefile(new)
    out: dict[str, Edit] = {}
    patterns = any("%" in name for name in after.rules)
    changed = True
    while changed:
        changed = False
        for name, rule in after.rules.items():
            was = before.rules.get(name)
            if name in out or was is None or not was.recipe or rule.recipe or name.startswith("."):
                continue
            if len(rule.targets) != 1 or name == after.default:
                continue
            # a prerequisite that is a plain file runs nothing; one another rule makes would no longer run
            made = [p for p in rule.prereqs if p not in out and (p in after.rules or patterns)]
            if made:
                continue
            header = next((s, e) for s, e in _logical_lines(new) if s == rule.offset)
            words = re.split(r"[\s:]+", new[header[0] : header[1]].strip())
            if words[0] != name:  # `a b: …` names several targets on one line
                continue
            uses = [new[s:e] for r in after.rules.values() for s, e in r.recipe]
            if any(re.search(r"(?<![\w./-])" + re.escape(name) + r"(?![\w./-])", u) for u in uses):
                continue  # `$(MAKE) builder` still runs it
            if re.search(_MAKE_RUNS + re.escape(name) + r"(?![\w./-])", elsewhere()):
                continue  # `make builder` in a CI step or a script would find no rule
            out[name] = _whole_line(new, *header)
            changed = True
    return out


def unused_variables(old: str, new: str) -> dict[str, Edit]:
    """Variables the text before used and the text now does not (apart from their own definitions)."""
    from migrate.frontends.make import MAKE

    if _OPAQUE.search(new):
        return {}
    out: dict[str, Edit] = {}
    changed = True
    while changed:
        changed = False
        kept = apply_edits(new, list(out.values()))
        defs: dict[str, list[Edit]] = {}
        for s, e in _logical_lines(new):
            line = new[s:e]
            m = _ASSIGN.match(line)
            if m is None or line.startswith(("\t", "export", "override")) or m.group(1) in out:
                continue
            defs.setdefault(m.group(1), []).append(_whole_line(new, s, e))
        for name, lines in defs.items():
            own = [new[d.start : d.end] for d in lines]
            rest = kept
            for text in own:
                rest = rest.replace(text, "", 1)
            old_rest = old
            for text in own:
                old_rest = old_rest.replace(text, "", 1)
            if MAKE.uses_variable(old_rest, name) and not MAKE.uses_variable(rest, name) and len(lines) == 1:
                out[name] = lines[0]
                changed = True
    return out


def tidy_makefile(old: str, new: str, elsewhere: Callable[[], str] = lambda: "") -> tuple[str, list[tuple[str, int]]]:
    """The Makefile without emptied targets and unused variables, and the comments and blank lines they
    leave (plan/tidy.py); (rule, line in `new`) for each line that goes."""
    from migrate.frontends.make import MAKE
    from migrate.plan.tidy import tidy

    targets = emptied_targets(old, new, elsewhere)
    variables = unused_variables(old, new)
    hits = [("empty-target", _line_of(new, e.start)) for e in targets.values()]
    hits += [("unused-make-variable", _line_of(new, e.start)) for e in variables.values()]
    edits = sorted({*targets.values(), *variables.values()})
    if not edits:
        return new, []
    extra, more = tidy(new, edits, MAKE, None)
    hits += [(t.rule, t.line) for t in more]
    text = drop_prerequisites(apply_edits(new, edits + extra), set(targets))
    lines = text.splitlines(keepends=True)
    empty_phony = [i for i, line in enumerate(lines) if re.fullmatch(r"\.PHONY[ \t]*:[ \t]*\r?\n?", line)]
    for i in reversed(empty_phony):  # a .PHONY left naming nothing
        del lines[i]
    return "".join(lines), hits
