"""Which file holds which content: a file (canonical path) holds one document version, a
content may be held by several files, and a content no file holds any more is no longer
current (its sentences, mentions and claims go; its row stays, saying what replaced it).

These functions run inside the caller's write transaction (`Store.transaction`)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import PurePath

__all__ = ["held_content", "link", "missing", "prune"]


def held_content(conn: sqlite3.Connection, path: str) -> str | None:
    """The id of the content the file at `path` held when last read."""
    row = conn.execute("SELECT doc_id FROM document_paths WHERE path = ?", (path,)).fetchone()
    return str(row[0]) if row else None


def link(conn: sqlite3.Connection, path: str, doc_id: str) -> None:
    """The file at `path` now holds content `doc_id` (stored and current); what it held before
    is released, unless another file still holds it."""
    before = held_content(conn, path)
    seen = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO document_paths (path, doc_id, seen_at) VALUES (?, ?, ?)"
        " ON CONFLICT(path) DO UPDATE SET doc_id = excluded.doc_id, seen_at = excluded.seen_at",
        (path, doc_id, seen),
    )
    if before is not None and before != doc_id:
        _release(conn, before, doc_id)


def _release(conn: sqlite3.Connection, doc_id: str, successor: str) -> None:
    """Retire a content no file holds any more: its derived rows go, its row points to what
    took its place (itself where its file is gone). Where another file still holds it, the
    content takes that file's name."""
    holder = conn.execute("SELECT path FROM document_paths WHERE doc_id = ? ORDER BY path", (doc_id,)).fetchone()
    if holder is not None:
        name = PurePath(holder[0]).stem
        conn.execute("UPDATE documents SET path = ?, name = ? WHERE id = ?", (holder[0], name, doc_id))
        return
    for table in ("claims", "mentions", "sentences"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    conn.execute("UPDATE documents SET replaced_by = ?, text = '' WHERE id = ?", (successor, doc_id))
    conn.execute("DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM mentions)")


def missing(conn: sqlite3.Connection) -> list[str]:
    """The files the store holds content for that no longer exist. A name stored with U+FFFD
    (its bytes were not UTF-8) cannot be looked up again, so it is never called missing."""
    rows = conn.execute("SELECT path FROM document_paths ORDER BY path")
    return [path for (path,) in rows if "\ufffd" not in path and not os.path.exists(path)]


def prune(conn: sqlite3.Connection, roots: Iterable[str]) -> list[str]:
    """Forget the files under `roots` (files or folders, canonical) that no longer exist; a
    content no other file holds stops being current. Returns the paths forgotten."""
    wanted = [root.rstrip(os.sep) for root in roots]
    gone = [p for p in missing(conn) if any(p == r or p.startswith(r + os.sep) for r in wanted)]
    for path in gone:
        doc_id = held_content(conn, path)
        conn.execute("DELETE FROM document_paths WHERE path = ?", (path,))
        if doc_id is not None:
            _release(conn, doc_id, doc_id)
    return gone
