"""The dependency-pattern relation extractor, `linkchart.relations.patterns.v1`.

For every token that the trigger lexicon knows (as a verb, a noun or a preposition), find the
subject and object tokens through `roles`, turn each into actors through `arguments`
(coordination, partitives, descriptions and reference), check the actor types the rule allows,
and emit one `Claim` per subject-object pair with its evidence, hedge, negation and time."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.syntax.arguments import RECIPROCAL, ArgumentResolver, Side, is_each_other
from linkchart.extract.syntax.roles import misread_verb, pobjs, role_tokens
from linkchart.model import (
    ActorCluster,
    Claim,
    Document,
    EvidenceSpan,
    PrepositionRule,
    TimeScope,
    TriggerRule,
    vocabulary,
)
from linkchart.registry import extractors
from linkchart.resolve.gazetteer import is_country, is_town

# the words a rule's `modifiers` may name: "a [joint] attack", "worked [together]", "joined [forces]"
_MODIFIER_DEPS = frozenset({"amod", "advmod", "compound", "prt", "prep", "dobj"})
_GUESS_PENALTY = 0.2
_REFERENCE_PENALTY = 0.1
_COPULAS = frozenset({"be", "become", "remain", "grow", "turn", "seem", "appear"})


def _allowed(cluster: ActorCluster, rule: TriggerRule, role: str) -> bool:
    types = rule.subject_types if role == "subject" else rule.object_types
    if cluster.type in types:
        return True
    # A country named as a place can act as a state in alliance and enmity ("Pakistan backed
    # the Taliban") and join bodies ("the UK, part of the Coalition"), but is no body's parent
    # ("Pakistan's North West Frontier province"); so can a place the gazetteer does not know
    # (the NER's GPE: "the UK"); a known town or district cannot, nor a city GeoNames knows, nor
    # a place named as a town, province or dam ("the town of Dera", "Idlib province").
    town = any(is_town(name) for name in (cluster.name, *sorted(cluster.names)))
    country = (cluster.known_id is None and not town) or is_country(cluster.name)
    acting = vocabulary().predicates[rule.predicate].klass in ("ally", "enemy") or role == "subject"
    return cluster.type == "location" and "organization" in types and country and acting


def trigger_modifiers(token: Token) -> set[str]:
    """The words a rule's `modifiers` and `unless_modifiers` are checked against."""
    # a word of a name is no modifier: "the Nusra Front group" is no front group; a capitalised
    # word of none is one: "[Prime] Minister", "the [Supreme] Leader"
    modifiers = {c.lower_ for c in token.children if c.dep_ in _MODIFIER_DEPS and not c.ent_type_}
    if token.dep_ == "nsubj" and token.head.lemma_ in _COPULAS:  # "relations between A and B were [tense]"
        modifiers |= {c.lower_ for c in token.head.children if c.dep_ == "acomp"}
    # "forced X, Y and Z out of", "fought with X against Y": the parser may hang the particle
    # or preposition on an object
    objects = [d for c in token.children if c.dep_ == "dobj" for d in (c, *c.conjuncts)]
    objects += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for o in pobjs(c)]
    modifiers |= {c.lower_ for d in objects for c in d.children if c.dep_ in ("prep", "prt")}
    # a preposition with its object, "PREP:LEMMA": "joined X [in attacking] Y"; a deed on the
    # object counts as done in: "joined X fighters [fighting] Y"
    modifiers |= {f"{c.lower_}:{o.lemma_.lower()}" for c in token.children if c.dep_ == "prep" for o in pobjs(c)}
    deeds = [a for d in objects for a in d.children if a.dep_ == "acl" and a.tag_ == "VBG"]
    modifiers |= {f"in:{deed.lemma_.lower()}" for deed in deeds}
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "pobj"):  # "^LEMMA": the word a noun is the object of
        modifiers.add(f"^{token.head.lemma_.lower()}")  # "[has] a relationship with", "[under] the leadership of"
    return modifiers


def _after_leaving(verb: Token) -> bool:
    """Whether a verb's clause follows a leaving: "left Y to form Z", "split off to form Z"."""
    leaving = vocabulary().triggers.formation.leaving
    return verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.lemma_.lower() in leaving


def _each_other(trigger: Token) -> bool:
    """Whether a clause says its subjects act on "each other" or "one another" (not in a
    clause of its own inside it). The few "other" words of a parse are found once per parse,
    so that a long paragraph costs no scan of every trigger's subtree."""
    doc = trigger.doc
    others: list[int] | None = doc.user_data.get("linkchart_each_other")
    if others is None:
        others = doc.user_data["linkchart_each_other"] = [t.i for t in doc if is_each_other(t)]
    first, last = trigger.left_edge.i, trigger.right_edge.i
    return any(first <= i <= last and _in_clause_of(doc[i], trigger) for i in others)


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether no other verb stands between a token and the verb it hangs under."""
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return token.i == verb.i


def _number_ok(rule: TriggerRule, token: Token) -> bool:
    if rule.number is None:
        return True
    plural = token.tag_ in ("NNS", "NNPS")
    return plural == (rule.number == "plural")


@extractors.register("linkchart.relations.patterns.v1")
class PatternExtractor:
    """Dependency patterns over the trigger lexicon in `vocabulary/triggers.yaml`."""

    name = "linkchart.relations.patterns.v1"

    def __init__(self) -> None:
        lexicon = vocabulary().triggers
        self.verbs: dict[str, list[TriggerRule]] = {}
        self.nouns: dict[str, list[TriggerRule]] = {}
        for rules, table in ((lexicon.verbs, self.verbs), (lexicon.nouns, self.nouns)):
            for rule in rules:
                for lemma in rule.lemmas:
                    table.setdefault(lemma, []).append(rule)
        self.triggers = frozenset(self.verbs) | frozenset(self.nouns)
        self.prepositions: dict[str, list[PrepositionRule]] = {}
        for spec in lexicon.prepositions:
            for word in spec.words:
                self.prepositions.setdefault(word, []).append(spec)
        self.words = frozenset(self.nouns) | frozenset(self.prepositions)  # looked up as written too

    def __call__(self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
        claims: list[Claim] = []
        resolvers: dict[int, ArgumentResolver] = {}
        for para, sent, when in parsed.timed_sentences():
            resolver = resolvers.setdefault(para.index, ArgumentResolver(parsed, clusters, para.index, para.start))
            for token in sent:
                if token.lemma_.lower() not in self.triggers and token.lower_ not in self.words:
                    continue  # most words trigger nothing
                for rule, side_s, side_o in self._matches(token, resolver):
                    claims.extend(self._claims(rule, token, side_s, side_o, resolver, parsed, clusters, when))
        return claims

    def _matches(self, token: Token, resolver: ArgumentResolver) -> Iterator[tuple[TriggerRule, Side, Side]]:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN"):
            rules = self.verbs.get(lemma, [])
        elif lemma in self.verbs and misread_verb(token):
            rules = self.verbs[lemma]
        elif token.pos_ in ("NOUN", "PROPN", "ADJ"):  # adjectives said of someone: "hostile to", "loyal to"
            own = resolver.parsed.mention_of(token, resolver.paragraph)
            if own is not None and (token.pos_ == "PROPN" or resolver.clusters[own.cluster].type == "location"):
                # a word of a name ("the Coalition", "Islamic Resistance Movement") or a place's kind
                # ("the DRC's North Kivu [province]") triggers nothing
                return
            # "arms" is lemmatised "arm": the word as written is looked up too
            written = self.nouns.get(token.lower_, []) if token.lower_ != lemma else []
            rules = [r for r in [*self.nouns.get(lemma, []), *written] if _number_ok(r, token)]
        elif token.dep_ == "prep" and token.lower_ in self.prepositions:
            yield from self._preposition(token, resolver)
            return
        else:
            return
        if not rules:
            return
        modifiers = trigger_modifiers(token)
        for rule in rules:
            if (rule.modifiers and not rule.modifiers & modifiers) or rule.unless_modifiers & modifiers:
                continue
            subject, obj = Side(), Side()
            between = False
            for roles, side in ((rule.subject, subject), (rule.object, obj)):
                for role in roles:
                    if role == "reciprocal":
                        side.clusters.append(RECIPROCAL)
                        break
                    tokens, guessed = role_tokens(token, role)
                    if role == "poss" and (own := resolver.parsed.mention_of(token, resolver.paragraph)) is not None:
                        # "[their alliances]": a possessor inside the trigger's own mention is no party
                        tokens = [t for t in tokens if resolver.parsed.mention_of(t, resolver.paragraph) is not own]
                    if side is subject and rule.predicate == "founded" and _after_leaving(token):
                        # "members of Y split off to form Z": who left Y no longer acts for it
                        tokens = [t for t in tokens if resolver.parsed.mention_of(t, resolver.paragraph) is not None]
                    resolver.collect(tokens, side)
                    if side.clusters or side.references:
                        side.guessed = guessed
                        between = role == "prep:between"
                        break
            resolver.settle(subject, obj)
            resolver.settle(obj, subject)
            if between and len(obj.clusters) > 1 and rule.between == "each_other":  # "tensions between A and B"
                subject, obj = obj, Side(clusters=[RECIPROCAL])
            reciprocal = (rule.reciprocal or _each_other(token)) and vocabulary().predicates[rule.predicate].symmetric
            if not obj.clusters and len(subject.clusters) > 1 and reciprocal:
                obj.clusters.append(RECIPROCAL)  # "A and B work together", "A and B clashed"
            if subject.clusters and obj.clusters:
                yield rule, subject, obj

    def _preposition(self, token: Token, resolver: ArgumentResolver) -> Iterator[tuple[TriggerRule, Side, Side]]:
        introducers = {token.head.lower_, *(c.lower_ for c in token.children if c.dep_ == "advmod")}
        for spec in self.prepositions[token.lower_]:
            if spec.introduced_by and not spec.introduced_by & introducers:
                continue
            if spec.on_actor and resolver.parsed.mention_of(token.head, resolver.paragraph) is None:
                continue
            rule = TriggerRule(
                lemmas=(token.lower_,),
                predicate=spec.predicate,
                subject=("nsubj",),
                object=(f"prep:{token.lower_}",),
                object_types=spec.object_types,
                confidence=spec.confidence,
            )
            subject, obj = Side(), Side()
            resolver.collect(self._phrase_actor(token, resolver), subject)
            resolver.collect([c for c in token.children if c.dep_ == "pobj"], obj)
            resolver.settle(subject, obj)
            resolver.settle(obj, subject)
            if subject.clusters and obj.clusters:
                yield rule, subject, obj

    @staticmethod
    def _phrase_actor(token: Token, resolver: ArgumentResolver) -> list[Token]:
        """Whom a prepositional phrase is said of: the name it hangs on ("Ahrar al-Sham, together
        with X"), else the subject of its clause ("X fought alongside Y", "In coordination with
        Y, X attacked")."""
        node = token.head
        while (
            node.head.i != node.i
            and node.pos_ not in ("VERB", "AUX")
            and resolver.parsed.mention_of(node, resolver.paragraph) is None
        ):
            node = node.head
        if resolver.parsed.mention_of(node, resolver.paragraph) is not None:
            return [node]
        return role_tokens(node, "nsubj")[0]

    @staticmethod
    def _span(role: str, token: Token, resolver: ArgumentResolver) -> EvidenceSpan:
        """The evidence for an argument is its whole mention; a pronoun or trigger is itself."""
        mention = resolver.parsed.mention_of(token, resolver.paragraph)
        if mention is not None and role != "trigger":
            return EvidenceSpan(role, mention.start, mention.end, mention.text)  # type: ignore[arg-type]
        start = resolver.offset + token.idx
        return EvidenceSpan(role, start, start + len(token.text), token.text)  # type: ignore[arg-type]

    def _claims(
        self,
        rule: TriggerRule,
        trigger: Token,
        subject: Side,
        obj: Side,
        resolver: ArgumentResolver,
        parsed: ParsedDocument,
        clusters: list[ActorCluster],
        when: TimeScope,
    ) -> Iterator[Claim]:
        sentence = parsed.sentences[parsed.sentence_of(trigger, resolver.paragraph)]
        pairs: list[tuple[int, int]]
        named = [c for c in subject.clusters if c != RECIPROCAL]
        if RECIPROCAL in obj.clusters:
            pairs = [(a, b) for i, a in enumerate(named) for b in named[i + 1 :]]
        else:
            pairs = [(s, o) for s in named for o in obj.clusters if o != RECIPROCAL]
        guessed = rule.confidence - _GUESS_PENALTY * (subject.guessed or obj.guessed)
        for s, o in pairs:
            if s == o or not _allowed(clusters[s], rule, "subject") or not _allowed(clusters[o], rule, "object"):
                continue
            s_tok = subject.tokens.get(s) or obj.tokens.get(s)
            o_tok = obj.tokens.get(o) or subject.tokens.get(o)
            assert s_tok is not None and o_tok is not None
            # a side found through a pronoun or description ("it fought ...") is less sure than a name
            referred = any(resolver.parsed.mention_of(t, resolver.paragraph) is None for t in (s_tok, o_tok))
            confidence = guessed - _REFERENCE_PENALTY * referred
            evidence = (
                self._span("trigger", trigger, resolver),
                self._span("subject", s_tok, resolver),
                self._span("object", o_tok, resolver),
            )
            yield build_claim(
                self.name,
                rule.predicate,
                s,
                o,
                sentence,
                confidence=confidence,
                time=when,
                evidence=evidence,
                trigger=trigger,
                kind=rule.kind,
            )
