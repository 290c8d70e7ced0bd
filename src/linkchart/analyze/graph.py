"""The claim graph: a signed, typed, directed multigraph of claims, kept for one period, some
classes, some hedges (`GraphFilter`), and when its claims hold (the simple views that the
measures read are in `ties`).

Every edge is one claim and keeps its predicate, class, sign, time scope, hedge, document,
publisher and sentence, so any number computed from a view can be traced back to text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from linkchart.extract.extractors.infobox import InfoboxExtractor
from linkchart.model import vocabulary
from linkchart.store import Store

__all__ = [
    "LIST_EXTRACTORS",
    "GraphFilter",
    "claim_graph",
    "holds_at",
    "holds_in",
    "known_bounds",
    "known_interval",
    "lower_bound",
    "period_bounds",
    "tie_key",
    "tie_support",
    "time_order",
    "upper_bound",
    "when_label",
]

# Extractors whose claims are the items of a list or field line ("Allies: A, B, C"): the line
# says each holds, not that they hold at once.
LIST_EXTRACTORS = frozenset({InfoboxExtractor.name})


def lower_bound(value: str) -> str:
    """The first day of a year, month or day given in ISO form ("1995" -> "1995-01-01")."""
    return value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value


def upper_bound(value: str) -> str:
    """The last day (near enough for comparison) of a year, month or day ("1995" -> "1995-12-31")."""
    return value + "-12-31"[len(value) - 4 :] if len(value) < 10 else value


def period_bounds(when: str) -> tuple[str, str]:
    """The first and last day of a period: a year, month or day ("1995"), or an interval of
    them in ISO 8601's notation, either end open ("1995/2008", "2001/", "/1989").

    >>> period_bounds("1995"), period_bounds("1995/2008-06")
    (('1995-01-01', '1995-12-31'), ('1995-01-01', '2008-06-31'))
    """
    start, slash, end = when.partition("/")
    end = end if slash else start
    return lower_bound(start) if start else "0000-01-01", upper_bound(end) if end else "9999-12-31"


def holds_at(start: str | None, end: str | None, when: str) -> bool:
    """Whether an interval [start, end] (None is open) contains some time in the period `when`.

    >>> holds_at("1980", "1989", "1985"), holds_at("1980", "1989", "1995"), holds_at(None, "2008", "1995")
    (True, False, True)
    >>> holds_at("1980", "1989", "1985/2001"), holds_at("1980", "1989", "1990/")
    (True, False)
    """
    first, last = period_bounds(when)
    return (start is None or lower_bound(start) <= last) and (end is None or upper_bound(end) >= first)


def known_interval(edge: dict[str, Any]) -> tuple[str | None, str | None] | None:
    """When the text says a claim holds: its [start, end] (None is open), or None where the text
    gives no time at all. A claim dated only by its document (`time_source` "document") is
    undated, unless it is said in the present tense: then it holds as of the document's date
    (start = end = that date, see `extract.time`).

    >>> known_interval({"time_start": None, "time_end": "2016", "time_source": "document"}) is None
    True
    >>> known_interval({"time_start": "2016", "time_end": "2016", "time_source": "document"})
    ('2016', '2016')
    """
    source = edge.get("time_source")
    if source == "none" or (source == "document" and edge.get("time_start") is None):
        return None
    return edge.get("time_start"), edge.get("time_end")


def known_bounds(edge: dict[str, Any]) -> tuple[str, str] | None:
    """A claim's known interval as the first and last day it may cover ("0000"/"9999"-dated
    where open), for comparing intervals; None where undated."""
    interval = known_interval(edge)
    if interval is None:
        return None
    return lower_bound(interval[0] or "0000"), upper_bound(interval[1] or "9999")


def when_label(edge: dict[str, Any]) -> str:
    """How a claim's time reads, never more than the text says: "1990-1995", "since 2005",
    "until 1992", "1990s", "as of 2016-05" (present tense, dated only by its document),
    "undated".

    >>> when_label({"time_start": "2005", "time_end": None, "time_source": "sentence"})
    'since 2005'
    >>> when_label({"time_start": None, "time_end": "2016", "time_source": "document"})
    'undated'
    """
    interval = known_interval(edge)
    if interval is None:
        return "undated"
    start, end = interval
    if edge.get("time_source") == "document":
        return f"as of {start}"
    if edge.get("time_precision") == "decade" and start and end and start[:3] == end[:3]:
        return f"{start[:3]}0s" if (start[3], end[3]) == ("0", "9") else f"{start}\u2013{end} ({start[:3]}0s)"
    if start and end:
        return start if start == end else f"{start}\u2013{end}"
    return f"since {start}" if start else f"until {end}" if end else "undated"


def time_order(edge: dict[str, Any]) -> tuple[int, str]:
    """A sort key that puts claims in time order by their known interval, undated ones last."""
    interval = known_interval(edge)
    return (1, "") if interval is None else (0, interval[0] or interval[1] or "")


def holds_in(edge: dict[str, Any], when: str, include_undated: bool = False) -> bool:
    """Whether a claim holds in `when`: its known interval contains it, open ends included; an
    undated claim only where the caller asks for undated ones."""
    interval = known_interval(edge)
    return include_undated if interval is None else holds_at(*interval, when)


@dataclass(frozen=True)
class GraphFilter:
    """Which claims a view keeps. None keeps all. With `as_of` (a year, month, day, or a period
    "1995/2008"), a claim is kept where it holds in that period (`holds_in`); undated claims
    only with `include_undated`."""

    as_of: str | None = None
    classes: frozenset[str] | None = None
    hedges: frozenset[str] | None = None
    predicates: frozenset[str] | None = None
    min_confidence: float = 0.0  # e.g. 0.4 leaves out the path back-off's guesses (0.35)
    include_undated: bool = False
    min_support: int = 1  # independent publishers a tie (pair and predicate) needs to be kept
    actors: frozenset[str] | None = None  # only claims with one of these actors as a side (a neighbourhood)

    def keeps(self, edge: dict[str, Any]) -> bool:
        return (
            edge["confidence"] >= self.min_confidence
            and (self.as_of is None or holds_in(edge, self.as_of, self.include_undated))
            and (self.classes is None or edge["class"] in self.classes)
            and (self.hedges is None or edge["hedge"] in self.hedges)
            and (self.predicates is None or edge["predicate"] in self.predicates)
        )


# From claim_ends (store/derived.py): the current claims' actors, so that a neighbourhood is an
# index look-up rather than a scan of every claim.
_CLAIMS_SQL = """
SELECT c.id, e.subject AS subject_id, c.predicate, e.object AS object_id, c.time_start, c.time_end,
       c.time_precision, c.time_source, c.hedge, c.kind, c.confidence, c.extractor, c.verdict, c.doc_id, c.sentence_id,
       d.name AS doc, COALESCE(d.publisher, d.name) AS publisher, s.text AS sentence
FROM claim_ends e JOIN claims c ON c.id = e.claim_id JOIN documents d ON d.id = c.doc_id
JOIN sentences s ON s.id = c.sentence_id
WHERE e.negated = 0 {around}
ORDER BY c.id
"""
_AROUND = (
    "AND e.claim_id IN (SELECT claim_id FROM claim_ends WHERE subject IN ({0}) UNION "
    "SELECT claim_id FROM claim_ends WHERE object IN ({0}))"
)


def _claim_rows(store: Store, actors: frozenset[str] | None) -> list[Any]:
    if actors is None:
        return store.query(_CLAIMS_SQL.format(around=""))
    marks = ", ".join("?" * len(actors))
    return store.query(_CLAIMS_SQL.format(around=_AROUND.format(marks)), (*sorted(actors), *sorted(actors)))


def claim_graph(store: Store, graph_filter: GraphFilter | None = None) -> nx.MultiDiGraph:
    """All current, non-negated, non-rejected claims of a store (after curation) as a
    MultiDiGraph keyed by claim id.

    Nodes carry `name`, `type` and `country`; edges carry the claim's fields plus `class`,
    `sign` and `symmetric` from the vocabulary, and `listed` where the claim is an item of a
    list or field line."""
    predicates = vocabulary().predicates
    wanted = graph_filter or GraphFilter()
    graph = nx.MultiDiGraph()
    kept = []
    for row in _claim_rows(store, wanted.actors):
        spec = predicates[row["predicate"]]
        edge = dict(row)
        edge.update({"class": spec.klass, "sign": spec.sign, "symmetric": spec.symmetric})
        edge["listed"] = edge["extractor"] in LIST_EXTRACTORS
        if wanted.keeps(edge):
            kept.append(edge)
    support = tie_support(kept)
    _add_actors(
        store,
        graph,
        None
        if wanted.actors is None
        else {*wanted.actors} | {end for edge in kept for end in (edge["subject_id"], edge["object_id"])},
    )
    for edge in kept:
        if support[tie_key(edge["subject_id"], edge["object_id"], edge)] >= wanted.min_support:
            graph.add_edge(edge["subject_id"], edge["object_id"], key=edge["id"], **edge)
    return graph


def _add_actors(store: Store, graph: nx.MultiDiGraph, ids: set[str] | None) -> None:
    """The graph's nodes: every current actor, or those of `ids` (a neighbourhood's)."""
    sql = "SELECT id, name, type, country FROM current_actors"
    if ids is None:
        rows = store.query(sql + " ORDER BY id")
    else:
        rows = store.query(f"{sql} WHERE id IN ({', '.join('?' * len(ids))}) ORDER BY id", tuple(sorted(ids)))
    for row in rows:
        graph.add_node(row["id"], name=row["name"], type=row["type"], country=row["country"])


def tie_key(subject: str, obj: str, edge: dict[str, Any]) -> tuple[str, str, str]:
    """The tie a claim states: (subject, predicate, object), the pair in sorted order where the
    predicate is symmetric ("A fights B" and "B fights A" are one tie)."""
    if edge["symmetric"]:
        subject, obj = min(subject, obj), max(subject, obj)
    return subject, edge["predicate"], obj


def tie_support(edges: list[dict[str, Any]]) -> dict[tuple[str, str, str], int]:
    """How many independent publishers say each tie (pair and predicate), as `sources` counts
    them: publishers whose names differ; a document that names none is its own."""
    publishers: dict[tuple[str, str, str], set[str]] = {}
    for edge in edges:
        publishers.setdefault(tie_key(edge["subject_id"], edge["object_id"], edge), set()).add(edge["publisher"])
    return {tie: len(names) for tie, names in publishers.items()}
