"""Speed without a change in results. Start-up: dataclass methods from stored code (migrate/dataclass_boot.py),
patterns compiled on first use (migrate/lazy_re.py), the collector paused while a command loads
(migrate/__main__.py, migrate/cli.py). Per repository: the file system asked once per path, no copy of a
Python orchestrator's tree."""

from __future__ import annotations

import dataclasses
import gc
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import migrate.pipeline
from migrate import dataclass_boot, dataclass_table
from migrate.cli import app
from migrate.lazy_re import Lazy

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "examples" / "java-helloworld"


def _python(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave the collector as the test found it, whatever the code under test did to it."""
    enabled = gc.isenabled()
    try:
        yield
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
        else:  # pragma: no cover - pytest runs with the collector on
            gc.disable()


# --- dataclass methods from stored code ---------------------------------------------------------------


TABLE_FILE = dataclass_table.table_file()


def _table_for_this_python() -> None:
    if not TABLE_FILE.exists():
        pytest.skip(f"no dataclass table for this Python ({TABLE_FILE.name}): `python -m migrate.dataclass_table`")


def test_dataclass_code_table_is_current_for_this_python() -> None:
    _table_for_this_python()
    written = _python("from migrate import dataclass_table as t; print(t.render(t.collect()), end='')")
    current = TABLE_FILE.read_text(encoding="utf-8")
    assert written == current, "stale: run `python -m migrate.dataclass_table`"


def test_package_dataclasses_compile_no_method_at_import() -> None:
    _table_for_this_python()
    compiled = _python(
        "import builtins\n"
        "compiled = []\n"
        "real = builtins.exec\n"
        "def counting(source, *args, **kwargs):\n"
        "    globals_ = args[0] if args else {}\n"
        "    if isinstance(source, str) and str(globals_.get('__name__', '')).startswith('migrate'):\n"
        "        compiled.append(source.split('\\n')[1])\n"
        "    return real(source, *args, **kwargs)\n"
        "builtins.exec = counting\n"
        "import migrate.cli, migrate.pipeline, migrate.report.console, migrate.bulk.runner, migrate.verify.run\n"
        "print(len(compiled), compiled[:3])\n"
    )
    assert compiled.startswith("0 "), compiled


def _twins() -> tuple[type, type]:
    """The same frozen dataclass twice: once made from stored code (its method texts are those of
    migrate.render.edits.Edit, which the table holds), once compiled as dataclasses does without the table."""

    def make() -> type:
        class Edit:
            """Replace the text between two offsets."""

            start: int
            end: int
            text: str = ""

        Edit.__module__ = "migrate.render.edits"
        return dataclasses.dataclass(frozen=True, order=True)(Edit)

    hits: list[str] = []
    table = dataclass_boot._table()
    real = dataclass_boot._exec

    def spy(source: object, *args: object, **kwargs: object) -> None:
        if isinstance(source, str) and source in table:
            hits.append(source)
        real(source, *args, **kwargs)

    setattr(dataclasses, "exec", spy)  # noqa: B010
    try:
        stored = make()
    finally:
        dataclass_boot.install()
    assert hits, "the twin's method texts should be in the table"
    delattr(dataclasses, "exec")
    try:
        compiled = make()
    finally:
        dataclass_boot.install()
    return stored, compiled


def test_stored_dataclass_methods_behave_as_compiled_ones() -> None:
    _table_for_this_python()
    stored, compiled = _twins()
    for cls in (stored, compiled):
        one, two = cls(1, 2, "x"), cls(1, 2, "x")
        assert one == two and hash(one) == hash(two) and not one < two
        assert cls(0, 1) < cls(0, 2) and cls(0, 1).text == ""
        assert repr(one).endswith("Edit(start=1, end=2, text='x')")
        with pytest.raises(dataclasses.FrozenInstanceError):
            one.start = 3
        with pytest.raises(TypeError):
            cls(1)
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__"):
        a, b = getattr(stored, name), getattr(compiled, name)
        assert a.__code__.co_code == b.__code__.co_code, name
        assert a.__code__.co_names == b.__code__.co_names, name
        assert a.__qualname__ == b.__qualname__ and a.__module__ == b.__module__, name
        assert a.__annotations__ == b.__annotations__, name


def test_dataclass_text_not_in_table_is_compiled_as_usual() -> None:
    @dataclasses.dataclass(frozen=True)
    class Unusual:
        a_field_no_package_dataclass_has: int = 4

    assert not any("a_field_no_package_dataclass_has" in text for text in dataclass_boot._table())
    assert Unusual() == Unusual(4) and repr(Unusual(5)).endswith("Unusual(a_field_no_package_dataclass_has=5)")


@pytest.mark.parametrize("table", ["migrate._dataclass_code.py00", "migrate.no_such_package.py311"])
def test_python_without_a_table_compiles_every_method(table: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataclass_boot, "table_module", lambda: table)
    monkeypatch.setattr(dataclass_boot, "_codes", None)

    @dataclasses.dataclass(frozen=True)
    class Edit:
        start: int
        end: int
        text: str = ""

    assert dataclass_boot._table() == {}
    assert Edit(1, 2) == Edit(1, 2, "") and hash(Edit(1, 2)) == hash(Edit(1, 2))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        pytest.param("def f(a, b):\n return a", True, id="one def"),
        pytest.param("def f(a=1):\n return a", False, id="a default"),
        pytest.param("def f(a: int):\n return a", False, id="an annotation"),
        pytest.param("def f(a) -> int:\n return a", False, id="a return annotation"),
        pytest.param("@d\ndef f(a):\n return a", False, id="a decorator"),
        pytest.param("def f():\n pass\nx = 1", False, id="two statements"),
        pytest.param("async def f():\n pass", False, id="async"),
        pytest.param("def f(:", False, id="not python"),
    ],
)
def test_only_plain_defs_are_stored(text: str, plain: bool) -> None:
    assert dataclass_table._single_plain_def(text) is plain


# --- patterns compiled on first use --------------------------------------------------------------------


def test_lazy_pattern_compiles_on_first_use_only() -> None:
    lazy = Lazy(r"(\w+)=(\d+)")
    assert lazy._compiled is None
    assert lazy.search("x a=1")
    assert lazy._compiled is not None
    assert lazy.compiled is lazy.compiled


@pytest.mark.parametrize("flags", [0, re.IGNORECASE | re.MULTILINE])
def test_lazy_pattern_answers_like_a_compiled_one(flags: int) -> None:
    text = "A=1\nb=22 c=x\nD=4"
    lazy, real = Lazy(r"^(\w+)=(\d+)", flags), re.compile(r"^(\w+)=(\d+)", flags)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    for pos in (0, 4, 9):
        a, b = lazy.match(text, pos), real.match(text, pos)
        assert (a and a.groups()) == (b and b.groups())
        a, b = lazy.search(text, pos), real.search(text, pos)
        assert (a and a.span()) == (b and b.span())
    assert Lazy(rb"^#!\s*\S*sh").match(b"#!/bin/sh") is not None


# --- the collector during start-up ---------------------------------------------------------------------


@pytest.mark.parametrize("command", ["run", "explain"])
def test_commands_run_with_the_collector_enabled(
    command: str, monkeypatch: pytest.MonkeyPatch, collector: None
) -> None:
    seen: list[bool] = []
    real = migrate.pipeline.migrate_repo

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(migrate.pipeline, "migrate_repo", spy)
    gc.disable()  # as the entry point leaves it
    result = CliRunner().invoke(app, [command, str(TUTORIAL), *(["--diff"] if command == "run" else [])])
    assert result.exit_code in (0, 1), result.output
    assert seen == [True]


def test_bulk_runs_with_the_collector_enabled(monkeypatch: pytest.MonkeyPatch, collector: None) -> None:
    import migrate.bulk.runner

    seen: list[bool] = []

    def spy(opts: object) -> object:
        seen.append(gc.isenabled())
        raise RuntimeError("stop here")

    monkeypatch.setattr(migrate.bulk.runner, "run_bulk", spy)
    gc.disable()
    result = CliRunner().invoke(app, ["bulk", str(TUTORIAL)])
    assert result.exit_code == 123 and seen == [True]


def test_entry_point_pauses_the_collector_until_the_command_loads() -> None:
    out = _python(
        "import gc, sys\n"
        "import migrate.cli\n"
        "states = []\n"
        "real = migrate.cli.loaded\n"
        "def spy():\n"
        "    states.append(gc.isenabled())\n"
        "    real()\n"
        "    states.append(gc.isenabled())\n"
        "migrate.cli.loaded = spy\n"
        f"sys.argv = ['migrate', 'run', '--diff', {str(TUTORIAL)!r}]\n"
        "from migrate.__main__ import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code, 'collector', states)\n"
    )
    assert "--- a/Dockerfile" in out  # the migration ran
    assert out.endswith("exit 1 collector [False, True]\n")


def test_cli_leaves_a_running_collector_alone(monkeypatch: pytest.MonkeyPatch, collector: None) -> None:
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    result = CliRunner().invoke(app, ["run", "--diff", str(TUTORIAL)])
    assert result.exit_code == 1 and gc.isenabled() and frozen == []


def test_entry_point_exits_with_the_command_code() -> None:
    for args, code in ((["run", "--check", str(TUTORIAL)], 1), (["run", "/nonexistent/repo"], 2), (["--help"], 0)):
        result = subprocess.run([sys.executable, "-m", "migrate", *args], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == code, (args, result.stderr)


# --- work done once per run ----------------------------------------------------------------------------


def test_repo_asks_the_file_system_once_per_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from migrate.repo import Repo
    from migrate.trace.cp_rules import PathState

    (tmp_path / "dir").mkdir()
    (tmp_path / "file").write_text("x")
    asked: list[str] = []
    real = os.path.lexists

    def counting(path: object) -> bool:
        asked.append(str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os.path, "lexists", counting)
    repo = Repo(tmp_path)
    for _ in range(3):
        assert repo.kind("dir") is PathState.DIR
        assert repo.kind("file") is PathState.FILE
        assert repo.kind("missing") is PathState.ABSENT
        assert repo.exists("file") and not repo.exists("missing")
    assert len(asked) == 3


def test_python_orchestrator_parse_does_not_copy_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    import libcst

    from migrate.parse.python_orch import parse_python

    copies: list[object] = []
    real = libcst.Module.deep_clone

    def counting(self: libcst.Module) -> libcst.Module:
        copies.append(self)
        return real(self)

    monkeypatch.setattr(libcst.Module, "deep_clone", counting)
    script = parse_python('import subprocess\nsubprocess.run(["docker", "build", "-t", "app", "."])\n')
    assert script.parser == "libcst" and copies == []
