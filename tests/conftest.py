"""Shared fixtures: where the shared material and the seed documents live."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS_DIR = SHARED / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed id (file stem) → the seed document's text."""
    if not SEEDS_DIR.is_dir():
        pytest.fail(f"the shared seeds are missing: {SEEDS_DIR}")
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))}
