from __future__ import annotations

from tests.helpers import actor_of_mention, extract, mentioned, names


def test_known_actors_and_places_the_small_model_misses() -> None:
    found = names("The Tehrik-e-Taliban fought in Paktika, Dir and Bajur.")
    assert found["Tehrik-e-Taliban Pakistan"] == "organization"
    assert {"Paktika", "Dir", "Bajaur"} <= {n for n, t in found.items() if t == "location"}


def test_collectives_and_governments_become_actors() -> None:
    found = names("The Karzai government courted Arab fighters and had ties to powerful weapons smuggling networks.")
    assert found["Arab fighters"] == "group"
    assert found["weapons smuggling networks"] == "group"
    assert found["Karzai government"] == "organization"


def test_known_names_match_with_curled_apostrophes() -> None:
    found = names("Al-Qa\u2019ida in the Islamic Maghreb funds an al-Qa\u2019ida splinter group in Mali.")
    assert found["al-Qaeda in the Islamic Maghreb"] == "organization"
    assert found["al-Qaeda"] == "organization"


def test_a_state_s_guards_and_officers_are_a_collective() -> None:
    found = names("Iranian border guards clashed with the rebels while Pakistani officers watched.")
    assert found["Iranian border guards"] == "group"
    assert found["Pakistani officers"] == "group"


def test_page_furniture_is_not_an_actor() -> None:
    assert "Background" not in names("Background\n\nThe Taliban fought NATO.")


def test_acronym_defined_in_parentheses_is_a_mention_wherever_it_appears() -> None:
    x = extract("The Eastern Turkestan Front (ETF) was formed in 1990. Later the ETF grew.")
    front = [m for m in x.mentions if x.clusters[m.cluster].name == "Eastern Turkestan Front"]
    assert [m.text.removeprefix("The ") for m in front] == ["Eastern Turkestan Front", "ETF", "ETF"]


def test_group_names_shaped_like_arabic_and_urdu_names() -> None:
    found = names("Ahrar al-Sham fought Jund al-Aqsa, while Ansar Dine stayed in Mali.")
    assert {"Ahrar al-Sham", "Jund al-Aqsa", "Ansar Dine"} <= {n for n, t in found.items() if t == "organization"}


def test_a_defined_acronym_joins_the_pieces_of_its_long_form() -> None:
    x = extract("In 2014 the cell broke with al Qaeda in the Islamic Maghreb (AQIM); AQIM condemned it.")
    maghreb = next(c for c in x.clusters if "AQIM" in c.names)
    assert maghreb.type == "organization" and "al Qaeda in the Islamic Maghreb" in maghreb.names
    assert not any(c.name == "al-Qaeda" for c in x.clusters)


def test_a_long_form_in_another_language_is_its_capitalised_words() -> None:
    x = extract("Members of the Workers Armed for Liberation (OAL) later joined the Red Brigades.")
    assert any({"Workers Armed for Liberation", "OAL"} <= set(c.names) for c in x.clusters)


def test_an_acronym_is_an_actor_whatever_the_tagger_calls_it() -> None:
    found = names("KH has fought the Islamic State near Samarra since 2014.")
    assert found.get("KH") == "organization"


def test_names_ending_in_a_kind_of_body_are_organizations() -> None:
    found = names("The Al-Tawhid Islamic Front and the Second Soran Unit merged with the UN Security Council.")
    assert {"Al-Tawhid Islamic Front", "Second Soran Unit", "UN Security Council"} <= {
        n for n, t in found.items() if t == "organization"
    }


def test_a_shaped_name_replaces_the_known_name_inside_it() -> None:
    found = names("Harakat Nour al-Din al-Zenki joined Jaysh al-Mujahedeen in 2014, not the Afghan mujahideen.")
    assert found.get("Jaysh al-Mujahedeen") == "organization"
    assert found.get("mujahideen") == "group"


def test_peoples_and_collectives_are_group_actors() -> None:
    found = names("The Turks and Syrians hosted refugees; Iraqi civilians fled while Syrian people waited.")
    assert {"Turks", "Syrians", "Iraqi civilians", "Syrian people"} <= {n for n, t in found.items() if t == "group"}


def test_the_iraqi_government_is_not_its_security_forces() -> None:
    found = names("The Iraqi government thanked the Iraqi security forces.")
    assert {"Government of Iraq", "Iraqi Security Forces"} <= set(found)


def test_a_place_keeps_the_words_that_narrow_it() -> None:
    x = extract("Fighting spread from northern Iraq to Idlib province and the city of Mosul.")
    texts = {m.text for m in x.mentions}
    assert {"northern Iraq", "Idlib province", "city of Mosul"} <= texts
    mosul = next(c for c in x.clusters if "city of Mosul" in c.names)
    assert mosul.name == "Mosul" and mosul.type == "location"
    region = next(c for c in x.clusters if "northern Iraq" in c.names)
    assert region.name == "northern Iraq" and region.known_id is None  # a region of Iraq, not the state


def test_descriptions_are_actors_and_the_named_actor_they_repeat() -> None:
    x = extract(
        "The Syrian regime shelled Aleppo. The regime was condemned by the international community, "
        "and our partners joined the government forces. The town joined the government."
    )
    by_text = {m.text: x.clusters[m.cluster] for m in x.mentions}
    assert by_text["The regime"] is by_text["Syrian regime"]
    assert by_text["the international community"].name == "international community"
    assert by_text["our partners"].type == "organization"
    assert "the government" not in by_text  # which government, the text does not say


def test_a_title_after_a_titled_name_is_that_person() -> None:
    by_text = actor_of_mention(
        "Foreign Secretary Boris Johnson met Deputy Secretary of State Antony Blinken. "
        "The Foreign Secretary said Deputy Secretary Blinken agreed. The prime minister did not."
    )
    assert by_text["The Foreign Secretary"] == "Boris Johnson"
    assert by_text["Deputy Secretary Blinken"] == "Antony Blinken"
    assert "The prime minister" not in by_text  # no prime minister named before: nobody in particular


def test_described_collectives_are_actors_but_bare_ones_are_nobody_in_particular() -> None:
    found = mentioned(
        "Civilians fled as foreign fighters arrived; the Taliban's fighters and various militants stayed."
    )
    groups = {n for n, t in found.items() if t == "group"}
    assert {"foreign fighters"} <= groups
    assert not {"Civilians", "fighters", "various militants", "militants"} & groups


def test_a_place_qualified_by_its_country_is_one_place_but_a_list_is_not() -> None:
    x = extract("The delegation met in Istanbul, Turkey. The group operated in Ghazni, Kunar, Paktia and Khost.")
    names_ = {c.name for c in x.clusters}
    assert "Istanbul" in names_ and "Istanbul, Turkey" in next(c.names for c in x.clusters if c.name == "Istanbul")
    assert {"Ghazni", "Kunar", "Paktia", "Khost"} <= names_


def test_places_named_by_their_kind_are_places() -> None:
    found = names("Ships patrolled the Gulf of Aden while engineers inspected the Samarra Barrage on the Tigris River.")
    assert {found.get(n) for n in ("Gulf of Aden", "Samarra Barrage", "Tigris River")} == {"location"}


def test_an_organization_s_people_are_a_mention_of_it() -> None:
    x = extract("ISIL fighters attacked U.S. service members near Mosul.")
    by_text = {m.text: x.clusters[m.cluster] for m in x.mentions}
    assert by_text["ISIL fighters"].name == "Islamic State"
    assert by_text["U.S. service members"].name == "United States"
    assert ("Islamic State", "fights", "United States") in {
        (x.clusters[c.subject].name, c.predicate, x.clusters[c.object].name) for c in x.claims
    }


def test_names_joined_by_and_stay_a_list() -> None:
    found = names("TNSM fought alongside the Taliban against the US and Northern Alliance forces.")
    assert "US and Northern Alliance" not in found


def test_a_shaped_name_takes_the_article_the_ner_gave_its_first_words() -> None:
    found = names("Delegates of the Syrian National Coalition met in Istanbul.")
    assert found.get("Syrian National Coalition") == "organization"


def test_a_name_cut_at_its_nickname_is_whole_and_the_area_around_a_place_is_a_region() -> None:
    x = extract('Gen. Richard "Tex" Coe visited the Aleppo countryside and Aleppo.')
    by_text = {m.text: x.clusters[m.cluster] for m in x.mentions}
    assert by_text['Gen. Richard "Tex" Coe'].name == 'Richard "Tex" Coe'
    assert by_text["Aleppo countryside"] is not by_text["Aleppo"]


def test_a_counted_collective_keeps_its_number_but_not_in_its_name() -> None:
    x = extract("The bombing killed 60 foreign fighters. Foreign fighters fled the city.")
    counted = next(m for m in x.mentions if m.text == "60 foreign fighters")
    assert x.clusters[counted.cluster].name.lower() == "foreign fighters"


def test_a_ships_name_alone_is_still_a_ship_and_a_particle_joins_a_place_name() -> None:
    found = names("FS Forbin joined the fleet. Forbin is committed. The ridge crosses Salah ad Din Province.")
    assert "Forbin" not in found
    assert found.get("Salah ad Din Province") == "location"


def test_a_known_name_is_found_with_its_particles_spelt_either_way() -> None:
    found = actor_of_mention("Al Qaeda in the Arabian Peninsula and Lashkar e Taiba were named.")
    assert found["Al Qaeda in the Arabian Peninsula"] == "al-Qaeda in the Arabian Peninsula"
    assert found["Lashkar e Taiba"] == "Lashkar-e-Taiba"


def test_a_name_the_ner_cut_in_two_or_began_at_a_quantifier_is_whole() -> None:
    found = names("COLP split from Prima Linea. Jabhat al-Nusra attacked Hezbollah. Many Tigers Front members left.")
    assert "Prima Linea" in found and "Linea" not in found
    assert "Tigers Front" in found and "Many Tigers Front" not in found


def test_people_named_by_what_they_are_with_a_word_that_says_which_are_collectives() -> None:
    found = mentioned("The QRS recruited young men from those villages, unemployed youths and madrassa students.")
    groups = {n for n, t in found.items() if t == "group"}
    assert {"young men", "unemployed youths", "madrassa students"} <= groups
    assert not {n for n, t in names("The two men met the hostages.").items() if t == "group"}


def test_a_city_the_small_model_took_for_a_people_is_a_place() -> None:
    found = names("The Ansar Muslim Youth Network in Mombasa recruits Kenyan youths.")
    assert found["Mombasa"] == "location"
    assert found["Kenyan youths"] == "group"


def test_a_name_begun_at_a_preposition_or_ended_on_a_particle_is_made_whole() -> None:
    found = names("Iran trained Hamas members at Revolutionary Guard bases. He led the former Harkat-ul Mujahideen.")
    assert "Revolutionary Guard" in found or "Islamic Revolutionary Guard Corps" in found
    assert not any(n.startswith("at ") for n in found)
    assert "Harkat-ul Mujahideen" in found and "Harkat-ul" not in found


def test_two_countries_joined_by_a_hyphen_and_a_letterhead_s_acronyms_are_no_actors() -> None:
    found = names("Media Note\nWashington, DC\n\nThe Tigers Front attacked a joint U.S.-Nigerien patrol.")
    assert not {"DC", "U.S.-Nigerien"} & set(found)
    assert "Tigers Front" in found


def test_two_countries_joined_before_a_border_name_the_border() -> None:
    found = names("The Tigers Front operates along the Mali-Niger border and the Saudi Arabia\u2013Yemen border.")
    assert found["Mali-Niger border"] == found["Saudi Arabia\u2013Yemen border"] == "location"
    assert "Mali-Niger" not in found


def test_a_nationality_before_a_relation_s_participle_is_its_state() -> None:
    x = extract(
        "Iranian-sponsored militias attacked the Tigers Front. An Iranian-born cleric spoke to Saudi officials."
    )
    states = [m for m in x.mentions if m.text in ("Iranian", "Saudi")]
    assert [(m.text, x.clusters[m.cluster].name, m.type) for m in states] == [("Iranian", "Iran", "location")]


def test_a_known_mans_family_name_after_another_mans_given_names_is_the_other_mans() -> None:
    found = names("The ISI was led by Iraqi national Abu Umar al-Baghdadi. Abu Mus'ab al-Zarqawi joined al-Qaeda.")
    assert "Abu Umar al-Baghdadi" in found and "Abu Bakr al-Baghdadi" not in found
    assert "Abu Musab al-Zarqawi" in found  # a known man's name in another spelling is his


def test_a_long_form_may_open_on_a_particle_and_a_name_before_a_kind_of_place_is_a_place() -> None:
    x = extract("In 2009 the leader of al-Qa'ida in Yemen (AQY), Nasir al-Wahishi, spoke.")
    assert any({"al-Qa'ida in Yemen", "AQY"} <= set(c.names) for c in x.clusters)
    found = names("The Tigers Front has a presence in the Bangsamoro region of Mindanao.")
    assert found.get("Bangsamoro region") == "location" and found.get("Mindanao") == "location"


def test_the_government_of_a_person_is_a_body() -> None:
    found = names("In the 1980s the militia fought the government of Mohammad Najibullah.")
    assert found.get("government of Mohammad Najibullah") == "organization"


def test_a_known_name_matched_in_lower_case_after_an_article_is_a_kind_of_thing() -> None:
    found = names("The Tigers Front seeks an Islamic state in Kandahar. The Islamic State attacked the Tigers Front.")
    assert found.get("Islamic State") == "organization"
    x = extract("The Tigers Front seeks an Islamic state in Kandahar.")
    assert not any(c.name == "Islamic State" for c in x.clusters)
