"""Speed without a change in results, bought by design: patterns compiled on first use (migrate/lazy_re.py),
modules imported by the command that uses them, the file system asked once per path, no copy of a Python
orchestrator's tree."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from migrate.lazy_re import Lazy

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "examples" / "java-helloworld"


def _python(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout


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


# --- the entry point and what a run imports --------------------------------------------------------


def test_entry_point_exits_with_the_command_code() -> None:
    for args, code in ((["run", "--check", str(TUTORIAL)], 1), (["run", "/nonexistent/repo"], 2), (["--help"], 0)):
        result = subprocess.run([sys.executable, "-m", "migrate", *args], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == code, (args, result.stderr)


def test_shell_run_does_not_import_bashlex_or_libcst() -> None:
    """A run on a shell-orchestrated repository imports neither bashlex (read only where tree-sitter-bash
    cannot read a script) nor libcst (only for Python that runs docker)."""
    out = _python(
        "import sys\n"
        "from pathlib import Path\n"
        "from migrate.config import load_config\n"
        "from migrate.pipeline import migrate_repo\n"
        f"path = Path({str(TUTORIAL)!r})\n"
        "migrate_repo(path, load_config(path))\n"
        "print(sorted(m for m in ('bashlex', 'libcst') if m in sys.modules))\n"
    )
    assert out == "[]\n"


def test_a_script_tree_sitter_cannot_read_is_read_by_bashlex() -> None:
    from migrate.parse.shell import parse_shell

    script = parse_shell("for f do\n  echo $f\ndone\n")  # `for NAME do` without `in`: bash accepts it
    assert script.parser == "bashlex"
    assert [type(s).__name__ for s in script.body.stmts] == ["Loop"]


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
