from __future__ import annotations

from tests.helpers import extract, names


def test_a_named_ship_is_not_an_actor() -> None:
    assert not any("Ocean" in n for n in names("HMS Ocean joined the Coalition in the Gulf."))


def test_ships_hull_codes_and_units_are_not_actors() -> None:
    found = names("The French frigate FS Forbin (DDG 620) sailed with HMS Ocean; signals used UHF at 10 MW.")
    assert not {"Forbin", "FS", "DDG", "HMS", "UHF", "MW"} & set(found)


def test_events_instruments_and_plural_acronyms_are_not_actors() -> None:
    found = names(
        "Under the Law of Armed Conflict and the Cessation of Hostilities, the SNCOs of Operation Steel "
        "Curtain met the Government of National Accord."
    )
    assert not {"Law of Armed Conflict", "Cessation of Hostilities", "SNCOs", "Operation Steel Curtain"} & set(found)
    assert found.get("Government of National Accord") == "organization"


def test_a_name_glossed_in_another_language_is_an_alias_not_another_actor() -> None:
    x = extract(
        "Jaish al-Ta'ifa al-Mansurah (Arabic: Jaysh al-Ta'ifa al-Mansurah, Army of the Victorious Sect) is a group. "
        "Operation Steel Curtain (Arabic: Al Hejab Elfulathi) cleared Husaybah."
    )
    group = next(c for c in x.clusters if "Jaysh al-Ta'ifa al-Mansurah" in c.names)
    assert group.name == "Jaish al-Ta'ifa al-Mansurah" and group.rule == "gloss"
    assert not any("Hejab" in n or n == "Arabic" for c in x.clusters for n in c.names)
