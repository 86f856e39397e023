"""Parse a shell script: bashlex first (the parser the project is specified with), tree-sitter-bash for
the constructs bashlex cannot parse (FACTS.md A.1). Both feed the same model."""

from __future__ import annotations

from migrate.parse.shell_bashlex import ShellSyntaxError, parse_bashlex
from migrate.parse.shell_model import Script


def parse_shell(text: str) -> Script:
    try:
        return parse_bashlex(text)
    except ShellSyntaxError as first:
        from migrate.parse.shell_ts import parse_tree_sitter  # only for what bashlex cannot parse

        try:
            return parse_tree_sitter(text)
        except ShellSyntaxError as second:
            # both refuse: a real syntax error; bashlex names the problem, tree-sitter may locate it
            offset = first.offset if first.offset is not None else second.offset
            raise ShellSyntaxError(str(first), offset) from None
