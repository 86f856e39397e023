"""migrate/trace/docker_events.py on its own: docker commands given as evaluated arguments to a trace state
that is not the tracer (the events know the state only through `TraceState`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from migrate.parse.shell_model import Command, Word
from migrate.trace.cp_rules import PathState
from migrate.trace.docker_cli import Arg, parse_docker
from migrate.trace.docker_events import DockerEvents
from migrate.trace.flow import FlowGraph, Site
from migrate.trace.values import Value


@dataclass
class State:
    """A trace state of the test's own: the repository root as working directory, findings kept."""

    cwd: str = "."
    cwd_unknown: str = ""
    graph: FlowGraph = field(default_factory=lambda: FlowGraph(script="build.sh", cwd="."))
    said: list[tuple[str, str]] = field(default_factory=list)

    def diag(self, code: str, message: str, offset: int, hint: str | None = None) -> None:
        self.said.append((code, message))

    def word_value(self, word: Word) -> Value:
        return Value.of(word.text)


def run(events: DockerEvents, line: str, order: int) -> Value | None:
    argv = [Arg(Value.of(w), None) for w in line.split()]
    call = parse_docker(argv)
    assert call is not None
    command = Command(0, len(line), (), ())
    return events.handle(call, Site(command, command, (), order), argv)


def test_docker_events_follow_a_flow_without_a_tracer() -> None:
    state = State()
    events = DockerEvents(state, lambda path: (PathState.ABSENT, False))
    run(events, "docker build -t b -f Dockerfile.build .", 1)
    ref = run(events, "docker create b", 2)
    assert ref is not None and ref.unknowns
    run(events, f"docker cp {ref.unknowns[0].key}:/out/app app", 3)  # a key the events do not know
    (build,) = state.graph.builds
    (container,) = state.graph.containers
    assert build.dockerfile == "Dockerfile.build" and container.build is build
    assert [c for c, _ in state.said] == ["MIG203"]  # the copy names no container the events saw created


def test_docker_events_extract_from_a_named_container() -> None:
    state = State()
    events = DockerEvents(state, lambda path: (PathState.ABSENT, False))
    run(events, "docker build -t b -f Dockerfile.build .", 1)
    run(events, "docker create --name x b", 2)
    run(events, "docker cp x:/out/app app", 3)
    (extraction,) = state.graph.extractions
    assert (extraction.src, extraction.dest) == ("/out/app", "app") and state.said == []
