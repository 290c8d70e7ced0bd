"""The workbench at an analyst's scale: a store of REPORTS synthetic reports (`linkchart
synthesize`, then a real ingest) served by the real app under uvicorn, measured with headless
Chromium and with concurrent readers, printed beside the same figures for the five bundled
samples' store, measured in the same run.

- page medians: home, an actor's profile, a search and a two-hop neighbourhood (`/graph.json?
  focus=...&hops=2`), each loaded ROUNDS times by Chromium (navigation timing: request start to
  response end), the first load (built from the store) and the median; target: under 0.5 s.
- READERS concurrent readers for SECONDS, each looping over those pages and a static file;
  target: no error and no request over 2 s, and a static file never waits for a query.

    .venv/bin/python bench/web_scale.py                       # 3,000 reports, 50 readers, 30 s
    .venv/bin/python bench/web_scale.py --db big.db          # an existing store
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from linkchart.store import Store
from linkchart.web.background import CHROMIUM, CHROMIUM_FLAGS, served

ROOT = Path(__file__).resolve().parent.parent
TIMING = "() => { const t = performance.getEntriesByType('navigation')[0]; return t.responseEnd - t.requestStart; }"


def build_store(db: Path, reports: int, folder: Path) -> None:
    """`linkchart synthesize` then `linkchart ingest`, as a user would."""
    cli = [sys.executable, "-m", "linkchart"]
    subprocess.run([*cli, "synthesize", str(reports), "-o", str(folder), "--no-gold"], check=True, capture_output=True)
    subprocess.run([*cli, "ingest", str(folder), "--db", str(db)], check=True, capture_output=True)


def pages_of(db: Path) -> dict[str, str]:
    """The pages measured: the best-connected actor's profile and neighbourhood, a search for a
    word of its name."""
    with Store(db) as store:
        actor, name = store.query(
            "SELECT s.actor, a.name FROM actor_stats s JOIN actors a ON a.id = s.actor WHERE a.type != 'location' "
            "ORDER BY s.degree DESC LIMIT 1"
        )[0]
    quoted = urllib.parse.quote(actor, safe="")
    return {
        "home": "/",
        "profile": f"/actors/{quoted}",
        "search": "/search?" + urllib.parse.urlencode({"q": name.split()[-1]}),
        "two-hop": f"/graph.json?focus={quoted}&hops=2",
    }


def page_medians(browser: Any, port: int, pages: dict[str, str], rounds: int) -> dict[str, tuple[float, float]]:
    """Each page's first load (built from the store) and median load (later ones may be answered
    from the app's cache, as a page many analysts open is)."""
    page = browser.new_page()
    medians = {}
    for label, path in pages.items():
        times = []
        for _ in range(rounds):
            page.goto(f"http://127.0.0.1:{port}{path}")
            times.append(page.evaluate(TIMING) / 1000)
        medians[label] = (times[0], statistics.median(times))
    page.close()
    return medians


def readers(port: int, pages: dict[str, str], count: int, seconds: float) -> dict[str, Any]:
    """`count` threads, each with its own connection, looping over the pages and a static file."""
    paths = [*pages.values(), "/static/app.css"]
    latencies: dict[str, list[float]] = {"page": [], "static": []}
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def read(offset: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = offset
        while time.monotonic() < stop:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException) as exc:
                ok, connection = False, http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                path += f" ({exc})"
            took = time.perf_counter() - started
            with lock:
                latencies["static" if path.startswith("/static") else "page"].append(took)
                if not ok:
                    errors.append(path)

    threads = [threading.Thread(target=read, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = latencies["page"] + latencies["static"]
    return {
        "requests": len(every),
        "errors": len(errors),
        "max": max(every),
        "p50": statistics.median(every),
        "static_max": max(latencies["static"]),
    }


def measure(db: Path, browser: Any, args: argparse.Namespace) -> dict[str, Any]:
    pages = pages_of(db)
    with served(db) as base:
        port = urllib.parse.urlsplit(base).port or 80
        medians = page_medians(browser, port, pages, args.rounds)
        load = readers(port, pages, args.readers, args.seconds)
    return {"medians": medians, "load": load}


def report(label: str, result: dict[str, Any]) -> None:
    medians = "  ".join(f"{k} {first:.3f}s/{median:.3f}s" for k, (first, median) in result["medians"].items())
    load = result["load"]
    print(f"{label}: first/median {medians}")
    print(
        f"{'':>{len(label)}}  readers: {load['requests']} requests, {load['errors']} errors, "
        f"median {load['p50']:.3f}s, slowest {load['max']:.2f}s, slowest static file {load['static_max']:.3f}s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--db", type=Path, help="measure this store instead of building one")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    if CHROMIUM is None:
        raise SystemExit("needs Debian's chromium (make browser)")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        samples = Path(tmp) / "samples.db"
        subprocess.run(
            [sys.executable, "-m", "linkchart", "ingest", str(ROOT / "samples"), "--db", str(samples)],
            check=True,
            capture_output=True,
        )
        large = args.db
        if large is None:
            large = Path(tmp) / "large.db"
            started = time.perf_counter()
            build_store(large, args.reports, Path(tmp) / "reports")
            print(f"built a {args.reports:,}-report store in {time.perf_counter() - started:.0f}s")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        report("5 samples", measure(samples, browser, args))
        report(f"{large.name}", measure(large, browser, args))
        browser.close()


if __name__ == "__main__":
    main()
