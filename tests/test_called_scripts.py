"""A flow split across scripts: the orchestrator runs another script (`./x.sh`, `sh x.sh`), which the tracer
follows in place (migrate/trace/interp.py) and the planner reduces like the orchestrator (plan/planner.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path, PurePosixPath

from migrate.outcome import Outcome
from migrate.parse.shell import parse_shell
from migrate.source import SourceFile
from migrate.trace.cp_rules import PathState
from migrate.trace.flow import FlowGraph
from migrate.trace.interp import Tracer
from migrate.trace.values import Value

BUILDER = "FROM alpine AS build\nRUN echo hi > /out.txt\n"
RUNTIME = "FROM alpine\nCOPY out.txt /out.txt\n"
FLOW = "docker build -t b -f Dockerfile.build .\ndocker create --name x b\ndocker cp x:/out.txt out.txt\n"


def trace(files: dict[str, str], main: str = "build.sh") -> FlowGraph:
    def read(rel: str) -> SourceFile | None:
        text = files.get(rel)
        return None if text is None else SourceFile(PurePosixPath(rel), text.encode())

    def checkout(path: str) -> tuple[PathState, bool]:
        return (PathState.FILE if path in files else PathState.ABSENT), False

    text = files[main]
    source = SourceFile(PurePosixPath(main), text.encode())
    return Tracer(parse_shell(text), source, ".", checkout, read).run()


def make_repo(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        if rel.endswith(".sh"):
            path.chmod(0o755)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True)
    return root


def test_called_script_is_traced_in_place() -> None:
    graph = trace({"build.sh": "./b.sh\ndocker build -t app .\n", "b.sh": FLOW})
    assert list(graph.called) == ["b.sh"]
    assert [e.dest for e in graph.extractions] == ["out.txt"]
    ex = graph.extractions[0].site
    assert ex.source is not None and str(ex.source.path) == "b.sh"
    assert ex.scope == (("script", 0, graph.called["b.sh"].order),)


def test_script_run_through_a_shell_with_options_is_traced() -> None:
    graph = trace({"build.sh": "bash -e scripts/b.sh\n", "scripts/b.sh": FLOW})
    assert list(graph.called) == ["scripts/b.sh"]
    assert len(graph.extractions) == 1


def test_shell_command_string_is_not_a_called_script() -> None:
    graph = trace({"build.sh": "sh -c ./b.sh\n", "b.sh": FLOW})
    assert graph.called == {}
    assert graph.extractions == []


def test_called_script_sees_only_exported_variables() -> None:
    callee = "docker build -t x$B .\ndocker build -t y$A .\n"
    graph = trace({"build.sh": "A=1\nexport B=2\n./b.sh\n", "b.sh": callee})
    exported, local = (b.tags[0] for b in graph.builds)
    assert exported == Value.of("x2")
    assert local.resolved is None  # $A is not exported: unset in the called script


def test_called_script_arguments_are_its_positional_parameters() -> None:
    graph = trace({"build.sh": 'V=1.2\n./b.sh "$V"\n', "b.sh": "docker build -t app:$1 .\n"})
    assert graph.builds[0].tags == [Value.of("app:1.2")]


def test_called_script_variables_and_directory_end_with_it() -> None:
    graph = trace({"build.sh": "./b.sh\ndocker build -t app:$T .\n", "b.sh": "T=9\ncd sub\n"})
    build = graph.builds[0]
    assert build.context == "."  # the cd happened in the other process
    assert build.tags[0].resolved is None  # and so did the assignment


def test_script_calling_itself_is_not_followed_again() -> None:
    graph = trace({"build.sh": "./build.sh\ndocker build -t app .\n"})
    assert graph.called == {}
    assert len(graph.builds) == 1


def test_unparsable_called_script_with_docker_is_reported() -> None:
    graph = trace({"build.sh": "./b.sh\n", "b.sh": "docker build -t x . (\n"})
    assert [d.code for d in graph.diagnostics] == ["MIG101"]


def test_flow_in_called_script_migrates_and_idle_script_is_deleted(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": BUILDER,
            "Dockerfile": RUNTIME,
            "b.sh": "#!/bin/sh\nset -e\necho building\n" + FLOW + "docker rm x\n",
            "build.sh": "#!/bin/sh\n./b.sh\ndocker build -t app .\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    changes = {c.path: c.new for c in result.changes}
    assert changes["b.sh"] is None
    assert changes["build.sh"] == b"#!/bin/sh\ndocker build -t app .\n"


def test_called_script_with_other_work_is_kept_with_its_call(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": BUILDER,
            "Dockerfile": RUNTIME,
            "b.sh": "#!/bin/sh\nmkdir -p logs\n" + FLOW,
            "build.sh": "#!/bin/sh\n./b.sh\ndocker build -t app .\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    changes = {c.path: c.new for c in result.changes}
    assert changes["b.sh"] == b"#!/bin/sh\nmkdir -p logs\n"
    assert "build.sh" not in changes  # nothing of the flow was in it but the runtime build, which stays


def test_called_script_is_not_planned_on_its_own_as_well(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": BUILDER,
            "Dockerfile": RUNTIME,
            "b.sh": FLOW,  # alone, it extracts a file no build uses (MIG302)
            "build.sh": "./b.sh\ndocker build -t app .\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED
    assert not any(d.code == "MIG302" for d in result.diagnostics)


def test_runtime_build_in_called_script_leaves_the_flow_to_that_script(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": BUILDER,
            "Dockerfile": RUNTIME,
            "b.sh": FLOW + "docker build -t app .\n",
            "build.sh": "echo start\n./b.sh\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED
    assert {c.path for c in result.changes} == {"Dockerfile", "Dockerfile.build", "b.sh"}
    assert result.flows[0].script == "b.sh"


def test_build_argument_of_called_script_without_known_value_is_refused(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": "ARG V\n" + BUILDER,
            "Dockerfile": RUNTIME,
            "b.sh": FLOW.replace("docker build ", 'docker build --build-arg V="$(date +%s)" '),
            "build.sh": "./b.sh\ndocker build -t app .\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.BLOCKED
    blocking = [d for d in result.diagnostics if d.blocking]
    assert [(d.code, d.path, d.line) for d in blocking] == [("MIG313", "b.sh", 1)]


def test_sourced_file_runs_in_the_callers_shell() -> None:
    graph = trace({"build.sh": ". ./env.sh\ndocker build -t app:$T .\n", "env.sh": "T=9\ncd sub\n"})
    build = graph.builds[0]
    assert build.tags == [Value.of("app:9")]
    assert build.context == "sub"
    assert graph.sourced == {"env.sh"}


def test_function_from_a_sourced_file_runs_that_files_text() -> None:
    lib = "jar() {\n" + FLOW + "}\n"
    graph = trace({"build.sh": "source lib.sh\njar\ndocker build -t app .\n", "lib.sh": lib})
    ex = graph.extractions[0].site
    assert ex.source is not None and str(ex.source.path) == "lib.sh"
    assert ex.scope[-1][0] == "function"


def test_sourced_file_left_with_variables_is_kept_with_its_source_line(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": BUILDER,
            "Dockerfile": RUNTIME,
            "lib.sh": "NAME=app\n" + FLOW,
            "build.sh": "#!/bin/sh\n. ./lib.sh\ndocker build -t $NAME .\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    changes = {c.path: c.new for c in result.changes}
    assert changes["lib.sh"] == b"NAME=app\n"
    assert "build.sh" not in changes


def test_assignment_used_by_a_called_script_is_kept(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    lib = "jar() {\n" + FLOW.replace("-t b", "-t $B").replace("x b", "x $B") + "}\nkeep() { echo $B; }\n"
    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": BUILDER,
            "Dockerfile": RUNTIME,
            "lib.sh": lib,
            "build.sh": "B=builder\n. ./lib.sh\njar\nkeep\ndocker build -t app .\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    changes = {c.path: c.new for c in result.changes}
    assert changes["build.sh"] == b"B=builder\n. ./lib.sh\nkeep\ndocker build -t app .\n"
    assert changes["lib.sh"] == b"keep() { echo $B; }\n"


def test_builder_steps_in_a_function_called_once_migrate_with_the_runtime_build_outside(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    script = "jar() {\n" + FLOW + "}\njar\ndocker build -t app .\n"
    repo = make_repo(tmp_path / "r", {"Dockerfile.build": BUILDER, "Dockerfile": RUNTIME, "build.sh": script})
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    assert {c.path: c.new for c in result.changes}["build.sh"] == b"docker build -t app .\n"


def test_builder_steps_in_a_function_called_twice_are_refused(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    script = "jar() {\n" + FLOW + "docker rm x\n}\njar\njar\ndocker build -t app .\n"
    repo = make_repo(tmp_path / "r", {"Dockerfile.build": BUILDER, "Dockerfile": RUNTIME, "build.sh": script})
    result = migrate_repo(repo)
    assert result.outcome is Outcome.BLOCKED
    assert "MIG313" in {d.code for d in result.diagnostics if d.blocking}  # runs twice, serves once


def test_script_run_many_times_is_parsed_once() -> None:
    files = {"build.sh": "./b.sh\n" * 50, "b.sh": "echo hi\n"}
    text = files["build.sh"]
    tracer = Tracer(
        parse_shell(text),
        SourceFile(PurePosixPath("build.sh"), text.encode()),
        ".",
        lambda _p: (PathState.ABSENT, False),
        lambda rel: SourceFile(PurePosixPath(rel), files[rel].encode()) if rel in files else None,
    )
    graph = tracer.run()
    assert list(tracer.parsed) == ["b.sh"]
    assert len([s for s in graph.sites if s.source is not None]) == 50


def test_scripts_running_each_other_are_followed_once_each() -> None:
    graph = trace({"build.sh": "./a.sh\n", "a.sh": "./b.sh\n", "b.sh": "./a.sh\n"})
    assert sorted(graph.called) == ["a.sh", "b.sh"]


def test_emptied_function_goes_with_its_calls_in_every_other_file(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": BUILDER,
            "Dockerfile": RUNTIME,
            "a.sh": "jar\nNAME=app\n",  # sourced first in file order, calls the function b.sh defines
            "b.sh": "jar() {\n" + FLOW + "}\n",
            "build.sh": ". ./b.sh\n. ./a.sh\ndocker build -t $NAME .\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    changes = {c.path: c.new for c in result.changes}
    assert changes["a.sh"] == b"NAME=app\n"
    assert changes["b.sh"] is None  # nothing left in it at all
    assert changes["build.sh"] == b". ./a.sh\ndocker build -t $NAME .\n"


def test_program_named_like_a_removed_function_in_a_run_script_stays(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    repo = make_repo(
        tmp_path / "r",
        {
            "Dockerfile.build": BUILDER,
            "Dockerfile": RUNTIME,
            "tools.sh": "#!/bin/sh\njar --version\n",  # runs in its own process: `jar` is the program there
            "build.sh": "jar() {\n" + FLOW + "}\njar\n./tools.sh\ndocker build -t app .\n",
        },
    )
    result = migrate_repo(repo)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    changes = {c.path: c.new for c in result.changes}
    assert "tools.sh" not in changes
    assert changes["build.sh"] == b"./tools.sh\ndocker build -t app .\n"
