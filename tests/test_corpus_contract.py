"""Properties every corpus case keeps (the contract of the real-repository issue): an orchestrator that copies
files out of a container ends migrated, blocked, or with a note that says so at the copy; no diagnostic is
said twice; every name a message quotes is filled in."""

from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePosixPath

import pytest

from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo
from migrate.plan.planner import trace_script
from migrate.repo import Repo
from migrate.source import SourceFile

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CASES = sorted(p for p in CORPUS.iterdir() if (p / "case.toml").exists())
_EMPTY_NAME = re.compile(r"``|`\s+`|\(from ``?\)")


def _copy(case: Path, tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(case / "input", root, symlinks=True)
    return root


def _extracting_scripts(root: Path) -> list[str]:
    """Shell scripts of the case whose trace copies something out of a container."""
    from migrate.parse.shell import parse_shell

    repo = Repo(root)
    out = []
    for path in sorted(root.rglob("*.sh")):
        rel = str(path.relative_to(root))
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        if "docker" not in text:
            continue
        source = SourceFile(PurePosixPath(rel), path.read_bytes())
        graph = trace_script(repo, source, parse_shell(text))
        if graph.extractions:
            out.append(rel)
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_copy_out_ends_migrated_blocked_or_noted(case: Path, tmp_path: Path) -> None:
    root = _copy(case, tmp_path)
    result = migrate_repo(root)
    if result.outcome is not Outcome.UNCHANGED:
        return
    said = {d.path for d in result.diagnostics if d.code in ("MIG001", "MIG003", "MIG004") and d.line}
    for script in _extracting_scripts(root):
        assert script in said, f"{script} copies out of a container, and nothing was said about it"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_diagnostics_are_said_once_with_their_names_filled_in(case: Path, tmp_path: Path) -> None:
    result = migrate_repo(_copy(case, tmp_path))
    keys = [(d.code, d.path, d.line, d.message) for d in result.diagnostics]
    assert len(keys) == len(set(keys))
    for d in result.diagnostics:
        assert not _EMPTY_NAME.search(d.message), d.format()
