"""verify with a real engine: legacy builder flow against a hand-written multi-stage Dockerfile."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from migrate.cli import app
from migrate.exitcodes import Exit
from migrate.outcome import FileChange, Outcome, RepoResult
from migrate.verify import run as run_mod
from migrate.verify.compare import compare_images
from migrate.verify.engine import BaseImageMissing, Engine
from migrate.verify.run import FlowFailed, Migrator, verify_repo

pytestmark = pytest.mark.engine

# The builder runs as a non-root user, so its files belong to app (1000:1000).
BUILDER = """\
FROM alpine:3.19
USER app
WORKDIR /home/app
RUN mkdir -p out/dist/sub && echo hello > out/app.txt && chmod 640 out/app.txt \\
 && echo nested > out/dist/sub/nested.txt && ln -s ../app.txt out/dist/link
"""
BUILD_SH = """\
#!/bin/bash
set -e
DOCKER=${DOCKER:-docker}
$DOCKER build -t demo-builder -f Dockerfile.build .
$DOCKER create --name demo-extract demo-builder
$DOCKER cp demo-extract:/home/app/out/app.txt ./app.txt
$DOCKER cp demo-extract:/home/app/out/dist ./dist
sudo $DOCKER rm demo-extract
$DOCKER build -t demo:latest .
$DOCKER push demo:latest
$DOCKER rmi demo-builder
rm -rf app.txt dist
"""
RUNTIME = """\
FROM busybox:1.36
WORKDIR /app
COPY app.txt /app/app.txt
COPY dist /app/dist
USER app
CMD ["cat", "/app/app.txt"]
"""


def multistage(chown: str) -> str:
    flag = f" {chown}" if chown else ""
    return (
        BUILDER.replace("FROM alpine:3.19", "FROM alpine:3.19 AS builder")
        + "\nFROM busybox:1.36\nWORKDIR /app\n"
        + f"COPY --from=builder{flag} /home/app/out/app.txt /app/app.txt\n"
        + f"COPY --from=builder{flag} /home/app/out/dist /app/dist\n"
        + 'USER app\nCMD ["cat", "/app/app.txt"]\n'
    )


def make_repo(root: Path, builder: str = BUILDER, build_sh: str = BUILD_SH) -> Path:
    root.mkdir(parents=True)
    (root / "Dockerfile.build").write_text(builder)
    (root / "Dockerfile").write_text(RUNTIME)
    (root / "build.sh").write_text(build_sh)
    (root / "build.sh").chmod(0o755)
    return root


ONE_BUILD_SH = "#!/bin/bash\nset -e\ndocker build -t demo:latest .\n"


def hand_migration(chown: str) -> Migrator:
    """Stands in for the pipeline: the multi-stage Dockerfile a person would write, and a one-build script."""

    def migrate(root: Path) -> RepoResult:
        return RepoResult(
            repo=str(root),
            outcome=Outcome.MIGRATED,
            changes=(
                FileChange("Dockerfile", RUNTIME.encode(), multistage(chown).encode()),
                FileChange("Dockerfile.build", BUILDER.encode(), None),
                FileChange("build.sh", BUILD_SH.encode(), ONE_BUILD_SH.encode()),
            ),
            entrypoint=("bash", "build.sh"),
        )

    return migrate


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    out: dict[str, tuple[int, bytes]] = {}
    for path in sorted(root.rglob("*")):
        data = path.read_bytes() if path.is_file() else b""
        out[str(path.relative_to(root))] = (path.lstat().st_mode, data)
    return out


def store_state(engine: Engine) -> tuple[set[str], set[str]]:
    return engine.image_ids(), engine.container_ids()


def test_copy_from_a_non_root_builder_keeps_its_owner_and_differs(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path / "demo")
    before_repo, before_store = snapshot(repo), store_state(engine)
    monkeypatch.setattr(run_mod, "_default_migrator", hand_migration(chown=""))
    monkeypatch.setenv("MIGRATE_ENGINE", engine.kind)
    if engine.store is not None:
        monkeypatch.setenv("MIGRATE_ENGINE_STORE", str(engine.store))

    result = CliRunner().invoke(app, ["verify", "--quiet", str(repo)])

    assert result.exit_code == Exit.DIFFERENT, result.output
    owner_diff = "/app/dist/sub/nested.txt\n    uid: legacy 0, migrated 1000\n    gid: legacy 0, migrated 1000\n"
    assert owner_diff in result.stdout
    assert "different (" in result.stdout
    assert snapshot(repo) == before_repo, "verify must never touch the repository"
    assert store_state(engine) == before_store, "verify must remove its containers and images"


def test_copy_from_with_chown_root_is_equivalent(engine: Engine, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "demo")
    before_repo, before_store = snapshot(repo), store_state(engine)
    progress: list[str] = []

    result = verify_repo(repo, engine=engine, migrator=hand_migration("--chown=0:0"), progress=progress.append)

    assert result.status == "equivalent", result.report()
    assert result.differences == ()
    assert result.legacy_image and result.migrated_image and result.legacy_image != result.migrated_image
    assert any(line.startswith("legacy image") for line in progress)
    assert snapshot(repo) == before_repo
    assert store_state(engine) == before_store


def test_missing_base_image_is_named_and_nothing_is_pulled(engine: Engine, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "demo", builder=BUILDER.replace("alpine:3.19", "example.invalid/nothere:1"))
    before_store = store_state(engine)
    with pytest.raises(BaseImageMissing) as caught:
        verify_repo(repo, engine=engine, migrator=hand_migration(""), progress=lambda _l: None)
    assert caught.value.images == ("example.invalid/nothere:1",)
    assert "load" in str(caught.value)
    assert store_state(engine) == before_store


def test_failing_legacy_flow_reports_its_output(engine: Engine, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "demo", build_sh="#!/bin/bash\necho 'compiling... boom' >&2\nexit 3\n")
    with pytest.raises(FlowFailed, match=r"(?s)exited with 3.*compiling\.\.\. boom"):
        verify_repo(repo, engine=engine, migrator=hand_migration(""), progress=lambda _l: None)


# Every stand-in image has every stand-in tool, so one stage exercises them all (fast on vfs storage).
STANDIN_DOCKERFILE = """\
FROM gcc:13
WORKDIR /w
COPY . .
RUN make && ./app \\
 && go build -o /out/hello . && /out/hello \\
 && mvn -B -DskipTests package && test -f target/svc-2.1.jar \\
 && npm ci && npm run build && test -f dist/index.js \\
 && apt-get update && apk add --no-cache curl \\
 && javac -d classes Hello.java && jar cfe hello.jar Hello -C classes . && java -jar hello.jar
"""
STANDIN_SOURCES = {
    "main.c": "int main(void) { return 0; }\n",
    "Makefile": "CFLAGS = -O2\napp: main.o\n\t$(CC) $(CFLAGS) -o $@ $^\n",
    "go.mod": "module example.com/hello\n\ngo 1.22\n",
    "main.go": "package main\n\nfunc main() {}\n",
    "pom.xml": "<project>\n  <parent><artifactId>parent</artifactId><version>9</version></parent>\n"
    "  <artifactId>svc</artifactId>\n  <version>2.1</version>\n</project>\n",
    "src/main/java/Svc.java": "class Svc {}\n",
    "package.json": '{"name": "web", "scripts": {"build": "tsc"}}\n',
    "Hello.java": "public class Hello { public static void main(String[] a) {} }\n",
}


def test_standin_tools_build_byte_identical_images(engine: Engine, tmp_path: Path) -> None:
    context = tmp_path / "context"
    for name, text in {**STANDIN_SOURCES, "Dockerfile": STANDIN_DOCKERFILE}.items():
        (context / name).parent.mkdir(parents=True, exist_ok=True)
        (context / name).write_text(text)
    before = engine.image_ids()
    images: list[str] = []
    try:
        for n in range(2):
            iid = tmp_path / f"iid{n}"
            engine.run("build", *engine.no_pull(), "--no-cache", "--iidfile", str(iid), str(context), timeout=600)
            images.append(iid.read_text().strip())
        assert images[0] != images[1]
        assert compare_images(engine, images[0], images[1], tmp_path, label="test=standins") == []
    finally:
        engine.remove_images(sorted(engine.image_ids() - before), force=engine.kind == "podman")


def test_engine_fixture_has_every_standin_image(engine: Engine) -> None:
    from engine_support import standin_names

    missing = [name for name in standin_names() if not engine.image_exists(name)]
    assert missing == []
