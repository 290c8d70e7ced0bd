"""`linkchart.relations.compounds.v1`: a body named right after its parent organization is
part of it: 'the Taliban "Peshawar Shura"', "the Hezbollah Shura Council"."""

from __future__ import annotations

import itertools
import re

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.model import ActorCluster, Claim, Document, EvidenceSpan, vocabulary
from linkchart.registry import extractors

_BETWEEN = re.compile(r"^[\s\"'\u201c\u2018]*$")


@extractors.register("linkchart.relations.compounds.v1")
class CompoundExtractor:
    name = "linkchart.relations.compounds.v1"

    def __call__(self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
        bodies = vocabulary().triggers.body_nouns
        claims: list[Claim] = []
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
