"""Files and contents apart: a file is one file however its path is spelt, files with the same
text share it without losing each other's claims, a file changed back is current in that
version, and a file that is gone is listed, then forgotten with --prune."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkchart.api import ingest, summary
from linkchart.cli import app
from linkchart.export import claim_records
from linkchart.store import Store

TIGERS = "The Tigers Front fought the Northern Army in Kandahar."
UNION = "The Southern Union fought the Eastern Alliance in Herat."


def named(db: Path) -> set[str]:
    """The groups the current claims name (each text names two: the one that fought first)."""
    with Store(db) as store:
        return {c[side] for c in claim_records(store) for side in ("subject", "object")} & FIRST


FIRST = {"Tigers Front", "Southern Union"}


def current(db: Path) -> int:
    with Store(db) as store:
        return int(store.query("SELECT COUNT(*) FROM documents WHERE replaced_by IS NULL")[0][0])


def integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_two_files_with_one_text_share_it_and_keep_it_when_one_changes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(TIGERS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TIGERS, encoding="utf-8")
    assert len(ingest([tmp_path], db).ingested) == 2  # one run: the second file links to the first's text
    assert current(db) == 1
    (tmp_path / "a.txt").write_text(UNION, encoding="utf-8")
    report = ingest([tmp_path], db)
    assert [Path(p).name for p in report.ingested] == ["a.txt"] and len(report.unchanged) == 1
    assert named(db) == {"Tigers Front", "Southern Union"}  # b.txt still says what it says
    assert {c["doc"] for c in claim_records(Store(db))} == {"a", "b"}
    (tmp_path / "c.txt").write_text(UNION, encoding="utf-8")  # a later file with a text read before
    assert len(ingest([tmp_path / "c.txt"], db).ingested) == 1 and current(db) == 2
    integrity(db)


def test_a_file_is_one_file_however_its_path_is_spelt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "r.txt").write_text(TIGERS, encoding="utf-8")
    db = tmp_path / "s.db"
    monkeypatch.chdir(tmp_path)
    ingest([Path("reports")], db)
    assert len(ingest([folder], db).unchanged) == 1
    assert len(ingest([tmp_path / "reports" / ".." / "reports" / "r.txt"], db).unchanged) == 1
    (folder / "r.txt").write_text(UNION, encoding="utf-8")
    ingest([Path("reports")], db)
    assert current(db) == 1 and named(db) == {"Southern Union"}


def test_a_file_that_is_gone_is_listed_then_forgotten_with_prune(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(TIGERS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNION, encoding="utf-8")
    ingest([tmp_path], db)
    (tmp_path / "b.txt").unlink()
    gone = summary(db)["missing"]
    assert [Path(p).name for p in gone] == ["b.txt"] and named(db) == {"Tigers Front", "Southern Union"}
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(db), "--prune"])
    assert result.exit_code == 0, result.output
    assert "pruned" in result.output and "b.txt" in result.output
    assert summary(db)["missing"] == [] and named(db) == {"Tigers Front"} and current(db) == 1
    (tmp_path / "b.txt").write_text(UNION, encoding="utf-8")  # it comes back: read again
    assert len(ingest([tmp_path], db).ingested) == 1 and named(db) == {"Tigers Front", "Southern Union"}
    integrity(db)


def test_prune_forgets_only_under_the_paths_given(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
    (tmp_path / "one" / "a.txt").write_text(TIGERS, encoding="utf-8")
    (tmp_path / "two" / "b.txt").write_text(UNION, encoding="utf-8")
    ingest([tmp_path / "one", tmp_path / "two"], db)
    (tmp_path / "one" / "a.txt").unlink()
    (tmp_path / "two" / "b.txt").unlink()
    assert [Path(p).name for p in ingest([tmp_path / "one"], db, prune=True).pruned] == ["a.txt"]
    assert named(db) == {"Southern Union"}
