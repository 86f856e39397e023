"""`migrate verify` exit codes for the cases decided before any build runs (no engine needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from migrate.cli import app
from migrate.diagnostics import Diagnostic
from migrate.exitcodes import EXIT_MEANINGS, Exit
from migrate.outcome import Outcome, RepoResult
from migrate.verify import engine as engine_mod
from migrate.verify import run as run_mod
from migrate.verify.engine import Engine, EngineUnavailable

FAKE = Engine(kind="podman", argv=("false",))


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "build.sh").write_text("docker build .\n")
    return repo


def test_verify_exit_codes_have_meanings() -> None:
    for code in (Exit.NO_ENGINE, Exit.NO_BASE_IMAGE, Exit.BUILD_FAILED):
        assert code in EXIT_MEANINGS
    assert len({int(c) for c in Exit}) == len(list(Exit))


def test_no_engine_is_its_own_exit_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(prefer: str | None = None, store: Path | None = None) -> Engine:
        raise EngineUnavailable("podman is not installed (and no Docker daemon answers)")

    monkeypatch.setattr(engine_mod, "detect_engine", unavailable)
    result = CliRunner().invoke(app, ["verify", str(_repo(tmp_path))])
    assert result.exit_code == Exit.NO_ENGINE
    assert "no usable container engine" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["verify", "--engine", "rkt", "."], id="unknown engine"),
        pytest.param(["verify", "/nonexistent/repo"], id="missing directory"),
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert CliRunner().invoke(app, args).exit_code == Exit.USAGE


def test_blocked_migration_exits_3_and_names_the_blocker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = Diagnostic("MIG206", "the builder Dockerfile comes from standard input", "build.sh", 1, 1)
    monkeypatch.setattr(engine_mod, "detect_engine", lambda prefer=None, store=None: FAKE)
    monkeypatch.setattr(
        run_mod,
        "_default_migrator",
        lambda root: RepoResult(repo=str(root), outcome=Outcome.BLOCKED, diagnostics=(blocker,)),
    )
    result = CliRunner().invoke(app, ["verify", "--quiet", str(_repo(tmp_path))])
    assert result.exit_code == Exit.BLOCKED
    assert "build.sh:1:1: error: MIG206" in result.stderr
    assert "blocked" in result.stderr


def test_nothing_to_migrate_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod, "detect_engine", lambda prefer=None, store=None: FAKE)
    monkeypatch.setattr(
        run_mod, "_default_migrator", lambda root: RepoResult(repo=str(root), outcome=Outcome.UNCHANGED)
    )
    result = CliRunner().invoke(app, ["verify", "--quiet", str(_repo(tmp_path))])
    assert result.exit_code == Exit.OK
    assert "nothing to verify" in result.stderr
