"""Find the actor a user means by a name, an alias or an id, forgiving case and spelling."""

from __future__ import annotations

from rapidfuzz import process

from linkchart.errors import NotFound
from linkchart.resolve.names import name_key
from linkchart.store import Store

__all__ = ["find_actor"]


_CURRENT = "SELECT id, name FROM current_actors UNION SELECT actor, text AS name FROM current_mentions"
_EXTRACTED = "SELECT id, name FROM actors UNION SELECT actor_id, alias FROM aliases"


def find_actor(store: Store, query: str, include_merged: bool = False) -> str:
    """The current actor id for `query`; NotFound (with suggestions) when none or several fit.
    With `include_merged`, actors merged away by curation are found under their own names too
    (to undo or redirect a merge)."""
    rows = store.query(_EXTRACTED if include_merged else _CURRENT)
    key = name_key(query)
    exact: list[str] = sorted({str(r["id"]) for r in rows if r["id"] == query or name_key(r["name"]) == key})
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise NotFound(f"{query!r} names several actors: {', '.join(exact)}")
    choices = {r["id"] + "\x1f" + r["name"]: name_key(r["name"]) for r in rows}
    best = process.extract(key, choices, limit=3, score_cutoff=60)
    hints = ", ".join(dict.fromkeys(c.split("\x1f")[1] for _, _, c in best))
    raise NotFound(f"no actor named {query!r}" + (f"; did you mean: {hints}?" if hints else ""))
