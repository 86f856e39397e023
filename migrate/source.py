"""A file as read from disk: exact bytes, text for parsers, and offset-to-line:col mapping."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import PurePosixPath

BOM = "\ufeff"


@dataclass(frozen=True)
class SourceFile:
    """One repository file. `text` decodes the bytes with surrogateescape, so encoding it back gives the
    original bytes exactly, even for files that are not valid UTF-8."""

    path: PurePosixPath  # relative to the repository root
    raw: bytes
    mode: int = 0o644
    _line_starts: list[int] = field(default_factory=list, compare=False, repr=False)

    @property
    def text(self) -> str:
        return decode(self.raw)

    @property
    def eol(self) -> str:
        """The file's dominant line ending ("\\r\\n" or "\\n")."""
        crlf = self.raw.count(b"\r\n")
        return "\r\n" if crlf and crlf * 2 >= self.raw.count(b"\n") else "\n"

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a character offset into `text`."""
        if not self._line_starts:
            starts = [0]
            text = self.text
            pos = text.find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = text.find("\n", pos + 1)
            self._line_starts.extend(starts)
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1


def decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="surrogateescape")


def encode(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogateescape")
