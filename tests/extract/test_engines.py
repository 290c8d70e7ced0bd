"""Engines: the same store from one process, from worker processes and from Ray."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from linkchart.api import ingest
from linkchart.errors import IngestError, UnknownComponent
from linkchart.extract.engines import ExtractJob, build_engine, process_batch
from linkchart.extract.extractors import DEFAULT_EXTRACTORS
from linkchart.model import extraction_from_json, extraction_to_json
from linkchart.synthetic import write_corpus
from tests.conftest import SAMPLES

TABLES = (
    "SELECT id, subject_id, predicate, object_id, start, end, hedge FROM claims ORDER BY id",
    "SELECT id, actor_id, start, end, rule FROM mentions ORDER BY id",
    "SELECT id, name, type FROM actors ORDER BY id",
    "SELECT id, path, name, title, date, publisher FROM documents ORDER BY id",
)


def contents(db: Path) -> list[list[tuple]]:
    conn = sqlite3.connect(db)
    return [conn.execute(q).fetchall() for q in TABLES]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    write_corpus(folder, 40, gold=False)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    return folder


def test_extractions_round_trip_through_json() -> None:
    [outcome] = process_batch([str(SAMPLES / "haqqani-network.txt")], ExtractJob(10**7, DEFAULT_EXTRACTORS))
    assert not isinstance(outcome, IngestError)
    assert extraction_from_json(extraction_to_json(outcome)) == outcome


def test_errors_survive_the_trip_back_from_a_worker() -> None:
    error = pickle.loads(pickle.dumps(IngestError("a.txt", "empty file")))
    assert (error.path, error.reason) == ("a.txt", "empty file")


def test_workers_write_the_same_store_as_one_process(corpus: Path, tmp_path: Path) -> None:
    one = ingest([corpus], tmp_path / "one.db", batch_size=8)
    two = ingest([corpus], tmp_path / "two.db", batch_size=8, workers=2)
    assert len(one.ingested) == len(two.ingested) == 40 and len(two.errors) == 1
    assert contents(tmp_path / "one.db") == contents(tmp_path / "two.db")


@pytest.mark.slow
def test_ray_writes_the_same_store_as_the_local_run(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray")
    ingest([corpus], tmp_path / "local.db", batch_size=8)
    report = ingest([corpus], tmp_path / "ray.db", batch_size=8, workers=2, engine="ray")
    assert len(report.ingested) == 40 and [e.path for e in report.errors] == [str(corpus / "broken.pdf")]
    assert contents(tmp_path / "local.db") == contents(tmp_path / "ray.db")


def test_unknown_engine_is_a_clear_error() -> None:
    with pytest.raises(UnknownComponent, match="unknown engine 'spark'"):
        build_engine("spark")


def test_incremental_ingest_only_processes_new_files(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest([corpus], db)
    extra = tmp_path / "extra"
    write_corpus(extra, 3, seed=99, gold=False)
    report = ingest([corpus, extra], db)
    assert len(report.ingested) == 3 and len(report.unchanged) == 40
