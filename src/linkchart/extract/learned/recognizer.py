"""Fine-tune the small English model's entity recognizer on the names the training gold lists
(`make train` runs it before the relation classifier, whose features read its entities).

The base recognizer learnt the names of newswire: it reads "Katibat Imam Termizi" as a person,
"HAF" as nothing and "Panjgur" as a body. The gold lists every name a document uses for each
entity, though not where: each name is found where the text writes it (whole words, in the
pieces spaCy reads at ingest, `parse.read_units`) and takes its entity's label. Everything else
in the piece keeps what the base recognizer reads there (dates, numbers, peoples, the names the
gold does not list), so that it learns this field's names without forgetting the rest
(pseudo-rehearsal). Where the base recognizer reads a name as a country or a people ("France"
for its troops), or opens it with a people ("Malian army", "Pakistani authorities"), its
reading stands: the pipeline's rules make those actors, and a recognizer taught to read
"Pakistani authorities" as a body of its own made it a second node beside Pakistan. Only the
recognizer's weights change (it has its own tok2vec); the tagger and parser are the base
model's."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans
from thinc.api import fix_random_seed

from linkchart.extract.nlp.parse import MODEL, read_units
from linkchart.ingest.readers import read_document

__all__ = ["gold_names", "reference", "train_recognizer"]

_LABELS = {"person": "PERSON", "organization": "ORG", "location": "GPE"}
# the base recognizer's labels a gold name of each type keeps ("Pakistan" acting: a state), where
# it reads the name as one
_KEPT = {
    "person": frozenset(),
    "organization": frozenset({"GPE", "NORP"}),
    "location": frozenset({"GPE", "LOC", "FAC"}),
}


def gold_names(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """The names, with their entity's type, that a recognizer should find: capitalised names
    of persons, bodies and places. Collectives ("Arab fighters") and references ("the group")
    are the rules' to find, and an optional entity is one the gold does not insist on."""
    return [
        (name, entity["type"])
        for entity in gold["entities"].values()
        if entity["type"] in _LABELS and not entity.get("optional")
        for name in entity["names"]
        if len(name) > 1 and name[0].isupper() and not name.lower().startswith("the ")
    ]


def reference(doc: Doc, names: Sequence[tuple[str, str]]) -> Doc:
    """What the recognizer should read in `doc` (the base recognizer's reading): the gold's
    names where the text writes them (the longest where they overlap), and the base reading's
    entities that no name overlaps."""
    found = []
    for name, kind in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
            span = doc.char_span(match.start(), match.end())
            if span is None:  # a name inside a token ("HAF's" is split, "HAFs" is not)
                continue
            base = {e.label_ for e in doc.ents if (e.start, e.end) == (span.start, span.end)} & _KEPT[kind]
            if not base and kind == "organization" and _read_as(doc, span[:1], "NORP"):
                continue  # "Malian" in "Malian army", "Pakistani authorities": the base reading stands
            found.append(Span(doc, span.start, span.end, label=min(base) if base else _LABELS[kind]))
    names_read = filter_spans(found)
    taken = {i for span in names_read for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if taken.isdisjoint(range(e.start, e.end))]
    target = doc.copy()
    target.set_ents([Span(target, s.start, s.end, label=s.label_) for s in sorted([*names_read, *kept])])
    return target


def _read_as(doc: Doc, span: Span, label: str) -> bool:
    """Whether the base reading has an entity of `label` over any of the span's tokens."""
    return any(e.label_ == label and e.start < span.end and span.start < e.end for e in doc.ents)


def train_recognizer(
    paths: Sequence[Path], rehearsed: Sequence[Path], recipe: dict[str, Any], out: Path
) -> dict[str, float]:
    """Fine-tune the base model's recognizer on the gold documents at `paths`, and on the texts
    at `rehearsed` as the base recognizer reads them, as the recipe's `recognizer` says
    (epochs, dropout, batch; its seed); write its weights to `out`; return each epoch's loss."""
    fix_random_seed(recipe["seed"])
    nlp = spacy.load(MODEL)
    with nlp.select_pipes(enable=["ner"]):
        examples = [*_examples(nlp, paths, gold=True), *_examples(nlp, rehearsed, gold=False)]
        optimizer = nlp.resume_training()
        order, losses = random.Random(recipe["seed"]), {}
        for epoch in range(recipe["recognizer"]["epochs"]):
            order.shuffle(examples)
            loss: dict[str, float] = {}
            size = recipe["recognizer"]["batch"]
            for start in range(0, len(examples), size):
                nlp.update(
                    examples[start : start + size], sgd=optimizer, drop=recipe["recognizer"]["dropout"], losses=loss
                )
            losses[str(epoch)] = round(float(loss["ner"]), 1)
    out.mkdir(parents=True, exist_ok=True)
    # its weights, labels and config; not the strings it met (1.3 MB), which its hashed features
    # do not need
    nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])  # type: ignore[attr-defined]
    return losses


def _examples(nlp: Language, paths: Sequence[Path], gold: bool) -> list[Example]:
    """One example per piece of each document that ingest reads, with its gold names where
    `gold` (else as the base recognizer reads it)."""
    examples = []
    for path in paths:
        names = gold_names(json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))) if gold else []
        texts = [text for _, text in read_units(read_document(path))]
        for text, doc in zip(texts, nlp.pipe(texts), strict=True):
            examples.append(Example(nlp.make_doc(text), reference(doc, names)))
    return examples
