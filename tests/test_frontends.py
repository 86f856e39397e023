"""The orchestrator languages (migrate/frontends/): how each writes its own language back."""

from __future__ import annotations

import pytest

from migrate.frontends import Language
from migrate.frontends.make import MAKE
from migrate.frontends.python import PYTHON
from migrate.frontends.shell import SHELL


@pytest.mark.parametrize(
    ("language", "literal", "written"),
    [
        pytest.param(SHELL, "VERSION=1.0", "VERSION=1.0", id="shell: a plain word"),
        pytest.param(SHELL, "NAME=a b", "'NAME=a b'", id="shell: quoted when it has a blank"),
        pytest.param(MAKE, "HOME=$HOME", "'HOME=$$HOME'", id="make: a dollar is doubled, make expands first"),
        pytest.param(PYTHON, "NAME=a b", '"NAME=a b"', id="Python: a string literal"),
    ],
)
def test_literal_is_written_as_one_argument_of_the_language(language: Language, literal: str, written: str) -> None:
    assert language.literal(literal) == written


def test_new_arguments_follow_the_build_word_in_each_language() -> None:
    assert SHELL.new_arguments(["--build-arg", "A=1"]) == " --build-arg A=1"
    assert PYTHON.new_arguments(['"--build-arg"', '"A=1"']) == ', "--build-arg", "A=1"'


def test_python_carries_a_known_value_as_a_new_string_and_refuses_an_expression() -> None:
    assert PYTHON.carried("f'V={v}'", "V=2") == '"V=2"'
    assert PYTHON.carried("f'V={v}'", None) == "f'V={v}'"
    assert PYTHON.carried("build_arg(v)", None) is None
    assert SHELL.carried('"V=$v"', None) == '"V=$v"'


def test_make_runs_recipes_from_the_makefile_directory_a_script_may_run_from_the_root() -> None:
    assert MAKE.working_directories("svc") == ["svc"]
    assert SHELL.working_directories("svc") == ["svc", "."]
    assert MAKE.variables("svc") == {"CURDIR": "svc", "PWD": "svc", "MAKE": "make"} and SHELL.variables("svc") == {}


def test_only_make_drops_prerequisites_the_migration_deletes() -> None:
    text = "app: Dockerfile.build main.go\n"
    assert MAKE.finish(text, {"Dockerfile.build"}) == "app: main.go\n"
    assert SHELL.finish(text, {"Dockerfile.build"}) == text


def test_variable_uses_are_read_as_each_language_reads_them() -> None:
    assert SHELL.uses_variable("docker build -t $IMAGE .", "IMAGE")
    assert MAKE.uses_variable("docker build -t $(IMAGE) .", "IMAGE")
    assert not PYTHON.uses_variable("print('IMAGE')  # IMAGE\n", "IMAGE")
    assert PYTHON.uses_variable("run(['docker', 'build', '-t', IMAGE])\n", "IMAGE")
