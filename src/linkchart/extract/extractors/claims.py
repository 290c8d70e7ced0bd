"""The one claim builder: every extractor makes its claims here, so that stance (hedge,
negation, attribution), time and evidence are applied the same way whoever found the link.

An extractor says what it found (the predicate, the two actors, the sentence, the evidence
spans and its confidence) and, where a word of the text carries the link, that word: its
sentence's hedges, a negation on it and who is said to say it become the claim's stance. Links
that no word carries (a field line, a name inside a name, co-occurrence) are asserted."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Token

from linkchart.extract.syntax.stance import ASSERTED, stance
from linkchart.model import ActorCluster, Claim, EvidenceSpan, Sentence, TimeScope, vocabulary
from linkchart.resolve.names import head_word

__all__ = ["build_claim", "civil_reading"]


def civil_reading(claim: Claim, clusters: list[ActorCluster]) -> Claim | None:
    """A claim as its subject can make it: a government's civil body (a department, ministry,
    office, treasury, court: `civil_body_heads`) acts on an armed actor by designation, sanction
    and reward, not arms, so what an extractor read as fighting ("OFAC is targeting X") is
    opposition (`opposes`, as the annotation guide has designations), and it has no field of
    operations: the places a designation names are the designated's ("the Treasury designated
    ... funds for Jaish in Jammu and Kashmir"). None where the claim is no claim."""
    subject = clusters[claim.subject]
    civil = subject.type == "organization" and head_word(subject.name) in vocabulary().mentions.civil_body_heads
    if not civil:
        return claim
    if claim.predicate == "operates_in":
        return None
    return dataclasses.replace(claim, predicate="opposes") if claim.predicate == "fights" else claim


def build_claim(
    extractor: str,
    predicate: str,
    subject: int,
    obj: int,
    sentence: Sentence,
    *,
    confidence: float,
    time: TimeScope,
    evidence: Sequence[EvidenceSpan] = (),
    trigger: Token | None = None,
    kind: str | None = None,
    span: tuple[int, int] | None = None,
) -> Claim:
    """A claim with its stance read off `trigger`, the sentence added to its evidence, and its
    character span: `span` where given, else the extent of the evidence."""
    how = stance(trigger) if trigger is not None else ASSERTED
    start, end = span or (min(e.start for e in evidence), max(e.end for e in evidence))
    return Claim(
        subject=subject,
        predicate=predicate,
        object=obj,
        sentence=sentence.index,
        start=start,
        end=end,
        extractor=extractor,
        confidence=round(confidence, 3),
        hedge=how.hedge,
        negated=how.negated,
        attributed_to=how.attributed_to,
        kind=kind,
        time=time,
        evidence=(*evidence, EvidenceSpan("sentence", sentence.start, sentence.end, sentence.text)),
    )
