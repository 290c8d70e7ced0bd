"""`linkchart.relations.locative.v2`: an actor placed somewhere by a preposition is active
there: "Coalition aircraft conducted strikes near Mosul" (the clause's subject), "U.S. service
members in Syria" (the noun phrase itself). Weaker than a trigger ("operates in"), so its
claims carry a lower confidence, and places that a trigger already took are left to it."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Span, Token

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.extractors.words import WordExtractor
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.mentions.topic import page_actor
from linkchart.extract.nlp.parse import Paragraph
from linkchart.extract.syntax.arguments import ArgumentResolver, Side
from linkchart.extract.syntax.roles import governing_clause, holders, prep_objects, subjects
from linkchart.model import ActorCluster, Claim, Document, EvidenceSpan, Mention, TimeScope, vocabulary
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
    owners = _owners(event) if event.lemma_.lower() in _deed_words() else []  # "X's bombing was in Z"
    return owners + prep_objects(event, "of", deep=False) + prep_objects(event, "by", deep=False) + _fought(event)


def _actors(
    parsed: ParsedDocument, clusters: list[ActorCluster], para: Paragraph, token: Token, place: Mention
) -> Iterator[tuple[int, EvidenceSpan]]:
    """The actors a token names, each with the words that name it: its mention, or those a
    pronoun or description refers to ("The group has a presence in Z", "It operates in Z"),
    named by the reference; never a place, never the place itself."""
    mention = parsed.mention_of(token, para.index)
    if mention is not None:
        found = {mention.cluster: (mention.start, mention.end, mention.text)}
    else:
        side, resolver = Side(), ArgumentResolver(parsed, clusters, para.index, para.start)
        resolver.collect([token], side)
        side.clusters.clear()  # the names it reached through other words: a named actor's place is its own
        resolver.settle(side, Side(clusters=[place.cluster]))
        start = para.start + token.idx
        found = {c: (start, start + len(token.text), token.text) for c in side.clusters if c >= 0}
    for cluster, (start, end, text) in found.items():
        if cluster != place.cluster and clusters[cluster].type != "location":
            yield cluster, EvidenceSpan("subject", start, end, text)


def _named(claim: Claim) -> tuple[int, int]:
    """Where the words that name a claim's actor lie."""
    named = next(e for e in claim.evidence if e.role == "subject")
    return named.start, named.end


def _owners(noun: Token) -> list[Token]:
    """The names that own a noun: "[X's] bombing", "[Taliban] attacks", "the [Russian] intervention";
    not "a suicide attack"."""
    return [c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.ent_type_]


def _doers(noun: Token) -> list[Token]:
    """Who acts on a noun placed somewhere: "Carter met with Abadi in Baghdad" places Carter
    there too, as "the Taliban killed a commander in Kunduz" places the Taliban."""
    clause = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or clause.pos_ not in ("VERB", "AUX"):
        return []
    if noun.lemma_.lower() in _deed_words() and not _doing(clause):
        return []  # "the US condemned the attacks in Z": a deed its clause's subject did not do
    return subjects(clause)


def _doing(verb: Token | None) -> bool:
    """Whether a verb's subject does the deed it governs (`locative_deeds.doing`): "carried out",
    "claimed responsibility for", "was involved in"; not "condemned"."""
    return verb is not None and verb.lemma_.lower() in vocabulary().triggers.locative_deeds.doing


@functools.cache
def _deed_words() -> frozenset[str]:
    """Nouns of deeds done where they are placed: the fighting words and `locative_deeds`."""
    return _fighting_words() | vocabulary().triggers.locative_deeds.nouns


def _deed_of(place: Token) -> Token | None:
    """The deed a place belongs to through the nouns, prepositions and participles above it in
    one clause: "an attack at a resort frequented by westerners near [Bamako]", "a raid on an
    army base in the northern town of [Tarkint]"."""
    node = place
    for _ in range(8):
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _deed_words():
            return node
        clause = node.pos_ in ("VERB", "AUX") and (node.dep_ not in ("acl", "amod") or node.tag_ != "VBN")
        if clause or node.dep_ == "ROOT":
            return None  # "X attacked Y, which is based in Z": no deed of X's is placed in Z
    return None


def _deed_doers(deed: Token) -> list[Token]:
    """Who does a deed: its owner ("Taliban attacks", "Iran's operations", "the Russian
    intervention", "an attack by X"), else whom its clause says it of ("X carried out an attack",
    "X claimed responsibility for an attack", "X was involved in an attack")."""
    own = _owners(deed) + prep_objects(deed, "by", deep=False)
    if own:
        return own
    if not _doing(governing_clause(deed)):
        return []  # "the US condemned the attacks in Z": no doer of the attacks
    found, guessed = holders(deed)
    # a passive clause's subject suffered the deed: "civilians were killed in an attack in Z"
    return [t for t in found if not guessed or t.dep_ != "nsubjpass"]


@extractors.register("linkchart.relations.locative.v2")
class LocativeExtractor(WordExtractor):
    """v2: the stance of the clause (hedge, negation, attribution) is the claim's; v1 asserted all."""

    name = "linkchart.relations.locative.v2"
    backoff = True  # sees the claims before it: a place a trigger took is left to it

    def __call__(
        self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster], prior: Sequence[Claim] = ()
    ) -> list[Claim]:
        predicates = vocabulary().predicates
        placed = {(c.sentence, c.subject, c.object) for c in prior if predicates[c.predicate].klass == "location"}
        found = super().__call__(document, parsed, clusters)
        topic = page_actor(parsed, clusters)
        mentioned = {(m.start, m.end) for m in parsed.mentions}
        # a pronoun or description is taken to be the page's own actor only ("The group has a
        # presence in Z"): resolved to any other, it was as often wrong as right
        return [
            c
            for c in found
            if (c.sentence, c.subject, c.object) not in placed and (c.subject == topic or _named(c) in mentioned)
        ]

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
            if head.lemma_.lower() in vocabulary().triggers.standing_nouns:  # "Revolutionary Guard bases in Z"
                actors += [c for c in head.children if c.dep_ in ("poss", "compound", "amod")]
        actors += _fought(head)
        places = [p for o in prep_objects(head, word.lower_, deep=False) for p in (o, *o.conjuncts)]
        if places and (deed := _deed_of(places[0])) is not None:
            actors += _deed_doers(deed)
        for place_token in places:  # "in Syria and Iraq"
            place = parsed.mention_of(place_token, para.index)
            if place is None or clusters[place.cluster].type != "location":
                continue
            for actor_token in actors:
                for actor, named in _actors(parsed, clusters, para, actor_token, place):
                    yield self._claim(parsed, (actor, named), place, para.start, word, when)

    def _claim(
        self,
        parsed: ParsedDocument,
        actor: tuple[int, EvidenceSpan],
        place: Mention,
        offset: int,
        prep: Token,
        when: TimeScope,
    ) -> Claim:
        cluster, named = actor
        return build_claim(
            self.name,
            "operates_in",
            cluster,
            place.cluster,
            parsed.sentences[place.sentence],
            confidence=_CONFIDENCE,
            time=when,
            evidence=(
                EvidenceSpan("trigger", offset + prep.idx, offset + prep.idx + len(prep.text), prep.text),
                named,
                EvidenceSpan("object", place.start, place.end, place.text),
            ),
            # the clause the preposition hangs on holds the stance: "reportedly operated near X"
            trigger=prep.head,
            span=(min(named.start, place.start), max(named.end, place.end)),
        )
