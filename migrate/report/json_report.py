"""The machine-readable report of one repository's run (`--format json`); schema: schema/report.schema.json."""

from __future__ import annotations

import json
from typing import Any

from migrate.diagnostics import Diagnostic
from migrate.outcome import ArtifactInfo, BuildInfo, FlowInfo, RepoResult

# Bump only on an incompatible change (a field renamed, removed or retyped); new fields keep the version.
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


def location_dict(location: str) -> dict[str, Any]:
    """`path:line` as FlowInfo carries it, split for tools."""
    path, _, line = location.rpartition(":")
    if not path or not line.isdigit():
        return {"file": location, "line": None}
    return {"file": path, "line": int(line)}


def _build(b: BuildInfo) -> dict[str, Any]:
    return {
        "role": b.role,
        "location": location_dict(b.location),
        "dockerfile": b.dockerfile,
        "context": b.context,
        "tags": list(b.tags),
        "build_args": list(b.build_args),
        "target": b.target,
        "stage": b.stage,
    }


def _artifact(a: ArtifactInfo) -> dict[str, Any]:
    return {
        "location": location_dict(a.location),
        "container_path": a.container_path,
        "host_path": a.host_path,
        "stage": a.stage,
        "consumer": location_dict(a.consumer) if a.consumer else None,
        "copy_from": a.copy_from,
    }


def flow_dict(f: FlowInfo) -> dict[str, Any]:
    return {
        "script": f.script,
        "cwd": f.cwd,
        "builds": [_build(b) for b in f.builds],
        "artifacts": [_artifact(a) for a in f.artifacts],
        "removed": [{"location": location_dict(loc), "statement": text} for loc, text in f.removed],
        "assumptions": list(f.assumptions),
    }


def result_dict(result: RepoResult) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "repo": result.repo,
        "outcome": result.outcome.value,
        "changes": [{"path": c.path, "kind": c.kind} for c in sorted(result.changes, key=lambda c: c.path)],
        "diagnostics": [diagnostic_dict(d) for d in result.diagnostics],
        "summary": list(result.summary),
        "flows": [flow_dict(f) for f in result.flows],
        "advisories": [diagnostic_dict(d) for d in result.advisories],
    }


def render_json(result: RepoResult) -> str:
    return json.dumps(result_dict(result), indent=2, sort_keys=False) + "\n"
