"""Curation as data: judgments supersede, undo, warn, travel as JSON Lines, and survive rebuilds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkchart.api import actors, curate, ingest
from linkchart.cli import app
from linkchart.export import actor_records, claim_records
from linkchart.store import Store
from linkchart.store.curation import (
    active_judgments,
    all_judgments,
    apply_judgments,
    export_judgments,
    import_judgments,
)
from tests.conftest import SAMPLES

runner = CliRunner()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    ingest([SAMPLES], db)
    return db


def _names(db: Path) -> dict[str, dict]:
    with Store(db) as store:
        return {a["name"]: a for a in actor_records(store)}


def _claims(db: Path) -> list[dict]:
    with Store(db) as store:
        return list(claim_records(store))


def test_merge_moves_mentions_claims_and_aliases(store_path: Path) -> None:
    curate(store_path, "merge", "Hizb-i-Islami", {"into": "Gulbuddin Hekmatyar"}, "tester")
    actors_now = _names(store_path)
    assert "Hizb-i-Islami" not in actors_now
    assert "Hizb-i-Islami" in actors_now["Gulbuddin Hekmatyar"]["aliases"]
    assert not any(c["subject"] == "Hizb-i-Islami" or c["object"] == "Hizb-i-Islami" for c in _claims(store_path))


def test_a_later_judgment_supersedes_and_undo_restores(store_path: Path) -> None:
    before = _names(store_path)
    curate(store_path, "merge", "Hizb-i-Islami", {"into": "Taliban"}, "a")
    curate(store_path, "merge", "Hizb-i-Islami", {"into": None}, "b")  # undo
    with Store(store_path) as store:
        history = all_judgments(store)
        assert [j.superseded_by for j in history] == [history[1].id, None]
    assert _names(store_path).keys() == before.keys()


def test_reject_removes_a_claim_from_every_view(store_path: Path) -> None:
    claim = _claims(store_path)[0]
    curate(store_path, "verdict", claim["id"], {"verdict": "reject", "note": "misread"}, "tester")
    assert claim["id"] not in {c["id"] for c in _claims(store_path)}
    curate(store_path, "verdict", claim["id"], {"verdict": "clear"}, "tester")
    assert claim["id"] in {c["id"] for c in _claims(store_path)}


def test_split_gives_an_alias_its_own_actor(store_path: Path) -> None:
    curate(store_path, "split", "Jalaluddin Haqqani", {"alias": "Haqqani", "name": "Haqqani (unclear)"}, "tester")
    found = _names(store_path)
    assert "Haqqani" not in found["Jalaluddin Haqqani"]["aliases"]
    assert found["Haqqani (unclear)"]["mentions"] >= 1


def test_conflicting_merges_warn_instead_of_choosing_silently(store_path: Path) -> None:
    curate(store_path, "merge", "Hizb-i-Islami", {"into": "Taliban"}, "a")
    result = curate(store_path, "merge", "Taliban", {"into": "Hizb-i-Islami"}, "b")
    assert any("undo a merge the other way" in w for w in result["warnings"])


def test_rebuild_keeps_every_judgment_in_force(store_path: Path, tmp_path: Path) -> None:
    """Ingest, curate (merge, split, reject), delete the extracted tables, re-ingest."""
    claim = next(c for c in _claims(store_path) if c["subject"] == "Taliban")
    curate(store_path, "merge", "Hizb-i-Islami", {"into": "Gulbuddin Hekmatyar"}, "tester")
    curate(store_path, "split", "Jalaluddin Haqqani", {"alias": "Haqqani", "name": "Haqqani (unclear)"}, "tester")
    curate(store_path, "verdict", claim["id"], {"verdict": "reject"}, "tester")
    curated_actors, curated_claims = _names(store_path), {c["id"] for c in _claims(store_path)}
    with Store(store_path) as store, store.transaction() as conn:
        for table in ("evidence", "claims", "mentions", "sentences", "aliases", "actors", "documents"):
            conn.execute(f"DELETE FROM {table}")
    ingest([SAMPLES], store_path)
    assert _names(store_path).keys() == curated_actors.keys()
    assert {c["id"] for c in _claims(store_path)} == curated_claims
    assert claim["id"] not in curated_claims
    with Store(store_path) as store:
        assert len(active_judgments(store)) == 3


def test_judgments_travel_as_json_lines(store_path: Path, tmp_path: Path) -> None:
    curate(store_path, "rename", "TTP", {"name": "Pakistani Taliban (TTP)"}, "tester")
    with Store(store_path) as store:
        exported = list(export_judgments(store))
    other = tmp_path / "other.db"
    shutil.copy(store_path, other)
    with Store(other) as store, store.transaction() as conn:
        conn.execute("DELETE FROM judgments")
    with Store(other) as store:
        assert import_judgments(store, exported) == 1
        assert import_judgments(store, exported) == 0  # importing twice adds nothing
        assert apply_judgments(store) == []
    assert "Pakistani Taliban (TTP)" in _names(other)


def test_curation_commands_and_unsure_list(store_path: Path, tmp_path: Path) -> None:
    db = ["--db", str(store_path)]
    result = runner.invoke(app, ["merge", "Hizb-i-Islami", "Gulbuddin Hekmatyar", "--author", "cli", *db])
    assert result.exit_code == 0 and "judgment 1: merge" in result.output
    assert runner.invoke(app, ["merge", "Nobody at all", "Taliban", *db]).exit_code == 2
    out = tmp_path / "j.jsonl"
    assert runner.invoke(app, ["judgments", "export", "-f", str(out), *db]).exit_code == 0
    assert json.loads(out.read_text().splitlines()[0])["author"] == "cli"
    listed = runner.invoke(app, ["actors", "--json", *db])
    assert any(a["name"] == "Gulbuddin Hekmatyar" for a in json.loads(listed.stdout))
    unsure = runner.invoke(app, ["actors", "--unsure", "--json", *db])
    assert any("surname" in row["rule"] for row in json.loads(unsure.stdout))
    assert actors(store_path, unsure=True)
