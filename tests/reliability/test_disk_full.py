"""A disk that fills during an ingest (a small tmpfs, where the test may mount one): one line
naming the store and the cause, its own exit code, a consistent store, and a run after space is
freed that completes."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkchart.cli import app


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("no mount command here")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("no permission to mount a small tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_stops_the_run_in_one_line_and_a_rerun_completes(tmp_path: Path, small_disk: Path) -> None:
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, "-m", "linkchart", "synthesize", "80", "-o", str(corpus)], check=True)
    db = small_disk / "store.db"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 2, result.output
    (line,) = [line for line in result.output.splitlines() if line.startswith("error")]
    assert str(db) in line and "disk is full" in line and "Traceback" not in result.output
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    assert stored < 80
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    again = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert again.exit_code == 0, again.output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM documents WHERE replaced_by IS NULL").fetchone()[0] == 80
    conn.close()
