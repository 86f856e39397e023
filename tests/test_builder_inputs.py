"""Host steps between the builder build and the runtime build that touch what the builder read from its
context (plan/planner.py, MIG320): the merged build reads that context later, at the runtime build."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo

BUILDER = "FROM alpine AS b\nCOPY src/ /src/\nRUN cp /src/main.c /out\n"
RUNTIME = "FROM alpine\nCOPY out /bin/out\n"
BUILD = "docker build -t b -f Dockerfile.build .\n"
EXTRACT = "docker create --name x b\ndocker cp x:/out out\ndocker rm x\n"
RUNTIME_BUILD = "docker build -t app .\n"


def run(tmp_path: Path, between: str, after: str = "") -> tuple[Outcome, list[str]]:
    root = tmp_path / "r"
    files = {
        "Dockerfile.build": BUILDER,
        "Dockerfile": RUNTIME,
        "src/main.c": "int main;\n",
        "notes.txt": "x\n",
        "build.sh": BUILD + EXTRACT + between + RUNTIME_BUILD + after,
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True)
    result = migrate_repo(root)
    return result.outcome, [d.code for d in result.diagnostics if d.blocking]


@pytest.mark.parametrize(
    "step",
    [
        pytest.param("rm -f src/main.c\n", id="rm of a file it copied"),
        pytest.param("sed -i s/a/b/ src/main.c\n", id="sed on its sources"),
        pytest.param("rm -rf src\n", id="rm of the directory it copied"),
        pytest.param("echo x > src/extra.c\n", id="a redirection into it"),
    ],
)
def test_host_step_changing_builder_input_before_runtime_build_is_refused(tmp_path: Path, step: str) -> None:
    assert run(tmp_path, step) == (Outcome.BLOCKED, ["MIG320"])


@pytest.mark.parametrize(
    "step",
    [
        pytest.param("cat src/main.c\n", id="a read"),
        pytest.param("rm -f notes.txt\n", id="a file it does not read"),
    ],
)
def test_host_step_not_changing_builder_input_is_kept(tmp_path: Path, step: str) -> None:
    assert run(tmp_path, step) == (Outcome.MIGRATED, [])


def test_host_step_after_the_runtime_build_is_kept(tmp_path: Path) -> None:
    assert run(tmp_path, "", after="rm -rf src\n") == (Outcome.MIGRATED, [])
