"""Claims and actors as flat records: the names the scorer matches, plus their evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from linkchart.resolve.names import display_name
from linkchart.store import Store


def actor_aliases(store: Store) -> dict[str, list[str]]:
    """The names each current actor goes by in the text (after curation), sorted."""
    names: dict[str, set[str]] = {}
    for row in store.query("SELECT actor, text FROM current_mentions"):
        names.setdefault(row["actor"], set()).add(display_name(row["text"]))
    return {actor: sorted(found) for actor, found in names.items()}


def claim_records(
    store: Store, include_negated: bool = False, extractors: tuple[str, ...] | None = None
) -> Iterator[dict[str, Any]]:
    """One record per stored claim, current document versions only, in document order."""
    aliases = actor_aliases(store)
    rows = store.query(
        # c.* holds the extracted subject_id and object_id: the current ones get names of their own
        # (sqlite3.Row answers a repeated name with its first column)
        """SELECT c.*, c.current_subject AS current_subject_id, c.current_object AS current_object_id, d.name AS doc,
                  d.path,
                  s.text AS sentence, s.idx AS sentence_index, sa.name AS subject, sa.type AS subject_type,
                  oa.name AS object, oa.type AS object_type
           FROM current_claims c JOIN documents d ON d.id = c.doc_id JOIN sentences s ON s.id = c.sentence_id
           JOIN current_actors sa ON sa.id = c.current_subject JOIN current_actors oa ON oa.id = c.current_object
           WHERE (? OR c.negated = 0)
           ORDER BY d.name, s.idx, c.start, c.id""",
        (int(include_negated),),
    )
    for row in rows:
        if extractors is not None and row["extractor"] not in extractors:
            continue
        yield {
            "id": row["id"],
            "doc": row["doc"],
            "source": row["path"],
            "subject": row["subject"],
            "predicate": row["predicate"],
            "object": row["object"],
            "subject_aliases": aliases.get(row["current_subject_id"], []),
            "object_aliases": aliases.get(row["current_object_id"], []),
            "subject_id": row["current_subject_id"],
            "object_id": row["current_object_id"],
            "subject_type": row["subject_type"],
            "object_type": row["object_type"],
            "kind": row["kind"],
            "hedge": row["hedge"],
            "negated": bool(row["negated"]),
            "attributed_to": row["attributed_to"],
            "time_start": row["time_start"],
            "time_end": row["time_end"],
            "time_precision": row["time_precision"],
            "time_source": row["time_source"],
            "sentence_index": row["sentence_index"],
            "start": row["start"],
            "end": row["end"],
            "evidence": row["sentence"],
            "extractor": row["extractor"],
            "confidence": row["confidence"],
            "verdict": row["verdict"],
        }


def actor_records(store: Store) -> Iterator[dict[str, Any]]:
    """One record per actor: name, type, aliases, and the documents that mention it."""
    aliases = actor_aliases(store)
    rows = store.query(
        """SELECT a.id, a.name, a.type, a.known_id, a.country, COUNT(m.id) AS mentions,
                  GROUP_CONCAT(DISTINCT d.name) AS docs
           FROM current_actors a JOIN current_mentions m ON m.actor = a.id JOIN documents d ON d.id = m.doc_id
           GROUP BY a.id ORDER BY mentions DESC, a.name"""
    )
    for row in rows:
        yield {
            "id": row["id"],
            "name": row["name"],
            "type": row["type"],
            "aliases": [a for a in aliases.get(row["id"], []) if a != row["name"]],
            "docs": sorted((row["docs"] or "").split(",")),
            "mentions": row["mentions"],
            "known_id": row["known_id"],
            "country": row["country"],
        }
