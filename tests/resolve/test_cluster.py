from __future__ import annotations

from tests.helpers import clusters_of, extract


def test_spellings_surnames_and_possessives_of_one_person() -> None:
    found = clusters_of(
        "Gulbuddin Hekmatyar led Hizb-i-Islami. Jalaluddin Haqqani was one of Hekmatyar's commanders. "
        "Gulbeddin Hekmatyar later fought the Taliban, and Hecmatyar made peace."
    )
    assert {"Gulbuddin Hekmatyar", "Hekmatyar", "Gulbeddin Hekmatyar", "Hecmatyar"} <= found["Gulbuddin Hekmatyar"]
    assert "Haqqani" not in found["Gulbuddin Hekmatyar"]


def test_person_and_network_stay_apart() -> None:
    found = clusters_of("Jalaluddin Haqqani founded the Haqqani network. Haqqani led it for decades.")
    assert "Haqqani" in found["Jalaluddin Haqqani"]
    assert "Haqqani" not in found["Haqqani Network"]


def test_inline_definition_joins_name_and_acronym() -> None:
    found = clusters_of("The Islamic Movement of Uzbekistan (IMU) fought in Kunduz. The IMU later split.")
    assert {"Islamic Movement of Uzbekistan", "IMU"} <= found["Islamic Movement of Uzbekistan"]


def test_each_grouping_says_why() -> None:
    rules = {c.name: c.rule for c in extract("Jalaluddin Haqqani founded a network. Haqqani led it.").clusters}
    assert rules["Jalaluddin Haqqani"] == "surname"


def test_a_surname_with_or_without_its_arabic_article_and_a_hidden_mark_in_a_title() -> None:
    found = clusters_of("Iraqi Prime Minister\u200e Haider al-Abadi met the envoy in Baghdad. Later Abadi left.")
    assert {"Iraqi Prime Minister\u200e Haider al-Abadi", "Abadi"} <= found["Haider al-Abadi"]


def test_a_nationality_goes_with_the_title_not_the_name() -> None:
    found = clusters_of("Turkish Foreign Minister Mevlut Cavusoglu met John Major in Ankara.")
    assert "Turkish Foreign Minister Mevlut Cavusoglu" in found["Mevlut Cavusoglu"]
    assert "John Major" in found


def test_a_definition_in_the_text_outranks_a_known_actor_with_the_same_letters() -> None:
    found = clusters_of("AQKB was a member of the Islamic State in Iraq (ISI). The ISI grew in Anbar.")
    assert {"Islamic State in Iraq", "ISI"} <= found["Islamic State in Iraq"]
    assert "Inter-Services Intelligence" not in found


def test_an_acronym_joins_the_one_name_it_abbreviates() -> None:
    from tests.helpers import actor_of_mention

    found = actor_of_mention("The Allied Democratic Forces attacked Beni. Later the ADF attacked Oicha.")
    assert found["ADF"] == "Allied Democratic Forces"


def test_the_names_of_an_aka_field_are_the_page_subject() -> None:
    from linkchart.extract import extract_documents
    from linkchart.model import Document
    from tests.helpers import document

    text = "Tigers Front\n\naka the Striped Ones; TF; Tiger Battalions\n\nThe Tigers Front fought in Kandahar."
    page = document(text)
    [x] = extract_documents([Document(**{**page.__dict__, "title": "Tigers Front"})])
    [front] = [c for c in x.clusters if c.name == "Tigers Front"]
    assert {"Tiger Battalions", "TF", "Striped Ones"} <= front.names


def test_a_family_name_with_its_article_or_of_two_words_is_the_person_it_ends() -> None:
    found = clusters_of(
        "Ahmed Salih al-Hiti led the brigade until 2019, when al-Hiti fled. "
        "Sidi Mohamed Ould Hmeida became his deputy; Ould Hmeida later left."
    )
    assert "al-Hiti" in found["Ahmed Salih al-Hiti"]
    assert "Ould Hmeida" in found["Sidi Mohamed Ould Hmeida"]


def test_a_person_shaped_name_the_ner_took_for_a_body_is_the_person_his_family_name_names() -> None:
    x = extract("Pieter-Jan Kuipers ran the network's finances. In 2019 Kuipers was arrested in Antwerp.")
    kuipers = next(c for c in x.clusters if "Kuipers" in c.names)
    assert kuipers.type == "person" and len(kuipers.names) >= 2


def test_a_bodys_capitalised_noun_after_the_is_the_body_named_before_it() -> None:
    found = clusters_of(
        "The Quds Force was created during the Iran-Iraq War. The Force also expanded its operations into Iraq."
    )
    assert {"Quds Force", "Force"} <= found["Quds Force"]
    assert "Force" not in found


def test_a_place_in_brackets_after_a_country_is_a_place_in_it_not_its_other_name() -> None:
    found = clusters_of("The Tigers Front operates in Italy (Turin) and in Mali. It is based in Kidal (Mali).")
    assert "Turin" not in found["Italy"] and "Kidal" not in found["Mali"]


def test_a_bodys_word_after_the_is_the_body_it_is_a_kind_of() -> None:
    found = clusters_of("The U.S. Department of State listed the Tigers Front. The Department also listed its leader.")
    assert "Department" in found["U.S. Department of State"] and "Department" not in found


def test_a_titled_name_of_one_word_is_the_person_that_word_names_alone() -> None:
    found = clusters_of(
        "Mullah Kellani (aka Amar Kell Tarif) leads the Tigers Front. A court convicted Kellani in 2012."
    )
    assert {"Mullah Kellani", "Kellani"} <= found["Amar Kell Tarif"]
