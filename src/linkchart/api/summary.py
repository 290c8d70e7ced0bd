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
            "actors": "current_actors",
            "ingest_errors": "ingest_errors",
            "claims": "current_claims",
        }
        counts = {name: store.query(f"SELECT COUNT(*) FROM {source}")[0][0] for name, source in tables.items()}
        missing = store.missing()
        actors = store.query(
            """SELECT a.id, a.name, a.type, COUNT(DISTINCT m.doc_id) AS docs, COUNT(m.id) AS mentions,
                      (SELECT COUNT(*) FROM current_claims c WHERE c.negated = 0
                       AND (c.current_subject = a.id OR c.current_object = a.id)) AS claims
               FROM current_actors a JOIN current_mentions m ON m.actor = a.id
               GROUP BY a.id ORDER BY claims DESC, mentions DESC, a.name LIMIT ?""",
            (top,),
        )
        claims = store.query(
            """SELECT sa.name AS subject, c.predicate, oa.name AS object,
                      COUNT(*) AS sentences, COUNT(DISTINCT c.doc_id) AS docs, MAX(c.confidence) AS confidence,
                      MIN(c.hedge) AS hedge
               FROM current_claims c JOIN current_actors sa ON sa.id = c.current_subject
               JOIN current_actors oa ON oa.id = c.current_object
               WHERE c.negated = 0
               GROUP BY c.current_subject, c.predicate, c.current_object
               ORDER BY docs DESC, sentences DESC, confidence DESC, subject LIMIT ?""",
            (top,),
        )
    return {
        "counts": counts,
        "missing": missing,  # files read before that are gone: `linkchart ingest --prune` forgets them
        "actors": [dict(r) for r in actors],
        "claims": [dict(r) for r in claims],
    }
