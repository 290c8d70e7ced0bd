"""What the gold says of a candidate pair: the training labels (distant supervision from the
hand-annotated claims, held to the sentence their evidence quotes).

A cluster is tied to the gold entity most of its mentions name (both keyed by
`resolve.names.name_key`: the scorer's normalisation of case, accents, quotes, hyphens, "the"
and "'s", with one spelling for transliteration variants). A pair is labelled with the gold
claims between its two entities whose evidence is this sentence (or holds it, or is held by
it); a pair the gold relates only by another sentence is left out of training (the text may
say it here too, unannotated); every other pair is a negative ("none"). Labels are
`pairs.label_name`'s."""

from __future__ import annotations

from collections import Counter
from typing import Any

from linkchart.extract.learned.pairs import NONE, Candidate, label_name
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.model import vocabulary
from linkchart.resolve.names import name_key

__all__ = ["GoldIndex", "quotes"]


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def quotes(evidence: str, sentence: str) -> bool:
    """Whether a gold claim's evidence is this sentence, holds it or is held by it (whitespace
    and case aside)."""
    evidence, sentence = _squash(evidence), _squash(sentence)
    return bool(evidence) and (evidence in sentence or sentence in evidence)


class GoldIndex:
    """One document's gold, indexed by entity name and entity pair."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.names: dict[str, set[str]] = {}
        for entity_id, entity in gold["entities"].items():
            for name in entity["names"]:
                self.names.setdefault(name_key(name), set()).add(entity_id)
        self.claims = [c for c in gold["claims"] if c["p"] in vocabulary().predicates]

    def entities(self, parsed: ParsedDocument) -> dict[int, str]:
        """Cluster -> the gold entity most of its mentions name (ambiguous names not voting)."""
        votes: dict[int, Counter[str]] = {}
        for mention in parsed.mentions:
            for text in {mention.naming, mention.text}:
                ids = self.names.get(name_key(text), set())
                if len(ids) == 1:
                    votes.setdefault(mention.cluster, Counter()).update(ids)
                    break
        return {cluster: counts.most_common(1)[0][0] for cluster, counts in votes.items()}

    def labels(self, candidate: Candidate, entities: dict[int, str], sentence: str) -> list[str] | None:
        """The pair's labels; None where the gold relates it elsewhere only (not trained on)."""
        first, second = (entities.get(c) for c in candidate.clusters)
        if first is None or second is None:
            return [NONE]
        found, elsewhere = [], False
        for claim in self.claims:
            subjects = {claim["s"], *claim.get("alt_s", [])}
            objects = {claim["o"], *claim.get("alt_o", [])}
            forward, backward = first in subjects and second in objects, second in subjects and first in objects
            if not (forward or backward):
                continue
            here = quotes(claim.get("evidence", ""), sentence)
            if not here or claim.get("optional"):
                elsewhere = True
                continue
            found.append(label_name(claim["p"], forward))
        if found:
            return sorted(set(found))
        return None if elsewhere else [NONE]
