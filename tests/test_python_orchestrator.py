"""Python orchestrators read with libcst into the shell model, the docker SDK included."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from migrate.diagnostics import Diagnostic, Severity
from migrate.frontends.python import PYTHON
from migrate.outcome import Outcome
from migrate.parse.python_orch import parse_python
from migrate.parse.shell_bashlex import SourceSyntaxError
from migrate.parse.shell_model import Command, Function, Node, Pipeline
from migrate.parse.words import CmdSub, Lit, Param
from migrate.pipeline import migrate_repo
from migrate.source import SourceFile
from migrate.trace.cp_rules import PathState
from migrate.trace.flow import FlowGraph
from migrate.trace.interp import Tracer


def body(src: str) -> list[Node]:
    """The script's top-level nodes but its imports (assignments of the module names)."""
    return [n for n in parse_python(src).body.stmts if not src[n.start : n.end].startswith(("import ", "from "))]


def commands(src: str) -> list[Command]:
    return [n for n in body(src) if isinstance(n, Command)]


def test_list_argv_elements_are_one_word_each() -> None:
    (cmd,) = commands('import subprocess\nsubprocess.run(["docker", "build", "-t", "a b", "."])\n')
    assert [w.parts for w in cmd.words] == [
        (Lit("docker", True),),
        (Lit("build", True),),
        (Lit("-t", True),),
        (Lit("a b", True),),
        (Lit(".", True),),
    ]


def test_command_span_is_the_whole_statement() -> None:
    src = 'import os\nos.system("docker rm x")\n'
    (cmd,) = commands(src)
    assert src[cmd.start : cmd.end] == 'os.system("docker rm x")'


def test_shell_string_is_parsed_where_it_stands() -> None:
    src = 'import subprocess\nsubprocess.check_call("docker cp x:/a ./a", shell=True)\n'
    (cmd,) = commands(src)
    assert [src[w.start : w.end] for w in cmd.words] == ["docker", "cp", "x:/a", "./a"]


def test_f_string_names_become_variables() -> None:
    (cmd,) = commands('import subprocess\nsubprocess.run(["docker", "cp", f"{cid}:/out/app", "."])\n')
    parts = cmd.words[2].parts
    assert isinstance(parts[0], Param) and parts[0].name == "cid" and parts[1] == Lit(":/out/app", True)


def test_captured_output_is_a_command_substitution() -> None:
    src = 'import subprocess\ncid = subprocess.check_output(["docker", "create", "b"]).decode().strip()\n'
    script = parse_python(src)
    (assign,) = commands(src)
    (part,) = assign.assigns[0].value.parts
    assert isinstance(part, CmdSub) and isinstance(script.cmdsubs[part.start], Command)


def test_wrapper_function_calls_are_commands() -> None:
    src = 'import subprocess\ndef sh(*args):\n    subprocess.run(args, check=True)\nsh("docker", "rm", "x")\n'
    nodes = body(src)
    assert isinstance(nodes[0], Function)
    assert isinstance(nodes[1], Command) and nodes[1].words[0].parts[0] == Lit("docker", True)


def test_main_guard_body_is_top_level() -> None:
    src = 'import os\nif __name__ == "__main__":\n    os.system("docker rm x")\n'
    assert len(commands(src)) == 1


def test_file_operations_become_shell_commands() -> None:
    (cmd,) = commands('import shutil\nshutil.rmtree("out")\n')
    assert [w.parts[0] for w in cmd.words] == [Lit("rm", True), Lit("-rf", True), Lit("out", True)]


def test_python_syntax_error_is_a_syntax_error_with_a_location() -> None:
    with pytest.raises(SourceSyntaxError) as info:
        parse_python("import os\nos.system(\n")
    assert info.value.offset is not None


# -- the docker SDK (python_sdk.py, python_archive.py) ---------------------------------------------------

HEAD = "#!/usr/bin/env python3\nimport io\nimport tarfile\n\nimport docker\n\nclient = docker.from_env()\n"
BUILDER = 'client.images.build(path=".", dockerfile="Dockerfile.build", tag="b")\n'
CREATE = 'c = client.containers.create("b")\n'
ARCHIVE = 'stream, stat = c.get_archive("/out/app")\n'
EXTRACT = 'tarfile.open(fileobj=io.BytesIO(b"".join(stream))).extractall("out")\n'
REMOVE = "c.remove()\n"
RUNTIME = 'client.images.build(path=".", tag="app")\n'
KEPT = "#!/usr/bin/env python3\n\nimport docker\n\nclient = docker.from_env()\n"


def trace_python(src: str) -> FlowGraph:
    tracer = Tracer(
        parse_python(src),
        SourceFile(PurePosixPath("build.py"), src.encode()),
        ".",
        lambda path: (PathState.ABSENT, False),
    )
    return tracer.run()


def sdk_codes(graph: FlowGraph) -> list[str]:
    return [d.code for d in graph.diagnostics if d.code != "MIG209"]


def migrate_python(
    root: Path, script: str, builder: str = 'FROM alpine\nARG V=0\nRUN make\nCMD ["sh"]\n'
) -> tuple[Outcome, str, list[Diagnostic]]:
    (root / "Dockerfile.build").write_text(builder)
    (root / "Dockerfile").write_text("FROM alpine\nCOPY out/app /app\n")
    (root / "build.py").write_text(script)
    result = migrate_repo(root)
    new = {c.path: c.new for c in result.changes}.get("build.py")
    errors = [d for d in result.diagnostics if d.severity is not Severity.NOTE]
    return result.outcome, "" if new is None else new.decode(), errors


def test_sdk_images_build_is_docker_build_reading_the_dockerfile_inside_the_context() -> None:
    src = (
        "import docker\nclient = docker.from_env()\n"
        'client.images.build(path="app", dockerfile="Dockerfile.build", tag="b", buildargs={"V": "1"}, '
        'target="t", nocache=True, timeout=60)\n'
    )
    (build,) = trace_python(src).builds
    assert (build.dockerfile, build.context, build.target) == ("app/Dockerfile.build", "app", "t")
    assert [t.literal for t in build.tags] == ["b"]
    assert [(n, a.value.literal) for n, a in build.build_args] == [("V", "V=1")]
    assert "no-cache" in build.call.flags


def test_sdk_statements_span_their_whole_statement() -> None:
    src = HEAD + BUILDER + CREATE + REMOVE
    spans = [src[n.start : n.end] for n in body(src)]
    assert spans[-3:] == [BUILDER.strip(), CREATE.strip(), REMOVE.strip()]


def test_sdk_created_container_is_captured_and_linked_to_its_build() -> None:
    graph = trace_python(HEAD + BUILDER + CREATE + ARCHIVE + EXTRACT + REMOVE + RUNTIME)
    (container,) = graph.containers
    (extraction,) = graph.extractions
    assert container.build is graph.builds[0] and extraction.container is container
    assert (extraction.src, extraction.dest, extraction.via) == ("/out/app", "out", "tar")


def test_sdk_get_archive_from_memory_is_one_tar_pipe_over_both_statements() -> None:
    src = HEAD + BUILDER + CREATE + ARCHIVE + EXTRACT
    pipe = body(src)[-1]
    assert isinstance(pipe, Pipeline) and src[pipe.start : pipe.end] == (ARCHIVE + EXTRACT).strip()
    cp, tar = pipe.items
    assert isinstance(cp, Command) and isinstance(tar, Command)
    assert [w.text for w in cp.words[:2]] + [w.text for w in tar.words[:3]] == ["docker", "cp", "tar", "-x", "-C"]


def test_sdk_extractall_makes_a_missing_directory_as_python_does() -> None:
    graph = trace_python(HEAD + BUILDER + CREATE + ARCHIVE + EXTRACT)
    assert sdk_codes(graph) == [] and graph.extractions[0].outcome.host == "out/app"


def test_sdk_get_archive_through_a_file_removed_right_after_is_one_step() -> None:
    through_file = (
        'with open("app.tar", "wb") as f:\n    for chunk in stream:\n        f.write(chunk)\n'
        'with tarfile.open("app.tar") as tar:\n    tar.extractall(path="out")\nos.remove("app.tar")\n'
    )
    src = "import os\n" + HEAD + BUILDER + CREATE + ARCHIVE + through_file
    pipe = body(src)[-1]
    assert isinstance(pipe, Pipeline) and src[pipe.start : pipe.end] == (ARCHIVE + through_file).strip()
    assert trace_python(src).extractions[0].outcome.host == "out/app"


@pytest.mark.parametrize(
    ("extraction", "message"),
    [
        pytest.param(
            'with open("app.tar", "wb") as f:\n    f.write(b"".join(stream))\ntarfile.open("app.tar").extractall()\n',
            "stays on the host",
            id="the archive file left on the host",
        ),
        pytest.param(
            'tarfile.open(fileobj=io.BytesIO(b"".join(stream))).extractall("out", filter="data")\n',
            "changes what it extracts",
            id="the data filter",
        ),
        pytest.param(
            'tarfile.open(fileobj=io.BytesIO(b"".join(stream))).extractall("out", members=[m])\n',
            "part of the archive",
            id="some members",
        ),
        pytest.param(
            'tarfile.open(fileobj=io.BytesIO(b"".join(stream)), mode="r:gz").extractall("out")\n',
            "mode other than",
            id="a compressed mode",
        ),
        pytest.param('print("got it")\n' + EXTRACT, "not extracted right away", id="a statement in between"),
        pytest.param("", "not extracted right away", id="never extracted"),
    ],
)
def test_sdk_archive_not_extracted_as_docker_cp_would_is_refused(extraction: str, message: str) -> None:
    graph = trace_python(HEAD + BUILDER + CREATE + ARCHIVE + extraction + RUNTIME)
    assert sdk_codes(graph) == ["MIG211"] and message in graph.diagnostics[0].message
    assert graph.extraction_attempts == 1 and not graph.extractions  # blocked, never "nothing to migrate"


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        pytest.param("api = docker.APIClient()\napi.build(path='.')\n", "APIClient", id="the low-level client"),
        pytest.param("client.api.remove_container(c)\n", "APIClient", id="the client's api attribute"),
        pytest.param(CREATE + "c.start()\n", "`c.start()` is not modelled", id="another container method"),
        pytest.param("client.images.get('b')\n", "is not modelled", id="another collection method"),
        pytest.param(
            "client.containers.run('b', 'make', detach=True)\n", "runs on while the script goes on", id="detached"
        ),
        pytest.param(
            "client.containers.run('b', 'make', volumes={'./out': {'bind': '/out', 'mode': 'rw'}})\n",
            "host path of the mount is relative",
            id="a relative bind mount",
        ),
        pytest.param(
            "client.containers.run('b', 'make', volumes={OUT: {'bind': '/out', 'mode': 'ro'}})\n",
            "plain read-write",
            id="a read-only bind mount",
        ),
        pytest.param("client.images.build(path='.', container_limits={})\n", "no docker command", id="a keyword"),
        pytest.param("client.images.build(fileobj=f)\n", "no docker command", id="a file object context"),
        pytest.param("client.images.build(**options)\n", "passed with **", id="unpacked keywords"),
        pytest.param("if client.images.build(path='.'):\n    pass\n", "head of a compound", id="in an if head"),
        pytest.param("logs = list(client.images.build(path='.')[1])\n", "not modelled", id="inside an expression"),
        pytest.param("client.images.build(path='.', dockerfile=NAME)\n", "absolute or inside", id="a dockerfile"),
    ],
)
def test_sdk_use_that_cannot_be_modelled_is_refused_where_it_stands(statement: str, message: str) -> None:
    src = HEAD + "import os\nOUT = os.path.join(os.getcwd(), 'out')\nNAME = os.environ['NAME']\n" + statement
    graph = trace_python(src)
    (diag,) = graph.diagnostics
    assert diag.code == "MIG211" and message in diag.message
    assert diag.line is not None and diag.line > src[: src.index(statement)].count("\n")  # at the statement


def test_sdk_string_command_is_split_as_docker_py_splits_it() -> None:
    src = HEAD + BUILDER + "client.containers.run('b', \"sh -c 'make all'\", remove=True)\n"
    (container,) = trace_python(src).containers
    assert [v.literal for v in container.command] == ["sh", "-c", "make all"] and container.auto_remove


def test_sdk_bind_mount_of_an_absolute_host_path_is_a_mount_extraction() -> None:
    src = (
        HEAD
        + BUILDER
        + "client.containers.run('b', ['cp', '/out/app', '/x/'], volumes={f'{os.getcwd()}/out': '/x'}, remove=True)\n"
    )
    graph = trace_python("import os\n" + src)
    (extraction,) = graph.extractions
    assert (extraction.via, extraction.src, extraction.dest) == ("mount", "/x", "out")


def test_sdk_log_loop_after_a_build_goes_with_the_build() -> None:
    loop = 'for chunk in logs:\n    if "stream" in chunk:\n        print(chunk["stream"], end="")\n'
    build = 'image, logs = client.images.build(path=".", dockerfile="Dockerfile.build", tag="b")\n'
    src = HEAD + build + loop
    cmd = body(src)[-1]
    assert isinstance(cmd, Command) and src[cmd.start : cmd.end] == (build + loop).strip()


def test_sdk_names_are_bound_for_the_planner_only_when_read_elsewhere() -> None:
    src = HEAD + BUILDER + CREATE + ARCHIVE + EXTRACT + 'print(stat["size"])\n'
    pipe = body(src)[-1]
    assert isinstance(pipe, Pipeline) and isinstance(pipe.items[0], Command)
    assert [a.name for a in pipe.items[0].assigns] == ["stat"]  # `stream` is read only by the extraction


def test_sdk_flow_migrates_and_keeps_the_runtime_build(tmp_path: Path) -> None:
    outcome, new, errors = migrate_python(tmp_path, HEAD + BUILDER + CREATE + ARCHIVE + EXTRACT + REMOVE + RUNTIME)
    assert (outcome, errors) == (Outcome.MIGRATED, []) and new == KEPT + RUNTIME


def test_sdk_runtime_build_takes_the_builders_build_args_into_its_dict(tmp_path: Path) -> None:
    builder = 'client.images.build(path=".", dockerfile="Dockerfile.build", tag="b", buildargs={"V": VERSION})\n'
    runtime = 'client.images.build(\n    path=".",\n    buildargs={"W": "1"},\n)\n'
    script = HEAD + 'VERSION = "2"\n' + builder + CREATE + ARCHIVE + EXTRACT + REMOVE + runtime
    outcome, new, errors = migrate_python(tmp_path, script)
    assert (outcome, errors) == (Outcome.MIGRATED, [])
    assert new == KEPT + 'client.images.build(\n    path=".",\n    buildargs={"W": "1", "V": "2"},\n)\n'


def test_sdk_runtime_build_gets_buildargs_and_nocache_keywords_when_it_has_none(tmp_path: Path) -> None:
    builder = (
        'client.images.build(path=".", dockerfile="Dockerfile.build", tag="b", buildargs={"V": "2"}, nocache=True)\n'
    )
    runtime = 'client.images.build(path=".", tag="app", nocache=False)\n'
    outcome, new, _ = migrate_python(tmp_path, HEAD + builder + CREATE + ARCHIVE + EXTRACT + REMOVE + runtime)
    assert outcome is Outcome.MIGRATED
    assert new == KEPT + 'client.images.build(path=".", tag="app", nocache=True, buildargs={"V": "2"})\n'


def test_cli_builder_with_an_sdk_runtime_is_refused(tmp_path: Path) -> None:
    builder = 'subprocess.run(["docker", "build", "-t", "b", "-f", "Dockerfile.build", "."], check=True)\n'
    outcome, _, errors = migrate_python(
        tmp_path, "import subprocess\n" + HEAD + builder + CREATE + ARCHIVE + EXTRACT + REMOVE + RUNTIME
    )
    assert outcome is Outcome.BLOCKED and [d.code for d in errors] == ["MIG212"]


def test_sdk_builder_args_reach_a_subprocess_runtime_as_literals(tmp_path: Path) -> None:
    builder = 'client.images.build(path=".", dockerfile="Dockerfile.build", tag="b", buildargs={"V": "2"})\n'
    runtime = 'subprocess.run(["docker", "build", "-t", "app", "."], check=True)\n'
    outcome, new, _ = migrate_python(
        tmp_path, "import subprocess\n" + HEAD + builder + CREATE + ARCHIVE + EXTRACT + REMOVE + runtime
    )
    assert outcome is Outcome.MIGRATED
    assert new.endswith('subprocess.run(["docker", "build", "--build-arg", "V=2", "-t", "app", "."], check=True)\n')


def test_sdk_builder_image_still_read_after_the_migration_is_refused(tmp_path: Path) -> None:
    builder = 'image = client.images.build(path=".", dockerfile="Dockerfile.build", tag="b")[0]\n'
    create = "c = client.containers.create(image.id)\n"
    script = HEAD + builder + create + ARCHIVE + EXTRACT + REMOVE + RUNTIME + "print(image.id)\n"
    outcome, _, errors = migrate_python(tmp_path, script)
    assert outcome is Outcome.BLOCKED and [d.code for d in errors] == ["MIG313"]


def test_sdk_runtime_build_bound_to_the_builders_names_is_kept(tmp_path: Path) -> None:
    loop = "for line in logs:\n    print(line)\n"
    builder = 'image, logs = client.images.build(path=".", dockerfile="Dockerfile.build", tag="b")\n' + loop
    runtime = 'image, logs = client.images.build(path=".", tag="app")\n' + loop
    create = "c = client.containers.create(image)\n"
    outcome, new, _ = migrate_python(tmp_path, HEAD + builder + create + ARCHIVE + EXTRACT + REMOVE + runtime)
    assert outcome is Outcome.MIGRATED and new == KEPT + runtime


def test_python_assignment_targets_strings_and_comments_read_no_variable() -> None:
    text = 'image, logs = build()\n# the image\nprint("image", f"{tag}")\nx.image = 1\n'
    assert not PYTHON.uses_variable(text, "image") and PYTHON.uses_variable(text, "tag")
    assert PYTHON.uses_variable("images[image] = 1\n", "image")


def test_variable_named_only_in_comments_and_strings_is_not_used(tmp_path: Path) -> None:
    builder = 'image = client.images.build(path=".", dockerfile="Dockerfile.build", tag="b")[0]\n'
    create = "c = client.containers.create(image)\n"
    tail = '# the runtime image\nprint("image built")\n'
    outcome, new, _ = migrate_python(tmp_path, HEAD + builder + create + ARCHIVE + EXTRACT + REMOVE + RUNTIME + tail)
    assert outcome is Outcome.MIGRATED and new == KEPT + RUNTIME + tail


def test_imports_only_removed_statements_used_are_removed_too() -> None:
    src = "import io, tarfile\nfrom docker import from_env\nimport json\n"
    cmds = [n for n in parse_python(src).body.stmts if isinstance(n, Command)]
    assert [[a.name for a in c.assigns] for c in cmds] == [["io", "tarfile"], ["from_env"]]  # json: not a flow module


def test_f_string_expressions_are_evaluated_when_they_are_known() -> None:
    (cmd,) = commands('import os, subprocess\nsubprocess.run(["docker", "cp", "c:/a", f"{os.getcwd()}/out"])\n')
    parts = cmd.words[3].parts
    assert isinstance(parts[0], Param) and parts[0].name == "PWD" and parts[1] == Lit("/out", True)


def test_sdk_flow_through_an_archive_file_migrates_with_the_file_handling(tmp_path: Path) -> None:
    through_file = (
        'with open("app.tar", "wb") as f:\n    f.writelines(stream)\n'
        'tarfile.open("app.tar").extractall("out")\nos.remove("app.tar")\n'
    )
    script = HEAD.replace("import io\n", "import os\n") + BUILDER + CREATE + ARCHIVE + through_file + REMOVE + RUNTIME
    outcome, new, errors = migrate_python(tmp_path, script)
    assert (outcome, errors) == (Outcome.MIGRATED, []) and new == KEPT + RUNTIME


def test_sdk_client_in_a_with_statement_migrates(tmp_path: Path) -> None:
    flow = "".join("    " + line for line in (BUILDER, CREATE, ARCHIVE, EXTRACT, REMOVE, RUNTIME))
    script = HEAD.replace("client = docker.from_env()\n", "with docker.from_env() as client:\n") + flow
    outcome, new, _ = migrate_python(tmp_path, script)
    assert (
        outcome is Outcome.MIGRATED
        and new
        == KEPT.replace("client = docker.from_env()\n", "with docker.from_env() as client:\n") + "    " + RUNTIME
    )


def test_python_block_left_empty_by_the_migration_is_refused(tmp_path: Path) -> None:
    builder = "try:\n    " + BUILDER + "except docker.errors.BuildError:\n    raise\n"
    outcome, _, errors = migrate_python(tmp_path, HEAD + builder + CREATE + ARCHIVE + EXTRACT + REMOVE + RUNTIME)
    assert outcome is Outcome.BLOCKED and [(d.code, d.message) for d in errors] == [
        ("MIG313", "this block would be left empty")
    ]


@pytest.mark.parametrize(
    ("statement", "kind"),
    [
        pytest.param("class Build:\n    def run(self):\n        " + RUNTIME, "`class`", id="in a class"),
        pytest.param("for path in PATHS:\n    client.images.build(path=path)\n", "`for`", id="in a loop over values"),
        pytest.param("try:\n    pass\nfinally:\n    " + REMOVE, "`finally`", id="in a finally"),
    ],
)
def test_sdk_calls_in_constructs_the_front_end_does_not_model_are_reported(statement: str, kind: str) -> None:
    graph = trace_python(HEAD + CREATE + statement)
    (diag,) = graph.diagnostics
    assert diag.code == "MIG205" and kind in diag.message


# --- output idioms: the id a later `docker cp` uses --------------------------------------------------

_BUILD = 'import subprocess\nsubprocess.run(["docker", "build", "-t", "b", "-f", "Dockerfile.build", "."])\n'
_CP_RUNTIME = (
    'subprocess.run(["docker", "cp", cid + ":/out/app", "app"])\n'
    'subprocess.run(["docker", "build", "-t", "app", "."])\n'
)


@pytest.mark.parametrize(
    "capture",
    [
        pytest.param(
            'ret = subprocess.run(["docker", "create", "b"], stdout=subprocess.PIPE)\n'
            'cid = ret.stdout.decode("utf-8").strip()\n',
            id="CompletedProcess stdout decoded and stripped",
        ),
        pytest.param(
            'ret = subprocess.run(["docker", "create", "b"], capture_output=True, text=True)\n'
            "cid = ret.stdout.strip()\n",
            id="CompletedProcess text stdout",
        ),
        pytest.param(
            "def out(*args):\n    return subprocess.check_output(args).decode().strip()\n"
            'cid = out("docker", "create", "b")\n',
            id="a wrapper that returns the output",
        ),
    ],
)
def test_container_id_from_python_output_idioms_is_the_created_container(capture: str) -> None:
    graph = trace_python(_BUILD + capture + _CP_RUNTIME)
    assert [e.dest for e in graph.extractions] == ["app"]
    assert [d.code for d in graph.diagnostics if d.code == "MIG203"] == []


@pytest.mark.parametrize(
    "imports",
    [
        pytest.param("import docker as dk\nclient = dk.from_env()\n", id="the module under another name"),
        pytest.param("from docker import from_env\nclient = from_env()\n", id="the client factory imported"),
        pytest.param(
            "from docker import DockerClient as C\nclient = C.from_env()\n", id="the class under another name"
        ),
    ],
)
def test_docker_sdk_found_under_any_import_name(imports: str) -> None:
    graph = trace_python(imports + 'client.images.build(path=".", dockerfile="Dockerfile.build", tag="b")\n')
    assert [b.dockerfile for b in graph.builds] == ["Dockerfile.build"]
