"""The network explorer's requests: which view a query asks for (`Scope`), and saved charts.

`/graph.json` takes `focus` (actor names or ids, repeated) with `hops`, or `from` and `to` for
the paths between two actors, or `chart` for a saved chart's actors, or `full=1` (small stores
only), or nothing: the best-connected actors. `class`, `hedge` and `as_of` filter every view."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import QueryParams

from linkchart.analyze.scope import Scope
from linkchart.corpus import Corpus
from linkchart.store.charts import chart

__all__ = ["scope_of"]

_MAX_FOCUS = 50


def _listed(query: QueryParams, name: str) -> list[str] | None:
    return [v for v in query.getlist(name) if v] or None


def _number(query: QueryParams, name: str, default: int, most: int) -> int:
    value = query.get(name, "")
    return min(int(value), most) if value.isdigit() and int(value) > 0 else default


def scope_of(corpus: Corpus, query: QueryParams) -> Scope:
    """The view a query asks for; names are resolved as the CLI resolves them (the actor with
    most claims where several fit)."""
    filters: dict[str, Any] = {
        "as_of": query.get("as_of") or None,
        "classes": _listed(query, "class"),
        "hedges": _listed(query, "hedge"),
    }
    if query.get("chart"):
        actors = chart(corpus.store, query["chart"])["state"]["actors"]
        return Scope("chart", tuple(actors), filters=filters)
    if query.get("from") and query.get("to"):
        ends = (corpus.find_actor(query["from"], first=True), corpus.find_actor(query["to"], first=True))
        return Scope("path", ends, filters=filters)
    focus = (_listed(query, "focus") or [])[:_MAX_FOCUS]
    if focus:
        actors = tuple(dict.fromkeys(corpus.find_actor(name, first=True) for name in focus))
        return Scope("focus", actors, hops=_number(query, "hops", 1, 3), filters=filters)
    if query.get("full") == "1":
        return Scope("full", filters=filters)
    return Scope("top", top=_number(query, "top", 40, 300), filters=filters)
