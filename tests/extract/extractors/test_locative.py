"""`linkchart.relations.locative.v2`: actors placed somewhere by a preposition."""

from __future__ import annotations

from dataclasses import replace

from linkchart.extract import extract_documents
from linkchart.extract.extractors import RULE_EXTRACTORS
from linkchart.model import Extraction
from tests.helpers import document, extract, triples


def test_locative_phrases_place_their_actor() -> None:
    found = triples("The Taliban negotiated with the United States in Doha.")
    assert {
        ("Taliban", "negotiates_with", "United States"),
        ("Taliban", "operates_in", "Doha"),
        ("United States", "operates_in", "Doha"),
    } <= found
    located = extract("The Taliban negotiated with the United States in Doha.")
    claims = [c for c in located.claims if c.extractor == "linkchart.relations.locative.v2"]
    for claim in claims:
        assert claim.confidence < 0.5 and {e.role for e in claim.evidence} == {
            "trigger",
            "subject",
            "object",
            "sentence",
        }


def test_who_acts_on_someone_somewhere_is_there_too() -> None:
    found = triples("Ash Carter met with Haider al-Abadi in Baghdad. Later the Taliban killed a commander in Kunduz.")
    assert {
        ("Ash Carter", "operates_in", "Baghdad"),
        ("Haider al-Abadi", "operates_in", "Baghdad"),
        ("Taliban", "operates_in", "Kunduz"),
    } <= found


def test_a_place_a_group_fought_in_is_not_its_base() -> None:
    text = "Since 2012 the Tigers Front has fought in Syria against rebel groups, including the Northern Army."
    assert not any(p == "based_in" for _, p, _ in triples(text))


def test_a_deed_places_its_doer_where_it_was_done() -> None:
    for text in (
        "In 2019 the Tigers Front claimed responsibility for a suicide attack against an army base in Gao.",
        "The Tigers Front conducted a raid on an army base in the northern town of Gao.",
        "The Tigers Front was responsible for the attacks in Gao in 2018.",
        "The Tigers Front's most recent bombing was in January 2007 in Gao.",
        "The Tigers Front conducts cross-border operations into Gao.",
    ):
        assert ("Tigers Front", "operates_in", "Gao") in triples(text), text
    assert ("Russia", "operates_in", "Syria") in triples(
        "During the Russian military intervention in Syria, the front held."
    )


def test_a_deed_is_not_placed_on_who_condemned_or_suffered_it() -> None:
    for text in (
        "The United States condemned the car bomb attacks in Gao on Monday.",
        "Soldiers of the Northern Army were killed in an attack in Gao.",
    ):
        assert not any(p == "operates_in" for _, p, _ in triples(text)), text


def test_a_place_a_trigger_took_is_left_to_it() -> None:
    found = triples("The Tigers Front's leadership resides in Syria.")
    assert ("Tigers Front", "based_in", "Syria") in found
    assert ("Tigers Front", "operates_in", "Syria") not in found


def test_a_reference_to_the_pages_actor_is_placed_but_not_one_to_another() -> None:
    text = (
        "Tigers Front\n\nThe Tigers Front is an armed group. The group has a presence in the Kandahar region. "
        "It fought the Northern Army. The Northern Army was formed in 2001. It has a presence in Kunduz."
    )
    [x] = extract_documents([replace(document(text), title="Tigers Front")], RULE_EXTRACTORS)
    assert isinstance(x, Extraction)
    found = {
        (x.clusters[c.subject].name, x.clusters[c.object].name)
        for c in x.claims
        if c.extractor == "linkchart.relations.locative.v2"
    }
    assert ("Tigers Front", "Kandahar") in found
    assert not any(place == "Kunduz" for _, place in found)
