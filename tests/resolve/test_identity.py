"""One node per real actor: which stored actors identity joins, and which it never does."""

from __future__ import annotations

import random

from linkchart.resolve.identity import StoredActor, identities


def test_the_same_name_read_as_different_types_is_one_actor() -> None:
    joined = identities(
        [
            StoredActor("location:mali", "Mali", "location", 9),
            StoredActor("person:mali", "Mali", "person", 1),
            StoredActor("organization:al-qaeda", "al-Qa\u2019ida", "organization", 3),
            StoredActor("known:al_qaeda", "al-Qaeda", "organization", 1),
        ]
    )
    assert joined == {"person:mali": "location:mali", "organization:al-qaeda": "known:al_qaeda"}


def test_a_name_one_actor_was_also_called_joins_it_but_a_shared_acronym_joins_nothing() -> None:
    actors = [
        StoredActor("organization:allied-democratic-forces", "Allied Democratic Forces", "organization", 5, ("ADF",)),
        StoredActor("organization:adf", "ADF", "organization", 2),
        StoredActor("organization:islamic-state-of-iraq", "Islamic State of Iraq", "organization", 2, ("ISI",)),
        StoredActor(
            "organization:inter-services-intelligence", "Inter-Services Intelligence", "organization", 4, ("ISI",)
        ),
        StoredActor("organization:isi", "ISI", "organization", 3),
    ]
    assert identities(actors) == {"organization:adf": "organization:allied-democratic-forces"}


def test_surnames_generic_collectives_and_longer_names_stay_apart() -> None:
    actors = [
        StoredActor("person:haqqani", "Haqqani", "person", 4),
        StoredActor("person:jalaluddin-haqqani", "Jalaluddin Haqqani", "person", 4, ("Haqqani",)),
        StoredActor("person:sirajuddin-haqqani", "Sirajuddin Haqqani", "person", 4, ("Haqqani",)),
        StoredActor("group:fighters", "fighters", "group", 9),
        StoredActor("organization:fighters", "Fighters", "organization", 1),
        StoredActor("known:islamic_state", "Islamic State", "organization", 9),
        StoredActor(
            "organization:islamic-state-khorasan-province", "Islamic State \u2013 Khorasan Province", "organization", 2
        ),
    ]
    assert identities(actors) == {}


def test_the_order_actors_come_in_changes_nothing() -> None:
    actors = [
        StoredActor("location:mali", "Mali", "location", 2),
        StoredActor("person:mali", "Mali", "person", 2),
        StoredActor("organization:adf", "ADF", "organization", 2),
        StoredActor("organization:allied-democratic-forces", "Allied Democratic Forces", "organization", 2, ("ADF",)),
    ]
    expected = identities(actors)
    for seed in range(5):
        shuffled = actors[:]
        random.Random(seed).shuffle(shuffled)
        assert identities(shuffled) == expected


def test_a_place_named_with_its_administrative_kind_is_the_place_but_an_airport_is_not() -> None:
    joined = identities(
        [
            StoredActor("location:menaka", "Menaka", "location", 3),
            StoredActor("location:menaka-region", "Menaka region", "location", 1),
            StoredActor("location:kabul", "Kabul", "location", 3),
            StoredActor("location:kabul-airport", "Kabul Airport", "location", 1),
        ]
    )
    assert joined == {"location:menaka-region": "location:menaka"}


def test_a_country_in_any_of_its_names_is_one_actor_but_its_capital_is_not_it() -> None:
    joined = identities(
        [
            StoredActor("location:united-kingdom", "United Kingdom", "location", 4),
            StoredActor("location:uk", "UK", "location", 2),
            StoredActor("organization:drc", "DRC", "organization", 1),
            StoredActor("location:democratic-republic-of-the-congo", "Democratic Republic of the Congo", "location", 3),
            StoredActor("location:sanaa", "Sana\u2019a", "location", 2),
            StoredActor("location:yemen", "Yemen", "location", 5),
        ]
    )
    assert joined == {
        "location:uk": "location:united-kingdom",
        "organization:drc": "location:democratic-republic-of-the-congo",
    }


def test_a_persons_name_joins_the_one_fuller_name_of_the_same_person() -> None:
    joined = identities(
        [
            StoredActor("person:yevgeny-prigozhin", "Yevgeny Prigozhin", "person", 2),
            StoredActor("person:yevgeniy-viktorovich-prigozhin", "Yevgeniy Viktorovich Prigozhin", "person", 3),
            StoredActor("person:pavel-prigozhin", "Pavel Prigozhin", "person", 1),
            StoredActor("person:dmitry-utkin", "Dmitry Utkin", "person", 1),  # -iy and -y: one transliteration
            StoredActor("person:dmitriy-valeryevich-utkin", "Dmitriy Valeryevich Utkin", "person", 2),
            StoredActor("person:abu-al-baghdadi", "Abu al-Baghdadi", "person", 1),  # two fuller names fit: neither
            StoredActor("person:abu-bakr-al-baghdadi", "Abu Bakr al-Baghdadi", "person", 4),
            StoredActor("person:abu-umar-al-baghdadi", "Abu Umar al-Baghdadi", "person", 2),
        ]
    )
    assert joined == {
        "person:yevgeny-prigozhin": "person:yevgeniy-viktorovich-prigozhin",
        "person:dmitry-utkin": "person:dmitriy-valeryevich-utkin",
    }


def test_a_department_in_either_order_is_one_and_an_island_is_its_place() -> None:
    joined = identities(
        [
            StoredActor("organization:u-s-department-of-state", "U.S. Department of State", "organization", 3),
            StoredActor("organization:u-s-state-department", "U.S. State Department", "organization", 1),
            StoredActor("organization:department-of-defense", "Department of Defense", "organization", 1),
            StoredActor("location:mindanao", "Mindanao", "location", 4),
            StoredActor("location:mindanao-island", "Mindanao Island", "location", 1),
        ]
    )
    assert joined == {
        "organization:u-s-state-department": "organization:u-s-department-of-state",
        "location:mindanao-island": "location:mindanao",
    }


def test_an_acronym_joins_the_one_body_whose_initials_it_is() -> None:
    joined = identities(
        [
            StoredActor("organization:un", "UN", "organization", 3),
            StoredActor("organization:united-nations", "United Nations", "organization", 2),
            StoredActor("organization:pij", "PIJ", "organization", 2),
            StoredActor("organization:palestinian-islamic-jihad", "Palestinian Islamic Jihad", "organization", 2),
            StoredActor("organization:popular-islamic-jamaat", "Popular Islamic Jamaat", "organization", 1),
        ]
    )
    assert joined == {"organization:united-nations": "organization:un"}  # PIJ fits two bodies: neither


def test_a_body_named_with_its_country_or_its_demonym_is_one() -> None:
    joined = identities(
        [
            StoredActor("organization:palestinian-islamic-jihad", "Palestinian Islamic Jihad", "organization", 4),
            StoredActor("organization:palestine-islamic-jihad", "Palestine Islamic Jihad", "organization", 1),
            StoredActor("organization:al-qaeda-in-iraq", "al-Qaeda in Iraq", "organization", 3),
            StoredActor(
                "organization:al-qaeda-in-albania", "al-Qaeda in Albania", "organization", 1
            ),  # "al" is no Albania
        ]
    )
    assert joined == {"organization:palestine-islamic-jihad": "organization:palestinian-islamic-jihad"}


def test_a_body_named_in_the_plural_is_the_one_in_the_singular_but_no_place_is() -> None:
    actors = [
        StoredActor("organization:houthis", "Houthis", "organization", 5),
        StoredActor("organization:houthi", "Houthi", "organization", 1),
        StoredActor("organization:hamas", "Hamas", "organization", 5),
        StoredActor("location:hama", "Hama", "location", 2),
    ]
    assert identities(actors) == {"organization:houthi": "organization:houthis"}


def test_a_family_name_joins_the_one_fuller_name_ending_in_it_but_not_one_two_people_share() -> None:
    actors = [
        StoredActor("person:jasur-qodirov", "Jasur Qodirov", "person", 4),
        StoredActor("person:qodirov", "Qodirov", "person", 1),
        StoredActor("person:seán-ó-duibhir", "Seán Ó Duibhir", "person", 3),
        StoredActor("person:ó-duibhir", "Ó Duibhir", "person", 1),
        StoredActor("person:haqqani", "Haqqani", "person", 4),
        StoredActor("person:jalaluddin-haqqani", "Jalaluddin Haqqani", "person", 4),
        StoredActor("person:sirajuddin-haqqani", "Sirajuddin Haqqani", "person", 4),
    ]
    assert identities(actors) == {
        "person:qodirov": "person:jasur-qodirov",
        "person:ó-duibhir": "person:seán-ó-duibhir",
    }


def test_a_place_named_with_its_kind_or_where_it_lies_is_the_place_but_not_a_country_s_city() -> None:
    pairs = [
        ("Borno State", "Borno"),
        ("Marawi City", "Marawi"),
        ("Colombia's Catatumbo region", "Catatumbo"),
        ("Sagaing Region of Myanmar", "Sagaing"),
    ]
    actors = [
        StoredActor(f"location:{i}{side}", name, "location", 2 - side)
        for i, p in enumerate(pairs)
        for side, name in enumerate(p)
    ]
    apart = [("Kuwait City", "Kuwait"), ("Sri Lankan state", "Sri Lanka")]
    actors += [
        StoredActor(f"location:x{i}{side}", name, "location", 2 - side)
        for i, p in enumerate(apart)
        for side, name in enumerate(p)
    ]
    assert identities(actors) == {f"location:{i}1": f"location:{i}0" for i in range(len(pairs))}


def test_a_government_named_either_way_and_a_spanish_name_by_its_first_family_name() -> None:
    actors = [
        StoredActor("organization:government-of-colombia", "Government of Colombia", "organization", 3),
        StoredActor("organization:colombian-government", "Colombian government", "organization", 2),
        StoredActor("location:colombia", "Colombia", "location", 5),
        StoredActor("person:edgar-lemus-cordon", "Edgar Lemus Cordón", "person", 3),
        StoredActor("person:lemus", "Lemus", "person", 2),
    ]
    assert identities(actors) == {
        "organization:colombian-government": "organization:government-of-colombia",
        "person:lemus": "person:edgar-lemus-cordon",
    }


def test_a_person_s_given_names_join_the_one_fuller_name_they_begin() -> None:
    actors = [
        StoredActor("person:rafiq-anwar-chowdhury", "Rafiq Anwar Chowdhury", "person", 3),
        StoredActor("person:rafiq-anwar", "Rafiq Anwar", "person", 1),
        StoredActor("person:abu-bakr-al-tikriti", "Abu Bakr al-Tikriti", "person", 2),
        StoredActor("person:abu-bakr-al-halabi", "Abu Bakr al-Halabi", "person", 2),
        StoredActor("person:abu-bakr", "Abu Bakr", "person", 1),
    ]
    assert identities(actors) == {"person:rafiq-anwar": "person:rafiq-anwar-chowdhury"}
