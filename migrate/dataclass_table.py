"""Write the running Python's table of dataclass method texts (`migrate/_dataclass_code/py311.py` for 3.11),
which `migrate.dataclass_boot` serves from the byte-code cache: `python -m migrate.dataclass_table`, under
each Python version the table should serve, after a dataclass of the package changes. A test fails while
the running Python's table is stale."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from migrate import dataclass_boot


def _single_plain_def(text: str) -> bool:
    """Whether executing `text` only binds one function, as a stored code object can reproduce: one `def`
    with no decorators, defaults or annotations (those are evaluated when the `def` runs)."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return False
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.FunctionDef):
        return False
    node = tree.body[0]
    args = node.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
    return (
        not node.decorator_list
        and node.returns is None
        and not args.defaults
        and not any(args.kw_defaults)
        and all(arg is None or arg.annotation is None for arg in every)
    )


def collect() -> list[str]:
    """Every method text the package's dataclasses need on this Python, in a stable order. Run in a fresh
    interpreter (as `python -m migrate.dataclass_table` is): a module imported earlier is not seen."""
    import importlib
    import pkgutil

    import migrate

    dataclass_boot.recorded = []
    try:
        for module in pkgutil.walk_packages(migrate.__path__, "migrate."):
            if module.name == "migrate.__main__" or module.name.startswith(dataclass_boot.TABLES):
                continue
            importlib.import_module(module.name)
        texts = [text for name, text in dataclass_boot.recorded if name == "migrate" or name.startswith("migrate.")]
    finally:
        dataclass_boot.recorded = None
    return sorted({text for text in texts if _single_plain_def(text)})


def render(texts: list[str]) -> str:
    version = ".".join(map(str, sys.version_info[:2]))
    lines = [
        "# mypy: ignore-errors",
        f'"""The method texts of the package\'s dataclasses as Python {version} writes them, stored as source so',
        "that they are compiled once into the byte-code cache (migrate/dataclass_boot.py). Written by",
        '`python -m migrate.dataclass_table` (do not edit)."""',
        "",
        f"PYTHON = {tuple(sys.version_info[:2])!r}",
        "",
        "SOURCES = (",
        *[f"    {text!r}," for text in texts],
        ")",
        "",
        "CODES = []",
    ]
    for text in texts:
        name = ast.parse(text).body[0].name  # type: ignore[attr-defined]
        lines += ["", "", text, f"CODES.append({name}.__code__)"]
    lines.append("")
    return "\n".join(lines)


def table_file() -> Path:
    """The source file of the running Python's table (`migrate/_dataclass_code/py311.py` for 3.11)."""
    package, name = dataclass_boot.table_module().rsplit(".", 1)
    return Path(__file__).parent.parent.joinpath(*package.split("."), f"{name}.py")


def main() -> int:
    texts = collect()
    target = table_file()
    target.write_text(render(texts), encoding="utf-8")
    print(f"wrote {target.name}: {len(texts)} method texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
