"""PowerShell and batch orchestrators are not read; a builder-pattern flow in one is refused (MIG109), never
passed over as nothing to migrate, and the builder Dockerfile they use is not deleted under them."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo

FLOW = "docker build -t b -f Dockerfile.build .\ndocker create --name x b\ndocker cp x:/out out\ndocker rm x\n"
FILES = {"Dockerfile.build": "FROM alpine AS b\nRUN touch /out\n", "Dockerfile": "FROM alpine\nCOPY out /out\n"}


def migrate(root: Path, files: dict[str, str]) -> tuple[Outcome, list[tuple[str, str | None, int | None]]]:
    for rel, text in {**FILES, **files}.items():
        (root / rel).write_text(text)
    result = migrate_repo(root)
    return result.outcome, [(d.code, d.path, d.line) for d in result.diagnostics if d.blocking]


@pytest.mark.parametrize("name", ["build.ps1", "build.bat", "make.cmd"])
def test_flow_in_powershell_or_batch_is_refused_at_its_line(tmp_path: Path, name: str) -> None:
    assert migrate(tmp_path, {name: "@echo off\n" + FLOW + "docker build -t app .\n"}) == (
        Outcome.BLOCKED,
        [("MIG109", name, 3)],
    )


def test_powershell_file_without_a_copy_out_is_not_a_flow(tmp_path: Path) -> None:
    outcome, blocking = migrate(tmp_path, {"push.ps1": "docker push app\n"})
    assert (outcome, blocking) == (Outcome.UNCHANGED, [])


def test_powershell_twin_of_a_migrated_script_keeps_the_builder_dockerfile(tmp_path: Path) -> None:
    outcome, blocking = migrate(
        tmp_path, {"build.sh": FLOW + "docker build -t app .\n", "build.ps1": FLOW + "docker build -t app .\n"}
    )
    assert outcome is Outcome.BLOCKED
    assert ("MIG309", "build.ps1", 1) in blocking and ("MIG109", "build.ps1", 2) in blocking


MOUNT_RUN = (
    "docker build -f Dockerfile.build -t dev .\r\n"
    'docker run --rm -v %cd%:/src dev sh -c "make && cp tool out/"\r\n'
    "docker build -t app .\r\n"
)


def test_batch_run_with_a_host_mount_while_a_dockerfile_copies_a_missing_file_is_refused(tmp_path: Path) -> None:
    files = {"build.bat": MOUNT_RUN, "Dockerfile": "FROM alpine\nCOPY out/tool /usr/local/bin/\nCOPY conf /etc/x\n"}
    (tmp_path / "conf").write_text("x\n")
    outcome, blocking = migrate(tmp_path, files)
    assert (outcome, blocking) == (Outcome.BLOCKED, [("MIG109", "build.bat", 2)])
    (message,) = [d.message for d in migrate_repo(tmp_path).diagnostics if d.code == "MIG109"]
    assert "`Dockerfile` copies `out/tool`," in message  # only what the repository lacks is named


def test_batch_run_with_a_host_mount_is_no_flow_when_every_copied_file_is_in_the_repository(tmp_path: Path) -> None:
    files = {"build.bat": MOUNT_RUN, "Dockerfile": "FROM alpine\nCOPY conf /etc/x\n"}
    (tmp_path / "conf").write_text("x\n")
    assert migrate(tmp_path, files) == (Outcome.UNCHANGED, [])
