"""Shared fixtures: the project's samples, a store built from them, and the shared eval data."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkchart.api import ingest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from samples/ once per test session (treat it as read-only)."""
    db = tmp_path_factory.mktemp("store") / "samples.db"
    report = ingest([SAMPLES], db)
    assert not report.errors, report.errors
    return db


@pytest.fixture
def eval_dir() -> Path:
    if not EVAL.exists():
        pytest.skip("../shared/eval is not present")
    return EVAL


# A chronology in the project's own words: a dated tie, an open one, an undated one, and a pair
# that turns from enemies to allies.
CHRONOLOGY = (
    "Frontier chronology\n\n"
    "The Red Hand Brigade fought the Blue Lions Front between 1990 and 1995.\n\n"
    "Since 2005 the Red Hand Brigade has been allied with the Green Wolves Movement.\n\n"
    "The Red Hand Brigade attacked the Black Crescent Army.\n\n"
    "In 1998 the Red Hand Brigade was allied with the Blue Lions Front.\n"
)


@pytest.fixture(scope="session")
def chronology_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("chronology")
    (folder / "chronology.txt").write_text(CHRONOLOGY, encoding="utf-8")
    db = folder / "chronology.db"
    assert not ingest([folder], db).errors
    return db
