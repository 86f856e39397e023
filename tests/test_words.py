"""migrate/parse/words.py: one shell word's source text split into literal and expansion parts."""

from __future__ import annotations

import pytest

from migrate.parse.words import CmdSub, Lit, Opaque, Param, WordError, split_word


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        pytest.param("abc", (Lit("abc", False),), id="plain word is one unquoted literal"),
        pytest.param("a$", (Lit("a$", False),), id="a lone trailing dollar is literal"),
        pytest.param("'a b'", (Lit("a b", True),), id="single quotes removed, text quoted"),
        pytest.param('"a b"', (Lit("a b", True),), id="double quotes removed, text quoted"),
        pytest.param("''", (Lit("", True),), id="empty single quotes are an empty but present argument"),
        pytest.param('""', (Lit("", True),), id="empty double quotes are an empty but present argument"),
        pytest.param("'$x'", (Lit("$x", True),), id="dollar inside single quotes is literal"),
        pytest.param(r"\$x", (Lit("$", True), Lit("x", False)), id="backslash-dollar is a literal dollar"),
        pytest.param('a"b"c', (Lit("a", False), Lit("b", True), Lit("c", False)), id="quoting changes split literals"),
        pytest.param('"a\\tb"', (Lit("a\\tb", True),), id="backslash before ordinary char kept in double quotes"),
        pytest.param('"a\\"b"', (Lit('a"b', True),), id="escaped double quote inside double quotes"),
        pytest.param("a\\\nb", (Lit("ab", False),), id="backslash-newline is a line continuation"),
        pytest.param("$'a\\nb'", (Lit("a\nb", True),), id="ansi-c quoting decodes escapes"),
        pytest.param("$'it\\'s'", (Lit("it's", True),), id="ansi-c quoting decodes an escaped quote"),
    ],
)
def test_literal_parts(src: str, expected: tuple[object, ...]) -> None:
    assert split_word(src) == expected


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        pytest.param("$x", (Param("x", None, None, False, 0, 2),), id="bare parameter"),
        pytest.param("${x}", (Param("x", None, None, False, 0, 4),), id="braced parameter"),
        pytest.param("$1", (Param("1", None, None, False, 0, 2),), id="positional parameter"),
        pytest.param("$@", (Param("@", None, None, False, 0, 2),), id="special parameter"),
        pytest.param(
            '"$x"', (Lit("", True), Param("x", None, None, True, 1, 3)), id="double-quoted parameter is quoted"
        ),
        pytest.param(
            "x=$A/b",
            (Lit("x=", False), Param("A", None, None, False, 2, 4), Lit("/b", False)),
            id="parameter between literals",
        ),
    ],
)
def test_parameter_parts(src: str, expected: tuple[object, ...]) -> None:
    assert split_word(src) == expected


@pytest.mark.parametrize(
    ("src", "op", "arg", "arg_start"),
    [
        pytest.param("${X:-d}", ":-", "d", 5, id="colon-dash default"),
        pytest.param("${X-d}", "-", "d", 4, id="dash default"),
        pytest.param("${X:=d}", ":=", "d", 5, id="colon-equals assign default"),
        pytest.param("${X=d}", "=", "d", 4, id="equals assign default"),
        pytest.param("${X:+d}", ":+", "d", 5, id="colon-plus alternative"),
        pytest.param("${X+d}", "+", "d", 4, id="plus alternative"),
        pytest.param("${X:?d}", ":?", "d", 5, id="colon-question error"),
        pytest.param("${X?d}", "?", "d", 4, id="question error"),
        pytest.param("${X:-$B}", ":-", "$B", 5, id="default is raw source of a nested expansion"),
        pytest.param("${1:-one}", ":-", "one", 5, id="positional default"),
    ],
)
def test_parameter_operators(src: str, op: str, arg: str, arg_start: int) -> None:
    (part,) = split_word(src)
    assert isinstance(part, Param)
    assert (part.op, part.arg, part.arg_start, part.start, part.end) == (op, arg, arg_start, 0, len(src))


def test_parameter_offsets_are_absolute_with_base() -> None:
    (part,) = split_word("${X:-d}", base=100)
    assert (part.start, part.end, part.arg_start) == (100, 107, 105)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        pytest.param("$(echo hi)", CmdSub(0, 2, 9, False, False), id="dollar-paren substitution"),
        pytest.param("`date`", CmdSub(0, 1, 5, False, True), id="backquote substitution"),
        pytest.param("$(a $(b) c)", CmdSub(0, 2, 10, False, False), id="nested substitution is one part"),
        pytest.param("$(echo ')')", CmdSub(0, 2, 10, False, False), id="quoted paren inside substitution skipped"),
    ],
)
def test_command_substitution(src: str, expected: CmdSub) -> None:
    assert split_word(src) == (expected,)


def test_quoted_command_substitution_with_inner_quotes() -> None:
    assert split_word('"$(echo "hi")"') == (Lit("", True), CmdSub(1, 3, 12, True, False))


@pytest.mark.parametrize(
    ("src", "text", "name"),
    [
        pytest.param("$((1+2))", "$((1+2))", None, id="arithmetic expansion"),
        pytest.param("$[1+1]", "$[1+1]", None, id="old arithmetic expansion"),
        pytest.param("${#X}", "${#X}", "#", id="length"),
        pytest.param("${X%.*}", "${X%.*}", "X", id="suffix removal"),
        pytest.param("${X//a/b}", "${X//a/b}", "X", id="substitution"),
        pytest.param("${arr[0]}", "${arr[0]}", "arr", id="array element"),
    ],
)
def test_opaque_expansions(src: str, text: str, name: str | None) -> None:
    assert split_word(src) == (Opaque(text, False, name),)


def test_dollar_single_quote_inside_double_quotes_is_not_ansi_c() -> None:
    assert split_word("\"$'x'\"") == (Lit("$'x'", True),)


@pytest.mark.parametrize(
    ("src", "offset"),
    [
        pytest.param("'abc", 10, id="unterminated single quote points at the quote"),
        pytest.param("ab`c", 12, id="unterminated backquote points at the backquote"),
    ],
)
def test_unterminated_quote_raises_word_error(src: str, offset: int) -> None:
    with pytest.raises(WordError) as info:
        split_word(src, base=10)
    assert info.value.offset == offset


@pytest.mark.parametrize(
    "src",
    [
        pytest.param('"abc', id="double quote"),
        pytest.param("$(abc", id="command substitution"),
        pytest.param("${abc", id="braced parameter"),
    ],
)
def test_unterminated_construct_raises_word_error(src: str) -> None:
    with pytest.raises(WordError):
        split_word(src)


def test_unterminated_double_quote_points_at_the_quote() -> None:
    with pytest.raises(WordError) as info:
        split_word('ab"cd', base=10)
    assert info.value.offset == 12


def test_unterminated_substitution_offset_is_absolute() -> None:
    with pytest.raises(WordError) as info:
        split_word("$(abc", base=100)
    assert info.value.offset >= 100
