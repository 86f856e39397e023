"""Regular expressions compiled the first time they are used.

For the patterns of paths a run may never take (CI files, compose files, Windows scripts in a repository
that has none): compiling them all when their module is imported is a noticeable part of a one-shot run's
start-up. A `Lazy` pattern answers the `re.Pattern` methods the package uses, with the same results."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any, AnyStr, Generic


class Lazy(Generic[AnyStr]):
    """`re.compile(pattern, flags)`, done on the first call of one of its methods."""

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: AnyStr, flags: int = 0) -> None:
        self.pattern: AnyStr = pattern
        self._flags = flags
        self._compiled: re.Pattern[AnyStr] | None = None

    @property
    def compiled(self) -> re.Pattern[AnyStr]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def match(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[AnyStr] | None:
        return self.compiled.match(string, pos, endpos)

    def search(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[AnyStr] | None:
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[AnyStr]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Lazy({self.pattern!r}, {self._flags})"
