"""Extractors that read a document sentence by sentence and word by word: each picks the words
that may carry a link ("formed", "in") and reads the claims each one carries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.nlp.parse import Paragraph
from linkchart.model import ActorCluster, Claim, Document, TimeScope

__all__ = ["WordExtractor"]


class WordExtractor:
    """The loop every word-carried extractor shares; subclasses say which words and what they carry."""

    name: str

    def __call__(self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
        claims: list[Claim] = []
        for para, sent, when in parsed.timed_sentences():
            for word in self.words(sent):
                claims.extend(self.read(word, para, parsed, clusters, when))
        return claims

    def words(self, sentence: Span) -> Iterable[Token]:
        raise NotImplementedError

    def read(
        self, word: Token, para: Paragraph, parsed: ParsedDocument, clusters: list[ActorCluster], when: TimeScope
    ) -> Iterator[Claim]:
        raise NotImplementedError
