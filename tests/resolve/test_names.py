from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from linkchart.resolve.names import actor_key, display_name, name_key

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
NAMES = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)


@given(NAMES)
def test_name_key_ignores_case_hyphens_and_possessives(name: str) -> None:
    key = name_key(name)
    assert name_key(name.upper()) == key
    assert name_key(name.replace(" ", "-")) == key
    assert name_key(f"{name}'s") == key


@given(NAMES)
def test_name_key_is_idempotent(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)


def test_transliteration_variants_share_a_key() -> None:
    assert len({name_key(n) for n in ("mujahedin", "mujahideen", "mujahedeen")}) == 1
    assert name_key("Hizb-i-Islami") == name_key("Hezb-e-Islami")
    assert name_key("al-Qaida") == name_key("Al Qaeda") == name_key("el-Qaeda")
    assert name_key("Lashkar-e-Toiba") == name_key("Lashkar-e-Taiba")
    assert name_key("Hizballah") == name_key("Hezbollah")


def test_display_name_and_actor_key() -> None:
    assert display_name("the Haqqani network\u2019s") == "Haqqani network"
    assert actor_key("organization", "Haqqani network", "haqqani_network") == "known:haqqani_network"
    assert actor_key("location", "Dir", "place:dir") == "place:dir"
    assert actor_key("group", "Arab fighters", None) == "group:arab-fighters"


def test_arabic_long_vowels_and_a_final_h_after_an_ayn_are_one_spelling() -> None:
    assert name_key("Sa'dah") == name_key("Saada")
    assert name_key("al-Shabaab") == name_key("al-Shabab")
    assert name_key("Jama'at") == name_key("Jamaat") and name_key("Ba'ath") == name_key("Baath")
    assert name_key("Fatah") != name_key("FATA") and name_key("MAA") != name_key("MA")  # acronyms keep their letters


@given(st.lists(st.from_regex(r"\A[a-z]{1,5}('[a-z]{1,5})?\Z"), min_size=1, max_size=4).map(" ".join))
def test_name_key_is_idempotent_with_an_ayn_in_a_word(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)
