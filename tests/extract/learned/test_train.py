"""Training end to end on two small gold documents of our own: candidate pairs are read by the
ingest pipeline, labelled from the gold's evidence, fitted and tuned; the model then gives the
training pairs their labels back."""

from __future__ import annotations

import json
from pathlib import Path

from linkchart.extract.learned.dataset import examples, gold_documents
from linkchart.extract.learned.pairs import NONE
from linkchart.extract.learned.train import fit, held_out, load_recipe, pair_scores, tune

PAGES = {
    "front": (
        "The Tigers Front fought the Northern Army in 2004. The Tigers Front received weapons from the "
        "Southern League. Omar Farouk leads the Tigers Front.",
        {
            "tf": ["Tigers Front"],
            "na": ["Northern Army"],
            "sl": ["Southern League"],
            "of": ["Omar Farouk"],
        },
        [
            ("tf", "fights", "na", "The Tigers Front fought the Northern Army in 2004"),
            ("sl", "supports", "tf", "The Tigers Front received weapons from the Southern League"),
            ("of", "leads", "tf", "Omar Farouk leads the Tigers Front"),
        ],
    ),
    "league": (
        "The Southern League attacked the Eastern Brigade. The Northern Army met the Eastern Brigade. "
        "The Southern League funded the Northern Army.",
        {"sl": ["Southern League"], "eb": ["Eastern Brigade"], "na": ["Northern Army"]},
        [
            ("sl", "fights", "eb", "The Southern League attacked the Eastern Brigade"),
            ("sl", "supports", "na", "The Southern League funded the Northern Army"),
        ],
    ),
}


def _write(folder: Path) -> None:
    for name, (text, names, claims) in PAGES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {
            "doc": name,
            "entities": {k: {"type": "organization", "names": v} for k, v in names.items()},
            "claims": [{"s": s, "p": p, "o": o, "evidence": e} for s, p, o, e in claims],
        }
        (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_training_reads_labels_from_gold_and_learns_them_back(tmp_path: Path) -> None:
    _write(tmp_path)
    (tmp_path / "no-gold.txt").write_text("The Tigers Front fought.", encoding="utf-8")
    paths = gold_documents([tmp_path])
    assert [p.stem for p in paths] == ["front", "league"]
    found = list(examples(paths))
    labels = {(e.doc, e.labels) for e in found}
    assert ("front", ("fights",)) in labels and ("league", ("supports>",)) in labels
    assert ("league", (NONE,)) in labels  # "met" relates nothing the gold knows
    recipe = load_recipe() | {"min_count": 1, "C": 10.0}
    model = tune(fit(found, recipe), found, found, recipe)
    assert model.config["threshold"] in recipe["thresholds"] and model.config["veto"] in recipe["vetoes"]
    assert pair_scores(model, found)["strict"]["f1"] >= 0.8


def test_the_held_out_fold_is_fixed_by_document_name() -> None:
    names = [f"syn-s{s}-{n:03d}" for s in range(1, 7) for n in range(1, 61)]
    fold = [n for n in names if held_out(n)]
    assert fold == [n for n in names if held_out(n)]
    assert 0.15 < len(fold) / len(names) < 0.25
