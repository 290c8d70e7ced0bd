"""Inline acronym definitions: "al Qaeda in the Islamic Maghreb (AQIM)" names one actor, not
"al Qaeda" and "the Islamic Maghreb". A spaCy component, `linkchart_long_forms`, finds each
"(SHORT)" after a name and makes the long form one entity, replacing the pieces the NER saw."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from linkchart.extract.nlp.shapes import clear_known_ids, set_entities
from linkchart.model import vocabulary

PARENTHESIS = re.compile(r"\(\s*([^()\s]{2,10})\s*\)")
_LEADING_WORDS = frozenset({"the", "of", "for", "and", "in"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def acronym_shaped(doc: Doc, defined: dict[str, str | None]) -> list[Token]:
    """The tokens that may be acronyms: defined ones, and short words of letters that are
    neither lower case nor capitalised (read off the token table, not token by token)."""
    table = doc.to_array([IS_ALPHA, LENGTH, IS_LOWER, IS_TITLE, ORTH])
    shaped = (table[:, 0] == 1) & (table[:, 1] >= 2) & (table[:, 1] <= 7) & (table[:, 2] == 0) & (table[:, 3] == 0)
    if defined:
        keys = [doc.vocab.strings.add(short) for short in defined]
        shaped |= np.isin(table[:, 4], keys)
    return [doc[int(i)] for i in np.flatnonzero(shaped)]


def is_acronym(word: str) -> bool:
    """An acronym's shape: at least two capitals, at least half the letters capital, starting
    with one ("ISI", "HuJI", "LeT", "BR-PCC"); not a capitalised word ("McCain", "Syria").

    >>> [is_acronym(w) for w in ("ISI", "HuJI", "LeT", "BR-PCC", "McCain", "Syria", "I", "IEDs")]
    [True, True, True, True, False, False, False, True]
    """
    if not 2 <= len(word) <= 10 or not word[0].isupper():
        return False  # most words, cheaply
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return (
        2 <= len(word) <= 10
        and word[0].isupper()
        and capitals >= 2
        and capitals * 2 >= len(letters)
        and all(c.isalnum() or c == "-" for c in word)
    )


def schwartz_hearst(short: str, before: str) -> str | None:
    """The long form that `short` abbreviates at the end of `before`, by the algorithm of
    Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions in
    biomedical text": match the short form's characters right to left in order, the first
    one at the start of a word, and take the shortest text that does.

    >>> schwartz_hearst("AQIM", "In 2014 it split from al Qaeda in the Islamic Maghreb")
    'al Qaeda in the Islamic Maghreb'
    >>> schwartz_hearst("ISI", "the Pakistani Inter-Services Intelligence")
    'Inter-Services Intelligence'
    >>> schwartz_hearst("COLP", "Communists Organized for Proletarian Liberation") is None
    True
    """
    chars = [c.lower() for c in short if c.isalnum()]
    position = len(before) - 1
    for n, char in enumerate(reversed(chars)):
        first = n == len(chars) - 1
        while position >= 0 and (
            before[position].lower() != char or (first and position > 0 and before[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
    start = before.rfind(" ", 0, position + 2) + 1
    long_form = before[start:]
    return long_form if len(long_form.split()) <= min(len(chars) + 5, len(chars) * 2) else None


def _joiners() -> frozenset[str]:
    lexicon = vocabulary().mentions
    return lexicon.name_joiners | lexicon.name_particles


def capitalised_run(before: str) -> str | None:
    """The run of capitalised words (with name particles between them) that ends `before`,
    for acronyms of names in another language ("Communists Organized for Proletarian
    Liberation (COLP)"); None unless it holds two capitalised words.

    >>> capitalised_run("In 1979 Communists Organized for Proletarian Liberation")
    'Communists Organized for Proletarian Liberation'
    >>> capitalised_run("was formed by the Union of Communist Combatants")
    'Union of Communist Combatants'
    >>> capitalised_run("split from the group") is None
    True
    """
    words = before.split()
    joiners = _joiners()
    kept: list[str] = []
    for word in reversed(words):
        if (word[:1].isupper() and word.strip(",;:") == word) or (word.lower() in joiners and kept):
            kept.append(word)
        else:
            break
    while kept and (kept[-1].lower() in joiners or kept[-1] == "The"):
        kept.pop()  # the run starts at its first capitalised word
    if sum(w[:1].isupper() for w in kept) < 2 or any(w[:1].isdigit() for w in kept):
        return None
    return " ".join(reversed(kept))


def _long_form_span(doc: Doc, short: str, open_paren: int) -> Span | None:
    sentence = doc.char_span(open_paren, open_paren + 1, alignment_mode="expand")
    if sentence is None:
        return None
    sent_start = sentence[0].sent.start_char
    before = doc.text[sent_start:open_paren].rstrip()
    long_form = schwartz_hearst(short, before) or capitalised_run(before)
    if long_form is None or not long_form[:1].isalpha():
        return None
    words = list(re.finditer(r"\S+", long_form))
    while words and words[0].group().lower() in _LEADING_WORDS:
        words.pop(0)  # "(the) Islamic Movement", "(of the) Workers Armed for Liberation"
    if not words or not (_named(words[0].group()) or words[0].group().lower() in _joiners()):
        return None
    start = sent_start + len(before) - len(long_form) + words[0].start()
    return doc.char_span(start, sent_start + len(before), alignment_mode="expand")


def _named(word: str) -> bool:
    """Whether a word opens a name: capitalised, or a particle hyphened to a capital
    ("al-Qa'ida in Yemen (AQY)", "ul-Mujahideen")."""
    return word[:1].isupper() or any(c.isupper() for c in word.partition("-")[2][:1])


def _start(entity: Span) -> int:
    """Where a name starts, past any article or preposition the NER took in ("The Union of
    ...", "of the Workers ...")."""
    start = entity.start
    while start < entity.end - 1 and entity.doc[start].pos_ in ("DET", "ADP"):
        start += 1
    return start


@Language.component("linkchart_long_forms")
def long_forms(doc: Doc) -> Doc:
    """Make each defined acronym's long form one organization entity (unless the NER read its
    pieces as places only), and the acronym one too where the NER left it out."""
    entities = list(doc.ents)
    added: list[Span] = []
    for match in PARENTHESIS.finditer(doc.text):
        short = match.group(1)
        acronym = doc.char_span(match.start(1), match.end(1))
        if not is_acronym(short) or acronym is None:
            continue
        span = _long_form_span(doc, short, match.start())
        if span is None or len(span) < 2:
            continue
        overlapping = [e for e in entities if e.start < span.end and span.start < e.end]
        if any(_start(e) == span.start and e.end == span.end for e in overlapping):
            continue
        if overlapping and all(e.label_ in _PLACE_LABELS for e in overlapping):
            continue
        close = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
        if any(_start(e) < span.start or (close is not None and e.end > close.end) for e in overlapping):
            continue  # a name that starts before the run: leave the NER's reading alone
        entities = [e for e in entities if e not in overlapping]
        added.append(Span(doc, span.start, span.end, label="ORG"))
        entities.append(added[-1])
        if not any(e.start < acronym.end and acronym.start < e.end for e in entities):
            entities.append(Span(doc, acronym.start, acronym.end, label="ORG"))
    set_entities(doc, entities)
    clear_known_ids(doc, added)
    return doc
