"""migrate/trace/cp_rules.py: docker cp's copy-out rules (FACTS.md C.1)."""

from __future__ import annotations

import pytest

from migrate.trace.cp_rules import (
    CpFailure,
    CpOutcome,
    PathState,
    copy_out,
    normalize_container_path,
    split_container_arg,
)

ABSENT, DIR, FILE, UNKNOWN = PathState.ABSENT, PathState.DIR, PathState.FILE, PathState.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("./bin", id="relative local path"),
        pytest.param("bin", id="no colon"),
        pytest.param("./a:b", id="dot prefix makes a colon path local"),
        pytest.param("/a:b", id="absolute path with a colon is local"),
        pytest.param("../out:x", id="parent-relative path with a colon is local"),
        pytest.param("-", id="standard stream"),
    ],
)
def test_split_container_arg_local(text: str) -> None:
    assert split_container_arg(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("c:/app/bin", ("c", "/app/bin"), id="name and absolute path"),
        pytest.param("c:app/bin", ("c", "app/bin"), id="name and relative path"),
        pytest.param("c:/a:b", ("c", "/a:b"), id="only the first colon separates"),
        pytest.param("abc123:/", ("abc123", "/"), id="container root"),
    ],
)
def test_split_container_arg_container(text: str, expected: tuple[str, str]) -> None:
    assert split_container_arg(text) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        pytest.param("/app/bin", ("/app/bin", False), id="absolute path unchanged"),
        pytest.param("app/bin", ("/app/bin", False), id="relative path resolved against root"),
        pytest.param("/app/bin/", ("/app/bin", False), id="trailing slash dropped"),
        pytest.param("/app//x/../bin", ("/app/bin", False), id="normalised"),
        pytest.param("/app/dist/.", ("/app/dist", True), id="slash-dot asks for contents"),
        pytest.param("dist/.", ("/dist", True), id="relative slash-dot asks for contents"),
        pytest.param(".", ("/", True), id="dot is the root's contents"),
    ],
)
def test_normalize_container_path(path: str, expected: tuple[str, bool]) -> None:
    assert normalize_container_path(path) == expected


@pytest.mark.parametrize(
    ("src", "dest", "state", "expected"),
    [
        pytest.param("/app/a.jar", "a.jar", ABSENT, CpOutcome("a.jar", "/app/a.jar"), id="file to missing dest"),
        pytest.param("/app/a.jar", "b.jar", ABSENT, CpOutcome("b.jar", "/app/a.jar"), id="file renamed"),
        pytest.param("/app/a.jar", "a.jar", FILE, CpOutcome("a.jar", "/app/a.jar"), id="file overwrites a file"),
        pytest.param("/app/a.jar", "out", DIR, CpOutcome("out/a.jar", "/app/a.jar"), id="file into existing dir"),
        pytest.param("/app/a.jar", "out/", DIR, CpOutcome("out/a.jar", "/app/a.jar"), id="file into dir slash"),
        pytest.param("/app/dist", "dist", ABSENT, CpOutcome("dist", "/app/dist"), id="dir to missing dest"),
        pytest.param("/app/dist", "www", ABSENT, CpOutcome("www", "/app/dist"), id="dir renamed"),
        pytest.param(
            "/app/dist", "out", DIR, CpOutcome("out/dist", "/app/dist"), id="dir into existing dir lands under name"
        ),
        pytest.param(
            "/app/dist/.", "out", DIR, CpOutcome("out", "/app/dist", merged=True), id="contents merged into dir"
        ),
        pytest.param("/app/dist/.", "out", ABSENT, CpOutcome("out", "/app/dist"), id="contents to missing dest"),
        pytest.param("/app/dist/.", "out/", ABSENT, CpOutcome("out", "/app/dist"), id="contents to missing slash"),
        pytest.param("app/a.jar", "./x/../a.jar", ABSENT, CpOutcome("a.jar", "/app/a.jar"), id="paths normalised"),
        pytest.param(
            "/tmp/target/", "target/", ABSENT, CpOutcome("target", "/tmp/target"), id="slash source to missing slash"
        ),
        pytest.param(
            "/tmp/target/", "out", DIR, CpOutcome("out/target", "/tmp/target"), id="slash source into dir by name"
        ),
    ],
)
def test_copy_out_outcomes(src: str, dest: str, state: PathState, expected: CpOutcome) -> None:
    assert copy_out(src, dest, state, parent_exists=True) == expected


def test_cp_dir_source_into_existing_dir_lands_under_its_name() -> None:
    assert copy_out("/build/site", "public", DIR, True) == CpOutcome("public/site", "/build/site")


@pytest.mark.parametrize(
    ("src", "dest", "state", "parent", "reason"),
    [
        pytest.param("/a", "x", UNKNOWN, True, "cannot tell whether", id="unknown destination state"),
        pytest.param("/a", "out/x", ABSENT, False, "creates no parents", id="missing parent never created"),
        pytest.param("/a.jar", "out/", ABSENT, True, "ends with `/`", id="missing dest ending in slash"),
        pytest.param("/dist/.", "f.txt", FILE, True, "is a file", id="contents onto a file"),
        pytest.param("/dist/", "f.txt", FILE, True, "is a file", id="slash source onto a file"),
    ],
)
def test_copy_out_failures(src: str, dest: str, state: PathState, parent: bool, reason: str) -> None:
    out = copy_out(src, dest, state, parent)
    assert isinstance(out, CpFailure)
    assert reason in out.reason


def test_missing_parent_does_not_matter_when_dest_exists() -> None:
    assert copy_out("/a", "out/x", FILE, parent_exists=False) == CpOutcome("out/x", "/a")
