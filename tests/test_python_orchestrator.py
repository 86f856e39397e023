"""Python orchestrators read with libcst into the shell model."""

from __future__ import annotations

import pytest

from migrate.parse.python_orch import parse_python
from migrate.parse.shell_bashlex import ShellSyntaxError
from migrate.parse.shell_model import Command, Function
from migrate.parse.words import CmdSub, Lit, Param


def commands(src: str) -> list[Command]:
    return [n for n in parse_python(src).body.stmts if isinstance(n, Command)]


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
    (assign,) = [n for n in script.body.stmts if isinstance(n, Command)]
    (part,) = assign.assigns[0].value.parts
    assert isinstance(part, CmdSub) and isinstance(script.cmdsubs[part.start], Command)


def test_wrapper_function_calls_are_commands() -> None:
    src = 'import subprocess\ndef sh(*args):\n    subprocess.run(args, check=True)\nsh("docker", "rm", "x")\n'
    nodes = parse_python(src).body.stmts
    assert isinstance(nodes[0], Function)
    assert isinstance(nodes[1], Command) and nodes[1].words[0].parts[0] == Lit("docker", True)


def test_main_guard_body_is_top_level() -> None:
    src = 'import os\nif __name__ == "__main__":\n    os.system("docker rm x")\n'
    assert len(commands(src)) == 1


def test_file_operations_become_shell_commands() -> None:
    (cmd,) = commands('import shutil\nshutil.rmtree("out")\n')
    assert [w.parts[0] for w in cmd.words] == [Lit("rm", True), Lit("-rf", True), Lit("out", True)]


def test_python_syntax_error_is_a_syntax_error_with_a_location() -> None:
    with pytest.raises(ShellSyntaxError) as info:
        parse_python("import os\nos.system(\n")
    assert info.value.offset is not None
