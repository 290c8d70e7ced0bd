"""Time for the graph explorer to draw a large network in headless Chromium: a store of ACTORS
actors and TIES claims between them (written straight into SQLite, no NLP), served by the
real app, opening on its default view (the best-connected actors; a store this size is never
sent whole); printed are the time to first render and to interactive (from the page's own
`window.linkchartTimings`), beside the same page with a 10x smaller network, measured in the
same run. Run:

    .venv/bin/python bench/web_graph.py                     # 5,000 actors, 20,000 ties
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from linkchart.store import Store, derived
from linkchart.web.background import CHROMIUM, CHROMIUM_FLAGS, served

TYPES = ("person", "organization", "group", "location")
PREDICATES = ("cooperates_with", "fights", "supports", "member_of", "leads", "operates_in")


def synthetic_store(db: Path, actors: int, ties: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    with Store(db) as store, store.transaction() as conn:
        conn.execute(
            "INSERT INTO documents (id, path, name, media_type, text, ingested_at) "
            "VALUES ('d', 'synthetic.txt', 'synthetic', 'text/plain', 'x', 'now')"
        )
        conn.execute(
            "INSERT INTO sentences (id, doc_id, idx, paragraph, start, end, text) VALUES ('d:s0', 'd', 0, 0, 0, 1, 'x')"
        )
        conn.executemany(
            "INSERT INTO actors (id, name, type) VALUES (?, ?, ?)",
            [(f"a{i}", f"Actor {i}", rng.choice(TYPES)) for i in range(actors)],
        )
        conn.executemany(
            "INSERT INTO mentions (id, doc_id, sentence_id, start, end, text, ner_label, actor_id, rule) "
            "VALUES (?, 'd', 'd:s0', 0, 1, ?, 'ORG', ?, 'bench')",
            [(f"m{i}", f"Actor {i}", f"a{i}") for i in range(actors)],
        )
        rows = []
        for i in range(ties):
            a, b = rng.sample(range(actors), 2)
            year = rng.randint(1980, 2020)
            rows.append(
                (
                    f"c{i}",
                    f"a{a}",
                    rng.choice(PREDICATES),
                    f"a{b}",
                    str(year),
                    str(year),
                    rng.choice(("asserted", "asserted", "reported")),
                )
            )
        conn.executemany(
            "INSERT INTO claims (id, doc_id, sentence_id, subject_id, predicate, object_id, start, end, "
            "time_start, time_end, time_precision, time_source, hedge, extractor, confidence) "
            "VALUES (?, 'd', 'd:s0', ?, ?, ?, 0, 1, ?, ?, 'year', 'sentence', ?, 'bench', 0.5)",
            rows,
        )
        derived.refresh(conn)  # what ingest does after writing: the explorer reads these tables


def measure(db: Path, browser: object) -> dict[str, float]:
    with served(db) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
        page.goto(f"{base}/graph")
        deadline = time.monotonic() + 300
        while not page.evaluate("() => Boolean(window.linkchartTimings && window.linkchartTimings.interactive)"):
            if time.monotonic() > deadline:
                raise TimeoutError("the graph never became interactive")
            time.sleep(0.05)
        timings: dict[str, float] = page.evaluate("() => window.linkchartTimings")
        page.close()
        return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--ties", type=int, default=20000)
    args = parser.parse_args()
    if CHROMIUM is None:
        raise SystemExit("needs Debian's chromium (make browser)")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        results = {}
        for label, actors, ties in (("small", args.actors // 10, args.ties // 10), ("large", args.actors, args.ties)):
            db = Path(tmp) / f"{label}.db"
            synthetic_store(db, actors, ties)
            results[label] = measure(db, browser)
            r = results[label]
            print(
                f"{label}: {actors:,} actors, {ties:,} ties: data loaded {r['loaded'] / 1000:.1f}s, "
                f"first render {r['firstRender'] / 1000:.1f}s, interactive {r['interactive'] / 1000:.1f}s"
            )
        browser.close()
    ratio = results["large"]["interactive"] / results["small"]["interactive"]
    print(f"interactive, large / small: {ratio:.1f}x for 10x the network")


if __name__ == "__main__":
    main()
