"""Change over time: the ties that hold as of a date, and what changed between two dates
(ties that appear, ties that end, pairs whose sign flips between ally and enemy)."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from linkchart.analyze.graph import holds_in

__all__ = ["TieDiff", "diff", "snapshot"]

Tie = tuple[str, str, str]  # (subject, predicate, object); symmetric ties with subject < object


def snapshot(graph: nx.MultiDiGraph, as_of: str, include_undated: bool = False) -> set[Tie]:
    """The ties with at least one claim that holds in `as_of` (see `holds_in`).

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", predicate="fights", symmetric=True, time_start="1980", time_end="1989")
    0
    >>> snapshot(g, "1985"), snapshot(g, "1995")
    ({('a', 'fights', 'b')}, set())
    """
    ties: set[Tie] = set()
    for u, v, data in graph.edges(data=True):
        if holds_in(data, as_of, include_undated):
            a, b = (min(u, v), max(u, v)) if data["symmetric"] else (u, v)
            ties.add((a, data["predicate"], b))
    return ties


@dataclass
class TieDiff:
    appeared: list[Tie] = field(default_factory=list)
    ended: list[Tie] = field(default_factory=list)
    sign_changed: list[tuple[str, str, int, int]] = field(default_factory=list)  # (a, b, sign before, after)


def _signs(graph: nx.MultiDiGraph, ties: set[Tie]) -> dict[tuple[str, str], int]:
    totals: dict[tuple[str, str], int] = {}
    signs = {data["predicate"]: data["sign"] for _, _, data in graph.edges(data=True)}
    for a, predicate, b in ties:
        pair = (min(a, b), max(a, b))
        totals[pair] = totals.get(pair, 0) + signs.get(predicate, 0)
    return {pair: (1 if t > 0 else -1) for pair, t in totals.items() if t}


def diff(graph: nx.MultiDiGraph, before: str, after: str, include_undated: bool = False) -> TieDiff:
    """What changed in the network between two dates (years, months or days), among the ties
    known to hold at them (and the undated ones too, where asked: they never change)."""
    old, new = snapshot(graph, before, include_undated), snapshot(graph, after, include_undated)
    old_signs, new_signs = _signs(graph, old), _signs(graph, new)
    flips = [
        (a, b, old_signs[(a, b)], new_signs[(a, b)])
        for (a, b) in sorted(set(old_signs) & set(new_signs))
        if old_signs[(a, b)] != new_signs[(a, b)]
    ]
    return TieDiff(sorted(new - old), sorted(old - new), flips)
