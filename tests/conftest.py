"""Shared fixtures: the project's samples, a store built from them, a store with a hostile document
in it (the workbench's and the report's tests), and the shared eval data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from linkchart.api import curate, ingest

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


HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">' + "Q" * 10_000
HOSTILE_TEXT = (
    "Hostile report\n\n"
    "<script>window.__pwned = 1; alert('pwned')</script> The Taliban fought NATO forces in Kandahar. "
    '<img src=x onerror="window.__pwned=1"> <a href="javascript:window.__pwned=1">click</a> '
    '"><svg onload="window.__pwned=1"> ' + "Z" * 10_000 + " Brigade attacked the Taliban.\n\n"
    # invisible characters: a zero-width space that would hide a name, an override that would mirror the page
    "The Haq\u200bqani Network fought the \u202eRed Crescent Legion\u202c in Khost in 2011.\n"
)
MIRRORED_NAME = "\u202eorganization\u2066"  # an analyst's rename that would mirror the interface


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web-corpus")
    for sample in SAMPLES.iterdir():
        shutil.copy(sample, folder / sample.name)
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    db = folder / "web.db"
    report = ingest([folder], db)
    assert not report.errors
    curate(db, "rename", "NATO", {"name": HOSTILE_NAME}, "tester")
    curate(db, "rename", "Red Crescent Legion", {"name": "Legion" + MIRRORED_NAME}, "tester")
    return db
