from __future__ import annotations

import dataclasses

from linkchart.extract.engines import extract_documents
from linkchart.extract.extractors import RULE_EXTRACTORS
from linkchart.model import Extraction
from tests.helpers import document, extract, names


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


def test_furniture_and_cut_names_are_not_actors() -> None:
    found = names(
        "The Ministry designated the group under Executive Order (E.O.) 13224 as an FTO and SDGT.\n\n"
        "Its contractors have fought the Copper Star Front and many others across the wider region, including the ci"
    )
    assert not {"Executive Order", "Executive Order (", "FTO", "SDGT", "ci"} & set(found)
    assert "Copper Star Front" in found


def test_a_name_ends_before_a_bracket_it_never_closes() -> None:
    found = names("The Treasury's Office of Foreign Assets Control (OFAC) sanctioned the Amber Fist.")
    assert not any("(" in n for n in found)


def test_a_line_in_capitals_has_words_not_acronyms() -> None:
    assert not {"IVAN", "MASLOV"} & set(names("IVAN ALEKSANDROVICH MASLOV\n\nThe Amber Fist fought the Kestrel Union."))


def test_a_branch_written_with_a_hyphen_and_a_body_named_by_what_it_is_of_are_whole() -> None:
    found = names(
        "The Department has designated ISIS-GS and its leader. The U.S. Department of the Treasury's Office of "
        "Foreign Assets Control and the Department of State acted."
    )
    assert "ISIS-GS" in found and "GS" not in found
    assert {"U.S. Department of the Treasury", "U.S. Department of State"} <= set(found)  # known by either name


def test_religions_and_what_is_fought_over_are_not_actors() -> None:
    found = names("The Red Hand Brigade seeks to spread Islam, the Department's Country Reports on Terrorism say.")
    assert not {"Islam", "Terrorism"} & set(found) and "Red Hand Brigade" in found


def test_an_attorneys_title_is_not_part_of_the_name() -> None:
    found = names("U.S. Attorney Paul I. Perez announced the arrest of four members of the Red Hand Brigade.")
    assert "Paul I. Perez" in found and not any(n.startswith("Attorney") for n in found)


def test_a_known_place_in_a_letterhead_is_no_actor_but_a_known_body_in_a_heading_is() -> None:
    found = names("Media Note\nOffice of the Spokesperson\nWashington, DC\n\nThe Taliban attacked Kandahar in 2019.\n")
    assert "Washington" not in found and "Taliban" in found and "Kandahar" in found


def test_a_document_number_and_a_designation_with_its_article_are_no_actors() -> None:
    found = names("The panel's report S/2026/214 calls the M23 a Foreign Terrorist Organization.")
    assert "M23" in found and not {"S/2026/214", "a Foreign Terrorist Organization"} & set(found)


def test_a_footnote_number_glued_to_a_name_is_no_part_of_it() -> None:
    assert "Wilmer Ochoa Briceño" in names("The armed group is led by Wilmer Ochoa Briceño.9 It grew.")


def test_a_page_subjects_name_in_its_own_language_is_no_actor_of_its_own() -> None:
    found = names(
        "Vikosi vya Muungano wa Kidemokrasia (Swahili)\n\n"
        "Επαναστατική Οργάνωση\n\n"
        "The Allied Democratic Forces fought in Beni."
    )
    assert "Allied Democratic Forces" in found
    assert not {n for n in found if "Vikosi" in n or "Muungano" in n or "Kidemokrasia" in n or "Swahili" in n}
    assert not {n for n in found if "Οργάνωση" in n}


def test_an_executive_order_and_the_web_archive_are_no_actors() -> None:
    found = names("Treasury designated the Tigers Front under E.O. 13224; the page was saved by the Wayback Machine.")
    assert "Tigers Front" in found and not {"E.O.", "Wayback Machine"} & set(found)


def test_a_headlines_words_the_page_never_says_again_are_no_actor() -> None:
    headline = "New Reward Offers For Raiders In The Sahel"
    text = f"{headline}\n\nThe Red Hand Brigade fought the Kestrel Union in the Sahel."
    [x] = extract_documents([dataclasses.replace(document(text), title=headline)], RULE_EXTRACTORS)
    assert isinstance(x, Extraction)
    found = {c.name for c in x.clusters}
    assert {"Red Hand Brigade", "Kestrel Union"} <= found and not any("Reward" in n for n in found)


def test_a_direction_said_once_for_two_places_and_a_creed_alone_are_no_actors() -> None:
    found = names("The Amber Fist raids towns in North and West Africa with allied Zaidi tribes under Sharia law.")
    assert not {"North", "Zaidi", "Sharia"} & set(found) and "Amber Fist" in found


def test_a_fields_sub_label_in_its_value_is_no_actor() -> None:
    text = "Tigers Front\n\nAllies: State allies: Iran\nOpponents: Non-state opponents: Red Hand Brigade\n\nIt fights."
    [x] = extract_documents([dataclasses.replace(document(text), title="Tigers Front")], RULE_EXTRACTORS)
    assert isinstance(x, Extraction)
    assert not any("allies" in c.name or "opponents" in c.name for c in x.clusters)


def test_a_gloss_after_a_pronunciation_is_the_names_gloss_and_ipa_is_no_actor() -> None:
    found = names("The Tigers Front (/tai/; Arabic: جبهة النمور Jabhat al-Numur IPA: [x]) fought in Gao.")
    assert "IPA" not in found and not any("جبهة" in n for n in found)


def test_a_document_that_is_only_its_title_keeps_its_names() -> None:
    line = "The Kestrel Union merges into the Red Hand Brigade"
    [x] = extract_documents([dataclasses.replace(document(line), title=line)], RULE_EXTRACTORS)
    assert isinstance(x, Extraction)
    assert {"Kestrel Union", "Red Hand Brigade"} <= {c.name for c in x.clusters}
