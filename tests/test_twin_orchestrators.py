"""Twin orchestrators (migrate/pipeline.py `_uses_elsewhere`): a Makefile target and a script that run the same
flow are rewritten together, neither held against the other as a user of the builder Dockerfile or of the
artifact; a use the other's migration keeps still blocks. Each finding is said once (outcome.said_once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.diagnostics import Diagnostic
from migrate.outcome import Outcome, RepoResult, said_once
from migrate.pipeline import migrate_repo

FLOW = (
    "docker build -t app-b -f Dockerfile.build .\ndocker create --name app-c app-b\n"
    "docker cp app-c:/out/app ./app\ndocker rm app-c\ndocker build -t app .\n"
)
FILES = {
    "Dockerfile.build": "FROM alpine AS build\nCOPY src /src\nRUN mkdir /out && cp /src /out/app\n",
    "Dockerfile": "FROM alpine\nCOPY app /usr/bin/app\n",
    "src": "x\n",
    "build.sh": "#!/bin/sh\n" + FLOW,
}


def makefile(extra: str = "") -> str:
    return "all:\n" + "".join(f"\t{line}\n" for line in FLOW.splitlines()) + extra


def run(root: Path, files: dict[str, str]) -> RepoResult:
    for rel, text in {**FILES, **files}.items():
        (root / rel).write_text(text)
    return migrate_repo(root)


def test_twin_makefile_and_script_are_rewritten_together(tmp_path: Path) -> None:
    result = run(tmp_path, {"Makefile": makefile()})
    assert [d for d in result.diagnostics if d.blocking] == []
    assert result.outcome is Outcome.MIGRATED
    changed = {c.path: c.new for c in result.changes}
    assert set(changed) == {"Dockerfile", "Dockerfile.build", "Makefile", "build.sh"}
    assert changed["Dockerfile.build"] is None
    assert changed["Makefile"] == b"all:\n\tdocker build -t app .\n"
    assert changed["build.sh"] == b"#!/bin/sh\ndocker build -t app .\n"


@pytest.mark.parametrize(
    ("extra", "line"),
    [
        pytest.param("builder:\n\tdocker build -t test -f Dockerfile.build . && docker push test\n", 8, id="builder"),
        pytest.param("ship:\n\tscp ./app host:/srv/\n", 8, id="artifact"),
    ],
)
def test_a_use_the_twins_migration_keeps_still_blocks(tmp_path: Path, extra: str, line: int) -> None:
    result = run(tmp_path, {"Makefile": makefile(extra)})
    assert result.outcome is Outcome.BLOCKED
    assert [(d.code, d.path, d.line) for d in result.diagnostics if d.blocking] == [("MIG309", "Makefile", line)]


def test_a_finding_in_a_file_two_flows_share_is_said_once(tmp_path: Path) -> None:
    result = run(tmp_path, {"Makefile": makefile(), "Dockerfile": "FROM alpine\nADD app /usr/bin/app\n"})
    assert result.outcome is Outcome.BLOCKED
    assert [(d.code, d.path, d.line) for d in result.diagnostics if d.blocking] == [("MIG303", "Dockerfile", 2)]


@pytest.mark.parametrize(
    ("found", "said"),
    [
        pytest.param([("MIG303", "a", 1, "x"), ("MIG303", "a", 2, "x")], [0, 1], id="another line is said"),
        pytest.param([("MIG303", "a", 1, "x"), ("MIG309", "a", 1, "x")], [0, 1], id="another code is said"),
        pytest.param([("MIG303", "a", 1, "x"), ("MIG303", "a", 1, "y")], [0], id="the same place is said once"),
        pytest.param([("MIG001", None, None, "x"), ("MIG001", None, None, "y")], [0, 1], id="no place: by message"),
    ],
)
def test_said_once_keeps_the_first_per_code_file_and_line(
    found: list[tuple[str, str | None, int | None, str]], said: list[int]
) -> None:
    diags = tuple(Diagnostic(code, message, path, line, 1 if line else None) for code, path, line, message in found)
    assert said_once(diags) == tuple(diags[i] for i in said)
