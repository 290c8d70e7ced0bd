"""The trained relation classifier as data: a multinomial logistic regression over feature
strings, kept as the strings it knows, its classes and its weights (`weights.npz`), with the
recipe and the decision thresholds it was tuned to (`config.json`) beside them.

Inference is a sum of weight rows and a softmax in numpy: nothing to unpickle, nothing that
breaks when scikit-learn (which trains it, `train.py`) moves on. `LINKCHART_RELATIONS_MODEL`
names another model folder (one `make train` wrote elsewhere, or one trained without a fold);
a model folder also holds the entity recognizer trained with it (`recognizer.py`), in `ner/`."""

from __future__ import annotations

import dataclasses
import functools
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from linkchart.errors import LinkchartError

__all__ = ["BUNDLED", "RECOGNIZER", "RelationModel", "load_model", "recognizer_folder"]

BUNDLED = Path(__file__).with_name("relations-v1")
RECOGNIZER = "ner"  # the folder, in a model's, of the entity recognizer it was trained with
_WEIGHTS, _CONFIG = "weights.npz", "config.json"


@dataclass(frozen=True)
class RelationModel:
    features: dict[str, int]  # feature string -> its column
    classes: tuple[str, ...]  # "none", a symmetric predicate, or a predicate with > or <
    coef: np.ndarray  # (features, classes)
    intercept: np.ndarray  # (classes,)
    config: dict[str, Any]

    @property
    def threshold(self) -> float:
        """The least probability at which the model makes a claim of its own."""
        return float(self.config["threshold"])

    @property
    def veto(self) -> float:
        """A rule's claim on a pair the model read is dropped below this probability."""
        return float(self.config["veto"])

    @property
    def firm(self) -> tuple[float, float]:
        """(confidence, veto): a rule's claim at least this confident (read straight from the
        syntax, no role guessed) is dropped only below this lower probability. A model saved
        without them vetoes every rule's claim alike."""
        return float(self.config.get("firm_confidence", 1.0)), float(self.config.get("firm_veto", self.veto))

    def decide(self, scores: dict[str, float], rules: Iterable[str], firm: Iterable[str] = ()) -> set[str]:
        """The classes a pair is given: each the model holds at least `threshold` likely, and
        each the rules gave it that the model does not hold less than `veto` likely (`firm`
        ones: less than the firm veto; a class it was never trained on, such as a predicate
        added since, it cannot judge)."""
        mine = {label for label, p in scores.items() if p >= self.threshold}
        kept = {label for label in rules if scores.get(label, 1.0) >= self.veto}
        _, firm_veto = self.firm
        kept |= {label for label in firm if scores.get(label, 1.0) >= firm_veto}
        return (mine | kept) - {"none"}

    def probabilities(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """Each row's class probabilities (rows of feature strings; unknown ones count nothing)."""
        scores = np.tile(self.intercept, (len(rows), 1))
        for n, row in enumerate(rows):
            columns = [self.features[f] for f in set(row) if f in self.features]
            if columns:
                scores[n] += self.coef[columns].sum(axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        odds = np.exp(scores)
        shares: np.ndarray = odds / odds.sum(axis=1, keepdims=True)
        return shares

    def deciding(self, threshold: float, veto: float) -> RelationModel:
        """The same weights with other decision thresholds."""
        return dataclasses.replace(self, config=self.config | {"threshold": threshold, "veto": veto})

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        names = sorted(self.features, key=self.features.__getitem__)
        np.savez_compressed(
            folder / _WEIGHTS,
            features=np.array(names),
            classes=np.array(self.classes),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
        )
        (folder / _CONFIG).write_text(json.dumps(self.config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def model_folder() -> Path:
    return Path(os.environ.get("LINKCHART_RELATIONS_MODEL") or BUNDLED)


def recognizer_folder(folder: Path | None = None) -> Path | None:
    """The entity recognizer's weights trained with the relation model in `folder` (its
    `ner/`): the model's features read that recognizer's entities, so the two go together.
    None for a model folder without one (the base model's recognizer is then read)."""
    recognizer = (folder or model_folder()) / RECOGNIZER
    return recognizer if recognizer.is_dir() else None


def load_model(folder: Path | None = None) -> RelationModel:
    """The model in `folder` (the bundled one unless `LINKCHART_RELATIONS_MODEL` names another)."""
    return _load(folder or model_folder())


@functools.cache
def _load(folder: Path) -> RelationModel:
    try:
        with np.load(folder / _WEIGHTS, allow_pickle=False) as weights:
            names = [str(n) for n in weights["features"]]
            classes = tuple(str(c) for c in weights["classes"])
            coef, intercept = weights["coef"].astype(np.float64), weights["intercept"].astype(np.float64)
        config = json.loads((folder / _CONFIG).read_text(encoding="utf-8"))
    except (OSError, KeyError, ValueError) as exc:
        raise LinkchartError(f"no relation model in {folder}: {exc} (run `make train`)") from exc
    return RelationModel({n: i for i, n in enumerate(names)}, classes, coef, intercept, config)
