"""Host steps of the orchestrator around an extraction (plan/flows.py check_host_steps): cleanups go with the
flow, an `if` that only guards a removed statement goes with it, any other step touching an artifact blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo

BUILDER = "FROM alpine AS build\nCOPY main.go /src/main.go\nRUN mkdir -p /out && cp /src/main.go /out/main\n"
RUNTIME = "FROM alpine\nCOPY build/main /app/main\n"
FLOW = (
    "docker build -t b -f Dockerfile.build .\n"
    'docker run --rm -v "$(pwd)/build:/host/build" b cp /out/main /host/build/\n'
    "docker build -t app .\n"
)


def run(root: Path, before: str, after: str = "") -> tuple[Outcome, list[tuple[str, int | None]], bytes | None]:
    files = {"Dockerfile.build": BUILDER, "Dockerfile": RUNTIME, "main.go": "package main\n"}
    files["build.sh"] = "#!/bin/sh\n" + before + FLOW + after
    for rel, text in files.items():
        (root / rel).write_text(text)
    result = migrate_repo(root)
    script = {c.path: c.new for c in result.changes}.get("build.sh")
    return result.outcome, [(d.code, d.line) for d in result.diagnostics if d.blocking], script


@pytest.mark.parametrize(
    "guard",
    [
        pytest.param('if [ ! -d "$(pwd)/build" ]; then\n    mkdir "$(pwd)/build"\nfi\n', id="if not a directory"),
        pytest.param("if test ! -e build; then mkdir build; fi\n", id="test on one line"),
    ],
)
def test_guard_removed_with_its_mkdir_is_no_use_of_the_artifact(tmp_path: Path, guard: str) -> None:
    outcome, blockers, script = run(tmp_path, guard)
    assert (outcome, blockers) == (Outcome.MIGRATED, [])
    assert script == b"#!/bin/sh\ndocker build -t app .\n"


@pytest.mark.parametrize(
    ("guard", "line"),
    [
        pytest.param("if [ ! -d build ]; then mkdir build; echo made; fi\n", 2, id="the body keeps a statement"),
        pytest.param("if [ -d build ] || ls build; then mkdir -p build; fi\n", 2, id="the condition does more"),
    ],
)
def test_guard_that_stays_is_still_a_use(tmp_path: Path, guard: str, line: int) -> None:
    outcome, blockers, _ = run(tmp_path, guard)
    assert outcome is Outcome.BLOCKED
    assert ("MIG312", line) in blockers
