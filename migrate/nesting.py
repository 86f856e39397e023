"""Where a shell script nests deepest: the location of MIG105 when a script is nested too deeply for the
parsers and tracer, which recurse (bashlex, the model converters, the interpreter) and hit Python's limit.

tree-sitter's cursor walks the tree without recursion, so this works on exactly the scripts the others
cannot take."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from migrate.diagnostics import Diagnostic
from migrate.source import SourceFile

# The constructs that nest: each one entered is one level.
_NESTING = {
    "subshell",
    "compound_statement",
    "if_statement",
    "while_statement",
    "for_statement",
    "c_style_for_statement",
    "case_statement",
    "function_definition",
    "command_substitution",
    "process_substitution",
    "expansion",
    "arithmetic_expansion",
    "string",
}


@lru_cache(maxsize=1)
def _parser() -> Any:
    import tree_sitter_bash
    from tree_sitter import Language, Parser

    return Parser(Language(tree_sitter_bash.language()))


def deepest(text: str) -> tuple[int, int]:
    """(levels, str offset) of the most deeply nested construct of a script; (0, 0) for flat text."""
    from migrate.parse.shell_ts import ts_input  # the tree-sitter front end loads only when it is needed

    data = ts_input(text)  # masked as for the parse itself: some characters crash tree-sitter-bash
    cursor = _parser().parse(data).walk()
    levels: list[int] = [0]  # nesting level at each tree depth on the current path
    best, where = 0, 0
    while True:
        node = cursor.node
        level = levels[-1] + (1 if node is not None and node.type in _NESTING else 0)
        if level > best and node is not None:
            best, where = level, node.start_byte
        if cursor.goto_first_child():
            levels.append(level)
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return best, len(data[:where].decode("utf-8", "surrogateescape"))
            levels.pop()


def _brackets(text: str) -> tuple[int, int]:
    """(depth, str offset) of the deepest unquoted `(` or `{`: the fallback where tree-sitter gives up too."""
    depth, best, where, quote = 0, 0, 0, ""
    for i, c in enumerate(text):
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c in "({":
            depth += 1
            if depth > best:
                best, where = depth, i
        elif c in ")}":
            depth = max(0, depth - 1)
    return best, where


def too_deep(source: SourceFile) -> Diagnostic:
    """MIG105 for a script the analysis cannot descend into, at its most deeply nested construct."""
    try:
        levels, offset = max(deepest(source.text), _brackets(source.text))
    except Exception:  # the location is a courtesy; the diagnostic must not fail
        levels, offset = 0, 0
    line, col = source.line_col(offset)
    depth = f" ({levels} levels)" if levels else ""
    message = f"nested too deeply to analyse{depth}: subshells, groups, conditionals, loops or `$( )`"
    return Diagnostic("MIG105", message, str(source.path), line, col)
