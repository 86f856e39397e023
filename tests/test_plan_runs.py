"""migrate/plan/runs.py: a builder container that runs. A command that writes no file (kept alive for
`docker cp`, detached or not) is `docker create`; any other command becomes a RUN or is refused.

Each end-to-end case is a repository with `Dockerfile.build` (the builder), a runtime `Dockerfile` copying
`app`, and a `build.sh` that builds the builder, runs the given `docker run` as container `c`, copies
`/out/app` out and builds the runtime."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.diagnostics import Severity
from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo
from migrate.plan.runs import is_idle

BUILDER = "FROM alpine\nRUN mkdir /out && echo hi > /out/app\n"


def migrate_files(
    root: Path, run: str, builder: str = BUILDER, prelude: str = ""
) -> tuple[Outcome, dict[str, str], list[str]]:
    """The outcome, the new text of each changed file, and the findings above notes."""
    (root / "Dockerfile.build").write_text(builder)
    (root / "Dockerfile").write_text("FROM alpine\nCOPY app /app\n")
    (root / "build.sh").write_text(
        f"#!/bin/sh\nset -e\n{prelude}docker build -t b -f Dockerfile.build .\n{run}\n"
        "docker cp c:/out/app ./app\ndocker rm -f c\ndocker build -t app .\n"
    )
    result = migrate_repo(root)
    new = {c.path: c.new.decode() for c in result.changes if c.new is not None}
    messages = [f"{d.code} {d.message}" for d in result.diagnostics if d.severity is not Severity.NOTE]
    return result.outcome, new, messages


def migrate(root: Path, run: str, builder: str = BUILDER) -> tuple[Outcome, str | None, list[str]]:
    outcome, new, messages = migrate_files(root, run, builder)
    return outcome, new.get("Dockerfile"), messages


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["make"], id="a build tool"),
        pytest.param(["/usr/local/bin/sleep", "1h"], id="a sleep outside /bin and /usr/bin may be anything"),
        pytest.param("sleep 1h; make", id="shell form with a second command"),
        pytest.param("cat > /out/app", id="shell form with a redirection"),
        pytest.param("sleep $DELAY", id="shell form with an expansion"),
        pytest.param(["sh", "-c", "make && sleep 1h"], id="sh -c with a build"),
        pytest.param(["sh", "-c"], id="sh -c without a script"),
        pytest.param([], id="no command"),
        pytest.param("", id="empty shell form"),
    ],
)
def test_a_command_that_may_write_files_is_not_idle(command: list[str] | str) -> None:
    assert not is_idle(command)


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["sleep", "1h"], id="sleep"),
        pytest.param(["sleep", "infinity"], id="sleep infinity"),
        pytest.param(["tail", "-f", "/dev/null"], id="tail -f /dev/null"),
        pytest.param(["/bin/cat"], id="cat under /bin"),
        pytest.param(["/usr/bin/tail", "-f", "/dev/null"], id="tail under /usr/bin"),
        pytest.param("/bin/cat", id="shell-form CMD /bin/cat"),
        pytest.param("exec sleep infinity", id="shell form with exec"),
        pytest.param(["/bin/sh", "-c", "tail -f /dev/null"], id="sh -c with tail"),
        pytest.param(["true"], id="true"),
    ],
)
def test_a_command_that_writes_no_file_is_idle(command: list[str] | str) -> None:
    assert is_idle(command)


@pytest.mark.parametrize(
    ("run", "builder"),
    [
        pytest.param("docker run -d --name c b sleep 1h", BUILDER, id="detached sleep 1h"),
        pytest.param("docker run -d --name c b sleep infinity", BUILDER, id="detached sleep infinity"),
        pytest.param("docker run -d --name c b tail -f /dev/null", BUILDER, id="detached tail -f /dev/null"),
        pytest.param("docker run --name c b sleep 1", BUILDER, id="sleep in the foreground"),
        pytest.param(
            "docker run -d -t --name c b", BUILDER + "CMD /bin/cat\n", id="-d -t and the builder's CMD /bin/cat"
        ),
        pytest.param(
            "docker run -dit --name c b", BUILDER + 'CMD ["cat"]\n', id="-dit and the builder's exec-form CMD cat"
        ),
        pytest.param(
            "docker run -d -u 1000 -p 8080:80 -e X=1 --name c b sleep 1h", BUILDER, id="options that touch no file"
        ),
    ],
)
def test_a_keep_alive_run_is_a_create(tmp_path: Path, run: str, builder: str) -> None:
    outcome, new, messages = migrate(tmp_path, run, builder)
    assert outcome is Outcome.MIGRATED, messages
    assert new is not None
    assert "COPY --from=builder /out/app /app" in new
    builder_stage = new.split("\nFROM alpine\n")[0]
    assert "sleep" not in builder_stage and "tail" not in builder_stage
    assert [line for line in builder_stage.splitlines() if line.startswith("RUN")] == [
        "RUN mkdir /out && echo hi > /out/app"
    ]


@pytest.mark.parametrize(
    ("run", "builder", "reason"),
    [
        pytest.param(
            "docker run -d --name c b make",
            BUILDER,
            "`docker run --detach` has no equivalent",
            id="a detached build races the copy",
        ),
        pytest.param(
            "docker run -d -t --name c b",
            BUILDER,
            "the base image's default command",
            id="the command comes from a base image the tool cannot see",
        ),
        pytest.param(
            "docker run -d --tmpfs /out --name c b sleep 1h",
            BUILDER,
            "`docker run --tmpfs` has no equivalent",
            id="a tmpfs hides the copied directory",
        ),
        pytest.param(
            "docker run -d --name c b",
            BUILDER + 'ENTRYPOINT ["/build.sh"]\nCMD ["sleep", "1h"]\n',
            "`docker run --detach` has no equivalent",
            id="sleep handed to an entrypoint",
        ),
    ],
)
def test_a_run_that_may_change_the_files_is_refused(tmp_path: Path, run: str, builder: str, reason: str) -> None:
    outcome, _, messages = migrate(tmp_path, run, builder)
    assert outcome is Outcome.BLOCKED
    assert len(messages) == 1 and messages[0].startswith("MIG204") and reason in messages[0], messages


def test_run_env_the_caller_may_set_is_an_arg_given_by_the_remaining_build(tmp_path: Path) -> None:
    outcome, new, messages = migrate_files(tmp_path, 'docker run --name c -e V="$V" b make', prelude="V=${V:-dev}\n")
    assert outcome is Outcome.MIGRATED, messages
    assert 'ARG V="dev"\nRUN ["make"]' in new["Dockerfile"] and "ENV V" not in new["Dockerfile"]
    assert 'docker build --build-arg V="$V" -t app .' in new["build.sh"]


def test_run_env_with_a_literal_value_stays_an_env(tmp_path: Path) -> None:
    outcome, new, messages = migrate_files(tmp_path, "docker run --name c -e V=1 b make")
    assert outcome is Outcome.MIGRATED, messages
    assert 'ENV V="1"' in new["Dockerfile"] and "--build-arg" not in new["build.sh"]
