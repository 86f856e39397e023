"""The crashers the fuzz targets and the hostile repositories found, kept as regression tests: each was an
internal error (exit 123, a traceback) or a wrong result, and is now a diagnostic or the right output.

Each case: the files of a small repository (the tutorial one unless stated), `migrate run --diff` on it, and
the exit code and diagnostic code it must give."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_support import HostileRepo

Make = Callable[..., HostileRepo]
BUILDER = b"FROM alpine:3.19\nRUN mkdir /out && echo hi > /out/app\n"
SCRIPT = (
    b"docker build -t b -f Dockerfile.build .\n"
    b"docker create --name x b\n"
    b"docker cp x:/out/app ./app\n"
    b"docker rm x\n"
    b"docker build -t app .\n"
)
RUNTIME = b"FROM alpine:3.19\nCOPY app /usr/bin/app\n"


@pytest.mark.parametrize(
    ("files", "code", "diagnostic"),
    [
        pytest.param(
            {"Dockerfile": b"\xe9\xffFROM alpine:3.19\nCOPY app /usr/bin/app\n"},
            3,
            "MIG102",
            id="runtime Dockerfile whose FROM is not a FROM: StopIteration in the merge",
        ),
        pytest.param({"Dockerfile": b"COPY app /usr/bin/app\n"}, 3, "MIG102", id="runtime Dockerfile without FROM"),
        pytest.param({"Dockerfile.build": b"FROM"}, 3, "MIG102", id="builder FROM naming no image: IndexError"),
        pytest.param(
            {"Dockerfile": b"COPY app /usr/bin/app\nFROM alpine:3.19\n"},
            3,
            "MIG102",
            id="COPY of the artifact before the first FROM",
        ),
        pytest.param(
            {"build.sh": b"", "ci_build.py": b"\x80mport os\nos.system('docker cp x:/a ./a')\n"},
            3,
            "MIG101",
            id="Python orchestrator that is not UTF-8: UnicodeEncodeError in libcst",
        ),
        pytest.param(
            {"build.sh": SCRIPT + b"( " * 500 + b"true" + b" )" * 500 + b"\n"},
            3,
            "MIG105",
            id="500 nested subshells: RecursionError in the bashlex converter",
        ),
        pytest.param(
            {"build.sh": SCRIPT + b"if true; then\n" * 500 + b"true\n" + b"fi\n" * 500},
            3,
            "MIG105",
            id="500 nested ifs: RecursionError in the tree-sitter converter",
        ),
        pytest.param(
            {"build.sh": SCRIPT.replace(b"docker rm x", b'echo "art\xe9fact"')},
            1,
            None,
            id="Latin-1 script: UnicodeEncodeError writing the diff to stdout",
        ),
        pytest.param(
            {"Dockerfile": b"# \x0c form feed\nFROM alpine:3.19\nCOPY app /usr/bin/app\n"},
            1,
            None,
            id="form feed in a kept line: the diff split the line and git could not apply it",
        ),
    ],
)
def test_crasher_is_now_a_diagnostic(hostile: Make, files: dict[str, bytes], code: int, diagnostic: str | None) -> None:
    repo = hostile()
    for name in ("Dockerfile.build", "Dockerfile", "build.sh"):
        repo.write(name, {"Dockerfile.build": BUILDER, "Dockerfile": RUNTIME, "build.sh": SCRIPT}[name])
    for name, data in files.items():
        repo.write(name, data)
    for name in ("HelloWorld.java",):
        (repo.root / name).unlink()
    before = repo.tree()
    run = repo.run("--diff")
    assert run.code == code, run.stderr
    assert "Traceback" not in run.stderr
    if diagnostic is not None:
        assert f"error: {diagnostic}" in run.stderr, run.stderr
    assert repo.tree() == before


def test_crasher_form_feed_diff_keeps_the_line_whole(hostile: Make) -> None:
    repo = hostile()
    repo.edit("Dockerfile", b"# Runtime image", b"# Runtime\x0cimage")
    run = repo.run("--diff")
    assert b" # Runtime\x0cimage: only the jar and a JRE.\n" in run.stdout
    assert b"No newline at end of file" not in run.stdout


@pytest.mark.parametrize(
    ("dockerfile", "keywords"),
    [
        pytest.param(b"FROM a AS b \\\n# c\n", ["FROM"], id="continuation into a comment at the end: FROM dropped"),
        pytest.param(b"RUN \\\n# only a comment\n", ["RUN"], id="continuation into a comment at the end: RUN dropped"),
        pytest.param(b"COMMENT \\\nFROM a\n", ["COMMENT"], id="an instruction named COMMENT taken for a comment"),
    ],
)
def test_crasher_dockerfile_model_keeps_every_instruction(dockerfile: bytes, keywords: list[str]) -> None:
    from pathlib import PurePosixPath

    from migrate.parse.dockerfile import parse_dockerfile
    from migrate.source import SourceFile

    df = parse_dockerfile(SourceFile(PurePosixPath("Dockerfile"), dockerfile))
    assert [i.keyword for i in df.instructions] == keywords


def test_crasher_add_of_an_extracted_archive_before_the_first_from(hostile: Make) -> None:
    """Found by the fuzz target: the unpack stage and the rewritten ADD were two edits at one offset."""
    case = Path(__file__).resolve().parents[2] / "corpus" / "add-extracted-tarball" / "input"
    repo = hostile()
    shutil.rmtree(repo.root)
    shutil.copytree(case, repo.root)
    repo.write("Dockerfile", b"ADD webroot.tar.gz /var/www/\nFROM busybox:1.36\n")
    run = repo.run("--diff")
    assert run.code == 3, run.stderr
    assert "Dockerfile:1:1: error: MIG102" in run.stderr


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("{\U000fecfe", id="brace then U+FECFE at the end"),
        pytest.param("echo {\U00100000", id="echo brace then U+100000"),
        pytest.param("{\U000c1696\n", id="brace then unassigned plane-12 code point"),
    ],
)
def test_crasher_tree_sitter_segfault_on_high_code_points(text: str) -> None:
    """Found by tests/test_fuzz_shell.py: tree-sitter-bash 0.25.1 segfaulted (the whole process died, no
    diagnostic) on some code points from U+30000 up after `{`. Run apart, so a regression fails this test
    instead of killing the test run."""
    code = (
        "import sys\n"
        "from migrate.parse.shell_ts import parse_tree_sitter\n"
        "from migrate.parse.shell_bashlex import SourceSyntaxError\n"
        "try:\n    parse_tree_sitter(sys.stdin.read())\nexcept SourceSyntaxError:\n    pass\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_crasher_builder_without_final_newline_gets_its_stage_name_before_the_runs(hostile: Make) -> None:
    """Found by tests/test_fuzz_pipeline.py: a builder whose FROM is its last line, without a newline, took
    the stage name and the RUNs of a bind-mount extraction at one offset (overlapping edits, exit 123)."""
    case = Path(__file__).resolve().parents[2] / "corpus" / "bind-mount-cp-extraction" / "input"
    repo = hostile()
    shutil.rmtree(repo.root)
    shutil.copytree(case, repo.root)
    repo.write("Dockerfile.build", b"FROM golang:1.22")
    run = repo.run("--diff")
    assert run.code == 1, run.stderr
    assert b"+FROM golang:1.22 AS builder\n+RUN mkdir -p /out\n" in run.stdout
