"""migrate/plan/copies.py path arithmetic: a host path below an extracted artifact maps to the same path below
the artifact's container path, whatever the artifact's host path is (the repository root `.` included)."""

from __future__ import annotations

import os
import posixpath
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo
from migrate.plan.copies import _below, below_path
from migrate.trace.paths import is_inside

EXAMPLES = int(os.environ.get("MIGRATE_FUZZ_EXAMPLES", "200"))

segment = st.text(alphabet="abcdefgh.-_", min_size=1, max_size=6).filter(lambda s: s not in (".", ".."))
relative = st.lists(segment, min_size=0, max_size=3).map(lambda parts: "/".join(parts) or ".")
container = st.lists(segment, min_size=0, max_size=3).map(lambda parts: "/" + "/".join(parts))


@settings(max_examples=EXAMPLES, deadline=None)
@given(parent=relative, rest=relative, top=container)
@example(parent=".", rest="component-dashboard.tar.gz", top="/go/src/github.com/o/component-dashboard")
@example(parent=".", rest=".", top="/")
def test_a_path_below_an_artifact_lands_below_its_container_path(parent: str, rest: str, top: str) -> None:
    path = posixpath.normpath(posixpath.join(parent, rest))
    assert is_inside(path, parent)
    below = below_path(path, parent)
    assert below == "" or below.startswith("/")
    assert _below(top, below) == posixpath.normpath(posixpath.join(top, rest))


@settings(max_examples=EXAMPLES, deadline=None)
@given(parent=relative, rest=relative)
def test_the_part_below_joined_back_is_the_path(parent: str, rest: str) -> None:
    path = posixpath.normpath(posixpath.join(parent, rest))
    assert posixpath.normpath(posixpath.join(parent, below_path(path, parent).lstrip("/"))) == path


def migrate(root: Path, runtime: str, cp: str, files: tuple[str, ...] = ()) -> tuple[Outcome, str | None]:
    (root / "Dockerfile.build").write_text("FROM alpine\nRUN make\n")
    (root / "Dockerfile").write_text("FROM alpine\n" + runtime)
    for rel in files:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("")
    (root / "build.sh").write_text(
        f"#!/bin/sh\ndocker build -t b -f Dockerfile.build .\ndocker create --name c b\n{cp}\n"
        "docker rm c\ndocker build -t app .\n"
    )
    result = migrate_repo(root)
    new = {c.path: c.new for c in result.changes}.get("Dockerfile")
    return result.outcome, None if new is None else new.decode()


@pytest.mark.parametrize(
    ("runtime", "cp", "files", "expected"),
    [
        pytest.param(
            "COPY app /usr/bin/app\n",
            "docker cp c:/out/. .",
            (),
            "COPY --from=builder /out/app /usr/bin/app\n",
            id="a file of a directory copied into the repository root",
        ),
        pytest.param(
            "COPY web/*.html /srv/\n",
            "docker cp c:/out/. .",
            (),
            "COPY --from=builder /out/web/*.html /srv/\n",
            id="a wildcard below a directory copied into the repository root",
        ),
        pytest.param(
            "COPY app /usr/bin/app\n",
            "docker cp c:/out/. .",
            ("app",),
            "COPY app /usr/bin/app\nCOPY --from=builder /out/app /usr/bin/app\n",
            id="a file the checkout has too is copied from both",
        ),
        pytest.param(
            "COPY web/*.html /srv/\n",
            "docker cp c:/out/. .",
            ("web/index.html",),
            "COPY web/*.html /srv/\nCOPY --from=builder /out/web/*.html /srv/\n",
            id="a wildcard the checkout matches too is copied from both",
        ),
        pytest.param(
            "COPY dist/bin/app /usr/bin/app\n",
            "docker cp c:/out dist",
            (),
            "COPY --from=builder /out/bin/app /usr/bin/app\n",
            id="a file below a directory copied to a new name",
        ),
    ],
)
def test_a_copy_below_an_extracted_directory_names_the_container_path(
    tmp_path: Path, runtime: str, cp: str, files: tuple[str, ...], expected: str
) -> None:
    outcome, new = migrate(tmp_path, runtime, cp, files)
    assert outcome is Outcome.MIGRATED
    assert new is not None and new.endswith("FROM alpine\n" + expected), new
