"""What a drawn network holds, chosen on the server so that a browser never receives a whole
large store: the best-connected actors, the neighbourhood of some actors (so many hops out),
the paths between two actors (the shortest, and chains of support: `chains.support_chains`),
or the actors of a saved chart; the whole network only where it is small.

Each is read from the claims of a few actors (`GraphFilter.actors`, an index look-up), never
from the whole claim graph, so its cost follows what is drawn, not the size of the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import networkx as nx

from linkchart.analyze.chains import support_chains
from linkchart.corpus import Corpus
from linkchart.model import vocabulary

__all__ = ["FULL_LIMIT", "MAX_ACTORS", "Scope", "scoped_graph"]

MAX_ACTORS = 300  # more is a grey mass on a screen: a neighbourhood keeps its best connected
FULL_LIMIT = 3000  # claims: a store this small may be drawn whole
Kind = Literal["top", "focus", "path", "chart", "full"]


@dataclass(frozen=True)
class Scope:
    """Which actors a view draws: `actors` are the focus, the two ends of a path, or a chart's."""

    kind: Kind = "top"
    actors: tuple[str, ...] = ()
    hops: int = 1
    top: int = 40
    filters: dict[str, Any] = field(default_factory=dict)  # as_of, classes, hedges for Corpus.graph


def scoped_graph(corpus: Corpus, scope: Scope) -> tuple[nx.MultiDiGraph, dict[str, Any]]:
    """The claim graph of the view `scope` names, and what it is (its kind, whether it was cut
    to `MAX_ACTORS`, the paths found)."""
    about: dict[str, Any] = {"kind": scope.kind, "actors": list(scope.actors), "truncated": False}
    total = corpus.store.query("SELECT COUNT(*) FROM claim_ends")[0][0]
    about["small"] = total <= FULL_LIMIT
    if scope.kind == "full" and about["small"]:
        return corpus.graph(**scope.filters), about
    if scope.kind == "focus" and scope.actors:
        graph = _neighbourhood(corpus, scope)
    elif scope.kind == "path" and len(scope.actors) == 2:
        graph, about["paths"] = _paths(corpus, scope)
    elif scope.kind == "chart" and scope.actors:
        graph = _among(corpus, scope, set(scope.actors))
    else:
        about["kind"] = "top"
        seeds = _top_actors(corpus, min(scope.top, MAX_ACTORS))
        graph = _best_connected(corpus.graph(**scope.filters, around=sorted(seeds)), seeds, 3 * len(seeds))
    about["truncated"] = graph.number_of_nodes() > MAX_ACTORS
    if about["truncated"]:
        graph = _best_connected(graph, set(scope.actors), MAX_ACTORS)
    return graph, about


def _top_actors(corpus: Corpus, top: int) -> set[str]:
    """The actors (not places: a place is where actors are) with most others to a claim."""
    rows = corpus.store.query(
        "SELECT s.actor FROM actor_stats s JOIN actors a ON a.id = s.actor WHERE s.degree > 0 "
        "AND a.type != 'location' ORDER BY s.degree DESC, s.claims DESC, s.actor LIMIT ?",
        (top,),
    )
    return {r[0] for r in rows}


def _among(corpus: Corpus, scope: Scope, actors: set[str]) -> nx.MultiDiGraph:
    """The claims between the actors named, and those actors."""
    graph = corpus.graph(**scope.filters, around=sorted(actors))
    return graph.subgraph(actors & set(graph)).copy()


def _neighbourhood(corpus: Corpus, scope: Scope) -> nx.MultiDiGraph:
    """The focus, the actors within `hops` of it, and the claims that reach each ring."""
    reached = set(scope.actors)
    graph = corpus.graph(**scope.filters, around=sorted(reached))
    for _ in range(max(scope.hops, 1) - 1):
        if graph.number_of_nodes() > MAX_ACTORS:
            break  # the next ring would be cut away anyway
        reached = set(graph)
        graph = corpus.graph(**scope.filters, around=sorted(reached))
    return graph


def _best_connected(graph: nx.MultiDiGraph, keep: set[str], most: int) -> nx.MultiDiGraph:
    """`keep` and the best connected others, `most` in all."""
    ranked = sorted(graph, key=lambda n: (n not in keep, -graph.degree(n), n))
    return graph.subgraph(ranked[:most]).copy()


def _adjacency(corpus: Corpus, classes: list[str] | None) -> nx.Graph:
    """Who has a claim with whom (of the classes chosen), from the derived table alone."""
    of_class = {name: spec.klass for name, spec in vocabulary().predicates.items()}
    adjacency = nx.Graph()
    rows = corpus.store.query(
        "SELECT e.subject, e.object, c.predicate FROM claim_ends e JOIN claims c ON c.id = e.claim_id "
        "WHERE e.negated = 0"
    )
    adjacency.add_edges_from((r[0], r[1]) for r in rows if not classes or of_class[r[2]] in classes)
    return adjacency


def _paths(corpus: Corpus, scope: Scope) -> tuple[nx.MultiDiGraph, list[dict[str, Any]]]:
    """The shortest path between the two actors and up to five chains of support from the
    first to the second (three hops at most), each path's consecutive claims and no others."""
    start, end = scope.actors
    adjacency = _adjacency(corpus, scope.filters.get("classes"))
    found: list[dict[str, Any]] = []
    if start in adjacency and end in adjacency and nx.has_path(adjacency, start, end):
        found.append({"kind": "shortest", "actors": nx.shortest_path(adjacency, start, end)})
    if start in adjacency:
        near = nx.single_source_shortest_path_length(adjacency, start, cutoff=2)
        around = corpus.graph(**scope.filters, around=sorted(near))
        for chain in support_chains(around, start, end, max_hops=3)[:5]:
            found.append({"kind": "support", "actors": [start, *(hop.target for hop in chain)]})
    steps = {frozenset(pair) for path in found for pair in zip(path["actors"], path["actors"][1:], strict=False)}
    actors = {a for path in found for a in path["actors"]} | {start, end}
    graph = corpus.graph(**scope.filters, around=sorted(actors))
    drawn = graph.edge_subgraph((u, v, k) for u, v, k in graph.edges(keys=True) if frozenset((u, v)) in steps)
    result = nx.MultiDiGraph(drawn)
    result.add_nodes_from((a, graph.nodes[a]) for a in (start, end) if a in graph)
    return result, found
