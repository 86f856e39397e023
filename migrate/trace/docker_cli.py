"""The docker CLI's vocabulary: recognise `docker …` argv and parse its options as the CLI does.

Covers `docker build|image build|buildx build`, `create|container create`, `run|container run`,
`cp|container cp`, `rm|container rm`, `rmi|image rm`, `tag`, `push`, with global options, `sudo` and
wrappers whose value resolves to `docker` (e.g. `DOCKER=${DOCKER:-docker}`)."""

from __future__ import annotations

from typing import Final, NamedTuple

from migrate.parse.shell_model import Word
from migrate.slotted import Slotted
from migrate.trace.values import Value


class Arg(NamedTuple):
    """One argument of a docker command: its value and the word it came from."""

    value: Value
    word: Word | None
    exact: bool = True  # False: an unquoted unknown that may split into several arguments, or vanish


class DockerCall(Slotted):
    """A docker command line split into its verb, options, flags and positional arguments."""

    __slots__ = ("flags", "opts", "positionals", "problem", "split", "subcommand_end", "verb")

    verb: Final[str]  # build | create | run | cp | rm | rmi | tag | push | start | stop | kill | images | other:<name>
    opts: Final[dict[str, list[Arg]]]
    flags: Final[dict[str, Arg]]  # boolean options given, by long name
    positionals: Final[list[Arg]]
    problem: str | None
    split: Arg | None  # the unquoted unknown that may expand to any number of arguments (the problem), if any
    subcommand_end: Final[int]  # index in argv just after the subcommand word(s)

    def __init__(self, verb: str, subcommand_end: int = 0) -> None:
        self.verb = verb
        self.opts = {}
        self.flags = {}
        self.positionals = []
        self.problem = None
        self.split: Arg | None = None
        self.subcommand_end = subcommand_end

    def one(self, name: str) -> Arg | None:
        vals = self.opts.get(name)
        return vals[-1] if vals else None


# long name -> short letter; options taking a value
_GLOBAL_VALUE = {
    "host": "H",
    "context": "c",
    "config": "",
    "log-level": "l",
    "tlscacert": "",
    "tlscert": "",
    "tlskey": "",
}
_GLOBAL_BOOL = {"debug": "D", "tls": "", "tlsverify": ""}

_BUILD_VALUE = {
    "tag": "t",
    "file": "f",
    "build-arg": "",
    "target": "",
    "platform": "",
    "label": "",
    "network": "",
    "cache-from": "",
    "cache-to": "",
    "iidfile": "",
    "secret": "",
    "ssh": "",
    "add-host": "",
    "build-context": "",
    "progress": "",
    "output": "o",
    "shm-size": "",
    "ulimit": "",
    "memory": "m",
    "memory-swap": "",
    "cpu-shares": "c",
    "cpuset-cpus": "",
    "cpuset-mems": "",
    "cpu-period": "",
    "cpu-quota": "",
    "isolation": "",
    "cgroup-parent": "",
    "security-opt": "",
    "metadata-file": "",
    "provenance": "",
    "sbom": "",
    "allow": "",
    "attest": "",
    "annotation": "",
    "builder": "",
    "call": "",
}
_BUILD_BOOL = {
    "no-cache": "",
    "pull": "",
    "quiet": "q",
    "rm": "",
    "force-rm": "",
    "squash": "",
    "load": "",
    "push": "",
    "compress": "",
    "disable-content-trust": "",
    "check": "",
}

_CONTAINER_VALUE = {
    "name": "",
    "env": "e",
    "volume": "v",
    "workdir": "w",
    "entrypoint": "",
    "user": "u",
    "network": "",
    "net": "",
    "publish": "p",
    "platform": "",
    "label": "l",
    "mount": "",
    "env-file": "",
    "hostname": "h",
    "add-host": "",
    "tmpfs": "",
    "cidfile": "",
    "pull": "",
    "restart": "",
    "memory": "m",
    "cpus": "",
    "cap-add": "",
    "cap-drop": "",
    "device": "",
    "dns": "",
    "expose": "",
    "link": "",
    "log-driver": "",
    "log-opt": "",
    "security-opt": "",
    "stop-signal": "",
    "ulimit": "",
    "group-add": "",
    "ipc": "",
    "pid": "",
    "shm-size": "",
    "health-cmd": "",
    "volumes-from": "",
    "runtime": "",
    "label-file": "",
    "gpus": "",
    "storage-opt": "",
    "sysctl": "",
    "uts": "",
    "userns": "",
    "cgroupns": "",
    "domainname": "",
    "mac-address": "",
    "ip": "",
    "ip6": "",
    "network-alias": "",
    "attach": "a",
    "detach-keys": "",
    "memory-swap": "",
    "memory-reservation": "",
    "cpu-shares": "c",
    "cpuset-cpus": "",
    "stop-timeout": "",
    "oom-score-adj": "",
    "pids-limit": "",
}
_CONTAINER_BOOL = {
    "interactive": "i",
    "tty": "t",
    "rm": "",
    "detach": "d",
    "init": "",
    "privileged": "",
    "publish-all": "P",
    "read-only": "",
    "oom-kill-disable": "",
    "no-healthcheck": "",
    "quiet": "q",
    "sig-proxy": "",
    "disable-content-trust": "",
}

_TABLES: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "build": (_BUILD_VALUE, _BUILD_BOOL),
    "create": (_CONTAINER_VALUE, _CONTAINER_BOOL),
    "run": (_CONTAINER_VALUE, _CONTAINER_BOOL),
    "cp": ({}, {"archive": "a", "follow-link": "L", "quiet": "q"}),
    "rm": ({}, {"force": "f", "volumes": "v", "link": "l"}),
    "rmi": ({"platform": ""}, {"force": "f", "no-prune": ""}),
    "tag": ({}, {}),
    "export": ({"output": "o"}, {}),
    "push": ({"platform": ""}, {"all-tags": "a", "quiet": "q", "disable-content-trust": ""}),
    "stop": ({"time": "t", "signal": "s"}, {}),
    "start": ({"detach-keys": ""}, {"attach": "a", "interactive": "i"}),
    "kill": ({"signal": "s"}, {}),
    "images": ({"filter": "f", "format": ""}, {"quiet": "q", "all": "a", "digests": "", "no-trunc": ""}),
}

# subcommand spellings: (words) -> verb
_VERBS: dict[tuple[str, ...], str] = {
    ("build",): "build",
    ("image", "build"): "build",
    ("buildx", "build"): "build",
    ("builder", "build"): "build",
    ("create",): "create",
    ("container", "create"): "create",
    ("run",): "run",
    ("container", "run"): "run",
    ("cp",): "cp",
    ("container", "cp"): "cp",
    ("rm",): "rm",
    ("container", "rm"): "rm",
    ("container", "remove"): "rm",
    ("rmi",): "rmi",
    ("image", "rm"): "rmi",
    ("image", "remove"): "rmi",
    ("tag",): "tag",
    ("image", "tag"): "tag",
    ("push",): "push",
    ("image", "push"): "push",
    ("export",): "export",
    ("container", "export"): "export",
    ("start",): "start",
    ("container", "start"): "start",
    ("stop",): "stop",
    ("container", "stop"): "stop",
    ("kill",): "kill",
    ("container", "kill"): "kill",
    ("images",): "images",
    ("image", "ls"): "images",
    ("image", "list"): "images",
}
# run/create stop parsing options at the image: what follows is the command
_STOP_AT_FIRST_POSITIONAL = {"create", "run"}

_SUDO_VALUE_OPTS = {"-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"}


def docker_start(argv: list[Arg]) -> int | None:
    """Index of the `docker` word in argv (after `sudo` and its options), or None."""
    i = 0
    if argv and argv[0].value.literal == "sudo":
        i = 1
        while i < len(argv):
            text = argv[i].value.literal or ""
            if text == "--":
                i += 1
                break
            if not text.startswith("-"):
                break
            i += 2 if text in _SUDO_VALUE_OPTS else 1
    if i >= len(argv):
        return None
    name = argv[i].value.resolved
    if name is None:
        return None
    base = name.rsplit("/", 1)[-1]
    return i if base in ("docker", "podman") else None


def same_engine(values: set[Value | None]) -> Value | None:
    """The engine command (`docker`, `podman`) every one of these values runs, each a literal command
    prefix such as `docker`, `sudo docker` or `/usr/bin/docker`; None when they differ or one is not."""
    engines: set[str] = set()
    for value in values:
        text = value.literal if value is not None else None
        if text is None:
            return None
        argv = [Arg(Value.of(w), None) for w in text.split()]
        i = docker_start(argv)
        if i is None or i != len(argv) - 1:
            return None
        engines.add((argv[i].value.literal or "").rsplit("/", 1)[-1])
    return Value.of(engines.pop()) if len(engines) == 1 else None


def _lookup(name: str, table: dict[str, str]) -> str | None:
    if name in table:
        return name
    if len(name) == 1:
        for long, short in table.items():
            if short == name:
                return long
    return None


def parse_docker(argv: list[Arg]) -> DockerCall | None:
    """Parse a docker invocation; None when argv is not one."""
    start = docker_start(argv)
    if start is None:
        return None
    i = start + 1
    # global options
    while i < len(argv):
        text = argv[i].value.literal
        if text is None or not text.startswith("-"):
            break
        name = text.lstrip("-").partition("=")[0]
        if _lookup(name, _GLOBAL_VALUE) and "=" not in text:
            i += 2
        else:
            i += 1
    words = [a.value.literal for a in argv[i : i + 2]]
    verb = None
    for length in (2, 1):
        key = tuple(w or "" for w in words[:length])
        if key in _VERBS:
            verb, i = _VERBS[key], i + length
            break
    if verb is None:
        return DockerCall(verb=f"other:{words[0] if words else ''}", subcommand_end=i)
    call = DockerCall(verb=verb, subcommand_end=i)
    _parse_options(call, argv[i:])
    return call


def _parse_options(call: DockerCall, args: list[Arg]) -> None:
    values, bools = _TABLES[call.verb]
    i = 0
    only_positional = False
    while i < len(args):
        arg = args[i]
        pieces = arg.value.pieces
        text = pieces[0] if pieces and isinstance(pieces[0], str) else None
        tail = pieces[1:]
        if not arg.exact:
            call.problem = f"argument `{arg.value.show()}` may expand to any number of arguments"
            call.split = arg
            return
        if only_positional or text is None or not text.startswith("-") or (text == "-" and not tail):
            call.positionals.append(arg)
            if call.verb in _STOP_AT_FIRST_POSITIONAL:
                only_positional = True
            i += 1
            continue
        if text == "--" and not tail:
            only_positional = True
            i += 1
            continue
        if text.startswith("--"):
            name, eq, inline = text[2:].partition("=")
            if name in values:
                if eq:
                    val = Arg(Value.of(inline, *tail), arg.word)
                elif i + 1 < len(args):
                    i += 1
                    val = args[i]
                else:
                    call.problem = f"option --{name} needs a value"
                    return
                call.opts.setdefault(name, []).append(val)
            elif tail:
                call.problem = f"option `{arg.value.show()}` cannot be resolved"
                return
            elif name in bools:
                if not eq or inline.lower() not in ("false", "0"):
                    call.flags[name] = arg
            else:
                call.problem = f"unknown option --{name}"
                return
            i += 1
            continue
        # short options, possibly combined (-it) or with an attached value (-tname)
        j = 1
        while j < len(text):
            long = _lookup(text[j], values)
            if long is not None:
                rest = text[j + 1 :].removeprefix("=")
                if rest or tail:
                    val = Arg(Value.of(rest, *tail), arg.word)
                elif i + 1 < len(args):
                    i += 1
                    val = args[i]
                else:
                    call.problem = f"option -{text[j]} needs a value"
                    return
                call.opts.setdefault(long, []).append(val)
                break
            long = _lookup(text[j], bools)
            if long is None:
                call.problem = f"unknown option -{text[j]}"
                return
            call.flags[long] = arg
            j += 1
        i += 1
