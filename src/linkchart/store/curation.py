"""Curation as data: analysts' merges, splits, renames and claim verdicts live in the
`judgments` table, apart from what extraction wrote, and are re-applied (from scratch) after
every ingest, so they survive re-ingesting documents and rebuilding the store.

A new judgment on the same target supersedes the old one (which is kept, marked); undoing is
a judgment too. Judgments that no longer apply or contradict each other give warnings."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from linkchart.resolve.identity import StoredActor, identities
from linkchart.resolve.names import display_name, name_key, slug
from linkchart.store.db import Store

__all__ = ["Judgment", "active_judgments", "apply_judgments", "export_judgments", "import_judgments", "judge"]

Kind = Literal["merge", "split", "rename", "verdict"]


@dataclass(frozen=True)
class Judgment:
    id: int
    kind: Kind
    target: str
    payload: dict[str, Any]
    author: str
    created_at: str
    superseded_by: int | None = None


def _row(row: Any) -> Judgment:
    return Judgment(
        row["id"],
        row["kind"],
        row["target"],
        json.loads(row["payload"]),
        row["author"],
        row["created_at"],
        row["superseded_by"],
    )


def _slot(kind: str, target: str, payload: dict[str, Any]) -> tuple[str, str, str]:
    """What a judgment is about: a later judgment on the same slot supersedes it."""
    return kind, target, str(payload.get("alias", "")) if kind == "split" else ""


def judge(
    store: Store, kind: Kind, target: str, payload: dict[str, Any], author: str, created_at: str | None = None
) -> Judgment:
    """Record a judgment, superseding the active one on the same target, and return it."""
    stamp = created_at or datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO judgments (kind, target, payload, author, created_at) VALUES (?, ?, ?, ?, ?)",
            (kind, target, json.dumps(payload, sort_keys=True), author, stamp),
        )
        new_id = int(cursor.lastrowid or 0)
        slot = _slot(kind, target, payload)
        for row in conn.execute(
            "SELECT * FROM judgments WHERE kind = ? AND target = ? AND id != ? AND superseded_by IS NULL",
            (kind, target, new_id),
        ).fetchall():
            if _slot(row["kind"], row["target"], json.loads(row["payload"])) == slot:
                conn.execute("UPDATE judgments SET superseded_by = ? WHERE id = ?", (new_id, row["id"]))
    return Judgment(new_id, kind, target, payload, author, stamp)


def active_judgments(store: Store) -> list[Judgment]:
    return [_row(r) for r in store.query("SELECT * FROM judgments WHERE superseded_by IS NULL ORDER BY id")]


def all_judgments(store: Store) -> list[Judgment]:
    return [_row(r) for r in store.query("SELECT * FROM judgments ORDER BY id")]


def export_judgments(store: Store) -> Iterator[dict[str, Any]]:
    """Every judgment, superseded ones included, as JSON-ready records (oldest first)."""
    for j in all_judgments(store):
        yield {
            "kind": j.kind,
            "target": j.target,
            "payload": j.payload,
            "author": j.author,
            "created_at": j.created_at,
            "superseded": j.superseded_by is not None,
        }


def import_judgments(store: Store, records: Iterable[dict[str, Any]]) -> int:
    """Add judgments from another store's export, oldest first, skipping ones already here."""
    seen = {
        (j.kind, j.target, json.dumps(j.payload, sort_keys=True), j.author, j.created_at) for j in all_judgments(store)
    }
    added = 0
    for record in sorted(records, key=lambda r: str(r["created_at"])):
        key = (
            record["kind"],
            record["target"],
            json.dumps(record["payload"], sort_keys=True),
            record["author"],
            record["created_at"],
        )
        if key not in seen:
            judge(store, record["kind"], record["target"], record["payload"], record["author"], record["created_at"])
            seen.add(key)
            added += 1
    return added


def _split_id(actor: str, alias: str) -> str:
    return f"{actor}~split:" + slug(name_key(alias))


def apply_judgments(store: Store) -> list[str]:
    """Recompute every curated column from the active judgments; return warnings."""
    warnings: list[str] = []
    judgments = active_judgments(store)
    with store.transaction() as conn:
        conn.execute("DELETE FROM actors WHERE origin = 'split'")
        conn.execute(
            "UPDATE actors SET merged_into = NULL, curated_name = NULL WHERE merged_into IS NOT NULL "
            "OR curated_name IS NOT NULL"
        )
        conn.execute("UPDATE mentions SET curated_actor_id = NULL WHERE curated_actor_id IS NOT NULL")
        conn.execute(
            "UPDATE claims SET curated_subject_id = NULL, curated_object_id = NULL, verdict = NULL "
            "WHERE curated_subject_id IS NOT NULL OR curated_object_id IS NOT NULL OR verdict IS NOT NULL"
        )

        def exists(actor: str) -> bool:
            return conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor,)).fetchone() is not None

        for j in (j for j in judgments if j.kind == "split" and not j.payload.get("undo")):
            warnings += _apply_split(conn, j, exists)
        merges: dict[str, str] = dict(identities(_stored_actors(conn)))  # one node per real actor, then the analysts'
        for j in (j for j in judgments if j.kind == "merge" and j.payload.get("into")):
            into = str(j.payload["into"])
            if not exists(j.target) or not exists(into):
                warnings.append(f"judgment {j.id}: merge {j.target} -> {into} no longer applies (actor not in store)")
                continue
            final = into
            while final in merges:
                final = merges[final]
            if final == j.target:
                warnings.append(
                    f"judgment {j.id}: merging {j.target} into {into} would undo a merge the other way; "
                    "kept the earlier one"
                )
                continue
            merges[j.target] = into
        for source in merges:
            final = merges[source]
            while final in merges:
                final = merges[final]
            conn.execute("UPDATE actors SET merged_into = ? WHERE id = ?", (final, source))
        for j in (j for j in judgments if j.kind == "rename"):
            if not exists(j.target):
                warnings.append(f"judgment {j.id}: rename of {j.target} no longer applies (actor not in store)")
            conn.execute("UPDATE actors SET curated_name = ? WHERE id = ?", (j.payload.get("name"), j.target))
        for j in (j for j in judgments if j.kind == "verdict" and j.payload.get("verdict") in ("accept", "reject")):
            if not conn.execute(
                "UPDATE claims SET verdict = ? WHERE id = ?", (j.payload["verdict"], j.target)
            ).rowcount:
                warnings.append(f"judgment {j.id}: verdict on claim {j.target} waits for that claim (not in store)")
    return warnings


def _stored_actors(conn: sqlite3.Connection) -> list[StoredActor]:
    """Every extracted actor with its mention count and the names its documents gave it."""
    aliases: dict[str, list[str]] = {}
    for row in conn.execute("SELECT actor_id, alias FROM aliases ORDER BY actor_id, alias"):
        aliases.setdefault(row[0], []).append(row[1])
    rows = conn.execute(
        "SELECT a.id, a.name, a.type, COUNT(m.id) FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id "
        "WHERE a.origin = 'extracted' GROUP BY a.id ORDER BY a.id"
    )
    return [StoredActor(r[0], r[1], r[2], r[3], tuple(aliases.get(r[0], ()))) for r in rows]


def _apply_split(conn: sqlite3.Connection, j: Judgment, exists: Callable[[str], bool]) -> list[str]:
    alias = str(j.payload["alias"])
    if not exists(j.target):
        return [f"judgment {j.id}: split of {alias!r} from {j.target} no longer applies (actor not in store)"]
    mentions = [
        r["id"]
        for r in conn.execute("SELECT id, text FROM mentions WHERE actor_id = ?", (j.target,))
        if name_key(display_name(r["text"])) == name_key(alias)
    ]
    if not mentions:
        return [f"judgment {j.id}: {j.target} has no mention named {alias!r} to split off"]
    new_id = _split_id(j.target, alias)
    row = conn.execute("SELECT type, country FROM actors WHERE id = ?", (j.target,)).fetchone()
    conn.execute(
        "INSERT OR IGNORE INTO actors (id, name, type, country, origin) VALUES (?, ?, ?, ?, 'split')",
        (new_id, str(j.payload.get("name") or alias), j.payload.get("type") or row["type"], row["country"]),
    )
    conn.executemany("UPDATE mentions SET curated_actor_id = ? WHERE id = ?", [(new_id, m) for m in mentions])
    for role, column in (("subject", "curated_subject_id"), ("object", "curated_object_id")):
        conn.execute(
            f"UPDATE claims SET {column} = ? WHERE {role}_id = ? AND id IN "
            "(SELECT claim_id FROM evidence WHERE role = ? AND text IN "
            "(SELECT text FROM mentions WHERE curated_actor_id = ?))",
            (new_id, j.target, role, new_id),
        )
    return []
