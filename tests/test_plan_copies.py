"""migrate/plan/copies.py: the runtime's COPY/ADD of extracted artifacts rewritten to `COPY --from=<stage>`.

Each case is a small repository: `Dockerfile.build` (the builder), `Dockerfile` (the runtime) and a `build.sh`
that builds the builder, creates container `c`, runs the given `docker cp` lines and builds the runtime."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.diagnostics import Severity
from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo

BUILDER = "FROM alpine\nRUN make\n"
HEAD = "FROM alpine AS builder\nRUN make\n\n"


def migrate(
    root: Path, runtime: str, cps: str, builder: str = BUILDER, files: dict[str, str] | None = None
) -> tuple[Outcome, str | None, list[str]]:
    (root / "Dockerfile.build").write_text(builder)
    (root / "Dockerfile").write_text(runtime)
    for rel, text in (files or {}).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    (root / "build.sh").write_text(
        "#!/bin/sh\ndocker build -t b -f Dockerfile.build .\ndocker create --name c b\n"
        f"{cps}docker rm c\ndocker build -t app .\n"
    )
    result = migrate_repo(root)
    new = {c.path: c.new for c in result.changes}.get("Dockerfile")
    codes = [d.code for d in result.diagnostics if d.severity is not Severity.NOTE]
    return result.outcome, None if new is None else new.decode(), codes


@pytest.mark.parametrize(
    ("runtime", "expected_tail"),
    [
        pytest.param("COPY conf.yml /etc/\nCOPY app /app\n", "COPY conf.yml /etc/\n", id="context file untouched"),
        pytest.param(
            "COPY --from=busybox /bin/sh /sh\nCOPY app /app\n", "COPY --from=busybox /bin/sh /sh\n", id="from kept"
        ),
        pytest.param("COPY <<EOF /app.txt\napp\nEOF\nCOPY app /app\n", "COPY <<EOF /app.txt\napp\nEOF\n", id="heredoc"),
    ],
)
def test_unrelated_copies_are_left_alone(tmp_path: Path, runtime: str, expected_tail: str) -> None:
    _, new, _ = migrate(tmp_path, "FROM alpine\n" + runtime, "docker cp c:/out/app ./app\n", files={"conf.yml": ""})
    assert new is not None
    assert expected_tail in new


@pytest.mark.parametrize(
    ("runtime", "cps", "files", "expected"),
    [
        pytest.param(
            "COPY app /usr/bin/app\n",
            "docker cp c:/out/app ./app\n",
            {},
            "COPY --from=builder /out/app /usr/bin/app\n",
            id="exact file",
        ),
        pytest.param(
            "copy ./app /usr/bin/app\n",
            "docker cp c:/out/app ./app\n",
            {},
            "copy --from=builder /out/app /usr/bin/app\n",
            id="keyword case and dot-slash source",
        ),
        pytest.param(
            "COPY \\\n  app \\\n  /usr/bin/app\n",
            "docker cp c:/out/app ./app\n",
            {},
            "COPY \\\n  --from=builder /out/app \\\n  /usr/bin/app\n",
            id="continuation lines kept",
        ),
        pytest.param(
            "COPY dist/sub/x.js /srv/x.js\n",
            "docker cp c:/out/dist ./dist\n",
            {},
            "COPY --from=builder /out/dist/sub/x.js /srv/x.js\n",
            id="path inside an artifact directory",
        ),
        pytest.param(
            "COPY dist /srv/\n",
            "mkdir dist\ndocker cp c:/out/app dist/app\ndocker cp c:/out/lib dist/lib\n",
            {},
            "COPY --from=builder /out/app /srv/app\nCOPY --from=builder /out/lib /srv/lib\n",
            id="directory holding only artifacts is split",
        ),
        pytest.param(
            "COPY dist /srv/\n",
            "docker cp c:/out/dist dist/app\n",
            {"dist/index.html": "x"},
            "COPY dist /srv/\nCOPY --from=builder /out/dist /srv/app\n",
            id="checked-in directory holding an artifact keeps its context copy",
        ),
        pytest.param(
            "COPY . /app\n",
            "docker cp c:/out/app ./app\n",
            {"x.txt": "", ".dockerignore": "Dockerfile*\nbuild.sh\n.dockerignore\n"},
            "COPY . /app\nCOPY --from=builder /out/app /app/app\n",
            id="whole context holding an artifact",
        ),
        pytest.param(
            "COPY app conf.yml /srv/\n",
            "docker cp c:/out/app ./app\n",
            {"conf.yml": ""},
            "COPY conf.yml /srv/\nCOPY --from=builder /out/app /srv/\n",
            id="several sources split between context and stage",
        ),
        pytest.param(
            "COPY *.jar /srv/\n",
            "docker cp c:/out/a.jar ./a.jar\n",
            {},
            "COPY --from=builder /out/a.jar /srv/\n",
            id="wildcard matching only the artifact",
        ),
        pytest.param(
            "COPY *.jar /srv/\n",
            "docker cp c:/out/a.jar ./a.jar\n",
            {"b.jar": ""},
            "COPY *.jar /srv/\nCOPY --from=builder /out/a.jar /srv/\n",
            id="wildcard also matching checked-in files",
        ),
        pytest.param(
            "COPY server /usr/bin/server\n",
            "docker cp c:/out/app ./server\n",
            {},
            "COPY --from=builder /out/app /usr/bin/server\n",
            id="rename to an explicit file destination",
        ),
        pytest.param(
            "ADD app.jar /srv/\n",
            "docker cp c:/out/app.jar ./app.jar\n",
            {},
            "COPY --from=builder /out/app.jar /srv/\n",
            id="ADD of a jar becomes COPY --from",
        ),
        pytest.param(
            "COPY --chown=app:app --chmod=755 app /usr/bin/app\n",
            "docker cp c:/out/app ./app\n",
            {},
            "COPY --from=builder --chown=app:app --chmod=755 /out/app /usr/bin/app\n",
            id="chown and chmod kept",
        ),
    ],
)
def test_copy_rewrite(tmp_path: Path, runtime: str, cps: str, files: dict[str, str], expected: str) -> None:
    outcome, new, codes = migrate(tmp_path, "FROM alpine\n" + runtime, cps, files=files)
    assert (outcome, codes) == (Outcome.MIGRATED, [])
    assert new == HEAD + "FROM alpine\n" + expected


@pytest.mark.parametrize(
    ("builder", "runtime", "expected"),
    [
        pytest.param(
            "FROM alpine\nUSER root\nRUN make\n",
            "COPY app /app\n",
            "COPY --from=builder /out/app /app\n",
            id="builder switching to root needs no chown",
        ),
        pytest.param(
            "FROM alpine\nUSER nobody\nRUN make\n",
            "COPY app /app\n",
            "COPY --from=builder --chown=0:0 /out/app /app\n",
            id="non-root builder gets chown 0:0",
        ),
        pytest.param(
            "FROM alpine\nCOPY --chown=1:1 src /src\nRUN make\n",
            "COPY app /app\n",
            "COPY --from=builder --chown=0:0 /out/app /app\n",
            id="builder using chown gets chown 0:0",
        ),
        pytest.param(
            "FROM alpine\nUSER nobody\nRUN make\n",
            "COPY --chown=1:1 app /app\n",
            "COPY --from=builder --chown=1:1 /out/app /app\n",
            id="an owner already chosen is kept",
        ),
    ],
)
def test_ownership(tmp_path: Path, builder: str, runtime: str, expected: str) -> None:
    (tmp_path / "src").mkdir()
    _, new, codes = migrate(tmp_path, "FROM alpine\n" + runtime, "docker cp c:/out/app ./app\n", builder=builder)
    assert codes == []
    assert new is not None and new.endswith("FROM alpine\n" + expected)


@pytest.mark.parametrize(
    ("runtime", "cps", "files", "code"),
    [
        pytest.param(
            "COPY server /usr/bin/\n", "docker cp c:/out/app ./server\n", {}, "MIG311", id="rename into a directory"
        ),
        pytest.param(
            "COPY server srv /usr/bin/\n",
            "docker cp c:/out/app ./server\n",
            {"srv": ""},
            "MIG311",
            id="rename among several sources",
        ),
        pytest.param(
            "COPY *.jar /srv/\n", "docker cp c:/out/a.jar ./b.jar\n", {}, "MIG311", id="wildcard matching a rename"
        ),
        pytest.param(
            "COPY $DIR/app /app\n", "docker cp c:/out/app ./app\n", {}, "MIG311", id="variable source may be artifact"
        ),
        pytest.param(
            'COPY ["app", "/app"]\n', "docker cp c:/out/app ./app\n", {}, "MIG311", id="json form naming an artifact"
        ),
        pytest.param("COPY --parents app /app\n", "docker cp c:/out/app ./app\n", {}, "MIG311", id="parents flag"),
        pytest.param(
            "ADD app.tar.zst /srv/\n",
            "docker cp c:/out/app.tar.zst ./app.tar.zst\n",
            {},
            "MIG303",
            id="ADD of an archive tar may not read",
        ),
        pytest.param(
            "ADD --chmod=0755 app.tar.gz /srv/\n",
            "docker cp c:/out/app.tar.gz ./app.tar.gz\n",
            {},
            "MIG303",
            id="ADD --chmod of a tarball",
        ),
        pytest.param("ADD app /srv/\n", "docker cp c:/out/app ./app\n", {}, "MIG303", id="ADD of unknown name"),
        pytest.param(
            "COPY other /srv/\n", "docker cp c:/out/app ./app\n", {"other": ""}, "MIG302", id="artifact never copied"
        ),
    ],
)
def test_copy_refused(tmp_path: Path, runtime: str, cps: str, files: dict[str, str], code: str) -> None:
    outcome, new, codes = migrate(tmp_path, "FROM alpine\n" + runtime, cps, files=files)
    assert (outcome, new) == (Outcome.BLOCKED, None)
    assert code in codes


def test_add_of_tarball_is_extracted_in_an_unpack_stage(tmp_path: Path) -> None:
    outcome, new, codes = migrate(
        tmp_path, "FROM alpine\nADD app.tar.gz /srv/\n", "docker cp c:/out/app.tar.gz ./app.tar.gz\n"
    )
    assert (outcome, codes) == (Outcome.MIGRATED, [])
    assert new == (
        HEAD
        + "FROM builder AS builder-unpack-0\nUSER root\n"
        + "RUN mkdir -p /.unpacked/0 && tar -xzf /out/app.tar.gz -C /.unpacked/0\n\n"
        + "FROM alpine\nCOPY --from=builder-unpack-0 /.unpacked/0/ /srv/\n"
    )


def test_rewritten_last_line_without_newline(tmp_path: Path) -> None:
    outcome, new, _ = migrate(tmp_path, "FROM alpine\nCOPY app /app", "docker cp c:/out/app ./app\n")
    assert (outcome, new) == (Outcome.MIGRATED, HEAD + "FROM alpine\nCOPY --from=builder /out/app /app")


def test_split_copy_on_last_line_without_newline(tmp_path: Path) -> None:
    _, new, _ = migrate(
        tmp_path, "FROM alpine\nCOPY app conf.yml /srv/", "docker cp c:/out/app ./app\n", files={"conf.yml": ""}
    )
    assert new is not None
    assert new.endswith("FROM alpine\nCOPY conf.yml /srv/\nCOPY --from=builder /out/app /srv/\n")


def _mount_over_checkout(tmp_path: Path, runtime: str) -> list[tuple[str, str | None, int | None]]:
    (tmp_path / "builder").mkdir()
    (tmp_path / "builder" / "Dockerfile").write_text("FROM alpine\nRUN mkdir /out && touch /out/tool\n")
    (tmp_path / "runtime").mkdir()
    (tmp_path / "runtime" / "Dockerfile").write_text(runtime)
    (tmp_path / "runtime" / "start.sh").write_text("exec /usr/local/bin/tool\n")
    (tmp_path / "build.sh").write_text(
        "set -e\ndocker build -t b builder\n"
        'docker run --rm -v "$PWD/runtime:/data" b cp -rp /out /data\n'
        "cd runtime && docker build -t app .\n"
    )
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.BLOCKED
    return [(d.code, d.path, d.line) for d in result.diagnostics if d.blocking]


def test_a_run_over_a_checkout_directory_is_refused_there_and_its_repository_files_are_inputs(tmp_path: Path) -> None:
    runtime = "FROM alpine\nCOPY out/tool /usr/local/bin/\nADD start.sh /start.sh\n"
    assert _mount_over_checkout(tmp_path, runtime) == [("MIG204", "build.sh", 3)]  # no MIG303, no MIG312 at `cd`


def test_an_add_of_what_the_run_wrote_into_a_checkout_directory_is_still_refused(tmp_path: Path) -> None:
    runtime = "FROM alpine\nADD out/tool /usr/local/bin/\n"
    assert _mount_over_checkout(tmp_path, runtime) == [("MIG204", "build.sh", 3), ("MIG303", "runtime/Dockerfile", 2)]
