"""Gould & Fernandez (1989) brokerage roles, "Structures of Mediation: A Formal Approach to
Brokerage in Transaction Networks", Sociological Methodology 19.

Actor b brokers the two-path a -> b -> c when a and c are distinct and a has no direct tie to
c. By the groups of a, b and c (any actor attribute: type, country, community) the role is:
coordinator (a, b, c in one group), itinerant / consultant (a and c share a group, b is
outside), representative (b with a, c outside), gatekeeper (b with c, a outside), liaison
(three different groups)."""

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
    roles: dict[str, Counter[str]] = {n: Counter() for n in directed}
    for b in directed:
        for a in directed.predecessors(b):
            for c in directed.successors(b):
                if a in (c, b) or c == b or directed.has_edge(a, c):
                    continue
                roles[b][_role(group.get(a), group.get(b), group.get(c))] += 1
    return roles
