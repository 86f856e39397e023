"""The `docker` shim's argument handling and log, and engine selection, without running an engine."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from migrate.verify import engine as engine_mod
from migrate.verify.engine import Engine, EngineUnavailable, default_store, detect_engine
from migrate.verify.shim import install_shim
from migrate.verify.shimcmd import base_images, parse_build, split_command


@pytest.mark.parametrize(
    ("args", "sub", "rest"),
    [
        pytest.param(["build", "-t", "x", "."], ("build",), ("-t", "x", "."), id="plain build"),
        pytest.param(["buildx", "build", "."], ("buildx", "build"), (".",), id="buildx build"),
        pytest.param(["image", "build", "."], ("image", "build"), (".",), id="image build"),
        pytest.param(
            ["-H", "tcp://h:2375", "--debug", "cp", "c:/a", "b"],
            ("cp",),
            ("c:/a", "b"),
            id="global options before the subcommand",
        ),
        pytest.param(["container", "create", "img"], ("container", "create"), ("img",), id="two-word form"),
    ],
)
def test_split_command_finds_the_subcommand(args: list[str], sub: tuple[str, ...], rest: tuple[str, ...]) -> None:
    cmd = split_command(args)
    assert (cmd.sub, cmd.rest) == (sub, rest)


def test_parse_build_drops_pull_and_push_and_reads_file_tags_args() -> None:
    parsed = parse_build(
        [
            "--pull",
            "-f",
            "Dockerfile.build",
            "--tag=a:1",
            "-t",
            "b",
            "--build-arg",
            "V=2",
            "--push",
            "--no-cache",
            "ctx",
        ]
    )
    assert parsed.dockerfile == "Dockerfile.build"
    assert parsed.tags == ["a:1", "b"]
    assert parsed.build_args == {"V": "2"}
    assert parsed.positional == ["ctx"]
    assert "--pull" not in parsed.options and "--push" not in parsed.options
    assert parsed.options == ["-f", "Dockerfile.build", "--tag", "a:1", "-t", "b", "--build-arg", "V=2", "--no-cache"]


def test_parse_build_keeps_a_stdin_context() -> None:
    assert parse_build(["-t", "x", "-"]).positional == ["-"]


@pytest.mark.parametrize(
    ("dockerfile", "expected"),
    [
        pytest.param("FROM alpine:3.19\nRUN true\n", ["alpine:3.19"], id="one image"),
        pytest.param(
            "FROM golang:1.22 AS build\nFROM build AS test\nFROM scratch\nCOPY --from=build /a /a\n",
            ["golang:1.22"],
            id="stages and scratch are not images",
        ),
        pytest.param(
            "ARG TAG=3.19\nFROM --platform=$BUILDPLATFORM alpine:${TAG}\n",
            ["alpine:3.19"],
            id="global ARG default and --platform",
        ),
        pytest.param("FROM $UNKNOWN\n", [], id="unresolved ARG is skipped"),
        pytest.param(
            "# comment\nfrom \\\n  node:20-alpine as web\n", ["node:20-alpine"], id="lower case, continuation, comment"
        ),
    ],
)
def test_base_images_lists_external_from_images(dockerfile: str, expected: list[str]) -> None:
    assert base_images(dockerfile) == expected


def test_base_images_uses_build_args_over_defaults() -> None:
    assert base_images("ARG TAG=3.19\nFROM alpine:$TAG\n", {"TAG": "latest"}) == ["alpine:latest"]


FAKE = Engine(kind="podman", argv=("podman", "--root", "/nonexistent"))


def test_shim_script_forwards_to_the_shim_program(tmp_path: Path) -> None:
    shim = install_shim(FAKE, tmp_path, token="t0", phase="legacy")
    script = (shim.bin_dir / "docker").read_text()
    assert script.startswith("#!/bin/sh\n")
    assert "migrate.verify.shimcmd" in script
    config = json.loads((tmp_path / "shim.json").read_text())
    assert config["argv"] == ["podman", "--root", "/nonexistent"]
    assert config["phase"] == "legacy"
    env = shim.environ({"PATH": "/usr/bin", "DOCKER": "/usr/local/bin/docker"})
    assert env["PATH"].split(":")[0] == str(shim.bin_dir)
    assert env["DOCKER"] == "docker"  # a $DOCKER pointing at docker now reaches the shim


def test_sudo_shim_runs_the_command_itself(tmp_path: Path) -> None:
    shim = install_shim(FAKE, tmp_path, token="t0", phase="legacy")
    out = subprocess.run(
        [str(shim.bin_dir / "sudo"), "-E", "-u", "root", "V=1", "sh", "-c", "echo $V"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout == "1\n"


def test_shim_log_gives_last_image_missing_images_and_created_tags(tmp_path: Path) -> None:
    shim = install_shim(FAKE, tmp_path, token="t0", phase="legacy")
    events = [
        {
            "event": "build",
            "phase": "legacy",
            "rc": 0,
            "image": "sha256:aa",
            "tags": ["app-builder"],
            "preexisting": [False],
        },
        {"event": "skipped", "phase": "legacy", "argv": ["push", "app"]},
        {
            "event": "build",
            "phase": "legacy",
            "rc": 0,
            "image": "sha256:bb",
            "tags": ["app", "base:1"],
            "preexisting": [False, True],
        },
        {"event": "build", "phase": "migrated", "rc": 0, "image": "sha256:cc", "tags": ["app"], "preexisting": [True]},
        {"event": "build", "phase": "migrated", "rc": 1, "image": None, "tags": []},
        {"event": "missing-image", "phase": "migrated", "images": ["nothere:1"]},
    ]
    shim.log.write_text("".join(json.dumps(e) + "\n" for e in events))
    assert shim.last_image("legacy") == "sha256:bb"
    assert shim.last_image("migrated") == "sha256:cc"
    assert shim.missing_images() == ["nothere:1"]
    assert shim.created_refs() == ["app-builder", "app"]  # base:1 existed before: not ours to untag
    assert shim.built_images() == ["sha256:aa", "sha256:bb", "sha256:cc"]


def test_detect_engine_rejects_an_unknown_name() -> None:
    with pytest.raises(EngineUnavailable, match="unknown engine"):
        detect_engine("rkt")


def test_detect_engine_without_docker_or_podman_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod.shutil, "which", lambda _name: None)
    with pytest.raises(EngineUnavailable, match="podman is not installed"):
        detect_engine()


def test_store_location_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MIGRATE_ENGINE_STORE", str(tmp_path / "store"))
    assert default_store() == (tmp_path / "store").resolve()


def test_verify_refuses_a_python_orchestrator_that_uses_the_docker_sdk() -> None:
    from migrate.verify.run import FlowFailed, verify_repo

    case = Path(__file__).resolve().parent.parent / "corpus" / "python-docker-sdk-get-archive" / "input"

    class NoEngine:
        kind = "none"

        def image_ids(self) -> set[str]:  # pragma: no cover - must not be reached
            raise AssertionError("no build may start")

    with pytest.raises(FlowFailed, match="Python SDK"):
        verify_repo(case, engine=NoEngine(), progress=lambda _line: None)  # type: ignore[arg-type]
