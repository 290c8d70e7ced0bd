"""The SQLite store: open it, and write or replace one document's extraction atomically."""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from linkchart.errors import StoreError
from linkchart.model import Claim, Extraction, vocabulary
from linkchart.resolve.names import actor_key
from linkchart.store import derived, paths
from linkchart.store.migrations import migrate


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _claim_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]


@functools.cache
def _known_countries() -> dict[str, str | None]:
    return {a.id: a.country for a in vocabulary().known_actors}


class Closing:
    """Something that is closed at the end of a `with` block."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class Store(Closing):
    """A linkchart SQLite file. Every write of documents happens in one transaction, so an
    interrupted ingest leaves either a whole document or none of it."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            # ingest hands batches to one writer thread, never two threads at once
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            if "0006_derived_tables" in migrate(self.conn):
                with self.transaction() as conn:
                    derived.refresh(conn)  # a store written before the derived tables existed
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable linkchart store ({exc})") from exc

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; a full disk is a `StoreError` saying so (the store stays as it
        was before the transaction, so a run after freeing space goes on from there)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "full" in str(exc):
                raise StoreError(f"{self.path}: the disk is full; free some space and run again") from exc
            raise

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def has_document(self, doc_id: str) -> bool:
        """Whether a current document has this content (an old version's content does not count:
        a file changed back to it is read again)."""
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ? AND replaced_by IS NULL", (doc_id,))
        return row.fetchone() is not None

    def record_error(self, path: str, reason: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO ingest_errors (path, reason, at) VALUES (?, ?, ?)", (path, reason, _now()))

    def holds(self, path: str, doc_id: str) -> bool:
        """Whether the file at `path` was last read with this content, still current."""
        return paths.held_content(self.conn, path) == doc_id and self.has_document(doc_id)

    def missing(self) -> list[str]:
        """The files the store holds content for that no longer exist."""
        return paths.missing(self.conn)

    def prune(self, roots: Iterable[str]) -> list[str]:
        """Forget the files under `roots` that no longer exist (see `paths.prune`)."""
        with self.transaction() as conn:
            return paths.prune(conn, roots)

    def save_batch(self, extractions: list[Extraction], links: Iterable[tuple[str, str]] = ()) -> None:
        """Write a batch of documents' extractions in one transaction (one commit per batch, not
        per document: an interrupted run loses at most the batch in flight, and redoes it), then
        `links`: files (path, content id) whose content is stored already. What a file held
        before is released where no other file holds it (`paths.link`)."""
        with self.transaction() as conn:
            for extraction in extractions:
                self._replace(conn, extraction)
            for path, doc_id in links:
                paths.link(conn, path, doc_id)

    def _replace(self, conn: sqlite3.Connection, extraction: Extraction) -> None:
        doc = extraction.document
        stored = conn.execute("SELECT replaced_by FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if stored is not None and stored[0] is None:
            paths.link(conn, doc.path, doc.id)
            return  # current already: another file, or another ingest of the same files, wrote it
        fields = (doc.path, doc.name, doc.title, doc.date, doc.media_type, doc.text, _now(), doc.publisher, doc.id)
        if stored is None:
            conn.execute(
                "INSERT INTO documents (path, name, title, date, media_type, text, ingested_at, publisher, id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fields,
            )
        else:  # a file changed back to an earlier version: that version is current again
            conn.execute(
                "UPDATE documents SET path = ?, name = ?, title = ?, date = ?, media_type = ?, text = ?,"
                " ingested_at = ?, publisher = ?, replaced_by = NULL WHERE id = ?",
                fields,
            )
        self._write(conn, extraction)
        paths.link(conn, doc.path, doc.id)

    def _write(self, conn: sqlite3.Connection, extraction: Extraction) -> None:
        actor_ids = self._write_actors(conn, extraction)
        self._write_text(conn, extraction, actor_ids)
        self._write_claims(conn, extraction, actor_ids)

    @staticmethod
    def _write_actors(conn: sqlite3.Connection, extraction: Extraction) -> dict[int, str]:
        """The document's actors and aliases; returns each cluster's actor id."""
        countries = _known_countries()
        actor_ids = {c.id: actor_key(c.type, c.name, c.known_id) for c in extraction.clusters}
        conn.executemany(
            "INSERT OR IGNORE INTO actors (id, name, type, known_id, country) VALUES (?, ?, ?, ?, ?)",
            [
                (actor_ids[c.id], c.name, c.type, c.known_id, countries.get(c.known_id or ""))
                for c in extraction.clusters
            ],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO aliases (actor_id, alias) VALUES (?, ?)",
            [(actor_ids[c.id], name) for c in extraction.clusters for name in sorted(c.names)],
        )
        return actor_ids

    @staticmethod
    def _write_text(conn: sqlite3.Connection, extraction: Extraction, actor_ids: dict[int, str]) -> None:
        """The document's sentences and mentions."""
        doc = extraction.document
        short = doc.id[:16]
        conn.executemany(
            "INSERT INTO sentences (id, doc_id, idx, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (f"{short}:s{s.index}", doc.id, s.index, s.paragraph, s.start, s.end, s.text)
                for s in extraction.sentences
            ],
        )
        rules = {c.id: c.rule for c in extraction.clusters}
        conn.executemany(
            "INSERT INTO mentions (id, doc_id, sentence_id, start, end, text, ner_label, actor_id, rule)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    f"{short}:m{m.index}",
                    doc.id,
                    f"{short}:s{m.sentence}",
                    m.start,
                    m.end,
                    m.text,
                    m.ner_label,
                    actor_ids[m.cluster],
                    rules[m.cluster],
                )
                for m in extraction.mentions
            ],
        )

    @staticmethod
    def _write_claims(conn: sqlite3.Connection, extraction: Extraction, actor_ids: dict[int, str]) -> None:
        """The document's claims with their evidence."""
        doc = extraction.document
        short = doc.id[:16]
        claims: dict[str, Claim] = {}  # the first of claims that say the same thing in the same words
        for claim in extraction.claims:
            subject, obj = actor_ids[claim.subject], actor_ids[claim.object]
            said = (claim.sentence, subject, claim.predicate, obj, claim.start, claim.end, claim.extractor)
            claims.setdefault(_claim_id(doc.id, *said), claim)
        conn.executemany(
            "INSERT INTO claims (id, doc_id, sentence_id, subject_id, predicate, object_id, start, end,"
            " time_start, time_end, time_precision, time_source, hedge, negated, attributed_to, kind,"
            " extractor, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    claim_id,
                    doc.id,
                    f"{short}:s{claim.sentence}",
                    actor_ids[claim.subject],
                    claim.predicate,
                    actor_ids[claim.object],
                    claim.start,
                    claim.end,
                    claim.time.start,
                    claim.time.end,
                    claim.time.precision,
                    claim.time.source,
                    claim.hedge,
                    int(claim.negated),
                    claim.attributed_to,
                    claim.kind,
                    claim.extractor,
                    claim.confidence,
                )
                for claim_id, claim in claims.items()
            ],
        )
        conn.executemany(
            "INSERT INTO evidence (claim_id, role, start, end, text) VALUES (?, ?, ?, ?, ?)",
            [(claim_id, e.role, e.start, e.end, e.text) for claim_id, claim in claims.items() for e in claim.evidence],
        )
