"""The cheap check before libcst (migrate/parse/python_check.py) and what the pipeline does with it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from migrate.parse.python_check import PythonRejected, runs_docker
from migrate.pipeline import migrate_repo


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        pytest.param("# builds with docker\nprint('hello')\n", False, id="docker in a comment only"),
        pytest.param("docker_tag = 'x'\n", False, id="docker in a name only"),
        pytest.param("import subprocess\nsubprocess.run(['docker', 'build', '.'])\n", True, id="the docker command"),
        pytest.param("import os\nos.system('podman build .')\n", True, id="podman in a shell string"),
        pytest.param("import docker\nclient = docker.from_env()\n", True, id="the docker SDK"),
        pytest.param("from docker import errors\n", True, id="the docker SDK, from-import"),
    ],
)
def test_python_runs_docker_only_when_it_names_the_command_or_imports_the_sdk(text: str, runs: bool) -> None:
    assert runs_docker(text) is runs


def test_python_the_parser_rejects_is_said_with_its_line() -> None:
    with pytest.raises(PythonRejected, match="Python rejects it") as caught:
        runs_docker("import os\nprint 'docker build'\n")
    assert caught.value.line == 2


def _repo(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    return tmp_path


def test_python2_file_naming_no_dockerfile_is_a_note_not_a_blocker(tmp_path: Path) -> None:
    repo = _repo(tmp_path, {"tool.py": "import os\nprint 'docker run needs a daemon'\n", "Dockerfile": "FROM x\n"})
    result = migrate_repo(repo)
    assert [(d.code, d.line) for d in result.diagnostics if d.code.startswith("MIG1")] == [("MIG111", 2)]
    assert not any(d.blocking for d in result.diagnostics)


def test_python2_file_naming_a_dockerfile_is_a_syntax_error(tmp_path: Path) -> None:
    text = "import os\nos.system('docker build -f Dockerfile.build -t b . && docker cp x:/a a')\nprint 'done'\n"
    repo = _repo(tmp_path, {"build.py": text, "Dockerfile.build": "FROM x\n", "Dockerfile": "FROM y\n"})
    result = migrate_repo(repo)
    assert [(d.code, d.line) for d in result.diagnostics if d.code == "MIG101"] == [("MIG101", 3)]
    assert any(d.blocking for d in result.diagnostics)
