from __future__ import annotations

from tests.helpers import actor_of_mention, extract


def test_titles_stay_with_the_name_but_not_in_the_actor_name() -> None:
    x = extract("Defense Secretary Ash Carter met Col. John J. Thomas in Baghdad. Carter then left.")
    texts = {m.text for m in x.mentions}
    assert {"Defense Secretary Ash Carter", "Col. John J. Thomas"} <= texts
    carter = next(c for c in x.clusters if "Carter" in c.names)
    assert carter.name == "Ash Carter" and "Defense Secretary Ash Carter" in carter.names


def test_a_country_acronym_before_a_title_belongs_to_the_persons_mention() -> None:
    x = extract("US Secretary of State John Kerry met them in Paris. The UN Special Envoy Staffan de Mistura spoke.")
    texts = {m.text for m in x.mentions}
    assert {"US Secretary of State John Kerry", "UN Special Envoy Staffan de Mistura"} <= texts
    assert not {"US", "UN"} & texts


def test_a_body_before_a_title_of_office_is_part_of_the_title() -> None:
    by_text = actor_of_mention("Pentagon Press Secretary Peter Cook spoke. Hezbollah leader Hassan Nasrallah replied.")
    assert by_text["Pentagon Press Secretary Peter Cook"] == "Peter Cook"
    assert by_text["Hezbollah"] == "Hezbollah"  # a leader's group stays an actor of its own


def test_a_service_before_a_rank_and_an_honorific_are_part_of_the_title() -> None:
    by_text = actor_of_mention(
        "Army Lt. Gen. Stephen J. Townsend praised Navy Senior Chief Petty Officer Scott C. Dayton. "
        "Air Force Col. John Dorrian met HE Dr Ibrahim al-Jaafari."
    )
    assert by_text["Army Lt. Gen. Stephen J. Townsend"] == "Stephen J. Townsend"
    assert by_text["Navy Senior Chief Petty Officer Scott C. Dayton"] == "Scott C. Dayton"
    assert by_text["Air Force Col. John Dorrian"] == "John Dorrian"
    assert by_text["HE Dr Ibrahim al-Jaafari"] == "Ibrahim al-Jaafari"
    assert not {"Army", "Navy", "Air Force", "Air Force Col"} & set(by_text)


def test_the_holder_of_an_office_for_a_place_is_one_person() -> None:
    by_text = actor_of_mention(
        "Minister for the Middle East Tobias Ellwood condemned the attack. Mr Ellwood said more."
    )
    assert by_text["Minister for the Middle East Tobias Ellwood"] == "Tobias Ellwood"
    assert by_text["Mr Ellwood"] == "Tobias Ellwood"


def test_regional_religious_and_community_titles_are_no_part_of_the_name() -> None:
    x = extract("Ustadz Abu Fatih joined the network in 2004.")
    assert "Abu Fatih" in {c.name for c in x.clusters}


def test_a_family_name_in_capitals_makes_a_persons_name_but_a_defined_acronym_does_not() -> None:
    x = extract(
        "In 2017 the group's leader, Isnilon HAPILON, was killed; HAPILON had led it since 2014. "
        "The Moro National Liberation Front (MNLF) signed; Most MNLF fighters disarmed."
    )
    hapilon = next(c for c in x.clusters if "Isnilon HAPILON" in c.names)
    assert hapilon.type == "person" and "HAPILON" in hapilon.names
    assert all(c.type != "person" for c in x.clusters if any("MNLF" in n for n in c.names))


def test_the_holder_of_an_office_to_a_known_place_is_one_person_but_a_command_is_a_body() -> None:
    by_text = actor_of_mention("The attack killed the Ambassador to Libya Chris Stevens and two guards.")
    assert by_text["Ambassador to Libya Chris Stevens"] == "Chris Stevens"
    found = actor_of_mention('Gen. Joseph Votel, commander of U.S. Central Command, said "We are clear."')
    assert "U.S. Central Command" in found
