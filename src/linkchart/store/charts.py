"""Saved charts: a named view of the network explorer (its actors, their positions, what is
hidden or pinned, the filters and the sizing and colouring chosen), kept in the store beside
the data it draws, so that a chart reopens as it was left, over the claims as they are now."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from linkchart.errors import InvalidInput, NotFound
from linkchart.resolve.names import visible
from linkchart.store import derived
from linkchart.store.db import Store

__all__ = ["MAX_CHART_ACTORS", "chart", "charts", "save_chart"]

MAX_CHART_ACTORS = 500
_MAX_NAME = 100
_MAX_STATE = 500_000  # bytes of JSON


def save_chart(store: Store, name: str, state: dict[str, Any], author: str) -> dict[str, Any]:
    """Save (or replace) the chart `name`; `state["actors"]` lists the actor ids it draws."""
    name = " ".join(visible(name).split())
    actors = state.get("actors")
    if not name or len(name) > _MAX_NAME:
        raise InvalidInput(f"a chart needs a name of 1 to {_MAX_NAME} characters")
    if not isinstance(actors, list) or not all(isinstance(a, str) for a in actors):
        raise InvalidInput("a chart's state lists its actors' ids under 'actors'")
    if len(actors) > MAX_CHART_ACTORS:
        raise InvalidInput(f"a chart holds at most {MAX_CHART_ACTORS} actors ({len(actors)} given)")
    text = json.dumps(state, sort_keys=True)
    if len(text) > _MAX_STATE:
        raise InvalidInput(f"a chart's state is at most {_MAX_STATE} bytes")
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO charts (name, state, author, saved_at) VALUES (?, ?, ?, ?)",
            (name, text, author, stamp),
        )
        derived.bump(conn)
    return {"name": name, "author": author, "saved_at": stamp, "state": state}


def chart(store: Store, name: str) -> dict[str, Any]:
    rows = store.query("SELECT name, state, author, saved_at FROM charts WHERE name = ?", (name,))
    if not rows:
        raise NotFound(f"no chart named {name!r}")
    return dict(rows[0]) | {"state": json.loads(rows[0]["state"])}


def charts(store: Store) -> list[dict[str, Any]]:
    """Every saved chart's name, author, time and size, newest first."""
    rows = store.query(
        "SELECT name, author, saved_at, json_array_length(state, '$.actors') AS actors FROM charts "
        "ORDER BY saved_at DESC, name"
    )
    return [dict(r) for r in rows]
