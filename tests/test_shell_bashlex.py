"""migrate/parse/shell_bashlex.py: bashlex's AST turned into the parser-neutral statement model."""

from __future__ import annotations

import pytest

from migrate.parse.shell_bashlex import SourceSyntaxError, parse_bashlex, unclosed_quote
from migrate.parse.shell_model import AndOr, Command, Function, Group, If, Loop, Node, Pipeline, Seq, walk


def words(node: Node | Seq) -> list[list[str]]:
    """The words of every command under node, in source order."""
    return [[w.text for w in n.words] for n in walk(node) if isinstance(n, Command)]


def only(src: str) -> Node:
    (stmt,) = parse_bashlex(src).body.stmts
    return stmt


def test_simple_command_words_are_source_slices_with_spans() -> None:
    cmd = only('docker cp "$id":/app/bin ./bin\n')
    assert isinstance(cmd, Command)
    assert [(w.start, w.end, w.text) for w in cmd.words] == [
        (0, 6, "docker"),
        (7, 9, "cp"),
        (10, 24, '"$id":/app/bin'),
        (25, 30, "./bin"),
    ]


def test_assignments_before_command_are_split_into_name_and_value() -> None:
    cmd = only("x=1 y+=$z cmd a\n")
    assert isinstance(cmd, Command)
    assert [(a.name, a.value.text, a.append) for a in cmd.assigns] == [("x", "1", False), ("y", "$z", True)]
    assert [w.text for w in cmd.words] == ["cmd", "a"]


def test_bare_assignment_has_no_words() -> None:
    cmd = only('x="a b"\n')
    assert isinstance(cmd, Command)
    assert cmd.words == ()
    assert (cmd.assigns[0].name, cmd.assigns[0].value.text, cmd.assigns[0].value.start) == ("x", '"a b"', 2)


def test_and_or_chain_keeps_items_and_operators() -> None:
    node = only("a && b || c\n")
    assert isinstance(node, AndOr)
    assert node.ops == ("&&", "||")
    assert words(node) == [["a"], ["b"], ["c"]]
    assert (node.start, node.end) == (0, 11)


def test_newline_and_semicolon_separate_statements() -> None:
    body = parse_bashlex("a\nb; c\n").body
    assert words(body) == [["a"], ["b"], ["c"]]
    assert [n.start for n in walk(body) if isinstance(n, Command)] == [0, 2, 5]


def test_if_elif_else_branches() -> None:
    node = only("if a; then b; elif c; then d; else e; fi\n")
    assert isinstance(node, If)
    assert [(words(cond), words(body)) for cond, body in node.branches] == [
        ([["a"]], [["b"]]),
        ([["c"]], [["d"]]),
    ]
    assert node.orelse is not None and words(node.orelse) == [["e"]]


def test_if_without_else_has_no_orelse() -> None:
    node = only("if a; then b; fi\n")
    assert isinstance(node, If) and node.orelse is None


@pytest.mark.parametrize(
    ("src", "var", "items"),
    [
        pytest.param("for x in 1 2; do echo $x; done\n", "x", ["1", "2"], id="for over a word list"),
        pytest.param("for x; do echo $x; done\n", "x", None, id="for without in iterates the arguments"),
    ],
)
def test_for_loop(src: str, var: str, items: list[str] | None) -> None:
    node = only(src)
    assert isinstance(node, Loop)
    assert (node.kind, node.var, node.cond) == ("for", var, None)
    assert (None if node.items is None else [w.text for w in node.items]) == items
    assert words(node.body) == [["echo", "$x"]]


@pytest.mark.parametrize("kind", [pytest.param("while", id="while"), pytest.param("until", id="until")])
def test_while_until_loop(kind: str) -> None:
    node = only(f"{kind} a; do b; done\n")
    assert isinstance(node, Loop)
    assert node.kind == kind and node.cond is not None
    assert (words(node.cond), words(node.body)) == ([["a"]], [["b"]])


@pytest.mark.parametrize(
    "src",
    [
        pytest.param("f() { a; b; }\n", id="posix function"),
        pytest.param("function f { a; b; }\n", id="function keyword"),
        pytest.param("function f() { a; b; }\n", id="function keyword with parens"),
    ],
)
def test_function_definition(src: str) -> None:
    node = only(src)
    assert isinstance(node, Function)
    assert node.name == "f"
    assert words(node.body) == [["a"], ["b"]]
    assert (node.start, node.end) == (0, len(src) - 1)


@pytest.mark.parametrize(
    ("src", "subshell"),
    [
        pytest.param("{ a; b; }\n", False, id="brace group"),
        pytest.param("( a; b )\n", True, id="subshell"),
    ],
)
def test_group_and_subshell(src: str, subshell: bool) -> None:
    node = only(src)
    assert isinstance(node, Group)
    assert node.subshell is subshell
    assert words(node.body) == [["a"], ["b"]]


@pytest.mark.parametrize(
    ("src", "negated", "count"),
    [
        pytest.param("a | b\n", False, 2, id="pipeline"),
        pytest.param("! a\n", True, 1, id="negated command"),
    ],
)
def test_pipeline(src: str, negated: bool, count: int) -> None:
    node = only(src)
    assert isinstance(node, Pipeline)
    assert (node.negated, len(node.items)) == (negated, count)


def test_heredoc_body_is_recorded_past_the_terminator() -> None:
    src = "cat <<EOF > f\nbody $x\nEOF\nrm f\n"
    script = parse_bashlex(src)
    cat, rm = script.body.stmts
    assert isinstance(cat, Command) and isinstance(rm, Command)
    assert script.heredocs == {0: src.index("rm f")}
    assert cat.redirects[0].op == "<<"
    assert cat.redirects[0].heredoc_end == src.index("rm f")
    assert rm.start == src.index("rm f")


def test_heredoc_with_dash_strips_tabs_and_is_recorded() -> None:
    src = "cat <<-EOF\n\tx\n\tEOF\n"
    assert parse_bashlex(src).heredocs == {0: len(src)}


def test_command_substitutions_are_parsed_by_offset() -> None:
    script = parse_bashlex("id=$(docker create img)\necho `date`\n")
    assert sorted(script.cmdsubs) == [3, 29]
    assert words(script.cmdsubs[3]) == [["docker", "create", "img"]]
    assert words(script.cmdsubs[29]) == [["date"]]


def test_crlf_keeps_carriage_returns_out_of_words_and_offsets_exact() -> None:
    src = 'x="a b"\r\necho "$x" done\r\n'
    script = parse_bashlex(src)
    assert words(script.body) == [[], ["echo", '"$x"', "done"]]
    echo = script.body.stmts[1]
    assert isinstance(echo, Command)
    assert src[echo.start : echo.end] == 'echo "$x" done'


def test_line_continuation_joins_words_with_exact_spans() -> None:
    cmd = only("docker build \\\n  -t x .\n")
    assert isinstance(cmd, Command)
    assert [(w.text, w.start) for w in cmd.words] == [("docker", 0), ("build", 7), ("-t", 17), ("x", 20), (".", 22)]


@pytest.mark.parametrize(
    ("src", "offset"),
    [
        pytest.param('echo "abc\n', 5, id="double quote on the only line"),
        pytest.param("x='abc\n", 2, id="single quote in an assignment"),
        pytest.param('echo ok\necho "abc\n', 13, id="offset is absolute, not per chunk"),
        pytest.param("# it's\necho \"x\n", 12, id="quote inside a comment ignored"),
        pytest.param("echo ok\r\necho 'x\r\n", 14, id="crlf file"),
    ],
)
def test_unterminated_quote_error_points_at_the_opening_quote(src: str, offset: int) -> None:
    with pytest.raises(SourceSyntaxError) as info:
        parse_bashlex(src)
    assert info.value.offset == offset
    assert src[offset] in "'\""


def test_syntax_error_offset_is_absolute() -> None:
    with pytest.raises(SourceSyntaxError) as info:
        parse_bashlex("echo ok\nif\n")
    assert info.value.offset == 11


@pytest.mark.parametrize(
    "src",
    [
        pytest.param("case x in a) b;; esac\n", id="case"),
        pytest.param("[[ -n x ]]\n", id="double brackets"),
        pytest.param("echo $((1+1))\n", id="arithmetic expansion"),
        pytest.param("docker build --build-arg N=$((1+1)) .\n", id="arithmetic inside an argument"),
        pytest.param('DIR="$(cd "$(dirname "$0")" && pwd)"\n', id="and-and inside command substitution"),
        pytest.param("x=$(a || b)\n", id="or-or inside command substitution"),
        pytest.param("a=(1 2)\n", id="array assignment"),
        pytest.param("cat <<'EOF'\nx\nEOF\n", id="quoted heredoc delimiter"),
        pytest.param("select x in a; do :; done\n", id="select"),
        pytest.param("coproc x\n", id="coproc"),
        pytest.param("for ((i=0;i<2;i++)); do :; done\n", id="c-style for"),
    ],
)
def test_bashlex_failures_become_shell_syntax_error(src: str) -> None:
    with pytest.raises(SourceSyntaxError):
        parse_bashlex(src)


@pytest.mark.parametrize(
    "src",
    [
        pytest.param("} { ) ( ;; \n", id="stray closers"),
        pytest.param("if then fi do done\n", id="keywords out of place"),
        pytest.param("f() }\n", id="broken function"),
        pytest.param("a <<\n", id="heredoc without word"),
        pytest.param("$( ` \\\n", id="unclosed substitutions"),
        pytest.param("&& ||\n", id="operators only"),
    ],
)
def test_garbage_raises_only_shell_syntax_error(src: str) -> None:
    with pytest.raises(SourceSyntaxError):
        parse_bashlex(src)


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        pytest.param("echo 'a' \"b\"\n", None, id="all quotes closed"),
        pytest.param("echo don\\'t\n", None, id="escaped quote"),
        pytest.param("echo \"it's\" 'x\n", 12, id="single quote inside double quotes is not an opener"),
    ],
)
def test_unclosed_quote(src: str, expected: int | None) -> None:
    assert unclosed_quote(src) == expected
