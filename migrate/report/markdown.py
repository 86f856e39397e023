"""The pull-request report (`--format markdown`): summary line, flow graph, diff, diagnostics, what to check."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path, PurePath
from urllib.parse import quote

from migrate.diagnostics import Diagnostic, Severity
from migrate.outcome import Outcome, RepoResult
from migrate.report.explain import outcome_line
from migrate.report.mermaid import render_mermaid

# GitHub refuses comments over 65,536 characters; the diff gets most of that, the rest stays readable.
MAX_DIFF_CHARS = 40_000
_ICON = {Severity.ERROR: "🛑", Severity.WARNING: "⚠️", Severity.NOTE: "ℹ️"}


def _fence(text: str, lang: str) -> str:
    """A fenced block whose fence is longer than any backtick run inside (a diff may contain fences)."""
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    body = text if text.endswith("\n") or not text else text + "\n"
    return f"{fence}{lang}\n{body}{fence}"


def _truncate(diff: str) -> tuple[str, int]:
    if len(diff) <= MAX_DIFF_CHARS:
        return diff, 0
    cut = diff.rfind("\n", 0, MAX_DIFF_CHARS) + 1
    return diff[:cut], diff[cut:].count("\n")


# what CommonMark/GFM would read as markup, a tag or an entity in plain text (escaped with a backslash); `(`, `!`
# and `>` need no escape once `[` and `<` have one, `#`, `+`, `-`, `=` and `>` only at a line's start
_SPECIAL = re.compile(r"([\\`*_\[\]<|~]|&(?=#?\w+;)|^[-+=>#](?=\s|$|#))", re.M)
_CODE = re.compile(r"(`+)(.+?)\1", re.S)


def escape(text: str) -> str:
    """Plain text as GitHub renders it, not as markup: `_dist_` stays `_dist_`, `<dir>` is not stripped as a
    tag, a name with `*` or `[` stays a name."""
    return _SPECIAL.sub(r"\\\1", text)


def code(text: str) -> str:
    """`text` as a code span, whatever backticks it holds."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def inline(text: str) -> str:
    """A message written with `code spans` for names: the spans kept (GitHub shows them literally), the text
    between them escaped."""
    out, at = [], 0
    for m in _CODE.finditer(text):
        out.append(escape(text[at : m.start()]) + m.group(0))
        at = m.end()
    return "".join(out) + escape(text[at:])


def link(base: str, path: str) -> str:
    """A link target that survives spaces and markup characters in the path (percent-encoded)."""
    return base + quote(path, safe="/#")


def heading_name(repo: str) -> str:
    """The repository's name for the heading: as given, or the directory's own name for `.`, `..` or `/`."""
    name = PurePath(repo).name
    return repo if name not in ("", ".", "..") else (Path(repo).resolve().name or repo)


def _where(d: Diagnostic, link_base: str | None) -> str:
    loc = d.location()
    if not loc:
        return ""
    if link_base is None or d.path is None:
        return f"{code(loc)} "
    anchor = f"#L{d.line}" if d.line else ""
    return f"[{code(loc)}]({link(link_base, d.path + anchor)}) "


def _diagnostic(d: Diagnostic, link_base: str | None) -> str:
    hint = d.hint or d.rule.hint
    head = f"- {_ICON[d.severity]} **{d.code}** {_where(d, link_base)}{inline(d.message)} ({escape(d.rule.title)})"
    return f"{head}  \n  _{inline(hint)}_" if hint else head


def review_items(result: RepoResult) -> list[str]:
    """What the tool could not check or update itself, for a person to look at before merging."""
    if result.outcome is Outcome.BLOCKED:
        return ["Fix the blockers above (each names the statement), then run `migrate run --diff` again."]
    if result.outcome is not Outcome.MIGRATED:
        return []
    items: list[str] = []
    for flow in result.flows:
        for b in flow.builds:
            if b.role == "builder" and b.tags:
                tags = ", ".join(code(t) for t in b.tags)
                items.append(
                    f"The builder image {tags} is no longer built: anything outside this repository that pulls, "
                    "runs or pushes it (CI jobs, deploy scripts, other repositories) must change."
                )
        hosts = [code(a.host_path) for a in flow.artifacts]
        if hosts:
            items.append(
                f"{', '.join(hosts)} no longer appear{'s' if len(hosts) == 1 else ''} on the host after "
                f"{code(flow.script)}: a later step that expects {'it' if len(hosts) == 1 else 'them'} there must "
                "take it from the image (`docker build --target <stage> --output type=local,dest=out .`)."
            )
    deleted = [code(c.path) for c in result.changes if c.kind == "deleted"]
    if deleted:
        items.append(
            f"Deleted: {', '.join(deleted)}. References inside this repository were checked; references from "
            "outside it (CI configuration elsewhere, wikis, other repositories) could not be updated."
        )
    for d in result.diagnostics:
        if d.severity is Severity.WARNING or d.code == "MIG209":
            items.append(f"{d.code} at {code(d.location())}: {inline(d.message)}.")
    items.append(
        "Run `migrate verify` where a container engine is available: it builds the legacy and the migrated "
        "setup and compares the two images (files, modes, owners, config)."
    )
    return items


def render_markdown(
    result: RepoResult, diff: str, *, link_base: str | None = None, build: Mapping[str, object] | None = None
) -> str:
    """One repository's report, sized for a pull-request comment. `link_base` (for example
    `https://github.com/OWNER/REPO/blob/SHA/`) turns each `file:line` into a link. `build`: the sizes and times
    `migrate verify` measured (`--verify-report`), shown as a table."""
    blockers = len(result.blockers)
    warnings = sum(1 for d in result.diagnostics if d.severity is Severity.WARNING)
    counts = f"{blockers} blocker{'s' if blockers != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
    advisories = len(result.advisories)
    out = [
        f"### dockerfile-migrate: {code(heading_name(result.repo))}",
        "",
        f"**{outcome_line(result)}** ({counts}, {advisories} advisor{'ies' if advisories != 1 else 'y'})",
    ]
    if result.summary:
        out += ["", *(f"- {inline(line)}" for line in result.summary)]
    if result.flows:
        out += ["", "#### Flow", "", _fence(render_mermaid(result), "mermaid")]
    if diff:
        shown, hidden = _truncate(diff)
        out += ["", "#### Diff", "", _fence(shown, "diff")]
        if hidden:
            out.append(f"_{hidden} more lines not shown; run `migrate run --diff` for the whole diff._")
    if build:
        from migrate.report.verify_report import build_section

        out += ["", build_section(build).rstrip("\n")]
    shown_diags = [d for d in result.diagnostics if d.code != "MIG001"]  # the summary line says it
    if shown_diags:
        out += ["", "#### Diagnostics", "", *(_diagnostic(d, link_base) for d in shown_diags)]
    items = review_items(result)
    if items:
        out += ["", "#### Check by hand", "", *(f"- [ ] {item}" for item in items)]
    if result.advisories:
        out += [
            "",
            "#### Advisories",
            "",
            "_Beyond the migration: not part of the diff above, never applied, never change the exit code._",
            "",
            *(_diagnostic(d, link_base) for d in result.advisories),
        ]
    return "\n".join(out) + "\n"
