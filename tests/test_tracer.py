"""migrate/trace/interp.py through Tracer on small scripts: values, docker events, host state and guards."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

import pytest

from migrate.parse.shell import parse_shell
from migrate.parse.shell_model import AndOr, Command, If
from migrate.source import SourceFile
from migrate.trace.cp_rules import CpOutcome, PathState
from migrate.trace.flow import FlowGraph
from migrate.trace.interp import Tracer
from migrate.trace.paths import REPO
from migrate.trace.values import Sym, Value

PREFIX = "docker build -t b -f Dockerfile.build .\ndocker create --name x b\n"


def trace(
    text: str, states: dict[str, PathState] | None = None, untracked: Iterable[str] = (), cwd: str = "."
) -> tuple[Tracer, FlowGraph]:
    states = states or {}
    left = set(untracked)

    def checkout(path: str) -> tuple[PathState, bool]:
        if path in left:
            return PathState.ABSENT, True
        return states.get(path, PathState.ABSENT), False

    tracer = Tracer(parse_shell(text), SourceFile(PurePosixPath("build.sh"), text.encode()), cwd, checkout)
    return tracer, tracer.run()


def codes(graph: FlowGraph) -> list[str]:
    return [d.code for d in graph.diagnostics]


@pytest.mark.parametrize(
    ("script", "name", "expected"),
    [
        pytest.param("A=x\n", "A", Value.of("x"), id="literal assignment"),
        pytest.param('A=x\nB="$A-y"\n', "B", Value.of("x-y"), id="quoted concatenation"),
        pytest.param('N=app\nB=$N"-builder"\n', "B", Value.of("app-builder"), id="adjacent quoted suffix"),
        pytest.param("A=x\nA+=y\n", "A", Value.of("xy"), id="append assignment"),
        pytest.param("B=${U:-dflt}\n", "B", Value.of(Sym("env:U:-dflt", "dflt")), id="default of unset variable"),
        pytest.param("A=set\nB=${A:-dflt}\n", "B", Value.of("set"), id="default not used when set"),
        pytest.param("A=\nB=${A:-dflt}\n", "B", Value.of("dflt"), id="colon default used when empty"),
        pytest.param("A=\nB=${A-dflt}\n", "B", Value.of(), id="dash default not used when empty"),
        pytest.param("B=${1:-one}\n", "B", Value.of(Sym("arg:1:-one", "one")), id="positional default"),
        pytest.param("B=$1\n", "B", Value.of(Sym("arg:1")), id="positional without default is unknown"),
        pytest.param("A=x\nB=${A:+set}\n", "B", Value.of("set"), id="alternative when set"),
        pytest.param("B=${U:=d}\nC=$U\n", "C", Value.of(Sym("env:U:=d", "d")), id="assign default sets the var"),
        pytest.param("export A=x\nB=$A\n", "B", Value.of("x"), id="export assigns"),
        pytest.param("B=$(date +%s)\n", "B", Value.of(Sym("cmd:date +%s")), id="command substitution is unknown"),
        pytest.param("B=${#A}\n", "B", Value.of(Sym("expr:${#A}")), id="length expansion is opaque"),
        pytest.param("B=$(pwd)/out\n", "B", Value.of(f"{REPO}/out"), id="pwd is the repository"),
        pytest.param("B=$PWD/out\n", "B", Value.of(f"{REPO}/out"), id="PWD is the repository"),
        pytest.param('B="$(dirname "$0")"\n', "B", Value.of(REPO), id="the script's directory"),
    ],
)
def test_value_propagation(script: str, name: str, expected: Value) -> None:
    tracer, _ = trace(script)
    assert tracer.env[name] == expected


def test_same_positional_unknown_compares_equal_everywhere() -> None:
    _, graph = trace("T=${1:-latest}\ndocker build -t app:$T .\ndocker build -t app:${1:-latest} .\n")
    assert graph.builds[0].tags == graph.builds[1].tags == [Value.of("app:", Sym("arg:1:-latest", "latest"))]


def test_if_join_makes_differing_values_unknown_and_equal_values_known() -> None:
    tracer, _ = trace("X=1\nY=1\nif c; then X=2; fi\nif c; then Y=1; else Y=1; fi\n")
    assert tracer.env["Y"] == Value.of("1")
    assert tracer.env["X"].literal is None


def test_loop_assignments_are_unknown_after_the_loop() -> None:
    tracer, _ = trace("Z=0\nfor i in $LIST; do Z=$i; done\n")
    assert tracer.env["Z"].literal is None


def test_for_over_literal_words_is_unrolled() -> None:
    tracer, graph = trace("for t in a b; do docker build -t $t .; done\n")
    assert [b.tags for b in graph.builds] == [[Value.of("a")], [Value.of("b")]]
    assert tracer.env["t"] == Value.of("b")


def test_subshell_does_not_leak_assignments() -> None:
    tracer, _ = trace("A=1\n( A=2 )\n")
    assert tracer.env["A"] == Value.of("1")


def test_build_records_dockerfile_context_tags_and_args() -> None:
    _, graph = trace("V=1\ndocker build --build-arg V=$V --target t -t app:1 -f docker/Dockerfile.build sub\n")
    (b,) = graph.builds
    assert (b.dockerfile, b.context, b.target, b.problem) == ("docker/Dockerfile.build", "sub", "t", None)
    assert [t.literal for t in b.tags] == ["app:1"]
    assert [(n, a.value.literal) for n, a in b.build_args] == [("V", "V=1")]


def test_build_default_dockerfile_is_in_the_context() -> None:
    _, graph = trace("docker build -t app ./sub/\n")
    assert (graph.builds[0].dockerfile, graph.builds[0].context) == ("sub/Dockerfile", "sub")


def test_captured_container_id_links_cp_and_rm() -> None:
    _, graph = trace("docker build -t b .\nid=$(docker create b)\ndocker cp $id:/a ./a\ndocker rm $id\n")
    (c,) = graph.containers
    assert c.build is graph.builds[0] and c.ref == Value.of(Sym("container:2"))
    assert graph.extractions[0].container is c
    assert graph.docker_uses[0].containers == [c]


def test_named_container_links_to_the_build_by_tag_with_implicit_latest() -> None:
    _, graph = trace("docker build -t b:latest .\ndocker create --name x b\ndocker cp x:/app/a.jar ./a.jar\n")
    (ex,) = graph.extractions
    assert ex.container.build is graph.builds[0]
    assert (ex.src, ex.dest, ex.outcome) == ("/app/a.jar", "a.jar", CpOutcome("a.jar", "/app/a.jar"))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("DOCKER=${DOCKER:-docker}\n$DOCKER", id="wrapper with a default"),
        pytest.param('DOCKER="sudo docker"\n$DOCKER', id="wrapper split into sudo docker"),
        pytest.param("sudo -E docker", id="sudo with an option"),
    ],
)
def test_docker_wrappers_are_traced(line: str) -> None:
    _, graph = trace(f"{line} build -t b .\n")
    assert [b.context for b in graph.builds] == ["."]


def test_status_check_is_associated_with_the_previous_command() -> None:
    _, graph = trace("docker build -t b .\nif [ $? -ne 0 ]; then\n  echo fail\n  exit 1\nfi\n")
    assert list(graph.status_checks) == [graph.builds[0].site.order]
    assert isinstance(graph.status_checks[1], If)


def test_or_exit_handler_keeps_the_chain_as_the_unit() -> None:
    _, graph = trace(PREFIX + "docker cp x:/a ./a || exit 1\n")
    site = graph.extractions[0].site
    assert isinstance(site.unit, AndOr) and site.guard is None
    assert [h.name for h in graph.host_steps] == []


def test_if_not_command_then_exit_is_the_commands_unit() -> None:
    _, graph = trace("if ! docker build -t b .; then\n  exit 1\nfi\n")
    site = graph.builds[0].site
    assert isinstance(site.unit, If) and site.guard is None


@pytest.mark.parametrize(
    ("script", "contexts"),
    [
        pytest.param("cd sub\ndocker build .\n", ["sub"], id="cd"),
        pytest.param("cd sub\ncd ..\ndocker build .\n", ["."], id="cd back up"),
        pytest.param(
            "pushd a\npushd b\ndocker build .\npopd\ndocker build .\npopd\ndocker build .\n", None, id="stack"
        ),
        pytest.param('cd "$(dirname "$0")"\ndocker build .\n', ["."], id="cd to the script's directory"),
    ],
)
def test_cd_pushd_popd_move_the_working_directory(script: str, contexts: list[str] | None) -> None:
    _, graph = trace(script)
    assert [b.context for b in graph.builds] == (contexts or ["a/b", "a", "."])


def test_cd_to_unknown_directory_blocks_docker_cp() -> None:
    _, graph = trace("cd $DIR\n" + PREFIX.replace("-f Dockerfile.build ", "") + "docker cp x:/a a\n")
    assert "MIG201" in codes(graph)


def test_build_after_cd_to_unknown_directory_has_a_problem() -> None:
    _, graph = trace("cd $DIR\ndocker build -t b .\n")
    (b,) = graph.builds
    assert b.problem is not None and b.context is None


def test_cd_host_step_names_the_directory_it_enters() -> None:
    _, graph = trace("cd sub\n")
    assert graph.host_steps[0].paths == ["sub"]


@pytest.mark.parametrize(
    ("script", "states", "host"),
    [
        pytest.param("docker cp x:/app/bin out\n", {}, "out", id="absent destination receives the source"),
        pytest.param("docker cp x:/app/bin out\n", {"out": PathState.DIR}, "out/bin", id="tracked dir from checkout"),
        pytest.param("mkdir out\ndocker cp x:/app/bin out\n", {}, "out/bin", id="mkdir makes a directory"),
        pytest.param("mkdir -p a/b\ndocker cp x:/app/bin a/b\n", {}, "a/b/bin", id="mkdir -p makes parents"),
        pytest.param(
            "rm -rf out\ndocker cp x:/app/bin out\n", {"out": PathState.DIR}, "out", id="rm -rf makes it absent"
        ),
        pytest.param(
            "rm -rf out\nmkdir out\ndocker cp x:/app/bin out\n", {}, "out/bin", id="rm then mkdir is a directory"
        ),
    ],
)
def test_destination_state_tracked_for_docker_cp(script: str, states: dict[str, PathState], host: str) -> None:
    _, graph = trace(PREFIX + script, states)
    assert [e.outcome.host for e in graph.extractions] == [host]
    assert codes(graph) == []


def test_mkdir_without_p_does_not_make_parents() -> None:
    _, graph = trace(PREFIX + "mkdir a/b\ndocker cp x:/app/bin a/b/c\n")
    assert [e.outcome.host for e in graph.extractions] == ["a/b/c"]
    _, graph = trace(PREFIX + "docker cp x:/app/bin a/b\n")
    assert codes(graph) == ["MIG208"]


def test_second_copy_to_the_same_destination_is_unknown() -> None:
    _, graph = trace(PREFIX + "docker cp x:/a out\ndocker cp x:/b out\n")
    assert codes(graph) == ["MIG208"]


def test_untracked_but_present_destination_is_absent_with_note() -> None:
    _, graph = trace(PREFIX + "docker cp x:/app/bin out\n", {"out": PathState.DIR}, untracked=["out"])
    assert [e.outcome.host for e in graph.extractions] == ["out"]
    assert codes(graph) == ["MIG209"]
    assert graph.diagnostics[0].line == 3


@pytest.mark.parametrize(
    ("line", "code"),
    [
        pytest.param("docker cp x:/a /tmp/a\n", "MIG207", id="absolute destination outside"),
        pytest.param("docker cp x:/a ../a\n", "MIG207", id="relative destination outside"),
        pytest.param("docker cp y:/a a\n", "MIG203", id="container not created here"),
        pytest.param("docker cp x:/a x:/b\n", "MIG202", id="container to container"),
        pytest.param("docker cp x:/a -\n", "MIG202", id="tar stream to stdout"),
        pytest.param("docker cp x:$P a\n", "MIG201", id="unresolved container path"),
        pytest.param("docker cp x:/a\n", "MIG202", id="missing destination"),
    ],
)
def test_untraceable_docker_cp(line: str, code: str) -> None:
    _, graph = trace(PREFIX + line)
    assert codes(graph) == [code]
    assert graph.extractions == [] and graph.extraction_attempts == 1


def test_copy_into_a_container_is_a_use_not_an_extraction() -> None:
    _, graph = trace(PREFIX + "docker cp ./a x:/a\n")
    assert graph.extraction_attempts == 0
    assert [u.call.verb for u in graph.docker_uses] == ["cp"]


@pytest.mark.parametrize(
    ("script", "guard"),
    [
        pytest.param("docker build -t b .\n", None, id="top level"),
        pytest.param("if true; then docker build -t b .; fi\n", "if", id="inside if"),
        pytest.param("for i in $L; do docker build -t b .; done\n", "loop", id="inside loop"),
        pytest.param("for i in 1; do docker build -t b .; done\n", "for-item", id="inside an unrolled for"),
        pytest.param("while c; do docker build -t b .; done\n", "loop", id="inside while"),
        pytest.param("f() {\n  docker build -t b .\n}\nf\n", "function", id="inside a called function"),
        pytest.param("( docker build -t b . )\n", "subshell", id="inside a subshell"),
        pytest.param("false || docker build -t b .\n", "condition", id="right of or"),
        pytest.param("{ docker build -t b .; }\n", None, id="brace group is not a guard"),
    ],
)
def test_guards_recorded_on_sites(script: str, guard: str | None) -> None:
    _, graph = trace(script)
    assert [b.site.guard for b in graph.builds] == [guard]


def test_uncalled_function_is_not_traced() -> None:
    _, graph = trace("f() {\n  docker build -t b .\n}\n")
    assert graph.builds == []


def test_assignments_recorded_with_export() -> None:
    _, graph = trace("A=1 B=2\nexport C=3\n")
    assert [(a.names, a.exported) for a in graph.assignments] == [(("A", "B"), False), (("C",), True)]
    assert isinstance(graph.assignments[0].site.command, Command)


def test_captured_docker_command_is_no_variable_to_tidy_away() -> None:
    _, graph = trace("id=$(docker build -q .)\nname=app\n")
    assert [a.names for a in graph.assignments] == [("name",)]


def test_build_context_streamed_from_a_container_is_refused() -> None:
    _, graph = trace("docker build -t b .\ndocker run --rm b | docker build -t app -\n")
    assert codes(graph) == ["MIG213"]
    assert graph.extraction_attempts == 1


def test_build_context_from_a_file_on_stdin_is_not_a_streamed_container() -> None:
    _, graph = trace("tar -c . | docker build -t app -\n")
    assert codes(graph) == []


# --- regions the reader could not read (Opaque UNREAD, parse/shell.py) ----------------------------------

# `for NAME do` (no `in`) is valid bash that tree-sitter-bash does not read, and bashlex reads no `[[ ]]`
UNREAD_REGION = "[[ -n $X ]] && echo\nfor f do OUT=$f; done\n"


def test_flow_that_does_not_depend_on_an_unread_region_is_traced() -> None:
    _, graph = trace(UNREAD_REGION + PREFIX + "docker cp x:/app/app.jar app.jar\n")
    assert "MIG110" not in codes(graph) and "MIG201" not in codes(graph)
    assert [e.dest for e in graph.extractions] == ["app.jar"]


def test_value_an_unread_region_may_change_is_refused_at_the_region() -> None:
    _, graph = trace("OUT=out\n" + UNREAD_REGION + PREFIX + "docker cp x:/app/app.jar $OUT/app.jar\n")
    (said,) = [d for d in graph.diagnostics if d.code == "MIG110"]
    assert said.line == 3 and "`$OUT`" in said.message and "docker cp" in said.message


def test_working_directory_after_an_unread_region_that_may_cd_is_unknown_and_says_why() -> None:
    _, graph = trace("[[ -n $X ]] && echo\nfor d do cd $d; done\ndocker build -t b -f Dockerfile.build .\n")
    (build,) = graph.builds
    assert build.problem is not None and "line 2 of build.sh could not be read" in build.problem


def test_docker_inside_an_unread_region_is_refused_there() -> None:
    _, graph = trace("[[ -n $X ]] && echo\nfor f do docker build -t b $f; done\n")
    (said,) = [d for d in graph.diagnostics if d.code == "MIG110"]
    assert said.line == 2 and "runs docker" in said.message


@pytest.mark.parametrize(
    ("text", "names", "cwd"),
    [
        pytest.param("for f do X=$f; done", {"X", "f"}, False, id="assignments and the loop variable"),
        pytest.param("for f do cd $f; done", {"f"}, True, id="cd changes the directory"),
        pytest.param("for f do read line; done", None, False, id="read may set any variable"),
        pytest.param("for f do . ./env.sh; done", None, True, id="sourcing may change anything"),
        pytest.param("for f do setup $f; done", None, True, id="a function call may change anything"),
        pytest.param("for f do echo ${Y:=d}; done", {"f", "Y"}, False, id="assigning default"),
    ],
)
def test_region_effects_are_read_from_its_text(text: str, names: set[str] | None, cwd: bool) -> None:
    from migrate.trace.unread import region_effects

    assert region_effects(text, {"setup"}) == (names, cwd)


# --- values as a person reads them ---------------------------------------------------------------------


def test_docker_command_set_in_both_branches_is_docker() -> None:
    text = 'if [ "$(id -u)" -ne 0 ]; then DOCKER="sudo docker"; else DOCKER=docker; fi\n' + PREFIX.replace(
        "docker ", "$DOCKER "
    )
    _, graph = trace(text + "$DOCKER cp x:/app/app.jar app.jar\n")
    assert [e.dest for e in graph.extractions] == ["app.jar"]
    assert any("`$DOCKER` is `docker` or `sudo docker`" in a for a in graph.assumptions)


def test_branches_that_run_different_programs_stay_unknown() -> None:
    tracer, _ = trace('if [ -n "$X" ]; then D=docker; else D=echo; fi\n')
    assert tracer.env["D"].literal is None


def test_basename_of_a_literal_is_evaluated_wherever_it_points() -> None:
    tracer, _ = trace("N=$(basename /opt/dist/app.jar)\nD=$(dirname /opt/dist/app.jar)\n")
    assert tracer.env["N"] == Value.of("app.jar") and tracer.env["D"] == Value.of("/opt/dist")


@pytest.mark.parametrize(
    "script",
    [
        pytest.param('PROXY=""\nP="$($PROXY)"\n', id="a command held in an empty variable"),
        pytest.param("P=$(--)\n", id="a command that is only an option"),
    ],
)
def test_a_command_substitution_whose_command_is_empty_is_an_unknown_not_a_crash(script: str) -> None:
    tracer, _ = trace(script)
    assert tracer.env["P"].literal is None


def _trace_at(path: str, text: str, cwd: str) -> Tracer:
    tracer = Tracer(
        parse_shell(text), SourceFile(PurePosixPath(path), text.encode()), cwd, lambda p: (PathState.ABSENT, False)
    )
    tracer.run()
    return tracer


@pytest.mark.parametrize(
    "idiom",
    [
        pytest.param('ROOT=$(cd $(dirname "$0")/..; pwd)', id="cd then pwd after a semicolon"),
        pytest.param('ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"', id="BASH_SOURCE and &&"),
        pytest.param('ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd -P)', id="CDPATH, -- and pwd -P"),
    ],
)
def test_directory_computed_from_the_script_location_resolves(idiom: str) -> None:
    tracer = _trace_at("scripts/build.sh", idiom + "\nOUT=$ROOT/out\n", "scripts")
    assert tracer.env["OUT"] == Value.of(f"{REPO}/out")
    assert any("the script's own path" in a for a in tracer.graph.assumptions)


# --- cleanup of the flow's containers and images, and checks of captured ids ----------------------------


@pytest.mark.parametrize(
    ("line", "verb"),
    [
        pytest.param("docker stop x", "stop", id="stop"),
        pytest.param("docker container kill x", "kill", id="container kill"),
        pytest.param("docker image ls -q b", "images", id="image ls"),
    ],
)
def test_container_and_image_verbs_are_read(line: str, verb: str) -> None:
    _, graph = trace(PREFIX + line + "\n")
    assert [u.call.verb for u in graph.docker_uses] == [verb]


def test_images_quiet_gives_the_builder_image_id() -> None:
    tracer, graph = trace(PREFIX + "IMG=$(docker images -q b)\n")
    (build,) = graph.builds
    assert build.image_id is not None and tracer.env["IMG"] == build.image_id


def test_minus_z_check_of_a_capture_is_the_captures_status_check() -> None:
    text = PREFIX + 'CID=$(docker create b)\nif [ -z "${CID}" ]; then\n  echo none >&2\n  exit 1\nfi\n'
    _, graph = trace(text)
    assert len(graph.status_checks) == 1


def test_minus_z_check_of_another_variable_is_not_a_status_check() -> None:
    text = PREFIX + 'CID=$(docker create b)\nif [ -z "${OTHER}" ]; then\n  exit 1\nfi\n'
    _, graph = trace(text)
    assert graph.status_checks == {}


def test_docker_start_of_a_created_container_is_recorded_on_it() -> None:
    _, graph = trace(PREFIX + "docker start -ai x\n")
    (container,) = graph.containers
    assert container.started is not None and container.started.command.name == "docker"


@pytest.mark.parametrize(
    ("line", "paths"),
    [
        pytest.param("chmod +x app", ["app"], id="chmod: a mode is no file"),
        pytest.param("chmod -x app", ["app"], id="chmod: a mode that looks like an option"),
        pytest.param("chown 1000:1000 out", ["out"], id="chown: an owner is no file"),
        pytest.param("chmod --reference=ref app", ["app"], id="chmod --reference: every operand is a file"),
        pytest.param("sed 's/a/b/' conf", ["conf"], id="sed: the script is no file"),
        pytest.param("sed -e 's/a/b/' conf", ["conf"], id="sed -e: every operand is a file"),
        pytest.param("grep -q needle notes.txt", ["notes.txt"], id="grep: the pattern is no file"),
        pytest.param("cp a b", ["a", "b"], id="cp: both are files"),
    ],
)
def test_host_step_paths_leave_out_modes_owners_and_scripts(line: str, paths: list[str]) -> None:
    _, graph = trace(line + "\n")
    (step,) = graph.host_steps
    assert step.paths == paths


def test_repository_file_mounted_into_a_service_is_no_extraction() -> None:
    states = {"db/schema.sql": PathState.FILE}
    _, graph = trace('docker run -d -v "$PWD/db/schema.sql":/init/10.sql postgres\n', states)
    assert graph.extractions == []


def test_directory_mounted_into_an_image_the_script_does_not_build_stays_an_extraction() -> None:
    _, graph = trace('docker run --rm -v "$PWD/out":/out golang:1.22 go build -o /out/app\n')
    assert [e.dest for e in graph.extractions] == ["out"]


@pytest.mark.parametrize(
    ("line", "runs"),
    [
        pytest.param("docker-compose run --rm build", True, id="docker-compose run"),
        pytest.param("docker compose -f ci.yml run build make", True, id="docker compose with a file option"),
        pytest.param("docker-compose build server", False, id="compose build is no run"),
        pytest.param("docker-compose up -d db", False, id="compose up"),
    ],
)
def test_compose_service_runs_are_recorded(line: str, runs: bool) -> None:
    _, graph = trace(line + "\n")
    assert bool(graph.compose_runs) is runs


def test_a_builder_output_sent_to_a_file_of_unknown_name_is_refused_not_passed_over() -> None:
    _, graph = trace(
        "docker build -t b -f Dockerfile.build .\n"
        'docker run --rm b cat /go/bin/app > "$(basename cmd/*)"\n'
        "docker build -t app .\n"
    )
    assert codes(graph) == ["MIG201"] and graph.extraction_attempts == 1
    assert '`"$(basename cmd/*)"` that `docker run` writes its output to' in graph.diagnostics[0].message


def test_the_output_of_an_image_the_script_does_not_build_is_no_flow() -> None:
    _, graph = trace('docker run --rm alpine date > "$LOG"\n')
    assert codes(graph) == [] and graph.extraction_attempts == 0


def test_basename_of_a_pattern_is_unknown_the_shell_expands_it_first() -> None:
    tracer, _ = trace("N=$(basename cmd/*)\nQ=$(basename 'cmd/*')\n")
    assert tracer.env["N"].literal is None and tracer.env["Q"] == Value.of("*")


def test_a_read_only_mount_is_no_extraction() -> None:
    _, graph = trace(
        "docker build -t b -f Dockerfile.build .\n"
        'docker run --rm -v "$PWD:/src:ro" -v "$PWD/out:/src/out" -v "$PWD/conf:/etc/x:ro,z" b make\n'
    )
    assert [(e.via, e.dest) for e in graph.extractions] == [("mount", "out")]
