"""migrate/trace/docker_cli.py: recognising docker argv and parsing its options as the CLI does."""

from __future__ import annotations

import pytest

from migrate.trace.docker_cli import Arg, DockerCall, docker_start, parse_docker
from migrate.trace.values import Sym, Value


def argv(*words: str | Value) -> list[Arg]:
    return [Arg(w if isinstance(w, Value) else Value.of(w), None) for w in words]


def call(*words: str | Value) -> DockerCall:
    out = parse_docker(argv(*words))
    assert out is not None
    return out


def summary(c: DockerCall) -> tuple[str, dict[str, list[str | None]], list[str], list[str | None]]:
    opts = {k: [a.value.literal for a in v] for k, v in c.opts.items()}
    return c.verb, opts, sorted(c.flags), [a.value.literal for a in c.positionals]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(("echo", "docker"), id="docker as an argument"),
        pytest.param(("dockerize", "build"), id="a name that only starts with docker"),
        pytest.param(("sudo", "-u", "root"), id="sudo without a command"),
        pytest.param((Value.of(Sym("env:DOCKER")), "build", "."), id="wrapper variable without a default"),
    ],
)
def test_not_a_docker_call(words: tuple[str | Value, ...]) -> None:
    assert parse_docker(argv(*words)) is None


@pytest.mark.parametrize(
    ("words", "start"),
    [
        pytest.param(("docker", "build"), 0, id="docker"),
        pytest.param(("/usr/bin/docker", "build"), 0, id="absolute path"),
        pytest.param(("podman", "build"), 0, id="podman"),
        pytest.param(("sudo", "docker", "build"), 1, id="sudo"),
        pytest.param(("sudo", "-E", "docker", "build"), 2, id="sudo boolean option"),
        pytest.param(("sudo", "-u", "root", "docker", "build"), 3, id="sudo option with a value"),
        pytest.param(("sudo", "--", "docker", "build"), 2, id="sudo end of options"),
        pytest.param((Value.of(Sym("env:DOCKER:-docker", "docker")), "build"), 0, id="wrapper defaulting to docker"),
    ],
)
def test_docker_start(words: tuple[str | Value, ...], start: int) -> None:
    assert docker_start(argv(*words)) == start


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param(
            ("docker", "build", "-t", "x", "-f", "D", "."),
            ("build", {"tag": ["x"], "file": ["D"]}, [], ["."]),
            id="build with short options",
        ),
        pytest.param(
            ("docker", "image", "build", "--tag=x", "."),
            ("build", {"tag": ["x"]}, [], ["."]),
            id="image build with --opt=value",
        ),
        pytest.param(
            ("docker", "buildx", "build", "--load", "--tag", "x", "."),
            ("build", {"tag": ["x"]}, ["load"], ["."]),
            id="buildx build with --opt value",
        ),
        pytest.param(
            ("docker", "build", "--build-arg", "A=1", "--build-arg=B=2", "."),
            ("build", {"build-arg": ["A=1", "B=2"]}, [], ["."]),
            id="repeated options accumulate",
        ),
        pytest.param(
            ("docker", "build", "-tfoo", "."), ("build", {"tag": ["foo"]}, [], ["."]), id="attached short value"
        ),
        pytest.param(
            ("docker", "build", "-qt", "foo", "."),
            ("build", {"tag": ["foo"]}, ["quiet"], ["."]),
            id="combined short flags ending in a value option",
        ),
        pytest.param(("docker", "build", "--no-cache=false", "."), ("build", {}, [], ["."]), id="boolean set to false"),
        pytest.param(
            ("docker", "build", "--no-cache=true", "."), ("build", {}, ["no-cache"], ["."]), id="boolean set to true"
        ),
        pytest.param(("docker", "build", "--", "."), ("build", {}, [], ["."]), id="double dash ends options"),
        pytest.param(("docker", "create", "--name", "c", "img"), ("create", {"name": ["c"]}, [], ["img"]), id="create"),
        pytest.param(
            ("docker", "container", "create", "--name=c", "img", "sh", "-c", "x"),
            ("create", {"name": ["c"]}, [], ["img", "sh", "-c", "x"]),
            id="container create stops options at the image",
        ),
        pytest.param(
            ("docker", "run", "-it", "--rm", "img", "ls", "-la"),
            ("run", {}, ["interactive", "rm", "tty"], ["img", "ls", "-la"]),
            id="run with combined short flags",
        ),
        pytest.param(
            ("docker", "run", "-itv", "/a:/b", "img"),
            ("run", {"volume": ["/a:/b"]}, ["interactive", "tty"], ["img"]),
            id="combined short flags ending in a volume",
        ),
        pytest.param(
            ("docker", "cp", "-L", "c:/a", "./b"), ("cp", {}, ["follow-link"], ["c:/a", "./b"]), id="cp follow link"
        ),
        pytest.param(("docker", "container", "cp", "c:/a", "-"), ("cp", {}, [], ["c:/a", "-"]), id="cp to stdout"),
        pytest.param(("docker", "rm", "-f", "c"), ("rm", {}, ["force"], ["c"]), id="rm"),
        pytest.param(("docker", "container", "rm", "c"), ("rm", {}, [], ["c"]), id="container rm"),
        pytest.param(("docker", "rmi", "img"), ("rmi", {}, [], ["img"]), id="rmi"),
        pytest.param(("docker", "image", "rm", "-f", "img"), ("rmi", {}, ["force"], ["img"]), id="image rm"),
        pytest.param(("docker", "tag", "a", "b"), ("tag", {}, [], ["a", "b"]), id="tag"),
        pytest.param(("docker", "image", "tag", "a", "b"), ("tag", {}, [], ["a", "b"]), id="image tag"),
        pytest.param(("docker", "push", "b"), ("push", {}, [], ["b"]), id="push"),
        pytest.param(("docker", "image", "push", "-a", "b"), ("push", {}, ["all-tags"], ["b"]), id="image push"),
    ],
)
def test_parse_docker(words: tuple[str, ...], expected: object) -> None:
    c = call(*words)
    assert c.problem is None
    assert summary(c) == expected


@pytest.mark.parametrize(
    ("words", "end"),
    [
        pytest.param(("docker", "build", "."), 2, id="no global options"),
        pytest.param(("docker", "-H", "tcp://x", "build", "."), 4, id="short global option with a value"),
        pytest.param(("docker", "--host", "tcp://x", "build", "."), 4, id="long global option with a value"),
        pytest.param(("docker", "--host=tcp://x", "build", "."), 3, id="long global option with an inline value"),
        pytest.param(("docker", "--context", "ctx", "build", "."), 4, id="context"),
        pytest.param(("docker", "-l", "debug", "build", "."), 4, id="log level"),
        pytest.param(("docker", "-D", "build", "."), 3, id="boolean global option"),
        pytest.param(("docker", "--tls", "build", "."), 3, id="tls"),
        pytest.param(("sudo", "-u", "root", "docker", "-H", "h", "image", "build", "."), 8, id="sudo and globals"),
    ],
)
def test_global_options_are_skipped(words: tuple[str, ...], end: int) -> None:
    c = call(*words)
    assert (c.verb, c.subcommand_end, [a.value.literal for a in c.positionals]) == ("build", end, ["."])


@pytest.mark.parametrize(
    ("words", "verb"),
    [
        pytest.param(("docker", "ps"), "other:ps", id="unmodelled subcommand"),
        pytest.param(("docker",), "other:", id="no subcommand"),
        pytest.param(("docker", "image", "prune"), "other:image", id="unmodelled two-word subcommand"),
    ],
)
def test_other_subcommands(words: tuple[str, ...], verb: str) -> None:
    assert call(*words).verb == verb


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        pytest.param(("docker", "build", "--frobnicate", "."), "unknown option --frobnicate", id="unknown long option"),
        pytest.param(("docker", "build", "-Z", "."), "unknown option -Z", id="unknown short option"),
        pytest.param(("docker", "build", "-t"), "option -t needs a value", id="short option missing its value"),
        pytest.param(("docker", "build", "--tag"), "option --tag needs a value", id="long option missing its value"),
        pytest.param(("docker", "cp", "-x", "c:/a", "b"), "unknown option -x", id="unknown cp option"),
    ],
)
def test_unknown_or_incomplete_options_give_problem(words: tuple[str, ...], problem: str) -> None:
    assert call(*words).problem == problem


def test_unquoted_unknown_that_may_split_gives_problem() -> None:
    args = [*argv("docker", "build"), Arg(Value.of(Sym("env:FLAGS")), None, exact=False), *argv(".")]
    c = parse_docker(args)
    assert c is not None
    assert c.problem == "argument `${FLAGS}` may expand to any number of arguments"


def test_boolean_option_with_unresolved_inline_value_gives_problem() -> None:
    c = call("docker", "build", Value.of("--no-cache=", Sym("env:X")), ".")
    assert c.problem is not None and "cannot be resolved" in c.problem


def test_option_value_keeps_unknown_pieces() -> None:
    c = call("docker", "build", Value.of("--tag=app:", Sym("arg:1")), ".")
    tag = c.one("tag")
    assert tag is not None and tag.value == Value.of("app:", Sym("arg:1"))


def test_positional_starting_with_an_unknown_is_positional() -> None:
    c = call("docker", "build", "-t", "x", Value.of(Sym("env:CTX", "ctx")))
    assert [a.value for a in c.positionals] == [Value.of(Sym("env:CTX", "ctx"))]


def test_one_returns_the_last_value() -> None:
    c = call("docker", "build", "-t", "a", "-t", "b", ".")
    tag = c.one("tag")
    assert tag is not None and tag.value.literal == "b"
    assert c.one("file") is None


def test_docker_wrapper_variable_defaulting_to_docker_parses() -> None:
    c = call(Value.of(Sym("env:DOCKER:-docker", "docker")), "create", "--name", "c", "img")
    assert summary(c) == ("create", {"name": ["c"]}, [], ["img"])
