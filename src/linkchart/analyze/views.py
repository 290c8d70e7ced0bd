"""Views of the claim network that the workbench and the shared report both draw: the network
laid out for drawing (positions, and edges coloured by their predicate's class as
`vocabulary/predicates.yaml` declares) and the ties in time order."""

from __future__ import annotations

import datetime
import random
from collections import Counter
from typing import Any

import igraph as ig
import networkx as nx

from linkchart.analyze.centrality import to_igraph
from linkchart.analyze.communities import leiden_communities
from linkchart.analyze.graph import known_interval, time_order, when_label
from linkchart.analyze.scope import Scope, scoped_graph
from linkchart.analyze.ties import simple_view
from linkchart.corpus import Corpus
from linkchart.model import vocabulary

__all__ = ["TIMELINE_PAGE", "graph_payload", "timeline"]

TIMELINE_PAGE = 200

_PUBLISHERS = 50  # the source menu lists the publishers of most claims in view, not thousands


def graph_payload(corpus: Corpus, scope: Scope | None = None) -> dict[str, Any]:
    """The view `scope` chooses (`scope.scoped_graph`): nodes with positions (computed here, in
    C, so the browser only draws), degree, PageRank, betweenness and Leiden community within the
    view, one edge per claim, and what the view is (`scope`)."""
    graph, about = scoped_graph(corpus, scope or Scope())
    view = simple_view(graph)
    view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0 and n not in about["actors"]])
    drawn, order = to_igraph(view)  # one igraph copy for the layout and the measures
    positions = _layout(drawn, order)
    measures = _measures(view, drawn, order)
    nodes = [
        {
            "id": n,
            "name": view.nodes[n].get("name", n),
            "type": view.nodes[n].get("type"),
            "degree": view.degree(n),
            **measures[n],
            "x": positions[n][0],
            "y": positions[n][1],
        }
        for n in view
    ]
    colours: dict[str, str] = {name: spec.colour for name, spec in vocabulary().predicate_classes.items()}
    edges = [
        _edge(data, colours) for u, v, data in graph.edges(data=True) if u != v and u in positions and v in positions
    ]
    counts = Counter(edge["publisher"] for edge in edges)
    publishers = sorted(p for p, _ in counts.most_common(_PUBLISHERS))
    return {"nodes": nodes, "edges": edges, "publishers": publishers, "years": _years(edges), "scope": about}


def _layout(drawn: ig.Graph, order: list[str]) -> dict[str, tuple[float, float]]:
    if not order:
        return {}
    ig.set_random_number_generator(random.Random(7))  # the same store always draws the same picture
    # Fruchterman-Reingold; igraph switches to its grid variant on large graphs
    layout = drawn.layout_fruchterman_reingold(niter=300)
    layout.fit_into((0, 0, 1000, 1000))
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in zip(order, layout.coords, strict=True)}


def _measures(view: nx.Graph, graph: ig.Graph, order: list[str]) -> dict[str, dict[str, Any]]:
    """PageRank (ties weighed by their evidence), betweenness (normalised as networkx does) and
    the Leiden community of each node within the view, for sizing and colouring the picture;
    computed by igraph, in C, so that a view of hundreds of actors costs milliseconds."""
    if not order:
        return {}
    n = len(order)
    weights = "weight" if "weight" in graph.es.attributes() else None
    pagerank = graph.pagerank(weights=weights) if graph.ecount() else [0.0] * n
    pairs = (n - 1) * (n - 2) / 2 or 1
    betweenness = [b / pairs for b in graph.betweenness()] if graph.ecount() else [0.0] * n
    community = {node: i for i, members in enumerate(leiden_communities(view)) for node in members}
    return {
        node: {
            "pagerank": round(pagerank[i], 5),
            "betweenness": round(betweenness[i], 5),
            "community": community.get(node, 0),
        }
        for i, node in enumerate(order)
    }


def _edge(data: dict[str, Any], colours: dict[str, str]) -> dict[str, Any]:
    return {
        "id": data["id"],
        "source": data["subject_id"],
        "target": data["object_id"],
        "predicate": data["predicate"],
        "class": data["class"],
        "colour": colours[data["class"]],
        "sign": data["sign"],
        "directed": not data["symmetric"],
        "hedge": data["hedge"],
        "dated": known_interval(data) is not None,
        "when": when_label(data),
        "time_start": data["time_start"],
        "time_end": data["time_end"],
        "publisher": data["publisher"],
        "doc": data["doc"],
    }


def _years(items: list[dict[str, Any]]) -> list[int] | None:
    """The first and last year the dated claims name; the present year where one is still
    running ("since 2005"), so that a slider or a bar can reach it."""
    dated = [i for i in items if i["dated"]]
    years = [int(t[:4]) for i in dated for t in (i["time_start"], i["time_end"]) if t]
    if any(i["time_end"] is None for i in dated):
        years.append(datetime.date.today().year)
    return [min(years), max(years)] if years else None


def timeline(corpus: Corpus, actor: str | None = None, page: int | None = 1) -> dict[str, Any]:
    """Ties in time order (of one actor, or of the whole network), undated ones last and marked
    so: `dated`, and `when` as the text says it ("since 2005", "as of 2016", "undated"); page
    `page` of `TIMELINE_PAGE` items (all where None), the span and the changes of them all."""
    wanted = corpus.find_actor(actor) if actor else None
    graph = corpus.graph(around=[wanted] if wanted else None)
    items = []
    for u, v, data in graph.edges(data=True):
        if wanted and wanted not in (u, v):
            continue
        items.append(
            {
                "id": data["id"],
                "subject": graph.nodes[u]["name"],
                "subject_id": u,
                "predicate": data["predicate"],
                "object": graph.nodes[v]["name"],
                "object_id": v,
                "class": data["class"],
                "time_start": data["time_start"],
                "time_end": data["time_end"],
                "time_precision": data["time_precision"],
                "dated": known_interval(data) is not None,
                "when": when_label(data),
                "order": time_order(data),
                "hedge": data["hedge"],
                "doc": data["doc"],
                "sentence": data["sentence"],
            }
        )
    items.sort(key=lambda i: (i.pop("order"), i["subject"], i["id"]))
    first, size = ((max(page, 1) - 1) * TIMELINE_PAGE, TIMELINE_PAGE) if page else (0, len(items))
    return {
        "actor": graph.nodes[wanted]["name"] if wanted else None,
        "actor_id": wanted,
        "items": items[first : first + size],
        "page": page,
        "more": len(items) > first + size,
        "total": len(items),
        "span": _years(items),
        "changes": corpus.changes(graph, wanted),
    }
