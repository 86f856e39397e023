"""migrate/plan/references.py: other files that build the builder Dockerfile the migration deletes. A plain
`docker build -f <builder> …` in a CI file (run from the repository root) or a Makefile (run from its
directory) is pointed at the builder stage of the merged Dockerfile; anything less certain blocks (MIG309)."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.outcome import Outcome, RepoResult
from migrate.pipeline import migrate_repo

BUILDER = "FROM alpine AS build\nCOPY src/ /src/\nRUN cp /src/a /out\n"
RUNTIME = "FROM alpine\nCOPY out /out\n"
SCRIPT = "docker build -t b -f Dockerfile.build .\ndocker create --name c b\ndocker cp c:/out out\ndocker rm c\n"


def migrate(root: Path, files: dict[str, str], script: str = SCRIPT + "docker build -t app .\n") -> RepoResult:
    base = {"Dockerfile.build": BUILDER, "Dockerfile": RUNTIME, "src/a": "a\n", "build.sh": script, **files}
    for rel, text in base.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return migrate_repo(root)


def test_ci_build_of_the_builder_dockerfile_builds_the_builder_stage(tmp_path: Path) -> None:
    ci = "jobs:\n  t:\n    steps:\n      - run: docker build -t test -f Dockerfile.build .\n"
    result = migrate(tmp_path, {".github/workflows/ci.yml": ci})
    assert result.outcome is Outcome.MIGRATED
    new = {c.path: c.new for c in result.changes}[".github/workflows/ci.yml"]
    assert new == ci.replace("-f Dockerfile.build", "-f Dockerfile --target build").encode()


def test_equals_form_of_the_file_option_is_updated_too(tmp_path: Path) -> None:
    ci = "script:\n  - docker build --file=./Dockerfile.build -t test .\n"
    result = migrate(tmp_path, {".gitlab-ci.yml": ci})
    assert result.outcome is Outcome.MIGRATED
    new = {c.path: c.new for c in result.changes}[".gitlab-ci.yml"]
    assert new == b"script:\n  - docker build --file=./Dockerfile --target build -t test .\n"


def test_makefile_build_is_resolved_from_its_directory(tmp_path: Path) -> None:
    mk = "test:\n\tdocker build -t test -f ../Dockerfile.build ..\n"
    result = migrate(tmp_path, {"ci/Makefile": mk})
    assert result.outcome is Outcome.MIGRATED
    new = {c.path: c.new for c in result.changes}["ci/Makefile"]
    assert new == b"test:\n\tdocker build -t test -f ../Dockerfile --target build ..\n"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        pytest.param(
            ".github/workflows/ci.yml",
            "jobs:\n  t:\n    steps:\n      - run: docker build -f Dockerfile.build .\n        working-directory: x\n",
            id="a step run elsewhere",
        ),
        pytest.param(".gitlab-ci.yml", "script:\n  - docker build -f Dockerfile.build $CTX\n", id="a variable"),
        pytest.param(".gitlab-ci.yml", "script:\n  - docker build -f Dockerfile.build src\n", id="another context"),
        pytest.param(
            ".gitlab-ci.yml",
            "script:\n  - docker build --target x -f Dockerfile.build .\n",
            id="a target already",
        ),
        pytest.param(
            ".gitlab-ci.yml", "script:\n  - docker build -f Dockerfile.build . && docker push x\n", id="a chain"
        ),
        pytest.param("scripts/test.sh", "docker build -f Dockerfile.build .\n", id="a script, run from anywhere"),
    ],
)
def test_builds_of_the_builder_dockerfile_that_are_not_plain_block(tmp_path: Path, path: str, text: str) -> None:
    result = migrate(tmp_path, {path: text})
    assert result.outcome is Outcome.BLOCKED
    assert [(d.code, d.path) for d in result.diagnostics if d.blocking] == [("MIG309", path)]


def test_compose_is_not_pointed_at_a_stage_whose_sources_were_rebased(tmp_path: Path) -> None:
    compose = "services:\n  b:\n    build:\n      context: sub\n      dockerfile: Dockerfile.build\n"
    builder = "FROM alpine AS build\nCOPY a /a\nRUN cp /a /out\n"
    script = (
        "docker build -t b -f sub/Dockerfile.build sub\ndocker create --name c b\ndocker cp c:/out out\n"
        "docker rm c\ndocker build -t app .\n"
    )
    result = migrate(tmp_path, {"sub/Dockerfile.build": builder, "sub/a": "a\n", "docker-compose.yml": compose}, script)
    assert result.outcome is Outcome.BLOCKED  # the merged stage reads `sub/a`: it needs the root context
    assert [(d.code, d.path) for d in result.diagnostics if d.blocking] == [("MIG309", "docker-compose.yml")]


SERVICE_BUILDER = "FROM alpine AS build\nCOPY a /a\nRUN cp /a /out\n"
SERVICE_SCRIPT = (
    "#!/bin/sh\ndocker build -t {name}-b {f} .\ndocker create --name {name}-c {name}-b\n"
    "docker cp {name}-c:/out out\ndocker rm {name}-c\ndocker build -t {name} .\n"
)


def services(root: Path, spelling: str = "-f Dockerfile.build", extra: dict[str, str] | None = None) -> RepoResult:
    """Two services, each with its own Dockerfile.build and a build.sh run from its directory."""
    files = dict(extra or {})
    for name in ("api", "web"):
        files[f"{name}/Dockerfile.build"] = SERVICE_BUILDER
        files[f"{name}/Dockerfile"] = "FROM alpine\nCOPY out /out\n"
        files[f"{name}/a"] = f"{name}\n"
        files[f"{name}/build.sh"] = SERVICE_SCRIPT.format(name=name, f=spelling)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return migrate_repo(root)


@pytest.mark.parametrize(
    "spelling",
    [
        pytest.param("-f Dockerfile.build", id="a bare name"),
        pytest.param("-f ./Dockerfile.build", id="a ./ path"),
        pytest.param("--file=Dockerfile.build", id="the --file= form"),
    ],
)
def test_each_service_uses_its_own_builder_dockerfile_resolved_by_path(tmp_path: Path, spelling: str) -> None:
    result = services(tmp_path, spelling)
    assert [d.code for d in result.diagnostics if d.code == "MIG309"] == []
    assert result.outcome is Outcome.MIGRATED
    assert {c.path for c in result.changes if c.new is None} == {"api/Dockerfile.build", "web/Dockerfile.build"}


@pytest.mark.parametrize(
    ("path", "text"),
    [
        pytest.param("ci.sh", "cd api\ndocker build -f Dockerfile.build .\n", id="a script that changes directory"),
        pytest.param("ci.sh", 'docker build -f "$SVC/Dockerfile.build" .\n', id="a variable leads the path"),
        pytest.param("api/test.sh", "docker build -f ../web/Dockerfile.build ../web\n", id="the sibling's by path"),
    ],
)
def test_a_name_that_may_be_a_services_builder_dockerfile_still_blocks(tmp_path: Path, path: str, text: str) -> None:
    result = services(tmp_path, extra={path: text})
    assert result.outcome is Outcome.BLOCKED
    assert {(d.code, d.path) for d in result.diagnostics if d.blocking} == {("MIG309", path)}


def test_documentation_repeating_every_services_command_is_warned_once(tmp_path: Path) -> None:
    readme = "Build a service by hand:\n\n    docker build -t x -f Dockerfile.build .\n"
    result = services(tmp_path, extra={"README.md": readme})
    assert result.outcome is Outcome.MIGRATED
    assert [(d.code, d.path, d.line) for d in result.diagnostics] == [("MIG316", "README.md", 3)]
