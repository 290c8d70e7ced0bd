"""Simple views of the claim graph (one tie a pair), the evidence behind each tie, and whether
two ties may hold at the same time.

A measure that combines ties (a brokerage two-path, a triangle of balance) assumes that they
hold at once. That is only known where the text dates both and the dates overlap: the idea of a
time-respecting path (Holme & Saramäki 2012, "Temporal networks", Physics Reports 519, 3.2).
Where either tie is undated, they may hold at once and are combined (and counted as resting on
undated ties). Two ties that only the items of one list state ("Allies: A, B, C") are not known
to hold at once unless each item carries its own date: an infobox lists allies across decades."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from linkchart.analyze.graph import known_bounds

__all__ = ["TieEvidence", "actor_evidence", "can_coexist", "restricted", "signed_ties", "simple_view", "tie_evidence"]

Interval = tuple[str, str]


@dataclass(frozen=True)
class TieEvidence:
    """What a tie (all the claims of one pair in a view) rests on."""

    claims: int
    publishers: frozenset[str]
    weight: float  # each sentence counted once, at the confidence of its surest claim
    dated: tuple[Interval, ...]  # known bounds of its dated claims
    own_dates: tuple[Interval, ...]  # ... of those dated by their own words (not the page's date)
    undated: int  # claims the text gives no time for
    list_line: str | None  # the one list or field that alone states it, if so


def tie_evidence(claims: Iterable[dict[str, Any]]) -> TieEvidence:
    """The evidence of one tie from its claims (edges of the claim graph)."""
    edges = list(claims)
    best: dict[str, float] = {}
    for edge in edges:
        best[edge["sentence_id"]] = max(best.get(edge["sentence_id"], 0.0), edge["confidence"])
    bounds = [(known_bounds(e), e) for e in edges]
    # the items of one field are its subject's claims of one predicate in one document
    lists = {(e["doc_id"], e["subject_id"], e["predicate"]) for e in edges}
    listed = all(e["listed"] for e in edges) and len(lists) == 1
    return TieEvidence(
        claims=len(edges),
        publishers=frozenset(e["publisher"] for e in edges),
        weight=round(sum(best.values()), 6),
        dated=tuple(sorted({b for b, _ in bounds if b is not None})),
        own_dates=tuple(sorted({b for b, e in bounds if b is not None and e["time_source"] != "document"})),
        undated=sum(b is None for b, _ in bounds),
        list_line="\x1f".join(next(iter(lists))) if listed else None,
    )


def _overlap(xs: tuple[Interval, ...], ys: tuple[Interval, ...]) -> bool:
    return any(x0 <= y1 and y0 <= x1 for x0, x1 in xs for y0, y1 in ys)


def can_coexist(x: TieEvidence, y: TieEvidence) -> bool:
    """Whether two ties may hold at the same time (see the module's note).

    >>> dated = lambda *spans, line=None, undated=0: TieEvidence(1, frozenset(), 1.0, spans, spans, undated, line)
    >>> can_coexist(dated(("1980", "1989")), dated(("1995", "2001")))
    False
    >>> can_coexist(dated(("1980", "1989")), dated(undated=1))
    True
    >>> can_coexist(dated(line="allies", undated=1), dated(line="allies", undated=1))
    False
    """
    if x.list_line is not None and x.list_line == y.list_line:
        return _overlap(x.own_dates, y.own_dates)
    if x.undated or y.undated:
        return True
    return _overlap(x.dated, y.dated)


def restricted(evidence: TieEvidence | None) -> bool:
    """Whether a tie can fail to coexist with some other (it is dated throughout, or a list's)."""
    return evidence is not None and (evidence.undated == 0 or evidence.list_line is not None)


def _pairs(graph: nx.MultiDiGraph, directed: bool) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The claims of each pair (ordered where `directed`; a symmetric claim both ways)."""
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        both = directed and data["symmetric"]
        for pair in [(u, v), (v, u)] if both else [(u, v) if directed else (min(u, v), max(u, v))]:
            pairs.setdefault(pair, []).append(data)
    return pairs


def simple_view(graph: nx.MultiDiGraph, directed: bool = False) -> nx.Graph:
    """One tie per pair (per ordered pair if `directed`), with its `evidence` (`TieEvidence`)
    and its `weight`: the evidence's weight (each sentence once, at its surest claim's
    confidence), so a measure that weighs ties weighs what the texts say, not how often a
    sentence is restated. Isolated actors are kept."""
    view: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    view.add_nodes_from(graph.nodes(data=True))
    for (a, b), claims in _pairs(graph, directed).items():
        evidence = tie_evidence(claims)
        view.add_edge(a, b, weight=evidence.weight, evidence=evidence)
    return view


def signed_ties(graph: nx.MultiDiGraph) -> nx.Graph:
    """Undirected signed ties: +1 where a pair's ally claims outnumber its enemy claims, -1
    where enemy claims do, with the `evidence` of those claims; pairs with only structural or
    place claims, or a tie, are left out."""
    signed = nx.Graph()
    signed.add_nodes_from(graph.nodes(data=True))
    for (a, b), claims in _pairs(graph, directed=False).items():
        total = sum(c["sign"] for c in claims)
        if total:
            signed.add_edge(a, b, sign=1 if total > 0 else -1, evidence=tie_evidence(c for c in claims if c["sign"]))
    return signed


def actor_evidence(view: nx.Graph, node: str) -> dict[str, int]:
    """What an actor's standing in a view rests on: its ties, their claims and independent
    publishers, and how many of its ties are undated or only a list's items."""
    ties = [data["evidence"] for _, _, data in view.edges(node, data=True) if "evidence" in data]
    return {
        "ties": len(ties),
        "claims": sum(t.claims for t in ties),
        "publishers": len(frozenset().union(*(t.publishers for t in ties))),
        "undated_ties": sum(t.undated > 0 for t in ties),
        "list_ties": sum(t.list_line is not None for t in ties),
    }
