"""`linkchart.relations.locative.v2`: actors placed somewhere by a preposition."""

from __future__ import annotations

from tests.helpers import extract, triples


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
