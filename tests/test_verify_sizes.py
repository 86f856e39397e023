"""The size report: what each setup costs (image size, layers, the builder image left tagged, context sent,
build times cold and cached), in `migrate verify`'s text, JSON and markdown, and in `run --verify-report`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from migrate.cli import app
from migrate.probe import migrate_probed
from migrate.verify.engine import Engine
from migrate.verify.run import verify_repo
from migrate.verify.sizes import BuildCost, FlowCost, TaggedImage, context_bytes, sizes_dict, sizes_markdown, sizes_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_context_bytes_counts_what_the_ignore_rules_leave(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.go").write_bytes(b"x" * 100)
    (tmp_path / "node_modules" / "big").mkdir(parents=True)
    (tmp_path / "node_modules" / "big" / "blob").write_bytes(b"x" * 5000)
    (tmp_path / "notes.md").write_bytes(b"x" * 7)
    assert context_bytes(tmp_path, None) == 5107
    (tmp_path / ".dockerignore").write_text("node_modules\n*.md\n")
    assert context_bytes(tmp_path, None) == 100 + len("node_modules\n*.md\n")
    (tmp_path / "Dockerfile.build.dockerignore").write_text("src\n")  # the Dockerfile's own file wins
    own = 5000 + 7 + len("node_modules\n*.md\n") + len("src\n")
    assert context_bytes(tmp_path, tmp_path / "Dockerfile.build") == own


def test_negated_rule_keeps_a_file_inside_an_excluded_directory(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_bytes(b"k" * 10)
    (tmp_path / "out" / "drop.txt").write_bytes(b"d" * 1000)
    (tmp_path / ".dockerignore").write_text("out\n!out/keep.txt\n")
    assert context_bytes(tmp_path, None) == 10 + len("out\n!out/keep.txt\n")


LEGACY = FlowCost(
    image_size=8_400_000,
    layers=3,
    builds=(BuildCost("Dockerfile.build", 2048, 2.0), BuildCost("Dockerfile", 1_500_000, 1.0)),
    left_tagged=(TaggedImage("web-builder", 9_100_000),),
    cold=5.04,
    cached=1.52,
)
MIGRATED = FlowCost(8_400_000, 3, (BuildCost("Dockerfile", 2048, 3.1),), (), cold=3.61, cached=0.93)


def test_tables_show_both_sides() -> None:
    sizes = sizes_dict(LEGACY, MIGRATED)
    text = sizes_text(sizes)
    assert "builder image left tagged  9.1 MB (`web-builder`)  none" in text
    assert "context sent" in text and "1.5 MB" in text and "2.0 kB" in text
    table = sizes_markdown(sizes)
    assert table.startswith("| | legacy | migrated |\n|---|---|---|\n")
    assert "| build time, cold | 5.0 s | 3.6 s |" in table
    assert "| build time, cached | 1.5 s | 0.9 s |" in table
    assert "| builds | 2 | 1 |" in table


def test_unmeasured_times_show_as_dashes() -> None:
    table = sizes_markdown(sizes_dict(FlowCost(1000, 1), FlowCost(1000, 1)))
    assert "| build time, cold | - | - |" in table and "| final image | 1.0 kB | 1.0 kB |" in table


def test_run_markdown_report_shows_the_verify_sizes(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(CORPUS / "java-helloworld-buildsh" / "input", repo)
    report = tmp_path / "verify.json"
    report.write_text(json.dumps({"status": "equivalent", "sizes": sizes_dict(LEGACY, MIGRATED)}))
    result = CliRunner().invoke(
        app, ["run", "--check", "--format", "markdown", "--verify-report", str(report), str(repo)]
    )
    assert result.exit_code == 1, result.stderr
    assert "#### Build: legacy against migrated (`migrate verify`)" in result.stdout
    assert sizes_markdown(sizes_dict(LEGACY, MIGRATED)) in result.stdout
    plain = CliRunner().invoke(app, ["run", "--check", "--format", "markdown", str(repo)])
    assert "#### Build:" not in plain.stdout


@pytest.mark.parametrize("content", ["not json", '{"status": "blocked"}', "[1, 2]"])
def test_a_verify_report_without_sizes_is_a_usage_error(tmp_path: Path, content: str) -> None:
    report = tmp_path / "verify.json"
    report.write_text(content)
    result = CliRunner().invoke(
        app, ["run", "--check", "--verify-report", str(report), str(CORPUS / "java-helloworld-buildsh" / "input")]
    )
    assert result.exit_code == 2 and "--verify-report" in result.stderr


# -- measured, with an engine ---------------------------------------------------------------------------------

CASE = CORPUS / "add-extracted-directory-probe" / "input"  # its legacy flow leaves `web-builder` tagged


@pytest.mark.engine
def test_verify_measures_both_setups(engine: Engine) -> None:
    result = verify_repo(
        CASE, engine=engine, progress=lambda _line: None, migrator=lambda r: migrate_probed(r, engine=engine)
    )
    assert result.status == "equivalent", result.report()
    assert result.sizes is not None
    legacy, migrated = result.sizes["legacy"], result.sizes["migrated"]
    assert isinstance(legacy, dict) and isinstance(migrated, dict)
    assert [b["dockerfile"] for b in legacy["builds"]] == ["Dockerfile.build", "Dockerfile"]
    assert [b["dockerfile"] for b in migrated["builds"]] == ["Dockerfile"]
    assert [t["ref"] for t in legacy["left_tagged"]] == ["web-builder"] and legacy["left_tagged_bytes"] > 0
    assert migrated["left_tagged"] == [] and migrated["left_tagged_bytes"] == 0
    # the legacy builds each sent the sources, the runtime's the extracted directory too; the merged build sends
    # the migrated repository (corpus expected/) once
    sources = context_bytes(CASE, None)
    assert migrated["context_bytes"] == context_bytes(CASE.parent / "expected", None)
    assert legacy["context_bytes"] > 2 * sources
    # the same files in the same number of layers (the byte counts may differ by the layer tars' own headers)
    assert abs(legacy["image_bytes"] - migrated["image_bytes"]) < 0.01 * legacy["image_bytes"]
    assert legacy["layers"] == migrated["layers"] > 0
    for side in (legacy, migrated):
        assert side["seconds_cold"] > 0 and side["seconds_cached"] > 0
        assert side["seconds_cached"] < side["seconds_cold"]


@pytest.fixture
def engine_env(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Engine:
    assert engine.store is not None
    monkeypatch.setenv("MIGRATE_ENGINE", engine.kind)
    monkeypatch.setenv("MIGRATE_ENGINE_STORE", str(engine.store))
    return engine


@pytest.mark.engine
def test_cli_verify_prints_the_sizes_in_each_format(engine_env: Engine, tmp_path: Path) -> None:
    case = str(CORPUS / "java-helloworld-buildsh" / "input")
    text = CliRunner().invoke(app, ["verify", "--no-times", case])
    assert text.exit_code == 0, text.stderr
    assert "final image" in text.stdout and "builder image left tagged  none" in text.stdout
    assert text.stdout.endswith(f"{case}: equivalent\n")
    as_json = CliRunner().invoke(app, ["verify", "--no-times", "--format", "json", case])
    document = json.loads(as_json.stdout)
    assert document["status"] == "equivalent" and document["sizes"]["legacy"]["seconds_cold"] is None
    assert document["probed"] == []  # no --probe
    markdown = CliRunner().invoke(app, ["verify", "--no-times", "--format", "markdown", case])
    assert "**equivalent**" in markdown.stdout and "| final image |" in markdown.stdout
    (tmp_path / "verify.json").write_text(as_json.stdout)
    repo = tmp_path / "repo"
    shutil.copytree(case, repo)
    report = CliRunner().invoke(
        app, ["run", "--check", "--format", "markdown", "--verify-report", str(tmp_path / "verify.json"), str(repo)]
    )
    assert sizes_markdown(document["sizes"]) in report.stdout
