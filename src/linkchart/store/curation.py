"""Curation as data: analysts' merges, splits, renames and claim verdicts live in the
`judgments` table, apart from what extraction wrote, and are re-applied (from scratch) after
every ingest, so they survive re-ingesting documents and rebuilding the store.

A new judgment on the same target supersedes the old one (which is kept, marked); undoing is
a judgment too. Judgments that no longer apply or contradict each other give warnings."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from linkchart.errors import InvalidInput, NotFound
from linkchart.resolve.identity import StoredActor, identities
from linkchart.resolve.names import display_name, name_key, slug
from linkchart.store import derived
from linkchart.store.db import Store

__all__ = [
    "Judgment",
    "active_judgments",
    "apply_judgments",
    "claim_anchor",
    "export_judgments",
    "import_judgments",
    "judge",
    "judgment_records",
    "undo",
]

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
    """Recompute every curated column from the active judgments, then the tables derived from
    them (`derived.refresh`); record in `judgment_status` what each judgment applies to now,
    or why it applies to nothing (an orphan, listed, never dropped); return warnings."""
    judgments = active_judgments(store)
    with store.transaction() as conn:
        _reset(conn)
        status: dict[int, tuple[str | None, str | None]] = {}  # judgment -> (applied to, why orphaned)
        for j in (j for j in judgments if j.kind == "split" and not j.payload.get("undo")):
            status[j.id] = _apply_split(conn, j)
        warnings = _apply_merges(conn, [j for j in judgments if j.kind == "merge" and j.payload.get("into")], status)
        for j in (j for j in judgments if j.kind == "rename"):
            found = _exists(conn, j.target)
            status[j.id] = (j.target, None) if found else (None, f"rename of {j.target}: actor not in store")
            conn.execute("UPDATE actors SET curated_name = ? WHERE id = ?", (j.payload.get("name"), j.target))
        for j in (j for j in judgments if j.kind == "verdict" and j.payload.get("verdict") in ("accept", "reject")):
            status[j.id] = _apply_verdict(conn, j)
        conn.execute("DELETE FROM judgment_status")
        conn.executemany(
            "INSERT INTO judgment_status (judgment_id, applied_to, orphaned) VALUES (?, ?, ?)",
            [(i, to, why) for i, (to, why) in status.items()],
        )
        derived.refresh(conn)
    return warnings + [f"judgment {i}: {why}" for i, (_, why) in sorted(status.items()) if why]


def _reset(conn: sqlite3.Connection) -> None:
    """Every curated column back to what extraction wrote."""
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


def _exists(conn: sqlite3.Connection, actor: str) -> bool:
    return conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor,)).fetchone() is not None


def _apply_merges(
    conn: sqlite3.Connection, judgments: list[Judgment], status: dict[int, tuple[str | None, str | None]]
) -> list[str]:
    """One node per real actor (`identities`), then the analysts' merges; returns warnings for
    merges that would undo another."""
    warnings = []
    merges: dict[str, str] = dict(identities(_stored_actors(conn)))
    for j in judgments:
        into = str(j.payload["into"])
        if not _exists(conn, j.target) or not _exists(conn, into):
            status[j.id] = (None, f"merge {j.target} -> {into}: actor not in store")
            continue
        status[j.id] = (j.target, None)
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


def _apply_split(conn: sqlite3.Connection, j: Judgment) -> tuple[str | None, str | None]:
    alias = str(j.payload["alias"])
    if not _exists(conn, j.target):
        return None, f"split of {alias!r} from {j.target}: actor not in store"
    mentions = [
        r["id"]
        for r in conn.execute("SELECT id, text FROM mentions WHERE actor_id = ?", (j.target,))
        if name_key(display_name(r["text"])) == name_key(alias)
    ]
    if not mentions:
        return None, f"split of {alias!r} from {j.target}: no mention has that name"
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
    return new_id, None


def claim_anchor(store: Store, claim_id: str) -> dict[str, str] | None:
    """What a claim says, apart from its id: the names its actors were extracted under, its
    predicate and its sentence's text. A verdict keeps it, so that the verdict finds the claim
    again after its document changes (and the claim's id with it)."""
    rows = store.query(
        "SELECT sa.name AS subject, c.predicate, oa.name AS object, s.text AS sentence FROM claims c "
        "JOIN actors sa ON sa.id = c.subject_id JOIN actors oa ON oa.id = c.object_id "
        "JOIN sentences s ON s.id = c.sentence_id WHERE c.id = ?",
        (claim_id,),
    )
    return dict(rows[0]) if rows else None


_CURRENT_CLAIM = "SELECT 1 FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = ? AND d.replaced_by IS NULL"
_SAID_AGAIN = """SELECT c.id, sa.name, oa.name FROM claims c JOIN documents d ON d.id = c.doc_id
JOIN sentences s ON s.id = c.sentence_id JOIN actors sa ON sa.id = c.subject_id JOIN actors oa ON oa.id = c.object_id
WHERE d.replaced_by IS NULL AND c.predicate = ? AND s.text = ? ORDER BY c.id"""


def _apply_verdict(conn: sqlite3.Connection, j: Judgment) -> tuple[str | None, str | None]:
    """The verdict set on its claim where that claim is current, else on the current claim its
    anchor describes (same sentence, predicate and actors' names); else an orphan."""
    claim = j.target if conn.execute(_CURRENT_CLAIM, (j.target,)).fetchone() else None
    anchor = j.payload.get("anchor")
    if claim is None and anchor:
        keys = (name_key(anchor["subject"]), name_key(anchor["object"]))
        rows = conn.execute(_SAID_AGAIN, (anchor["predicate"], anchor["sentence"])).fetchall()
        claim = next((r[0] for r in rows if (name_key(r[1]), name_key(r[2])) == keys), None)
    if claim is None:
        what = f"{anchor['subject']} {anchor['predicate']} {anchor['object']}" if anchor else j.target
        return None, f"verdict on claim {what}: no current claim says it (its document changed or is gone)"
    conn.execute("UPDATE claims SET verdict = ? WHERE id = ?", (j.payload["verdict"], claim))
    return claim, None


_NEUTRAL: dict[str, dict[str, Any]] = {
    "verdict": {"verdict": "clear"},
    "merge": {"into": None},
    "rename": {"name": None},
}


def undo(store: Store, judgment_id: int, author: str) -> Judgment:
    """Undo an active judgment by a new one on the same slot that does nothing (a verdict
    cleared, a merge or split undone, a rename withdrawn): the history keeps both."""
    rows = store.query("SELECT * FROM judgments WHERE id = ?", (judgment_id,))
    if not rows:
        raise NotFound(f"no judgment {judgment_id}")
    judgment = _row(rows[0])
    if judgment.superseded_by is not None:
        raise InvalidInput(
            f"judgment {judgment_id} is no longer active (judgment {judgment.superseded_by} replaced it)"
        )
    neutral = _NEUTRAL.get(judgment.kind) or {**judgment.payload, "undo": True}
    return judge(store, judgment.kind, judgment.target, neutral | {"note": f"undoes judgment {judgment_id}"}, author)


def judgment_records(store: Store, orphaned: bool = False) -> list[dict[str, Any]]:
    """Every judgment, newest first, with its author, time, note and state: what it applies to
    now, why it applies to nothing (an orphan), or which judgment superseded it. With
    `orphaned`, the active judgments that apply to nothing."""
    rows = store.query(
        "SELECT j.*, s.applied_to, s.orphaned FROM judgments j LEFT JOIN judgment_status s ON s.judgment_id = j.id "
        + ("WHERE j.superseded_by IS NULL AND s.orphaned IS NOT NULL " if orphaned else "")
        + "ORDER BY j.id DESC"
    )
    records = []
    for row in rows:
        judgment = _row(row)
        records.append(
            asdict(judgment)
            | {
                "note": judgment.payload.get("note"),
                "applied_to": row["applied_to"],
                "orphaned": row["orphaned"],
                "active": judgment.superseded_by is None,
            }
        )
    return records
