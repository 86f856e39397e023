"""Makefiles as orchestrators: rules, recipes and variables, turned into the shell model.

Each recipe line is its own shell (a `recipe` group: `cd` and shell variables do not outlive it); make's
variables are known to the tracer before the recipe runs; a target's prerequisites run first, each once.
The recipe lines are parsed from a copy of the file in which everything else is blanked out, so every
offset in the model is an offset into the Makefile itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from migrate.frontends.make import MAKE
from migrate.parse.shell import parse_shell
from migrate.parse.shell_model import Group, Node, Opaque, Refusal, Script, Seq
from migrate.parse.words import automatic

_ASSIGN = re.compile(
    r"^(?:(?:export|override)\s+)*([A-Za-z_][A-Za-z0-9_.-]*)\s*(\?=|::=|:=|\+=|!=|=)\s*(.*?)\s*$", re.S
)
_RULE = re.compile(r"^([^:=#\t][^:=#]*?)\s*::?(?!=)\s*([^;#]*?)\s*(?:;(.*))?$", re.S)
_CONDITIONAL = re.compile(r"^\s*(ifeq|ifneq|ifdef|ifndef|else|endif)\b")
_RECIPE_PREFIX = "@-+"


@dataclass
class Variable:
    """One Makefile variable definition and where its value starts."""

    name: str
    op: str  # = := ::= ?= += != or "cond" (defined under a conditional)
    value: str  # the raw make text
    start: int  # offset of the value


@dataclass
class Rule:
    """One Makefile rule: its targets, prerequisites and the spans of its recipe lines."""

    targets: list[str]
    prereqs: list[str]
    recipe: list[tuple[int, int]] = field(default_factory=list)  # spans of recipe lines (prefixes excluded)
    line: int = 0
    offset: int = 0  # where the rule's header line starts


@dataclass
class Makefile:
    """The parts of a Makefile the tool reads: variables, rules and the default goal."""

    text: str
    variables: list[Variable] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    default: str | None = None


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each logical line: backslash-newline continues it; end excludes the newline."""
    out = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while True:
            nl = text.find("\n", j)
            if nl == -1:
                nl = n
                break
            k = nl - 1 if nl > 0 and text[nl - 1] == "\r" else nl
            backslashes = len(text[:k]) - len(text[:k].rstrip("\\"))
            if backslashes % 2 == 1:
                j = nl + 1
                continue
            break
        out.append((i, nl))
        i = nl + 1
    return out


def parse_makefile(text: str) -> Makefile:
    mf = Makefile(text)
    current: list[Rule] = []
    depth = 0
    in_define = False
    for start, end in _logical_lines(text):
        line = text[start:end].rstrip("\r")
        if in_define:
            in_define = not line.strip().startswith("endef")
            continue
        if line.startswith("\t") and current:
            body = start + 1
            while body < end and text[body] in _RECIPE_PREFIX + " \t":
                body += 1
            for rule in current:
                rule.recipe.append((body, end))
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        cond = _CONDITIONAL.match(line)
        if cond:
            depth += {"endif": -1, "else": 0}.get(cond.group(1), 1)
            continue
        if stripped.startswith("define "):
            in_define = True
            continue
        assign = _ASSIGN.match(line)
        header = _RULE.match(line) if assign is None else None
        if assign is not None:
            value_start = start + assign.start(3)
            mf.variables.append(
                Variable(assign.group(1), "cond" if depth else assign.group(2), assign.group(3), value_start)
            )
            current = []
            continue
        if header is None or "=" in header.group(2):  # target-specific variables are not followed
            current = []
            continue
        targets = header.group(1).split()
        prereqs = header.group(2).split()
        current = []
        for t in targets:
            r = mf.rules.setdefault(t, Rule([t], [], [], text.count("\n", 0, start) + 1, start))
            r.prereqs.extend(prereqs)
            current.append(r)
            if mf.default is None and not t.startswith("."):
                mf.default = t
        if header.group(3) and header.group(3).strip():
            inline = start + header.start(3)
            for r in current:
                r.recipe.append((inline, end))
    return mf


def pattern_rules_running_docker(mf: Makefile) -> list[tuple[str, int]]:
    """Pattern rules (`%.tar: %.c`) whose recipe runs docker, with the offset of their first recipe line:
    make instantiates them for the targets that need them, which this reader does not follow."""
    out: list[tuple[str, int]] = []
    seen: set[int] = set()
    for name, rule in mf.rules.items():
        if "%" not in name or not rule.recipe or id(rule) in seen:
            continue
        seen.add(id(rule))
        if any("docker" in mf.text[s:e] or "podman" in mf.text[s:e] for s, e in rule.recipe):
            out.append((name, rule.recipe[0][0]))
    return out


def drop_prerequisites(text: str, names: set[str]) -> str:
    """`text` with every prerequisite in `names` (files the migration deletes) taken out of the rules'
    prerequisite lists: make would otherwise stop with "No rule to make target"."""
    out: list[str] = []
    at = 0
    for start, end in _logical_lines(text):
        line = text[start:end]
        if line.startswith("\t") or _ASSIGN.match(line) is not None:
            continue
        header = _RULE.match(line.rstrip("\r"))
        if header is None or "=" in header.group(2):
            continue
        s, e = start + header.start(2), start + header.end(2)
        words = re.split(r"(\s+)", text[s:e])
        kept = [w for w in words if w.strip() and w not in names]
        if len(kept) == len([w for w in words if w.strip()]):
            continue
        before = text[at:s]
        out.append(before if kept else before.rstrip(" \t"))  # no blank left after the colon
        out.append(" ".join(kept))
        at = e
    out.append(text[at:])
    return "".join(out)


# a recipe line that runs make again on targets of the same Makefile: `make a b`, `$(MAKE) a` (no options)
_SUBMAKE = re.compile(r"(?:make|\$\(MAKE\)|\$\{MAKE\})((?:[ \t]+[A-Za-z0-9_][A-Za-z0-9_.-]*)+)[ \t]*")


def execution_order(mf: Makefile, target: str) -> list[tuple[str, tuple[int, int]]]:
    """The recipe lines `make TARGET` runs, prerequisites first, each rule once, with the target each runs for.
    A recipe line `make T` or `$(MAKE) T` on targets of this Makefile is followed by the lines that sub-make
    runs (each line once in all: one it already ran is not run again here, in this model)."""
    out: list[tuple[str, tuple[int, int]]] = []
    placed: set[tuple[int, int]] = set()

    def visit(name: str, seen: set[str]) -> None:
        if name in seen or name not in mf.rules:
            return
        seen.add(name)
        rule = mf.rules[name]
        for p in rule.prereqs:
            if p != "|":
                visit(p, seen)
        for span in rule.recipe:
            if span in placed:
                continue
            placed.add(span)
            out.append((name, span))
            sub = _SUBMAKE.fullmatch(mf.text, span[0], span[1])
            names = sub.group(1).split() if sub else []
            if names and all(n in mf.rules for n in names):  # `make` calling itself ends: its lines are placed
                sub_seen: set[str] = set()  # a new make process: its own rules run afresh
                for n in names:
                    visit(n, sub_seen)

    visit(target, set())
    return out


def automatic_variables(mf: Makefile, target: str) -> tuple[tuple[str, str, int], ...]:
    """`$@`, `$<`, `$^` and `$+` of the rule for `target`, as raw make text (with the offset where the text
    stands in the Makefile, for make variables inside it). Order-only prerequisites (after `|`) are in
    none of them (GNU make manual, Automatic Variables)."""
    rule = mf.rules[target]
    normal = rule.prereqs[: rule.prereqs.index("|")] if "|" in rule.prereqs else rule.prereqs
    where = rule.offset
    out = [(automatic("@"), target, where)]
    out.append((automatic("<"), normal[0] if normal else "", where))
    out.append((automatic("^"), " ".join(dict.fromkeys(normal)), where))
    out.append((automatic("+"), " ".join(normal), where))
    return tuple(out)


# `$(shell … docker …)` in a recipe line: make runs it when it expands the recipe, before any of its lines
_SHELL_CALL = re.compile(r"\$\(shell\s")
_ENGINE = re.compile(r"\b(?:docker|podman)\b")


def _shell_docker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first `$(shell …)` between `start` and `end` whose command runs docker or podman, its
    parentheses balanced (`$(shell docker create $(IMAGE))`)."""
    for m in _SHELL_CALL.finditer(text, start, end):
        depth, i = 0, m.start() + 1
        while i < end:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if depth == 0:
                break
            i += 1
        if depth == 0 and _ENGINE.search(text, m.start(), i):
            return m.start(), i + 1
    return None


_COPY_OUT = re.compile(r"\b(?:docker|podman)\b[^\n]*\b(?:cp|export)\b")
# make's automatic variables whose second character the shell reads as an operator (`$<` a redirection,
# `$|` a pipe): the shell parser sees a parameter of the same length in their place. Words are split from
# the Makefile's own text (trace/evaluate.py), so the stand-in never reaches a value.
_AUTOMATIC = re.compile(r"\$\$|\$[<|^+%]")


def _shell_safe(recipe: str) -> str:
    """The recipe as the shell parser may read it, offsets kept: make's automatic variables become `$_`, and
    `$$(` (the shell's `$(` after make) becomes `_$(`, so the command substitution is one where it will be."""

    def safe(m: re.Match[str]) -> str:
        if m.group() != "$$":
            return "$_"
        return "_$" if recipe.startswith("(", m.end()) else "$$"

    return _AUTOMATIC.sub(safe, recipe)


def recipe_script(mf: Makefile, target: str) -> Script:
    """The recipe lines of `make TARGET` as a shell script model with offsets into the Makefile."""
    lines = execution_order(mf, target)
    text = mf.text
    masked = list(re.sub(r"[^\n]", " ", text))
    for _, (s, e) in lines:
        masked[s:e] = _shell_safe(text[s:e])
    parsed = parse_shell("".join(masked))
    groups: list[Node] = []
    refused: set[str] = set()  # rules whose recipe runs docker at make's expansion: not followed line by line
    for name, (s, e) in lines:
        if name in refused:
            continue
        recipe = mf.rules[name].recipe
        expansion = next((span for rs, re_ in recipe if (span := _shell_docker(text, rs, re_))), None)
        if expansion is not None:  # make runs it while expanding the recipe, before the rule's first line
            refused.add(name)
            line = text.count("\n", 0, recipe[0][0]) + 1
            call = text[expansion[0] : expansion[1]]
            message = (
                f"make runs `{call}` while it expands the recipe of `{name}`, before the recipe's "
                f"first line (line {line}) runs: the docker step is out of the order the recipe shows, and the "
                "recipe is not followed"
            )
            body = text[recipe[0][0] : recipe[-1][1]]
            copies = _COPY_OUT.search(body) is not None  # the refused recipe takes files out of a container
            refusal = Refusal("MIG113", message, expansion[0], extraction=copies)
            groups.append(Opaque(recipe[0][0], recipe[-1][1], "make expansion", refusal))
            continue
        stmts = tuple(n for n in parsed.body.stmts if s <= n.start < e)
        if stmts:
            groups.append(Group(s, e, Seq(stmts), True, True, automatic_variables(mf, name)))
    variables = tuple((v.name, v.op, v.value, v.start) for v in mf.variables)
    return Script(text, Seq(tuple(groups)), parsed.heredocs, parsed.cmdsubs, parsed.parser, variables, MAKE)
