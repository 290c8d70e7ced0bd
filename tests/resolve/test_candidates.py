from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from linkchart.resolve.candidates import close_calls, phonetic_key


def test_spelling_variants_are_close_calls_and_distinct_places_are_not() -> None:
    actors = [
        ("a", "Gulbuddin Hekmatyar", "person"),
        ("b", "Gulbeddin Hekmatyar", "person"),
        ("c", "North Waziristan", "location"),
        ("d", "South Waziristan", "location"),
        ("e", "Baitullah Mehsud", "person"),
        ("f", "Hakimullah Mehsud", "person"),
        ("g", "Hezb-e-Islami", "organization"),
        ("h", "Hizb-i-Islamy", "group"),
    ]
    pairs = {(c.a, c.b) for c in close_calls(actors)}
    assert pairs == {("a", "b"), ("g", "h")}


def test_shared_neighbours_raise_the_score() -> None:
    actors = [("a", "Mullah Dadullah", "person"), ("b", "Mulla Dadulla", "person")]
    alone = close_calls(actors, threshold=0)[0].score
    together = close_calls(actors, {"a": {"x", "y"}, "b": {"x", "y"}}, threshold=0)[0].score
    assert together > alone


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=30))
def test_phonetic_key_ignores_case_and_hyphens(name: str) -> None:
    assert phonetic_key(name.upper()) == phonetic_key(name.replace(" ", "-"))
