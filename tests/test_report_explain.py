"""`migrate explain`: the traced flow in words (text), as a graph (mermaid) and as data (json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_support import copy_case
from typer.testing import CliRunner

from migrate.cli import app
from migrate.exitcodes import Exit
from migrate.report.mermaid import escape


def _explain(repo: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["explain", *args, str(repo)])
    return result.exit_code, result.stdout


def test_text_names_builds_artifacts_removed_statements(tmp_path: Path) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    code, out = _explain(repo)
    assert code == Exit.OK
    assert "builder  Dockerfile.build with context ., built at build.sh:7" in out
    assert "tags: helloworld-builder:latest" in out
    assert "/app/HelloWorld.jar -> HelloWorld.jar  (extracted at build.sh:15)" in out
    assert "consumed by: Dockerfile:4" in out
    assert "becomes:     COPY --from=builder /app/HelloWorld.jar /app/HelloWorld.jar" in out
    assert "build.sh:16  docker rm -f extract" in out
    assert (repo / "Dockerfile.build").exists()  # explain writes nothing


def test_text_names_the_blockers_and_exits_0(tmp_path: Path) -> None:
    code, out = _explain(copy_case("host-chmod-artifact", tmp_path))
    assert code == Exit.OK
    assert "blockers:\n  build.sh:7:1: error: MIG301" in out


def test_mermaid_is_a_flowchart_with_the_copy_from_edge(tmp_path: Path) -> None:
    code, out = _explain(copy_case("java-helloworld-buildsh", tmp_path), "--format", "mermaid")
    assert code == Exit.OK
    assert out.startswith("flowchart LR\n")
    assert '-.->|"COPY --from=builder /app/HelloWorld.jar /app/HelloWorld.jar"|' in out


def test_json_is_the_report_document(tmp_path: Path) -> None:
    code, out = _explain(copy_case("java-helloworld-buildsh", tmp_path), "--format", "json")
    doc = json.loads(out)
    assert code == Exit.OK
    assert doc["outcome"] == "migrated"
    assert [b["role"] for b in doc["flows"][0]["builds"]] == ["builder", "runtime"]


def test_unknown_format_and_missing_path_are_usage_errors(tmp_path: Path) -> None:
    assert CliRunner().invoke(app, ["explain", "--format", "dot", str(tmp_path)]).exit_code == Exit.USAGE
    assert CliRunner().invoke(app, ["explain", str(tmp_path / "missing")]).exit_code == Exit.USAGE


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        pytest.param("plain", "plain", id="plain"),
        pytest.param('say "hi"', "say #quot;hi#quot;", id="quotes"),
        pytest.param("a|b <x> #1 `c`", "a#124;b #lt;x#gt; #35;1 #96;c#96;", id="syntax characters"),
    ],
)
def test_mermaid_labels_are_escaped(text: str, escaped: str) -> None:
    assert escape(text) == escaped
