"""The shaped-name scanner against the token patterns it replaces (the Matcher is the spec)."""

from __future__ import annotations

from typing import Any

from spacy.matcher import Matcher

from linkchart.extract.nlp.parse import load_pipeline
from linkchart.extract.nlp.shaped_names import ShapedNames
from linkchart.model import vocabulary

SENTENCES = [
    "The Al-Tawhid Islamic Front and the Kurdistan Islamic Group met in the Gulf of Aden.",
    "Jaish-e-Mohammed, Ahrar al-Sham and Jabhat Fatah al-Sham fought near the Tigris River.",
    "Unlike the Haqqani Network, the UN Security Council and the 321st Field Artillery Regiment stayed.",
    "The Islamic Movement of Kurdistan joined the U.S. Naval Forces at the Samarra Barrage.",
    "ansar fighters crossed the Bay of Bengal; Lashkar e Taiba and Harakat al-Shabaab al-Mujahideen did not.",
]


def matcher_spec(nlp: Any) -> Matcher:
    lexicon = vocabulary().mentions
    hyphen = {"ORTH": "-", "OP": "?"}
    particle = {"LOWER": {"IN": sorted(lexicon.name_particles)}, "OP": "?"}
    head = {"LOWER": {"IN": sorted(lexicon.group_name_heads)}, "TEXT": {"REGEX": "^[A-Z]"}}
    inner = {"IS_TITLE": True, "IS_SENT_START": False}
    groups = [[head, *[hyphen, particle, hyphen, inner] * n] for n in (1, 2, 3)]
    place_head = {"LOWER": {"IN": sorted(lexicon.place_name_heads)}, "IS_TITLE": True}
    proper = {"IS_TITLE": True, "POS": "PROPN"}
    places = [[place_head, {"LOWER": "of"}, *[proper] * n] for n in (1, 2, 3)]
    articles = ["the", "a", "an", "this", "that", "its", "their"]
    firsts = [
        {"IS_TITLE": True, "LOWER": {"NOT_IN": articles}, "POS": {"IN": ["PROPN", "NOUN", "ADJ", "NUM"]}},
        {"TEXT": {"REGEX": r"^(?:[^a-z]*[A-Z][^a-z]*|\d+(?:st|nd|rd|th|s))$"}, "LENGTH": {">=": 2}},
    ]
    joiner = {"LOWER": {"IN": sorted((lexicon.name_particles | lexicon.name_joiners) - {"the"})}, "OP": "?"}
    tail = {"LOWER": {"IN": sorted(lexicon.organization_tails | lexicon.place_name_tails)}, "IS_TITLE": True}
    tails = [
        [particle, hyphen, first, *[hyphen, joiner, hyphen, {"IS_TITLE": True}] * n, tail]
        for first in firsts
        for n in range(4)
    ]
    matcher = Matcher(nlp.vocab)
    matcher.add("ORG", groups)
    matcher.add("LOC", places)
    matcher.add("TAIL", tails)
    return matcher


def test_the_scanner_finds_what_the_token_patterns_find() -> None:
    nlp = load_pipeline()
    spec = matcher_spec(nlp)
    scanner = ShapedNames(nlp.vocab.strings)
    for doc in nlp.pipe(SENTENCES):
        expected = {(start, end, nlp.vocab.strings[label]) for label, start, end in spec(doc)}
        assert set(scanner(doc)) == expected, doc.text


def test_shaped_names_by_kind() -> None:
    nlp = load_pipeline()
    doc = nlp(SENTENCES[0])
    longest = {doc[s:e].text: label for s, e, label in ShapedNames(nlp.vocab.strings)(doc)}
    assert longest["Al-Tawhid Islamic Front"] == "TAIL"
    assert longest["Gulf of Aden"] == "LOC"


def test_a_name_ends_before_the_separator_the_ner_ran_into() -> None:
    doc = load_pipeline()("Communist Party of the Philippines/New People's Army (CPP/NPA): the group fights.")
    assert not any(e.text.endswith("/") for e in doc.ents)
    assert "Communist Party of the Philippines" in {e.text for e in doc.ents}
