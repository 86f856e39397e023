"""The machine-readable report of one repository's run (`--format json`)."""

from __future__ import annotations

import json
from typing import Any

from migrate.diagnostics import Diagnostic
from migrate.outcome import RepoResult

SCHEMA_VERSION = 1


def diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    return {
        "code": d.code,
        "severity": d.severity.value,
        "title": d.rule.title,
        "message": d.message,
        "file": d.path,
        "line": d.line,
        "column": d.col,
        "hint": d.hint or d.rule.hint,
    }


def result_dict(result: RepoResult) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "repo": result.repo,
        "outcome": result.outcome.value,
        "changes": [{"path": c.path, "kind": c.kind} for c in sorted(result.changes, key=lambda c: c.path)],
        "diagnostics": [diagnostic_dict(d) for d in result.diagnostics],
        "summary": list(result.summary),
    }


def render_json(result: RepoResult) -> str:
    return json.dumps(result_dict(result), indent=2, sort_keys=False) + "\n"
