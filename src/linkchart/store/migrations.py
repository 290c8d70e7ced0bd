"""Named, idempotent schema migrations. Each runs once, in order, inside a transaction, and is
recorded in `schema_migrations`; the curation table (`judgments`) is created here and never
rebuilt from extraction."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,              -- sha256 of the file's bytes
    path TEXT NOT NULL,
    name TEXT NOT NULL,               -- file stem, as exports name the document
    title TEXT,
    date TEXT,                        -- ISO date the page gives for itself
    media_type TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    replaced_by TEXT REFERENCES documents(id) ON DELETE SET NULL
);
CREATE INDEX documents_path ON documents(path);

CREATE TABLE sentences (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX sentences_doc ON sentences(doc_id, idx);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='rowid');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TABLE actors (
    id TEXT PRIMARY KEY,              -- known:<id>, place:<id> or <type>:<name key>
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'group', 'location')),
    known_id TEXT,
    country TEXT
);
CREATE TABLE aliases (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    ner_label TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    rule TEXT NOT NULL                -- why this mention was resolved to this actor
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_doc ON mentions(doc_id);

CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL REFERENCES actors(id),
    predicate TEXT NOT NULL,
    object_id TEXT NOT NULL REFERENCES actors(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    time_start TEXT,
    time_end TEXT,
    time_precision TEXT NOT NULL,
    time_source TEXT NOT NULL,
    hedge TEXT NOT NULL,
    negated INTEGER NOT NULL DEFAULT 0,
    attributed_to TEXT,
    kind TEXT,
    extractor TEXT NOT NULL,
    confidence REAL NOT NULL
);
CREATE INDEX claims_subject ON claims(subject_id);
CREATE INDEX claims_object ON claims(object_id);
CREATE INDEX claims_doc ON claims(doc_id);

CREATE TABLE evidence (
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('trigger', 'subject', 'object', 'sentence')),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX evidence_claim ON evidence(claim_id);

CREATE TABLE ingest_errors (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

-- Curation: analysts' merges, splits, renames and verdicts. Kept apart from extraction and
-- re-applied after every rebuild; a changed judgment supersedes, never deletes, the old one.
CREATE TABLE judgments (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename', 'verdict')),
    target TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    superseded_by INTEGER REFERENCES judgments(id)
);
""",
    ),
    (
        "0002_document_publisher",
        """
-- Who published a document: the sources report counts each publisher as one voice.
ALTER TABLE documents ADD COLUMN publisher TEXT;
""",
    ),
    (
        "0003_curation_views",
        """
-- Curation is applied on top of extraction, never into it: these columns are derived from the
-- judgments table by curation.apply_judgments() and recomputed from scratch each time.
ALTER TABLE actors ADD COLUMN merged_into TEXT;        -- final target of a merge judgment
ALTER TABLE actors ADD COLUMN curated_name TEXT;       -- from a rename judgment
ALTER TABLE actors ADD COLUMN origin TEXT NOT NULL DEFAULT 'extracted';  -- or 'split'
ALTER TABLE mentions ADD COLUMN curated_actor_id TEXT;  -- set by a split judgment
ALTER TABLE claims ADD COLUMN curated_subject_id TEXT;
ALTER TABLE claims ADD COLUMN curated_object_id TEXT;
ALTER TABLE claims ADD COLUMN verdict TEXT;             -- accept / reject, from a verdict judgment

CREATE VIEW current_actors AS
SELECT a.id, COALESCE(a.curated_name, a.name) AS name, a.type, a.known_id, a.country, a.origin
FROM actors a WHERE a.merged_into IS NULL;

CREATE VIEW current_mentions AS
SELECT m.*, COALESCE(a.merged_into, a.id) AS actor
FROM mentions m JOIN actors a ON a.id = COALESCE(m.curated_actor_id, m.actor_id)
JOIN documents d ON d.id = m.doc_id WHERE d.replaced_by IS NULL;

CREATE VIEW current_claims AS
SELECT c.*, COALESCE(sa.merged_into, sa.id) AS current_subject, COALESCE(oa.merged_into, oa.id) AS current_object
FROM claims c
JOIN actors sa ON sa.id = COALESCE(c.curated_subject_id, c.subject_id)
JOIN actors oa ON oa.id = COALESCE(c.curated_object_id, c.object_id)
JOIN documents d ON d.id = c.doc_id
WHERE d.replaced_by IS NULL AND COALESCE(c.verdict, '') != 'reject'
  AND COALESCE(sa.merged_into, sa.id) != COALESCE(oa.merged_into, oa.id);

CREATE INDEX judgments_target ON judgments(kind, target);
""",
    ),
    (
        "0004_judged_claims",
        """
-- The current claims with the rejected ones kept (marked by their verdict): what a claim's own
-- page shows, so that a rejection can be seen and cleared. The current claims are these less the
-- rejected, so that the joins that make a claim current are written once.
CREATE VIEW judged_claims AS
SELECT c.*, COALESCE(sa.merged_into, sa.id) AS current_subject, COALESCE(oa.merged_into, oa.id) AS current_object
FROM claims c
JOIN actors sa ON sa.id = COALESCE(c.curated_subject_id, c.subject_id)
JOIN actors oa ON oa.id = COALESCE(c.curated_object_id, c.object_id)
JOIN documents d ON d.id = c.doc_id
WHERE d.replaced_by IS NULL AND COALESCE(sa.merged_into, sa.id) != COALESCE(oa.merged_into, oa.id);

DROP VIEW current_claims;
CREATE VIEW current_claims AS SELECT * FROM judged_claims WHERE COALESCE(verdict, '') != 'reject';
""",
    ),
    (
        "0005_document_paths",
        """
-- Files and contents apart: each file (its canonical path) holds one content (a document, keyed
-- by the sha256 of its bytes), and a content may be held by several files. A content is current
-- (documents.replaced_by IS NULL) while some file holds it; when the last one changes, its row
-- points to the content that took its place, or to itself where its file is gone (pruned).
CREATE TABLE document_paths (
    path TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seen_at TEXT NOT NULL
);
CREATE INDEX document_paths_doc ON document_paths(doc_id);
INSERT OR IGNORE INTO document_paths (path, doc_id, seen_at)
SELECT path, id, ingested_at FROM documents WHERE replaced_by IS NULL;
""",
    ),
    (
        "0006_derived_tables",
        """
-- Derived from the current claims and mentions by store.derived.refresh() after every ingest and
-- every judgment (never written otherwise), so that pages answer from indexes instead of views
-- over every claim. claim_ends: each current claim's actors after curation; actor_stats: counts
-- per current actor; tie_stats: each tie (pair and predicate) with its support.
CREATE TABLE claim_ends (
    claim_id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    object TEXT NOT NULL,
    negated INTEGER NOT NULL
);
CREATE INDEX claim_ends_subject ON claim_ends(subject);
CREATE INDEX claim_ends_object ON claim_ends(object);
CREATE TABLE actor_stats (
    actor TEXT PRIMARY KEY,
    claims INTEGER NOT NULL,       -- non-negated current claims the actor is a side of
    degree INTEGER NOT NULL,       -- distinct actors it has such claims with
    mentions INTEGER NOT NULL,
    docs INTEGER NOT NULL,
    first_time TEXT,               -- earliest and latest date its dated claims name
    last_time TEXT
);
CREATE INDEX actor_stats_rank ON actor_stats(claims DESC, mentions DESC);
CREATE TABLE tie_stats (
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object TEXT NOT NULL,
    sentences INTEGER NOT NULL,
    docs INTEGER NOT NULL,
    confidence REAL NOT NULL,
    hedge TEXT NOT NULL,
    PRIMARY KEY (subject, predicate, object)
);
CREATE INDEX tie_stats_rank ON tie_stats(docs DESC, sentences DESC, confidence DESC);
CREATE INDEX actors_merged ON actors(merged_into);
CREATE INDEX aliases_alias ON aliases(alias);
CREATE INDEX claims_sentence ON claims(sentence_id);

-- What each active judgment applies to now (a claim found again by its anchor after its document
-- changed, a split's new actor), or why it applies to nothing: an orphan, listed for an analyst.
CREATE TABLE judgment_status (
    judgment_id INTEGER PRIMARY KEY REFERENCES judgments(id) ON DELETE CASCADE,
    applied_to TEXT,
    orphaned TEXT
);

-- The store's version: a new random value each time what the pages show may have changed (the
-- derived tables refreshed, a chart saved), so that answers can be cached until it does.
CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL);
INSERT INTO store_version VALUES (1, hex(randomblob(8)));

-- Saved charts: a named view of the network explorer (its actors, positions and settings).
CREATE TABLE charts (
    name TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    author TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
""",
    ),
)


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now. Two processes
    opening a new store at once both try the first migration: the one that loses finds it
    recorded by the other and goes on."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied = []
    for name, sql in MIGRATIONS:
        if _recorded(conn, name):
            continue
        # executescript commits first; wrap the migration and its record in one transaction.
        try:
            conn.executescript(
                "BEGIN IMMEDIATE;\n"
                + sql
                + f"\nINSERT INTO schema_migrations VALUES ('{name}', '{datetime.now(UTC).isoformat()}');\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if _recorded(conn, name):
                continue  # another process applied it between our look and our write
            raise
        applied.append(name)
    return applied


def _recorded(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone() is not None


def schema_version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1").fetchone()
    return str(row[0]) if row else None
