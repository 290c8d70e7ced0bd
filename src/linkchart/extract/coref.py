"""Reference: "he", "its", "the network" resolved to an actor named earlier.

A deliberately small rule set (most recent compatible actor, never the claim's other side),
which is what the reports we read need: a pronoun almost always points to the last actor of
its kind, and "X views Y as its proxy" cannot make Y its own patron."""

from __future__ import annotations

from spacy.tokens import Token

from linkchart.extract.mentions import ParsedDocument
from linkchart.model import ActorCluster, ActorType, Mention

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
ORGANIZATION_PRONOUNS = frozenset({"it", "its", "itself"})
# "they" of a group is common in reports ("the IBT stated that they were ..."); of people too,
# but a person is never "they" alone here, so only bodies and collectives are candidates
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
_WINDOW_PARAGRAPHS = 1  # an antecedent is in the same paragraph or the one before
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def pronoun_types(token: Token) -> tuple[ActorType, ...] | None:
    """The actor types a pronoun can stand for, or None if it is no pronoun we resolve."""
    word = token.lower_
    if word in PERSON_PRONOUNS:
        return ("person",)
    if word in ORGANIZATION_PRONOUNS:
        return ("organization",)  # "it" is one body, never a plural collective ("Arab fighters")
    if word in PLURAL_PRONOUNS:
        return ("organization", "group")
    return None


def _salient(parsed: ParsedDocument, candidates: list[Mention], offset: int) -> list[Mention]:
    """Candidates in salience order, the most salient last: in the reference's own sentence the
    nearest; from an earlier sentence, the subject of the latest sentence with a candidate
    before its other actors (Lappin & Leass 1994: subjects outrank objects and obliques, so
    "X fought Y alongside Z. Its fighters ..." is X's)."""
    here = next((s.index for s in parsed.sentences if s.start <= offset < s.end), None)
    latest = candidates[-1].sentence
    if latest == here:
        return candidates
    subjects = [
        m
        for m in candidates
        if m.sentence == latest and (root := parsed.root_of(m)) is not None and root.dep_ in _SUBJECTS
    ]
    return [m for m in candidates if m not in subjects[:1]] + subjects[:1]


def antecedents(
    parsed: ParsedDocument,
    clusters: list[ActorCluster],
    offset: int,
    paragraph: int,
    types: tuple[ActorType, ...],
    exclude: set[int],
    head_noun: str | None = None,
    count: int = 1,
) -> list[int]:
    """The clusters of the nearest `count` actors named before `offset`, of one of `types` and
    not in `exclude` ("the two groups": the last two); none unless there are that many. With
    `head_noun` ("network"), an actor whose name ends in that noun is preferred."""
    candidates = [
        m
        for m in parsed.mentions
        if m.end <= offset
        and clusters[m.cluster].type in types
        and m.cluster not in exclude
        and parsed.sentences[m.sentence].paragraph >= paragraph - _WINDOW_PARAGRAPHS
    ]
    if head_noun:
        named = [m for m in candidates if clusters[m.cluster].name.lower().split()[-1:] == [head_noun]]
        candidates = named or candidates
    if count == 1 and candidates:
        candidates = _salient(parsed, candidates, offset)
    found: list[int] = []
    for mention in reversed(candidates):
        if mention.cluster not in found:
            found.append(mention.cluster)
    return found[:count][::-1] if len(found) >= count else []  # in text order
