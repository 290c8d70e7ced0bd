"""Gould & Fernandez (1989) brokerage roles, "Structures of Mediation: A Formal Approach to
Brokerage in Transaction Networks", Sociological Methodology 19.

Actor b brokers the two-path a -> b -> c when a and c are distinct and a has no direct tie to
c. By the groups of a, b and c (any actor attribute: type, country, community) the role is:
coordinator (a, b, c in one group), itinerant / consultant (a and c share a group, b is
outside), representative (b with a, c outside), gatekeeper (b with c, a outside), liaison
(three different groups).

A two-path counts only where its two ties may hold at once (`ties.can_coexist`: their dates
overlap, or one is undated), so an actor allied with A in the 1980s and with C since 2010
brokers nothing between them.

Counted per broker as all two-paths by the groups at either end (a product of two group
histograms), less the paths that return (a = c), the closed ones (a -> c) and those whose ties
cannot hold at once (only ties dated throughout or from one list can fail to), so the cost is
that of listing closed triads and dated pairs rather than every two-path."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable

import networkx as nx

from linkchart.analyze.ties import can_coexist, restricted

__all__ = ["ROLES", "brokerage_roles"]

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")


def _role(ga: Hashable, gb: Hashable, gc: Hashable) -> str:
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "itinerant"
    if ga == gb:
        return "representative"
    if gb == gc:
        return "gatekeeper"
    return "liaison"


def brokerage_roles(view: nx.DiGraph, group: dict[str, Hashable]) -> dict[str, Counter[str]]:
    """For every actor, how many open two-paths it brokers in each role.

    Undirected ties count in both directions. Actors missing from `group` form one group of
    their own (None). Ties with `evidence` (`ties.simple_view`) form a two-path only where
    they may hold at once.

    >>> g = nx.DiGraph([("a", "b"), ("b", "c")])
    >>> brokerage_roles(g, {"a": 1, "b": 2, "c": 1})["b"]["itinerant"]
    1
    """
    directed = view if view.is_directed() else view.to_directed()
    succ = {n: set(directed.successors(n)) - {n} for n in directed}
    roles: dict[str, Counter[str]] = {}
    for b in directed:
        gb = group.get(b)
        counts: Counter[str] = Counter()
        preds = [a for a in directed.predecessors(b) if a != b]
        outs = succ[b]
        from_groups = Counter(group.get(a) for a in preds)
        to_groups = Counter(group.get(c) for c in outs)
        for ga, na in from_groups.items():
            for gc, nc in to_groups.items():
                counts[_role(ga, gb, gc)] += na * nc
        for a in preds:
            ga = group.get(a)
            if a in outs:
                counts[_role(ga, gb, ga)] -= 1  # a -> b -> a is no brokerage
            for c in succ[a] & outs:
                if c != a:
                    counts[_role(ga, gb, group.get(c))] -= 1  # a reaches c directly
        for a, c in _apart(directed, b, preds, outs):
            if a != c and c not in succ[a]:
                counts[_role(group.get(a), gb, group.get(c))] -= 1  # a -> b and b -> c never held at once
        roles[b] = +counts  # drop zero counts
    return roles


def _apart(view: nx.DiGraph, b: str, preds: list[str], outs: set[str]) -> list[tuple[str, str]]:
    """The two-paths a -> b -> c whose ties cannot hold at the same time."""
    ins = [(a, e) for a in preds if restricted(e := view[a][b].get("evidence"))]
    if not ins:
        return []
    later = [(c, e) for c in outs if restricted(e := view[b][c].get("evidence"))]
    return [(a, c) for a, x in ins for c, y in later if not can_coexist(x, y)]
