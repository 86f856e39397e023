"""One context for builds that had two (migrate/plan/widen.py): the merged context, the runtime's rebased
sources, the build line, and the ignore rules checked file by file."""

from __future__ import annotations

import subprocess
from pathlib import Path, PurePosixPath

import pytest

from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo
from migrate.plan.widen import merged_context, reads_context

BUILDER = "FROM alpine AS b\nCOPY main.c /src/\nRUN cp /src/main.c /out\n"
FLOW = (
    "docker build -t b -f Dockerfile.build .\n"
    "docker create --name x b\n"
    "docker cp x:/out docker/out\n"
    "docker rm x\n"
    "docker build -t app docker\n"
)


def make_repo(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True)
    return root


def changes(root: Path) -> dict[str, bytes | None]:
    result = migrate_repo(root)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    return {c.path: c.new for c in result.changes}


@pytest.mark.parametrize(
    ("runtime", "builders", "expected"),
    [
        pytest.param("docker", ["."], ".", id="builder at the root"),
        pytest.param(".", ["src"], ".", id="builder inside the runtime's"),
        pytest.param("deploy/runtime", ["deploy/builder"], "deploy", id="siblings"),
        pytest.param("a", ["b", "a/c"], ".", id="several builders"),
        pytest.param("docker", ["docker"], "docker", id="same context"),
    ],
)
def test_merged_context_is_the_smallest_directory_holding_every_context(
    runtime: str, builders: list[str], expected: str
) -> None:
    assert merged_context(runtime, builders) == expected


def test_runtime_context_inside_builders_takes_the_builders_and_names_the_dockerfile(tmp_path: Path) -> None:
    repo = make_repo(
        tmp_path / "r",
        {
            "main.c": "int main;\n",
            "Dockerfile.build": BUILDER,
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\nCOPY run.sh /run.sh\n",
            "docker/run.sh": "echo\n",
            "build.sh": FLOW,
        },
    )
    out = changes(repo)
    assert out["build.sh"] == b"docker build -t app -f docker/Dockerfile .\n"
    dockerfile = (out["docker/Dockerfile"] or b"").decode()
    assert "COPY --from=b /out /bin/out\nCOPY docker/run.sh /run.sh\n" in dockerfile
    assert "docker/Dockerfile.dockerignore" not in out  # no ignore file anywhere: nothing to keep


def test_build_line_with_its_own_dockerfile_keeps_it(tmp_path: Path) -> None:
    repo = make_repo(
        tmp_path / "r",
        {
            "main.c": "int main;\n",
            "Dockerfile.build": BUILDER,
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\n",
            "build.sh": FLOW.replace("docker build -t app docker", "docker build -t app -f docker/Dockerfile docker"),
        },
    )
    assert changes(repo)["build.sh"] == b"docker build -t app -f docker/Dockerfile .\n"


def test_ignore_file_written_with_each_stage_rules_rebased(tmp_path: Path) -> None:
    repo = make_repo(
        tmp_path / "r",
        {
            "main.c": "int main;\n",
            ".dockerignore": "docker\n",
            "Dockerfile.build": BUILDER,
            "docker/.dockerignore": "*.md\nDockerfile\n",
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\nCOPY . /etc/app/\n",
            "docker/conf.ini": "a=1\n",
            "docker/NOTES.md": "notes\n",
            "build.sh": FLOW,
        },
    )
    out = changes(repo)
    ignore = (out["docker/Dockerfile.dockerignore"] or b"").decode().splitlines()
    assert ignore[1:] == ["docker", "!docker", "docker/*.md", "docker/Dockerfile", "docker/Dockerfile.dockerignore"]


def test_root_ignore_rules_that_already_agree_need_no_ignore_file(tmp_path: Path) -> None:
    repo = make_repo(
        tmp_path / "r",
        {
            "main.c": "int main;\n",
            ".dockerignore": ".git\n*.log\n",
            "Dockerfile.build": BUILDER,
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\nCOPY run.sh /run.sh\n",
            "docker/run.sh": "echo\n",
            "build.sh": FLOW,
        },
    )
    assert "docker/Dockerfile.dockerignore" not in changes(repo)


def test_stages_needing_different_views_of_one_file_are_refused_naming_it(tmp_path: Path) -> None:
    repo = make_repo(
        tmp_path / "r",
        {
            "main.c": "int main;\n",
            "Dockerfile.build": "FROM alpine AS b\nCOPY . /src/\nRUN cp /src/main.c /out\n",
            "docker/.dockerignore": "*.md\nDockerfile\n",
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\nCOPY . /etc/app/\n",
            "docker/NOTES.md": "notes\n",
            "build.sh": FLOW,
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.BLOCKED
    (diag,) = [d for d in result.diagnostics if d.blocking]
    assert (diag.code, diag.path, diag.line) == ("MIG304", "build.sh", 5)
    assert "`docker/Dockerfile`, which `Dockerfile.build` copied" in diag.message  # the first, by name


def test_context_named_through_a_known_variable_is_written_out(tmp_path: Path) -> None:
    repo = make_repo(
        tmp_path / "r",
        {
            "main.c": "int main;\n",
            "Dockerfile.build": BUILDER,
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\n",
            "build.sh": "D=docker\n" + FLOW.replace("docker build -t app docker", 'docker build -t app "$D"'),
        },
    )
    assert changes(repo)["build.sh"] == b"D=docker\ndocker build -t app -f docker/Dockerfile .\n"


def test_runtime_bind_mount_of_its_context_is_refused(tmp_path: Path) -> None:
    repo = make_repo(
        tmp_path / "r",
        {
            "main.c": "int main;\n",
            "Dockerfile.build": BUILDER,
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\nRUN --mount=type=bind,target=/ctx ls /ctx\n",
            "build.sh": FLOW,
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.BLOCKED
    (diag,) = [d for d in result.diagnostics if d.blocking]
    assert diag.code == "MIG304" and "RUN --mount binds the build context" in diag.message


@pytest.mark.parametrize(
    ("dockerfile", "reads"),
    [
        pytest.param("FROM alpine\nRUN make\n", False, id="runs only"),
        pytest.param("FROM alpine\nCOPY --from=golang /go /go\n", False, id="copies from an image"),
        pytest.param("FROM alpine\nRUN --mount=type=cache,target=/c make\n", False, id="cache mount"),
        pytest.param("FROM alpine\nCOPY src /src\n", True, id="copies from the context"),
        pytest.param("FROM alpine\nADD app.tar /\n", True, id="adds from the context"),
        pytest.param("FROM alpine\nRUN --mount=target=/src make\n", True, id="bind mount of the context"),
        pytest.param("FROM alpine\nRUN --mount=type=bind,from=b,target=/b ls\n", False, id="bind mount of a stage"),
    ],
)
def test_whether_a_dockerfile_reads_its_context(dockerfile: str, reads: bool) -> None:
    from migrate.parse.dockerfile import parse_dockerfile
    from migrate.source import SourceFile

    df = parse_dockerfile(SourceFile(PurePosixPath("Dockerfile"), dockerfile.encode()))
    assert reads_context(df) is reads


def test_a_builder_that_reads_no_context_widens_nothing(tmp_path: Path) -> None:
    flow = FLOW.replace("-f Dockerfile.build .", "builder")
    repo = make_repo(
        tmp_path / "r",
        {
            "builder/Dockerfile": "FROM alpine AS b\nRUN mkdir /out && touch /out/tool\n",
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\n",
            "build.sh": flow,
        },
    )
    assert changes(repo)["build.sh"] == b"docker build -t app docker\n"  # the runtime's own context, as it was


def test_a_python_orchestrator_whose_builder_reads_no_context_migrates(tmp_path: Path) -> None:
    repo = make_repo(
        tmp_path / "r",
        {
            "builder/Dockerfile": "FROM alpine AS b\nRUN mkdir /out && touch /out/tool\n",
            "docker/Dockerfile": "FROM alpine\nCOPY out /bin/out\n",
            "build.py": "import subprocess\n\n"
            'subprocess.run(["docker", "build", "-t", "b", "builder"], check=True)\n'
            'subprocess.run(["docker", "create", "--name", "x", "b"], check=True)\n'
            'subprocess.run(["docker", "cp", "x:/out", "docker/out"], check=True)\n'
            'subprocess.run(["docker", "rm", "x"], check=True)\n'
            'subprocess.run(["docker", "build", "-t", "app", "docker"], check=True)\n',
        },
    )
    out = changes(repo)
    assert b'"docker", "build", "-t", "app", "docker"' in (out["build.py"] or b"")


def test_an_add_of_a_url_reads_no_context() -> None:
    from migrate.parse.dockerfile import parse_dockerfile
    from migrate.source import SourceFile

    text = "FROM alpine\nADD https://example.com/tool /usr/bin/\n"
    assert not reads_context(parse_dockerfile(SourceFile(PurePosixPath("Dockerfile"), text.encode())))
