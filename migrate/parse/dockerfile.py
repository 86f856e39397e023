"""The Dockerfile model: instructions with exact source spans, flags, stages and parser directives.

dockerfile-parse gives the instruction index (line ranges); the original text stays the truth. Its view of
heredocs is wrong (bodies become bogus instructions, FACTS.md B.2), so heredoc bodies are re-attached here.
"""

from __future__ import annotations

import io
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from dockerfile_parse import DockerfileParser

from migrate.source import BOM, SourceFile

_DIRECTIVE = re.compile(r"^#\s*(syntax|escape|check)\s*=\s*(\S+)\s*$", re.IGNORECASE)
_HEREDOC = re.compile(r"<<(-?)\s*([\"']?)([A-Za-z_][A-Za-z0-9_]*)\2")
_CONTINUATION = re.compile(r"[ \t]*\r?\n")


class Token(NamedTuple):
    """One whitespace-separated argument of an instruction, with its absolute offsets in the file text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Instruction:
    """One Dockerfile instruction with its exact place in the text."""

    keyword: str  # upper-case
    start: int  # offset of the first character of the instruction's first line
    end: int  # offset just past its last line's line ending (continuations and heredoc bodies included)
    line: int  # 1-based first line
    tokens: tuple[Token, ...]  # arguments after the keyword, flags included, in order (first line of heredocs)
    heredoc: bool = False

    @cached_property
    def flags(self) -> dict[str, Token]:
        out: dict[str, Token] = {}
        for t in self.tokens:
            if not t.text.startswith("--"):
                break
            name = t.text[2:].partition("=")[0]
            out[name] = t
        return out

    def flag(self, name: str) -> str | None:
        tok = self.flags.get(name)
        if tok is None:
            return None
        return tok.text.partition("=")[2]

    @cached_property
    def args(self) -> tuple[Token, ...]:
        return tuple(self.tokens[len(self.flags) :])

    @property
    def is_json(self) -> bool:
        return bool(self.args) and self.args[0].text.startswith("[")


@dataclass(frozen=True)
class Stage:
    """One build stage: its FROM instruction and the instructions up to the next FROM."""

    index: int
    name: str | None
    base: str  # the image or stage it is FROM, as written
    from_: Instruction
    body: tuple[Instruction, ...]  # the instructions after FROM, up to the next FROM

    @property
    def instructions(self) -> tuple[Instruction, ...]:
        return (self.from_, *self.body)


@dataclass(frozen=True)
class Dockerfile:
    """A parsed Dockerfile: its instructions and stages, with offsets into the exact text."""

    source: SourceFile
    text: str
    instructions: tuple[Instruction, ...]
    directives: dict[str, str]  # lower-case name -> value
    directive_end: int  # offset just past the directive lines (0 when there are none)
    escape: str

    @cached_property
    def stages(self) -> tuple[Stage, ...]:
        stages: list[Stage] = []
        froms = [i for i, ins in enumerate(self.instructions) if ins.keyword == "FROM"]
        for n, i in enumerate(froms):
            ins = self.instructions[i]
            nxt = froms[n + 1] if n + 1 < len(froms) else len(self.instructions)
            args = [t.text for t in ins.args]
            name = args[2] if len(args) >= 3 and args[1].lower() == "as" else None
            stages.append(Stage(n, name, args[0] if args else "", ins, self.instructions[i + 1 : nxt]))
        return tuple(stages)

    @property
    def preamble(self) -> tuple[Instruction, ...]:
        """Instructions before the first FROM (global ARGs)."""
        out = []
        for ins in self.instructions:
            if ins.keyword == "FROM":
                break
            out.append(ins)
        return tuple(out)

    def context_sources(self) -> Iterator[tuple[Instruction, Token, str]]:
        """What its COPY/ADD read from the build context: (instruction, source token, the path relative to
        the context, normalized). COPY --from, heredocs and remote sources read no context."""
        for ins in self.instructions:
            if ins.keyword not in ("COPY", "ADD") or "from" in ins.flags or ins.heredoc:
                continue
            for tok in ins.args[:-1]:
                if remote_source(tok.text):
                    continue
                yield ins, tok, posixpath.normpath(tok.text.lstrip("/")) if tok.text.strip("/") else "."

    def stage_named(self, name: str) -> Stage | None:
        for st in self.stages:
            if st.name is not None and st.name.lower() == name.lower():
                return st
        return None


def remote_source(text: str) -> bool:
    """A COPY/ADD source that is downloaded, not read from the build context: a URL or a git repository."""
    return "://" in text or text.startswith("git@")


class DockerfileSyntaxError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _tokens(text: str, start: int, end: int, escape: str, keyword_len: int) -> tuple[Token, ...]:
    """Whitespace-split arguments of the instruction text[start:end], skipping continuations and the
    comment lines interjected in them."""
    toks: list[Token] = []
    i = start + keyword_len
    cur_start = -1
    at_line_start = False
    while i < end:
        c = text[i]
        if at_line_start:
            j = i
            while j < end and text[j] in " \t":
                j += 1
            if j < end and text[j] == "#":  # an interjected comment line
                nl = text.find("\n", j)
                i = end if nl == -1 else nl + 1
                continue
            at_line_start = False
        if c == escape and _CONTINUATION.match(text, i + 1, end):
            if cur_start >= 0:
                toks.append(Token(text[cur_start:i], cur_start, i))
                cur_start = -1
            nl = text.find("\n", i)
            i = nl + 1
            at_line_start = True
            continue
        if c in " \t\r\n":
            if cur_start >= 0:
                toks.append(Token(text[cur_start:i], cur_start, i))
                cur_start = -1
            if c == "\n":
                break
        elif cur_start < 0:
            cur_start = i
        i += 1
    if cur_start >= 0:
        toks.append(Token(text[cur_start:i], cur_start, i))
    return tuple(toks)


def _is_comment(entry: dict[str, object]) -> bool:
    """dockerfile-parse calls comments COMMENT, and so an instruction of that name (which docker refuses)."""
    return entry["instruction"] == "COMMENT" and str(entry["content"]).lstrip().lstrip(BOM).lstrip().startswith("#")


def parse_dockerfile(source: SourceFile) -> Dockerfile:
    text = source.text
    body = text[1:] if text.startswith(BOM) else text
    offset0 = len(text) - len(body)
    # dockerfile-parse decodes strictly; it only gives line numbers here, so replacement characters are fine
    safe = body.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace").encode("utf-8")
    try:
        structure = DockerfileParser(fileobj=io.BytesIO(safe), env_replace=False).structure
    except Exception as exc:  # the library raises several types on odd input
        raise DockerfileSyntaxError(f"cannot be parsed: {exc}", 1) from None

    starts = [offset0 + s for s in _line_starts(body)]
    nlines = len(starts)

    def line_end(line: int) -> int:  # offset past the line's newline (0-based line)
        return starts[line + 1] if line + 1 < nlines else len(text)

    directives: dict[str, str] = {}
    directive_end = 0
    escape = "\\"
    for ln in range(nlines):
        m = _DIRECTIVE.match(text[starts[ln] : line_end(ln)].rstrip("\r\n"))
        if not m or m.group(1).lower() in directives:
            break
        directives[m.group(1).lower()] = m.group(2)
        directive_end = line_end(ln)
    if directives.get("escape") in ("\\", "`"):
        escape = directives["escape"]

    instructions: list[Instruction] = []
    skip_until = -1
    for entry in structure:
        kw = str(entry["instruction"]).upper()
        first, last = int(entry["startline"]), int(entry["endline"])
        if _is_comment(entry) or first <= skip_until:
            continue
        s, e = starts[first], line_end(last)
        heredoc = False
        first_line = text[s : line_end(first)]
        if kw in ("RUN", "COPY", "ADD") and _HEREDOC.search(first_line):
            last = _heredoc_end(text, starts, line_end, last, first_line)
            e = line_end(last)
            skip_until = last
            heredoc = True
        kw_len = len(first_line) - len(first_line.lstrip()) + len(kw)
        toks = _tokens(text, s, e if not heredoc else line_end(first), escape, kw_len)
        instructions.append(Instruction(kw, s, e, first + 1, toks, heredoc))
    # comments do not count: one interjected in a continuation that runs to the end is all dfp reports of it
    covered = max([skip_until, *(int(x["endline"]) for x in structure if not _is_comment(x))])
    for ln in range(covered + 1, nlines):  # dockerfile-parse drops an instruction continued past the end
        line = text[starts[ln] : line_end(ln)]
        if line.strip() and not line.lstrip().startswith("#"):
            kw = line.split()[0].upper()
            kw_len = len(line) - len(line.lstrip()) + len(kw)
            toks = _tokens(text, starts[ln], len(text), escape, kw_len)
            instructions.append(Instruction(kw, starts[ln], len(text), ln + 1, toks))
            break
    return Dockerfile(source, text, tuple(instructions), directives, directive_end, escape)


def _heredoc_end(text: str, starts: list[int], end_of: Callable[[int], int], last: int, first_line: str) -> int:
    """The 0-based line of the last here-document terminator opened on `first_line`."""
    line = last
    for m in _HEREDOC.finditer(first_line):
        strip_tabs, word = m.group(1) == "-", m.group(3)
        line += 1
        while line < len(starts):
            content = text[starts[line] : end_of(line)].rstrip("\r\n")
            if (content.lstrip("\t") if strip_tabs else content) == word:
                break
            line += 1
        else:
            raise DockerfileSyntaxError(f"here-document `{word}` is not terminated", last + 1)
    return line
