"""What `migrate run` prints and the exit code it decides: results on stdout, messages on stderr."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from migrate.diagnostics import Severity
from migrate.exitcodes import Exit
from migrate.outcome import Outcome, RepoResult


def exit_code(result: RepoResult, *, dry_run: bool) -> Exit:
    if result.outcome is Outcome.BLOCKED:
        return Exit.BLOCKED
    if result.outcome is Outcome.FAILED:
        return Exit.INTERNAL
    if result.outcome is Outcome.MIGRATED and dry_run:
        return Exit.PENDING
    return Exit.OK


# notes the user asked for with --probe (an answer that changed the plan, or why there was none): always said
_ASKED = frozenset({"MIG005", "MIG006"})


def _messages(result: RepoResult, *, quiet: bool, verbose: bool) -> list[str]:
    out: list[str] = []
    for d in result.diagnostics:
        if d.severity is Severity.NOTE and not verbose and d.code not in _ASKED:
            continue
        if quiet and d.severity is not Severity.ERROR:
            continue
        out.append(d.format())
    return out


def _headline(result: RepoResult, *, written: bool) -> str:
    if result.outcome is Outcome.MIGRATED:
        verb = "migrated" if written else "would migrate"
        return f"{result.repo}: {verb} ({len(result.changes)} files)"
    if result.outcome is Outcome.BLOCKED:
        n = len(result.blockers)
        return f"{result.repo}: blocked ({n} blocking diagnostic{'s' if n != 1 else ''}); nothing written"
    return f"{result.repo}: nothing to migrate"


def path_prefix(repo: str) -> str:
    """The repository's path relative to the working directory (`services/api/`), where scanners and links
    resolve paths from; empty when it is the working directory or outside it."""
    here, there = Path.cwd().resolve(), Path(repo).resolve()
    return f"{there.relative_to(here).as_posix()}/" if here in there.parents else ""


def sarif_prefix(repo: str) -> str:
    """SARIF paths are relative to the working directory: the repository's path from there (`services/api/`),
    or its absolute path (`/srv/api/`, made a `file:` URI) when it lies outside it."""
    here, there = Path.cwd().resolve(), Path(repo).resolve()
    if here == there:
        return ""
    return path_prefix(repo) or f"{there.as_posix().rstrip('/')}/"


def render_report(result: RepoResult, fmt: str, build: dict[str, object] | None = None) -> str:
    """The report on stdout for the machine-readable formats (json, markdown, sarif). `build`: the sizes and
    times `migrate verify` measured, shown by the markdown report."""
    from migrate.render.diff import render_diff

    if fmt == "json":
        from migrate.report.json_report import render_json

        return render_json(result)
    if fmt == "sarif":
        from migrate.report.sarif import render_sarif

        return render_sarif(result, sarif_prefix(result.repo))
    from migrate.report.markdown import render_markdown

    # MIGRATE_LINK_BASE (the GitHub Action sets it to the blob URL of the commit) makes file:line links.
    base = os.environ.get("MIGRATE_LINK_BASE")
    link_base = f"{base.rstrip('/')}/{path_prefix(result.repo)}" if base else None
    return render_markdown(result, render_diff(result.changes), link_base=link_base, build=build)


def _advisories(result: RepoResult) -> list[str]:
    if not result.advisories:
        return []
    return ["advisories (beyond the migration; never applied):"] + [
        "  " + d.format().replace("\n", "\n  ") for d in result.advisories
    ]


def report_run(
    result: RepoResult,
    *,
    fmt: str,
    diff: bool,
    check: bool,
    quiet: bool,
    verbose: bool,
    build: dict[str, object] | None = None,
) -> Exit:
    dry_run = diff or check
    if fmt == "json" and diff:  # --diff asks for the diff: the document carries it (`diff`)
        import json

        from migrate.render.diff import render_diff
        from migrate.report.json_report import result_dict

        doc = result_dict(result)
        doc["diff"] = render_diff(result.changes)
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    elif fmt != "text":
        sys.stdout.write(render_report(result, fmt, build))
    elif diff:
        from migrate.render.diff import render_diff

        sys.stdout.write(render_diff(result.changes))
    for line in _messages(result, quiet=quiet, verbose=verbose):
        sys.stderr.write(line + "\n")
    if not quiet:
        if verbose:
            for line in result.summary:
                sys.stderr.write(f"  {line}\n")
        if fmt == "text":
            for line in _advisories(result):
                sys.stderr.write(line + "\n")
        sys.stderr.write(_headline(result, written=not dry_run) + "\n")
    return exit_code(result, dry_run=dry_run)


def report_explain(result: RepoResult, *, fmt: str) -> Exit:
    """`migrate explain`: the flow on stdout; exit 0 whatever the outcome (it explains, it does not check)."""
    if fmt == "json":
        from migrate.report.json_report import render_json

        sys.stdout.write(render_json(result))
    elif fmt == "mermaid":
        from migrate.report.mermaid import render_mermaid

        sys.stdout.write(render_mermaid(result))
    else:
        from migrate.report.explain import render_explain_text

        sys.stdout.write(render_explain_text(result))
    return Exit.INTERNAL if result.outcome is Outcome.FAILED else Exit.OK
