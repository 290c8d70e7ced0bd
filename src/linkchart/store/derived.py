"""Tables derived from the current claims and mentions (migration 0006), recomputed from
scratch after every ingest and every judgment, as curation is: the workbench reads counts,
ranks and an actor's claims from these by index instead of from views over every claim."""

from __future__ import annotations

import sqlite3

__all__ = ["bump", "refresh", "version"]

_CLAIM_ENDS = """
INSERT INTO claim_ends (claim_id, subject, object, negated)
SELECT id, current_subject, current_object, negated FROM current_claims
"""

_ACTOR_STATS = """
WITH ends AS (
    SELECT e.subject AS actor, e.object AS other, c.time_start, COALESCE(c.time_end, c.time_start) AS time_end
    FROM claim_ends e JOIN claims c ON c.id = e.claim_id WHERE e.negated = 0
    UNION ALL
    SELECT e.object, e.subject, c.time_start, COALESCE(c.time_end, c.time_start)
    FROM claim_ends e JOIN claims c ON c.id = e.claim_id WHERE e.negated = 0
),
claimed AS (
    SELECT actor, COUNT(*) AS claims, COUNT(DISTINCT other) AS degree,
           MIN(time_start) AS first_time, MAX(time_end) AS last_time
    FROM ends GROUP BY actor
),
mentioned AS (
    SELECT actor, COUNT(*) AS mentions, COUNT(DISTINCT doc_id) AS docs FROM current_mentions GROUP BY actor
)
INSERT INTO actor_stats (actor, claims, degree, mentions, docs, first_time, last_time)
SELECT a.id, COALESCE(c.claims, 0), COALESCE(c.degree, 0), COALESCE(m.mentions, 0), COALESCE(m.docs, 0),
       c.first_time, c.last_time
FROM current_actors a LEFT JOIN claimed c ON c.actor = a.id LEFT JOIN mentioned m ON m.actor = a.id
"""

_TIE_STATS = """
INSERT INTO tie_stats (subject, predicate, object, sentences, docs, confidence, hedge)
SELECT e.subject, c.predicate, e.object, COUNT(*), COUNT(DISTINCT c.doc_id), MAX(c.confidence), MIN(c.hedge)
FROM claim_ends e JOIN claims c ON c.id = e.claim_id WHERE e.negated = 0
GROUP BY e.subject, c.predicate, e.object
"""


def refresh(conn: sqlite3.Connection) -> None:
    """Recompute every derived table, inside the caller's transaction."""
    for table, fill in (("claim_ends", _CLAIM_ENDS), ("actor_stats", _ACTOR_STATS), ("tie_stats", _TIE_STATS)):
        conn.execute(f"DELETE FROM {table}")
        conn.execute(fill)
    bump(conn)


def bump(conn: sqlite3.Connection) -> None:
    """A new store version: what was cached of the store is stale."""
    conn.execute("UPDATE store_version SET version = hex(randomblob(8))")


def version(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT version FROM store_version").fetchone()[0])
