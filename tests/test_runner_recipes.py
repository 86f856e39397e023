"""README "Opening the pull requests with a multi-repository runner": each runner's per-repository command,
run in a clone as the runner runs it and committed as the runner commits (`git commit -a` for turbolift and
all-repos, whose real autofix_lib runs when all-repos is installed), commits the files the migration creates
and stops on a non-zero exit."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from report_support import ROOT, copy_case

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("### Opening the pull requests") : README.index("## Speed")]
COMMAND = "sh -c 'migrate run -q && git add -A'"
CREATES = "runtime-context-subdirectory-of-builder"  # writes docker/Dockerfile.dockerignore
NEW_FILE = "docker/Dockerfile.dockerignore"


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
    }


def _clone(tmp_path: Path, case: str, env: dict[str, str]) -> Path:
    """A clone of a repository holding the case, as the runners make one (origin/HEAD set)."""
    origin = copy_case(case, tmp_path / "origin")
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "legacy"]):
        subprocess.run(["git", *args], cwd=origin, env=env, check=True)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(origin), str(clone)], env=env, check=True)
    return clone


def _committed(repo: Path, env: dict[str, str]) -> set[str]:
    out = subprocess.run(
        ["git", "show", "--name-only", "--format=", "HEAD"], cwd=repo, env=env, capture_output=True, text=True
    )
    return set(out.stdout.split())


def _table_rows() -> dict[str, str]:
    rows = {}
    for line in SECTION.splitlines():
        m = re.match(r"\| \[([a-z-]+)\]\(", line)
        if m:
            rows[m.group(1)] = line
    return rows


def test_every_runner_row_runs_the_command_that_stages_new_files() -> None:
    rows = _table_rows()
    assert set(rows) == {"multi-gitter", "git-xargs", "turbolift", "all-repos"}
    assert f"```sh\n{COMMAND}\n```" in SECTION
    for name in ("multi-gitter", "git-xargs", "turbolift"):
        assert COMMAND in rows[name], name
    assert 'autofix_lib.run("git", "add", "-A")' in SECTION


@pytest.mark.parametrize("runner", ["multi-gitter", "git-xargs", "turbolift"])
def test_shell_runner_recipe_commits_the_files_the_migration_creates(tmp_path: Path, runner: str) -> None:
    env = _env(tmp_path)
    clone = _clone(tmp_path, CREATES, env)
    done = subprocess.run(["sh", "-c", COMMAND[len("sh -c '") : -1]], cwd=clone, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    # the strictest of the runners' commits: turbolift's `git commit -a`
    subprocess.run(["git", "commit", "-q", "-a", "-m", "migrate"], cwd=clone, env=env, check=True)
    assert NEW_FILE in _committed(clone, env)
    status = subprocess.run(["git", "status", "--porcelain"], cwd=clone, env=env, capture_output=True, text=True)
    assert status.stdout == ""


def test_shell_recipe_stops_on_a_blocked_repository_with_nothing_staged(tmp_path: Path) -> None:
    env = _env(tmp_path)
    clone = _clone(tmp_path, "host-chmod-artifact", env)
    done = subprocess.run(["sh", "-c", COMMAND[len("sh -c '") : -1]], cwd=clone, env=env)
    assert done.returncode == 3
    status = subprocess.run(["git", "status", "--porcelain"], cwd=clone, env=env, capture_output=True, text=True)
    assert status.stdout == ""
    skipped = "migrate run -q && git add -A || [ $? -eq 3 ]"
    assert f"sh -c '{skipped}'" in SECTION
    assert subprocess.run(["sh", "-c", skipped], cwd=clone, env=env).returncode == 0


def _apply_fix() -> object:
    block = re.search(r"```python\n(from all_repos import autofix_lib.*?)```", SECTION, re.S)
    assert block is not None
    namespace: dict[str, object] = {}
    exec(compile(block.group(1), "README.md", "exec"), namespace)
    return namespace["apply_fix"]


def test_all_repos_autofixer_commits_the_files_the_migration_creates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    autofix_lib = pytest.importorskip("all_repos.autofix_lib")
    env = _env(tmp_path)
    clone = _clone(tmp_path, CREATES, env)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    pushed: list[set[str]] = []

    def push(settings: object, branch: str) -> None:  # all-repos pushes from its own clone, after the commit
        pushed.append(_committed(Path.cwd(), env))

    config = SimpleNamespace(push=push, push_settings=None)
    settings = autofix_lib.AutofixSettings(jobs=1, color=False, limit=None, dry_run=False, interactive=False)
    commit = autofix_lib.Commit("Build in one multi-stage Dockerfile", "multi-stage", None)
    autofix_lib.fix([str(clone)], apply_fix=_apply_fix(), config=config, commit=commit, autofix_settings=settings)
    (files,) = pushed
    assert NEW_FILE in files and "Dockerfile.build" in files  # created and deleted, in the one commit


def test_all_repos_autofixer_raises_on_a_blocked_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = _env(tmp_path)
    clone = _clone(tmp_path, "host-chmod-artifact", env)
    monkeypatch.chdir(clone)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    pytest.importorskip("all_repos.autofix_lib")
    apply_fix = _apply_fix()
    assert callable(apply_fix)
    with pytest.raises(subprocess.CalledProcessError) as info:
        apply_fix()
    assert info.value.returncode == 3
