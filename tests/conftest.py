"""Shared test helpers: paths, the seed, and a schema check applied to every item tests produce."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
SEED = ROOT.parent / "shared" / "seeds" / "000_f833b7997fc8162d.txt"
SEED_COPY = TESTS / "golden" / "000_f833b7997fc8162d.txt"


@pytest.fixture
def seed_text() -> str:
    """The seed: the shared copy when present, else the copy kept with the golden test."""
    path = SEED if SEED.exists() else SEED_COPY
    return path.read_text(encoding="utf-8")
