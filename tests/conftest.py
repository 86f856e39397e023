"""Shared pytest fixtures."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from migrate.verify.engine import Engine, EngineError

# ----------------------------------------------------------------------------------------------------
# Container engine (tests marked `engine`): one isolated podman store per session, with stand-in base images.
# ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def engine_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    store = tmp_path_factory.mktemp("engine-store")
    yield store
    shutil.rmtree(store, ignore_errors=True)


@pytest.fixture(scope="session")
def engine(engine_store: Path) -> Iterator[Engine]:
    """A usable engine with the stand-in base images loaded; skips the test when there is none."""
    sys.path.insert(0, str(Path(__file__).parent))
    from engine_support import install_standins, usable_engine

    found, reason = usable_engine(engine_store / "store")
    if found is None:
        pytest.skip(reason)
    try:
        install_standins(found, engine_store / "work")
    except EngineError as exc:
        pytest.skip(f"cannot build stand-in base images: {exc}")
    yield found
    if found.runroot is not None and found.store is not None and found.store not in found.runroot.parents:
        shutil.rmtree(found.runroot, ignore_errors=True)
