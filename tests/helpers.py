"""Small helpers the tests share: run the rule extractors on a sentence and read its claims
(the trained model's own tests are in tests/extract/learned)."""

from __future__ import annotations

import hashlib

from linkchart.extract import extract_documents
from linkchart.extract.extractors import RULE_EXTRACTORS, build
from linkchart.extract.nlp.parse import load_pipeline, parse_documents
from linkchart.extract.pipeline import analyse
from linkchart.model import Document, Extraction


def document(text: str, name: str = "test", date: str | None = None) -> Document:
    return Document(
        id=hashlib.sha256(text.encode()).hexdigest(),
        path=f"{name}.txt",
        name=name,
        title=None,
        text=text,
        date=date,
        media_type="text/plain",
    )


def extract(text: str, date: str | None = None) -> Extraction:
    [extraction] = extract_documents([document(text, date=date)], RULE_EXTRACTORS)
    assert isinstance(extraction, Extraction), extraction  # an IngestError names the stage that failed
    return extraction


def triples(text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) names of the non-negated claims in `text`."""
    x = extract(text)
    return {(x.clusters[c.subject].name, c.predicate, x.clusters[c.object].name) for c in x.claims if not c.negated}


def names(text: str) -> dict[str, str]:
    """Each actor's name in `text` with its type."""
    x = extract(text)
    return {c.name: c.type for c in x.clusters}


def mentioned(text: str) -> dict[str, str]:
    """Each actor `text` mentions, with its type, before those that act as nothing are left out
    (`pipeline.acting`): what mention finding found."""
    page = document(text)
    [paragraphs] = parse_documents(load_pipeline(), [page])
    assert isinstance(paragraphs, list), paragraphs
    parsed, clusters, _ = analyse(page, paragraphs, build(RULE_EXTRACTORS))
    return {clusters[m.cluster].name: clusters[m.cluster].type for m in parsed.mentions}


def clusters_of(text: str) -> dict[str, set[str]]:
    """Each actor's name in `text` with the names it was given."""
    return {c.name: c.names for c in extract(text).clusters}


def actor_of_mention(text: str) -> dict[str, str]:
    """Each mention's text with the name of the actor it resolved to."""
    x = extract(text)
    return {m.text: x.clusters[m.cluster].name for m in x.mentions}
