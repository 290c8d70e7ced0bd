"""An actor's profile in the manner of Mapping Militant Organizations: names, type, leaders,
members, allies, rivals, sponsors, proxies, areas of operation and a timeline, every line with
the citations (document and sentence) behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from linkchart.analyze.graph import time_order, when_label
from linkchart.model import vocabulary

__all__ = ["ProfileLine", "actor_profile", "profile_sections"]


def profile_sections() -> dict[str, frozenset[tuple[str, str]]]:
    """Section -> the (predicate, profiled actor's side) pairs listed in it, in the order
    `vocabulary/predicates.yaml` gives the sections."""
    vocab = vocabulary()
    wanted: dict[str, set[tuple[str, str]]] = {name: set() for name in vocab.profile_sections}
    for name, predicate in vocab.predicates.items():
        for side, section in predicate.profile.items():
            wanted[section].add((name, side))
    return {section: frozenset(pairs) for section, pairs in wanted.items()}


@dataclass
class ProfileLine:
    actor: str
    name: str
    predicates: set[str] = field(default_factory=set)
    citations: list[dict[str, Any]] = field(default_factory=list)


def _citation(data: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "predicate", "doc", "publisher", "sentence", "hedge", "time_start", "time_end", "confidence")
    return {**{k: data[k] for k in keys}, "when": when_label(data)}


def actor_profile(graph: nx.MultiDiGraph, actor: str, aliases: list[str] | None = None) -> dict[str, Any]:
    """The profile of `actor` (a node id) from the claim graph.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("hn", name="Haqqani Network", type="organization"); g.add_node("jh", name="JH", type="person")
    >>> _ = g.add_edge("jh", "hn", predicate="leads", id="c1", doc="d", publisher="p", sentence="s",
    ...                hedge="asserted", time_start=None, time_end=None, confidence=0.7)
    >>> [line.name for line in actor_profile(g, "hn")["sections"]["leaders"]]
    ['JH']
    """
    node = graph.nodes[actor]
    wanted_in = profile_sections()
    sections: dict[str, dict[str, ProfileLine]] = {name: {} for name in wanted_in}
    timeline = []
    edges = [(u, v, d, "subject") for u, v, d in graph.out_edges(actor, data=True)]
    edges += [(u, v, d, "object") for u, v, d in graph.in_edges(actor, data=True)]
    for u, v, data, side in edges:
        other = v if side == "subject" else u
        if other == actor:
            continue
        for section, wanted in wanted_in.items():
            if (data["predicate"], side) in wanted:
                line = sections[section].setdefault(other, ProfileLine(other, graph.nodes[other].get("name", other)))
                line.predicates.add(data["predicate"])
                if not any(c["sentence"] == data["sentence"] and c["doc"] == data["doc"] for c in line.citations):
                    line.citations.append(_citation(data))  # one sentence saying it twice is one citation
        timeline.append(
            {
                "subject": graph.nodes[u].get("name", u),
                "object": graph.nodes[v].get("name", v),
                "order": time_order(data),
                **_citation(data),
            }
        )
    timeline.sort(key=lambda t: (t.pop("order"), t["id"]))
    return {
        "id": actor,
        "name": node.get("name", actor),
        "type": node.get("type"),
        "country": node.get("country"),
        "aliases": aliases or [],
        "sections": {
            name: sorted(lines.values(), key=lambda line: (-len(line.citations), line.name))
            for name, lines in sections.items()
        },
        "timeline": timeline,
    }
