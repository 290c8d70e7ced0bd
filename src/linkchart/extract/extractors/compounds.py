"""`linkchart.relations.compounds.v1`: names set one against the other. A body named right
after its parent organization is part of it ('the Taliban "Peshawar Shura"', "the Hezbollah
Shura Council"); a person titled with an organization and a role is what the role makes him
of it ("senior JNIM commander Bah Ag Moussa": a member; "ISIS leader X": its leader)."""

from __future__ import annotations

import itertools
import re

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.model import ActorCluster, Claim, Document, EvidenceSpan, vocabulary
from linkchart.registry import extractors

_BETWEEN = re.compile(r"^[\s\"'\u201c\u2018]*$")


NAME = "linkchart.relations.compounds.v1"


@extractors.register(NAME)
class CompoundExtractor:
    name = NAME

    def __call__(self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
        bodies = vocabulary().triggers.body_nouns
        claims = _titled(parsed, clusters)
        mentions = parsed.mentions
        for parent, body in itertools.pairwise(mentions):
            whole, part = clusters[parent.cluster], clusters[body.cluster]
            if (
                parent.sentence != body.sentence
                or whole.id == part.id
                or whole.type != "organization"
                or part.type != "organization"
                or body.text.split()[-1].lower().strip("\"'") not in bodies
                or not _BETWEEN.match(document.text[parent.end : body.start])
            ):
                continue
            claims.append(
                build_claim(
                    self.name,
                    "part_of",
                    part.id,
                    whole.id,
                    parsed.sentences[body.sentence],
                    confidence=0.7,
                    time=parsed.times[body.sentence],
                    evidence=(
                        EvidenceSpan("subject", body.start, body.end, body.text),
                        EvidenceSpan("object", parent.start, parent.end, parent.text),
                    ),
                )
            )
        return claims


def _titled(parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
    """A person's mention whose title holds an organization's and ends on a role word."""
    roles = vocabulary().triggers.title_roles
    claims: list[Claim] = []
    for person in parsed.mentions:
        if clusters[person.cluster].type != "person" or person.name is None or person.name == person.text:
            continue
        title = person.text[: person.text.rfind(person.name)].split()
        role = roles.get(title[-1].lower()) if title else None
        sentence = parsed.sentences[person.sentence]
        ranked = [*sentence.text[: person.start - sentence.start].split()[-1:], *title]
        if role == "leads" and any(w.lower() in vocabulary().triggers.title_ranks for w in ranked):
            role = "member_of"  # "senior JNIM commander X": one of its commanders
        bodies = [
            m
            for m in parsed.mentions
            if person.start <= m.start
            and m.end <= person.start + len(" ".join(title))
            and clusters[m.cluster].type == "organization"
        ]
        if role is None or len(bodies) != 1:
            continue
        body = bodies[0]
        claims.append(
            build_claim(
                NAME,
                role,
                clusters[person.cluster].id,
                clusters[body.cluster].id,
                parsed.sentences[person.sentence],
                confidence=0.7,
                time=parsed.times[person.sentence],
                evidence=(
                    EvidenceSpan("subject", person.start, person.end, person.text),
                    EvidenceSpan("object", body.start, body.end, body.text),
                ),
            )
        )
    return claims
