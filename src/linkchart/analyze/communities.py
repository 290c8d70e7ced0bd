"""Communities of cooperating actors by the Leiden algorithm (Traag, Waltman & van Eck 2019,
"From Louvain to Leiden: guaranteeing well-connected communities"), modularity objective,
as igraph implements it, weighing ties by their `weight` (their evidence) where they have one."""

from __future__ import annotations

import random

import igraph as ig
import networkx as nx

from linkchart.analyze.centrality import to_igraph

__all__ = ["leiden_communities"]


def leiden_communities(view: nx.Graph, resolution: float = 1.0, seed: int = 7) -> list[set[str]]:
    """Communities of an undirected graph, largest first (each a set of node ids).

    >>> two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    >>> sorted(len(c) for c in leiden_communities(two))
    [4, 4]
    """
    undirected = view.to_undirected() if view.is_directed() else view
    graph, nodes = to_igraph(nx.Graph(undirected))
    ig.set_random_number_generator(random.Random(seed))  # Leiden is randomised: fix it for reproducible output
    weights = "weight" if "weight" in graph.es.attributes() else None
    partition = graph.community_leiden(
        objective_function="modularity", weights=weights, resolution=resolution, n_iterations=-1
    )
    found = [{nodes[i] for i in members} for members in partition]
    return sorted(found, key=lambda c: (-len(c), sorted(c)))
