"""Property tests of the shell front ends (bashlex, tree-sitter-bash, and parse_shell that tries one then the
other) on builder-script fragments mixed with noise: they return a model or raise SourceSyntaxError, nothing
else; every span lies inside the text and every word is the exact source slice.

Budget (CI): MIGRATE_FUZZ_EXAMPLES (default 200) examples per property, a few seconds here."""

from __future__ import annotations

import os

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from migrate.parse.shell import parse_shell
from migrate.parse.shell_bashlex import SourceSyntaxError, parse_bashlex
from migrate.parse.shell_model import Assign, Command, Node, Redirect, Script, Seq, Word, walk
from migrate.parse.shell_ts import parse_tree_sitter
from migrate.parse.words import WordError

EXAMPLES = int(os.environ.get("MIGRATE_FUZZ_EXAMPLES", "200"))
fuzz = settings(max_examples=EXAMPLES, deadline=None)

FRAGMENTS = [
    "#!/bin/bash",
    "set -euo pipefail",
    "docker build -t app-builder -f Dockerfile.build .",
    "docker create --name extract app-builder",
    "id=$(docker create app-builder)",
    "docker cp extract:/app/app.jar ./app.jar",
    'docker cp "$id":/out/. ./out/',
    "docker rm -f extract",
    "docker build -t app .",
    "if [ $? -ne 0 ]; then exit 1; fi",
    'cd "$(dirname "$0")"',
    'DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"',
    'case "$1" in a) echo a;; *) echo b;; esac',
    "for s in a b; do echo $s; done",
    "f() { docker build -t x .; }",
    "cat <<EOF\nhello $USER\nEOF",
    "cat <<'EOF'\n$x\nEOF",
    '[[ -n "$x" ]] && echo y',
    "arr=(a b); echo ${arr[0]}",
    "echo $((1+2))",
    "x=${VAR:-default}",
    'echo "unterminated',
    "echo 'single",
    "( cd sub && make )",
    "{ echo a; echo b; } > log",
    "echo a | tee b",
    "# a comment",
    "\\\n",
    "`echo back`",
    "$'\\x41'",
    "while read -r l; do :; done < f",
    "exec 3>&1",
    "\ufeff",
    "é",
    "\udcff",  # a byte that is not UTF-8, as surrogateescape decodes it
    "{\U000fecfe",  # crasher: tree-sitter-bash segfaulted on high code points after `{`
    "\U0010fffd",
]
SEPARATORS = ["\n", "; ", " && ", " || ", "\r\n", " | ", " ", "", "\t"]

scripts = st.lists(
    st.tuples(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), st.sampled_from(SEPARATORS)), max_size=14
).map(lambda parts: "".join(a + b for a, b in parts))


def check_word(text: str, w: Word) -> None:
    assert 0 <= w.start <= w.end <= len(text), w
    assert w.text == text[w.start : w.end], w
    try:
        for part in w.parts:  # the splitter the tracer uses; WordError is what the pipeline reports
            assert part is not None
    except WordError:
        pass


def check_model(script: Script) -> None:
    text = script.text
    nodes: list[Node] = walk(script.body)
    for sub in script.cmdsubs.values():
        nodes += walk(sub)
    for n in nodes:
        assert 0 <= n.start <= n.end <= len(text), n
        if isinstance(n, Command):
            for a in n.assigns:
                assert isinstance(a, Assign)
                assert a.start <= a.value.start <= a.value.end <= a.end
                check_word(text, a.value)
            for w in n.words:
                check_word(text, w)
            for r in n.redirects:
                assert isinstance(r, Redirect)
                if r.target is not None:
                    check_word(text, r.target)
    for start, end in script.heredocs.items():
        assert 0 <= start <= end <= len(text)
    assert isinstance(script.body, Seq)


@pytest.mark.parametrize("front_end", [parse_bashlex, parse_tree_sitter, parse_shell], ids=lambda f: f.__name__)
@fuzz
@given(text=scripts)
@example(text="echo $((")
@example(text="cat <<EOF")
@example(text="x=$(a && b)")
@example(text="\r\n\r\n\\")
@example(text="a\udcffb=c")
def test_front_end_returns_an_exact_model_or_a_syntax_error(front_end: object, text: str) -> None:
    try:
        script = front_end(text)  # type: ignore[operator]
    except SourceSyntaxError as err:
        assert err.offset is None or 0 <= err.offset <= len(text)
        return
    check_model(script)


@fuzz
@given(st.integers(1, 40), st.sampled_from(["( {} )", "{{ {}; }}", "if true; then {}; fi", "x=$(echo {})"]))
def test_moderate_nesting_parses(depth: int, shape: str) -> None:
    text = "true"
    for _ in range(depth):
        text = shape.format(text)
    check_model(parse_shell(text + "\n"))
