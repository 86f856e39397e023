"""migrate/plan/merge.py: a builder's artifact stage is named `builder` when it is the only one, and after what
it builds (`build-api`, `build-web`) when there are several whose paths tell them apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo
from migrate.plan.merge import what_it_builds


@pytest.mark.parametrize(
    ("path", "what"),
    [
        pytest.param("Dockerfile.build", None, id="a generic name says nothing"),
        pytest.param("docker/Dockerfile.builder", None, id="a generic directory says nothing"),
        pytest.param("api/Dockerfile.build", "api", id="the directory"),
        pytest.param("Dockerfile.api", "api", id="a Dockerfile suffix"),
        pytest.param("web.Dockerfile", "web", id="a Dockerfile prefix"),
        pytest.param("build/web/Dockerfile", "web", id="the nearest telling directory"),
        pytest.param("services/auth-svc/build.Dockerfile", "auth-svc", id="a hyphenated name"),
    ],
)
def test_what_a_builder_builds_is_read_from_its_path(path: str, what: str | None) -> None:
    assert what_it_builds(path) == what


def _repo(root: Path, builders: list[str]) -> str:
    script = "#!/bin/sh\n"
    runtime = "FROM alpine\n"
    for i, path in enumerate(builders):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(f"FROM alpine\nRUN make {i}\n")
        script += f"docker build -t b{i} -f {path} .\ndocker create --name c{i} b{i}\n"
        script += f"docker cp c{i}:/out/app{i} ./app{i}\ndocker rm c{i}\n"
        runtime += f"COPY app{i} /app{i}\n"
    (root / "Dockerfile").write_text(runtime)
    (root / "build.sh").write_text(script + "docker build -t app .\n")
    result = migrate_repo(root)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    new = {c.path: c.new for c in result.changes}["Dockerfile"]
    assert new is not None
    return new.decode()


def test_stage_names_say_what_each_of_several_builders_builds(tmp_path: Path) -> None:
    new = _repo(tmp_path, ["api/Dockerfile.build", "web/Dockerfile.build"])
    assert "FROM alpine AS build-api\n" in new and "FROM alpine AS build-web\n" in new
    assert "COPY --from=build-web /out/app1 /app1\n" in new


def test_one_builder_stage_is_named_builder(tmp_path: Path) -> None:
    assert "FROM alpine AS builder\n" in _repo(tmp_path, ["api/Dockerfile.build"])


def test_several_builders_whose_paths_do_not_tell_them_apart_are_numbered(tmp_path: Path) -> None:
    new = _repo(tmp_path, ["Dockerfile.build", "docker/Dockerfile.builder"])
    assert "FROM alpine AS builder\n" in new and "FROM alpine AS builder-2\n" in new
