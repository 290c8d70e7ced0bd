"""`linkchart.relations.locative.v2`: an actor placed somewhere by a preposition is active
there: "Coalition aircraft conducted strikes near Mosul" (the clause's subject), "U.S. service
members in Syria" (the noun phrase itself). Weaker than a trigger ("operates in"), so its
claims carry a lower confidence, and places that a trigger already took are left to it."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.extractors.words import WordExtractor
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.nlp.parse import Paragraph
from linkchart.extract.syntax.roles import prep_objects, subjects
from linkchart.model import ActorCluster, Claim, EvidenceSpan, TimeScope, vocabulary
from linkchart.registry import extractors

_CONFIDENCE = 0.45


@functools.cache
def _fighting_words() -> frozenset[str]:
    """Lemmas of the triggers of `fights`: the other side of a fight is where it is fought."""
    triggers = vocabulary().triggers
    return frozenset(lemma for r in (*triggers.verbs, *triggers.nouns) if r.predicate == "fights" for lemma in r.lemmas)


def _fought(head: Token) -> list[Token]:
    """Whom a fight placed somewhere is fought against: "defeat ISIL in Syria", "the campaign
    against ISIL in Iraq", "the defeat of Daesh in Iraq" place ISIL and Daesh there too."""
    if head.lemma_.lower() not in _fighting_words():
        return []
    if head.pos_ in ("VERB", "AUX"):
        return [d for o in head.children if o.dep_ == "dobj" for d in (o, *o.conjuncts)]
    return [o for word in ("of", "against", "on") for o in prep_objects(head, word, deep=False)]


def _parties(event: Token) -> list[Token]:
    """The parties to an event named as a clause's subject: "the meeting of X took place in Z",
    "the campaign against X is progressing in Z", "attacks by X continued in Z"."""
    return prep_objects(event, "of", deep=False) + prep_objects(event, "by", deep=False) + _fought(event)


def _doers(noun: Token) -> list[Token]:
    """Who acts on a noun placed somewhere: "Carter met with Abadi in Baghdad" places Carter
    there too, as "the Taliban killed a commander in Kunduz" places the Taliban."""
    clause = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or clause.pos_ not in ("VERB", "AUX"):
        return []
    return subjects(clause)


@extractors.register("linkchart.relations.locative.v2")
class LocativeExtractor(WordExtractor):
    """v2: the stance of the clause (hedge, negation, attribution) is the claim's; v1 asserted all."""

    name = "linkchart.relations.locative.v2"

    def words(self, sentence: Span) -> Iterable[Token]:
        prepositions = vocabulary().triggers.locative_prepositions
        return (t for t in sentence if t.dep_ == "prep" and t.lower_ in prepositions)

    def read(
        self, word: Token, para: Paragraph, parsed: ParsedDocument, clusters: list[ActorCluster], when: TimeScope
    ) -> Iterator[Claim]:
        head = word.head
        if head.pos_ in ("VERB", "AUX"):  # "X met with Y in Z": both are there
            doers = subjects(head)
            actors = doers + prep_objects(head, "with", deep=False)
            actors += [a for s in doers if parsed.mention_of(s, para.index) is None for a in _parties(s)]
        else:
            actors = [head, *_doers(head), *prep_objects(head, "by", deep=False)]  # "the use of gas by X in Z"
        actors += _fought(head)
        places = [p for o in prep_objects(head, word.lower_, deep=False) for p in (o, *o.conjuncts)]
        for place_token in places:  # "in Syria and Iraq"
            for actor_token in actors:
                claim = self._claim(parsed, clusters, para.index, para.start, actor_token, place_token, word, when)
                if claim is not None:
                    yield claim

    def _claim(
        self,
        parsed: ParsedDocument,
        clusters: list[ActorCluster],
        paragraph: int,
        offset: int,
        actor_token: Token,
        place_token: Token,
        prep: Token,
        when: TimeScope,
    ) -> Claim | None:
        actor = parsed.mention_of(actor_token, paragraph)
        place = parsed.mention_of(place_token, paragraph)
        if actor is None or place is None or actor.cluster == place.cluster:
            return None
        if clusters[actor.cluster].type == "location" or clusters[place.cluster].type != "location":
            return None
        return build_claim(
            self.name,
            "operates_in",
            actor.cluster,
            place.cluster,
            parsed.sentences[actor.sentence],
            confidence=_CONFIDENCE,
            time=when,
            evidence=(
                EvidenceSpan("trigger", offset + prep.idx, offset + prep.idx + len(prep.text), prep.text),
                EvidenceSpan("subject", actor.start, actor.end, actor.text),
                EvidenceSpan("object", place.start, place.end, place.text),
            ),
            # the clause the preposition hangs on holds the stance: "reportedly operated near X"
            trigger=prep.head,
            span=(min(actor.start, place.start), max(actor.end, place.end)),
        )
