"""Summary: what a store holds at a glance (counts, the most connected actors, the best-supported claims)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from linkchart.store import Store

__all__ = ["summary"]


def summary(db: str | Path, top: int = 10) -> dict[str, Any]:
    """Counts, the most connected actors and the best-supported claims of a store."""
    with Store(db) as store:
        tables = {
            "documents": "documents WHERE replaced_by IS NULL",
            "sentences": "sentences",
            "mentions": "mentions",
            "actors": "actor_stats",
            "ingest_errors": "ingest_errors",
            "claims": "claim_ends",
        }
        counts = {name: store.query(f"SELECT COUNT(*) FROM {source}")[0][0] for name, source in tables.items()}
        missing = store.missing()
        # from the tables refreshed after every ingest and judgment (store/derived.py), by index
        actors = store.query(
            """SELECT a.id, a.name, a.type, s.docs, s.mentions, s.claims FROM actor_stats s
               JOIN current_actors a ON a.id = s.actor WHERE s.mentions > 0
               ORDER BY s.claims DESC, s.mentions DESC, a.name LIMIT ?""",
            (top,),
        )
        claims = store.query(
            """SELECT sa.name AS subject, t.predicate, oa.name AS object, t.sentences, t.docs, t.confidence, t.hedge,
                      t.subject AS subject_id, t.object AS object_id
               FROM tie_stats t JOIN current_actors sa ON sa.id = t.subject JOIN current_actors oa ON oa.id = t.object
               ORDER BY t.docs DESC, t.sentences DESC, t.confidence DESC, sa.name LIMIT ?""",
            (top,),
        )
    return {
        "counts": counts,
        "missing": missing,  # files read before that are gone: `linkchart ingest --prune` forgets them
        "actors": [dict(r) for r in actors],
        "claims": [dict(r) for r in claims],
    }
