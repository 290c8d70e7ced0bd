"""The co-occurrence baseline, `linkchart.relations.cooccurrence.v1`: every pair of actors in
a sentence is linked, places as `operates_in`, others as `cooperates_with`. It is what a
network built from co-mention alone looks like, printed beside our extractor in bench/."""

from __future__ import annotations

from itertools import combinations

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.model import ActorCluster, Claim, Document
from linkchart.registry import extractors


@extractors.register("linkchart.relations.cooccurrence.v1")
class CooccurrenceExtractor:
    name = "linkchart.relations.cooccurrence.v1"

    def __call__(self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
        claims: list[Claim] = []
        for sentence in parsed.sentences:
            when = parsed.times[sentence.index]
            seen: dict[int, int] = {}
            for m in parsed.mentions:
                if m.sentence == sentence.index:
                    seen.setdefault(m.cluster, m.index)
            for a, b in combinations(sorted(seen), 2):
                place = [c for c in (a, b) if clusters[c].type == "location"]
                if len(place) == 2:
                    continue
                subject, obj = (b, a) if place and place[0] == a else (a, b)
                predicate = "operates_in" if place else "cooperates_with"
                claims.append(
                    build_claim(
                        self.name,
                        predicate,
                        subject,
                        obj,
                        sentence,
                        confidence=0.1,
                        time=when,
                        span=(sentence.start, sentence.end),
                    )
                )
        return claims
