"""`linkchart.relations.infobox.v2`: the fields of encyclopedia pages and profiles ("Allies:
Hezbollah, Iran", "Opponents | ...", "LeadersJamil Mukulu"), found by page structure
(`ingest.structure`), with labels and predicates declared in `vocabulary/infobox.yaml`.

Each item of a field is a claim about the subject of its section on its own: the actor its
nearest heading names ("Abu Sayyaf Group (ASG):" in a list of groups), else the page's own
actor (the one its title names, else the organization it mentions most). An item's own dates
("(until 1992)", "1994-present") are its claim's time, and its own hedge words ("(suspected)")
its hedge; the names in its brackets qualify it and are no items ("Musa Baluku (commander of
the pro-ISIL faction)"), but for the places a field lists ("Italy (Turin, Milan)"). Items of
one list are never related to each other.

v2: fields come from page structure (v1 read "Label: value" lines with a regular expression,
so that "Opponents: A, B, C" was also read as prose and its items related to each other), and
an item's time and hedge are its own (v1 gave every item the document's date)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Literal

from linkchart.extract.extractors.claims import build_claim
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.mentions.topic import named_in, page_actor
from linkchart.extract.nlp.parse import Paragraph
from linkchart.extract.time import as_of_document, document_scope, read_expressions
from linkchart.ingest.structure import segment
from linkchart.model import ActorCluster, Claim, Document, EvidenceSpan, Mention, TimeScope, vocabulary
from linkchart.registry import extractors

__all__ = ["InfoboxExtractor"]

_CONFIDENCE = 0.65


def _fields(
    document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]
) -> Iterator[tuple[int, Paragraph]]:
    """Each field value or item whose label states a relation, with the subject of its section."""
    fields = vocabulary().infobox
    subject = page_actor(parsed, clusters)
    paragraphs = parsed.paragraphs
    for n, para in enumerate(paragraphs):
        heads = para.kind == "heading" and (para.text.rstrip().endswith(":") or _over_fields(paragraphs, n))
        if heads and (named := named_in(parsed, clusters, para)):
            # "Abu Sayyaf Group (ASG):" heads the fields below it; so does a wing's name over its
            # own infobox ("People's Defence Forces" / "Hêzên Parastina Gel (HPG)" / its fields)
            subject = named[0].cluster
        elif para.label in fields and subject is not None:
            yield subject, para


def _over_fields(paragraphs: list[Paragraph], n: int) -> bool:
    """Whether a heading stands right over fields: the next part that is no heading is one."""
    after = next((p for p in itertools.islice(paragraphs, n + 1, None) if p.kind != "heading"), None)
    return after is not None and after.kind == "field" and after.label is not None


def _page_dates(document: Document) -> dict[str, TimeScope]:
    """The page actor's dates its fields give ("Founded 2014", "Dates of operation
    1975-2002"), by kind: the first of each."""
    kinds = {label: kind for kind, labels in vocabulary().infobox_date_labels.items() for label in labels}
    dates: dict[str, TimeScope] = {}
    for part in segment(document.text, document.title):
        if part.kind == "dates" and part.label in kinds:
            found = [e.scope for e in read_expressions(document.text[part.start : part.end]) if e.scope]
            if found:
                dates.setdefault(kinds[part.label], replace(found[0], source="field"))
    return dates


def _field_time(claim: Claim, dated_by: str | None, page_dates: Callable[[], dict[str, TimeScope]]) -> Claim:
    """An item with no date of its own: the page's date field it falls back on, else (for
    anything but a founding) what the page says holds as of its date: "Allies: X" is now."""
    if claim.time.source not in ("document", "none"):
        return claim
    if dated_by and dated_by in page_dates():
        return replace(claim, time=page_dates()[dated_by])
    return claim if dated_by == "founded" else replace(claim, time=as_of_document(claim.time))


def _bracketed(before: str) -> bool:
    """Whether a bracket is open at the end of `before`."""
    return before.count("(") > before.count(")")


@extractors.register("linkchart.relations.infobox.v2")
class InfoboxExtractor:
    name = "linkchart.relations.infobox.v2"

    def __call__(self, document: Document, parsed: ParsedDocument, clusters: list[ActorCluster]) -> list[Claim]:
        fields = vocabulary().infobox
        page_dates = functools.cache(lambda: _page_dates(document))  # read only where a field needs it
        locative = {n: p.klass == "location" for n, p in vocabulary().predicates.items()}
        claims: list[Claim] = []
        for subject, para in _fields(document, parsed, clusters):
            field = fields[str(para.label)]
            # on a person's page a field may mean another tie: "Allegiance" is membership
            predicate = (clusters[subject].type == "person" and field.person_predicate) or field.predicate
            end = para.start + len(para.text)
            named = [m for m in parsed.mentions if para.start <= m.start < end and m.cluster != subject]
            # "Musa Baluku (leader 2015-2019; commander of pro-ISIL faction)": what the brackets
            # say of an item qualifies it; their names are no items of the field. Places in
            # brackets are places too: "Italy (Turin, Milan)"
            plain = [m for m in named if locative[field.predicate] or not _bracketed(para.text[: m.start - para.start])]
            listed: dict[int, Mention] = {}
            for mention in plain or named:
                listed.setdefault(mention.cluster, mention)
            for cluster, mention in listed.items():
                if locative[field.predicate] and clusters[cluster].type != "location":
                    continue  # "Headquarters" lists places; "Allies" lists actors, states named as places too
                claim = self._claim(document, parsed, para, subject, cluster, mention, predicate, field.role)
                claims.append(_field_time(claim, field.dated_by, page_dates))
        return claims

    def _claim(
        self,
        document: Document,
        parsed: ParsedDocument,
        para: Paragraph,
        subject: int,
        cluster: int,
        mention: Mention,
        predicate: str,
        role: Literal["subject", "object"],
    ) -> Claim:
        s, o = (subject, cluster) if role == "subject" else (cluster, subject)
        side: Literal["subject", "object"] = "object" if role == "subject" else "subject"
        own = parsed.times[mention.sentence]
        root = parsed.root_of(mention)
        return build_claim(
            self.name,
            predicate,
            s,
            o,
            parsed.sentences[mention.sentence],
            confidence=_CONFIDENCE,
            time=own if own.source == "sentence" else document_scope(document.date),
            evidence=(EvidenceSpan(side, mention.start, mention.end, mention.text),),
            trigger=root,  # the item's own hedge words: "Al-Shabaab (suspected)"
            span=(para.start, para.start + len(para.text)),
        )
