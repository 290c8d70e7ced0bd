"""Find the actor a user means by a name, an alias or an id, forgiving case and spelling."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from linkchart.errors import NotFound
from linkchart.resolve.identity import known_keys
from linkchart.resolve.names import name_key
from linkchart.store import Store

__all__ = ["MAX_QUERY", "find_actor"]

MAX_QUERY = 500  # characters: no name is longer, and a longer query would only cost time to compare

_CLOSE = 90  # rapidfuzz's score above which a misspelling names an actor by itself
_CLAIMS = """SELECT a.id, a.name, a.type,
       COALESCE((SELECT s.claims FROM actor_stats s WHERE s.actor = a.id), 0) AS claims
FROM actors a WHERE a.id IN ({marks})"""


def _by_claims(store: Store, ids: list[str]) -> list[tuple[str, str, str, int]]:
    """The actors with these ids, most claims first (then by id)."""
    rows = store.query(_CLAIMS.format(marks=", ".join("?" * len(ids))), tuple(ids))
    found = [(str(r["id"]), str(r["name"]), str(r["type"]), int(r["claims"])) for r in rows]
    return sorted(found, key=lambda row: (-row[3], row[0]))


_CURRENT = """SELECT id, name FROM current_actors UNION SELECT actor, text AS name FROM current_mentions
UNION SELECT COALESCE(a.merged_into, a.id), l.alias FROM aliases l JOIN actors a ON a.id = l.actor_id"""
_EXTRACTED = "SELECT id, name FROM actors UNION SELECT actor_id, alias FROM aliases"


def find_actor(store: Store, query: str, include_merged: bool = False, first: bool = False) -> str:
    """The current actor id for `query` (an id, a name or alias the documents give it, a known
    actor's alias, case and spelling forgiven);
    NotFound when none fits, with suggestions, or when several do, with a numbered list of them
    by claims. With `first`, the candidate with most claims is taken instead. With
    `include_merged`, actors merged away by curation are found under their own names too (to
    undo or redirect a merge)."""
    if len(query) > MAX_QUERY:
        raise NotFound(f"no actor is named by {len(query)} characters (at most {MAX_QUERY})")
    view = "actors" if include_merged else "current_actors"
    if store.query(f"SELECT 1 FROM {view} WHERE id = ?", (query,)):
        return query  # an id: found by its index, before any name is compared
    rows = store.query(_EXTRACTED if include_merged else _CURRENT)
    key = name_key(query)
    exact: list[str] = sorted({str(r["id"]) for r in rows if r["id"] == query or name_key(r["name"]) == key})
    known = known_keys().get(key)  # "TTP": a known actor's alias the documents never wrote
    if not exact and known is not None and any(r["id"] == known for r in rows):
        return known
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        ranked = _by_claims(store, exact)
        if first:
            return ranked[0][0]
        listed = "; ".join(
            f"{n}. {name} ({kind}, {claims} claims, id {i})" for n, (i, name, kind, claims) in enumerate(ranked, 1)
        )
        raise NotFound(f"{query!r} names several actors: {listed}. Give an id, or --first for the first")
    choices = {r["id"] + "\x1f" + r["name"]: name_key(r["name"]) for r in rows}
    best = process.extract(key, choices, limit=3, score_cutoff=60)
    spelled = [(fuzz.ratio(key, name), c.split("\x1f")[0]) for name, _, c in best]
    close = {actor for score, actor in spelled if score >= _CLOSE}
    if len(close) == 1 and all(actor in close for score, actor in spelled if score >= _CLOSE - 10):
        return str(close.pop())  # "Haqqani Netwrok": one actor is spelt that close, and none other nearly so
    hints = ", ".join(dict.fromkeys(c.split("\x1f")[1] for _, _, c in best))
    raise NotFound(f"no actor named {query!r}" + (f"; did you mean: {hints}?" if hints else ""))
