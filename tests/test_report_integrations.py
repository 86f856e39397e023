"""The GitHub Action and the pre-commit hooks: well-formed, and running commands the CLI accepts."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
from report_support import ROOT, copy_case
from typer.testing import CliRunner

from migrate.cli import app
from migrate.exitcodes import Exit

yaml = pytest.importorskip("yaml")


def _load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text())


def test_action_is_a_composite_action_with_the_documented_interface() -> None:
    action = _load("action.yml")
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"path", "apply", "comment", "sarif", "github-token", "python"}
    assert action["inputs"]["apply"]["default"] == "false"
    assert set(action["outputs"]) == {"report", "outcome", "exit-code", "sarif-file"}
    for step in action["runs"]["steps"]:
        assert step["shell"] == "bash"


def test_action_checks_with_the_markdown_report_and_fails_when_pending() -> None:
    steps = {s.get("name", s.get("uses")): s for s in _load("action.yml")["runs"]["steps"]}
    assert 'migrate" run --check --format markdown "$INPUT_PATH"' in steps["Check"]["run"]
    fail = steps["Fail when a migration is pending or blocked"]
    assert "inputs.apply != 'true'" in fail["if"] and "exit 1" in fail["run"]
    assert steps["Apply the migration"]["if"] == "inputs.apply == 'true'"


def test_pre_commit_hooks() -> None:
    hooks = {h["id"]: h for h in _load(".pre-commit-hooks.yaml")}
    assert set(hooks) == {"dockerfile-migrate-check", "dockerfile-migrate"}
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        assert shlex.split(hook["entry"])[0] == "migrate"


@pytest.mark.parametrize(
    ("hook", "code"),
    [("dockerfile-migrate-check", Exit.PENDING), ("dockerfile-migrate", Exit.OK)],
)
def test_pre_commit_entries_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: str, code: int) -> None:
    entry = {h["id"]: h["entry"] for h in _load(".pre-commit-hooks.yaml")}[hook]
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    monkeypatch.chdir(repo)  # pre-commit runs hooks from the repository root
    result = CliRunner().invoke(app, shlex.split(entry)[1:])
    assert result.exit_code == code, result.stderr
    assert (repo / "Dockerfile.build").exists() is (code == Exit.PENDING)


# The action's steps, run by bash as the runner runs them (`bash -e -o pipefail`), with the environment their
# `env:` blocks give; `$RUNNER_TEMP/dockerfile-migrate/bin/migrate` is this installation's.


def _steps() -> dict[str, Any]:
    return {s["name"]: s for s in _load("action.yml")["runs"]["steps"]}


def _runner(tmp_path: Path) -> dict[str, str]:
    import os
    import sys

    temp = tmp_path / "runner-temp"
    if not (temp / "dockerfile-migrate" / "bin" / "migrate").exists():
        (temp / "dockerfile-migrate" / "bin").mkdir(parents=True)
        (temp / "dockerfile-migrate" / "bin" / "migrate").symlink_to(Path(sys.executable).parent / "migrate")
    for name in ("output", "summary"):
        (tmp_path / name).write_text("")
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "RUNNER_TEMP": str(temp),
        "GITHUB_OUTPUT": str(tmp_path / "output"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
        "GITHUB_SERVER_URL": "https://github.example",
        "GITHUB_REPOSITORY": "acme/app",
        "GITHUB_ACTION_REPOSITORY": "acme/dockerfile-migrate",
        "GITHUB_ACTION_REF": "0123abc",
    }


def _run_step(name: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    script = _steps()[name]["run"]
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script], env=env, cwd=cwd, capture_output=True, text=True
    )


def _outputs(tmp_path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    lines = iter((tmp_path / "output").read_text().splitlines())
    for line in lines:
        if "<<" in line:
            key, _, delimiter = line.partition("<<")
            out[key] = "\n".join(iter(lambda: next(lines), delimiter))
        elif "=" in line:
            key, _, value = line.partition("=")
            out[key] = value
    return out


def test_action_installs_no_python_and_leaves_the_jobs_python_alone() -> None:
    steps = _load("action.yml")["runs"]["steps"]
    assert not any("uses" in s for s in steps)  # no actions/setup-python: the caller's python stays
    assert '"$PYTHON" -m venv' in _steps()["Install dockerfile-migrate"]["run"]


def test_action_apply_does_not_fail_the_job_on_a_blocked_repository(tmp_path: Path) -> None:
    repo = copy_case("host-chmod-artifact", tmp_path)
    env = {**_runner(tmp_path), "INPUT_PATH": str(repo)}
    done = _run_step("Apply the migration", env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "blocked" in done.stderr
    fail = _steps()["Fail when a migration is pending or blocked"]
    assert "inputs.apply != 'true'" in fail["if"]


def test_action_writes_a_sarif_report_with_help_uris_into_this_action(tmp_path: Path) -> None:
    import json

    repo = copy_case("java-helloworld-buildsh", tmp_path)
    env = {**_runner(tmp_path), "INPUT_PATH": repo.name, "INPUT_SARIF": "true", "MIGRATE_LINK_BASE": "https://x/y"}
    done = _run_step("Check", env, tmp_path)
    assert done.returncode == 0, done.stderr
    outputs = _outputs(tmp_path)
    assert outputs["exit-code"] == "1" and outputs["outcome"] == "migrated"
    doc = json.loads(Path(outputs["sarif-file"]).read_text())
    (pending,) = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "MIG000"]
    assert pending["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == f"{repo.name}/Dockerfile"
    rule = doc["runs"][0]["tool"]["driver"]["rules"][1]
    assert rule["helpUri"] == "https://github.example/acme/dockerfile-migrate/blob/0123abc/README.md#diagnostics"


def _fake_gh(tmp_path: Path, script: str) -> str:
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir(exist_ok=True)
    gh = bin_dir / "gh"
    gh.write_text("#!/bin/sh\n" + script)
    gh.chmod(0o755)
    return str(bin_dir)


def test_action_comment_is_skipped_for_forks_and_a_refused_token_only_warns(tmp_path: Path) -> None:
    step = _steps()["Comment on the pull request"]
    assert "github.event.pull_request.head.repo.full_name == github.repository" in step["if"]
    report = tmp_path / "report.md"
    report.write_text("### report\n")
    env = _runner(tmp_path)
    refuse = 'echo "HTTP 403: Resource not accessible by integration" >&2; exit 1\n'
    env.update(PATH=f"{_fake_gh(tmp_path, refuse)}:{env['PATH']}", PR="7", CODE="1", REPORT=str(report), INPUT_PATH=".")
    done = _run_step("Comment on the pull request", env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "::warning" in done.stdout and "could not comment" in done.stdout


def test_action_keeps_one_comment_per_path(tmp_path: Path) -> None:
    log = tmp_path / "gh.log"
    # no earlier comment: each path posts its own, marked with its path
    gh = f'echo "$@" >> {log}\ncase "$*" in *POST*) cp "${{6#body=@}}" {tmp_path}/posted-$(date +%s%N) ;; esac\n'
    report = tmp_path / "report.md"
    report.write_text("### report\n")
    for path in ("services/api", "services/web"):
        env = _runner(tmp_path)
        env.update(
            PATH=f"{_fake_gh(tmp_path, gh)}:{env['PATH']}", PR="7", CODE="1", REPORT=str(report), INPUT_PATH=path
        )
        assert _run_step("Comment on the pull request", env, tmp_path).returncode == 0
    posted = sorted(p.read_text().splitlines()[0] for p in tmp_path.glob("posted-*"))
    assert posted == [
        "<!-- dockerfile-migrate path=services/api -->",
        "<!-- dockerfile-migrate path=services/web -->",
    ]


def _actionlint() -> str:
    import shutil
    import sys

    found = shutil.which("actionlint") or shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("actionlint is not installed")
    return found


def _readme_workflows() -> list[str]:
    import re

    readme = (ROOT / "README.md").read_text()
    return [m.group(1) for m in re.finditer(r"```yaml\n(on:.*?)```", readme, re.S)]


def test_action_and_the_readme_workflows_pass_actionlint(tmp_path: Path) -> None:
    import shutil as sh

    actionlint = _actionlint()
    sh.copy(ROOT / "action.yml", tmp_path / "action.yml")
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    found = _readme_workflows()
    assert found, "the README shows no workflow"
    for i, text in enumerate(found):
        # the README's `uses: OWNER/dockerfile-migrate@…` is this action: lint its inputs against action.yml
        local = re.sub(r"uses: OWNER/dockerfile-migrate@\S+", "uses: ./", text)
        (workflows / f"readme-{i}.yml").write_text(local)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)  # actionlint looks for the project root
    done = subprocess.run([actionlint, "-no-color"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_readme_pins_no_release_tag_that_does_not_exist() -> None:
    tags = subprocess.run(["git", "-C", str(ROOT), "tag", "--list"], capture_output=True, text=True).stdout.split()
    readme = (ROOT / "README.md").read_text()
    for pinned in re.findall(r"dockerfile-migrate@(v[\w.]+)", readme) + re.findall(r"rev: (v[\w.]+)", readme):
        assert pinned in tags, f"the README pins {pinned}, which is not a tag of this repository"
