"""Accuracy of linkchart's extractors on the shared eval sets: the rules alone, the rules with
the trained relation model (what ingest runs), and the co-occurrence baseline.

Each corpus is ingested twice into temporary stores (the rules with the baseline; the rules
with the model, which revises their claims); the claims are exported and scored by
../shared/eval/score.py (strict and coarse P/R/F1), together with the scorer's entity figures,
its corpus splits (one real actor shown as several nodes) and its time accuracy (credited,
dated claims whose years agree with the gold's). `synthetic/fold` is the training set's fixed
held-out fold (`learned.train.held_out`), read by the model trained without it. Run:

    .venv/bin/python bench/accuracy.py                 # dev splits and the held-out fold
    .venv/bin/python bench/accuracy.py --split test    # measuring only: never tune on these
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from linkchart.api import ingest
from linkchart.export import actor_records, claim_records, write_records
from linkchart.extract.extractors import DEFAULT_EXTRACTORS, RULE_EXTRACTORS
from linkchart.extract.learned.train import FOLD, held_out
from linkchart.store import Store

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SYNTHETIC = ROOT.parent / "shared" / "train" / "synthetic"
BASELINE = "linkchart.relations.cooccurrence.v1"
CORPORA = {"dev": ("dev", "web/dev", "re3d/dev", "mmp/dev", "synthetic/fold"), "test": ("re3d/test", "mmp/test")}


def score(gold: Path, claims: Path, entities: Path) -> dict:
    """The scorer's summary line (its last line of output) as a dict."""
    run = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold), str(claims), "--entities", str(entities)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def measure(corpus: str, work: Path) -> dict[str, dict]:
    gold = _gold_folder(corpus, work)
    texts = [str(p) for p in sorted(gold.glob("*.txt"))]
    runs = {"rules": (*RULE_EXTRACTORS, BASELINE), "rules+model": DEFAULT_EXTRACTORS}
    results: dict[str, dict] = {}
    for run, extractors in runs.items():
        db = work / f"{corpus.replace('/', '-')}-{run}.db"
        started = time.perf_counter()
        with _model(FOLD if corpus == "synthetic/fold" else None):
            ingest(texts, db, extractors=extractors)
        seconds = time.perf_counter() - started
        with Store(db) as store:
            entities = work / "entities.jsonl"
            write_records(actor_records(store), "jsonl", entities)
            scored = [(run, tuple(e for e in extractors if e != BASELINE))]
            if run == "rules":
                scored.append(("co-occurrence", (BASELINE,)))
            for label, names in scored:
                claims = work / "claims.jsonl"
                write_records(claim_records(store, extractors=names), "jsonl", claims)
                results[label] = score(gold, claims, entities) | {"seconds": round(seconds, 1)}
    return results


def _gold_folder(corpus: str, work: Path) -> Path:
    """The corpus's folder; for the held-out fold, a folder of links to its documents."""
    if corpus != "synthetic/fold":
        return EVAL / corpus
    folder = work / "synthetic-fold"
    folder.mkdir(exist_ok=True)
    for text in SYNTHETIC.glob("*.txt"):
        if held_out(text.stem):
            for path in (text, text.with_suffix(".gold.json")):
                (folder / path.name).symlink_to(path)
    return folder


@contextlib.contextmanager
def _model(folder: Path | None) -> Iterator[None]:
    """Ingest with the relation model in `folder` (the bundled one when None)."""
    before = os.environ.pop("LINKCHART_RELATIONS_MODEL", None)
    if folder is not None:
        os.environ["LINKCHART_RELATIONS_MODEL"] = str(folder)
    try:
        yield
    finally:
        os.environ.pop("LINKCHART_RELATIONS_MODEL", None)
        if before is not None:
            os.environ["LINKCHART_RELATIONS_MODEL"] = before


def _time(row: dict) -> str:
    """The share of credited, dated claims whose years agree with the gold's (`time.accuracy`)."""
    accuracy = (row.get("time") or {}).get("accuracy")
    return "-" if accuracy is None else f"{accuracy:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=sorted(CORPORA), default="dev")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()
    if not EVAL.exists():
        print(f"no eval data at {EVAL}", file=sys.stderr)
        return 2
    table = {}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in CORPORA[args.split]:
            table[corpus] = measure(corpus, Path(tmp))
    if args.json:
        print(json.dumps(table))
        return 0
    fmt = "{p:.2f}/{r:.2f}/{f1:.2f}"
    print(
        f"{'corpus':14} {'extractor':14} {'strict P/R/F1':>15} {'coarse P/R/F1':>15} "
        f"{'entities P/R/F1':>16} {'splits':>6} {'time':>5} {'predicted':>9}"
    )
    for corpus, rows in table.items():
        for label, row in rows.items():
            ents = row.get("entities", {"p": 0, "r": 0, "f1": 0})
            print(
                f"{corpus:14} {label:14} {fmt.format(**row['strict']):>15} {fmt.format(**row['coarse']):>15} "
                f"{fmt.format(**ents):>16} {ents.get('corpus_splits', '-'):>6} {_time(row):>5} "
                f"{row['strict']['predicted']:>9}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
