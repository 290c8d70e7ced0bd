"""Accuracy of linkchart's extractor beside the co-occurrence baseline, on the shared eval sets.

Each corpus is ingested once into a temporary store with both extractors; the claims of each
are exported and scored by ../shared/eval/score.py (strict and coarse P/R/F1), together with
the scorer's entity figures, its corpus splits (one real actor shown as several nodes) and its
time accuracy (credited, dated claims whose years agree with the gold's). Run:

    .venv/bin/python bench/accuracy.py                 # dev splits
    .venv/bin/python bench/accuracy.py --split test    # measuring only: never tune on these
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from linkchart.api import ingest
from linkchart.export import actor_records, claim_records, write_records
from linkchart.extract.extractors import DEFAULT_EXTRACTORS
from linkchart.store import Store

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
BASELINE = "linkchart.relations.cooccurrence.v1"
CORPORA = {"dev": ("dev", "web/dev", "re3d/dev", "mmp/dev"), "test": ("re3d/test", "mmp/test")}


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
    gold = EVAL / corpus
    db = work / (corpus.replace("/", "-") + ".db")
    started = time.perf_counter()
    ingest([str(p) for p in sorted(gold.glob("*.txt"))], db, extractors=(*DEFAULT_EXTRACTORS, BASELINE))
    seconds = time.perf_counter() - started
    results = {}
    with Store(db) as store:
        entities = work / "entities.jsonl"
        write_records(actor_records(store), "jsonl", entities)
        for label, names in (
            ("linkchart", DEFAULT_EXTRACTORS),
            ("co-occurrence", (BASELINE,)),
        ):
            claims = work / "claims.jsonl"
            write_records(claim_records(store, extractors=names), "jsonl", claims)
            results[label] = score(gold, claims, entities)
    results["linkchart"]["seconds"] = round(seconds, 1)
    return results


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
        f"{'corpus':11} {'extractor':14} {'strict P/R/F1':>15} {'coarse P/R/F1':>15} "
        f"{'entities P/R/F1':>16} {'splits':>6} {'time':>5} {'predicted':>9}"
    )
    for corpus, rows in table.items():
        for label, row in rows.items():
            ents = row.get("entities", {"p": 0, "r": 0, "f1": 0})
            print(
                f"{corpus:11} {label:14} {fmt.format(**row['strict']):>15} {fmt.format(**row['coarse']):>15} "
                f"{fmt.format(**ents):>16} {ents.get('corpus_splits', '-'):>6} {_time(row):>5} "
                f"{row['strict']['predicted']:>9}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
