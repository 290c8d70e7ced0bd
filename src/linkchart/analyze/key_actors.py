"""The key-actor report, after CMU ORA's: every actor ranked on each measure (degree,
betweenness, eigenvector, PageRank, Burt constraint and effective size, brokerage), with a
combined rank (the mean of its ranks) to read first."""

from __future__ import annotations

from typing import Any

import networkx as nx

from linkchart.analyze.brokerage import ROLES, brokerage_roles
from linkchart.analyze.centrality import centralities
from linkchart.analyze.structural_holes import structural_holes

__all__ = ["key_actors"]

# measure -> whether a higher value ranks higher
MEASURES = {
    "degree": True,
    "betweenness": True,
    "eigenvector": True,
    "pagerank": True,
    "brokerage": True,
    "effective_size": True,
    "constraint": False,
}


def key_actors(
    view: nx.Graph,
    backend: str = "igraph",
    group_by: str = "type",
    top: int | None = 20,
    betweenness_samples: int | None = None,
    holes: bool = True,
) -> list[dict[str, Any]]:
    """Actors with their scores and ranks, best combined rank first.

    `view` is a simple graph (see `graph.simple_view`); brokerage groups actors by the node
    attribute `group_by`. `holes=False` skips Burt's measures, which are slow on huge graphs.

    >>> star = nx.star_graph(4)
    >>> key_actors(star, top=1)[0]["actor"]
    0
    """
    scores: dict[str, dict[Any, float]] = dict(centralities(view, backend, betweenness_samples))
    group = {n: d.get(group_by) for n, d in view.nodes(data=True)}
    roles = brokerage_roles(view if view.is_directed() else view.to_directed(), group)
    scores["brokerage"] = {n: float(sum(r.values())) for n, r in roles.items()}
    if holes:
        burt = structural_holes(view.to_undirected() if view.is_directed() else view)
        scores["constraint"] = {n: v["constraint"] for n, v in burt.items()}
        scores["effective_size"] = {n: v["effective_size"] for n, v in burt.items()}
    ranks: dict[str, dict[Any, int]] = {}
    for measure, values in scores.items():
        ordered = sorted(values, key=lambda n: (-values[n] if MEASURES[measure] else values[n], repr(n)))
        ranks[measure] = {n: i + 1 for i, n in enumerate(ordered)}
    rows = []
    for node, data in view.nodes(data=True):
        row: dict[str, Any] = {"actor": node, "name": data.get("name", node), "type": data.get("type")}
        row.update({m: round(scores[m].get(node, 0.0), 6) for m in scores})
        row["roles"] = {r: roles[node][r] for r in ROLES if roles[node][r]}
        row["rank"] = sum(ranks[m][node] for m in ranks) / len(ranks)
        rows.append(row)
    rows.sort(key=lambda r: (r["rank"], repr(r["actor"])))
    return rows[:top] if top else rows
