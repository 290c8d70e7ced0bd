"""Hedges, attribution and negation of a claim, read off its sentence and trigger."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from linkchart.model import Hedge, vocabulary

_PRECEDENCE: tuple[Literal["reported", "alleged", "likely"], ...] = ("alleged", "reported", "likely")


@dataclass(frozen=True)
class Stance:
    hedge: Hedge
    negated: bool
    attributed_to: str | None


ASSERTED = Stance(hedge="asserted", negated=False, attributed_to=None)


def _negated(token: Token) -> bool:
    lexicon = vocabulary().hedges
    scope = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("VERB", "AUX"):
        scope.append(token.head)  # "did not receive aid"
    if scope[-1].dep_ == "xcomp" and scope[-1].head.lemma_.lower() in lexicon.refusals:
        return True  # "refused to cooperate with", "declined to join"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.severances | lexicon.refusals:
        return True  # "broke ties with", "severed relations with", "denied any links to"
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lexicon.negations) for t in scope for c in t.children
    )


def _attribution(token: Token) -> str | None:
    """'Officials say that X did Y': who says it, when the trigger sits in what they say."""
    lexicon = vocabulary().hedges
    node = token
    while node.head.i != node.i:
        said = node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon.attribution_verbs
        accused = node.dep_ == "pcomp" and node.head.head.lemma_.lower() in lexicon.accusation_verbs
        if said or accused:  # "officials say that ...", "India accuses X of sheltering ..."
            speaker = node.head if said else node.head.head
            subjects = [c for c in speaker.children if c.dep_ == "nsubj"]
            if subjects:
                return " ".join(t.text for t in subjects[0].subtree)
            return "unnamed source"
        node = node.head
    return None


@functools.lru_cache(maxsize=256)
def _sentence_hedge(sentence: Span) -> Hedge:
    """The strongest hedge word of a sentence (each claim of a sentence asks again)."""
    lexicon = vocabulary().hedges
    words = {t.lower_ for t in sentence if t.pos_ != "PROPN"}  # "May 2011" is no hedge
    return next((h for h in _PRECEDENCE if words & lexicon.hedges[h]), "asserted")


def stance(trigger: Token) -> Stance:
    """How the sentence holds the claim: hedge words anywhere in it, attribution, negation."""
    hedge = _sentence_hedge(trigger.sent)
    who = _attribution(trigger)
    if who is not None and hedge == "asserted":
        hedge = "attributed"
    return Stance(hedge=hedge, negated=_negated(trigger), attributed_to=who)
