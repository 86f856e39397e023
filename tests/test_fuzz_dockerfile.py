"""Property tests of the Dockerfile front end on instruction fragments mixed with noise: a model or a
DockerfileSyntaxError, nothing else; instructions in order, never overlapping, inside the text; every token
the exact source slice; and between instructions nothing but blank lines, comments and parser directives, so
rendering the untouched file from the model gives it back byte for byte.

Budget (CI): MIGRATE_FUZZ_EXAMPLES (default 200) examples per property, a few seconds here."""

from __future__ import annotations

import os
from pathlib import PurePosixPath

from hypothesis import example, given, settings
from hypothesis import strategies as st

from migrate.parse.dockerfile import Dockerfile, DockerfileSyntaxError, parse_dockerfile
from migrate.render.edits import Edit, apply_edits
from migrate.source import SourceFile, encode

EXAMPLES = int(os.environ.get("MIGRATE_FUZZ_EXAMPLES", "200"))
fuzz = settings(max_examples=EXAMPLES, deadline=None)

FRAGMENTS = [
    "# syntax=docker/dockerfile:1",
    "# escape=`",
    "FROM golang:1.21 AS builder",
    "from alpine as runtime",
    "FROM --platform=$BUILDPLATFORM alpine",
    "ARG VERSION=1",
    "WORKDIR /app",
    "COPY . .",
    "COPY --from=builder /out/app /usr/bin/app",
    "COPY --chown=1:1 a b /dst/",
    "ADD app.tar.gz /",
    "RUN make \\\n    && make install",
    "RUN apk add \\\n# interjected\n    git",
    "RUN <<EOF\nset -e\necho hi\nEOF",
    'RUN <<-"SCRIPT"\n\techo\n\tSCRIPT',
    'CMD ["app", "--port", "8080"]',
    'ENTRYPOINT ["/bin/sh", "-c"]',
    "USER 1000",
    'ENV PATH="/app/bin:$PATH"',
    "# comment",
    "   ",
    "\\",
    "`",
    "\ufeff",
    "é",
    "\udce9",  # a Latin-1 byte, as surrogateescape decodes it
]
ENDINGS = ["\n", "\r\n", "", " \\\n"]

dockerfiles = st.lists(
    st.tuples(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), st.sampled_from(ENDINGS)), max_size=12
).map(lambda parts: "".join(a + b for a, b in parts))


def parse(text: str) -> Dockerfile | None:
    try:
        return parse_dockerfile(SourceFile(PurePosixPath("Dockerfile"), encode(text)))
    except DockerfileSyntaxError:
        return None


def only_trivia(gap: str) -> bool:
    """Blank lines, comments and directives only (a BOM may open the file)."""
    return all(not line.strip() or line.lstrip().startswith("#") for line in gap.lstrip("\ufeff").split("\n"))


@fuzz
@given(dockerfiles)
@example("FROM a\nRUN x \\")
@example("RUN <<EOF\nno terminator")
@example("\ufeffFROM a\r\nCOPY a b\r\n")
@example("# escape=`\nRUN a `\n  b")
@example("RUN \\\n# only a comment after the continuation")  # crasher: the RUN was dropped
@example("FROM a AS b \\\n# syntax=docker/dockerfile:1\n")  # crasher: the FROM was dropped
@example("COMMENT \\\nFROM a\n")  # crasher: an instruction named COMMENT was taken for a comment
@example("FROM a \\\n\x1f#\n")  # crasher: a comment line after a control character
def test_instructions_are_ordered_disjoint_exact_spans(text: str) -> None:
    df = parse(text)
    if df is None:
        return
    assert df.text == text
    prev_end = 0
    for ins in df.instructions:
        assert prev_end <= ins.start < ins.end <= len(text), (ins, prev_end)
        assert only_trivia(text[prev_end : ins.start]), (text[prev_end : ins.start], ins)
        for tok in ins.tokens:
            assert ins.start <= tok.start <= tok.end <= ins.end
            assert tok.text == text[tok.start : tok.end]
        ins.flags, ins.args, ins.is_json  # noqa: B018 (derived views must not raise)
        prev_end = ins.end
    assert only_trivia(text[prev_end:])
    for stage in df.stages:
        assert stage.from_.keyword == "FROM"
    assert isinstance(df.preamble, tuple)


@fuzz
@given(dockerfiles)
def test_rendering_the_untouched_model_gives_the_file_back(text: str) -> None:
    df = parse(text)
    if df is None:
        return
    # re-emitting every instruction as its own source slice is the identity: nothing is regenerated
    edits = [Edit(i.start, i.end, df.text[i.start : i.end]) for i in df.instructions]
    assert encode(apply_edits(df.text, edits)) == encode(text)
