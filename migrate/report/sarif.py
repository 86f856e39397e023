"""SARIF 2.1.0 (`--format sarif`) for GitHub code scanning and reviewdog: every rule, every located finding."""

from __future__ import annotations

import json
from typing import Any

from migrate import __version__
from migrate.diagnostics import CATALOGUE, Diagnostic, Rule, Severity
from migrate.outcome import Outcome, RepoResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}


def _rule_name(rule: Rule) -> str:
    """SARIF's `name`: an identifier-like form of the title (`HostStepChangesAnArtifact`)."""
    words = "".join(c if c.isalnum() else " " for c in rule.title).split()
    return "".join(w[:1].upper() + w[1:] for w in words)


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    advisory = rule.code.startswith("MIG4")
    return {
        "id": rule.code,
        "name": _rule_name(rule),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": f"{rule.title}. {rule.hint}"},
        "help": {"text": rule.hint},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": ["advisory" if advisory else "migration"]},
    }


def _result(d: Diagnostic, index: dict[str, int], prefix: str) -> dict[str, Any]:
    hint = d.hint or d.rule.hint
    return {
        "ruleId": d.code,
        "ruleIndex": index[d.code],
        "level": _LEVEL[d.severity],
        "message": {"text": f"{d.message}. {hint}" if hint else d.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": f"{prefix}{d.path}"},
                    # A finding about a whole file is shown on its first line.
                    "region": {"startLine": d.line or 1, "startColumn": d.col or 1},
                }
            }
        ],
    }


def sarif_dict(result: RepoResult, uri_prefix: str = "") -> dict[str, Any]:
    """`uri_prefix` (e.g. `services/api/`) makes the repository-relative paths relative to where the
    scanner resolves them (the checkout root)."""
    rules = [CATALOGUE[code] for code in sorted(CATALOGUE)]
    index = {r.code: i for i, r in enumerate(rules)}
    located = [d for d in (*result.diagnostics, *result.advisories) if d.path is not None]
    # Findings about no file (MIG001 "nothing to migrate") are tool notifications, not code annotations.
    unlocated = [d for d in (*result.diagnostics, *result.advisories) if d.path is None]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "dockerfile-migrate",
                        "version": __version__,
                        "rules": [rule_descriptor(r) for r in rules],
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
                "results": [_result(d, index, uri_prefix) for d in located],
                "properties": {"outcome": result.outcome.value},
            }
        ],
    }


def render_sarif(result: RepoResult, uri_prefix: str = "") -> str:
    return json.dumps(sarif_dict(result, uri_prefix), indent=2) + "\n"
