"""Change over time: the ties that hold as of a date, and what changed between two dates
(ties that appear, ties that end, pairs whose sign flips between ally and enemy)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import networkx as nx

from linkchart.analyze.graph import holds_in, known_bounds, tie_key, when_label

__all__ = ["TieDiff", "Turn", "diff", "snapshot", "turns"]

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
            ties.add(tie_key(u, v, data))
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


@dataclass(frozen=True)
class Turn:
    """A pair that the texts date as allies, then enemies (or the reverse): one tie, two dated
    claims, in time order."""

    a: str
    b: str
    before: int  # the sign first held, +1 ally, -1 enemy
    after: int
    before_when: str
    after_when: str
    claims: tuple[str, str]  # the last claim of the first sign, the first of the next


def turns(graph: nx.MultiDiGraph) -> list[Turn]:
    """Each change of sign over time between two actors: an ally claim whose dates end before
    an enemy claim's begin (or the reverse). Undated claims are never a turn; claims whose dates
    overlap are a contradiction, not a change (see `sources.contradictions`).

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", id="c1", sign=1, time_start="1980", time_end="1989", time_source="sentence")
    >>> _ = g.add_edge("a", "b", id="c2", sign=-1, time_start="1994", time_end=None, time_source="sentence")
    >>> [(t.before, t.after, t.after_when) for t in turns(g)]
    [(1, -1, 'since 1994')]
    """
    dated: dict[tuple[str, str], list[tuple[str, str, dict[str, object]]]] = {}
    for u, v, data in graph.edges(data=True):
        if data.get("sign") and (bounds := known_bounds(data)) is not None:
            dated.setdefault((min(u, v), max(u, v)), []).append((*bounds, data))
    found = []
    for (a, b), claims in sorted(dated.items()):
        claims.sort(key=lambda c: (c[0], c[1], str(c[2]["id"])))
        for (_, end, first), (start, _, then) in itertools.pairwise(claims):
            if first["sign"] != then["sign"] and end < start:
                found.append(
                    Turn(
                        a, b, int(first["sign"]), int(then["sign"]),  # type: ignore[call-overload]
                        when_label(first), when_label(then), (str(first["id"]), str(then["id"])),
                    )
                )  # fmt: skip
    return found
