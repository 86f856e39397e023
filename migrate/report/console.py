"""What `migrate run` prints and the exit code it decides: results on stdout, messages on stderr."""

from __future__ import annotations

import sys

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


def _messages(result: RepoResult, *, quiet: bool, verbose: bool) -> list[str]:
    out: list[str] = []
    for d in result.diagnostics:
        if d.severity is Severity.NOTE and not verbose:
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


def report_run(result: RepoResult, *, fmt: str, diff: bool, check: bool, quiet: bool, verbose: bool) -> Exit:
    dry_run = diff or check
    if fmt == "json":
        from migrate.report.json_report import render_json

        sys.stdout.write(render_json(result))
    elif diff:
        from migrate.render.diff import render_diff

        sys.stdout.write(render_diff(result.changes))
    for line in _messages(result, quiet=quiet, verbose=verbose):
        sys.stderr.write(line + "\n")
    if not quiet:
        if verbose:
            for line in result.summary:
                sys.stderr.write(f"  {line}\n")
        sys.stderr.write(_headline(result, written=not dry_run) + "\n")
    return exit_code(result, dry_run=dry_run)
