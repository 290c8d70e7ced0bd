"""`linkchart.relations.formation.v2`: groups formed out of others."""

from __future__ import annotations

from tests.helpers import triples


def test_members_who_split_off_to_form_a_group_leave_their_old_one() -> None:
    found = triples("A large number of Tigers Front members split off to form the Northern Army.")
    assert ("Northern Army", "splinter_of", "Tigers Front") in found
    assert ("Tigers Front", "founded", "Northern Army") not in found


def test_a_group_formed_under_a_name_is_the_splinter() -> None:
    text = "A faction of the Tigers Front left the Northern Army to form a separate group called the Southern Union."
    assert ("Southern Union", "splinter_of", "Northern Army") in triples(text)
