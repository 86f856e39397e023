"""Fixtures for the hostile-repository tests (the builder is in hostile_support.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hostile_support import HostileRepo, make_repo


@pytest.fixture
def hostile(tmp_path: Path) -> Callable[..., HostileRepo]:
    """Makes a fresh copy of the tutorial repository (`hostile()` or `hostile("name")`) to make hostile."""

    def make(name: str = "repo") -> HostileRepo:
        return make_repo(tmp_path, name)

    return make
