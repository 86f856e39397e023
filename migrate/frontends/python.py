"""The Python language: names read as Python reads them (comments, strings and assignment targets are not
reads), the docker SDK's build calls, and tarfile extraction."""

from __future__ import annotations

import io
import json
import re
import tokenize
from collections.abc import Callable
from typing import TYPE_CHECKING

from migrate.frontends import Language

if TYPE_CHECKING:
    from migrate.parse.sdk_model import BuildCallSite
    from migrate.parse.shell_model import Script, Word
    from migrate.parse.words import Part
    from migrate.trace.flow import Build


class PythonLanguage(Language):
    name = "Python"
    tar_makes_directory = True  # the pipe is tarfile's extractall (parse/python_archive.py), which makes it
    rewrites_build_context = False  # the runtime build is a call whose context argument is not rewritten

    def word_parts(self, script: Script, word: Word) -> tuple[Part, ...]:
        return word.parts

    def variable_pattern(self, name: str) -> re.Pattern[str]:
        return re.compile(r"(?<![\w.])" + re.escape(name) + r"(?!\w)")  # a Python name, in code or an f-string

    def literal(self, text: str) -> str:
        return json.dumps(text)

    def carried(self, source: str, value: str | None) -> str | None:
        if value is not None:  # written anew as a Python string, whatever syntax it came in
            return json.dumps(value)
        return source if re.match(r"""[rbfRBF]*["']""", source) else None

    def new_arguments(self, written: list[str]) -> str:
        return "".join(f", {w}" for w in written)  # more items of the argument list

    def code(self, text: str) -> str:
        return _code(text)

    def tidy_after(
        self, before: str, after: str, elsewhere: Callable[[], str] = lambda: ""
    ) -> tuple[str, list[tuple[str, int]]]:
        from migrate.frontends.python_tidy import tidy_python

        return tidy_python(before, after, elsewhere)

    def announces(self, line: str) -> bool:
        return _PRINT.fullmatch(line.strip(" \t\r\n")) is not None

    def opaque_spans(self, script: Script) -> list[tuple[int, int]]:
        """Strings over several lines: their lines are text, not comments or statements."""
        out: list[tuple[int, int]] = []
        starts = [0]
        for line in script.text.splitlines(keepends=True):
            starts.append(starts[-1] + len(line))
        try:
            for tok in tokenize.generate_tokens(io.StringIO(script.text).readline):
                if tok.type == tokenize.STRING and tok.start[0] != tok.end[0]:
                    out.append((starts[tok.start[0] - 1] + tok.start[1], starts[tok.end[0] - 1] + tok.end[1]))
        except (tokenize.TokenError, SyntaxError):
            return [(0, len(script.text))]  # unreadable: nothing in it is tidied
        return out

    def sdk_build(self, runtime: Build) -> BuildCallSite | None:
        from migrate.plan.sdk_build import sdk_call

        return sdk_call(runtime)


PYTHON = PythonLanguage()

# print() of one string literal (an f-string only with plain names in its braces): text and nothing else
_PRINT = re.compile(
    r"""print\((?:[rRuU]?(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*"|'[^'\\\n]*(?:\\.[^'\\\n]*)*')"""
    r"""|[fF](?:"(?:[^"\\\n{}]|\{\w+\})*"|'(?:[^'\\\n{}]|\{\w+\})*'))\)"""
)


_FSTRING_TEXT = getattr(tokenize, "FSTRING_MIDDLE", -1)  # Python 3.12+ splits f-strings into tokens


def _code(text: str) -> str:
    """Python text as it reads variables: without comments and string literals (f-strings keep their
    expressions), and without the names a plain assignment stores to: `print("image")`, `# the image` and
    `image, logs = …` read no variable `image`."""
    lines: list[list[tokenize.TokenInfo]] = [[]]
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.NEWLINE:
                lines.append([])
            elif tok.type in _NOT_CODE or (tok.type == tokenize.STRING and not re.match(r"[rbuRBU]*[fF]", tok.string)):
                continue
            else:
                lines[-1].append(tok)
    except (tokenize.TokenError, SyntaxError):
        return text  # a fragment tokenize cannot read: every mention counts
    out: list[str] = []
    last = (0, 0)
    for tok in (t for line in lines for t in line[_targets_end(line) :]):
        out.append(tok.string if tok.start == last else " " + tok.string)  # `a.b` stays an attribute
        last = tok.end
    return "".join(out)


_NOT_CODE = {tokenize.COMMENT, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER, _FSTRING_TEXT}


def _targets_end(line: list[tokenize.TokenInfo]) -> int:
    """The index past the `a, (b, c) = d = ` targets that start a logical line (subscripts and attributes
    are reads: they stay)."""
    i = 0
    while True:
        j = i
        while j < len(line) and (line[j].type == tokenize.NAME or line[j].string in ",()[]*"):
            if line[j].type == tokenize.NAME and j + 1 < len(line) and line[j + 1].string in "([":
                return i  # `a[i] = …`, `f(x) = …`: not a plain name
            j += 1
        if j == i or j >= len(line) or line[j].string != "=":
            return i
        i = j + 1
