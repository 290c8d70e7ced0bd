"""Documents in, `Extraction`s out: parse, find mentions, resolve them, run the extractors."""

from __future__ import annotations

from collections.abc import Sequence

from linkchart.extract.extractors import DEFAULT_EXTRACTORS, build
from linkchart.extract.mentions.find import find_mentions
from linkchart.extract.nlp.parse import load_pipeline, parse_documents
from linkchart.extract.time import sentence_times
from linkchart.model import Claim, Document, Extraction
from linkchart.resolve.cluster import cluster_mentions


def extract_documents(
    documents: Sequence[Document], extractor_names: tuple[str, ...] = DEFAULT_EXTRACTORS, batch_size: int = 64
) -> list[Extraction]:
    """Run the whole extract stage over a batch of documents (one nlp.pipe stream)."""
    nlp = load_pipeline()
    extractors = build(extractor_names)
    results: list[Extraction] = []
    for document, paragraphs in zip(documents, parse_documents(nlp, list(documents), batch_size), strict=True):
        parsed = find_mentions(paragraphs)
        parsed.times = sentence_times(parsed.sentences, document.date)
        clusters = cluster_mentions(parsed.mentions, document.text)
        claims: list[Claim] = []
        for extractor in extractors:
            if getattr(extractor, "backoff", False):
                claims += extractor(document, parsed, clusters, claims)  # type: ignore[call-arg]
            else:
                claims += extractor(document, parsed, clusters)
        results.append(Extraction(document, parsed.sentences, parsed.mentions, clusters, claims))
    return results
