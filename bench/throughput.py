"""Ingest throughput, memory, parallel efficiency and engine equivalence, each as a ratio
measured in the same run (these machines are noisy, so only ratios mean anything):

- throughput: the full pipeline (read, parse, extract, resolve, store) against bare spaCy
  `nlp.pipe` over the same texts with the same model, the best of several runs of each taken
  in turns, on two corpora:
  * realistic: the training documents of `../shared/train/synthetic/` and the real pages of
    `../shared/eval/web/dev/` (new names in every report, as users' reports bring), copied to a
    few hundred documents (target >= 0.75);
  * template: the template corpus of `linkchart synthesize`, whose few dozen names repeat
    (target >= 0.7);
- memory: peak RSS of ingesting 20k synthetic reports against 1k (target <= 1.2);
- parallel efficiency: time with 1 worker / (N x time with N workers) (target >= 0.8 for N=2);
- Ray: the store a Ray run writes against the local run's, table by table (must be identical);
- long paragraphs: time per kB of 1 MB of text cut into paragraphs of 10 kB, 100 kB and 1 MB
  (target: flat, the largest <= 1.5 x the smallest).

    .venv/bin/python bench/throughput.py                    # 2,000 template reports, 2 workers
    .venv/bin/python bench/throughput.py --workers 16 --docs 20000
    .venv/bin/python bench/throughput.py --profile          # also the top functions of an ingest
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import spacy

from linkchart.api import ingest
from linkchart.extract.nlp.parse import MODEL, load_pipeline
from linkchart.synthetic import write_corpus

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
REALISTIC = (SHARED / "train" / "synthetic", SHARED / "eval" / "web" / "dev")
TABLES = {
    "documents": "SELECT id, path, name, title, date, publisher FROM documents ORDER BY id",
    "document_paths": "SELECT path, doc_id FROM document_paths ORDER BY path",
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


def realistic_corpus(folder: Path, documents: int) -> int:
    """Copies of the realistic texts up to `documents` files; each copy ends with a line of its
    own, so that no copy is skipped as content already stored."""
    sources = [p for d in REALISTIC if d.exists() for p in sorted(d.glob("*.txt"))]
    folder.mkdir(parents=True)
    for n in range(documents):
        source = sources[n % len(sources)]
        text = source.read_text(encoding="utf-8")
        (folder / f"{source.stem}-{n:05d}.txt").write_text(f"{text}\n\nCopy {n}.\n", encoding="utf-8")
    return documents


def compare_with_spacy(label: str, corpus: Path, work: Path, repeat: int, target: float) -> dict[str, Any]:
    """Bare `nlp.pipe` against the whole ingest on one corpus, taken in turns, the best of each
    kept (as timeit does): a slow spell of a shared machine then lengthens neither side alone."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    bare = spacy.load(MODEL)
    load_pipeline()  # both warm: model loading is not what is measured
    bare_runs, linkchart_runs = [], []
    for run in range(repeat):
        started = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=64):
            pass
        bare_runs.append(time.perf_counter() - started)
        linkchart_runs.append(timed_ingest(corpus, work / f"{label}{run}.db", batch_size=64))
    bare_seconds, one = min(bare_runs), min(linkchart_runs)
    words = sum(len(t.split()) for t in texts)
    print(
        f"throughput ({label}): bare spaCy {bare_seconds:.1f}s, linkchart {one:.1f}s for {len(texts)} reports "
        f"({words:,} words), best of {repeat} each -> ratio {bare_seconds / one:.2f} (target >= {target})"
    )
    return {
        "docs": len(texts),
        "words": words,
        "runs": repeat,
        "bare_spacy_s": round(bare_seconds, 2),
        "linkchart_s": round(one, 2),
        "docs_per_s": round(len(texts) / one, 1),
        "ratio": round(bare_seconds / one, 3),
        "db": str(work / f"{label}{linkchart_runs.index(one)}.db"),
    }


def profile_ingest(corpus: Path, db: Path, top: int = 5) -> list[dict[str, Any]]:
    """The functions an ingest spends most time in (cumulative), so that the next hot spot
    shows the day it appears."""
    profiler = cProfile.Profile()
    profiler.runcall(ingest, [corpus], db, batch_size=64)
    stats = pstats.Stats(profiler, stream=io.StringIO()).sort_stats("cumulative")
    rows = []
    for (file, line, function), (_, calls, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "linkchart" in file and "/api/" not in file and "/engines.py" not in file:
            rows.append(
                {"function": f"{Path(file).name}:{line} {function}", "calls": calls, "cumulative_s": cumulative}
            )
    rows.sort(key=lambda r: -r["cumulative_s"])
    for row in rows[:top]:
        print(f"  {row['cumulative_s']:7.2f}s {row['calls']:>9,} calls  {row['function']}")
    return [{**r, "cumulative_s": round(r["cumulative_s"], 2)} for r in rows[:top]]


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


def engines(corpus: Path, work: Path, one: float, one_db: Path, args: argparse.Namespace) -> dict[str, Any]:
    many = timed_ingest(corpus, work / "many.db", batch_size=64, workers=args.workers)
    efficiency = one / (args.workers * many)
    same = store_digest(one_db) == store_digest(work / "many.db")
    results: dict[str, Any] = {
        "parallel": {"workers": args.workers, "seconds": round(many, 2), "efficiency": round(efficiency, 3)}
    }
    results["parallel"]["same_store"] = same
    print(
        f"parallel: {args.workers} workers {many:.1f}s -> efficiency {efficiency:.2f} (target >= 0.8 for 2); "
        f"store identical to 1 worker: {same}"
    )
    if args.ray:
        ray_seconds = timed_ingest(corpus, work / "ray.db", batch_size=64, workers=args.workers, engine="ray")
        same = store_digest(one_db) == store_digest(work / "ray.db")
        results["ray"] = {"seconds": round(ray_seconds, 2), "same_store": same}
        print(f"ray: {ray_seconds:.1f}s, store identical to the local run: {same}")
    return results


def memory(work: Path) -> dict[str, float]:
    small, large = work / "m1k", work / "m20k"
    write_corpus(small, 1000, gold=False)
    write_corpus(large, 20000, gold=False)
    rss_small, rss_large = peak_rss_mb(small, work / "m1k.db"), peak_rss_mb(large, work / "m20k.db")
    print(
        f"memory: peak RSS {rss_small:.0f} MB at 1k reports, {rss_large:.0f} MB at 20k "
        f"-> ratio {rss_large / rss_small:.2f} (target <= 1.2)"
    )
    return {"peak_rss_1k_mb": rss_small, "peak_rss_20k_mb": rss_large, "ratio": round(rss_large / rss_small, 3)}


def long_paragraphs(work: Path, total_kb: int = 1000) -> dict[str, Any]:
    """Time per kB of text in paragraphs of 10 kB, 100 kB and 1 MB (the same 1 MB of text cut
    three ways, each piece one paragraph without a break, as PDFs often come out): flat when
    no step grows faster than the text (target: the largest per-kB time <= 1.5 x the smallest)."""
    source = work / "long-source"
    write_corpus(source, 400, gold=False)
    sentences = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(source.glob("*.txt")))
    text = (sentences * (1 + total_kb * 1024 // len(sentences)))[: total_kb * 1024]
    per_kb: dict[str, float] = {}
    for size_kb in (10, 100, 1000):
        folder = work / f"long-{size_kb}"
        folder.mkdir()
        for n, start in enumerate(range(0, len(text), size_kb * 1024)):
            (folder / f"p{n:04d}.txt").write_text(f"Report {n}\n\n" + text[start : start + size_kb * 1024], "utf-8")
        per_kb[f"{size_kb}kB"] = timed_ingest(folder, work / f"long-{size_kb}.db", batch_size=16) / total_kb
    spread = max(per_kb.values()) / min(per_kb.values())
    print(
        "long paragraphs: "
        + ", ".join(f"{k} {v * 1000:.1f} ms/kB" for k, v in per_kb.items())
        + f" -> spread {spread:.2f} (target <= 1.5)"
    )
    return {"seconds_per_kb": {k: round(v, 4) for k, v in per_kb.items()}, "spread": round(spread, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="template reports")
    parser.add_argument("--realistic-docs", type=int, default=500, help="realistic reports (0: none)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs of bare spaCy and of linkchart, taken in turns")
    parser.add_argument("--profile", action="store_true", help="print the top functions of a realistic ingest")
    parser.add_argument("--memory", action=argparse.BooleanOptionalAction, default=True, help="peak RSS (slow)")
    parser.add_argument("--ray", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--engines", action=argparse.BooleanOptionalAction, default=True, help="workers and Ray")
    parser.add_argument("--long", action=argparse.BooleanOptionalAction, default=True, help="10 kB-1 MB paragraphs")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.realistic_docs and any(d.exists() for d in REALISTIC):
            realistic_corpus(work / "realistic", args.realistic_docs)
            results["realistic"] = compare_with_spacy("realistic", work / "realistic", work, args.repeat, 0.75)
            if args.profile:
                print("top functions of a realistic ingest (cumulative time):")
                results["profile"] = profile_ingest(work / "realistic", work / "profiled.db")
        template = work / "template"
        write_corpus(template, args.docs, gold=False)
        results["throughput"] = compare_with_spacy("template", template, work, args.repeat, 0.7)
        if args.engines:
            results.update(
                engines(template, work, results["throughput"]["linkchart_s"], Path(results["throughput"]["db"]), args)
            )
        if args.long:
            results["long_paragraphs"] = long_paragraphs(work)
        if args.memory:
            results["memory"] = memory(work)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
