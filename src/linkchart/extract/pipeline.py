"""Documents in, `Extraction`s out: parse, find mentions, resolve them, run the extractors."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from linkchart.errors import IngestError
from linkchart.extract.extractors import DEFAULT_EXTRACTORS, Extractor, build
from linkchart.extract.extractors.claims import civil_reading
from linkchart.extract.mentions.coref import unnamed_collective
from linkchart.extract.mentions.find import ParsedDocument, find_mentions
from linkchart.extract.mentions.topic import lead_name, page_actor
from linkchart.extract.nlp.parse import Paragraph, load_pipeline, parse_documents
from linkchart.extract.time import DocumentDates
from linkchart.model import ActorCluster, Claim, Document, Extraction, vocabulary
from linkchart.resolve.cluster import cluster_mentions


def extract_documents(
    documents: Sequence[Document], extractor_names: Sequence[str] = DEFAULT_EXTRACTORS, batch_size: int = 64
) -> list[Extraction | IngestError]:
    """Run the whole extract stage over a batch of documents (one nlp.pipe stream). A document
    that breaks any stage gives an `IngestError` in its place, naming the stage and the reason;
    the others are extracted as usual."""
    nlp = load_pipeline()
    extractors = build(extractor_names)
    results: list[Extraction | IngestError] = []
    for document, paragraphs in zip(documents, parse_documents(nlp, list(documents), batch_size), strict=True):
        if isinstance(paragraphs, Exception):
            results.append(_failed(document, "parse", paragraphs))
            continue
        try:
            results.append(_extract(document, paragraphs, extractors))
        except Exception as exc:  # a bug met on this document's text must not stop the batch
            results.append(_failed(document, "extract", exc))
    return results


def alias_pairs(parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[tuple[int, int]]:
    """The names an alias field lists ("aka X; Y", "Aliases: ...") paired with a mention of
    the page's subject (`page_actor`: the first actor its title names, else the organization
    it mentions most), as a first clustering found them."""
    fields = {p.index for p in parsed.paragraphs if p.label in vocabulary().infobox_alias_labels}
    subject = page_actor(parsed, clusters) if fields else None
    if subject is None:
        return []
    anchor = next(m.index for m in parsed.mentions if m.cluster == subject)
    return [
        (anchor, m.index)
        for m in parsed.mentions
        if parsed.sentences[m.sentence].paragraph in fields and clusters[m.cluster].type != "location"
    ]


def _failed(document: Document, stage: str, exc: Exception) -> IngestError:
    message = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
    return IngestError(document.path, f"failed in {stage}: {type(exc).__name__}: {message}".rstrip(": "))


def analyse(
    document: Document, paragraphs: list[Paragraph], extractors: Sequence[Extractor]
) -> tuple[ParsedDocument, list[ActorCluster], list[Claim]]:
    """One parsed document's mentions, their clusters and the claims the extractors make of
    them, in the extractors' order (a back-off one sees the claims made before it and adds its
    own; a revising one returns the list revised)."""
    parsed = find_mentions(paragraphs)
    dates = DocumentDates(parsed, document.date)
    parsed.times = [dates.scope(i) for i in range(len(parsed.sentences))]
    clusters = cluster_mentions(parsed.mentions, document.text)
    lead = lead_name(parsed, clusters)
    if same := alias_pairs(parsed, clusters) + ([lead] if lead else []):
        clusters = cluster_mentions(parsed.mentions, document.text, same)
    claims: list[Claim] = []
    for extractor in extractors:
        if getattr(extractor, "revises", False):
            claims = extractor(document, parsed, clusters, claims)  # type: ignore[call-arg]
        elif getattr(extractor, "backoff", False):
            claims += extractor(document, parsed, clusters, claims)  # type: ignore[call-arg]
        else:
            claims += extractor(document, parsed, clusters)
    read = [civil_reading(c, clusters) for c in claims]
    return parsed, clusters, dates.date_claims([c for c in read if c is not None])


def _extract(document: Document, paragraphs: list[Paragraph], extractors: list[Extractor]) -> Extraction:
    parsed, clusters, claims = analyse(document, paragraphs, extractors)
    return acting(Extraction(document, parsed.sentences, parsed.mentions, clusters, claims))


def acting(extraction: Extraction) -> Extraction:
    """The extraction without the collectives that act as nothing: an unnamed collective in
    lower-case words ("militants", "young men", "rebel groups") that no claim of the document
    is about is no actor (ANNOTATION.md: "not generic words that act as nothing"). Clusters are
    numbered anew, in their order."""
    said = {c.subject for c in extraction.claims} | {c.object for c in extraction.claims}
    idle = {c.id for c in extraction.clusters if unnamed_collective(c) and c.id not in said and c.name.islower()}
    if not idle:
        return extraction
    kept = [c for c in extraction.clusters if c.id not in idle]
    number = {c.id: i for i, c in enumerate(kept)}
    return dataclasses.replace(
        extraction,
        mentions=[
            dataclasses.replace(m, cluster=number[m.cluster]) for m in extraction.mentions if m.cluster not in idle
        ],
        clusters=[dataclasses.replace(c, id=number[c.id]) for c in kept],
        claims=[dataclasses.replace(c, subject=number[c.subject], object=number[c.object]) for c in extraction.claims],
    )
