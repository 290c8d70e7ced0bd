"""Candidate pairs and what the classifier reads of them."""

from __future__ import annotations

from linkchart.extract.extractors import RULE_EXTRACTORS, build
from linkchart.extract.learned.pairs import candidates, features, label_name, read_label, said_of
from linkchart.extract.nlp.parse import load_pipeline, parse_documents
from linkchart.extract.pipeline import analyse
from tests.helpers import document


def _read(text: str) -> dict[tuple[str, str], list[str]]:
    """Each candidate pair by its two actors' names, with its features."""
    page = document(text)
    [paragraphs] = parse_documents(load_pipeline(), [page], 8)
    assert isinstance(paragraphs, list)
    parsed, clusters, claims = analyse(page, paragraphs, build(RULE_EXTRACTORS))
    said = said_of(claims)
    return {
        (clusters[c.first.cluster].name, clusters[c.second.cluster].name): features(c, clusters, said.get(c.key, ()))
        for c in candidates(parsed, clusters)
    }


def test_each_pair_of_actors_in_a_sentence_once_and_never_two_places() -> None:
    pairs = _read("The Tigers Front attacked the Northern Army in Kandahar and Helmand. The Tigers Front won.")
    assert set(pairs) == {
        ("Tigers Front", "Northern Army"),
        ("Tigers Front", "Kandahar"),
        ("Tigers Front", "Helmand"),
        ("Northern Army", "Kandahar"),
        ("Northern Army", "Helmand"),
    }


def test_features_hold_types_path_trigger_and_what_the_rules_said() -> None:
    found = _read("The Tigers Front attacked the Northern Army.")[("Tigers Front", "Northern Army")]
    assert "types=organization|organization" in found
    assert "top=attack" in found and "ptrigger=fights" in found and "edges=nsubj^/vdobj" in found
    assert "rule=fights" in found and "rules=1" in found


def test_a_later_item_of_a_list_is_read_by_the_path_to_the_first() -> None:
    pairs = _read("The Tigers Front operates in Kandahar and Helmand.")
    path = [f for f in pairs[("Tigers Front", "Kandahar")] if f.startswith(("edges=", "top="))]
    assert path and path == [f for f in pairs[("Tigers Front", "Helmand")] if f.startswith(("edges=", "top="))]


def test_labels_read_in_text_order_and_back() -> None:
    assert label_name("leads", True) == "leads>" and label_name("leads", False) == "leads<"
    assert label_name("fights", False) == "fights"  # symmetric: no arrow
    assert read_label("leads<") == ("leads", False) and read_label("fights") == ("fights", True)
