"""Ingest throughput, memory, parallel efficiency and engine equivalence, each as a ratio
measured in the same run (these machines are noisy, so only ratios mean anything):

- throughput: the full pipeline (read, parse, extract, resolve, store) against bare spaCy
  `nlp.pipe` over the same texts with the same model, the best of three runs of each taken in
  turns (target >= 0.7);
- memory: peak RSS of ingesting 20k synthetic reports against 1k (target <= 1.2);
- parallel efficiency: time with 1 worker / (N x time with N workers) (target >= 0.8 for N=2);
- Ray: the store a Ray run writes against the local run's, table by table (must be identical).

    .venv/bin/python bench/throughput.py                    # 2,000 reports, 2 workers
    .venv/bin/python bench/throughput.py --workers 16 --docs 20000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from linkchart.api import ingest
from linkchart.extract.nlp.parse import MODEL, load_pipeline
from linkchart.synthetic import write_corpus

TABLES = {
    "documents": "SELECT id, path, name, title, date, publisher FROM documents ORDER BY id",
    "sentences": "SELECT id, start, end, text FROM sentences ORDER BY id",
    "mentions": "SELECT id, actor_id, start, end, text, rule FROM mentions ORDER BY id",
    "actors": "SELECT id, name, type FROM actors ORDER BY id",
    "claims": "SELECT id, subject_id, predicate, object_id, start, end, hedge, time_start, time_end, confidence "
    "FROM claims ORDER BY id",
}


def store_digest(db: Path) -> dict[str, str]:
    """One hash per table of what extraction wrote (timestamps left out)."""
    conn = sqlite3.connect(db)
    return {t: hashlib.sha1(repr(conn.execute(q).fetchall()).encode()).hexdigest()[:12] for t, q in TABLES.items()}


def timed_ingest(folder: Path, db: Path, **options: object) -> float:
    started = time.perf_counter()
    ingest([folder], db, **options)  # type: ignore[arg-type]
    return time.perf_counter() - started


def peak_rss_mb(folder: Path, db: Path) -> float:
    """Peak resident memory of a fresh process ingesting `folder`, in MB."""
    script = (
        "import resource, sys; from linkchart.api import ingest; ingest([sys.argv[1]], sys.argv[2]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(db)], capture_output=True, text=True, check=True
    )
    return float(run.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs of bare spaCy and of linkchart, taken in turns")
    parser.add_argument(
        "--memory",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure peak RSS at 1k and 20k reports (slow)",
    )
    parser.add_argument("--ray", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        write_corpus(corpus, args.docs, gold=False)
        texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]

        bare = spacy.load(MODEL)
        load_pipeline()  # both warm: model loading is not what is measured
        # Taken in turns and the best of each kept (as timeit does): a slow spell of a shared
        # machine then lengthens neither side alone.
        bare_runs, linkchart_runs = [], []
        for run in range(args.repeat):
            started = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=64):
                pass
            bare_runs.append(time.perf_counter() - started)
            linkchart_runs.append(timed_ingest(corpus, work / f"one{run}.db", batch_size=64))
        bare_seconds, one = min(bare_runs), min(linkchart_runs)
        one_db = work / f"one{linkchart_runs.index(one)}.db"
        results["throughput"] = {
            "docs": args.docs,
            "runs": args.repeat,
            "bare_spacy_s": round(bare_seconds, 2),
            "linkchart_s": round(one, 2),
            "docs_per_s": round(args.docs / one, 1),
            "ratio": round(bare_seconds / one, 3),
        }
        print(
            f"throughput: bare spaCy {bare_seconds:.1f}s, linkchart {one:.1f}s for {args.docs} reports, "
            f"best of {args.repeat} each -> ratio {bare_seconds / one:.2f} (target >= 0.7)"
        )

        many = timed_ingest(corpus, work / "many.db", batch_size=64, workers=args.workers)
        efficiency = one / (args.workers * many)
        same = store_digest(one_db) == store_digest(work / "many.db")
        results["parallel"] = {
            "workers": args.workers,
            "seconds": round(many, 2),
            "efficiency": round(efficiency, 3),
            "same_store": same,
        }
        print(
            f"parallel: {args.workers} workers {many:.1f}s -> efficiency {efficiency:.2f} (target >= 0.8 for 2); "
            f"store identical to 1 worker: {same}"
        )

        if args.ray:
            ray_seconds = timed_ingest(corpus, work / "ray.db", batch_size=64, workers=args.workers, engine="ray")
            same = store_digest(one_db) == store_digest(work / "ray.db")
            results["ray"] = {"seconds": round(ray_seconds, 2), "same_store": same}
            print(f"ray: {ray_seconds:.1f}s, store identical to the local run: {same}")

        if args.memory:
            small, large = work / "m1k", work / "m20k"
            write_corpus(small, 1000, gold=False)
            write_corpus(large, 20000, gold=False)
            rss_small = peak_rss_mb(small, work / "m1k.db")
            rss_large = peak_rss_mb(large, work / "m20k.db")
            results["memory"] = {
                "peak_rss_1k_mb": rss_small,
                "peak_rss_20k_mb": rss_large,
                "ratio": round(rss_large / rss_small, 3),
            }
            print(
                f"memory: peak RSS {rss_small:.0f} MB at 1k reports, {rss_large:.0f} MB at 20k "
                f"-> ratio {rss_large / rss_small:.2f} (target <= 1.2)"
            )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
