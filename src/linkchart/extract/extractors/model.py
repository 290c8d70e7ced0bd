"""`linkchart.relations.model.v1`: the trained relation classifier beside the rules.

It runs last and revises what the rules made (`revises = True`). For each pair of actors named
in a sentence (`learned.pairs.candidates`) it reads the pair's features together with what the
rules said of it, and
- adds a claim for each class it gives at least its `threshold` (a phrasing the rules never
  saw), unless a rule already made that claim;
- drops a rule's claim on that pair whose class it gives less than its `veto` (what the rules
  get wrong in a context the training data knows); a firm claim (one read straight from the
  syntax, at the model's firm confidence) only below its lower firm veto, so that a reading
  added to the rules since the model was trained is not lost to it for being new.
Claims of pairs it does not read (an infobox's items about the page's subject, a reference in
another sentence) stay as the rules made them. Both thresholds were chosen on held-out data and
are kept with the weights (`learned/relations-v1/config.json`; its model card says how)."""

from __future__ import annotations

from collections.abc import Sequence

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.learned.model import load_model
from linkchart.extract.learned.pairs import Candidate, candidates, features, label_name, read_label, said_of
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.syntax.tree import climbs
from linkchart.model import ActorCluster, Claim, Document, EvidenceSpan, vocabulary
from linkchart.registry import extractors
from linkchart.resolve.gazetteer import is_country


@extractors.register("linkchart.relations.model.v1")
class ModelExtractor:
    name = "linkchart.relations.model.v1"
    revises = True  # sees the claims made before it and returns the revised list

    def __init__(self) -> None:
        self.model = load_model()

    def __call__(
        self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster], prior: Sequence[Claim] = ()
    ) -> list[Claim]:
        pairs = list(candidates(parsed, clusters))
        if not pairs:
            return list(prior)
        said = said_of(prior)
        firm_confidence, _ = self.model.firm
        firm = said_of(c for c in prior if c.confidence >= firm_confidence)
        rows = [features(c, clusters, said.get(c.key, ())) for c in pairs]
        given: dict[tuple[int, int, int], set[str]] = {}
        added: list[Claim] = []
        for candidate, probabilities in zip(pairs, self.model.probabilities(rows), strict=True):
            scores = dict(zip(self.model.classes, probabilities.tolist(), strict=True))
            told = said.get(candidate.key, set())
            given[candidate.key] = self.model.decide(scores, told, firm.get(candidate.key, ()))
            for label in sorted(given[candidate.key] - told):
                predicate, first_is_subject = read_label(label)
                subject = candidate.first if first_is_subject else candidate.second
                if fits(predicate, clusters[subject.cluster]):
                    added.append(self._claim(parsed, candidate, label, scores[label]))
        return [c for c in prior if _heads_state(c, clusters) or _kept(c, given)] + added

    def _claim(self, parsed: ParsedDocument, candidate: Candidate, label: str, p: float) -> Claim:
        predicate, first_is_subject = read_label(label)
        subject, obj = (candidate.first, candidate.second) if first_is_subject else (candidate.second, candidate.first)
        sentence = parsed.sentences[candidate.first.sentence]
        climbed = climbs(candidate.first_span.root, candidate.second_span.root)
        # the word both hang from carries the claim's stance and time ("reportedly funded", "in 2009")
        top = climbed[1] if climbed is not None and climbed[1].pos_ in ("VERB", "NOUN", "AUX") else None
        evidence = [
            EvidenceSpan("subject", subject.start, subject.end, subject.text),
            EvidenceSpan("object", obj.start, obj.end, obj.text),
        ]
        if top is not None:
            start = parsed.paragraph(sentence.paragraph).start + top.idx
            evidence.insert(0, EvidenceSpan("trigger", start, start + len(top.text), top.text))
        return build_claim(
            self.name,
            predicate,
            subject.cluster,
            obj.cluster,
            sentence,
            confidence=p,
            time=parsed.times[sentence.index],
            evidence=evidence,
            trigger=top,
        )


def fits(predicate: str, subject: ActorCluster) -> bool:
    """Whether a predicate fits its subject: a place (not a country, which can act as its
    state) leads, joins, founds or belongs to nothing ("[North Kivu province] of the DRC"); a
    branch named as a province, or a name with a body's word, is a body, whatever the NER made of
    it ("Sahel Province", "Katibat Shuhada al-Qatrun")."""
    lexicon = vocabulary().mentions
    acting = vocabulary().predicates[predicate].klass in ("ally", "enemy", "location")
    words = subject.name.split()
    body = {w.lower() for w in words} & (lexicon.organization_tails | lexicon.group_name_heads)
    branch = bool(set(words) & lexicon.branch_name_words)
    return subject.type != "location" or acting or branch or bool(body) or is_country(subject.name)


def _heads_state(claim: Claim, clusters: list[ActorCluster]) -> bool:
    """Whether a rule says who heads a state ("the Supreme Leader of Iran, Ali Khamenei"): the
    model learned leadership of bodies only, and its veto is not asked of a state's."""
    klass = vocabulary().predicates[claim.predicate].klass
    return klass == "hierarchy" and clusters[claim.object].type == "location"


def _kept(claim: Claim, given: dict[tuple[int, int, int], set[str]]) -> bool:
    """A rule's claim stays unless the model read its pair and did not give it its class."""
    for first, second in ((claim.subject, claim.object), (claim.object, claim.subject)):
        labels = given.get((claim.sentence, first, second))
        if labels is not None:
            return label_name(claim.predicate, claim.subject == first) in labels
    return True
