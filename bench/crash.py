"""Crash and resume: an ingest killed with SIGKILL at a random moment, then run again, must
leave the same store as a run never interrupted (every table extraction writes, and SQLite's
integrity check), and nothing behind: no process of the run, no shard folder.

For each engine (`local`, `--workers 2`, `--engine ray`) the corpus is first ingested whole,
to time it and to check the engine's store against the reference; then `--kills` runs are
killed at a moment drawn uniformly from 5-95% of that time (seeded) and resumed.

    .venv/bin/python bench/crash.py                     # 20 kills on each engine, 200 reports
    .venv/bin/python bench/crash.py --kills 3 --engines local
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import store_digest

ENGINES = {
    "local": [],
    "workers-2": ["--workers", "2"],
    "ray": ["--engine", "ray", "--workers", "2"],
}


def run(folder: Path, db: Path, engine: str, scratch: Path) -> subprocess.Popen[bytes]:
    """One ingest in its own session, with its temporary files in `scratch`."""
    command = [sys.executable, "-m", "linkchart", "ingest", str(folder), "--db", str(db), "--batch-size", "4"]
    environment = {**os.environ, "TMPDIR": str(scratch)}
    return subprocess.Popen(
        command + ENGINES[engine],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def survivors(session: int) -> list[int]:
    """Processes still running in a killed run's session (a killed driver's children)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == session and fields[0] not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def whole(db: Path) -> bool:
    conn = sqlite3.connect(db)
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return bool(ok)


def trial(folder: Path, work: Path, engine: str, reference: dict[str, str], moment: float) -> tuple[bool, int, int]:
    """Kill a run after `moment` seconds, wait for what it leaves, resume it: (same store,
    processes left behind, files left in its temporary folder)."""
    scratch = Path(tempfile.mkdtemp(dir=work))
    db = scratch / "store.db"
    process = run(folder, db, engine, scratch)
    time.sleep(moment)
    os.kill(process.pid, signal.SIGKILL)  # the driver only, as the OOM killer or `kill -9 PID` does
    process.wait()
    time.sleep(3)  # time for a reaper to do its work
    left = survivors(process.pid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    # Ray keeps its own session logs under TMPDIR/ray, as after any run; shard folders must go
    leftovers = [p for p in scratch.iterdir() if not p.name.startswith("store.db") and p.name != "ray"]
    if left or leftovers:
        print(f"  killed at {moment:.1f}s: left {len(left)} processes, files {[p.name for p in leftovers]}", flush=True)
    resumed = run(folder, db, engine, scratch)
    resumed.wait()
    same = resumed.returncode == 0 and whole(db) and store_digest(db) == reference
    return same, len(left), len(leftovers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20, help="killed runs per engine")
    parser.add_argument("--docs", type=int, default=200, help="template reports in the corpus")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated: " + ", ".join(ENGINES))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    draw = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "corpus"
        subprocess.run([sys.executable, "-m", "linkchart", "synthesize", str(args.docs), "-o", str(folder)], check=True)
        for gold in folder.glob("*.gold.json"):
            gold.unlink()
        reference = None
        for engine in args.engines.split(","):
            scratch = Path(tempfile.mkdtemp(dir=work))
            started = time.perf_counter()
            run(folder, scratch / "store.db", engine, scratch).wait()
            seconds = time.perf_counter() - started
            digest = store_digest(scratch / "store.db")
            reference = reference or digest
            results = [
                trial(folder, work, engine, reference, draw.uniform(0.05, 0.95) * seconds) for _ in range(args.kills)
            ]
            same = sum(r[0] for r in results)
            print(
                f"{engine}: uninterrupted {seconds:.1f}s (store {'identical' if digest == reference else 'DIFFERENT'}"
                f" to local); {same}/{args.kills} identical resumes; runs leaving processes behind:"
                f" {sum(r[1] > 0 for r in results)}; runs leaving temporary files: {sum(r[2] > 0 for r in results)}",
                flush=True,
            )


if __name__ == "__main__":
    main()
