"""Advisories: MIG4xx notes beyond the migration, reported apart, never applied, never changing the exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_support import copy_case, run_case
from typer.testing import CliRunner

from migrate.advise import _toolchain
from migrate.cli import app
from migrate.diagnostics import CATALOGUE, Severity
from migrate.exitcodes import Exit
from migrate.pipeline import migrate_repo


def test_advisory_codes_are_notes() -> None:
    codes = [c for c in CATALOGUE if c.startswith("MIG4")]
    assert codes and all(CATALOGUE[c].severity is Severity.NOTE for c in codes)


@pytest.mark.parametrize(
    ("image", "kind"),
    [
        pytest.param("openjdk:11-jre-slim", None, id="a JRE"),
        pytest.param("alpine:3.19", None, id="alpine"),
        pytest.param("gcr.io/distroless/java17", None, id="distroless"),
        pytest.param("openjdk:11-jdk-slim", "a JDK", id="a JDK"),
        pytest.param("eclipse-temurin:21", "a JDK", id="temurin defaults to a JDK"),
        pytest.param("docker.io/library/maven:3.9", "a compiler toolchain", id="maven"),
        pytest.param("golang:1.22-alpine", "a compiler toolchain", id="golang"),
        pytest.param("mcr.microsoft.com/dotnet/sdk:8.0", "a compiler toolchain", id="dotnet sdk"),
        pytest.param("registry:5000/team/gcc@sha256:abc", "a compiler toolchain", id="registry port and digest"),
    ],
)
def test_toolchain_images(image: str, kind: str | None) -> None:
    assert _toolchain(image) == kind


def test_jdk_runtime_and_missing_dockerignore(tmp_path: Path) -> None:
    result = run_case("java-helloworld-buildsh", tmp_path)
    assert [(d.code, d.path, d.line) for d in result.advisories] == [
        ("MIG403", "Dockerfile", 1),
        ("MIG401", "Dockerfile", 2),
    ]
    assert all(d.code[:4] != "MIG4" for d in result.diagnostics)


def test_a_dockerignore_silences_mig403(tmp_path: Path) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    (repo / ".dockerignore").write_text(".git\n")
    result = CliRunner().invoke(app, ["run", "--check", "--format", "json", str(repo)])
    assert [a["code"] for a in json.loads(result.stdout)["advisories"]] == ["MIG401"]


def test_copy_of_the_whole_context_before_the_manifest(tmp_path: Path) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    (repo / "pom.xml").write_text("<project/>\n")
    (repo / "Dockerfile.build").write_text(
        "FROM maven:3.9 AS builder\nWORKDIR /app\nCOPY . .\nRUN mvn -q package && cp target/*.jar HelloWorld.jar\n"
    )
    result = migrate_repo(repo)
    (mig402,) = [d for d in result.advisories if d.code == "MIG402"]
    assert (mig402.path, mig402.line) == ("Dockerfile.build", 3)
    assert "`pom.xml`" in mig402.message and "`mvn` (line 4)" in mig402.message


def test_manifest_copied_first_is_fine(tmp_path: Path) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    (repo / "pom.xml").write_text("<project/>\n")
    (repo / "Dockerfile.build").write_text(
        "FROM maven:3.9\nWORKDIR /app\nCOPY pom.xml .\nRUN mvn dependency:go-offline\nCOPY . .\nRUN mvn package\n"
    )
    assert not [d for d in migrate_repo(repo).advisories if d.code == "MIG402"]


def test_advisories_never_change_the_exit_code_or_the_changes(tmp_path: Path) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path / "with")
    plain = copy_case("java-helloworld-buildsh", tmp_path / "without")
    (plain / ".migrate.toml").write_text("advisories = false\n")
    with_adv = CliRunner().invoke(app, ["run", "--diff", str(repo)])
    without = CliRunner().invoke(app, ["run", "--diff", str(plain)])
    assert with_adv.exit_code == without.exit_code == Exit.PENDING
    assert with_adv.stdout == without.stdout
    assert "advisories (beyond the migration; never applied):" in with_adv.stderr
    assert "MIG401" not in without.stderr


def test_quiet_hides_advisories(tmp_path: Path) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    assert "MIG4" not in CliRunner().invoke(app, ["run", "--check", "-q", str(repo)]).stderr
