"""Centrality of actors in a simple (collapsed) view, with networkx or igraph.

Definitions: degree centrality (Freeman 1978, normalised by n - 1); betweenness (Freeman 1977,
Brandes 2001 algorithm, normalised by (n-1)(n-2)/2 for undirected graphs); eigenvector
centrality (Bonacich 1972); PageRank (Brin & Page 1998, damping 0.85). Where ties carry a
`weight` (their evidence, see `ties.simple_view`), eigenvector and PageRank weigh by it, so an
actor many well-attested ties reach outranks one a single guess reaches; betweenness counts
shortest paths in hops, as ORA does (a tie's evidence says how sure it is, not how long).
igraph computes the same quantities in C and is the default; networkx is the reference the
tests compare against."""

from __future__ import annotations

import random
import warnings
from collections.abc import Callable

import igraph as ig
import networkx as nx

__all__ = ["BACKENDS", "centralities", "to_igraph"]

Scores = dict[str, float]


def to_igraph(view: nx.Graph) -> tuple[ig.Graph, list[str]]:
    """An igraph copy of a networkx graph (with the edges' `weight` where every edge has one),
    and the node ids by igraph vertex index."""
    nodes = list(view.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    graph = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in view.edges], directed=view.is_directed())
    weights = [w for _, _, w in view.edges(data="weight")]
    if weights and None not in weights:
        graph.es["weight"] = weights
    return graph, nodes


def _networkx(view: nx.Graph, betweenness_samples: int | None) -> dict[str, Scores]:
    n = view.number_of_nodes()
    sample = betweenness_samples if betweenness_samples and betweenness_samples < n else None
    weights = [w for _, _, w in view.edges(data="weight")]
    weight = "weight" if weights and None not in weights else None
    try:
        eigen = (
            nx.eigenvector_centrality(view, max_iter=1000, weight=weight)
            if view.number_of_edges()
            else dict.fromkeys(view, 0.0)
        )
    except nx.PowerIterationFailedConvergence:
        eigen = dict.fromkeys(view, 0.0)
    top = max(eigen.values(), default=0.0) or 1.0  # scaled to a maximum of 1, as igraph reports it
    return {
        "degree": nx.degree_centrality(view) if n > 1 else dict.fromkeys(view, 0.0),
        "betweenness": nx.betweenness_centrality(view, k=sample, seed=7),
        "eigenvector": {k: abs(float(v)) / top for k, v in eigen.items()},
        "pagerank": nx.pagerank(view, weight=weight) if n else {},
    }


def _igraph(view: nx.Graph, betweenness_samples: int | None) -> dict[str, Scores]:
    graph, nodes = to_igraph(view)
    n = graph.vcount()
    if n == 0:
        return {"degree": {}, "betweenness": {}, "eigenvector": {}, "pagerank": {}}
    degree = [d / (n - 1) if n > 1 else 0.0 for d in graph.degree()]
    weights = graph.es["weight"] if "weight" in graph.es.attributes() else None
    if betweenness_samples and betweenness_samples < n:
        # Brandes & Pich (2007) source sampling, as networkx's k= does: scale the partial sums.
        sources = random.Random(7).sample(range(n), betweenness_samples)
        partial = graph.betweenness(sources=sources, directed=graph.is_directed())
        raw = [b * n / betweenness_samples for b in partial]
    else:
        raw = graph.betweenness(directed=graph.is_directed())
    scale = (n - 1) * (n - 2) / (1 if graph.is_directed() else 2)
    betweenness = [b / scale if scale else 0.0 for b in raw]
    with warnings.catch_warnings():  # disconnected graphs are the norm here; the warning says nothing new
        warnings.simplefilter("ignore", RuntimeWarning)
        # igraph 1.0 rejects directed=False on an undirected graph: pass it only where it matters.
        eigen = (
            graph.eigenvector_centrality(weights=weights, **({"directed": True} if graph.is_directed() else {}))
            if graph.ecount()
            else [0.0] * n
        )
    pagerank = graph.pagerank(directed=graph.is_directed(), weights=weights)
    return {
        name: dict(zip(nodes, values, strict=True))
        for name, values in (
            ("degree", degree),
            ("betweenness", betweenness),
            ("eigenvector", eigen),
            ("pagerank", pagerank),
        )
    }


BACKENDS: dict[str, Callable[[nx.Graph, int | None], dict[str, Scores]]] = {"igraph": _igraph, "networkx": _networkx}


def centralities(view: nx.Graph, backend: str = "igraph", betweenness_samples: int | None = None) -> dict[str, Scores]:
    """Degree, betweenness, eigenvector and PageRank scores of every node of a simple graph.

    `betweenness_samples`: estimate betweenness from that many sampled sources (for large
    graphs); None computes it exactly.

    >>> star = nx.star_graph(3)
    >>> round(centralities(star, "networkx")["betweenness"][0], 2), centralities(star)["degree"][0]
    (1.0, 1.0)
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    return BACKENDS[backend](view, betweenness_samples)
