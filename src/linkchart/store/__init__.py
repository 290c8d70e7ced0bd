"""Store: one SQLite file (WAL, foreign keys, FTS5, named migrations) holding everything."""

from linkchart.store.db import Store

__all__ = ["Store"]
