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
