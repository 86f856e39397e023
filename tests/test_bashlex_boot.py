"""bashlex imported with stored LALR tables (migrate/parse/bashlex_boot.py)."""

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
print("built" if bashlex_boot._computed else "stored")
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


def test_stored_bashlex_tables_match_the_installed_grammar() -> None:
    signature, (action, goto) = bashlex_boot.compute()
    assert signature == _bashlex_lalr.GRAMMAR, "stale: run `python -m migrate.parse.bashlex_boot`"
    assert action == _bashlex_lalr.ACTION
    assert goto == _bashlex_lalr.GOTO


def test_bashlex_import_uses_the_stored_tables() -> None:
    assert _run()[0] == "stored"


def test_stored_tables_parse_exactly_like_built_ones() -> None:
    assert len(SCRIPTS) > 20
    stored = _run()
    built = _run("import migrate.parse._bashlex_lalr as t; t.GRAMMAR = 'stale'")
    assert stored[0] == "stored" and built[0] == "built"
    assert stored[1:] == built[1:]


def test_a_grammar_change_falls_back_to_building_the_tables() -> None:
    lines = _run("import migrate.parse._bashlex_lalr as t; t.GRAMMAR = 'another grammar'")
    assert lines[0] == "built"
    assert all(" [" in line or "Error" in line for line in lines[1:])


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
