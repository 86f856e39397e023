"""Import bashlex without rebuilding its parser.

bashlex builds its LALR parser from its grammar every time it is imported (its bundled yacc cannot read
stored tables), which costs more than the rest of a one-shot migration put together. `load()` imports
bashlex with two parts of its yacc swapped for the length of the import:

- `yacc()` itself: when what it would read from bashlex's parser module (the start symbol, the tokens,
  the precedence table, and every `p_` function's name, line and grammar docstring) is exactly what the
  stored parser was built from, the parser is assembled from the stored productions and tables, as yacc
  would assemble it, without reading the grammar again;
- otherwise the real `yacc()` runs, and its table builder returns the stored tables when the grammar it
  read is exactly the one they were computed from (every production, precedence rule and the start symbol).

Any other bashlex falls back to building its tables as usual: slower, never wrong.

`python -m migrate.parse.bashlex_boot` recomputes and rewrites the stored parser (after a bashlex upgrade);
a test fails while it is stale."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import FunctionType, MethodType, ModuleType, SimpleNamespace
from typing import Any, NamedTuple

Tables = tuple[dict[int, dict[str, int]], dict[int, dict[str, int]]]
# name, symbols, precedence, p_ function, line
Production = tuple[str, tuple[str, ...], tuple[str, int], str | None, int]


def grammar_signature(grammar: Any) -> str:
    """What the tables depend on, as text: the productions in order, the precedence table and the start
    symbol. Compared whole (no hash: hashlib alone costs more to import than the comparison)."""
    lines = [f"{prod.name} -> {' '.join(prod.prod)} {prod.prec}" for prod in grammar.Productions]
    lines += [f"{term}: {prec}" for term, prec in sorted(grammar.Precedence.items())]
    lines.append(f"start: {getattr(grammar, 'Start', None)}")
    return "\n".join(lines)


def input_signature(pdict: dict[str, Any]) -> str:
    """What yacc() builds the parser from, as text: the start symbol, the tokens, the precedence table,
    whether there is a p_error, and every p_ function's name, first line and docstring (its rules), in the
    order yacc takes them (by line). A docstring counts as yacc reads it, line by line, split on white
    space (Python 3.13 strips docstrings' indentation; earlier versions keep it)."""
    funcs = sorted(
        (item.__code__.co_firstlineno, name, _rules_text(item.__doc__))
        for name, item in pdict.items()
        if name.startswith("p_") and name != "p_error" and isinstance(item, (FunctionType, MethodType))
    )
    lines = [
        f"start: {pdict.get('start')!r}",
        f"tokens: {pdict.get('tokens')!r}",
        f"precedence: {pdict.get('precedence')!r}",
        f"p_error: {'p_error' in pdict}",
    ]
    lines += [f"{name} @{line}: {doc!r}" for line, name, doc in funcs]
    return "\n".join(lines)


def _rules_text(doc: str | None) -> str | None:
    return None if doc is None else "\n".join(" ".join(line.split()) for line in doc.splitlines())


def _assembled(yacc: ModuleType, pdict: dict[str, Any]) -> Any:
    """The parser yacc() returns, assembled from the stored productions and tables: each production bound
    to its p_ function, p_error as the error function, and yacc's module-level `parse` set, as yacc does."""
    from migrate.parse import _bashlex_lalr

    productions = []
    for number, (name, symbols, prec, func, line) in enumerate(_bashlex_lalr.PRODUCTIONS):
        production = yacc.Production(number, name, symbols, prec, func, pdict.get("__file__", ""), line)
        production.bind(pdict)
        productions.append(production)
    action, goto = _fresh_tables()  # computed from the same inputs as the productions
    table = SimpleNamespace(lr_productions=productions, lr_action=action, lr_goto=goto)
    parser = yacc.LRParser(table, pdict.get("p_error"))
    setattr(yacc, "parse", parser.parse)  # noqa: B010
    return parser


def _yacc_function(yacc: ModuleType, original: Any) -> Any:
    def stored_yacc(*args: Any, **kwargs: Any) -> Any:
        from migrate.parse import _bashlex_lalr

        caller = sys._getframe(1).f_globals  # what yacc() itself reads (get_caller_module_dict)
        plain = not args and set(kwargs) <= {"outputdir", "debug"} and not kwargs.get("debug")
        signature = input_signature(caller)
        if plain and signature == _bashlex_lalr.INPUTS:
            return _assembled(yacc, caller)
        _computed_inputs.append(signature)
        if not args and "module" not in kwargs:  # called from here, yacc would read this frame's globals
            kwargs["module"] = sys.modules[caller["__name__"]]
        return original(*args, **kwargs)

    return stored_yacc


def _copied(action: dict[int, dict[str, int]], goto: dict[int, dict[str, int]]) -> Tables:
    """Fresh inner dicts: bashlex patches a few actions of its parser after building it."""
    return {s: dict(row) for s, row in action.items()}, {s: dict(row) for s, row in goto.items()}


def _fresh_tables() -> Tables:
    from migrate.parse import _bashlex_lalr

    return _copied(_bashlex_lalr.ACTION, _bashlex_lalr.GOTO)


def _stored(signature: str) -> Tables | None:
    from migrate.parse import _bashlex_lalr

    return _fresh_tables() if signature == _bashlex_lalr.GRAMMAR else None


def _table_class(base: type, captured: list[tuple[str, Tables, list[Production]]]) -> type:
    class StoredLRTable(base):  # type: ignore[misc]
        def __init__(self, grammar: Any, log: Any = None) -> None:
            signature = grammar_signature(grammar)
            tables = _stored(signature)
            if tables is None:
                super().__init__(grammar, log)
                built: Any = self
                productions = [(p.name, tuple(p.prod), tuple(p.prec), p.func, p.line) for p in grammar.Productions]
                captured.append((signature, _copied(built.lr_action, built.lr_goto), productions))
                return
            self.grammar = grammar
            self.log = log
            self.lr_action, self.lr_goto = tables
            self.lr_productions = grammar.Productions
            self.lr_method = "LALR"
            self.sr_conflicts: list[Any] = []
            self.rr_conflicts: list[Any] = []

    return StoredLRTable


_computed: list[tuple[str, Tables, list[Production]]] = []  # set when the stored tables did not match (main())
_computed_inputs: list[str] = []  # the inputs yacc() read when the stored parser did not match


def load() -> ModuleType:
    """bashlex, imported with its parser assembled from the stored parts, or with the stored tables, when
    they match what its yacc reads (see the module's docstring)."""
    if "bashlex.parser" in sys.modules:
        return sys.modules["bashlex"]
    spec = importlib.util.find_spec("bashlex")
    if spec is None or spec.loader is None:  # pragma: no cover - bashlex is a dependency
        raise ImportError("bashlex is not installed")
    package = importlib.util.module_from_spec(spec)
    sys.modules["bashlex"] = package
    try:
        yacc = importlib.import_module("bashlex.yacc")  # the package body has not run yet
        table_class, build = getattr(yacc, "LRTable"), getattr(yacc, "yacc")  # noqa: B009
        setattr(yacc, "LRTable", _table_class(table_class, _computed))  # noqa: B010
        setattr(yacc, "yacc", _yacc_function(yacc, build))  # noqa: B010
        try:
            spec.loader.exec_module(package)
        finally:
            setattr(yacc, "LRTable", table_class)  # noqa: B010
            setattr(yacc, "yacc", build)  # noqa: B010
    except BaseException:
        for name in [n for n in sys.modules if n == "bashlex" or n.startswith("bashlex.")]:
            del sys.modules[name]
        raise
    return package


class Built(NamedTuple):
    """bashlex's parser as its yacc builds it: what it read, the grammar, the tables and the productions."""

    inputs: str
    grammar: str
    tables: Tables
    productions: list[Production]


def _render(built: Built) -> str:
    action, goto = built.tables
    lines = [
        '"""bashlex\'s parser (inputs, grammar, LALR tables, productions), generated by',
        '`python -m migrate.parse.bashlex_boot` (do not edit)."""',
        "",
        'INPUTS = "\\n".join((',
        *[f"    {line!r}," for line in built.inputs.split("\n")],
        "))",
        "",
        'GRAMMAR = "\\n".join((',
        *[f"    {line!r}," for line in built.grammar.split("\n")],
        "))",
        "",
        "PRODUCTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, int], str | None, int], ...] = (",
        *[f"    {production!r}," for production in built.productions],
        ")",
        "",
        "ACTION: dict[int, dict[str, int]] = {",
    ]
    lines += [f"    {state}: {dict(sorted(row.items()))!r}," for state, row in sorted(action.items())]
    lines += ["}", "", "GOTO: dict[int, dict[str, int]] = {"]
    lines += [f"    {state}: {dict(sorted(row.items()))!r}," for state, row in sorted(goto.items())]
    lines += ["}", ""]
    return "\n".join(lines)


def compute() -> Built:
    """The installed bashlex's parser, built the slow way (in a clean import)."""
    names = [n for n in sys.modules if n == "bashlex" or n.startswith("bashlex.")]
    saved = {n: sys.modules.pop(n) for n in names}
    _computed.clear()
    _computed_inputs.clear()
    try:
        from migrate.parse import _bashlex_lalr

        real = _bashlex_lalr.INPUTS, _bashlex_lalr.GRAMMAR
        _bashlex_lalr.INPUTS = _bashlex_lalr.GRAMMAR = ""  # force the slow path
        try:
            load()
        finally:
            _bashlex_lalr.INPUTS, _bashlex_lalr.GRAMMAR = real
        grammar, tables, productions = _computed[0]
        return Built(_computed_inputs[0], grammar, tables, productions)
    finally:
        for n in [n for n in sys.modules if n == "bashlex" or n.startswith("bashlex.")]:
            del sys.modules[n]
        sys.modules.update(saved)


def main() -> int:
    built = compute()
    target = Path(__file__).with_name("_bashlex_lalr.py")
    target.write_text(_render(built), encoding="utf-8")
    lines = built.grammar.count("\n") + 1
    print(f"wrote {target.name}: {len(built.tables[0])} states from {lines} grammar lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
