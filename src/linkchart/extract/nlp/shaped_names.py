"""Where names of a known shape lie in a parsed text, found from their key words outward.

Three shapes (their words are in `vocabulary/mentions.yaml`):

- a group name's head word, then up to three capitalised words, each maybe after a particle and
  a hyphen: "Ahrar al-Sham", "Jabhat Fatah al-Sham", "Jaish-e-Mohammed";
- a place's head word, "of", up to three proper nouns: "the Gulf of Aden";
- up to four capitalised words, maybe joined by particles and hyphens, then a tail word naming
  a kind of body or of place: "the Al-Tawhid Islamic Front", "Kurdistan Islamic Group", "the
  Tigris River".

As token patterns these cost the most where they are least specific: any capitalised word may
begin a tail-shaped name, so a token Matcher keeps a partial match open at every one. Here the
key words are found first (one pass over the table of lower-case word keys), and only the few words
around each are read, as a regular expression over one letter per token that says which
classes the token belongs to. Every match is returned, as a token Matcher would."""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from linkchart.model import vocabulary

_PARTICLE, _HYPHEN, _FIRST, _JOINER, _WORD, _INNER_WORD, _OF, _PROPER = (1 << n for n in range(8))
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their"})
_UPPER_INITIAL = re.compile(r"[A-Z]")
_CAPITALS = re.compile(r"^(?:[^a-z]*[A-Z][^a-z]*|\d+(?:st|nd|rd|th|s))$")  # "UN", "U.S.", "321st"
_TAIL_REACH = 15  # particle, hyphen, first word, 3 x (hyphen, joiner, hyphen, word)
_HEAD_REACH = 12  # 3 x (hyphen, particle, hyphen, word)
_PLACE_REACH = 4  # "of" and three words


def _having(bit: int) -> str:
    """A character class of every letter whose token has the class `bit`."""
    return "[" + "".join(chr(0x100 + mask) for mask in range(256) if mask & bit) + "]"


def _keys(strings: StringStore, words: frozenset[str]) -> frozenset[int]:
    """The string-store keys of lower-case words, as `Doc.to_array(LOWER)` gives them."""
    return frozenset(strings.add(w) for w in words)


class ShapedNames:
    """(start, end, label) of every shaped name in a document: ORG, LOC, or TAIL (a body or a
    place, as its last word says)."""

    def __init__(self, strings: StringStore) -> None:
        lexicon = vocabulary().mentions
        self.particles = lexicon.name_particles
        # "Islamic Movement of Kurdistan", but not "Unlike the Haqqani Network": no articles inside
        self.joiners = (lexicon.name_particles | lexicon.name_joiners) - {"the"}
        self.tails = _keys(strings, lexicon.organization_tails | lexicon.place_name_tails)
        self.group_heads = _keys(strings, lexicon.group_name_heads)
        self.place_heads = _keys(strings, lexicon.place_name_heads)
        self.key_words = self.tails | self.group_heads | self.place_heads
        p, h, f, j, w, s, o, n = map(_having, (_PARTICLE, _HYPHEN, _FIRST, _JOINER, _WORD, _INNER_WORD, _OF, _PROPER))
        self.tail_grammar = re.compile(f"{p}?{h}?{f}(?:{h}?{j}?{h}?{w}){{0,3}}")
        self.head_grammar = re.compile(f"(?:{h}?{p}?{h}?{s}){{1,3}}")
        self.place_grammar = re.compile(f"{o}{n}{{1,3}}")

    def __call__(self, doc: Doc) -> list[tuple[int, int, str]]:
        letters = _Letters(doc, self)
        found: list[tuple[int, int, str]] = []
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            if lower not in self.key_words:
                continue
            token = doc[i]
            if lower in self.group_heads and _UPPER_INITIAL.match(token.text):  # "Kata'ib", not "ansar" the noun
                found += [(i, end, "ORG") for end in letters.forward(i + 1, _HEAD_REACH, self.head_grammar)]
            if lower in self.place_heads and token.is_title:
                found += [(i, end, "LOC") for end in letters.forward(i + 1, _PLACE_REACH, self.place_grammar)]
            if lower in self.tails and token.is_title:
                found += [(start, i + 1, "TAIL") for start in letters.backward(i)]
        return found


class _Letters:
    """One letter per token of a document, worked out only for the tokens read."""

    def __init__(self, doc: Doc, shapes: ShapedNames) -> None:
        self.doc, self.shapes = doc, shapes
        self.cache: dict[int, str] = {}

    def _letter(self, token: Token) -> str:
        lower, title = token.lower_, token.is_title
        first = (title and lower not in _ARTICLES and token.pos_ in ("PROPN", "NOUN", "ADJ", "NUM")) or (
            len(token.text) >= 2 and _CAPITALS.match(token.text) is not None
        )
        mask = (
            _PARTICLE * (lower in self.shapes.particles)
            | _HYPHEN * (token.text == "-")
            | _FIRST * first
            | _JOINER * (lower in self.shapes.joiners)
            | _WORD * title
            | _INNER_WORD * (title and not token.is_sent_start)
            | _OF * (lower == "of")
            | _PROPER * (title and token.pos_ == "PROPN")
        )
        return chr(0x100 + mask)

    def word(self, start: int, end: int) -> str:
        for i in range(start, end):
            if i not in self.cache:
                self.cache[i] = self._letter(self.doc[i])
        return "".join(self.cache[i] for i in range(start, end))

    def forward(self, start: int, reach: int, grammar: re.Pattern[str]) -> list[int]:
        """Ends of the names whose words after the key word run from `start`."""
        written = self.word(start, min(len(self.doc), start + reach))
        return [start + k for k in range(1, len(written) + 1) if grammar.fullmatch(written, 0, k) is not None]

    def backward(self, tail: int) -> list[int]:
        """Starts of the names whose words before the tail word end at `tail`."""
        begin = max(0, tail - _TAIL_REACH)
        written = self.word(begin, tail)
        grammar = self.shapes.tail_grammar
        return [begin + k for k in range(len(written)) if grammar.fullmatch(written, k) is not None]
