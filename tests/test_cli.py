"""migrate/cli.py: `migrate run` exit codes, --diff/--check, --format json, internal errors, usage errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import migrate.pipeline
from migrate.cli import app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
MIGRATED = "java-helloworld-buildsh"
BLOCKED = "host-chmod-artifact"
UNCHANGED = "dockerfile-only-no-orchestrator"


def _outcome(case: Path) -> str:
    """The case's outcome from a plain run (a --probe case's is in its `without_probe` table)."""
    with (case / "case.toml").open("rb") as fh:
        meta = tomllib.load(fh)
    if "--probe" in meta.get("args", []):
        return str(meta.get("without_probe", {}).get("outcome", "unknown"))
    return str(meta["outcome"])


MIGRATED_CASES = sorted(p.parent.name for p in CORPUS.glob("*/case.toml") if _outcome(p.parent) == "migrated")


def tree(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its bytes and permission bits."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mode & 0o777)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def copy_case(tmp_path: Path, name: str, dest: str = "repo") -> Path:
    out = tmp_path / dest
    shutil.copytree(CORPUS / name / "input", out, symlinks=True)
    return out


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("case", "args", "code"),
    [
        pytest.param(UNCHANGED, (), 0, id="run with nothing to migrate"),
        pytest.param(UNCHANGED, ("--diff",), 0, id="diff with nothing to migrate"),
        pytest.param(UNCHANGED, ("--check",), 0, id="check with nothing to migrate"),
        pytest.param(BLOCKED, (), 3, id="run on a blocked repository"),
        pytest.param(BLOCKED, ("--diff",), 3, id="diff on a blocked repository"),
        pytest.param(BLOCKED, ("--check",), 3, id="check on a blocked repository"),
        pytest.param(MIGRATED, (), 0, id="run migrates"),
        pytest.param(MIGRATED, ("--diff",), 1, id="diff with a migration pending"),
        pytest.param(MIGRATED, ("--check",), 1, id="check with a migration pending"),
    ],
)
def test_exit_codes(tmp_path: Path, case: str, args: tuple[str, ...], code: int) -> None:
    repo = copy_case(tmp_path, case)
    assert invoke("run", *args, str(repo))[0] == code


def test_run_twice_is_unchanged_the_second_time(tmp_path: Path) -> None:
    repo = copy_case(tmp_path, MIGRATED)
    assert invoke("run", str(repo))[0] == 0
    after = tree(repo)
    code, _, err = invoke("run", "--check", str(repo))
    assert (code, tree(repo)) == (0, after)
    assert "nothing to migrate" in err


@pytest.mark.parametrize("flag", [pytest.param("--diff", id="diff"), pytest.param("--check", id="check")])
def test_dry_runs_write_nothing(tmp_path: Path, flag: str) -> None:
    repo = copy_case(tmp_path, MIGRATED)
    before = tree(repo)
    invoke("run", flag, str(repo))
    assert tree(repo) == before


def test_check_prints_nothing_on_stdout(tmp_path: Path) -> None:
    repo = copy_case(tmp_path, MIGRATED)
    code, out, err = invoke("run", "--check", str(repo))
    assert (code, out) == (1, "")
    assert "would migrate (3 files)" in err


def test_blocked_repository_is_left_byte_identical(tmp_path: Path) -> None:
    repo = copy_case(tmp_path, BLOCKED)
    before = tree(repo)
    code, out, err = invoke("run", str(repo))
    assert (code, out) == (3, "")
    assert "MIG301" in err and "nothing written" in err
    assert tree(repo) == before


@pytest.mark.parametrize("case", MIGRATED_CASES)
def test_diff_applied_with_git_apply_equals_run(tmp_path: Path, case: str) -> None:
    applied = copy_case(tmp_path, case, "applied")
    written = copy_case(tmp_path, case, "written")
    result = CliRunner().invoke(app, ["run", "--diff", str(applied)])
    patch = result.stdout_bytes  # `stdout` would turn CRLF into LF
    assert result.exit_code == 1 and patch.startswith(b"diff --git a/")
    (tmp_path / "change.diff").write_bytes(patch)
    subprocess.run(["git", "apply", "--whitespace=nowarn", str(tmp_path / "change.diff")], cwd=applied, check=True)
    assert invoke("run", str(written))[0] == 0
    assert tree(applied) == tree(written)


def test_diff_shows_deleted_builder_dockerfile(tmp_path: Path) -> None:
    repo = copy_case(tmp_path, MIGRATED)
    _, patch, _ = invoke("run", "--diff", str(repo))
    assert "diff --git a/Dockerfile.build b/Dockerfile.build\ndeleted file mode 100644\n" in patch
    assert "+++ /dev/null\n" in patch


def test_json_report_fields(tmp_path: Path) -> None:
    repo = copy_case(tmp_path, BLOCKED)
    code, out, _ = invoke("run", "--format", "json", str(repo))
    report = json.loads(out)
    assert code == 3
    assert {"schema_version", "repo", "outcome", "changes", "diagnostics", "summary"} <= set(report)
    assert (report["schema_version"], report["outcome"], report["changes"]) == (1, "blocked", [])
    diag = next(d for d in report["diagnostics"] if d["code"] == "MIG301")
    assert {"code", "severity", "message", "file", "line", "column", "hint"} <= set(diag)
    assert (diag["severity"], diag["file"]) == ("error", "build.sh")
    assert isinstance(diag["line"], int) and isinstance(diag["column"], int) and diag["hint"]


def test_json_report_lists_changes_and_flows(tmp_path: Path) -> None:
    repo = copy_case(tmp_path, MIGRATED)
    code, out, _ = invoke("run", "--check", "--format", "json", str(repo))
    report = json.loads(out)
    assert (code, report["outcome"]) == (1, "migrated")
    assert report["changes"] == [
        {"path": "Dockerfile", "kind": "modified"},
        {"path": "Dockerfile.build", "kind": "deleted"},
        {"path": "build.sh", "kind": "modified"},
    ]
    assert report["summary"]
    (flow,) = report["flows"]
    assert flow["script"] == "build.sh"
    assert [b["role"] for b in flow["builds"]] == ["builder", "runtime"]
    assert [a["host_path"] for a in flow["artifacts"]] == ["HelloWorld.jar"]


def test_internal_error_exits_123_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("planted failure")

    monkeypatch.setattr(migrate.pipeline, "migrate_repo", boom)
    repo = copy_case(tmp_path, MIGRATED)
    before = tree(repo)
    code, out, err = invoke("run", str(repo))
    assert (code, out) == (123, "")
    assert "this is a bug" in err and "nothing was written" in err and "planted failure" in err
    assert tree(repo) == before


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("run", "does-not-exist"), id="missing path"),
        pytest.param(("run", "--bogus", "."), id="unknown option"),
        pytest.param(("run", "--format", "yaml", "."), id="unknown format"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke(*args)[0] == 2


def test_missing_path_message_on_stderr(tmp_path: Path) -> None:
    code, out, err = invoke("run", str(tmp_path / "nope"))
    assert (code, out) == (2, "")
    assert "no such file or directory" in err
    (tmp_path / "file").write_text("x\n")
    assert "not a directory" in invoke("run", str(tmp_path / "file"))[2]


def test_python_dash_m_migrate(tmp_path: Path) -> None:
    repo = copy_case(tmp_path, MIGRATED)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "migrate", "run", "--check", str(repo)], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    proc = subprocess.run(
        [sys.executable, "-m", "migrate", "run", str(tmp_path / "nope")], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 2


def test_cd_to_unresolved_directory_blocks_instead_of_crashing(tmp_path: Path) -> None:
    repo = copy_case(tmp_path, MIGRATED)
    script = repo / "build.sh"
    script.write_bytes(script.read_bytes().replace(b"#!/bin/bash\n", b"#!/bin/bash\ncd $SRC_DIR\n", 1))
    before = tree(repo)
    code, _, err = invoke("run", str(repo))
    assert code == 3 and "MIG201" in err
    assert tree(repo) == before


def test_version_prints_the_version() -> None:
    from migrate import __version__

    code, out, _ = invoke("--version")
    assert (code, out) == (0, f"migrate {__version__}\n")


@pytest.mark.parametrize("command", [["run"], ["bulk"]])
def test_quiet_and_verbose_together_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    code, _, err = invoke(*command, "-q", "-v", str(tmp_path))
    assert code == 2 and "cannot be used together" in err
