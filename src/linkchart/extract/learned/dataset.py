"""Training examples: every candidate pair of a gold-annotated corpus, read by the same
pipeline that ingest runs (reader, parse, mentions, clusters, the rule extractors), with its
features, its gold labels and what the rules said of it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from linkchart.extract.extractors import RULE_EXTRACTORS, build
from linkchart.extract.learned.labels import GoldIndex
from linkchart.extract.learned.pairs import candidates, features, said_of
from linkchart.extract.nlp.parse import load_pipeline, parse_documents
from linkchart.extract.pipeline import analyse
from linkchart.ingest.readers import read_document

__all__ = ["Example", "examples", "gold_documents"]


@dataclass(frozen=True)
class Example:
    doc: str
    features: tuple[str, ...]  # `pairs.features`, what the rules said of the pair among them
    labels: tuple[str, ...]  # what the gold says of it
    rules: tuple[str, ...]  # what the rules said of it, as `RelationModel.decide` takes it


def gold_documents(folders: Iterable[Path]) -> list[Path]:
    """The texts of the folders that have a gold file beside them, in name order."""
    return sorted(p for folder in folders for p in folder.glob("*.txt") if p.with_suffix(".gold.json").exists())


def examples(paths: list[Path], recognizer: Path | None = None, batch_size: int = 32) -> Iterator[Example]:
    """The labelled candidate pairs of each gold document (pairs the gold relates only in
    another sentence are left out), read with the entity recognizer in `recognizer` (the
    bundled model's by default)."""
    nlp, rules = load_pipeline(recognizer), build(RULE_EXTRACTORS)
    documents = [read_document(p) for p in paths]
    for path, document, paragraphs in zip(paths, documents, parse_documents(nlp, documents, batch_size), strict=True):
        if isinstance(paragraphs, Exception):
            continue
        gold = GoldIndex(json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8")))
        parsed, clusters, claims = analyse(document, paragraphs, rules)
        entities = gold.entities(parsed)
        said = said_of(claims)
        for candidate in candidates(parsed, clusters):
            sentence = candidate.first.sentence
            labels = gold.labels(candidate, entities, parsed.sentences[sentence].text)
            if labels is None:
                continue
            told = said.get(candidate.key, set())
            yield Example(path.stem, tuple(features(candidate, clusters, told)), tuple(labels), tuple(sorted(told)))
