from __future__ import annotations

import csv
import json
from pathlib import Path

from linkchart.export import actor_records, claim_records, write_records
from linkchart.store import Store


def test_claims_carry_the_scorer_fields_and_their_evidence(sample_db: Path) -> None:
    with Store(sample_db) as store:
        claims = list(claim_records(store))
    assert claims
    for claim in claims:
        assert {"doc", "subject", "predicate", "object", "subject_aliases", "object_aliases"} <= set(claim)
        assert claim["extractor"] and 0 < claim["confidence"] <= 1 and claim["evidence"]
        assert claim["hedge"] and claim["start"] < claim["end"] and not claim["negated"]


def test_actors_list_their_documents(sample_db: Path) -> None:
    with Store(sample_db) as store:
        actors = {a["name"]: a for a in actor_records(store)}
    assert len(actors["Haqqani Network"]["docs"]) >= 3
    assert actors["Haqqani Network"]["type"] == "organization"


def test_jsonl_and_csv_round_trip(sample_db: Path, tmp_path: Path) -> None:
    with Store(sample_db) as store:
        n_json = write_records(claim_records(store), "jsonl", tmp_path / "c.jsonl")
        n_csv = write_records(claim_records(store), "csv", tmp_path / "c.csv")
    rows = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    with (tmp_path / "c.csv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert n_json == n_csv == len(rows) == len(table)
    assert [r["id"] for r in rows] == [r["id"] for r in table]
