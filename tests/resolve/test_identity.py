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
