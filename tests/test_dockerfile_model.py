"""migrate/parse/dockerfile.py: instructions with exact spans, flags, stages and parser directives."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from migrate.parse.dockerfile import Dockerfile, DockerfileSyntaxError, parse_dockerfile
from migrate.source import SourceFile


def parse(text: str | bytes) -> Dockerfile:
    raw = text.encode() if isinstance(text, str) else text
    return parse_dockerfile(SourceFile(PurePosixPath("Dockerfile"), raw))


def spans(df: Dockerfile) -> list[tuple[str, str, int]]:
    return [(i.keyword, df.text[i.start : i.end], i.line) for i in df.instructions]


def toks(df: Dockerfile, n: int) -> list[str]:
    return [t.text for t in df.instructions[n].tokens]


def test_instruction_spans_cover_whole_lines() -> None:
    df = parse("FROM a\n\n# comment\nRUN x\n")
    assert spans(df) == [("FROM", "FROM a\n", 1), ("RUN", "RUN x\n", 4)]


def test_keyword_upper_cased_and_indentation_skipped() -> None:
    df = parse("  from a\n  run x\n")
    assert spans(df) == [("FROM", "  from a\n", 1), ("RUN", "  run x\n", 2)]
    assert toks(df, 1) == ["x"]


def test_token_offsets_slice_the_source() -> None:
    df = parse("FROM a\nCOPY --chown=1:1 app /app\n")
    assert all(df.text[t.start : t.end] == t.text for t in df.instructions[1].tokens)
    assert toks(df, 1) == ["--chown=1:1", "app", "/app"]


def test_missing_final_newline_ends_at_end_of_text() -> None:
    df = parse("FROM a\nCMD x")
    assert spans(df)[-1] == ("CMD", "CMD x", 2)


def test_continuation_is_one_instruction() -> None:
    df = parse("FROM a\nRUN x \\\n  y\nCMD z\n")
    assert spans(df)[1] == ("RUN", "RUN x \\\n  y\n", 2)
    assert toks(df, 1) == ["x", "y"]


def test_interjected_comment_in_continuation_is_spanned_but_not_tokenised() -> None:
    df = parse("FROM a\nRUN apk add \\\n  # comment\n  git \\\n  make\nCMD x\n")
    assert spans(df)[1] == ("RUN", "RUN apk add \\\n  # comment\n  git \\\n  make\n", 2)
    assert toks(df, 1) == ["apk", "add", "git", "make"]
    assert spans(df)[2] == ("CMD", "CMD x\n", 6)


def test_heredoc_body_attached_to_its_instruction() -> None:
    df = parse("FROM a\nRUN <<EOF\nset -e\nFROM not-a-stage\nEOF\nCMD x\n")
    assert spans(df) == [
        ("FROM", "FROM a\n", 1),
        ("RUN", "RUN <<EOF\nset -e\nFROM not-a-stage\nEOF\n", 2),
        ("CMD", "CMD x\n", 6),
    ]
    assert df.instructions[1].heredoc is True
    assert toks(df, 1) == ["<<EOF"]
    assert len(df.stages) == 1


def test_heredoc_quoted_and_dash_forms() -> None:
    df = parse('FROM a\nCOPY <<A /a\nx\nA\nRUN <<-"S" bash\n\techo\n\tS\n')
    assert [(k, t) for k, t, _ in spans(df)] == [
        ("FROM", "FROM a\n"),
        ("COPY", "COPY <<A /a\nx\nA\n"),
        ("RUN", 'RUN <<-"S" bash\n\techo\n\tS\n'),
    ]
    assert toks(df, 1) == ["<<A", "/a"]


def test_unterminated_heredoc_raises() -> None:
    with pytest.raises(DockerfileSyntaxError) as info:
        parse("FROM a\nRUN <<EOF\nno end\n")
    assert info.value.line == 2


def test_bom_is_outside_the_first_instruction() -> None:
    df = parse("\ufeffFROM a\nRUN x\n")
    assert df.text.startswith("\ufeff")
    assert spans(df) == [("FROM", "FROM a\n", 1), ("RUN", "RUN x\n", 2)]
    assert df.instructions[0].start == 1


def test_crlf_spans_keep_line_endings_and_tokens_drop_them() -> None:
    df = parse("FROM a\r\nRUN x \\\r\n  y\r\nCMD z\r\n")
    assert spans(df) == [("FROM", "FROM a\r\n", 1), ("RUN", "RUN x \\\r\n  y\r\n", 2), ("CMD", "CMD z\r\n", 4)]
    assert toks(df, 1) == ["x", "y"]


def test_invalid_utf8_is_kept_byte_exact() -> None:
    df = parse(b"FROM a\nRUN \xff\n")
    assert spans(df)[1][0] == "RUN"
    assert df.text.encode("utf-8", "surrogateescape") == b"FROM a\nRUN \xff\n"


@pytest.mark.parametrize(
    ("text", "directives", "escape"),
    [
        pytest.param("FROM a\n", {}, "\\", id="no directives"),
        pytest.param("# comment\n# syntax=x\nFROM a\n", {}, "\\", id="directive after a comment is a comment"),
        pytest.param("\n# escape=`\nFROM a\n", {}, "\\", id="directive after a blank line is a comment"),
        pytest.param("# syntax=docker/dockerfile:1\nFROM a\n", {"syntax": "docker/dockerfile:1"}, "\\", id="syntax"),
        pytest.param("# escape=`\nFROM a\n", {"escape": "`"}, "`", id="backtick escape"),
        pytest.param("#  ESCAPE = `\nFROM a\n", {"escape": "`"}, "`", id="directive name case and spaces"),
        pytest.param("# escape=`\n# escape=\\\nFROM a\n", {"escape": "`"}, "`", id="repeated directive ends them"),
    ],
)
def test_parser_directives(text: str, directives: dict[str, str], escape: str) -> None:
    df = parse(text)
    assert (df.directives, df.escape) == (directives, escape)


def test_directive_end_is_past_the_directive_lines() -> None:
    text = "# syntax=docker/dockerfile:1\n# escape=`\nFROM a\n"
    df = parse(text)
    assert df.directive_end == text.index("FROM")


def test_backtick_escape_continues_lines_and_backslash_does_not() -> None:
    df = parse("# escape=`\nFROM a\nRUN x `\n  y\nRUN c:\\dir\\\nCMD z\n")
    assert [(k, t) for k, t, _ in spans(df)][1:] == [
        ("RUN", "RUN x `\n  y\n"),
        ("RUN", "RUN c:\\dir\\\n"),
        ("CMD", "CMD z\n"),
    ]


def test_flags_and_args() -> None:
    ins = parse("FROM a\nCOPY --from=build --chown=1:1 --link /a /b\n").instructions[1]
    assert {k: t.text for k, t in ins.flags.items()} == {
        "from": "--from=build",
        "chown": "--chown=1:1",
        "link": "--link",
    }
    assert (ins.flag("from"), ins.flag("chown"), ins.flag("link"), ins.flag("chmod")) == ("build", "1:1", "", None)
    assert [t.text for t in ins.args] == ["/a", "/b"]


def test_flags_stop_at_the_first_argument() -> None:
    ins = parse("FROM a\nRUN echo --not-a-flag\n").instructions[1]
    assert ins.flags == {}
    assert [t.text for t in ins.args] == ["echo", "--not-a-flag"]


@pytest.mark.parametrize(
    ("line", "is_json"),
    [
        pytest.param('CMD ["a", "b"]', True, id="exec form"),
        pytest.param("CMD a b", False, id="shell form"),
    ],
)
def test_json_form(line: str, is_json: bool) -> None:
    assert parse(f"FROM a\n{line}\n").instructions[1].is_json is is_json


def test_stages_names_bases_and_bodies() -> None:
    df = parse("ARG V=1\nFROM a:$V AS build\nRUN x\nfrom b as Run\nCOPY --from=build /a /b\nCMD y\n")
    assert [(s.index, s.name, s.base, [i.keyword for i in s.body]) for s in df.stages] == [
        (0, "build", "a:$V", ["RUN"]),
        (1, "Run", "b", ["COPY", "CMD"]),
    ]
    assert df.stage_named("run") is df.stages[1]
    assert df.stage_named("missing") is None


def test_stage_with_platform_flag() -> None:
    df = parse("FROM --platform=$BUILDPLATFORM golang:1 AS b\nRUN x\n")
    (stage,) = df.stages
    assert (stage.name, stage.base, stage.from_.flag("platform")) == ("b", "golang:1", "$BUILDPLATFORM")


def test_unnamed_stage() -> None:
    df = parse("FROM a\n")
    assert df.stages[0].name is None


def test_preamble_holds_the_global_args_only() -> None:
    df = parse("# c\nARG A=1\nARG B\nFROM a\nARG C\n")
    assert [t.text for i in df.preamble for t in i.tokens] == ["A=1", "B"]


def test_no_preamble_without_global_args() -> None:
    assert parse("FROM a\nARG C\n").preamble == ()


def test_last_instruction_with_trailing_continuation_is_kept() -> None:
    df = parse("FROM a\nCOPY app.jar /app/ \\\n")
    assert [i.keyword for i in df.instructions] == ["FROM", "COPY"]
