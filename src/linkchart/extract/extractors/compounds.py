"""`linkchart.relations.compounds.v1`: names set one against the other. A body named right
after its parent organization is part of it ('the Taliban "Peshawar Shura"', "the Hezbollah
Shura Council"), and one named as a person's is led by him ("Massoud's Northern Alliance"); a
person titled with an organization and a role is what the role makes him of it ("senior JNIM
commander Bah Ag Moussa": a member; "ISIS leader X": its leader)."""

from __future__ import annotations

import itertools
import re

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.model import ActorCluster, Claim, Document, EvidenceSpan, Mention, vocabulary
from linkchart.registry import extractors
from linkchart.resolve.gazetteer import is_country

_BETWEEN = re.compile(r"^[\s\"'\u201c\u2018]*$")
_POSSESSIVE = re.compile(r"^(?:['\u2019]s?)?\s+$")
_OWNED = re.compile(r"^['\u2019]s\s+$")
NAME = "linkchart.relations.compounds.v1"


@extractors.register(NAME)
class CompoundExtractor:
    name = NAME

    def __call__(self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
        bodies = vocabulary().triggers.body_nouns
        claims = _titled(parsed, clusters)
        for parent, body in itertools.pairwise(parsed.mentions):
            whole, part = clusters[parent.cluster], clusters[body.cluster]
            if _owned(document, parent, body, whole, part):  # "Ahmad Shah Massoud's Northern Alliance"
                claims.append(_claim(parsed, clusters, "leads", parent, body))
            if (
                parent.sentence != body.sentence
                or whole.id == part.id
                or whole.type != "organization"
                or part.type != "organization"
                or body.text.split()[-1].lower().strip("\"'") not in bodies
                or not _BETWEEN.match(document.text[parent.end : body.start])
            ):
                continue
            claims.append(_claim(parsed, clusters, "part_of", body, parent))
        return claims


def _owned(document: Document, owner: Mention, owned: Mention, person: ActorCluster, body: ActorCluster) -> bool:
    """Whether a person's name is the possessive of an organization's named right after it: a
    body called its leader's ("Ahmad Shah Massoud's Northern Alliance", "Hekmatyar's Hizb-i-Islami")."""
    return (
        owner.sentence == owned.sentence
        and person.type == "person"
        and body.type == "organization"
        and bool(_OWNED.match(document.text[owner.end : owned.start]))
    )


def _titled(parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
    """A person's mention whose title holds an organization's, or follows one ("Yemen President
    X"), and ends on a role word."""
    triggers = vocabulary().triggers
    claims: list[Claim] = []
    for person in parsed.mentions:
        if clusters[person.cluster].type != "person" or person.name is None or person.name == person.text:
            continue
        cut = person.text.rfind(person.name)  # where the title ends and the name begins
        title = person.text[:cut].split()
        role = triggers.title_roles.get(title[-1].lower()) if title else None
        if role is None:
            continue
        sentence = parsed.sentences[person.sentence]
        ranked = [*sentence.text[: person.start - sentence.start].split()[-1:], *title]
        if role == "leads" and any(w.lower() in triggers.title_ranks for w in ranked):
            role = "member_of"  # "senior JNIM commander X": one of its commanders
        bodies = [
            m
            for m in parsed.mentions
            if person.start <= m.start and m.end <= person.start + cut and clusters[m.cluster].type == "organization"
        ]
        if not bodies:  # "Yemen President X", "U.S. President X": the body named right before
            bodies = [m for m in _named_before(parsed, person) if _state_or_body(m, clusters[m.cluster])]
        if len(bodies) == 1:
            claims.append(_claim(parsed, clusters, role, person, bodies[0]))
    return claims


def _named_before(parsed: ParsedDocument, person: Mention) -> list[Mention]:
    """The mention of the person's sentence that ends right before the person's (a possessive between)."""
    sentence = parsed.sentences[person.sentence]
    return [
        m
        for m in parsed.mentions
        if m.sentence == person.sentence
        and m.end <= person.start
        and _POSSESSIVE.match(sentence.text[m.end - sentence.start : person.start - sentence.start])
    ]


def _state_or_body(mention: Mention, cluster: ActorCluster) -> bool:
    """A country or a body named as one, not a people ("the Tebu commander X")."""
    if cluster.type == "location":
        return is_country(cluster.name)
    return cluster.type == "organization" and mention.ner_label == "ORG"


def _claim(
    parsed: ParsedDocument, clusters: list[ActorCluster], predicate: str, subject: Mention, obj: Mention
) -> Claim:
    """The claim two mentions of one sentence make, sourced by the two names."""
    sentence = subject.sentence
    return build_claim(
        NAME,
        predicate,
        clusters[subject.cluster].id,
        clusters[obj.cluster].id,
        parsed.sentences[sentence],
        confidence=0.7,
        time=parsed.times[sentence],
        evidence=(
            EvidenceSpan("subject", subject.start, subject.end, subject.text),
            EvidenceSpan("object", obj.start, obj.end, obj.text),
        ),
    )
