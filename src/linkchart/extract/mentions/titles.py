"""Titles around a person's name: the words of office, rank and honour before it ("Foreign
Secretary Philip Hammond", "Army Lt. Gen. X", "HE Dr X"), the body or nationality whose office
it is ("Pentagon Press Secretary X", "US Secretary of State X"), and the holder of an office the
NER ran into the name ("Minister for [the Middle East Tobias Ellwood]")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from linkchart.extract.nlp.acronyms import is_acronym
from linkchart.extract.nlp.parse import Paragraph
from linkchart.model import vocabulary
from linkchart.resolve.gazetteer import coordinates, territory_code
from linkchart.resolve.names import is_title, name_key

GROUP_LABELS = frozenset({"NORP"})  # the NER's label for nationalities and peoples
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _qualifies_title(token: Token) -> bool:
    """A nationality ("Turkish") or a country's or body's acronym ("US", "UN") before a title."""
    return token.ent_type_ in GROUP_LABELS or (token.ent_type_ in ("GPE", "ORG") and is_acronym(token.text))


def title_qualifier(para: Paragraph, ent: Span) -> bool:
    """Whether a one-word entity only qualifies the title of the person named after it ("US" in
    "US Secretary of State John Kerry"): the person's mention takes it."""
    lexicon = vocabulary().mentions
    # "Pentagon Press Secretary Peter Cook", "Army Lt. Gen. X"; "[Air Force Col]. X" read as a person
    office = ent.label_ == "ORG" or (ent.label_ == "PERSON" and _service(ent))
    if not office and (len(ent) != 1 or not _qualifies_title(ent[0])):
        return False
    after = para.doc[ent.end] if ent.end < len(para.doc) else None
    if after is None or not (is_title(after.text) or after.text == "."):
        return False  # most entities: no title follows
    i, end = ent.end, ent.sent.end
    while i < end and (is_title(para.doc[i].text) or para.doc[i].lower_ == "of" or para.doc[i].text == "."):
        i += 1
    if not (ent.end < i < end and para.doc[i].ent_type_ == "PERSON" and para.doc[i].ent_iob_ == "B"):
        return False
    # "Hezbollah leader X": the group is an actor of its own, that X leads; but the NER may take
    # a rank into a service ("[Air Force Col]. John Dorrian")
    return not office or any(t.lower_ in lexicon.office_titles for t in para.doc[ent.end : i]) or _service(ent)


def _service(ent: Span) -> bool:
    """Whether an entity is a service's name with ranks ("Air Force Col")."""
    return name_key(" ".join(t.text for t in ent if not is_title(t.text))) in vocabulary().mentions.service_branches


def title_start(para: Paragraph, name_start: int) -> int:
    """Where the title words right before a name begin ("Foreign Secretary Philip Hammond",
    "Secretary of State John Kerry"), with a nationality or the body whose office it is before
    them; `name_start` when there are none."""
    sent_start = para.doc[name_start].sent.start
    start = name_start
    while start > sent_start:
        previous = para.doc[start - 1]
        if previous.text == "." and start - 2 >= sent_start and is_title(para.doc[start - 2].text):
            start -= 2  # "Col. John Thomas": the tokenizer split the abbreviation's full stop off
        elif is_title(previous.text) or (
            previous.lower_ == "of" and start - 2 >= sent_start and is_title(para.doc[start - 2].text)
        ):
            start -= 1
        else:
            break
    while start < name_start and para.doc[start].lower_ == "of":
        start += 1
    branches = vocabulary().mentions.service_branches
    if start < name_start:  # "Army Lt. Gen. X", "Air Force Col. X"
        start -= next(
            (n for n in (2, 1) if start - n >= sent_start and name_key(para.doc[start - n : start].text) in branches), 0
        )
    if start < name_start and start > sent_start and _qualifies_title(para.doc[start - 1]):
        start -= 1  # "Turkish Foreign Minister X", "US Secretary of State X": the country is part of the title
    elif start < name_start and start > sent_start and para.doc[start - 1].ent_type_ == "ORG":
        office = next((e for e in para.doc.ents if e.end == start), None)
        if office is not None and title_qualifier(para, office):
            start = office.start  # "Pentagon Press Secretary X": the body is part of the title
    return start


def office_holder(para: Paragraph, ent: Span, surnames: frozenset[str]) -> tuple[Span, Span] | None:
    """The person at the end of an entity the NER ran on from the place of an office into the
    name of its holder ("Minister for [the Middle East Tobias Ellwood]", "Ambassador to [Libya
    Chris Stevens]"), when the document names someone by that surname elsewhere or the words
    before the name are a known place: the whole titled mention, and the holder's name (its
    last two words)."""
    doc = para.doc
    if ent.label_ not in ("ORG", "PERSON", "NORP", "LOC", "GPE") or len(ent) < 3:
        return None
    start = ent.start - (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    holder = doc[ent.end - 2 : ent.end]
    if ent[-1].text not in surnames and not _posted_to_place(doc, ent, start):
        return None
    if (
        start < 2
        or doc[start - 1].lower_ not in ("for", "of", "to")
        or not is_title(doc[start - 2].text)
        or any(not t.is_title or t.pos_ != "PROPN" for t in holder)
        or not ent[-3].is_title
    ):
        return None
    return doc[title_start(para, start - 1) : ent.end], holder


def _posted_to_place(doc: Doc, ent: Span, start: int) -> bool:
    """Whether an office's title is "to" or "for" a known place that opens the entity, and the
    entity ends on two words no body's name ends on: "Ambassador to [Libya Chris Stevens]"; not
    "commander of [U.S. Central Command]"."""
    place = doc[ent.start + (ent[0].lower_ == "the") : ent.end - 2]
    return (
        start > 0
        and doc[start - 1].lower_ in ("for", "to")
        and len(place) > 0
        and (coordinates(place.text) or territory_code(place.text)) is not None
        and ent[-1].lower_ not in vocabulary().mentions.organization_tails
    )


def with_title(para: Paragraph, ent: Span) -> Span:
    """The person's name with the title words right before it and the rest of a name the NER
    cut at a nickname; named actors before it are left alone."""
    start = title_start(para, ent.start)
    end = ent.end - 1 if ent.end - ent.start > 1 and ent[-1].tag_ == "POS" else ent.end
    nickname = para.doc[end : end + 4]
    if (
        len(nickname) == 4
        and end + 4 <= ent.sent.end
        and nickname[0].text in _QUOTES
        and nickname[2].text in _QUOTES
        and nickname[3].pos_ == "PROPN"
        and nickname[3].is_title
    ):
        end += 4  # 'Richard "Tex" Coe': the NER stopped at the nickname
    return para.doc[start:end]
