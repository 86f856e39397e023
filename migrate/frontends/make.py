"""The make language: recipe words read from the Makefile's own text (make's `$(VAR)`, `$$`, automatic
variables), recipe-line prefixes, and prerequisites kept consistent with deleted files."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from migrate.frontends import Language
from migrate.parse.words import split_word

if TYPE_CHECKING:
    from migrate.parse.shell_model import Script, Word
    from migrate.parse.words import Part


_MAKE_VAR = re.compile(r"\$[({][A-Za-z_][A-Za-z0-9_.-]*[)}]")


class MakeLanguage(Language):
    name = "make"
    line_prefixes = "@-+"

    def word_parts(self, script: Script, word: Word) -> tuple[Part, ...]:
        # from the Makefile's own text: the shell parser read a shell-safe copy (parse/makefile.py)
        return split_word(script.text[word.start : word.end], word.start, make=True)

    def variable_pattern(self, name: str) -> re.Pattern[str]:
        return re.compile(r"\$[{(]?[#!]?" + re.escape(name) + r"(?![A-Za-z0-9_])")  # $X ${X} $(X)

    def variables(self, here: str) -> dict[str, str]:
        return {"CURDIR": here, "PWD": here, "MAKE": "make"}

    def literal(self, text: str) -> str:
        return super().literal(text).replace("$", "$$")  # make would expand a single `$` first

    def working_directories(self, here: str) -> list[str]:
        return [here]  # make runs a Makefile's recipes from the Makefile's directory

    def announces(self, line: str) -> bool:
        # a recipe line: its prefixes, and make's own `$(VAR)` (`$$` is the shell's `$`)
        body = _MAKE_VAR.sub("x", line.strip(" \t\r\n").lstrip(self.line_prefixes)).replace("$$", "$")
        return super().announces(body)

    def tidy_after(
        self, before: str, after: str, elsewhere: Callable[[], str] = lambda: ""
    ) -> tuple[str, list[tuple[str, int]]]:
        from migrate.frontends.make_tidy import tidy_makefile

        return tidy_makefile(before, after, elsewhere)

    def finish(self, text: str, deleted: set[str]) -> str:
        from migrate.parse.makefile import drop_prerequisites

        return drop_prerequisites(text, deleted)


MAKE = MakeLanguage()
