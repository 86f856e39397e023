"""What a docker SDK call (python_sdk.py) leaves in the shell model beyond the docker command it stands for:
where a kept `client.images.build(...)` can take more arguments, for the planner to write them in the
script's own style. No libcst here: the planner imports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from migrate.parse.shell_model import Word
from migrate.parse.words import Part


@dataclass(frozen=True)
class Insertion:
    """Where new items go in an argument list or a dict display, laid out as the items already there:
    `prefix + sep.join(items) + suffix` is inserted at `at`."""

    at: int
    prefix: str
    sep: str
    suffix: str

    def text(self, items: list[str]) -> str:
        return self.prefix + self.sep.join(items) + self.suffix


@dataclass(frozen=True)
class BuildCallSite:
    """A `client.images.build(...)` call as written: a new keyword argument goes at `keywords`; a new
    build argument into the `buildargs={...}` display at `buildargs` (None when there is no display:
    `has_buildargs` says whether `buildargs=` is given some other way); `flags` are the boolean keywords
    given (`nocache=False`): name, the span of the value, and the value."""

    keywords: Insertion
    buildargs: Insertion | None = None
    has_buildargs: bool = False
    flags: tuple[tuple[str, int, int, bool], ...] = ()


class SdkWord(Word):
    """A word of a command made from an SDK call. `call`: on the `build` word of `images.build`, the call;
    `source`: on a build argument, its value as the Python source wrote it."""

    __slots__ = ("call", "source")

    call: Final[BuildCallSite | None]
    source: Final[str | None]

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        tree_parts: tuple[Part, ...] | None = None,
        call: BuildCallSite | None = None,
        source: str | None = None,
    ) -> None:
        super().__init__(start, end, text, tree_parts)
        self.call = call
        self.source = source

    def _key(self) -> tuple[object, ...]:
        return (*super()._key(), self.call, self.source)


def build_call_site(words: tuple[Word, ...] | list[Word]) -> BuildCallSite | None:
    """The SDK call behind a `docker build` command's words, None when the command is the docker CLI."""
    for w in words:
        if isinstance(w, SdkWord) and w.call is not None:
            return w.call
    return None
