"""Recognise error handling around commands: `if [ $? -ne 0 ]` status checks, `|| exit 1`, and
`if ! cmd; then exit 1; fi`. They belong to the command they check and go when it goes."""

from __future__ import annotations

from migrate.parse.shell_model import AndOr, Command, Function, Group, If, Node, Pipeline, Seq

_HANDLER_COMMANDS = {"exit", "return", "echo", "printf", "false", ":", "true", ">&2"}


def _handler_seq(seq: Seq | None, functions: dict[str, Function]) -> bool:
    return seq is not None and all(failure_handler(s, functions) for s in seq.stmts)


def failure_handler(node: Node, functions: dict[str, Function]) -> bool:
    """Only reports and exits: safe to drop together with the command it handles."""
    if isinstance(node, Command):
        if not node.words:
            return False
        name = node.words[0].text
        if name in _HANDLER_COMMANDS:
            return True
        fn = functions.get(name)
        return fn is not None and _handler_seq(fn.body, {})
    if isinstance(node, Group):
        return _handler_seq(node.body, functions)
    if isinstance(node, AndOr):
        return all(failure_handler(i, functions) for i in node.items)
    return False


def _tests_status(node: Node, captured: frozenset[str]) -> bool:
    """A test of `$?`, or `-z` of a value the command before it captured (`[ -z "$ID" ]`)."""
    if isinstance(node, Pipeline) and len(node.items) == 1:
        node = node.items[0]
    if not isinstance(node, Command) or not node.words:
        return False
    words = [w.text.strip("\"'") for w in node.words]
    if words[0] not in ("[", "test", "[["):
        return False
    if any(w in ("$?", "${?}") for w in words[1:]):
        return True
    names = {f"${n}" for n in captured} | {f"${{{n}}}" for n in captured}
    return len(words) >= 3 and words[1] == "-z" and words[2] in names


def is_status_check(node: If, captured: frozenset[str] = frozenset()) -> bool:
    """`if [ $? -ne 0 ]; then echo …; exit 1; fi` (any comparison of `$?`, bodies only reporting), or the
    same of `[ -z "$ID" ]` right after `ID=$(docker …)` captured it (`captured`: the names it assigned)."""
    first_cond = node.branches[0][0]
    if len(first_cond.stmts) != 1 or not _tests_status(first_cond.stmts[0], captured):
        return False
    bodies = [body for _, body in node.branches] + ([node.orelse] if node.orelse else [])
    return all(_handler_seq(b, {}) for b in bodies) and len(node.branches) == 1


def wrapped_check(node: If) -> Command | None:
    """The command of `if ! cmd; then <report/exit>; fi` (or `if cmd; then :; else exit 1; fi`)."""
    if len(node.branches) != 1:
        return None
    cond, body = node.branches[0]
    if len(cond.stmts) != 1:
        return None
    inner = cond.stmts[0]
    if isinstance(inner, Pipeline) and len(inner.items) == 1:
        inner = inner.items[0]
    if not isinstance(inner, Command) or not inner.words or inner.words[0].text in ("[", "test", "[["):
        return None
    if not _handler_seq(body, {}) or (node.orelse is not None and not _handler_seq(node.orelse, {})):
        return None
    return inner
