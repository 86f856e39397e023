"""migrate/plan/targets.py: an extraction that no later build of the script takes, and that no Dockerfile of the
repository may take from its context (release files, test reports), is no builder pattern: a note (MIG001),
not a blocker. When another Dockerfile may take it (a runtime built elsewhere), it stays a MIG302.

Each case: `Dockerfile.build` (the builder), a `build.sh` that builds it, copies `/out/app` to `dist/app` and
removes the container (no runtime build), and the given other Dockerfiles."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.diagnostics import Severity
from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo

SCRIPT = (
    "#!/bin/sh\nset -e\ndocker build -t rel -f Dockerfile.build .\ndocker create --name r rel\nmkdir -p dist\n"
    "docker cp r:/out/app dist/app\ndocker rm r\n"
)


def run(root: Path, others: dict[str, str]) -> tuple[Outcome, list[str], list[str]]:
    (root / "Dockerfile.build").write_text("FROM alpine\nCOPY . /src\nRUN make -C /src\n")
    (root / "build.sh").write_text(SCRIPT)
    for rel, text in others.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    result = migrate_repo(root)
    errors = [f"{d.code} {d.path}:{d.line}" for d in result.diagnostics if d.blocking]
    notes = [f"{d.code} {d.path}:{d.line}" for d in result.diagnostics if d.severity is Severity.NOTE]
    return result.outcome, errors, notes


@pytest.mark.parametrize(
    "others",
    [
        pytest.param({}, id="no other Dockerfile"),
        pytest.param(
            {"docker/Dockerfile-test.build": "FROM alpine\nCOPY . /src\n"},
            id="a builder-named Dockerfile copying the whole context",
        ),
        pytest.param({"web/Dockerfile": "FROM nginx\nCOPY site/ /usr/share/nginx/html/\n"}, id="an unrelated COPY"),
        pytest.param(
            {"Dockerfile.run": 'FROM alpine\nCOPY --from=rel /out/app /app\nCOPY ["conf", "/etc/"]\n'},
            id="COPY --from and JSON form",
        ),
        pytest.param(
            {"fn/Dockerfile": "FROM alpine\nADD https://example.com/dl/app /usr/bin/\n"}, id="an ADD of a URL"
        ),
    ],
)
def test_an_extraction_no_build_takes_is_nothing_to_migrate(tmp_path: Path, others: dict[str, str]) -> None:
    outcome, errors, notes = run(tmp_path, others)
    assert outcome is Outcome.UNCHANGED
    assert errors == []
    assert notes.count("MIG001 build.sh:6") == 1
    assert [n for n in notes if n.startswith("MIG001")] == ["MIG001 build.sh:6"]  # said once


@pytest.mark.parametrize(
    "others",
    [
        pytest.param({"Dockerfile": "FROM alpine\nCOPY dist/app /usr/bin/app\n"}, id="a runtime COPYs it by path"),
        pytest.param({"deploy/Dockerfile": "FROM alpine\nCOPY app /usr/bin/\n"}, id="a runtime COPYs it by name"),
        pytest.param({"Dockerfile": "FROM alpine\nADD di*/ap? /usr/bin/\n"}, id="a wildcard may match it"),
        pytest.param({"Dockerfile": "FROM alpine\nCOPY . /srv\n"}, id="a runtime copies its whole context"),
        pytest.param({"Dockerfile": "FROM alpine\nCOPY <<EOF\n"}, id="a Dockerfile that cannot be read"),
    ],
)
def test_an_extraction_another_dockerfile_may_take_is_refused(tmp_path: Path, others: dict[str, str]) -> None:
    outcome, errors, _ = run(tmp_path, others)
    assert outcome is Outcome.BLOCKED
    assert errors == ["MIG302 build.sh:6"]
