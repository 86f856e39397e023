"""migrate/plan/orchestrator.py: the script reduced to its one remaining `docker build`, byte for byte elsewhere.

Each case is a repository with `Dockerfile.build`, a runtime `Dockerfile` copying `app`, and the given script."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.diagnostics import Severity
from migrate.frontends.shell import SHELL
from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo
from migrate.plan.orchestrator import tidy_spans
from migrate.render.edits import apply_edits

BUILD = "docker build -t b -f Dockerfile.build .\n"
CREATE = "docker create --name c b\n"
CP = "docker cp c:/out/app ./app\n"
RM = "docker rm c\n"
RUNTIME = "docker build -t app .\n"
FLOW = CREATE + CP + RM


def migrate(root: Path, script: str, runtime: str = "FROM alpine\nCOPY app /app\n") -> tuple[Outcome, str, list[str]]:
    (root / "Dockerfile.build").write_text("FROM alpine\nRUN make\n")
    (root / "Dockerfile").write_text(runtime)
    (root / "build.sh").write_bytes(script.encode())
    result = migrate_repo(root)
    new = {c.path: c.new for c in result.changes}.get("build.sh")
    codes = [d.code for d in result.diagnostics if d.severity is not Severity.NOTE]
    return result.outcome, "" if new is None else new.decode(), codes


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        pytest.param(
            "#!/bin/sh\nset -e\n# build\n" + BUILD + CREATE + CP + RM + "echo done\n" + RUNTIME,
            "#!/bin/sh\nset -e\n# build\necho done\n" + RUNTIME,
            id="whole statements removed, others and comments kept",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + "docker create --name c b && docker cp c:/out/app ./app && docker rm c\n" + RUNTIME,
            "#!/bin/sh\n" + RUNTIME,
            id="a chain of flow commands removed whole",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + CREATE + CP + "echo a && docker rm c && echo b\n" + RUNTIME,
            "#!/bin/sh\necho a && echo b\n" + RUNTIME,
            id="chain item in the middle removed",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + CREATE + "echo start && docker cp c:/out/app ./app\n" + RM + RUNTIME,
            "#!/bin/sh\necho start\n" + RUNTIME,
            id="last chain item removed",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + CREATE + "docker cp c:/out/app ./app || exit 1\n" + RM + RUNTIME,
            "#!/bin/sh\n" + RUNTIME,
            id="or-exit handler removed with its command",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + CREATE + CP + "docker rm c || { echo fail >&2; exit 1; }\n" + RUNTIME,
            "#!/bin/sh\n" + RUNTIME,
            id="handler group removed with its command",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + "if [ $? -ne 0 ]; then\n  echo fail\n  exit 1\nfi\n" + CREATE + CP + RM + RUNTIME,
            "#!/bin/sh\n" + RUNTIME,
            id="status check if block removed with its command",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + CREATE + CP + RM + RUNTIME + "if [ $? -ne 0 ]; then exit 1; fi\n",
            "#!/bin/sh\n" + RUNTIME + "if [ $? -ne 0 ]; then exit 1; fi\n",
            id="status check of a kept command kept",
        ),
        pytest.param(
            "#!/bin/sh\nif ! docker build -t b -f Dockerfile.build .; then\n  exit 1\nfi\n"
            + CREATE
            + CP
            + RM
            + RUNTIME,
            "#!/bin/sh\n" + RUNTIME,
            id="if-not command then exit removed whole",
        ),
        pytest.param(
            "#!/bin/sh\n"
            + BUILD
            + "docker create --name c b; docker cp c:/out/app ./app; docker rm c; echo kept\n"
            + RUNTIME,
            "#!/bin/sh\necho kept\n" + RUNTIME,
            id="semicolon-separated statements removed with their separators",
        ),
        pytest.param(
            "#!/bin/sh\nmake a\n\n" + BUILD + "\n" + CREATE + "\n" + CP + "\n" + RM + "\nmake b\n" + RUNTIME,
            "#!/bin/sh\nmake a\n\nmake b\n" + RUNTIME,
            id="blank lines not doubled",
        ),
        pytest.param(
            "#!/bin/sh\nB=b\nC=c\nT=app\ndocker build -t $B -f Dockerfile.build .\ndocker create --name $C $B\n"
            "docker cp $C:/out/app ./app\ndocker rm $C\ndocker rmi $B\ndocker build -t $T .\n",
            "#!/bin/sh\nT=app\ndocker build -t $T .\n",
            id="variables only removed statements used removed",
        ),
        pytest.param(
            "#!/bin/sh\nB=b\ndocker build -t $B -f Dockerfile.build .\n"
            + CREATE
            + CP
            + RM
            + "docker build -t $B-run .\n",
            "#!/bin/sh\nB=b\ndocker build -t $B-run .\n",
            id="variable still used by a kept statement kept",
        ),
        pytest.param(
            "#!/bin/sh\nexport B=b\ndocker build -t $B -f Dockerfile.build .\n" + CREATE + CP + RM + RUNTIME,
            "#!/bin/sh\nexport B=b\n" + RUNTIME,
            id="exported variable kept",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + CREATE + CP + RM + RUNTIME + "rm -f app\ndocker rmi b\n",
            "#!/bin/sh\n" + RUNTIME,
            id="cleanup of the artifact and the builder image removed",
        ),
        pytest.param(
            "#!/bin/sh\r\n" + (BUILD + CREATE + CP + RM + RUNTIME).replace("\n", "\r\n"),
            "#!/bin/sh\r\n" + RUNTIME.replace("\n", "\r\n"),
            id="crlf lines removed whole",
        ),
        pytest.param(
            "#!/bin/sh\ndocker build --build-arg V=1 --no-cache --pull -t b -f Dockerfile.build .\n" + FLOW + RUNTIME,
            "#!/bin/sh\ndocker build --build-arg V=1 --no-cache --pull -t app .\n",
            id="builder build-arg and cache flags carried to the runtime build",
        ),
        pytest.param(
            "#!/bin/sh\nX=1\ndocker build --build-arg=V=$X -t b -f Dockerfile.build .\n" + CREATE + CP + RM + RUNTIME,
            "#!/bin/sh\nX=1\ndocker build --build-arg=V=$X -t app .\n",
            id="carried build-arg keeps its variable",
        ),
        pytest.param(
            "#!/bin/sh\ndocker build --no-cache -t b -f Dockerfile.build .\n"
            + FLOW
            + "docker build --no-cache -t app .\n",
            "#!/bin/sh\ndocker build --no-cache -t app .\n",
            id="flag the runtime build already has not repeated",
        ),
    ],
)
def test_script_reduction(tmp_path: Path, script: str, expected: str) -> None:
    outcome, new, codes = migrate(tmp_path, script)
    assert (outcome, codes) == (Outcome.MIGRATED, [])
    assert new == expected


def test_trailing_semicolon_statement_removed_with_its_separator(tmp_path: Path) -> None:
    script = "#!/bin/sh\n" + BUILD + CREATE + CP + "echo kept; docker rm c\n" + RUNTIME
    _, new, _ = migrate(tmp_path, script)
    assert new == "#!/bin/sh\necho kept\n" + RUNTIME


@pytest.mark.parametrize(
    ("script", "runtime", "code"),
    [
        pytest.param(
            "#!/bin/sh\n" + BUILD + "id=$(docker create b)\ndocker cp $id:/out/app ./app\necho $id\n" + RUNTIME,
            "FROM alpine\nCOPY app /app\n",
            "MIG313",
            id="kept statement uses a variable a removed statement assigned",
        ),
        pytest.param(
            "#!/bin/sh\n" + BUILD + CREATE + CP + "docker rm c | cat\n" + RUNTIME,
            "FROM alpine\nCOPY app /app\n",
            "MIG313",
            id="flow command inside a pipeline",
        ),
        pytest.param(
            "#!/bin/sh\ndocker build --build-arg V=1 -t b -f Dockerfile.build .\n"
            + FLOW
            + "docker build --build-arg V=2 -t app .\n",
            "FROM alpine\nCOPY app /app\n",
            "MIG305",
            id="build-arg differing between builder and runtime",
        ),
        pytest.param(
            "#!/bin/sh\ndocker build --build-arg V=1 -t b -f Dockerfile.build .\n" + CREATE + CP + RM + RUNTIME,
            "FROM alpine\nARG V\nCOPY app /app\n",
            "MIG305",
            id="carried build-arg would reach a runtime ARG",
        ),
        pytest.param(
            "#!/bin/sh\ndocker build --network host -t b -f Dockerfile.build .\n" + CREATE + CP + RM + RUNTIME,
            "FROM alpine\nCOPY app /app\n",
            "MIG202",
            id="builder option that cannot be carried",
        ),
        pytest.param(
            "#!/bin/sh\ndocker build --platform linux/arm64 -t b -f Dockerfile.build .\n" + CREATE + CP + RM + RUNTIME,
            "FROM alpine\nCOPY app /app\n",
            "MIG308",
            id="builder platform differs",
        ),
    ],
)
def test_script_reduction_refused(tmp_path: Path, script: str, runtime: str, code: str) -> None:
    outcome, new, codes = migrate(tmp_path, script, runtime)
    assert (outcome, new) == (Outcome.BLOCKED, "")
    assert code in codes


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("echo $BB", "B", False, id="longer name"),
        pytest.param("echo B", "B", False, id="bare word"),
        pytest.param("echo $B", "B", True, id="bare use"),
        pytest.param("echo ${B:-x}", "B", True, id="braced use"),
        pytest.param("echo ${#B}", "B", True, id="length use"),
    ],
)
def test_uses_variable(text: str, name: str, expected: bool) -> None:
    assert SHELL.uses_variable(text, name) is expected


def test_tidy_spans_widens_to_lines_and_swallows_a_doubled_blank() -> None:
    text = "a\n\nrm x\n\nb\n"
    start = text.index("rm")
    assert apply_edits(text, tidy_spans(text, [(start, start + 4)])) == "a\n\nb\n"
