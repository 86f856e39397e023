"""The orchestrator languages: one front end per language (shell, make, Python). Each reads its files into
the shared model (parse/shell_model.py) and knows how to write its own language back; the tracer and the
planner ask the script's `Language` instead of testing which language it is."""

from __future__ import annotations

import re
import shlex
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from migrate.parse.sdk_model import BuildCallSite
    from migrate.parse.shell_model import Script, Word
    from migrate.parse.words import Part
    from migrate.trace.flow import Build


class Language(ABC):
    """What the tracer and the planner need to know of an orchestrator's language."""

    name: str  # as a person says it: "bash", "make", "Python"
    # characters that may stand before a statement on its line and go with it (make's recipe prefixes)
    line_prefixes: str = ""
    # `docker cp … - | tar x -C dir` makes `dir` (Python's tarfile extractall does; the tar command does not)
    tar_makes_directory: bool = False
    # the flow's build context can be rewritten (a docker CLI line; not a docker SDK call's arguments)
    rewrites_build_context: bool = True

    @abstractmethod
    def word_parts(self, script: Script, word: Word) -> tuple[Part, ...]:
        """The parts of one word of `script`."""

    @abstractmethod
    def variable_pattern(self, name: str) -> re.Pattern[str]:
        """A use of the variable `name` in code of this language."""

    def code(self, text: str) -> str:
        """`text` as it reads variables (Python drops comments, strings and assignment targets)."""
        return text

    def uses_variable(self, text: str, name: str) -> bool:
        return self.variable_pattern(name).search(self.code(text)) is not None

    def count_uses(self, text: str, name: str) -> int:
        return len(self.variable_pattern(name).findall(self.code(text)))

    def variables(self, here: str) -> dict[str, str]:
        """Variables the language sets before the orchestrator's first statement (`here`: its directory)."""
        return {}

    def working_directories(self, here: str) -> list[str]:
        """Where the orchestrator may be run from, most likely first (`here` is its own directory)."""
        return list(dict.fromkeys([here, "."]))

    def finish(self, text: str, deleted: set[str]) -> str:
        """The rewritten file, made consistent with the files the migration deletes (given relative to the
        file's directory)."""
        return text

    def literal(self, text: str) -> str:
        """`text` written as one new argument of a command line (a shell word; a Python string)."""
        return shlex.quote(text)

    def carried(self, source: str, value: str | None) -> str | None:
        """An argument copied from another command line of the same file, as its `source` text (`value`:
        what it evaluates to, when known); None when it cannot be written here."""
        return source

    def new_arguments(self, written: list[str]) -> str:
        """The text inserted after a command line's `build` word to add these arguments."""
        return " " + " ".join(written)

    def sdk_build(self, runtime: Build) -> BuildCallSite | None:
        """The docker SDK call that builds `runtime`, None for a docker command line."""
        return None

    def tidy_after(
        self, before: str, after: str, elsewhere: Callable[[], str] = lambda: ""
    ) -> tuple[str, list[tuple[str, int]]]:
        """`after` (the migrated text of a file that was `before`) without what the language leaves unused
        once steps are removed (make targets and variables, Python functions and imports); (rule, line in
        `after`) for each line that goes. `elsewhere`: the text of the repository's other files, which may
        still use a target or a function (`make builder` in CI, an import), read only when asked."""
        return after, []

    def comment_line(self, line: str, index: int) -> bool:
        """Whether `line` (the `index`th of its file, from 0) is only a comment, and not one that speaks to
        the interpreter (a shebang, an encoding line)."""
        body = line.lstrip(" \t" + self.line_prefixes)
        if not body.startswith("#"):
            return False
        return not (index == 0 and body.startswith("#!")) and not (index < 2 and _CODING.match(body))

    def announces(self, line: str) -> bool:
        """Whether `line` is a whole statement that only prints text (an `echo "Extracting..."`): no
        redirection, no command substitution, nothing that reads its output."""
        return _ANNOUNCE.fullmatch(line.strip(" \t\r\n")) is not None

    def opaque_spans(self, script: Script) -> list[tuple[int, int]]:
        """Spans whose lines are data, not statements or comments (here-document bodies)."""
        out = []
        for start, end in script.heredocs.items():
            nl = script.text.find("\n", start)
            if nl != -1 and nl < end:
                out.append((nl, end))
        return out


_CODING = re.compile(r"#.*coding[:=]")
_SHELL_TEXT = r"""(?:'[^'\n]*'|"(?:[^"\\$`\n]|\\.|\$(?:\w+|\{\w+\}))*"|(?:[^\s'"\\$`|&;<>()#]|\$(?:\w+|\{\w+\}))+)"""
_ANNOUNCE = re.compile(r"(?:echo|printf)(?:[ \t]+-[neE]+)?(?:[ \t]+" + _SHELL_TEXT + r")+")
