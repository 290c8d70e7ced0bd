"""Names recognised by their shape: "Ahrar al-Sham" (a head word of Arabic, Urdu or Pashto
group names), "the Second Soran Unit" (capitalised words ending in a kind of body). The head
patterns also feed an EntityRuler before the NER; the component `linkchart_name_shapes`, after
it, lets a shaped name (found by `shaped_names`) replace the shorter entities it holds ("Jaysh
al-Mujahedeen" around the known "Mujahedeen", "the Al-Tawhid Islamic Front" around a PERSON
"Al-Tawhid"), and makes whole a name the NER cut in two ("[Prima] [Linea]")."""

from __future__ import annotations

import itertools
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from linkchart.extract.nlp.shaped_names import ShapedNames
from linkchart.model import vocabulary
from linkchart.resolve.gazetteer import DASHES, territory_pair
from linkchart.resolve.names import is_title

_FAMILY_CAPITALS = 4  # letters at least of a family name in capitals (shorter ones are acronyms)


def group_name_patterns() -> list[dict[str, Any]]:
    """Token patterns for names like "Ahrar al-Sham", "Jabhat Fatah al-Sham", "Ansar Dine",
    "Jaish-e-Mohammed": a head word, then up to three capitalised words, each maybe after a
    particle and a hyphen."""
    lexicon = vocabulary().mentions
    head = {"LOWER": {"IN": sorted(lexicon.group_name_heads)}, "TEXT": {"REGEX": "^[A-Z]"}}  # "Kata'ib"
    particle = {"LOWER": {"IN": sorted(lexicon.name_particles)}, "OP": "?"}
    hyphen = {"ORTH": "-", "OP": "?"}
    word = {"IS_TITLE": True, "IS_SENT_START": False}
    patterns = []
    for words in (3, 2, 1):
        pattern: list[dict[str, Any]] = [head]
        for _ in range(words):
            pattern += [hyphen, particle, hyphen, word]
        patterns.append({"label": "ORG", "pattern": pattern})
    return patterns


def tail_label(span: Span) -> str:
    """A tail-shaped name is a place when its last word is a kind of place, else a body."""
    return "LOC" if span[-1].lower_ in vocabulary().mentions.place_name_tails else "ORG"


def set_entities(doc: Doc, entities: list[Span]) -> None:
    """Make `entities` the doc's entities. Our components widen, join and add names, and on odd
    text (a page of title-case labels, a word in every case) two of them can come to share a
    token, which spaCy refuses (E1010): then the longer name is kept, as `filter_spans` does."""
    ordered = sorted(entities, key=lambda e: e.start)
    if any(a.end > b.start for a, b in itertools.pairwise(ordered)):
        ordered = sorted(filter_spans(ordered), key=lambda e: e.start)
    doc.set_ents(ordered)


def clear_known_ids(doc: Doc, spans: list[Span]) -> None:
    """A new, longer name is not the known actor a ruler matched inside it: its tokens drop
    the ruler's id (a span's id is read off its root token)."""
    for span in spans:
        for token in span:
            token.ent_id_ = ""


class NameShapes:
    """Entities for shaped names that contain no entity but shorter ones (or are a name the
    NER misread: "the Samarra Barrage" as a person's, "the Eastern Alliance" as a place)."""

    def __init__(self, nlp: Language) -> None:
        self.shaped_names = ShapedNames(nlp.vocab.strings)

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.ents)
        added: list[Span] = []
        matches = [
            Span(doc, start, end, label=tail_label(doc[start:end]) if label == "TAIL" else label)
            for start, end, label in self.shaped_names(doc)
        ]
        for span in filter_spans(matches):
            inside = [e for e in entities if e.start < span.end and span.start < e.end]
            if any(e.start == span.start - 1 and doc[e.start].lower_ == "the" for e in inside):
                # the NER's "the Samarra Barrage" or "the Syrian National" (Coalition)
                span = Span(doc, span.start - 1, span.end, label=span.label)
            if len(inside) > 1 and any(t.lower_ == "and" for t in span):
                continue  # "the US and Northern Alliance forces": a list of names, not one
            if any(
                e.start < span.start or e.end > span.end or (len(e) == len(span) and not _misread(e, span))
                for e in inside
            ):
                continue  # a name that reaches outside, or the same name read as what it may be: it stays
            added.append(span)
            entities = [e for e in entities if e not in inside] + added[-1:]
        entities = [_trimmed(doc, e) for e in entities]
        entities = _with_particle_heads(doc, entities)
        entities, joined = _joined_neighbours(doc, entities)
        entities, hyphened = _hyphen_compounds(doc, entities)
        entities, offices = _office_names(doc, entities)
        entities = [_capitalised_surname(doc, e) for e in entities]
        entities, borders = _borders(doc, entities)
        added += joined + hyphened + offices + borders
        set_entities(doc, entities)
        clear_known_ids(doc, added)
        return doc


def _misread(entity: Span, shaped: Span) -> bool:
    """Whether the NER misread a shaped name: as a person ("the Samarra Barrage"), or as a
    place where its last word names a body ("the Eastern Alliance"), unless a ruler knows it."""
    place = entity.label_ in ("GPE", "LOC") and shaped.label_ == "ORG" and not entity.ent_id_
    return entity.label_ == "PERSON" or place


def _trimmed(doc: Doc, ent: Span) -> Span:
    """A name without the words at its edges that the NER took in and no name has: a quantifier
    or the adverb or conjunction opening its sentence before it ("[Many Tigers Front] members",
    "[Later Abadi] left"), a preposition in lower case ("members [at Revolutionary Guard] bases";
    not a name's particle, "ad", "al"), a slash after it ("[Communist Party of the
    Philippines/]New People's Army"). (A name cut at a hyphen, "Counter-", stays cut: it is a
    fragment, `nonactors.is_fragment`.)"""
    first = ent[0]
    quantifier = first.lower_ in vocabulary().triggers.quantifiers and first.pos_ in ("DET", "ADJ", "PRON")
    opener = bool(first.is_sent_start) and first.pos_ in _OPENERS
    particle = first.lower_ in vocabulary().mentions.name_particles and not first.is_stop  # "at" is English first
    preposition = first.pos_ == "ADP" and first.is_lower and bool(first.whitespace_) and not particle
    start = ent.start + (len(ent) > 1 and (quantifier or opener or preposition))
    end = ent.end - (ent.end - start > 1 and doc[ent.end - 1].text == "/")
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)


_OPENERS = frozenset({"ADV", "CCONJ", "SCONJ", "INTJ"})  # parts of speech no name begins with
_PEOPLE_LABELS = ("NORP", "GROUP")  # the NER's and the collective ruler's labels for a people


def _with_particle_heads(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities the NER began after an Arabic particle ("Salah ad [Din Province]"), begun at
    the capitalised word before the particle, which may have been an entity of its own."""
    particles = vocabulary().mentions.name_particles
    starts = {e.start: e for e in entities}
    ends = {e.end: e for e in entities}
    for ent in list(entities):
        head = ent.start - 2
        if head < 0 or ent.label_ not in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
            continue
        particle, word = doc[ent.start - 1], doc[head]
        before = ends.get(head + 1)
        if (
            particle.lower_ in particles
            and particle.is_lower
            and not particle.is_stop  # "at", "as", "an" are English before they are Arabic
            and word.is_title
            and word.pos_ == "PROPN"
            and (before is None or len(before) == 1)
            and ent.start - 1 not in starts
        ):
            entities = [e for e in entities if e is not ent and e is not before]
            entities.append(Span(doc, head, ent.end, label=ent.label_))
    return entities


def _joined_neighbours(doc: Doc, entities: list[Span]) -> tuple[list[Span], list[Span]]:
    """Names the NER cut short or in two ("Prima [Linea]", "[Badran Turki] [Hishan al-Mazidi]",
    "[Jabhat al-] [Nusra]"), made whole: a capitalised word or a name runs into the next name
    as a compound, or ends on a particle, and neither is a name the rulers know (a known name
    is whole: "[Hamas] [Iraq]" may be a branch, "[Kurdish] [Hamas]" a nationality)."""
    particles = vocabulary().mentions.name_particles
    ordered = sorted(entities, key=lambda e: e.start)
    for i, ent in enumerate(ordered):
        word = doc[ent.start - 1] if ent.start > 0 else None
        if (
            word is not None
            and not ent.ent_id_
            and not word.ent_type_
            and word.is_title
            and word.pos_ == "PROPN"
            and word.dep_ == "compound"
            and ent.start <= word.head.i < ent.end
            and not is_title(word.text)
        ):
            ordered[i] = Span(doc, word.i, ent.end, label=ent.label_)  # "Prima [Linea]"
    kept: list[Span] = []
    joined: list[Span] = []
    for ent in ordered:
        before = kept[-1] if kept else None
        if before is None or before.end != ent.start or not _joins(before, ent, particles):
            kept.append(ent)
            continue
        labels = {before.label_, ent.label_}
        # the head's label, unless the NER called one part a place and the other a person, or
        # the head a people ("Harkat-ul [Mujahideen]")
        label = "ORG" if "PERSON" in labels and labels & {"GPE", "LOC"} else ent.label_
        label = before.label_ if label in _PEOPLE_LABELS else label
        kept[-1] = Span(doc, before.start, ent.end, label=label)
        joined = [j for j in joined if j is not before] + [kept[-1]]
    return kept, joined


def _hyphen_compounds(doc: Doc, entities: list[Span]) -> tuple[list[Span], list[Span]]:
    """A name the tokenizer cut at a hyphen inside one written word, made whole: "[ISIS]-GS",
    "[ISIS]-K" are branches, not ISIS (their own names, so the known id goes). A hyphen between
    two names a ruler knows or two places joins nothing: "US-Taliban talks", "Mali-Niger"."""
    taken = {t for e in entities for t in range(e.start, e.end)}
    whole: list[Span] = []
    widened: list[Span] = []
    for ent in entities:
        end = ent.end
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].text[:1].isupper()
            and end + 1 not in taken
            and doc[end + 1].is_alpha
        ):
            end += 2
        if end == ent.end:
            whole.append(ent)
            continue
        widened.append(Span(doc, ent.start, end, label=ent.label_))
        whole.append(widened[-1])
    return whole, widened


def _office_names(doc: Doc, entities: list[Span]) -> tuple[list[Span], list[Span]]:
    """A body the NER ended on its head word before "of" ("the [U.S. Department] of the
    Treasury's Office") runs on over the capitalised words after "of" (and "the"), up to a
    possessive, a lower-case word or a person, taking in the names it meets ("State", "the
    Treasury"); one the NER began after "of" ("Office of [Foreign Assets Control]") starts at
    its head word."""
    heads = vocabulary().mentions.office_heads
    kept: list[Span] = []
    widened: list[Span] = []
    for ent in sorted(entities, key=lambda e: e.start):
        if kept and kept[-1].end > ent.start:
            rest = _rest_after(doc, ent, kept[-1].end)  # partly taken into the name before it
            if rest is None:
                continue
            ent = rest
        start, end = _office_head_before(doc, ent, heads), ent.end
        start = ent.start if kept and kept[-1].end > start else start
        if ent.label_ == "ORG" and ent[-1].lower_ in heads and end + 1 < len(doc) and doc[end].lower_ == "of":
            end += 1 + (doc[end + 1].lower_ == "the")
            first = end
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ != "PERSON":
                end += 1
            end = end if end > first else ent.end
        if (start, end) == (ent.start, ent.end):
            kept.append(ent)
            continue
        kept.append(Span(doc, start, end, label="ORG"))
        widened.append(kept[-1])
    return kept, widened


def _borders(doc: Doc, entities: list[Span]) -> tuple[list[Span], list[Span]]:
    """Two countries joined by a hyphen before a word for what lies between them ("the
    [Mali-Niger] border", "the Saudi Arabia\u2013Yemen border") name that place, with the word."""
    between = vocabulary().mentions.place_words.between
    kept: list[Span] = []
    borders: list[Span] = []
    for ent in sorted(entities, key=lambda e: e.start):
        before = kept[-1] if kept else None
        if before is not None and before.end + 1 == ent.start and doc[before.end].text in DASHES:
            pair = doc[before.start : ent.end]  # "[Saudi Arabia]\u2013[Yemen]", cut at the dash
        else:
            before, pair = None, ent
        if pair.end < len(doc) and doc[pair.end].lower_ in between and territory_pair(pair.text):
            borders.append(Span(doc, pair.start, pair.end + 1, label="LOC"))
            kept[-1 if before is not None else len(kept) :] = borders[-1:]
            continue
        kept.append(ent)
    return kept, borders


def _capitalised_surname(doc: Doc, ent: Span) -> Span:
    """A person's name as the CIA Factbook, Treasury and the UN's lists write it, given names
    then the family name in capitals ("Isnilon HAPILON", "Jurgen KANTNER"), which the NER reads
    as a body's: a person's, where the capitals are no acronym the document defines."""
    *given, family = ent
    if (
        ent.label_ == "PERSON"
        or ent.ent_id_
        or not given
        or not (family.is_upper and family.is_alpha and len(family) >= _FAMILY_CAPITALS)
        or not all(t.is_title and t.is_alpha and not t.is_stop for t in given)
    ):
        return ent  # the shape is checked first: every entity of every document comes here
    lexicon = vocabulary().mentions
    if any(t.lower_ in lexicon.organization_tails | lexicon.office_heads for t in given):
        return ent
    return ent if f"({family.text})" in doc.text else Span(doc, ent.start, ent.end, label="PERSON")


def _rest_after(doc: Doc, ent: Span, taken: int) -> Span | None:
    """What is left of an entity after a name took its first words ("the Treasury's [Office of
    Foreign Assets Control]"), from its first capitalised word; None where nothing is."""
    start = taken
    while start < ent.end and not doc[start].is_title:
        start += 1
    return Span(doc, start, ent.end, label=ent.label_) if start < ent.end else None


def _office_head_before(doc: Doc, ent: Span, heads: frozenset[str]) -> int:
    """Where a body's name begins that the NER began after "Office of": at the head word."""
    at = ent.start - 1
    if ent.label_ != "ORG" or at < 1 or doc[at].lower_ != "of":
        return ent.start
    head = doc[at - 1]
    return head.i if head.lower_ in heads and head.is_title else ent.start


def _joins(first: Span, second: Span, particles: frozenset[str]) -> bool:
    names = ("GPE", "LOC", "ORG", "PERSON", "FAC")
    last = first[-1]
    # "Jabhat al-" before a known "Nusra"; "Harkat-ul" before "Mujahideen", a people to the NER
    on_particle = len(first) > 1 and (
        (last.text == "-" and first[-2].lower_ in particles) or (last.lower_ in particles and first[-2].text == "-")
    )
    if first.label_ not in names or second.label_ not in ((*names, *_PEOPLE_LABELS) if on_particle else names):
        return False
    if on_particle:
        return not first.ent_id_
    # "[Abu Umar] [al-Baghdadi]": a known man's family name after another man's given names is
    # the other man's
    family = (
        first.label_ == second.label_ == "PERSON" and sum(t.is_alpha and t.lower_ not in particles for t in second) == 1
    )
    return (
        not first.ent_id_
        and (not second.ent_id_ or family)
        and last.dep_ == "compound"
        and second.start <= last.head.i < second.end
        and all(t.pos_ == "PROPN" or t.lower_ in particles or t.text == "-" for t in first if t.lower_ != "the")
    )


@Language.factory("linkchart_name_shapes")
def make_name_shapes(nlp: Language, name: str) -> NameShapes:
    return NameShapes(nlp)
