"""The claim graph in the formats other tools open: GraphML and GEXF (Gephi, with time
intervals), CSV nodes and edges, FollowTheMoney entities (Aleph, `ftm validate`) and Neo4j
bulk-import CSV. Every edge keeps its claim id, document and sentence."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
from followthemoney import model as ftm_model

from linkchart.analyze.graph import lower_bound, upper_bound
from linkchart.model import vocabulary

__all__ = ["GRAPH_FORMATS", "write_graph"]

_EDGE_FIELDS = (
    "predicate",
    "class",
    "sign",
    "hedge",
    "kind",
    "time_start",
    "time_end",
    "confidence",
    "doc",
    "publisher",
    "sentence",
    "extractor",
)
_NODE_FIELDS = ("name", "type", "country")


def _flat(graph: nx.MultiDiGraph, dynamic: bool = False) -> nx.MultiDiGraph:
    """A copy with only string and number attributes (GraphML and GEXF reject None)."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: data[k] for k in _NODE_FIELDS if data.get(k) is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs: dict[str, Any] = {k: data[k] for k in _EDGE_FIELDS if data.get(k) is not None}
        attrs["label"] = data["predicate"]
        if dynamic:
            if data.get("time_start"):
                attrs["start"] = lower_bound(data["time_start"])
            if data.get("time_end"):
                attrs["end"] = upper_bound(data["time_end"])
        flat.add_edge(u, v, key=key, id=key, **attrs)
    return flat


def _graphml(graph: nx.MultiDiGraph, output: Path) -> int:
    nx.write_graphml(_flat(graph), output)
    return int(graph.number_of_edges())


def _gexf(graph: nx.MultiDiGraph, output: Path) -> int:
    flat = _flat(graph, dynamic=True)
    flat.graph["mode"] = "dynamic"
    flat.graph["timeformat"] = "date"
    nx.write_gexf(flat, output)
    return int(graph.number_of_edges())


def _csv(graph: nx.MultiDiGraph, output: Path) -> int:
    """Two files in the folder `output`: nodes.csv and edges.csv."""
    output.mkdir(parents=True, exist_ok=True)
    with (output / "nodes.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", *_NODE_FIELDS])
        for node, data in graph.nodes(data=True):
            writer.writerow([node, *[data.get(k) for k in _NODE_FIELDS]])
    with (output / "edges.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "source", "target", *_EDGE_FIELDS])
        for u, v, key, data in graph.edges(keys=True, data=True):
            writer.writerow([key, u, v, *[data.get(k) for k in _EDGE_FIELDS]])
    return int(graph.number_of_edges())


_FTM_SCHEMA = {"person": "Person", "organization": "Organization", "group": "Organization", "location": "Address"}


def _ftm_link(predicate: str) -> tuple[str, str, str]:
    """(schema, subject property, object property) a predicate exports as (`ftm` in
    `vocabulary/predicates.yaml`; an UnknownLink where it says none)."""
    link = vocabulary().predicates[predicate].ftm
    return (link.schema_name, link.subject, link.object) if link else ("UnknownLink", "subject", "object")


def _ftm_id(actor: str) -> str:
    return "lc-" + "".join(c if c.isalnum() or c in "-." else "-" for c in actor)


def _ftm_entities(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    entities = []
    for node, data in graph.nodes(data=True):
        schema = _FTM_SCHEMA[data.get("type", "organization")]
        entity = ftm_model.make_entity(schema)
        entity.id = _ftm_id(node)
        entity.add("full" if schema == "Address" else "name", data.get("name") or node)
        if data.get("country"):
            entity.add("country", data["country"].lower(), quiet=True)
        entities.append(entity.to_dict())
    for u, v, key, data in graph.edges(keys=True, data=True):
        schema, subject, obj = _ftm_link(data["predicate"])
        if schema != "UnknownLink" and (
            graph.nodes[u].get("type") == "location" or graph.nodes[v].get("type") != "organization"
        ):
            schema, subject, obj = "UnknownLink", "subject", "object"
        link = ftm_model.make_entity(schema)
        link.id = "lc-claim-" + key
        link.add(subject, _ftm_id(u))
        link.add(obj, _ftm_id(v))
        link.add("role", data["predicate"])
        link.add("summary", data.get("sentence"))
        link.add("publisher", data.get("publisher"))
        if data.get("time_start"):
            link.add("startDate", data["time_start"], quiet=True)
        if data.get("time_end"):
            link.add("endDate", data["time_end"], quiet=True)
        entities.append(link.to_dict())
    return entities


def _ftm(graph: nx.MultiDiGraph, output: Path) -> int:
    entities = _ftm_entities(graph)
    with output.open("w", encoding="utf-8") as fh:
        for entity in entities:
            fh.write(json.dumps(entity, ensure_ascii=False) + "\n")
    return len(entities)


def _neo4j(graph: nx.MultiDiGraph, output: Path) -> int:
    """nodes.csv and relationships.csv for `neo4j-admin database import full`."""
    output.mkdir(parents=True, exist_ok=True)
    with (output / "nodes.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["actorId:ID", "name", "type", "country", ":LABEL"])
        for node, data in graph.nodes(data=True):
            label = "Actor;" + str(data.get("type", "actor")).capitalize()
            writer.writerow([node, data.get("name"), data.get("type"), data.get("country"), label])
    with (output / "relationships.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            [
                ":START_ID",
                ":END_ID",
                ":TYPE",
                "claimId",
                "hedge",
                "timeStart",
                "timeEnd",
                "doc",
                "publisher",
                "sentence",
                "confidence:float",
            ]
        )
        for u, v, key, data in graph.edges(keys=True, data=True):
            writer.writerow(
                [
                    u,
                    v,
                    data["predicate"].upper(),
                    key,
                    data.get("hedge"),
                    data.get("time_start"),
                    data.get("time_end"),
                    data.get("doc"),
                    data.get("publisher"),
                    data.get("sentence"),
                    data.get("confidence"),
                ]
            )
    return int(graph.number_of_edges())


GRAPH_FORMATS: dict[str, Callable[[nx.MultiDiGraph, Path], int]] = {
    "graphml": _graphml,
    "gexf": _gexf,
    "csv": _csv,
    "ftm": _ftm,
    "neo4j": _neo4j,
}


def write_graph(graph: nx.MultiDiGraph, fmt: str, output: str | Path) -> int:
    """Write the claim graph; `csv` and `neo4j` write a folder of files. Returns the count written."""
    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(GRAPH_FORMATS)}")
    return GRAPH_FORMATS[fmt](graph, Path(output))
