"""bashlex imported with its parser assembled from stored parts, or with stored LALR tables
(migrate/parse/bashlex_boot.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from migrate.parse import _bashlex_lalr, bashlex_boot

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(p for p in (ROOT / "corpus").glob("*/input/**/*.sh") if p.is_file())

_DUMP = """
import sys
from pathlib import Path
{prelude}
from migrate.parse import bashlex_boot
bashlex = bashlex_boot.load()
print("built" if bashlex_boot._computed else "stored tables" if bashlex_boot._computed_inputs else "assembled")
for path in sys.argv[1:]:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    try:
        trees = bashlex.parse(text)
    except Exception as exc:
        print(path, type(exc).__name__, exc)
    else:
        print(path, [t.dump() for t in trees])
"""


def _run(prelude: str = "") -> list[str]:
    code = _DUMP.format(prelude=prelude)
    args = [sys.executable, "-c", code, *map(str, SCRIPTS)]
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def test_stored_bashlex_parser_matches_the_installed_bashlex() -> None:
    built = bashlex_boot.compute()
    stale = "stale: run `python -m migrate.parse.bashlex_boot`"
    assert built.inputs == _bashlex_lalr.INPUTS, stale
    assert built.grammar == _bashlex_lalr.GRAMMAR, stale
    assert tuple(built.productions) == _bashlex_lalr.PRODUCTIONS, stale
    assert built.tables == (_bashlex_lalr.ACTION, _bashlex_lalr.GOTO), stale


def test_bashlex_import_assembles_the_stored_parser() -> None:
    assert _run()[0] == "assembled"


_TABLES_ONLY = "import migrate.parse._bashlex_lalr as t; t.INPUTS = 'changed'"
_NOTHING = "import migrate.parse._bashlex_lalr as t; t.INPUTS = t.GRAMMAR = 'changed'"


def test_assembled_and_stored_table_parsers_parse_exactly_like_built_ones() -> None:
    assert len(SCRIPTS) > 20
    assembled, tables, built = _run(), _run(_TABLES_ONLY), _run(_NOTHING)
    assert (assembled[0], tables[0], built[0]) == ("assembled", "stored tables", "built")
    assert assembled[1:] == built[1:]
    assert tables[1:] == built[1:]


def test_assembled_parser_is_the_one_yacc_builds() -> None:
    code = (
        "import sys\n{prelude}\n"
        "from migrate.parse import bashlex_boot\n"
        "p = bashlex_boot.load().parser.yaccparser\n"
        "print([(x.number, x.name, x.prod, x.len, x.prec, x.func, getattr(x.callable, '__name__', None), x.str)"
        " for x in p.productions])\n"
        "print(len(p.action), len(p.goto))\n"
        "print(sorted((k, sorted(v.items())) for k, v in p.action.items()))\n"
        "print(sorted((k, sorted(v.items())) for k, v in p.goto.items()))\n"
        "print(sorted(p.defaulted_states.items()), p.errorfunc.__name__, p.errorok)\n"
        "import bashlex.yacc as y; print(y.parse.__self__ is p)\n"
    )

    def dump(prelude: str) -> str:
        args = [sys.executable, "-c", code.format(prelude=prelude)]
        return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True).stdout

    assembled, built = dump(""), dump(_NOTHING)
    assert assembled == built
    assert "p_inputunit" in assembled and assembled.rstrip().endswith("True")


def test_an_input_change_falls_back_to_yacc_with_the_stored_tables() -> None:
    lines = _run(_TABLES_ONLY)
    assert lines[0] == "stored tables"
    assert all(" [" in line or "Error" in line for line in lines[1:])


def test_a_grammar_change_falls_back_to_building_the_tables() -> None:
    lines = _run(_NOTHING)
    assert lines[0] == "built"
    assert all(" [" in line or "Error" in line for line in lines[1:])


def test_input_signature_changes_with_a_rule() -> None:
    def p_one(p: object) -> None:
        """s : a b"""

    def p_other(p: object) -> None:
        """s : a c"""

    base = {"tokens": ["A"], "precedence": (), "p_error": print}
    one = bashlex_boot.input_signature({**base, "p_s": p_one})
    assert one != bashlex_boot.input_signature({**base, "p_s": p_other})
    assert one != bashlex_boot.input_signature({**base, "p_s": p_one, "tokens": ["A", "B"]})
    assert one == bashlex_boot.input_signature({**base, "p_s": p_one, "unrelated": 1})


def test_grammar_signature_changes_with_a_production() -> None:
    class Prod:
        def __init__(self, name: str, prod: list[str]) -> None:
            self.name, self.prod, self.prec = name, prod, ("right", 0)

    class Grammar:
        def __init__(self, prods: list[Prod]) -> None:
            self.Productions = prods
            self.Precedence: dict[str, tuple[str, int]] = {}
            self.Start = "s"

    one = bashlex_boot.grammar_signature(Grammar([Prod("s", ["a", "b"])]))
    other = bashlex_boot.grammar_signature(Grammar([Prod("s", ["a", "c"])]))
    assert one != other
    assert one == bashlex_boot.grammar_signature(Grammar([Prod("s", ["a", "b"])]))
