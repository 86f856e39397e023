"""SARIF 2.1.0 (`--format sarif`) for GitHub code scanning and reviewdog.

Code scanning shows results and ignores everything else, so the migration itself is a result: one per runtime
Dockerfile a pending migration changes (`MIG000`, level warning) or a blocked one would have changed (level
error), beside every located finding. "Nothing to do" (MIG001, MIG002) is no result at all, or it would stay an
open alert forever."""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
from collections import Counter
from typing import Any
from urllib.parse import quote

from migrate import __version__
from migrate.diagnostics import CATALOGUE, Diagnostic, Rule, Severity
from migrate.outcome import Outcome, RepoResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}
# findings that say there is nothing to do: never a result, so never an alert that cannot be closed
NOTHING_TO_DO = frozenset({"MIG001", "MIG002"})
PENDING = "MIG000"  # the migration itself, at the runtime Dockerfile; a SARIF rule only, not a diagnostic
PENDING_TITLE = "builder pattern not migrated"
PENDING_HINT = (
    "Run `migrate run` in the repository (or `migrate run --diff` to see the change first); when it is blocked, "
    "the error results beside this one say why."
)
FINGERPRINT = "dockerfileMigrate/v1"
DOCS_ENV = "MIGRATE_DOCS_URL"  # where the README is published; each rule's helpUri points into it


def _rule_name(title: str) -> str:
    """SARIF's `name`: an identifier-like form of the title (`HostStepChangesAnArtifact`)."""
    words = "".join(c if c.isalnum() else " " for c in title).split()
    return "".join(w[:1].upper() + w[1:] for w in words)


def help_uri(code: str) -> str | None:
    """The README's diagnostics table where it is published (MIGRATE_DOCS_URL, e.g. the Action's own
    repository), or None: a helpUri must be an absolute URI, and the tool does not know where it is hosted."""
    base = os.environ.get(DOCS_ENV, "").strip()
    if not base.startswith(("https://", "http://")):
        return None
    return f"{base.split('#')[0]}#{'usage' if code == PENDING else 'diagnostics'}"


def _descriptor(code: str, title: str, hint: str, level: str, tag: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": code,
        "name": _rule_name(title),
        "shortDescription": {"text": title},
        "fullDescription": {"text": f"{title}. {hint}"},
        "help": {"text": hint},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": [tag]},
    }
    uri = help_uri(code)
    if uri is not None:
        out["helpUri"] = uri
    return out


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    tag = "advisory" if rule.code.startswith("MIG4") else "migration"
    return _descriptor(rule.code, rule.title, rule.hint, _LEVEL[rule.severity], tag)


def artifact_uri(path: str, prefix: str = "") -> str:
    """A repository path as a URI reference: relative to the working directory (`prefix` the repository's
    path from there), or a `file:` URI when the repository lies outside it; every segment percent-encoded."""
    full = posixpath.normpath(f"{prefix}{path}")
    encoded = quote(full.encode("utf-8", "surrogateescape"), safe="/")  # a name's own bytes, even not UTF-8
    return f"file://{encoded}" if full.startswith("/") else encoded


def _location(uri: str, line: int, col: int) -> dict[str, Any]:
    # A finding about a whole file is shown on its first line; the region ends with its line.
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": uri},
            "region": {"startLine": line, "startColumn": col, "endLine": line},
        }
    }


def _fingerprint(code: str, path: str, message: str, seen: Counter[str]) -> dict[str, str]:
    """Stable across runs and line moves: the rule, the file and the message, numbered when repeated."""
    key = hashlib.sha256(f"{code}\0{path}\0{message}".encode("utf-8", "surrogateescape")).hexdigest()[:32]
    seen[key] += 1
    return {FINGERPRINT: f"{key}:{seen[key]}"}


def _result(d: Diagnostic, index: dict[str, int], prefix: str, seen: Counter[str]) -> dict[str, Any]:
    hint = d.hint or d.rule.hint
    path = d.path or ""
    return {
        "ruleId": d.code,
        "ruleIndex": index[d.code],
        "level": _LEVEL[d.severity],
        "message": {"text": f"{d.message}. {hint}" if hint else d.message},
        "locations": [_location(artifact_uri(path, prefix), d.line or 1, d.col or 1)],
        "partialFingerprints": _fingerprint(d.code, path, d.message, seen),
    }


def _runtime_dockerfiles(result: RepoResult) -> list[tuple[str, int]]:
    """Where each migration shows: the runtime Dockerfiles its flows build (at the first COPY the migration
    rewrites there), else the first file it changes, else the first blocker's file."""
    changed = {c.path for c in result.changes}
    found: dict[str, int] = {}
    for flow in result.flows:
        for build in flow.builds:
            if build.role != "runtime" or not build.dockerfile:
                continue
            joined = posixpath.normpath(posixpath.join(flow.cwd, build.dockerfile))
            path = build.dockerfile if build.dockerfile in changed and joined not in changed else joined
            line = 1
            for art in flow.artifacts:
                where, _, at = (art.consumer or "").rpartition(":")
                if where == path and at.isdigit():
                    line = int(at)
                    break
            found.setdefault(path, line)
    if not found and result.changes:
        first = sorted(result.changes, key=lambda c: (c.kind != "modified", c.path))[0]
        found[first.path] = 1
    if not found:
        for d in result.blockers:
            if d.path is not None:
                found[d.path] = d.line or 1
                break
    return list(found.items())


def _migration_results(result: RepoResult, index: dict[str, int], prefix: str, seen: Counter[str]) -> list[Any]:
    if result.outcome is Outcome.MIGRATED and result.changes:
        level = "warning"
        files = ", ".join(f"{c.path} {c.kind}" for c in sorted(result.changes, key=lambda c: c.path))
        text = f"A builder-pattern migration is pending ({files}). {PENDING_HINT}"
    elif result.outcome is Outcome.BLOCKED:
        level = "error"
        codes = ", ".join(sorted({d.code for d in result.blockers}))
        text = f"A builder-pattern setup cannot be migrated safely (blocked by {codes}). {PENDING_HINT}"
    else:
        return []
    out = []
    for path, line in _runtime_dockerfiles(result):
        out.append(
            {
                "ruleId": PENDING,
                "ruleIndex": index[PENDING],
                "level": level,
                "message": {"text": text},
                "locations": [_location(artifact_uri(path, prefix), line, 1)],
                "partialFingerprints": _fingerprint(PENDING, path, "", seen),
            }
        )
    return out


def sarif_dict(result: RepoResult, uri_prefix: str = "") -> dict[str, Any]:
    """`uri_prefix` (e.g. `services/api/`, or an absolute `/srv/repo/`) makes the repository-relative paths
    relative to where the scanner resolves them (the working directory, the checkout root)."""
    descriptors = [_descriptor(PENDING, PENDING_TITLE, PENDING_HINT, "warning", "migration")]
    descriptors += [rule_descriptor(CATALOGUE[code]) for code in sorted(CATALOGUE)]
    index = {r["id"]: i for i, r in enumerate(descriptors)}
    findings = [d for d in (*result.diagnostics, *result.advisories) if d.code not in NOTHING_TO_DO]
    located = [d for d in findings if d.path is not None]
    # Findings about no file are tool notifications, not code annotations.
    unlocated = [d for d in findings if d.path is None]
    seen: Counter[str] = Counter()
    results = _migration_results(result, index, uri_prefix, seen)
    results += [_result(d, index, uri_prefix, seen) for d in located]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "dockerfile-migrate",
                        "version": __version__,
                        "rules": descriptors,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": result.outcome is not Outcome.FAILED,
                        "toolExecutionNotifications": [
                            {
                                "descriptor": {"id": d.code},
                                "level": _LEVEL[d.severity],
                                "message": {"text": d.message},
                            }
                            for d in unlocated
                        ],
                    }
                ],
                "results": results,
                "properties": {"outcome": result.outcome.value},
            }
        ],
    }


def render_sarif(result: RepoResult, uri_prefix: str = "") -> str:
    return json.dumps(sarif_dict(result, uri_prefix), indent=2) + "\n"
