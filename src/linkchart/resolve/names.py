"""Name normalisation: the key two spellings share when they name the same thing."""

from __future__ import annotations

import functools
import re
import unicodedata

from linkchart.model import vocabulary


@functools.cache
def _variants() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The transliteration variants of `vocabulary/mentions.yaml`, compiled."""
    return tuple((re.compile(p), r) for p, r in vocabulary().mentions.transliterations)


# apostrophes and the letters transliterations write for 'ayn and hamza (U+2019, U+02BF, ...)
_APOSTROPHES = dict.fromkeys([0x2019, 0x2018, 0x02BC, 0x02BE, 0x02BF, 0x02BB, 0x00B4, 0x0060], "'")


def head_word(name: str) -> str:
    """The word a name is a kind of: the one before its first "of", else its last (of its name
    key).

    >>> head_word("the Office of Foreign Assets Control"), head_word("US Treasury"), head_word("")
    ('office', 'treasury', '')
    """
    words = name_key(name).split()
    if not words:
        return ""
    return words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Lower case, no accents or quotes, no possessive 's, hyphens as spaces, no leading
    "the", and one spelling for common transliteration variants.

    >>> name_key("the Hizb-e-Islami's")
    'hizb i islami'
    >>> name_key("Al-Qaida") == name_key("al Qaeda") == name_key("al\u2010Qa\u02bfida")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.translate(_APOSTROPHES)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[\"`.,()\[\]]", " ", text)
    text = re.sub(r"[-_/\u2010-\u2015\u2212]", " ", text)  # hyphens and dashes of every kind
    while True:  # to the end: a word with two doubled vowels has each made single
        before = text
        text = re.sub(r"^the ", "", re.sub(r"\s+", " ", text).strip())
        for pattern, replacement in _variants():
            text = pattern.sub(replacement, text)
        text = text.replace("'", "")
        if text == before:
            return text


@functools.lru_cache(maxsize=65536)
def is_title(word: str) -> bool:
    """A title that may stand before a person's name ("Col.", "Secretary", "Mullah", "HE").

    >>> is_title("Gen."), is_title("HE"), is_title("he")
    (True, True, False)
    """
    lexicon = vocabulary().mentions
    visible = "".join(c for c in word if unicodedata.category(c) != "Cf")  # "Minister\u200e"
    return visible in lexicon.honorifics or visible.lower().rstrip(".") in lexicon.person_titles


def holds_title(name: str, title: list[str]) -> bool:
    """Whether a titled person's name carries every word of a title (name keys).

    >>> holds_title("Foreign Secretary Boris Johnson", ["foreign", "secretary"])
    True
    >>> holds_title("US Secretary of State John Kerry", ["foreign", "secretary"])
    False
    """
    return set(title) <= set(name_key(name).split()[:-1])


# Zero-width and bidirectional-control characters: invisible in a name ("Haq\u200bqani") but
# enough to hide it from the parser, or to mirror the text around it (U+202E). Removed from
# documents as they are read and from every name an analyst gives (`visible`).
INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F]
)


def visible(text: str) -> str:
    """`text` without zero-width and bidirectional-control characters.

    >>> visible("Haq\u200bqani \u202eNetwork")
    'Haqqani Network'
    """
    return text.translate(INVISIBLE)


_ALIAS_TAIL = re.compile(r"\s+(?:alias|Alias|a\.k\.a\.|aka)\s+\S.*$")


_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "in", "al", "el", "de", "du", "des", "la", "le"})


def initials(name: str) -> str:
    """The capitals of a name's words, function words left out.

    >>> initials("Allied Democratic Forces"), initials("al-Qaeda in the Arabian Peninsula")
    ('ADF', 'QAP')
    """
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _INITIAL_SKIP]
    return "".join(w[0] for w in words if w[0].isupper())


@functools.lru_cache(maxsize=65536)
def display_name(text: str) -> str:
    """A mention's text as a name: without a leading "the", a possessive, stray quotes or an
    "alias" and what follows it.

    >>> display_name("the Haqqani network's"), display_name("Muzaffar Ahmad Baba alias Mukhtar")
    ('Haqqani network', 'Muzaffar Ahmad Baba')
    """
    text = re.sub(r"[\u2019']s$", "", text.strip()).strip(" \"'\u201c\u201d")
    text = _ALIAS_TAIL.sub("", text)  # "Muzaffar Ahmad Baba alias Mukhtar": the name before "alias"
    return re.sub(r"^(?:the|The)\s+", "", text)


def slug(text: str, separator: str = "-") -> str:
    """The one way an id is made from words: lower case ASCII letters and digits, runs of
    anything else one separator.

    >>> slug("Hizb i Islami"), slug("North Waziristan", "_")
    ('hizb-i-islami', 'north_waziristan')
    """
    return re.sub(r"[^a-z0-9]+", separator, text.lower()).strip(separator)


def actor_key(type_: str, name: str, known_id: str | None) -> str:
    """The identity of an actor across documents: its known id, else its type and name key.

    >>> actor_key("person", "Gulbuddin Hekmatyar", None)
    'person:gulbuddin-hekmatyar'
    """
    if known_id:
        return known_id if known_id.startswith("place:") else f"known:{known_id}"
    return f"{type_}:" + slug(name_key(name))
