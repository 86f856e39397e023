"""Create the package's dataclasses without compiling their methods on every start.

The standard `dataclasses` writes each generated method (`__init__`, `__repr__`, `__eq__`, and for a frozen
class `__setattr__`, `__delattr__` and `__hash__`) as Python text and compiles it with `exec` when the class
is defined. For the package's dataclasses that compilation is the largest part of a one-shot run's start-up.
`install()` gives the `dataclasses` module a global named `exec`, which its calls find before the builtin:
it looks the exact text up in the table of the running Python (`migrate._dataclass_code.py311` for 3.11),
where the same texts are stored as source and so are compiled once, into the byte-code cache, like any
module. A hit builds the function from the
stored code object exactly as `exec` would have from the text; any other text (another Python version, a
dataclass changed since the table was written, another library's dataclass) goes to the builtin `exec`:
slower, never different. So does every text on a Python that has no table.

`python -m migrate.dataclass_table` writes the running Python's table from every module of the package; a
test fails while it is stale."""

from __future__ import annotations

import builtins
import importlib
import sys
from types import CodeType, FunctionType
from typing import Any

TABLES = "migrate._dataclass_code"

_codes: dict[str, CodeType] | None = None
recorded: list[tuple[str, str]] | None = None  # (module, text) of every exec, while the generator records


def table_module() -> str:
    """The running Python's table: `migrate._dataclass_code.py311` for Python 3.11."""
    return f"{TABLES}.py{sys.version_info[0]}{sys.version_info[1]}"


def _table() -> dict[str, CodeType]:
    global _codes
    if _codes is None:
        try:
            table = importlib.import_module(table_module())
            _codes = dict(zip(table.SOURCES, table.CODES, strict=True))
        except Exception:  # no table for this Python, or one it cannot read: every method compiles as usual
            _codes = {}
    return _codes


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **kwargs: Any) -> None:
    if recorded is not None and type(source) is str and type(globals) is dict:
        recorded.append((str(globals.get("__name__", "")), source))
    if (
        type(source) is str
        and type(globals) is dict
        and type(locals) is dict
        and not locals
        and not kwargs
        and "__builtins__" in globals
    ):
        code = _table().get(source)
        if code is not None:  # the text is one plain `def`: executing it binds one new function in `locals`
            locals[code.co_name] = FunctionType(code, globals)
            return
    builtins.exec(source, globals, locals, **kwargs)


def install() -> None:
    """From now on, dataclasses whose method texts are in the table are created without compiling them."""
    import dataclasses

    setattr(dataclasses, "exec", _exec)  # noqa: B010
