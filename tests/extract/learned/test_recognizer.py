"""The entity recognizer's training data (gold names projected onto the text, the base reading
kept elsewhere), a short fine-tuning run on pages of our own, and the bundled recognizer that
ingest loads."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from linkchart.extract.learned.model import BUNDLED, RECOGNIZER, recognizer_folder
from linkchart.extract.learned.recognizer import gold_names, reference, train_recognizer
from linkchart.extract.learned.train import load_recipe
from linkchart.extract.nlp.parse import MODEL, load_pipeline

GOLD = {
    "entities": {
        "kit": {"type": "organization", "names": ["Katibat Imam Termizi", "KIT", "the group"]},
        "malian_forces": {"type": "organization", "names": ["Malian army"]},
        "gao": {"type": "location", "names": ["Gao"]},
        "herders": {"type": "group", "names": ["Fulani herders"]},
        "area": {"type": "location", "names": ["Menaka"], "optional": True},
    }
}
TEXT = "In March 2021 Katibat Imam Termizi (KIT) fought Malian army units near Gao, Fulani herders said."


def _base() -> spacy.language.Language:
    return spacy.load(MODEL, enable=["ner"])


def test_gold_names_are_the_capitalised_names_of_persons_bodies_and_places() -> None:
    assert gold_names(GOLD) == [
        ("Katibat Imam Termizi", "organization"),
        ("KIT", "organization"),
        ("Malian army", "organization"),
        ("Gao", "location"),
    ]


def test_the_target_holds_the_gold_names_and_the_base_reading_elsewhere() -> None:
    doc = _base()(TEXT)
    target = {(e.text, e.label_) for e in reference(doc, gold_names(GOLD)).ents}
    assert {("Katibat Imam Termizi", "ORG"), ("KIT", "ORG")} <= target
    assert ("Gao", "GPE") in target or ("Gao", "LOC") in target
    assert ("March 2021", "DATE") in target  # the base reading of what the gold does not list
    assert ("Malian army", "ORG") not in target  # a name opened by a people keeps the base reading
    assert not any("Termizi" in text and text != "Katibat Imam Termizi" for text, _ in target)


def test_a_short_run_learns_the_names_and_writes_weights_ingest_can_load(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{TEXT}\n\nKatibat Imam Termizi attacked Gao again in 2022.\n", encoding="utf-8")
    page.with_suffix(".gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    recipe = load_recipe() | {"recognizer": {"epochs": 8, "dropout": 0.0, "batch": 4}}
    losses = train_recognizer([page], [], recipe, tmp_path / RECOGNIZER)
    assert list(losses) == [str(e) for e in range(8)] and losses["7"] < losses["0"]
    nlp = load_pipeline(tmp_path / RECOGNIZER)
    assert ("Katibat Imam Termizi", "ORG") in {(e.text, e.label_) for e in nlp(TEXT).ents}


def test_ingest_reads_with_the_recognizer_trained_beside_the_relation_model() -> None:
    assert recognizer_folder() == BUNDLED / RECOGNIZER
    assert recognizer_folder(BUNDLED.parent) is None  # a folder without one: the base recognizer
    tuned = _base()
    tuned.get_pipe("ner").from_disk(BUNDLED / RECOGNIZER, exclude=["vocab"])
    text = "HAF fought Harakat al-Ansar al-Farghana near Gao."
    # the base recognizer misses the acronym, reads the group as a person and the town as one
    assert {(e.text, e.label_) for e in _base()(text).ents} != {(e.text, e.label_) for e in tuned(text).ents}
    assert {(e.text, e.label_) for e in tuned(text).ents} == {
        ("HAF", "ORG"),
        ("Harakat al-Ansar al-Farghana", "ORG"),
        ("Gao", "GPE"),
    }
