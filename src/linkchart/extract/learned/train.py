"""Train `linkchart.relations.model.v1` (`make train`): `python -m linkchart.extract.learned.train`.

Following `recipe.yaml`: fine-tune the entity recognizer on the training gold's names
(`recognizer.py`), once without the held-out synthetic fold and once on everything; read every
gold-annotated training document through the ingest pipeline (`dataset.examples`) with the
recognizer trained without the fold; fit a multinomial logistic regression (scikit-learn,
L-BFGS, deterministic) without the fold; choose the decision thresholds on that fold and the
real pages of `tune`; measure a learning curve (25/50/100% of the training documents); then
read the training documents again with the recognizer trained on everything, fit again, and
write both models (`relations-v1/` and, for measuring, `relations-v1-fold/`, each with its
recognizer in `ner/`) with their figures (`figures.json`)."""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from scipy import sparse

from linkchart.extract.learned.dataset import Example, examples, gold_documents
from linkchart.extract.learned.model import BUNDLED, RECOGNIZER, RelationModel
from linkchart.extract.learned.pairs import NONE, read_label
from linkchart.extract.learned.recognizer import train_recognizer
from linkchart.model import vocabulary

RECIPE = Path(__file__).with_name("recipe.yaml")
FOLD = BUNDLED.with_name(BUNDLED.name + "-fold")


def load_recipe(path: Path = RECIPE) -> dict[str, Any]:
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def held_out(name: str, modulo: int | None = None) -> bool:
    """Whether a document is in the fixed held-out fold (chosen by its name alone)."""
    return zlib.crc32(name.encode()) % (modulo or load_recipe()["fold"]["modulo"]) == 0


def fit(train: Sequence[Example], recipe: dict[str, Any]) -> RelationModel:
    """A logistic regression over the examples' features (a pair with two gold labels is two rows)."""
    from sklearn.linear_model import LogisticRegression  # training only: inference needs numpy

    seen: dict[str, int] = {}
    for example in train:
        for feature in set(example.features):
            seen[feature] = seen.get(feature, 0) + 1
    names = sorted(f for f, n in seen.items() if n >= recipe["min_count"])
    columns = {f: i for i, f in enumerate(names)}
    rows = [(e, label) for e in train for label in e.labels]
    indices = [sorted({columns[f] for f in e.features if f in columns}) for e, _ in rows]
    matrix = sparse.csr_matrix(
        (
            np.ones(sum(map(len, indices))),
            np.concatenate([np.array(i, dtype=np.int64) for i in indices]),
            np.cumsum([0, *map(len, indices)]),
        ),
        shape=(len(rows), len(names)),
    )
    regression = LogisticRegression(C=recipe["C"], max_iter=3000, random_state=recipe["seed"])
    regression.fit(matrix, [label for _, label in rows])
    config = {k: recipe[k] for k in ("seed", "C", "min_count")} | {"threshold": 0.5, "veto": 0.0}
    config |= {"firm_confidence": recipe["firm"]["confidence"], "firm_veto": recipe["firm"]["veto"]}
    return RelationModel(columns, tuple(regression.classes_), regression.coef_.T.copy(), regression.intercept_, config)


def pair_scores(model: RelationModel, test: Sequence[Example]) -> dict[str, dict[str, float]]:
    """Strict (predicate and direction) and coarse (class) P/R/F1 over the test pairs."""
    return _prf(_counts(model, test, model.probabilities([e.features for e in test])))


def _counts(model: RelationModel, test: Sequence[Example], rows: np.ndarray) -> dict[str, np.ndarray]:
    """True positives, false positives and false negatives of the model's decisions over the
    test pairs, given their class probabilities (`rows`), strict and coarse."""
    coarse = {name: p.klass for name, p in vocabulary().predicates.items()}
    counts = {"strict": np.zeros(3, dtype=int), "coarse": np.zeros(3, dtype=int)}
    for example, row in zip(test, rows, strict=True):
        scores = dict(zip(model.classes, row.tolist(), strict=True))
        given, gold = model.decide(scores, example.rules), set(example.labels) - {NONE}
        for kind, found, truth in (
            ("strict", given, gold),
            ("coarse", {coarse[read_label(g)[0]] for g in given}, {coarse[read_label(g)[0]] for g in gold}),
        ):
            counts[kind] += (len(found & truth), len(found - truth), len(truth - found))
    return counts


def _prf(counts: dict[str, np.ndarray]) -> dict[str, dict[str, float]]:
    found = {}
    for kind, (tp, fp, fn) in counts.items():
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        found[kind] = {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3)}
    return found


def tune(
    model: RelationModel, held: Sequence[Example], real: Sequence[Example], recipe: dict[str, Any]
) -> RelationModel:
    """The model with the threshold and veto that give the best mean of the strict F1 on the
    held-out fold and on the real pages (each set weighs the same, so the fold's many pairs do
    not outvote the real pages users bring), among those that keep the real pages' precision
    at least the rules' own (a model that adds recall by making the real pages less
    trustworthy is no gain); of those within the recipe's `tolerance` of the best, the most
    precise on the real pages. The probabilities do not depend on the thresholds: they are
    computed once."""
    rows = {name: model.probabilities([e.features for e in part]) for name, part in (("held", held), ("real", real))}

    def scores(threshold: float, veto: float) -> tuple[float, float]:
        """The mean strict F1 of the two sets, and strict precision on the real pages."""
        trial = model.deciding(threshold, veto)
        on_real = _prf({"real": _counts(trial, real, rows["real"])["strict"]})["real"]
        on_held = _prf({"held": _counts(trial, held, rows["held"])["strict"]})["held"]
        return (on_real["f1"] + on_held["f1"]) / 2, on_real["p"]

    floor = scores(1.01, 0.0)[1]  # the rules' decisions alone
    trials = {tv: scores(*tv) for tv in itertools.product(recipe["thresholds"], recipe["vetoes"])}
    allowed = [tv for tv, (_, precision) in trials.items() if precision >= floor] or list(trials)
    best = max(trials[tv][0] for tv in allowed)
    # F1 is flat near its best: of the settings within `tolerance` of it, the one the real pages
    # can trust most
    near = [tv for tv in allowed if trials[tv][0] >= best - recipe["tolerance"]]
    return model.deciding(*max(near, key=lambda tv: (trials[tv][1], trials[tv][0])))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recipe", type=Path, default=RECIPE)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[5], help="where shared/ is")
    parser.add_argument("--out", type=Path, default=BUNDLED)
    parser.add_argument("--fold-out", type=Path, default=FOLD)
    args = parser.parse_args(argv)
    recipe = load_recipe(args.recipe)
    started = time.perf_counter()
    fold_ner = args.fold_out / RECOGNIZER  # the fold model's examples are read with the fold's recognizer
    fold = recipe["fold"]
    named = gold_documents(args.root / f for f in recipe["recognizer"]["train"])
    rehearsed = sorted(p for f in recipe["recognizer"]["rehearse"] for p in (args.root / f).glob("*.txt"))
    recognizers = {
        "fold": train_recognizer(
            [p for p in named if not held_out(p.stem, fold["modulo"])], rehearsed, recipe, fold_ner
        ),
        "all": train_recognizer(named, rehearsed, recipe, args.out / RECOGNIZER),
    }
    read = {key: _read(args.root, recipe[key], fold_ner) for key in ("train", "tune", "measure")}
    train = [e for e in read["train"] if not held_out(e.doc, fold["modulo"])]
    held = [e for e in read["train"] if held_out(e.doc, fold["modulo"])]
    model = tune(fit(train, recipe), held, read["tune"], recipe)
    tested = {"held-out fold": held, "tune": read["tune"], "measure": read["measure"]}
    figures: dict[str, Any] = {"thresholds": {k: model.config[k] for k in ("threshold", "veto")}, "curve": {}}
    documents = sorted({e.doc for e in train})
    random.Random(recipe["seed"]).shuffle(documents)
    for share in recipe["curve"]:
        chosen = set(documents[: round(share * len(documents))])
        partial = fit([e for e in train if e.doc in chosen], recipe)
        partial = partial.deciding(**figures["thresholds"])
        figures["curve"][str(share)] = {name: pair_scores(partial, part) for name, part in tested.items()}
    model.save(args.fold_out)
    final = fit(_read(args.root, recipe["train"], args.out / RECOGNIZER), recipe)
    final.deciding(**figures["thresholds"]).save(args.out)
    figures |= {
        "recognizer losses": recognizers,
        "examples": {k: len(v) for k, v in read.items()},
        "seconds": round(time.perf_counter() - started),
    }
    (args.out / "figures.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    return 0


def _read(root: Path, folders: Sequence[str], recognizer: Path) -> list[Example]:
    return list(examples(gold_documents(root / f for f in folders), recognizer))


if __name__ == "__main__":
    raise SystemExit(main())
