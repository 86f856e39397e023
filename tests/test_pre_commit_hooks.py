"""The pre-commit hooks run by pre-commit itself in a real `git commit` (skipped without pre-commit or git)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from report_support import ROOT, copy_case

yaml = pytest.importorskip("yaml")
PRE_COMMIT = shutil.which("pre-commit") or shutil.which("pre-commit", path=str(Path(sys.executable).parent))
if PRE_COMMIT is None or shutil.which("git") is None:
    pytest.skip("pre-commit or git is not installed", allow_module_level=True)


def _env(tmp_path: Path) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)  # where `migrate` is installed
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
    }


def _repo(tmp_path: Path, case: str, hook_id: str) -> tuple[Path, dict[str, str]]:
    """A committed git repository of the case whose pre-commit configuration runs the hook as published in
    .pre-commit-hooks.yaml (as a local hook with `migrate` from this installation instead of a fresh one)."""
    env = _env(tmp_path)
    repo = copy_case(case, tmp_path)
    hook: dict[str, Any] = next(
        h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()) if h["id"] == hook_id
    )
    local = {**hook, "language": "system"}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "--no-verify", "-m", "legacy"]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True)
    subprocess.run([PRE_COMMIT, "install"], cwd=repo, env=env, check=True, capture_output=True)
    return repo, env


def _commit(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "commit", "-m", "change"], cwd=repo, env=env, capture_output=True, text=True)


def test_in_place_hook_migrates_and_fails_the_commit_for_review_never_mig106(tmp_path: Path) -> None:
    repo, env = _repo(tmp_path, "java-helloworld-buildsh", "dockerfile-migrate")
    dockerfile = repo / "Dockerfile"
    dockerfile.write_text(dockerfile.read_text().replace("WORKDIR /app", "WORKDIR /app\nENV A=1"))
    subprocess.run(["git", "add", "Dockerfile"], cwd=repo, env=env, check=True)
    first = _commit(repo, env)
    out = first.stdout + first.stderr
    assert first.returncode != 0, out
    assert "MIG106" not in out
    assert "files were modified by this hook" in out
    assert not (repo / "Dockerfile.build").exists()  # migrated in place
    assert "COPY --from=builder" in dockerfile.read_text() and "ENV A=1" in dockerfile.read_text()
    subprocess.run(["git", "add", "-A"], cwd=repo, env=env, check=True)  # reviewed: stage it
    second = _commit(repo, env)
    assert second.returncode == 0, second.stdout + second.stderr
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, env=env, capture_output=True, text=True)
    assert status.stdout == ""


def test_in_place_hook_still_refuses_changes_not_staged(tmp_path: Path) -> None:
    repo, env = _repo(tmp_path, "java-helloworld-buildsh", "dockerfile-migrate")
    (repo / "notes.txt").write_text("x\n")
    subprocess.run(["git", "add", "notes.txt"], cwd=repo, env=env, check=True)
    build = repo / "build.sh"
    build.write_text(build.read_text() + "# local, not staged\n")
    # pre-commit sets unstaged changes aside during the hook; `pre-commit run --all-files` does not
    done = subprocess.run([PRE_COMMIT, "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode != 0 and "MIG106" in done.stdout + done.stderr
    assert (repo / "Dockerfile.build").exists()


@pytest.mark.parametrize(("name", "text"), [("Makefile", "all:\n\ttrue\n"), ("tool.py", "print(1)\n")])
def test_check_hook_runs_on_a_commit_of_only_a_makefile_or_python(tmp_path: Path, name: str, text: str) -> None:
    repo, env = _repo(tmp_path, "java-helloworld-buildsh", "dockerfile-migrate-check")
    (repo / name).write_text(text)
    subprocess.run(["git", "add", name], cwd=repo, env=env, check=True)
    done = _commit(repo, env)
    out = done.stdout + done.stderr
    assert done.returncode != 0 and "Skipped" not in out, out
    assert (repo / "Dockerfile.build").exists()  # the check writes nothing
