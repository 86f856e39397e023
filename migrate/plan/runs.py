"""Builder containers that run: their command becomes a RUN at the end of the builder stage, so the stage
holds what the container made (in a bind-mounted directory or in its own file system before a copy).

The legacy command ran with the image's ENTRYPOINT/CMD, the run's `-e`/`-w` and an empty directory
mounted where it wrote; the RUN gets the same through ENV, WORKDIR and `mkdir -p` of the mount point.
A RUN cannot reproduce another user (`-u`), other host mounts, or a VOLUME over the mount point that stays
(one in a stage that only feeds COPY --from is left out of the merged file, plan/merge.py)."""

from __future__ import annotations

import json
import posixpath
import re
from typing import Final

from migrate.parse.dockerfile import Dockerfile, Instruction, Stage
from migrate.plan.merge import dead_instructions
from migrate.slotted import Slotted
from migrate.trace.docker_cli import Arg, DockerCall
from migrate.trace.flow import Container, Extraction

_ALLOWED_OPTS = {"name", "volume", "env", "workdir", "entrypoint", "network", "net", "platform", "label", "hostname"}
_ALLOWED_FLAGS = {"rm", "interactive", "tty", "init", "quiet", "sig-proxy"}
_RUNTIME_ONLY = {"CMD", "ENTRYPOINT", "HEALTHCHECK", "LABEL", "EXPOSE", "STOPSIGNAL", "VOLUME"}
# Commands that write no file: a container running one (to stay alive for `docker cp`, or to print) leaves
# its file system as `docker create` would, whatever its options. Also under /bin and /usr/bin.
_IDLE = {"cat", "true", ":", "echo", "printf", "ls", "sleep", "tail"}
_SHELLS = {"sh", "bash", "ash", "dash"}
# options that put other files where the container's are (a mount hides the image's files from `docker cp`)
_HIDES_FILES = {"volume", "mount", "tmpfs", "volumes-from"}
_PLAIN_WORDS = re.compile(r"[\w./:=+,@%-]+(?:[ \t]+[\w./:=+,@%-]+)*")


class RunRefused(Exception):
    """The run cannot become a RUN; the message says why."""


class PostRun(Slotted):
    """A `docker run` on the builder image whose work moves into the end of the builder stage."""

    __slots__ = ("args", "container", "lines")

    container: Final[Container]
    lines: Final[list[str]]  # Dockerfile lines for the end of the builder stage
    # `-e NAME=$VAR` whose value the caller can change: an ARG of the stage, given by the remaining build
    args: Final[list[tuple[str, Arg]]]

    def __init__(
        self, container: Container, lines: list[str] | None = None, args: list[tuple[str, Arg]] | None = None
    ) -> None:
        self.container = container
        self.lines = [] if lines is None else lines
        self.args = [] if args is None else args


def stage_chain(df: Dockerfile, stage: Stage) -> list[Stage]:
    """The stage and the stages of the same file it is built FROM, base first."""
    chain = [stage]
    seen = {stage.index}
    while True:
        parent = df.stage_named(chain[0].base)
        if parent is None or parent.index in seen or parent.index >= chain[0].index:
            return chain
        seen.add(parent.index)
        chain.insert(0, parent)


def _last(chain: list[Stage], keyword: str) -> Instruction | None:
    found = None
    for st in chain:
        for ins in st.body:
            if ins.keyword == keyword:
                found = ins
    return found


def _form(df: Dockerfile, ins: Instruction) -> list[str] | str:
    """The instruction's argument: a list in JSON (exec) form, the raw text in shell form."""
    raw = df.text[ins.args[0].start : ins.args[-1].end] if ins.args else ""
    if ins.is_json:
        try:
            value = json.loads(raw)
        except ValueError as err:
            raise RunRefused(f"`{ins.keyword}` at line {ins.line} is not valid JSON") from err
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
    return raw


def command_of(container: Container, df: Dockerfile, stage: Stage) -> list[str] | str:
    """What the container ran: its ENTRYPOINT with the run's arguments or else the CMD (exec form list, or
    a shell form string run by /bin/sh -c)."""
    call = container.call
    args = [v.resolved for v in container.command]
    if any(a is None for a in args):
        raise RunRefused("the command given to `docker run` cannot be resolved")
    given = [a for a in args if a is not None]
    chain = stage_chain(df, stage)
    entry_arg = call.one("entrypoint") if call else None
    if entry_arg is not None:
        entry = entry_arg.value.resolved
        if entry is None:
            raise RunRefused("the --entrypoint of `docker run` cannot be resolved")
        return [entry, *given] if entry else given
    entry_ins = _last(chain, "ENTRYPOINT")
    cmd_ins = _last(chain, "CMD")
    if entry_ins is not None:
        entry_form = _form(df, entry_ins)
        if isinstance(entry_form, str):
            return entry_form  # a shell-form ENTRYPOINT ignores CMD and arguments
        rest: list[str] | str = given or (_form(df, cmd_ins) if cmd_ins is not None else [])
        if isinstance(rest, str):
            rest = ["/bin/sh", "-c", rest]
        return [*entry_form, *rest]
    if given:
        return given
    if cmd_ins is None:
        raise RunRefused(
            "the container runs the base image's default command, which the builder Dockerfile does not state"
        )
    return _form(df, cmd_ins)


def _words(shell: str) -> list[str] | None:
    """The words of a shell-form command when it is plain words (no quoting, expansion or operator)."""
    text = shell.strip()
    if not _PLAIN_WORDS.fullmatch(text):
        return None
    words = text.split()
    return words[1:] if words[:1] == ["exec"] else words


def is_idle(command: list[str] | str) -> bool:
    """Whether the command writes no file: `sleep 1h`, `tail -f /dev/null`, `cat` waiting on a tty, in exec
    form, shell form (run by /bin/sh -c) or `sh -c '…'`."""
    words = _words(command) if isinstance(command, str) else command
    if words and len(words) == 3 and posixpath.basename(words[0]) in _SHELLS and words[1] == "-c":
        words = _words(words[2])
    if not words:
        return False
    head = words[0]
    if head.startswith(("/bin/", "/usr/bin/")):
        head = posixpath.basename(head)
    return head in _IDLE


def _idle_run(call: DockerCall, command: list[str] | str, mounts: list[Extraction]) -> bool:
    """A run whose command writes no file and whose options put no other files over the image's: nothing
    it does changes what `docker cp` copies, so it is `docker create` (`-d`, `-t` and the rest do not matter)."""
    if any(opt in _HIDES_FILES for opt in call.opts if opt != "volume"):
        return False
    return len(call.opts.get("volume", [])) == len(mounts) and is_idle(command)


def _quote_env(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


def post_run(container: Container, mounts: list[Extraction], df: Dockerfile, stage: Stage) -> PostRun:
    """The lines that make the builder stage hold what the run left behind."""
    call = container.call
    if call is None:
        raise RunRefused("the `docker run` command line is unknown")
    command = command_of(container, df, stage)  # what it ran decides the rest; unknown, nothing can be said
    idle = _idle_run(call, command, mounts)
    if idle and not mounts:
        return PostRun(container, [])
    for opt in call.opts:
        if opt not in _ALLOWED_OPTS and not idle:
            raise RunRefused(f"`docker run --{opt}` has no equivalent in a RUN instruction")
    for flag in call.flags:
        if flag not in _ALLOWED_FLAGS and not idle:
            raise RunRefused(f"`docker run --{flag}` has no equivalent in a RUN instruction")
    if len(call.opts.get("volume", [])) != len(mounts):
        raise RunRefused("the container mounts host paths outside the repository or reads repository files")
    chain = stage_chain(df, stage)
    user = _last(chain, "USER")
    if user is not None and user.args and user.args[0].text.lower() not in ("root", "0", "0:0", "root:root"):
        raise RunRefused("the builder runs as a non-root USER; the mount point docker made would need root")
    # what the build puts in the image (run-time instructions only name paths)
    text = " ".join(df.text[i.start : i.end] for i in df.instructions if i.keyword not in _RUNTIME_ONLY)
    dropped = {i.start for i in dead_instructions(df)}  # a VOLUME of a stage that only feeds COPY --from goes
    volumes = " ".join(
        df.text[i.start : i.end] for st in chain for i in st.body if i.keyword == "VOLUME" and i.start not in dropped
    )
    lines: list[str] = []
    for m in mounts:
        target = posixpath.normpath(m.src)
        if not target.startswith("/"):
            raise RunRefused(f"the mount point `{m.src}` is not an absolute path")
        if m.dest_state == "tracked":
            raise RunRefused(f"`{m.dest}` holds repository files, which the container saw at `{target}`")
        if re.search(re.escape(target) + r"(?![\w.-])", volumes):
            raise RunRefused(f"the builder declares a VOLUME over `{target}`; a RUN's files there may be lost")
        if re.search(re.escape(target) + r"(?![\w.-])", text):
            raise RunRefused(f"the builder Dockerfile puts files at `{target}`, which the mount hid")
        lines.append(f"RUN mkdir -p {target}")
    if idle:
        return PostRun(container, lines)  # the mount points docker made, and nothing the command did
    args: list[tuple[str, Arg]] = []
    for spec in call.opts.get("env", []):
        value = spec.value.resolved
        if value is None or "=" not in value:
            raise RunRefused("a `docker run -e` value cannot be resolved (or is taken from the host)")
        key, _, val = value.partition("=")
        if spec.value.literal is None:  # `-e VERSION="$VERSION"`: the caller may set it, the build must too
            if spec.word is None or spec.word.text.lstrip("\"'").startswith("-"):
                raise RunRefused(f"the `docker run -e {key}=…` value cannot be carried into the remaining build")
            lines.append(f"ARG {key}={_quote_env(val)}")
            args.append((key, spec))
            continue
        lines.append(f"ENV {key}={_quote_env(val)}")
    workdir = call.one("workdir")
    if workdir is not None:
        wd = workdir.value.resolved
        if wd is None:
            raise RunRefused("the `docker run -w` directory cannot be resolved")
        lines.append(f"WORKDIR {wd}")
    lines.append("RUN " + (json.dumps(command) if isinstance(command, list) else command))
    return PostRun(container, lines, args)
