"""Every corpus case marked `engine = true` that migrates builds the same image before and after (opt-in: slow)."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from migrate.verify.engine import Engine
from migrate.verify.run import verify_repo

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
OPT_IN = "MIGRATE_TEST_VERIFY_CORPUS"  # about 8 s per case on a 2-core machine with podman/vfs


def engine_cases() -> list[Path]:
    cases: list[Path] = []
    for toml_path in sorted(CORPUS.glob("*/case.toml")):
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        if data.get("outcome") == "migrated" and data.get("engine") is True:
            cases.append(toml_path.parent)
    return cases


@pytest.mark.engine
@pytest.mark.skipif(not os.environ.get(OPT_IN), reason=f"set {OPT_IN}=1 to build every engine corpus case")
@pytest.mark.parametrize("case", engine_cases(), ids=lambda p: p.name)
def test_migrated_case_builds_an_equivalent_image(engine: Engine, case: Path) -> None:
    result = verify_repo(case / "input", engine=engine, progress=lambda _line: None)
    assert result.status == "equivalent", f"{case.name}:\n{result.report()}"
