"""Patron-proxy and support chains: directed paths along which support flows, patron first
(A supports B, B is A's proxy, A recruits B), with the evidence of every hop.

A path here is a simple path in the support digraph (no actor twice), as in any textbook
definition of paths (e.g. Wasserman & Faust 1994, 4.3)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import networkx as nx

from linkchart.model import vocabulary

__all__ = ["Hop", "support_chains", "support_digraph", "support_flow"]


def support_flow() -> dict[str, bool]:
    """Predicate -> True when support flows subject -> object, False when it flows object ->
    subject (`support_flow` in `vocabulary/predicates.yaml`)."""
    predicates = vocabulary().predicates
    return {n: p.support_flow == "forward" for n, p in predicates.items() if p.support_flow is not None}


@dataclass(frozen=True)
class Hop:
    source: str
    target: str
    claims: tuple[dict[str, Any], ...]  # predicate, doc, sentence, hedge, time of each claim


def support_digraph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Patron -> client edges with the claims behind each."""
    flow = nx.DiGraph()
    forward = support_flow()
    for u, v, data in graph.edges(data=True):
        if data["predicate"] not in forward or u == v:
            continue
        a, b = (u, v) if forward[data["predicate"]] else (v, u)
        if not flow.has_edge(a, b):
            flow.add_edge(a, b, claims=[])
        flow[a][b]["claims"].append(
            {k: data[k] for k in ("id", "predicate", "doc", "sentence", "hedge", "time_start", "time_end")}
        )
    return flow


def support_chains(
    graph: nx.MultiDiGraph, source: str, target: str | None = None, max_hops: int = 3, min_hops: int = 1
) -> list[list[Hop]]:
    """Chains of support from `source` (to `target`, or to every recipient within `max_hops`,
    one hop included), shortest first.

    >>> g = nx.MultiDiGraph()
    >>> for u, p, v in [("cia", "supports", "isi"), ("isi", "recruits", "hn"), ("hn", "proxy_of", "isi")]:
    ...     _ = g.add_edge(u, v, predicate=p, id=u + v, doc="d", sentence="s", hedge="asserted", time_start=None,
    ...                time_end=None)
    ...     g.nodes[u]["name"] = u
    >>> [[h.target for h in chain] for chain in support_chains(g, "cia")]
    [['isi'], ['isi', 'hn']]
    """
    flow = support_digraph(graph)
    if source not in flow:
        return []
    targets = [target] if target is not None else [n for n in flow if n != source]
    chains: list[list[Hop]] = []
    for end in targets:
        if end not in flow:
            continue
        for path in nx.all_simple_paths(flow, source, end, cutoff=max_hops):
            if len(path) - 1 >= min_hops:
                chains.append([Hop(a, b, tuple(flow[a][b]["claims"])) for a, b in itertools.pairwise(path)])
    chains.sort(key=lambda c: (len(c), [h.target for h in c]))
    return chains
