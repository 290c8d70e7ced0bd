"""Views of the claim network that the workbench and the shared report both draw: the network
laid out for drawing (positions, and edges coloured by their predicate's class as
`vocabulary/predicates.yaml` declares) and the ties in time order."""

from __future__ import annotations

import datetime
import random
from typing import Any

import igraph as ig

from linkchart.analyze.centrality import to_igraph
from linkchart.analyze.graph import known_interval, time_order, when_label
from linkchart.analyze.ties import simple_view
from linkchart.corpus import Corpus
from linkchart.model import vocabulary

__all__ = ["graph_payload", "timeline"]


def graph_payload(
    corpus: Corpus, as_of: str | None = None, classes: list[str] | None = None, hedges: list[str] | None = None
) -> dict[str, Any]:
    """Nodes with positions (computed here, in C, so the browser only draws) and one edge per claim."""
    graph = corpus.graph(as_of, classes, hedges)
    view = simple_view(graph)
    view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0])
    positions: dict[str, tuple[float, float]] = {}
    if view.number_of_nodes():
        layout_graph, order = to_igraph(view)
        ig.set_random_number_generator(random.Random(7))  # the same store always draws the same picture
        # Fruchterman-Reingold; igraph switches to its grid variant on large graphs, so 5,000
        # actors take well under a second.
        layout = layout_graph.layout_fruchterman_reingold(niter=300)
        layout.fit_into((0, 0, 1000, 1000))
        positions = {node: (round(x, 1), round(y, 1)) for node, (x, y) in zip(order, layout.coords, strict=True)}
    nodes = [
        {
            "id": n,
            "name": view.nodes[n].get("name", n),
            "type": view.nodes[n].get("type"),
            "degree": view.degree(n),
            "x": positions[n][0],
            "y": positions[n][1],
        }
        for n in view
    ]
    colours = {name: spec.colour for name, spec in vocabulary().predicate_classes.items()}
    edges = [
        {
            "id": data["id"],
            "source": u,
            "target": v,
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
        for u, v, data in graph.edges(data=True)
        if u != v and u in positions and v in positions
    ]
    publishers = sorted({e["publisher"] for e in edges})
    return {"nodes": nodes, "edges": edges, "publishers": publishers, "years": _years(edges)}


def _years(items: list[dict[str, Any]]) -> list[int] | None:
    """The first and last year the dated claims name; the present year where one is still
    running ("since 2005"), so that a slider or a bar can reach it."""
    dated = [i for i in items if i["dated"]]
    years = [int(t[:4]) for i in dated for t in (i["time_start"], i["time_end"]) if t]
    if any(i["time_end"] is None for i in dated):
        years.append(datetime.date.today().year)
    return [min(years), max(years)] if years else None


def timeline(corpus: Corpus, actor: str | None = None) -> dict[str, Any]:
    """Ties in time order (of one actor, or of the whole network), undated ones last and marked
    so: `dated`, and `when` as the text says it ("since 2005", "as of 2016", "undated")."""
    graph = corpus.graph()
    wanted = corpus.find_actor(actor) if actor else None
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
    return {
        "actor": graph.nodes[wanted]["name"] if wanted else None,
        "items": items,
        "span": _years(items),
        "changes": corpus.changes(graph, wanted),
    }
