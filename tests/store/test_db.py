"""The real SQLite store: migrations, versions, atomic writes, search, determinism."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from linkchart.api import ingest
from linkchart.errors import StoreError
from linkchart.store import Store
from linkchart.store.db import Store as StoreClass
from linkchart.store.migrations import MIGRATIONS, migrate, schema_version
from tests.conftest import SAMPLES


def test_migrations_are_named_recorded_and_idempotent(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert schema_version(store.conn) == MIGRATIONS[-1][0]
        assert migrate(store.conn) == []
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"
        assert store.query("PRAGMA foreign_keys")[0][0] == 1


def test_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable linkchart store"):
        Store(bogus)


def test_reingesting_the_same_content_is_a_no_op(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = ingest([SAMPLES], db)
    second = ingest([SAMPLES], db)
    assert len(first.ingested) == 5 and second.ingested == [] and len(second.unchanged) == 5


def test_changed_file_replaces_the_old_versions_claims(tmp_path: Path) -> None:
    db, report = tmp_path / "s.db", tmp_path / "report.txt"
    report.write_text("The Taliban fought NATO forces in Kandahar.", encoding="utf-8")
    ingest([report], db)
    report.write_text("The Taliban negotiated with the United States.", encoding="utf-8")
    ingest([report], db)
    with Store(db) as store:
        predicates = {r[0] for r in store.query("SELECT predicate FROM claims")}
        versions = store.query("SELECT replaced_by FROM documents ORDER BY ingested_at")
        orphans = store.query("SELECT COUNT(*) FROM actors WHERE id NOT IN (SELECT actor_id FROM mentions)")[0][0]
    assert predicates == {"negotiates_with"}
    assert len(versions) == 2 and sum(r[0] is not None for r in versions) == 1
    assert orphans == 0


def test_interrupted_ingest_leaves_a_consistent_store_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    original = StoreClass._write
    calls = {"n": 0}

    def interrupted(self: StoreClass, conn: object, extraction: object) -> None:
        calls["n"] += 1
        original(self, conn, extraction)  # type: ignore[arg-type]
        if calls["n"] == 3:
            raise KeyboardInterrupt  # Ctrl-C in the middle of the third document's transaction

    monkeypatch.setattr(StoreClass, "_write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ingest([SAMPLES], db, batch_size=1)
    monkeypatch.setattr(StoreClass, "_write", original)
    with Store(db) as store:
        assert store.query("SELECT COUNT(*) FROM documents")[0][0] == 2
        assert store.query("PRAGMA foreign_key_check") == []
        assert store.query("SELECT COUNT(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)")[0][0] == 0
    resumed = ingest([SAMPLES], db)
    assert len(resumed.unchanged) == 2 and len(resumed.ingested) == 3


def test_full_text_search_over_sentences(sample_db: Path) -> None:
    with Store(sample_db) as store:
        rows = store.query(
            "SELECT s.text FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid WHERE sentences_fts MATCH ?",
            ("Waziristan",),
        )
    assert rows and all("Waziristan" in r[0] for r in rows)


def test_same_corpus_gives_the_same_store(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(SAMPLES, copy)
    dbs = [tmp_path / "a.db", tmp_path / "b.db"]
    ingest([SAMPLES], dbs[0])
    ingest([copy], dbs[1], batch_size=2)
    tables = {}
    for db in dbs:
        with Store(db) as store:
            tables[db] = (
                store.query("SELECT id, subject_id, predicate, object_id, start, end FROM claims ORDER BY id"),
                store.query("SELECT id, name, type FROM actors ORDER BY id"),
                store.query("SELECT id, actor_id, start, end FROM mentions ORDER BY id"),
            )
    assert [list(map(tuple, t)) for t in tables[dbs[0]]] == [list(map(tuple, t)) for t in tables[dbs[1]]]


def test_judgments_table_is_kept_apart_from_extraction(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.conn.execute(
            "INSERT INTO judgments (kind, target, payload, author, created_at)"
            " VALUES ('verdict', 'c1', '{}', 'me', 'now')"
        )
    ingest([SAMPLES], db)
    with Store(db) as store:
        assert store.query("SELECT COUNT(*) FROM judgments")[0][0] == 1
