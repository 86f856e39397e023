"""What a host command does to the files its words name: one table, by effect, for every check that asks
(an artifact changed or used after its extraction: MIG301/MIG312; the builder's input changed before the
runtime build: MIG320). A command the table does not know may do anything to what it names."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from migrate.parse.shell_model import Command
from migrate.trace.flow import HostStep


class Effect(StrEnum):
    NONE = "none"  # its words name no file (`echo`, `exit 1`): it touches nothing
    READS = "reads"  # it reads or inspects what it names, or moves there (`cd`): it changes nothing
    CREATES = "creates"  # it makes a file or directory from nothing or from another (`mkdir`, `cp`, `ln`)
    CHANGES = "changes"  # it changes what it names in place (`chmod`, `strip`, `sed -i`), or may
    DELETES = "deletes"  # it removes what it names (`rm`, `find … -delete`)

    @property
    def writes(self) -> bool:
        return self not in (Effect.NONE, Effect.READS)


NONE, READS, CREATES, CHANGES, DELETES = Effect

COMMANDS: dict[str, Effect] = {
    # output, status and shell state: the words are text, numbers or names, not files
    **dict.fromkeys(("echo", "printf", "exit", "return", "true", "false", ":", "set", "shift", "sleep"), NONE),
    **dict.fromkeys(("unset", "wait", "trap", "date", "whoami", "id", "uname", "hostname", "pwd"), NONE),
    **dict.fromkeys(("basename", "dirname", "seq", "expr"), NONE),  # work on strings, not on files
    # docker and podman commands are the docker events' business (trace/docker_events.py)
    **dict.fromkeys(("docker", "podman"), NONE),
    # reading and inspecting, moving around
    **dict.fromkeys(("cat", "ls", "[", "[[", "test", "grep", "egrep", "fgrep", "head", "tail", "wc"), READS),
    **dict.fromkeys(("du", "stat", "file", "tree", "diff", "cmp", "od", "xxd", "hexdump", "strings"), READS),
    **dict.fromkeys(("sha256sum", "sha1sum", "sha512sum", "md5sum", "cksum", "readelf", "ldd", "nm"), READS),
    **dict.fromkeys(("realpath", "readlink", "cd", "pushd", "popd"), READS),
    # making files
    **dict.fromkeys(("mkdir", "cp", "ln", "install", "mktemp", "mkfifo", "rsync", "zip"), CREATES),
    # changing files in place, or moving them
    **dict.fromkeys(("chmod", "chown", "chgrp", "touch", "strip", "upx", "patch", "truncate", "dd"), CHANGES),
    **dict.fromkeys(("mv", "tee", "gzip", "gunzip", "bzip2", "xz", "unxz"), CHANGES),
    # removing files
    **dict.fromkeys(("rm", "rmdir", "unlink", "shred"), DELETES),
}

_DELETERS = ("rm", "rmdir", "unlink", "shred")


def effect(name: str, args: Sequence[str | None]) -> Effect:
    """The command's effect on the files its words name, from its name and (for the commands whose options
    decide it) its arguments; an argument None is one that cannot be resolved."""
    if name == "find":
        return _find(args)
    if name == "sed":
        return CHANGES if any(a is None or a.startswith(("-i", "--in-place")) for a in args) else READS
    if name == "tar":
        return _tar(args)
    if name == "unzip":
        return READS if any(a in ("-l", "-t", "-v", "-Z") for a in args) else CREATES
    return COMMANDS.get(name, CHANGES)


def _find(args: Sequence[str | None]) -> Effect:
    """`find` reads, unless it deletes (`-delete`, `-exec rm`) or runs another command on what it finds."""
    found = READS
    for i, a in enumerate(args):
        if a is None:
            return CHANGES
        if a == "-delete":
            return DELETES
        if a in ("-exec", "-execdir", "-ok", "-okdir"):
            command = args[i + 1] if i + 1 < len(args) else None
            if command in _DELETERS:
                found = DELETES
            elif command is None or COMMANDS.get(command, CHANGES).writes:
                return CHANGES
    return found


def _tar(args: Sequence[str | None]) -> Effect:
    """`tar t` lists; any other mode (x, c, r, u) writes files or an archive."""
    words = [a for a in args if a is not None]
    if len(words) < len(args) or not words:
        return CHANGES
    mode = words[0].lstrip("-") if not words[0].startswith("--") else ""
    listing = "t" in mode or "--list" in words or any(w == "-t" for w in words)
    return READS if listing else CHANGES


def writes_a_file(command: Command) -> bool:
    """Whether a redirection of the command writes a file: not a duplication (`>&2`, `2>&1`), not a read,
    not a device (`> /dev/null`)."""
    for r in command.redirects:
        if r.target is None or r.op.startswith("<"):
            continue
        target = r.target.text
        if r.op.endswith("&") and (target.isdigit() or target == "-"):
            continue  # `>&2`, `2>&1`, `>&-`: a file descriptor, not a file
        if not target.startswith("/dev/"):
            return True
    return False


def step_effect(step: HostStep) -> Effect:
    """The effect of a traced host step on the paths it names: its command's, or a write when a
    redirection writes a file."""
    own = effect(step.name, [a.resolved for a in step.args])
    if not own.writes and writes_a_file(step.site.command):
        return CHANGES
    return own
