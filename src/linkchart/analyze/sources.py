"""Sourcing of ties: how many independent publishers back each tie, the ties that rest on one
source, and contradictions (the same pair called allies and enemies at overlapping times by
different sources). Publishers count as independent when their names differ; a document with
no stated publisher is its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from linkchart.analyze.graph import known_bounds, tie_key

__all__ = ["Contradiction", "TieSources", "contradictions", "tie_sources"]


@dataclass
class TieSources:
    subject: str
    predicate: str
    object: str
    publishers: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    claims: int = 0


def tie_sources(graph: nx.MultiDiGraph) -> list[TieSources]:
    """Every tie with its publishers and documents, best-sourced first.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", predicate="supports", symmetric=False, publisher="P1", doc="d1")
    0
    >>> [(t.subject, len(t.publishers)) for t in tie_sources(g)]
    [('a', 1)]
    """
    ties: dict[tuple[str, str, str], TieSources] = {}
    for u, v, data in graph.edges(data=True):
        key = tie_key(u, v, data)
        tie = ties.setdefault(key, TieSources(*key))
        tie.publishers.add(data["publisher"])
        tie.documents.add(data["doc"])
        tie.claims += 1
    return sorted(ties.values(), key=lambda t: (-len(t.publishers), -t.claims, t.subject, t.predicate, t.object))


@dataclass(frozen=True)
class Contradiction:
    a: str
    b: str
    ally: tuple[str, ...]  # claim ids that call the pair allies
    enemy: tuple[str, ...]  # claim ids that call them enemies
    publishers: tuple[str, ...]


def _overlap(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Whether two claims may hold at once: their known dates overlap, or one is undated."""
    x_bounds, y_bounds = known_bounds(x), known_bounds(y)
    if x_bounds is None or y_bounds is None:
        return True
    return x_bounds[0] <= y_bounds[1] and y_bounds[0] <= x_bounds[1]


def contradictions(graph: nx.MultiDiGraph) -> list[Contradiction]:
    """Pairs that one source calls allies and another enemies, at overlapping times."""
    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for u, v, data in graph.edges(data=True):
        if data["sign"]:
            by_pair.setdefault((min(u, v), max(u, v)), []).append(data)
    found = []
    for (a, b), claims in sorted(by_pair.items()):
        allies = [c for c in claims if c["sign"] > 0]
        enemies = [c for c in claims if c["sign"] < 0]
        clashing = [(x, y) for x in allies for y in enemies if x["publisher"] != y["publisher"] and _overlap(x, y)]
        if clashing:
            found.append(
                Contradiction(
                    a,
                    b,
                    tuple(sorted({x["id"] for x, _ in clashing})),
                    tuple(sorted({y["id"] for _, y in clashing})),
                    tuple(sorted({x["publisher"] for x, _ in clashing} | {y["publisher"] for _, y in clashing})),
                )
            )
    return found
