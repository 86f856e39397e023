"""Suppression: a `# migrate: ignore` line, or an `exclude` pattern, makes the tool leave a flow alone."""

from __future__ import annotations

import re

from migrate.config import Config
from migrate.diagnostics import Diagnostic
from migrate.plan.planner import ScriptResult
from migrate.repo import ReadError, Repo
from migrate.source import SourceFile

# A comment line of its own, in a shell script or a Dockerfile; text may follow (`# migrate: ignore -- why`).
_IGNORE = re.compile(r"^[ \t]*#[ \t]*migrate:[ \t]*ignore\b", re.MULTILINE)


def ignore_line(text: str) -> int | None:
    """The 1-based line of the first `# migrate: ignore` comment, or None."""
    m = _IGNORE.search(text)
    return None if m is None else text.count("\n", 0, m.start()) + 1


def script_ignored(source: SourceFile) -> Diagnostic | None:
    """The note for an orchestrator that asks to be left alone (checked before it is even parsed)."""
    line = ignore_line(source.text)
    if line is None:
        return None
    return Diagnostic("MIG003", f"`{source.path}` and its flow are left alone", str(source.path), line, 1)


def flow_left_alone(repo: Repo, result: ScriptResult, config: Config) -> Diagnostic | None:
    """The note for a planned flow that touches an excluded path or a Dockerfile with `# migrate: ignore`."""
    files = list(result.new_files)
    if result.info is not None:
        files += [b.dockerfile for b in result.info.builds if b.dockerfile and b.role in ("builder", "runtime")]
    for path in dict.fromkeys(files):
        if config.excluded(path):
            return Diagnostic(
                "MIG004",
                f"the flow of `{result.script}` would change `{path}`, which `exclude` in {config.source} "
                "matches; the flow is left alone",
                result.script,
            )
    for path in dict.fromkeys(files):
        try:
            line = ignore_line(repo.read(path).text)
        except ReadError:
            continue
        if line is not None:
            return Diagnostic(
                "MIG003", f"`{path}` is part of the flow of `{result.script}`, which is left alone", path, line, 1
            )
    return None
