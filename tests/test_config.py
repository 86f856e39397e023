"""Configuration: `[tool.migrate]` in pyproject.toml or `.migrate.toml`, validated, and wired into the engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_support import copy_case, run_case
from typer.testing import CliRunner

from migrate.cli import app
from migrate.config import Config, ConfigError, glob_regex, load_config
from migrate.exitcodes import Exit
from migrate.outcome import Outcome


def _write(root: Path, name: str, text: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(text)
    return root


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert load_config(tmp_path) == Config()


def test_pyproject_without_the_table_gives_the_defaults(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(tmp_path) == Config()


def test_pyproject_tool_migrate(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "pyproject.toml",
        '[tool.migrate]\nstage_name = "build"\nkeep_legacy_files = true\nexclude = ["legacy/**"]\nadvisories = false\n',
    )
    config = load_config(tmp_path)
    assert (config.stage_name, config.keep_legacy_files, config.exclude, config.advisories) == (
        "build",
        True,
        ("legacy/**",),
        False,
    )
    assert config.source == "pyproject.toml [tool.migrate]"


def test_migrate_toml_takes_precedence_over_pyproject(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", '[tool.migrate]\nstage_name = "one"\n')
    _write(tmp_path, ".migrate.toml", 'stage_name = "two"\n')
    assert load_config(tmp_path).stage_name == "two"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("stage = 'x'\n", ".migrate.toml: `stage`: unknown key", id="unknown key"),
        pytest.param("advisories = 'yes'\n", ".migrate.toml: `advisories`: must be a bool", id="bool as string"),
        pytest.param("keep_legacy_files = 1\n", "`keep_legacy_files`: must be a bool", id="bool as int"),
        pytest.param("exclude = 'legacy'\n", "`exclude`: must be a list", id="exclude not a list"),
        pytest.param("exclude = [1]\n", "`exclude`: every pattern must be a non-empty string", id="pattern type"),
        pytest.param("stage_name = 'Build Stage'\n", "`stage_name`: 'Build Stage' is not a stage name", id="stage"),
        pytest.param("stage_name = true\n", "`stage_name`: must be a str", id="stage type"),
        pytest.param("stage_name = \n", ".migrate.toml: not valid TOML", id="bad toml"),
    ],
)
def test_invalid_configuration_names_the_file_and_the_key(tmp_path: Path, text: str, expected: str) -> None:
    _write(tmp_path, ".migrate.toml", text)
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert expected in str(err.value)


def test_unknown_key_in_pyproject(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", "[tool.migrate]\nstage-name = 'x'\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml \[tool.migrate\]: `stage-name`: unknown key"):
        load_config(tmp_path)


@pytest.mark.parametrize("command", ["run", "explain"])
def test_cli_reports_a_configuration_error_as_usage(tmp_path: Path, command: str) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    _write(repo, ".migrate.toml", "colour = 'red'\n")
    result = CliRunner().invoke(app, [command, str(repo)])
    assert result.exit_code == Exit.USAGE
    assert "configuration error: .migrate.toml: `colour`: unknown key" in result.stderr
    assert (repo / "Dockerfile.build").exists()  # nothing written


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        pytest.param("legacy/**", "legacy/build.sh", True, id="** below a directory"),
        pytest.param("legacy/**", "legacy/a/b/Dockerfile", True, id="** spans directories"),
        pytest.param("legacy/**", "src/legacy/build.sh", False, id="anchored at the root"),
        pytest.param("**/ci/*.sh", "tools/ci/build.sh", True, id="leading **"),
        pytest.param("**/ci/*.sh", "ci/build.sh", True, id="leading ** matches no directory"),
        pytest.param("*.sh", "ci/build.sh", False, id="* stays in one segment"),
        pytest.param("build?.sh", "build2.sh", True, id="?"),
    ],
)
def test_exclude_globs(pattern: str, path: str, matches: bool) -> None:
    assert bool(glob_regex(pattern).fullmatch(path)) is matches


def test_exclude_matches_a_directory_above_the_path() -> None:
    assert Config(exclude=("legacy",)).excluded("legacy/build.sh")
    assert not Config(exclude=("legacy",)).excluded("legacy2/build.sh")


def test_stage_name_names_the_unnamed_builder_stage(tmp_path: Path) -> None:
    result = run_case("java-helloworld-buildsh", tmp_path, Config(stage_name="compile"))
    dockerfile = next(c for c in result.changes if c.path == "Dockerfile")
    assert dockerfile.new is not None
    assert b"AS compile\n" in dockerfile.new and b"COPY --from=compile " in dockerfile.new


def test_stage_name_from_the_repository_file(tmp_path: Path) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    _write(repo, ".migrate.toml", 'stage_name = "jar"\n')
    result = CliRunner().invoke(app, ["run", "--diff", str(repo)])
    assert result.exit_code == Exit.PENDING
    assert "+COPY --from=jar /app/HelloWorld.jar" in result.stdout


def test_keep_legacy_files_keeps_the_builder_dockerfile(tmp_path: Path) -> None:
    result = run_case("java-helloworld-buildsh", tmp_path, Config(keep_legacy_files=True))
    assert result.outcome is Outcome.MIGRATED
    assert {c.path: c.kind for c in result.changes} == {"Dockerfile": "modified", "build.sh": "modified"}


def test_exclude_leaves_an_excluded_orchestrator_alone(tmp_path: Path) -> None:
    result = run_case("java-helloworld-buildsh", tmp_path, Config(exclude=("build.sh",)))
    assert result.outcome is Outcome.UNCHANGED and result.changes == ()


def test_exclude_leaves_a_flow_alone_that_would_change_an_excluded_file(tmp_path: Path) -> None:
    result = run_case("java-helloworld-buildsh", tmp_path, Config(exclude=("Dockerfile.*",), source=".migrate.toml"))
    assert result.outcome is Outcome.UNCHANGED and result.changes == ()
    (note,) = result.diagnostics
    assert note.code == "MIG004" and "`Dockerfile.build`" in note.message


def test_advisories_can_be_turned_off(tmp_path: Path) -> None:
    assert run_case("java-helloworld-buildsh", tmp_path / "on").advisories
    assert run_case("java-helloworld-buildsh", tmp_path / "off", Config(advisories=False)).advisories == ()
