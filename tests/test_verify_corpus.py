"""Every corpus case marked `engine = true` that migrates builds the same image before and after.

Runs whenever a container engine is usable (the `engine` fixture skips otherwise); about 8 s a case on a
2-core machine. MIGRATE_TEST_VERIFY_CORPUS=0 leaves it out for a quick local run."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from migrate.outcome import RepoResult
from migrate.verify.engine import Engine, EngineError
from migrate.verify.run import Migrator, VerifyResult, verify_repo

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
OPT_OUT = "MIGRATE_TEST_VERIFY_CORPUS"


def engine_cases() -> list[Path]:
    cases: list[Path] = []
    for toml_path in sorted(CORPUS.glob("*/case.toml")):
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        if data.get("outcome") == "migrated" and data.get("engine") is True:
            cases.append(toml_path.parent)
    return cases


@pytest.mark.engine
@pytest.mark.skipif(os.environ.get(OPT_OUT) == "0", reason=f"{OPT_OUT}=0 leaves the corpus builds out")
@pytest.mark.parametrize("case", engine_cases(), ids=lambda p: p.name)
def test_migrated_case_builds_an_equivalent_image(engine: Engine, case: Path) -> None:
    migrator: Migrator | None = None
    args = tomllib.loads((case / "case.toml").read_text(encoding="utf-8")).get("args", [])
    if "--probe" in args:  # as `migrate verify --probe`: the migration asks the builder image
        from migrate.probe import migrate_probed

        def migrator(root: Path) -> RepoResult:
            return migrate_probed(root, engine=engine)

    def verify() -> VerifyResult:
        return verify_repo(case / "input", engine=engine, progress=lambda _line: None, migrator=migrator, measure=False)

    try:
        result = verify()
    except EngineError as first:
        # podman on vfs now and then fails a step for reasons of its own ("Device or resource busy");
        # a build that fails again is a real failure, and a difference is never retried
        print(f"{case.name}: the engine failed once, trying again: {first}")
        result = verify()
    assert result.status == "equivalent", f"{case.name}:\n{result.report()}"
