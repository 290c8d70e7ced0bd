"""`linkchart.relations.compounds.v1`: a body named after its parent, a person titled with a body."""

from __future__ import annotations

from tests.helpers import triples


def test_a_body_named_right_after_its_parent_is_part_of_it() -> None:
    assert ("Peshawar Shura", "part_of", "Taliban") in triples('The Taliban "Peshawar Shura" met in Peshawar.')


def test_a_person_titled_with_a_body_and_a_role_is_what_the_role_makes_him() -> None:
    found = triples("In June senior JNIM commander Bah Ag Moussa was killed. Later ISIS commander Abu Ali died.")
    assert ("Bah Ag Moussa", "member_of", "Jama'at Nusrat al-Islam wal-Muslimin") in found  # one of its commanders
    assert ("Abu Ali", "leads", "Islamic State") in found
    assert not {t for t in triples("US Secretary of State John Kerry met Haider al-Abadi.") if t[1] == "leads"}


def test_a_bodys_spokesman_is_its_member() -> None:
    found = triples("Rewards were offered for TKF spokesperson Amar Kell Tarif, who fled to Gao.")
    assert ("Amar Kell Tarif", "member_of", "TKF") in found


def test_a_title_after_a_state_or_body_is_held_in_it() -> None:
    found = triples("The Tigers Front rose against Yemen President Ali Abdullah Saleh in 2004.")
    assert ("Ali Abdullah Saleh", "leads", "Yemen") in found
    found = triples("Later Hezbollah Deputy Commander Naim Qassem spoke in Beirut.")
    assert ("Naim Qassem", "member_of", "Hezbollah") in found  # one of its leaders
    assert ("Naim Qassem", "leads", "Hezbollah") not in found
