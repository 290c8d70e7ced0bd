"""`linkchart.relations.infobox.v1`: the field lines of encyclopedia pages and profiles
("Allies: Hezbollah, Iran", "Opponents: ...", "Leaders: ..."), labels and predicates declared
in `vocabulary/infobox.yaml`. The page's own actor is the one its title names, else the
organization it mentions most."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Literal

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.time import document_scope
from linkchart.model import ActorCluster, Claim, Document, EvidenceSpan, Mention, vocabulary
from linkchart.registry import extractors

_CONFIDENCE = 0.65


@functools.cache
def _field_line() -> re.Pattern[str]:
    labels = sorted(vocabulary().infobox, key=len, reverse=True)
    alternatives = "|".join(re.escape(label) for label in labels)
    return re.compile(
        rf"^[ \t\-*•]*(?P<label>{alternatives})[ \t]*:[ \t]*(?P<value>\S.*)$", re.IGNORECASE | re.MULTILINE
    )


def page_actor(document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> int | None:
    """The actor a page is about: the first one its title names, else its most mentioned organization."""
    title_end = len(document.title) if document.title and document.text.startswith(document.title) else 0
    in_title = [m for m in parsed.mentions if m.end <= title_end and clusters[m.cluster].type != "location"]
    if in_title:
        return in_title[0].cluster
    counts = Counter(m.cluster for m in parsed.mentions if clusters[m.cluster].type == "organization")
    return counts.most_common(1)[0][0] if counts else None


@extractors.register("linkchart.relations.infobox.v1")
class InfoboxExtractor:
    name = "linkchart.relations.infobox.v1"

    def __call__(self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
        fields = vocabulary().infobox
        locative = {n: p.klass == "location" for n, p in vocabulary().predicates.items()}
        matches = list(_field_line().finditer(document.text))
        if not matches:
            return []
        subject = page_actor(document, parsed, clusters)
        if subject is None:
            return []
        claims: list[Claim] = []
        for match in matches:
            field = fields[match.group("label").lower()]
            start, end = match.start("value"), match.end("value")
            listed: dict[int, Mention] = {}
            for mention in parsed.mentions:
                if start <= mention.start and mention.end <= end and mention.cluster != subject:
                    listed.setdefault(mention.cluster, mention)
            for cluster, mention in listed.items():
                if locative[field.predicate] and clusters[cluster].type != "location":
                    continue
                s, o = (subject, cluster) if field.role == "subject" else (cluster, subject)
                role: Literal["subject", "object"] = "object" if field.role == "subject" else "subject"
                claims.append(
                    build_claim(
                        self.name,
                        field.predicate,
                        s,
                        o,
                        parsed.sentences[mention.sentence],
                        confidence=_CONFIDENCE,
                        time=document_scope(document.date),
                        evidence=(
                            EvidenceSpan("trigger", match.start("label"), match.end("label"), match.group("label")),
                            EvidenceSpan(role, mention.start, mention.end, mention.text),
                        ),
                        span=(match.start(), match.end()),
                    )
                )
        return claims
