"""migrate/plan/merge.py: builder Dockerfiles merged into the runtime Dockerfile as earlier stages.

Each case is a small repository: `Dockerfile.build`, `Dockerfile` and a `build.sh` extracting `/out/app`."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.diagnostics import Severity
from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo

SCRIPT = (
    "#!/bin/sh\ndocker build -t b -f Dockerfile.build .\ndocker create --name c b\n"
    "docker cp c:/out/app ./app\ndocker rm c\ndocker build -t app .\n"
)


def migrate(root: Path, runtime: str | bytes, builder: str | bytes) -> tuple[Outcome, bytes | None, list[str]]:
    (root / "Dockerfile.build").write_bytes(builder.encode() if isinstance(builder, str) else builder)
    (root / "Dockerfile").write_bytes(runtime.encode() if isinstance(runtime, str) else runtime)
    (root / "build.sh").write_text(SCRIPT)
    result = migrate_repo(root)
    new = {c.path: c.new for c in result.changes}.get("Dockerfile")
    return result.outcome, new, [d.code for d in result.diagnostics if d.severity is not Severity.NOTE]


def merged(root: Path, runtime: str, builder: str) -> str:
    outcome, new, codes = migrate(root, runtime, builder)
    assert (outcome, codes) == (Outcome.MIGRATED, [])
    assert new is not None
    return new.decode()


@pytest.mark.parametrize(
    ("runtime", "builder", "expected"),
    [
        pytest.param(
            "FROM alpine\nCOPY app /app\n",
            "FROM golang\nRUN make\n",
            "FROM golang AS builder\nRUN make\n\nFROM alpine\nCOPY --from=builder /out/app /app\n",
            id="builder inserted before the runtime's first FROM",
        ),
        pytest.param(
            "# Runtime\n# image\nFROM alpine\nCOPY app /app\n",
            "FROM golang\nRUN make\n",
            "FROM golang AS builder\nRUN make\n\n# Runtime\n# image\nFROM alpine\nCOPY --from=builder /out/app /app\n",
            id="inserted above the comments attached to the FROM",
        ),
        pytest.param(
            "# Top\n\nFROM alpine\nCOPY app /app\n",
            "FROM golang\nRUN make\n",
            "# Top\n\nFROM golang AS builder\nRUN make\n\nFROM alpine\nCOPY --from=builder /out/app /app\n",
            id="a detached comment stays on top",
        ),
        pytest.param(
            "FROM alpine\nCOPY app /app\n",
            "from golang\nrun make\n",
            "from golang as builder\nrun make\n\nFROM alpine\nCOPY --from=builder /out/app /app\n",
            id="as added in the FROM's case",
        ),
        pytest.param(
            "FROM alpine\nCOPY app /app\n",
            "# builds it\nFROM golang\nRUN make\n# trailing\n\n\n",
            "# builds it\nFROM golang AS builder\nRUN make\n# trailing\n\n"
            "FROM alpine\nCOPY --from=builder /out/app /app\n",
            id="builder comments kept and trailing blank lines trimmed",
        ),
        pytest.param(
            "FROM alpine\nCOPY app /app\n",
            "FROM golang AS compile\nRUN make\n",
            "FROM golang AS compile\nRUN make\n\nFROM alpine\nCOPY --from=compile /out/app /app\n",
            id="named artifact stage kept",
        ),
        pytest.param(
            "FROM alpine\nCOPY app /app\n",
            "FROM golang AS base\nRUN x\nFROM base\nRUN make\n",
            "FROM golang AS base\nRUN x\nFROM base AS builder\nRUN make\n\n"
            "FROM alpine\nCOPY --from=builder /out/app /app\n",
            id="last builder stage named, earlier names kept",
        ),
        pytest.param(
            "FROM alpine AS base\nRUN x\nFROM alpine\nCOPY --from=0 /x /x\nCOPY app /app\n",
            "FROM golang\nRUN make\n",
            "FROM golang AS builder\nRUN make\n\nFROM alpine AS base\nRUN x\nFROM alpine\n"
            "COPY --from=1 /x /x\nCOPY --from=builder /out/app /app\n",
            id="numeric from in the runtime renumbered",
        ),
        pytest.param(
            "FROM alpine\nRUN --mount=type=cache,from=0,target=/c x\nCOPY app /app\n",
            "FROM golang\nRUN make\n",
            "FROM golang AS builder\nRUN make\n\nFROM alpine\nRUN --mount=type=cache,from=1,target=/c x\n"
            "COPY --from=builder /out/app /app\n",
            id="numeric mount from renumbered",
        ),
        pytest.param(
            "FROM alpine\nCOPY app /app\n",
            "# syntax=docker/dockerfile:1\nFROM golang\nRUN make\n",
            "# syntax=docker/dockerfile:1\nFROM golang AS builder\nRUN make\n\nFROM alpine\n"
            "COPY --from=builder /out/app /app\n",
            id="builder syntax directive carried over",
        ),
        pytest.param(
            "# syntax=docker/dockerfile:1\n\nFROM alpine\nCOPY app /app\n",
            "# syntax=docker/dockerfile:1\nFROM golang\nRUN make\n",
            "# syntax=docker/dockerfile:1\n\nFROM golang AS builder\nRUN make\n\nFROM alpine\n"
            "COPY --from=builder /out/app /app\n",
            id="equal syntax directives kept once",
        ),
        pytest.param(
            "ARG V=1\nFROM alpine:$V\nCOPY app /app\n",
            "ARG V=1\nFROM golang:$V\nRUN make\n",
            "ARG V=1\n\nARG V=1\nFROM golang:$V AS builder\nRUN make\n\n"
            "FROM alpine:$V\nCOPY --from=builder /out/app /app\n",
            id="equal global args agree",
        ),
    ],
)
def test_merge(tmp_path: Path, runtime: str, builder: str, expected: str) -> None:
    assert merged(tmp_path, runtime, builder) == expected


def test_clashing_stage_name_renamed_with_warning(tmp_path: Path) -> None:
    outcome, new, codes = migrate(
        tmp_path,
        "FROM alpine AS builder\nCOPY app /app\n",
        "FROM golang AS builder\nRUN x\nFROM builder AS final\nRUN make\n",
    )
    assert (outcome, codes) == (Outcome.MIGRATED, ["MIG314"])
    assert new == (
        b"FROM golang AS builder-2\nRUN x\nFROM builder-2 AS final\nRUN make\n\n"
        b"FROM alpine AS builder\nCOPY --from=final /out/app /app\n"
    )


def test_unnamed_artifact_stage_avoids_a_taken_name(tmp_path: Path) -> None:
    new = merged(tmp_path, "FROM alpine AS builder\nCOPY app /app\n", "FROM golang\nRUN make\n")
    assert new.startswith("FROM golang AS builder-2\n")
    assert "COPY --from=builder-2 /out/app /app\n" in new


def test_crlf_runtime_gets_crlf_builder_lines(tmp_path: Path) -> None:
    _, new, _ = migrate(tmp_path, "FROM alpine\r\nCOPY app /app\r\n", "FROM golang\nRUN make\n")
    assert new == b"FROM golang AS builder\r\nRUN make\r\n\r\nFROM alpine\r\nCOPY --from=builder /out/app /app\r\n"


def test_lf_runtime_gets_lf_lines_from_a_crlf_builder(tmp_path: Path) -> None:
    _, new, _ = migrate(tmp_path, "FROM alpine\nCOPY app /app\n", "FROM golang\r\nRUN make\r\n")
    assert new == b"FROM golang AS builder\nRUN make\n\nFROM alpine\nCOPY --from=builder /out/app /app\n"


def test_builder_bom_dropped(tmp_path: Path) -> None:
    _, new, _ = migrate(tmp_path, "FROM alpine\nCOPY app /app\n", b"\xef\xbb\xbfFROM golang\nRUN make\n")
    assert new == b"FROM golang AS builder\nRUN make\n\nFROM alpine\nCOPY --from=builder /out/app /app\n"


def test_runtime_bom_kept_at_the_start(tmp_path: Path) -> None:
    _, new, _ = migrate(tmp_path, b"\xef\xbb\xbfFROM alpine\nCOPY app /app\n", "FROM golang\nRUN make\n")
    assert new == b"\xef\xbb\xbfFROM golang AS builder\nRUN make\n\nFROM alpine\nCOPY --from=builder /out/app /app\n"


@pytest.mark.parametrize(
    ("runtime", "builder", "code"),
    [
        pytest.param(
            "FROM alpine\nCOPY app /app\n",
            "# escape=`\nFROM golang\nRUN make\n",
            "MIG307",
            id="different escape refused",
        ),
        pytest.param(
            "# syntax=docker/dockerfile:1.4\nFROM alpine\nCOPY app /app\n",
            "# syntax=docker/dockerfile:1.2\nFROM golang\nRUN make\n",
            "MIG307",
            id="different syntax refused",
        ),
        pytest.param(
            "ARG V=1\nFROM alpine:$V\nCOPY app /app\n",
            "ARG V=2\nFROM golang:$V\nRUN make\n",
            "MIG305",
            id="global arg with another default",
        ),
        pytest.param(
            "ARG V=1\nFROM alpine:$V\nCOPY app /app\n",
            "FROM golang:$V\nRUN make\n",
            "MIG305",
            id="builder FROM would see the runtime's global arg",
        ),
    ],
)
def test_merge_refused(tmp_path: Path, runtime: str, builder: str, code: str) -> None:
    outcome, new, codes = migrate(tmp_path, runtime, builder)
    assert (outcome, new, codes) == (Outcome.BLOCKED, None, [code])
