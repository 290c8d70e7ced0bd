"""Predicates are data: an 18th predicate added to the vocabulary (with its trigger) reaches the
profile, the support chains, the exports and the workbench's graph with no code changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from linkchart.analyze.chains import support_flow
from linkchart.analyze.profile import profile_sections
from linkchart.analyze.views import graph_payload
from linkchart.api import ingest
from linkchart.corpus import Corpus
from linkchart.export.graphs import write_graph
from linkchart.model import loader, vocabulary

DRILLS = {
    "direction": "trainer -> trainee",
    "class": "ally",
    "sign": 1,
    "label": "drills",
    "profile": {"subject": "supports", "object": "sponsors"},
    "support_flow": "forward",
}


@pytest.fixture
def eighteen_predicates(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    original = loader._read_yaml

    def with_drills(name: str) -> dict[str, Any]:
        loaded = original(name)
        if name == "predicates.yaml":
            loaded["predicates"] = {**loaded["predicates"], "drills": DRILLS}
        if name == "triggers.yaml":
            rule = {"lemmas": ["drill"], "predicate": "drills", "subject": ["nsubj"], "object": ["dobj"]}
            loaded["verbs"] = [rule, *loaded["verbs"]]
        return loaded

    monkeypatch.setattr(loader, "_read_yaml", with_drills)
    vocabulary.cache_clear()
    yield
    monkeypatch.undo()
    vocabulary.cache_clear()


def test_an_eighteenth_predicate_reaches_every_view(eighteen_predicates: None, tmp_path: Path) -> None:
    assert ("drills", "subject") in profile_sections()["supports"]
    assert support_flow()["drills"] is True
    report = tmp_path / "drills.txt"
    report.write_text("In 2005 the Tigers Front drilled the Northern Army.", encoding="utf-8")
    ingest([report], tmp_path / "store.db")
    with Corpus(tmp_path / "store.db") as corpus:
        graph = corpus.graph()
        [edge] = [d for _, _, d in graph.edges(data=True) if d["predicate"] == "drills"]
        assert edge["class"] == "ally" and edge["sign"] == 1
        trainer = next(n for n, d in graph.nodes(data=True) if d["name"] == "Tigers Front")
        profile = corpus.profile(trainer)
        assert [line["name"] for line in profile["sections"]["supports"]] == ["Northern Army"]
        drawn = graph_payload(corpus)
        assert [e["colour"] for e in drawn["edges"] if e["predicate"] == "drills"] == ["#2e7d32"]
        write_graph(graph, "ftm", tmp_path / "net.ftm.json")
        write_graph(graph, "graphml", tmp_path / "net.graphml")
    links = [json.loads(line) for line in (tmp_path / "net.ftm.json").read_text().splitlines()]
    assert any(e["schema"] == "UnknownLink" and e["properties"].get("role") == ["drills"] for e in links)
    assert "drills" in (tmp_path / "net.graphml").read_text()
