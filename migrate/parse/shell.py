"""Read a shell script: tree-sitter-bash first (parse/shell_ts.py). Where it cannot read a region, bashlex
reads the whole script if it can (it is imported only then: FACTS.md A.1, the two fail on different
constructs, `for f do` being one only bashlex reads). When neither can, bash itself is asked whether the
script is valid (`bash -n` parses without running anything): if bash rejects it, that is a syntax error
(MIG101); if bash accepts it, each region tree-sitter could not read is an UNREAD statement, and only a
flow that depends on one is refused (MIG110)."""

from __future__ import annotations

import os
import shutil
import subprocess

from migrate.lazy_re import Lazy
from migrate.parse.shell_model import Script, SourceSyntaxError
from migrate.parse.shell_ts import read_tree_sitter

_BASH_ERROR = Lazy(r"line (\d+): (.*)")  # only for a script neither parser reads


def parse_shell(text: str) -> Script:
    script, whole = read_tree_sitter(text)
    if whole:
        return script
    from migrate.parse.shell_bashlex import parse_bashlex  # only for what tree-sitter-bash cannot read

    try:
        return parse_bashlex(text)
    except SourceSyntaxError as err:
        bashlex_error = err
    rejected = bash_rejects(text)
    if rejected is not None:
        line, message = rejected
        offset = bashlex_error.offset
        if offset is None or text.count("\n", 0, offset) + 1 != line:
            offset = _line_start(text, line)
        raise SourceSyntaxError(f"bash rejects it: {message}", offset)
    return script


def bash_rejects(text: str) -> tuple[int, str] | None:
    """bash's own verdict: (line, message) of its syntax error, or None when it accepts the script or
    cannot be asked (no bash on this machine, or it did not answer in time)."""
    bash = shutil.which("bash")
    if bash is None:
        return None
    try:
        done = subprocess.run(
            [bash, "--norc", "--noprofile", "-n"],
            input=text.encode("utf-8", errors="surrogateescape"),
            capture_output=True,
            timeout=10,
            env={"PATH": os.defpath, "LC_ALL": "C"},
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode == 0:
        return None
    for line in done.stderr.decode("utf-8", errors="replace").splitlines():
        m = _BASH_ERROR.search(line)
        if m is not None:
            return int(m.group(1)), m.group(2).strip()
    return None


def _line_start(text: str, line: int) -> int:
    at = 0
    for _ in range(line - 1):
        nl = text.find("\n", at)
        if nl == -1:
            return len(text)
        at = nl + 1
    return at
