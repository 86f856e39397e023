"""The shell language (bash, sh): words keep the parts the reader took from its tree."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from migrate.frontends import Language

if TYPE_CHECKING:
    from migrate.parse.shell_model import Script, Word
    from migrate.parse.words import Part


class ShellLanguage(Language):
    name = "bash"

    def word_parts(self, script: Script, word: Word) -> tuple[Part, ...]:
        return word.parts

    def variable_pattern(self, name: str) -> re.Pattern[str]:
        return re.compile(r"\$[{(]?[#!]?" + re.escape(name) + r"(?![A-Za-z0-9_])")  # $X ${X} $(X)


SHELL = ShellLanguage()
