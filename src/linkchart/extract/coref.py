"""Reference: "he", "its", "the network" resolved to an actor named earlier.

A deliberately small rule set (most recent compatible actor, never the claim's other side),
which is what the reports we read need: a pronoun almost always points to the last actor of
its kind, and "X views Y as its proxy" cannot make Y its own patron."""

from __future__ import annotations

from spacy.tokens import Token

from linkchart.extract.mentions import ParsedDocument
from linkchart.model import ActorCluster, ActorType

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
ORGANIZATION_PRONOUNS = frozenset({"it", "its", "itself"})
_WINDOW_PARAGRAPHS = 1  # an antecedent is in the same paragraph or the one before


def pronoun_types(token: Token) -> tuple[ActorType, ...] | None:
    """The actor types a pronoun can stand for, or None if it is no pronoun we resolve."""
    word = token.lower_
    if word in PERSON_PRONOUNS:
        return ("person",)
    if word in ORGANIZATION_PRONOUNS:
        return ("organization",)  # "it" is one body, never a plural collective ("Arab fighters")
    return None


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
    found: list[int] = []
    for mention in reversed(candidates):
        if mention.cluster not in found:
            found.append(mention.cluster)
    return found[:count][::-1] if len(found) >= count else []  # in text order
