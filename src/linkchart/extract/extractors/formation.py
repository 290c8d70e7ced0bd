"""`linkchart.relations.formation.v2`: groups formed out of others. "X left Y to form Z" and
"X split from Y to form Z" make Z a splinter of Y; so do "a breakaway faction of Y formed Z"
and "rebels from Y formed Z";
"A and B merged to form Z" merges A and B into Z. Verbs and modifiers come from the
`formation` lexicon of `vocabulary/triggers.yaml`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.extractors.words import WordExtractor
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.nlp.parse import Paragraph
from linkchart.extract.syntax.arguments import examples
from linkchart.extract.syntax.roles import prep_objects, subjects
from linkchart.model import ActorCluster, Claim, EvidenceSpan, TimeScope, vocabulary
from linkchart.registry import extractors

_CONFIDENCE = 0.6
_ORGANIZATIONS = ("organization", "group")


def _forming(token: Token, forming: frozenset[str]) -> bool:
    # the lemmatizer reads "found" as "find": the word itself is checked too
    return token.pos_ == "VERB" and (token.lemma_.lower() in forming or token.lower_ in forming)


def _within_partitive(noun: Token) -> Token:
    """The noun a partitive is made of: "[a large number] of Y members" is Y members."""
    lexicon = vocabulary().triggers
    # "members of Y", "a faction of Y" are read as they stand
    stop = lexicon.formation.defectors | lexicon.formation.breakaway
    while (
        noun.lower_ in lexicon.partitives
        and noun.lemma_.lower() not in stop
        and (inner := prep_objects(noun, "of", deep=False))
    ):
        noun = inner[0]
    return noun


@extractors.register("linkchart.relations.formation.v2")
class FormationExtractor(WordExtractor):
    """v2: the stance of the forming verb (hedge, negation, attribution) is the claim's; v1 asserted all."""

    name = "linkchart.relations.formation.v2"

    def words(self, sentence: Span) -> Iterable[Token]:
        forming = vocabulary().triggers.formation.forming
        return (t for t in sentence if _forming(t, forming))

    def read(
        self, word: Token, para: Paragraph, parsed: ParsedDocument, clusters: list[ActorCluster], when: TimeScope
    ) -> Iterator[Claim]:
        # "formed Z", and the passive "Z was formed by ..."
        made = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
        for new in self._actors(parsed, clusters, para.index, made):
            for predicate, origin in self._origins(word, parsed, clusters, para.index):
                if origin != new:
                    yield self._claim(parsed, para.index, para.start, word, new, predicate, origin, clusters, when)

    def _actors(
        self, parsed: ParsedDocument, clusters: list[ActorCluster], paragraph: int, tokens: list[Token]
    ) -> list[int]:
        found = []
        for token in tokens:
            named = (c for c in token.subtree if c.dep_ in ("conj", "appos", "pobj"))
            for t in [token, *named, *examples(token)]:  # "a separate group called Z"
                mention = parsed.mention_of(t, paragraph)
                if (
                    mention is not None
                    and clusters[mention.cluster].type in _ORGANIZATIONS
                    and mention.cluster not in found
                ):
                    found.append(mention.cluster)
        return found

    def _origins(
        self, verb: Token, parsed: ParsedDocument, clusters: list[ActorCluster], paragraph: int
    ) -> Iterator[tuple[str, int]]:
        """What the new group came out of, and how."""
        lexicon = vocabulary().triggers.formation
        head = verb.head
        if verb.dep_ in ("xcomp", "advcl", "conj") and head.i != verb.i:
            lemma = head.lemma_.lower()
            if lemma in lexicon.leaving:  # "left Y to form Z", "split from Y to form Z"
                left = (
                    [c for c in head.children if c.dep_ == "dobj"]
                    + prep_objects(head, "from", deep=False)
                    + prep_objects(head, "with", deep=False)
                )
                for origin in self._actors(parsed, clusters, paragraph, left):
                    yield "splinter_of", origin
            if lemma in lexicon.merging:  # "A and B merged to form Z", "A joined with B to form Z"
                merged = subjects(head) + prep_objects(head, "with", deep=False)
                for origin in self._actors(parsed, clusters, paragraph, merged):
                    yield "merged_with", origin
        for subject in subjects(verb):  # "a breakaway faction of Y formed Z", "rebels from Y formed Z"
            subject = _within_partitive(subject)  # "a large number of Y members split off to form Z"
            breakaway = any(c.lower_ in lexicon.breakaway for c in subject.children if c.dep_ in ("amod", "compound"))
            if breakaway or subject.lemma_.lower() in lexicon.defectors:
                whence = prep_objects(subject, "of", deep=False) + prep_objects(subject, "from", deep=False)
                whence += [c for c in subject.children if c.dep_ == "compound"]  # "former IMU members"
                for origin in self._actors(parsed, clusters, paragraph, whence):
                    yield "splinter_of", origin

    def _claim(
        self,
        parsed: ParsedDocument,
        paragraph: int,
        offset: int,
        verb: Token,
        new: int,
        predicate: str,
        origin: int,
        clusters: list[ActorCluster],
        when: TimeScope,
    ) -> Claim:
        mentions = [
            m
            for m in parsed.mentions
            if m.cluster in (new, origin) and parsed.sentences[m.sentence].paragraph == paragraph
        ]
        sentence = parsed.sentences[parsed.sentence_of(verb, paragraph)]
        near = [m for m in mentions if sentence.start <= m.start < sentence.end]
        start = min([offset + verb.idx, *(m.start for m in near)])
        end = max([offset + verb.idx + len(verb.text), *(m.end for m in near)])
        return build_claim(
            self.name,
            predicate,
            new,
            origin,
            sentence,
            confidence=_CONFIDENCE,
            time=when,
            evidence=(EvidenceSpan("trigger", offset + verb.idx, offset + verb.idx + len(verb.text), verb.text),),
            trigger=verb,
            span=(start, end),
        )
