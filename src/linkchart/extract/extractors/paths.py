"""`linkchart.relations.paths.v1`: a back-off for pairs of groups the patterns left unrelated.

Two organizations named in one sentence are related when the shortest dependency path between
them tops out at a word of the trigger lexicon (Bunescu & Mooney 2005, "A shortest path
dependency kernel for relation extraction": the path between two entities carries most of
what the sentence says about them), one of them climbing to it as its subject and the other
as its object, each through its own phrase only. This catches arguments the patterns' roles
miss ("A fought against B, including C": the parser hangs "including C" on the verb); it runs
only for pairs the patterns left unrelated in that sentence. The parse between the two is less
certain than a pattern's, so such claims carry a low confidence and say which extractor made
them."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from spacy.tokens import Token

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.extractors.patterns import trigger_modifiers
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.nlp.parse import Paragraph
from linkchart.extract.syntax.arguments import owners
from linkchart.extract.syntax.roles import misread_verb
from linkchart.extract.syntax.tree import climbs
from linkchart.model import ActorCluster, Claim, Document, EvidenceSpan, Mention, TriggerRule, vocabulary
from linkchart.registry import extractors

_CONFIDENCE = 0.35
_EXAMPLE_PREPOSITIONS = frozenset({"including", "like"})
_ACTORS = ("organization", "group")
# A sentence naming more actors than this is a list: the patterns read what it says of them, and
# guessing over every pair of its names would cost a dependency path for each of n^2 pairs.
_MAX_ACTORS = 12
_SUBJECT_EDGES = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
_ARGUMENT_EDGES = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "conj", "appos", "compound", "poss", "nmod", "attr", "cc"}
)


def shortest_path(a: Token, b: Token) -> list[Token]:
    """The tokens on the dependency path from `a` to `b`, both included."""
    found = climbs(a, b)
    if found is None:
        return []
    up_a, common, up_b = found
    return [*up_a, common, *up_b[::-1]]


def _argument_path(half: list[Token]) -> bool:
    """A path from an actor up to its trigger (trigger excluded) that runs through the actor's
    own phrase only: argument edges, no clause of its own ("fought X, receiving aid from Y"
    relates X to neither the aid nor Y); "including" counts as the preposition it is."""
    if any(
        t.dep_ == "appos" and t.pos_ == "NOUN" and any(u.dep_ == "pobj" for u in half[:i]) for i, t in enumerate(half)
    ):
        return False  # "X, [an offshoot of Y], attacked Z": Y is in what X is said to be, not X
    standing = vocabulary().triggers.standing_nouns
    owned = [t.head for t in half[:-1] if t.dep_ == "poss"]  # a possessor below the top, and what it owns
    if any(noun.pos_ == "PROPN" or (noun.pos_ == "NOUN" and noun.lemma_.lower() not in standing) for noun in owned):
        return False  # "X's allies include Y", "X's Quds Force trained Y": not X; "X's fighters" stand for X
    return all(t.dep_ in _ARGUMENT_EDGES and (t.pos_ not in ("VERB", "AUX") or t.dep_ == "prep") for t in half)


def _takes_object(rule: TriggerRule, half: list[Token]) -> bool:
    """Whether the rule takes its object through the preposition that governs it, if any: it
    must be one of the rule's ("defected to Y" is no split from Y, "created as the wing of Y"
    founds nothing; "fighting with Z against Y" fights Y)."""
    preposition = next((t for t in half if t.dep_ in ("prep", "agent")), None)
    if preposition is None or preposition.lower_ in _EXAMPLE_PREPOSITIONS:
        return True  # "fought X, including Y": the parser hangs the example on the verb
    word = preposition.lower_
    return f"prep:{word}" in rule.object or (word == "by" and "agent" in rule.object)


def split_at_top(path: list[Token]) -> tuple[Token, list[Token], list[Token]] | None:
    """The path's top token and the two halves that climb to it (each from its actor up)."""
    if len(path) < 3:
        return None
    top = min(range(len(path)), key=lambda n: len(list(path[n].ancestors)))
    if top in (0, len(path) - 1):
        return None
    return path[top], path[:top], path[top + 1 :][::-1]


@extractors.register("linkchart.relations.paths.v1")
class PathExtractor:
    name = "linkchart.relations.paths.v1"
    backoff = True  # sees the claims of the extractors before it

    def __init__(self) -> None:
        lexicon = vocabulary().triggers
        self.verbs: dict[str, TriggerRule] = {}
        self.nouns: dict[str, TriggerRule] = {}
        for rules, table in ((lexicon.verbs, self.verbs), (lexicon.nouns, self.nouns)):
            for rule in rules:
                if rule.modifiers or "location" in rule.object_types:
                    continue
                for lemma in rule.lemmas:
                    table.setdefault(lemma, rule)

    def _rule(self, token: Token) -> TriggerRule | None:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") or misread_verb(token):
            return self.verbs.get(lemma)
        if token.pos_ == "NOUN":
            return self.nouns.get(lemma)
        return None

    def __call__(
        self,
        document: Document,
        parsed: ParsedDocument,
        clusters: list[ActorCluster],
        prior: Sequence[Claim] = (),
    ) -> list[Claim]:
        related = {(c.sentence, frozenset((c.subject, c.object))) for c in prior}
        paragraphs = {p.index: p for p in parsed.paragraphs}
        claims: list[Claim] = []
        by_sentence: dict[int, dict[int, Mention]] = {}
        for mention in parsed.mentions:
            if clusters[mention.cluster].type in _ACTORS:
                by_sentence.setdefault(mention.sentence, {}).setdefault(mention.cluster, mention)
        for index, firsts in by_sentence.items():
            if len(firsts) > _MAX_ACTORS:
                continue
            sentence = parsed.sentences[index]
            para = paragraphs[sentence.paragraph]
            for first, second in itertools.combinations(sorted(firsts.values(), key=lambda m: m.start), 2):
                if (index, frozenset((first.cluster, second.cluster))) in related:
                    continue
                claim = self._claim(para, parsed, clusters, first, second)
                if claim is not None:
                    claims.append(claim)
        return claims

    def _claim(
        self, para: Paragraph, parsed: ParsedDocument, clusters: list[ActorCluster], first: Mention, second: Mention
    ) -> Claim | None:
        a, b = parsed.root_of(first), parsed.root_of(second)
        if a is None or b is None or a.sent.start != b.sent.start:
            return None
        if any(clusters[m.cluster].type == "group" and owners(r) for m, r in ((first, a), (second, b))):
            return None  # "militants belonging to X" act as X, which the patterns have read
        split = split_at_top(shortest_path(a, b))
        if split is None:
            return None
        trigger, half_a, half_b = split
        rule = self._rule(trigger)
        if rule is None or not (_argument_path(half_a) and _argument_path(half_b)):
            return None
        if rule.unless_modifiers & trigger_modifiers(trigger):
            return None  # "fought together with X", "joined X in attacking Y": not the rule's reading
        # one actor is the trigger's subject, the other its object: "A attacked B", "A's ties to B"
        # a possessor is the subject only where the rule says so: "Y's branch" is not Y's doing
        as_subject = [
            half[-1].dep_ in _SUBJECT_EDGES and (half[-1].dep_ != "poss" or "poss" in rule.subject)
            for half in (half_a, half_b)
        ]
        if as_subject.count(True) != 1:
            return None
        sides = [(first, half_a), (second, half_b)] if as_subject[0] else [(second, half_b), (first, half_a)]
        (subject, _), (obj, object_half) = sides
        if "nsubj" in rule.object and "nsubj" not in rule.subject:
            (obj, object_half), (subject, _) = sides  # "Y includes X": the clause's subject is the object
        if not _takes_object(rule, object_half):
            return None
        subject_type, object_type = clusters[subject.cluster].type, clusters[obj.cluster].type
        if subject_type not in rule.subject_types or object_type not in rule.object_types:
            return None
        start = para.start + trigger.idx
        return build_claim(
            self.name,
            rule.predicate,
            subject.cluster,
            obj.cluster,
            parsed.sentences[first.sentence],
            confidence=_CONFIDENCE,
            time=parsed.times[first.sentence],
            evidence=(
                EvidenceSpan("trigger", start, start + len(trigger.text), trigger.text),
                EvidenceSpan("subject", subject.start, subject.end, subject.text),
                EvidenceSpan("object", obj.start, obj.end, obj.text),
            ),
            trigger=trigger,
            kind=rule.kind,
        )
