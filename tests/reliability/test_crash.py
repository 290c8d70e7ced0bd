"""A run killed without warning: resumed, it leaves the store an uninterrupted run leaves
(`bench/crash.py` does this 20 times on each engine); and what a killed Ray driver started, its
reaper removes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not Path("/proc").exists(), reason="the reaper and the bench read /proc")


def test_a_killed_ingest_resumes_to_the_same_store(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from crash import run, trial
    from throughput import store_digest

    folder = tmp_path / "corpus"
    subprocess.run([sys.executable, "-m", "linkchart", "synthesize", "60", "-o", str(folder)], check=True)
    started = time.perf_counter()
    run(folder, tmp_path / "reference.db", "local", tmp_path).wait()
    seconds = time.perf_counter() - started
    same, processes, files = trial(folder, tmp_path, "local", store_digest(tmp_path / "reference.db"), seconds / 2)
    assert (same, processes, files) == (True, 0, 0)


DRIVER = """
import subprocess, sys, time
from linkchart.extract.reaper import start_reaper
start_reaper(sys.argv[1])
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
print(child.pid, flush=True)
time.sleep(600)
"""


def test_the_reaper_removes_what_a_killed_driver_started(tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "shard-00000000.parquet").write_bytes(b"x")
    driver = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(DRIVER), str(shards)], stdout=subprocess.PIPE, start_new_session=True
    )
    assert driver.stdout is not None
    child = int(driver.stdout.readline())
    time.sleep(1.5)  # the reaper notes the child
    os.kill(driver.pid, signal.SIGKILL)
    driver.wait()
    deadline = time.monotonic() + 10
    while (shards.exists() or _running(child)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not shards.exists() and not _running(child)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")
