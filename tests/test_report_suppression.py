"""Suppression: a `# migrate: ignore` line in an orchestrator or one of its Dockerfiles leaves that flow alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_support import copy_case
from typer.testing import CliRunner

from migrate.cli import app
from migrate.exitcodes import Exit
from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo
from migrate.suppress import ignore_line


def _prepend(path: Path, line: str) -> None:
    text = path.read_text()
    if text.startswith("#!"):
        head, _, rest = text.partition("\n")
        path.write_text(f"{head}\n{line}\n{rest}")
    else:
        path.write_text(f"{line}\n{text}")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("echo hi\n", None, id="no comment"),
        pytest.param("echo '# migrate: ignore'\n", None, id="inside a string is not a comment line"),
        pytest.param("a\n# migrate: ignore\n", 2, id="own line"),
        pytest.param("a\n  #migrate:ignore -- vendored\n", 2, id="indented, no spaces, with a reason"),
        pytest.param("# migrate: ignored-by-policy\n", None, id="another word"),
    ],
)
def test_ignore_line(text: str, line: int | None) -> None:
    assert ignore_line(text) == line


@pytest.mark.parametrize("file", ["build.sh", "Dockerfile.build", "Dockerfile"])
def test_ignore_comment_leaves_the_flow_alone(tmp_path: Path, file: str) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    _prepend(repo / file, "# migrate: ignore")
    result = migrate_repo(repo)
    assert result.outcome is Outcome.UNCHANGED
    assert result.changes == ()
    (note,) = result.diagnostics
    assert note.code == "MIG003" and note.path == file


def test_ignore_comment_also_silences_a_blocked_flow(tmp_path: Path) -> None:
    repo = copy_case("host-chmod-artifact", tmp_path)
    _prepend(repo / "build.sh", "# migrate: ignore")
    result = migrate_repo(repo)
    assert result.outcome is Outcome.UNCHANGED
    assert [d.code for d in result.diagnostics] == ["MIG003"]


def test_suppression_is_shown_with_verbose_only(tmp_path: Path) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    _prepend(repo / "build.sh", "# migrate: ignore -- migrated by hand next quarter")
    quiet = CliRunner().invoke(app, ["run", "--check", str(repo)])
    assert quiet.exit_code == Exit.OK
    assert "MIG003" not in quiet.stderr
    loud = CliRunner().invoke(app, ["run", "--check", "-v", str(repo)])
    assert loud.exit_code == Exit.OK
    assert "build.sh:2:1: note: MIG003 `build.sh` and its flow are left alone" in loud.stderr
