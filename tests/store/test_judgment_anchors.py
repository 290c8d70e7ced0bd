"""A judgment holds to what it judges, not to an id: a verdict follows its claim through a
changed document, one that finds nothing is listed as an orphan (never dropped) and applies
again when its claim comes back, and any judgment can be undone."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from linkchart.api import curate, ingest, judgments, undo_judgment
from linkchart.cli import app
from linkchart.export import claim_records
from linkchart.store import Store

runner = CliRunner()
FIGHT = "The Red Hand Brigade fought the Blue Lions Front in Herat in 1992."


def _fight(db: Path) -> list[dict]:
    with Store(db) as store:
        return [c for c in claim_records(store) if c["predicate"] == "fights"]


def _ingest(folder: Path, db: Path, text: str) -> None:
    (folder / "report.txt").write_text(text, encoding="utf-8")
    assert not ingest([folder], db).errors


def test_a_rejection_follows_its_claim_through_a_changed_document(tmp_path: Path) -> None:
    db, folder = tmp_path / "s.db", tmp_path / "reports"
    folder.mkdir()
    _ingest(folder, db, FIGHT + "\n")
    (claim,) = _fight(db)
    curate(db, "verdict", claim["id"], {"verdict": "reject", "note": "the source retracted it"}, "analyst")
    assert not _fight(db)
    _ingest(folder, db, FIGHT + "\n\nThe Blue Lions Front was founded in 1988.\n")  # the claim's id changes
    assert not _fight(db)  # still rejected
    (record,) = judgments(db)
    assert record["applied_to"] != claim["id"] and record["orphaned"] is None
    assert record["note"] == "the source retracted it" and record["author"] == "analyst"
    with Store(db) as store:
        assert store.query("SELECT verdict FROM claims WHERE id = ?", (record["applied_to"],))[0][0] == "reject"


def test_a_verdict_that_finds_nothing_is_listed_and_applies_again_when_its_claim_returns(tmp_path: Path) -> None:
    db, folder = tmp_path / "s.db", tmp_path / "reports"
    folder.mkdir()
    _ingest(folder, db, FIGHT + "\n")
    (claim,) = _fight(db)
    curate(db, "verdict", claim["id"], {"verdict": "reject"}, "analyst")
    _ingest(folder, db, "The Blue Lions Front was founded in 1988.\n")
    (orphan,) = judgments(db, orphaned=True)
    assert "no current claim says it" in orphan["orphaned"]
    listed = runner.invoke(app, ["judgments", "list", "--orphaned", "--db", str(db)])
    assert listed.exit_code == 0 and json.loads(listed.stdout.splitlines()[0])["id"] == orphan["id"]
    _ingest(folder, db, FIGHT + "\nThe Blue Lions Front was founded in 1988.\n")
    assert not judgments(db, orphaned=True) and not _fight(db)


def test_undo_is_a_judgment_that_restores_what_was_there(tmp_path: Path) -> None:
    db, folder = tmp_path / "s.db", tmp_path / "reports"
    folder.mkdir()
    _ingest(folder, db, FIGHT + "\n")
    (claim,) = _fight(db)
    rejected = curate(db, "verdict", claim["id"], {"verdict": "reject"}, "analyst")["judgment"]
    undo_judgment(db, rejected["id"], "reviewer")
    assert _fight(db)
    latest, first = judgments(db)
    assert not first["active"] and first["superseded_by"] == latest["id"]
    assert latest["payload"]["verdict"] == "clear" and latest["author"] == "reviewer"
    undone = runner.invoke(app, ["judgments", "undo", "--id", str(first["id"]), "--db", str(db)])
    assert undone.exit_code != 0 and "no longer active" in undone.output
