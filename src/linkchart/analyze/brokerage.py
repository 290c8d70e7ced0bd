"""Gould & Fernandez (1989) brokerage roles, "Structures of Mediation: A Formal Approach to
Brokerage in Transaction Networks", Sociological Methodology 19.

Actor b brokers the two-path a -> b -> c when a and c are distinct and a has no direct tie to
c. By the groups of a, b and c (any actor attribute: type, country, community) the role is:
coordinator (a, b, c in one group), itinerant / consultant (a and c share a group, b is
outside), representative (b with a, c outside), gatekeeper (b with c, a outside), liaison
(three different groups).

Counted per broker as all two-paths by the groups at either end (a product of two group
histograms), less the paths that return (a = c) and the closed ones (a -> c), so the cost is
that of listing closed triads rather than every two-path."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable

import networkx as nx

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
    their own (None).

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
        roles[b] = +counts  # drop zero counts
    return roles
