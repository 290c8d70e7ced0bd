"""The synthetic corpus: deterministic, in the eval format, and an accuracy check at any size."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from linkchart.api import ingest
from linkchart.cli import app
from linkchart.export import claim_records, write_records
from linkchart.store import Store
from linkchart.synthetic import synthetic_corpus

runner = CliRunner()


def test_same_seed_same_corpus_and_gold_names_appear_in_the_text() -> None:
    first, second = list(synthetic_corpus(5, seed=3)), list(synthetic_corpus(5, seed=3))
    assert first == second
    for document in first:
        for entity in document.gold["entities"].values():
            assert all(name in document.text for name in entity["names"])
        assert document.gold["claims"]


def test_accuracy_on_a_synthetic_corpus(tmp_path: Path, eval_dir: Path) -> None:
    folder = tmp_path / "corpus"
    assert runner.invoke(app, ["synthesize", "60", "-o", str(folder)]).exit_code == 0
    db = tmp_path / "s.db"
    ingest([folder], db)
    with Store(db) as store:
        write_records(claim_records(store), "jsonl", tmp_path / "claims.jsonl")
    scored = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), str(folder), str(tmp_path / "claims.jsonl")],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(scored.stdout.strip().splitlines()[-1])
    assert summary["strict"]["f1"] >= 0.85
