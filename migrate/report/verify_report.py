"""What `migrate verify` prints: the differences, the sizes and times of both setups, and the verdict, as text,
JSON (which `migrate run --format markdown --verify-report FILE` reads back) or markdown."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from migrate.diagnostics import Diagnostic
from migrate.verify.sizes import sizes_markdown, sizes_text

if TYPE_CHECKING:
    from migrate.verify.run import VerifyResult

SCHEMA_VERSION = 1


def _verdict(result: VerifyResult) -> str:
    n = len(result.differences)
    counted = f" ({n} difference{'s' if n != 1 else ''})" if n else ""
    return f"{result.repo}: {result.status}{counted}"


def verify_dict(result: VerifyResult) -> dict[str, object]:
    return {
        "schema_version": SCHEMA_VERSION,
        "repo": result.repo,
        "status": result.status,
        "engine": result.engine,
        "differences": [
            {"path": d.path, "field": d.field, "legacy": d.legacy, "migrated": d.migrated} for d in result.differences
        ],
        "timings": {k: round(v, 3) for k, v in result.timings.items()},
        "sizes": result.sizes,
        "probed": [d.format() for d in _probed(result)],
    }


def _probed(result: VerifyResult) -> list[Diagnostic]:
    """The notes of `--probe`: each answer that changed the plan (MIG005), or why none was had (MIG006)."""
    diags = result.migration.diagnostics if result.migration is not None else ()
    return [d for d in diags if d.code in ("MIG005", "MIG006")]


def build_section(sizes: Mapping[str, object], heading: str = "####") -> str:
    """The markdown table of both setups' sizes and times, under its heading."""
    return (
        f"{heading} Build: legacy against migrated (`migrate verify`)\n\n{sizes_markdown(sizes)}\n"
        "_The legacy builder image is what the old flow left tagged; the migration builds no separate image. "
        "Cold: every build with `--no-cache`; cached: the same flow again with the layer cache._\n"
    )


def render_verify(result: VerifyResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(verify_dict(result), indent=2, default=str) + "\n"
    if fmt == "markdown":
        out = [f"### migrate verify: `{result.repo}`", "", f"**{result.status}**"]
        probed = _probed(result)
        if probed:
            out += ["", *(f"- {d.format().splitlines()[0]}" for d in probed)]
        if result.differences:
            out += ["", "```", result.report().rstrip("\n"), "```"]
        if result.sizes:
            out += ["", build_section(result.sizes).rstrip("\n")]
        return "\n".join(out) + "\n"
    text = result.report()
    if result.sizes:
        text += sizes_text(result.sizes)
    return text + _verdict(result) + "\n"
