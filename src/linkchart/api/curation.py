"""Curation: analysts' judgments recorded and re-applied, and the actors worth a second look."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from linkchart.errors import InvalidInput, NotFound
from linkchart.export.records import actor_records
from linkchart.resolve.candidates import close_calls
from linkchart.resolve.lookup import find_actor
from linkchart.resolve.names import display_name, name_key, visible
from linkchart.store import Store
from linkchart.store.curation import apply_judgments, claim_anchor, judge, judgment_records, undo

__all__ = ["actors", "curate", "judgments", "undo_judgment"]


def curate(db: str | Path, kind: str, target: str, payload: dict[str, Any], author: str) -> dict[str, Any]:
    """Record one analyst judgment and re-apply all of them. `target` is an actor name, alias or
    id (a claim id for verdicts); returns the judgment and any warnings."""
    # a name an analyst gives is shown as given, less what would hide or mirror it
    payload = {
        k: visible(v) if isinstance(v, str) and k in ("name", "alias", "into") else v for k, v in payload.items()
    }
    with Store(db) as store:
        if kind == "verdict":
            anchor = claim_anchor(store, target)
            if anchor is None:
                raise NotFound(f"no claim with id {target!r} (see `linkchart export claims`)")
            resolved, payload = target, {**payload, "anchor": anchor}  # finds the claim again if its id changes
        else:
            resolved = find_actor(store, target, include_merged=True)
        if kind == "split" and not payload.get("undo"):
            _check_alias(store, resolved, str(payload.get("alias", "")))
        if kind == "merge" and payload.get("into"):
            payload = {**payload, "into": find_actor(store, str(payload["into"]), include_merged=True)}
            if payload["into"] == resolved:
                raise NotFound(f"{target!r} and {payload['into']!r} are already one actor")
        judgment = judge(store, kind, resolved, payload, author)  # type: ignore[arg-type]
        warnings = apply_judgments(store)
    return {"judgment": asdict(judgment), "warnings": warnings}


def _check_alias(store: Store, actor: str, alias: str) -> None:
    """A split names mentions the actor has: refused, with the names it has, otherwise."""
    names = {
        display_name(r[0])
        for r in store.query("SELECT DISTINCT text FROM current_mentions WHERE actor = ? LIMIT 500", (actor,))
    }
    if name_key(alias) not in {name_key(n) for n in names}:
        raise InvalidInput(
            f"{actor} has no mention named {alias!r}; its mentions are named: {', '.join(sorted(names))}"
        )


def undo_judgment(db: str | Path, judgment_id: int, author: str) -> dict[str, Any]:
    """Undo one active judgment (`curation.undo`) and re-apply them all."""
    with Store(db) as store:
        judgment = undo(store, judgment_id, author)
        warnings = apply_judgments(store)
    return {"judgment": asdict(judgment), "warnings": warnings}


def judgments(db: str | Path, orphaned: bool = False) -> list[dict[str, Any]]:
    """Every judgment with its state, newest first; with `orphaned`, those that apply to nothing."""
    with Store(db) as store:
        return judgment_records(store, orphaned)


def actors(db: str | Path, unsure: bool = False) -> list[dict[str, Any]]:
    """Current actors with type, aliases, mention and document counts; with `unsure`, the close
    calls (pairs that may be one actor, and in-document groupings made on weak evidence)."""
    with Store(db) as store:
        records = list(actor_records(store))
        if not unsure:
            return records
        names = {r["id"]: r["name"] for r in records}
        neighbours: dict[str, set[str]] = {}
        for row in store.query("SELECT current_subject AS s, current_object AS o FROM current_claims"):
            neighbours.setdefault(row["s"], set()).add(row["o"])
            neighbours.setdefault(row["o"], set()).add(row["s"])
        calls = [
            {"a": names[c.a], "b": names[c.b], "a_id": c.a, "b_id": c.b, "score": c.score, "rule": c.rule}
            for c in close_calls(((r["id"], r["name"], r["type"]) for r in records), neighbours)
        ]
        weak = store.query(
            """SELECT m.actor, GROUP_CONCAT(DISTINCT m.text) AS names, m.rule, COUNT(DISTINCT m.doc_id) AS docs
               FROM current_mentions m WHERE m.rule IN ('close spelling', 'surname', 'family name')
               GROUP BY m.actor, m.rule ORDER BY m.actor"""
        )
        calls += [
            {
                "a": names.get(r["actor"], r["actor"]),
                "b": r["names"],
                "a_id": r["actor"],
                "b_id": None,
                "score": None,
                "rule": f"grouped in the text by {r['rule']}",
            }
            for r in weak
        ]
    return calls
