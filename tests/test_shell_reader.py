"""The shell reader (migrate/parse/shell.py, shell_ts.py, shell_ts_words.py): words' parts come from
tree-sitter-bash's tree, bashlex reads only what tree-sitter-bash cannot, a region neither can read is local,
and a syntax error is said only when bash itself rejects the script."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from migrate.parse.shell import bash_rejects, parse_shell
from migrate.parse.shell_model import UNREAD, Command, Opaque, SourceSyntaxError, walk
from migrate.parse.shell_ts import parse_tree_sitter
from migrate.parse.words import CmdSub, Lit, Param, split_word
from migrate.parse.words import Opaque as OpaquePart

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")


def _words(text: str) -> list[tuple]:
    script = parse_tree_sitter(text)
    assert script is not None
    cmd = script.body.stmts[0]
    assert isinstance(cmd, Command)
    return [w.parts for w in cmd.words]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param("echo plain", (Lit("plain", False),), id="a plain word"),
        pytest.param("echo 'a $b'", (Lit("a $b", True),), id="single quotes keep dollars"),
        pytest.param('echo ""', (Lit("", True),), id="an empty quoted word is present"),
        pytest.param("echo a\\ b", (Lit("a", False), Lit(" ", True), Lit("b", False)), id="backslash quotes a blank"),
        pytest.param('echo "x\\$y\\n"', (Lit("x$y\\n", True),), id="double quotes escape only some characters"),
        pytest.param("echo $'a\\tb'", (Lit("a\tb", True),), id="ANSI-C quoting is decoded"),
        pytest.param("echo {}", (Lit("{}", False),), id="find's placeholder is literal"),
    ],
)
def test_literal_parts_come_from_the_tree(text: str, parts: tuple) -> None:
    assert _words(text)[1] == parts


def test_blanks_before_a_dollar_in_double_quotes_stay_literal() -> None:
    # tree-sitter-bash starts the second expansion (and its `$` token) at the blank before it
    (_, word) = _words('echo "$a $b"')
    assert [type(p).__name__ for p in word] == ["Lit", "Param", "Lit", "Param"]
    assert word[2] == Lit(" ", True)
    assert isinstance(word[3], Param) and word[3].name == "b" and (word[3].start, word[3].end) == (9, 11)


def test_special_parameters_inside_a_word_are_expansions() -> None:
    (_, word) = _words("echo /tmp/x$$")
    assert word[0] == Lit("/tmp/x", False)
    assert isinstance(word[1], Param) and word[1].name == "$"


def test_positional_parameter_followed_by_letters() -> None:
    (_, word) = _words('echo "GIT_$1_NAME"')
    assert [p.name if isinstance(p, Param) else p.text for p in word] == ["GIT_", "1", "_NAME"]  # type: ignore[union-attr]


def test_defaulted_parameter_carries_its_default_parts() -> None:
    (_, word) = _words('echo "${OUT:-$HOME/out}"')
    param = word[1]
    assert isinstance(param, Param) and param.name == "OUT" and param.op == ":-"
    assert param.arg_parts is not None
    assert [type(p).__name__ for p in param.arg_parts] == ["Param", "Lit"]


def test_command_substitution_is_a_part_with_its_body_read() -> None:
    script = parse_tree_sitter('id=$(docker create "$IMG")\n')
    assert script is not None
    assign = script.body.stmts[0]
    assert isinstance(assign, Command)
    (part,) = assign.assigns[0].value.parts
    assert isinstance(part, CmdSub) and not part.backquote
    inner = script.cmdsubs[part.start]
    assert isinstance(inner, Command) and inner.name == "docker"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("echo {a,b}", id="brace expansion"),
        pytest.param("echo $((1 + 2))", id="arithmetic"),
        pytest.param("echo ${#x}", id="length"),
        pytest.param("echo ${a[0]}", id="array element"),
        pytest.param("echo $event/$attr/", id="a word the tree splits in two"),
    ],
)
def test_what_is_not_evaluated_is_opaque(text: str) -> None:
    parts = _words(text)[1]
    assert any(isinstance(p, OpaquePart) for p in parts)


def test_tree_parts_agree_with_the_source_lexer_on_the_corpus() -> None:
    """Every word of every corpus script: the parts from the tree equal those split from the source text."""
    checked = 0
    for path in sorted(CORPUS.glob("*/input/**/*.sh")):
        script = parse_tree_sitter(path.read_text(encoding="utf-8", errors="surrogateescape"))
        assert script is not None
        nodes = walk(script.body) + [n for sub in script.cmdsubs.values() for n in walk(sub)]
        for node in nodes:
            if not isinstance(node, Command):
                continue
            for word in [*node.words, *(a.value for a in node.assigns)]:
                tree = tuple(
                    p
                    if not isinstance(p, Param)
                    else Param(*(getattr(p, f) for f in ("name", "op", "arg", "quoted", "start", "end", "arg_start")))
                    for p in word.parts
                )
                assert tree == split_word(word.text, word.start), (path, word.text)
                checked += 1
    assert checked > 500


def test_bashlex_reads_what_tree_sitter_cannot() -> None:
    script = parse_shell("for f do\n  echo $f\ndone\n")
    assert script.parser == "bashlex"


@needs_bash
def test_a_region_neither_parser_reads_is_one_unread_statement() -> None:
    # `[` without `]` is valid syntax (the command fails when it runs), which tree-sitter-bash cannot read;
    # bashlex reads no `[[ ]]`
    script = parse_shell("[[ -n $A ]] && echo\nif [ -x /usr/bin/vim; then\n  echo yes\nfi\ndocker build -t app .\n")
    assert script.parser == "tree-sitter-bash"
    kinds = [n.kind if isinstance(n, Opaque) else type(n).__name__ for n in walk(script.body)]
    assert UNREAD in kinds
    assert [n.name for n in walk(script.body) if isinstance(n, Command) and n.words][-1] == "docker"


@needs_bash
def test_syntax_error_is_said_only_when_bash_rejects_the_script() -> None:
    assert bash_rejects("if [ -x /usr/bin/vim; then echo; fi\n") is None
    _, message = bash_rejects('echo ok\necho "never closed\n') or (0, "")
    assert "matching" in message
    with pytest.raises(SourceSyntaxError, match="bash rejects it") as caught:
        parse_shell('echo ok\necho "never closed\n')
    assert caught.value.offset == len("echo ok\necho ")  # at the quote left open


def test_and_or_list_with_an_item_between_no_operators_is_unread() -> None:
    # found on /usr/bin/tzselect: tree-sitter-bash puts a stray token inside an &&/|| list
    for text in ("a && b c) || d\n", "x=1 && `\n"):
        script = parse_tree_sitter(text)
        assert script is not None
        for node in walk(script.body):
            if type(node).__name__ == "AndOr":
                assert len(node.ops) == len(node.items) - 1  # type: ignore[attr-defined]


def test_line_continuation_right_after_an_expansion_ends_the_word() -> None:
    script = parse_tree_sitter("docker build -t $BASE/app:$TAG\\\n  -f Dockerfile .\n")
    assert script is not None
    (cmd,) = script.body.stmts
    assert isinstance(cmd, Command)
    word = cmd.words[3]
    assert word.text == "$BASE/app:$TAG"
    assert [p.name for p in word.parts if isinstance(p, Param)] == ["BASE", "TAG"]


@needs_bash
def test_unrelated_script_bash_rejects_is_a_note_and_does_not_block(tmp_path: Path) -> None:
    import subprocess

    from migrate.pipeline import migrate_repo

    (tmp_path / "lint.sh").write_text('#!/bin/sh\ndocker run --rm linter .\necho "never closed\n')
    (tmp_path / "Dockerfile").write_text("FROM alpine\n")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    result = migrate_repo(tmp_path)
    assert [d.code for d in result.diagnostics if d.code.startswith("MIG1")] == ["MIG111"]
    assert not any(d.blocking for d in result.diagnostics) and result.outcome.value == "unchanged"
