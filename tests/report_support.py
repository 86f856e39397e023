"""Helpers for the report tests: corpus copies in tmp dirs, stable repository names, snapshot files."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

from migrate.config import Config
from migrate.outcome import RepoResult
from migrate.pipeline import migrate_repo

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("MIGRATE_UPDATE_SNAPSHOTS") == "1"


def copy_case(case: str, dest: Path) -> Path:
    """A private copy of corpus/<case>/input (the corpus itself is never written)."""
    repo = dest / case
    shutil.copytree(CORPUS / case / "input", repo, symlinks=True)
    return repo


def run_case(case: str, tmp_path: Path, config: Config | None = None) -> RepoResult:
    """The case's result, named after the case instead of the tmp path so outputs are stable."""
    result = migrate_repo(copy_case(case, tmp_path), config)
    return dataclasses.replace(result, repo=case)


def check_snapshot(name: str, actual: str) -> None:
    """Compare with tests/snapshots/<name>; MIGRATE_UPDATE_SNAPSHOTS=1 rewrites it (review the diff)."""
    path = SNAPSHOTS / name
    if UPDATE or not path.exists():
        if not UPDATE:
            raise AssertionError(f"no snapshot {path}; run with MIGRATE_UPDATE_SNAPSHOTS=1 and review it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs (MIGRATE_UPDATE_SNAPSHOTS=1 to regenerate)"
