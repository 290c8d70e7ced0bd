"""Names that are not actors of their own, whatever the NER's label: events and instruments
("the Law of Armed Conflict"), ships ("FS Forbin"), glosses in other languages ("(Arabic:
...)"), opponents named after "anti-", plurals of acronyms and fragments of names."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from linkchart.extract.nlp.parse import Paragraph
from linkchart.model import vocabulary
from linkchart.resolve.gazetteer import territory_pair
from linkchart.resolve.names import head_word, name_key

_ARTICLE = re.compile(r"^(?:an?|the)\s+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LANGUAGE_TAG = re.compile(r"\((?P<language>[A-Z][a-z]+)\)\s*$")  # a line that ends "(Swahili)"
_NATIVE_NAME_WORDS = 12
_COORDINATION = re.compile(r"\s*(?:and|or|&|/|,)\s")
_DOCUMENT_NUMBER = re.compile(r"^[A-Z]{1,4}(?:/[A-Z\d.]+)*/\d[\w./-]*$")


def names_no_actor(para: Paragraph, ent: Span, text: str) -> bool:
    """Words that name no actor, whatever the NER took them for: a name never an actor's, a
    document's number, a bare collective capitalised ("Civilians fled"), two countries joined
    ("Mali-Niger"), a name in the page subject's own language (a ruler's known name aside)."""
    return (
        _ignored_name(text)
        or _document_number(text)
        or territory_pair(text)
        or bare_collective(text)
        or _direction_alone(para, ent, text)
        or field_label(para, ent, text)
        or (not ent.ent_id_ and _native_name(para, text))
    )


def furniture(para: Paragraph, ent: Span, text: str, body: str) -> bool:
    """A name in the page's furniture: a heading's, but for one that names an actor; a
    headline's capitalised words that the text under it (`body`, lower-cased) never says."""
    if para.kind == "heading":
        return not _names_in_heading(para, ent)
    # a document that is only its title ("ART merges into AKT") has no text under it to say so
    return para.kind == "title" and bool(body.strip()) and not ent.ent_id_ and text.lower() not in body


def _names_in_heading(para: Paragraph, ent: Span) -> bool:
    """Whether a heading's entity names an actor: one the rulers know (not a place), one defined
    with its acronym ("Abu Sayyaf Group (ASG)"), or the subject of the fields below ("Abu Sayyaf
    Group:")."""
    after = para.text[ent.end_char :].lstrip()
    if para.text.rstrip().endswith(":") or after.startswith("("):
        return True
    # a known place in a heading is where a section is, or a letterhead's city ("Washington, DC")
    return bool(ent.ent_id_) and ent.label_ not in ("GPE", "LOC")


def bare_collective(text: str) -> bool:
    """One plural word of the bare collectives ("Civilians", "Militants" opening a sentence):
    nobody in particular, as in lower case (`phrases.collective`)."""
    word = text.strip().lower()
    bare = vocabulary().mentions.bare_collectives
    return " " not in word and word.endswith("s") and (word in bare or word[:-1] in bare)


def _native_name(para: Paragraph, text: str) -> bool:
    """A page subject's name in its own language, not an actor of its own: a name with no
    letter of the Latin script ("Επαναστατική Οργάνωση 17 Νοέμβρη"), or any name of a short
    line tagged with its language ("Vikosi vya Muungano wa Kidemokrasia (Swahili)")."""
    if not _LATIN.search(text):
        return True
    tagged = _LANGUAGE_TAG.search(para.text)
    return (
        tagged is not None
        and tagged["language"] in vocabulary().mentions.gloss_languages
        and len(para.text.split()) <= _NATIVE_NAME_WORDS
    )


def _ignored_name(text: str) -> bool:
    """A name that is never an actor's (`ignored_names`), with its article or without ("a
    Foreign Terrorist Organization")."""
    return _ARTICLE.sub("", text.lower().strip()) in vocabulary().mentions.ignored_names


def _direction_alone(para: Paragraph, ent: Span, text: str) -> bool:
    """A direction whose place is said once for two: the "North" of "North and West Africa"
    ("the West" alone is an actor of its own)."""
    coordinated = _COORDINATION.match(para.text, ent.end_char) is not None
    return coordinated and text.lower().strip() in vocabulary().mentions.place_words.before


def field_label(para: Paragraph, ent: Span, text: str) -> bool:
    """A field's label inside another's value: "Allies: State allies: ..." (a table's sub-label
    run on after its row's)."""
    return para.text[ent.end_char :].lstrip().startswith(":") and text.lower().strip() in vocabulary().field_labels


def _document_number(text: str) -> bool:
    """A document's symbol, not a body's name: "S/2026/214", "A/RES/77/1" (the UN's)."""
    return _DOCUMENT_NUMBER.match(text.strip()) is not None


def names_event_or_instrument(text: str) -> bool:
    """Whether a name heads or opens with a word for an event or an instrument: "the Law of
    Armed Conflict", "the Indo-Sri Lankan Accord", "Operation Steel Curtain".

    >>> [names_event_or_instrument(n) for n in ("the Cessation of Hostilities", "Government of National Accord")]
    [True, False]
    """
    words = name_key(text).split()
    heads = vocabulary().mentions.event_and_instrument_heads
    return bool(words) and (head_word(text) in heads or words[0] in heads)


@functools.cache
def vessel_names() -> re.Pattern[str]:
    """The word after a vessel prefix ("HMS Ocean", "FS Forbin")."""
    prefixes = "|".join(sorted(map(re.escape, vocabulary().mentions.vessel_prefixes)))
    return re.compile(rf"\b(?:{prefixes})\s+(\w+)")


GLOSS = "GLOSS"  # the label of a mention that glosses the one before it in another language


@functools.cache
def gloss_pattern() -> re.Pattern[str]:
    """A parenthesis glossing a name in other languages: "(Arabic: ..., Kurdish: ...)", after
    its pronunciation too: "(/hu:thi/; Arabic: ...)"."""
    languages = "|".join(sorted(map(re.escape, vocabulary().mentions.gloss_languages)))
    return re.compile(rf"\((?:[^();]*;\s*)?(?:{languages})\s*:[^()]*\)")


def glosses_in(para: Paragraph) -> list[re.Match[str]]:
    """The gloss parentheses of a paragraph."""
    text = para.text
    return list(gloss_pattern().finditer(text)) if "(" in text else []


def gloss_at(glosses: list[re.Match[str]], ent: Span) -> re.Match[str] | None:
    """The gloss parenthesis (of `glosses_in` its paragraph) a name stands in, if any."""
    return next((g for g in glosses if g.start() < ent.start_char < g.end()), None)


def opposed(para: Paragraph, ent: Span) -> bool:
    """'anti-coalition forces', 'Anti-Taliban militias': a name after "anti-" says whom others
    oppose; it is not a mention of that actor's own people."""
    doc = para.doc
    if ent[0].lower_ == "anti":
        return True
    return ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ == "anti"


def plural_acronym(text: str) -> bool:
    """'SNCOs', 'CTFs', 'IEDs': a plural of an acronym names a kind of people or things."""
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper()


_FRAGMENT = re.compile(
    r"(^\W|[-\u2013\u2014]$|\b(of|and|the|for)$|\[|[(\u2018\u201c:;]$|://|\bwww\.|\.(com|org|net|gov|edu|htm|html)\b)",
    re.IGNORECASE,
)


def is_fragment(text: str, type_: str) -> bool:
    """NER spans cut off mid-name ("Counter-", "Affairs of", "Executive Order ("), footnote
    debris ("irrigation.[3"), addresses ("http://...", "nookl.com mirror"), and "people" with
    digits in their names ("Passcode 3080897") are not actors.

    >>> is_fragment("Counter-", "organization"), is_fragment("Affairs of", "organization")
    (True, True)
    >>> is_fragment("Hizb-i-Islami", "organization"), is_fragment("Passcode 3080897", "person")
    (False, True)
    """
    stripped = text.strip()
    return (
        len(stripped) < 2
        or bool(_FRAGMENT.search(stripped))
        or (type_ == "person" and any(c.isdigit() for c in stripped))
    )


_OPENERS = {"(": ")", "[": "]", "\u2018": "\u2019", "\u201c": "\u201d"}


def before_open_bracket(para: Paragraph, ent: Span) -> Span:
    """An entity the NER ran into a bracket or quote it never closes ends before it: "Office of
    Foreign Assets Control (OFAC", "Russian Private Military Company \u2018Wagner"."""
    for i, token in enumerate(ent):
        closer = _OPENERS.get(token.text)
        if i and closer is not None and all(t.text != closer for t in ent[i + 1 :]):
            return Span(para.doc, ent.start, ent.start + i, label=ent.label_)
    return ent


def cut_off(para: Paragraph, ent: Span, last: bool) -> bool:
    """Whether an entity is the last word of a page's opening cut mid-word ("... around the
    world, including the ci"): prose that ends on it, with no full stop, ends the document
    (`last`: the paragraph is the document's last)."""
    text = para.text.rstrip()
    return last and para.kind == "prose" and len(text) > 80 and ent.end_char >= len(text) and text[-1].isalnum()


def in_capitals(text: str) -> bool:
    """A line in capitals ("IVAN ALEKSANDROVICH MASLOV", "TERRORIST GROUPS"): its words are
    words, not acronyms."""
    words = [w for w in text.split() if w.isalpha()]
    return len(words) >= 2 and sum(len(w) > 3 for w in words) >= 2 and all(w.isupper() for w in words)
