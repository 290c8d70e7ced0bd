"""`linkchart.relations.infobox.v2`: the fields of encyclopedia pages and profiles, each item a
claim about its section's subject, with its own dates and hedges."""

from __future__ import annotations

from linkchart.extract import extract_documents
from linkchart.model import Document, Extraction
from tests.helpers import document


def _page(text: str, title: str | None) -> Extraction:
    page = document(text)
    [x] = extract_documents([Document(**{**page.__dict__, "title": title})])
    assert isinstance(x, Extraction), x
    return x


def _found(x: Extraction) -> dict[tuple[str, str, str], tuple[str | None, str | None, str]]:
    return {
        (x.clusters[c.subject].name, c.predicate, x.clusters[c.object].name): (c.time.start, c.time.end, c.hedge)
        for c in x.claims
    }


def test_infobox_fields_relate_the_page_actor() -> None:
    text = (
        "Hezbollah\n\nAllies: Iran and the Islamic Revolutionary Guard Corps\nOpponents: Islamic State\n"
        "Leaders: Hassan Nasrallah\nHeadquarters: Beirut\n\nHezbollah is a Lebanese group."
    )
    found = {k for k, _ in _found(_page(text, "Hezbollah")).items()}
    assert found >= {
        ("Hezbollah", "cooperates_with", "Islamic Revolutionary Guard Corps"),
        ("Hezbollah", "fights", "Islamic State"),
        ("Hassan Nasrallah", "leads", "Hezbollah"),
        ("Hezbollah", "based_in", "Beirut"),
    }


def test_items_carry_their_own_dates_and_hedges_and_are_not_related_to_each_other() -> None:
    text = (
        "Tigers Front\n\nTigers Front\nLeadersAmar Kell (until 1992)\nJoram Vesk (2006\u20132016)\n"
        "Opponents | Pakistan | Northern Army (suspected) |\nHeadquarters | Kandahar |\n\n"
        "The Tigers Front is an armed group."
    )
    found = _found(_page(text, "Tigers Front"))
    assert found[("Amar Kell", "leads", "Tigers Front")][:2] == (None, "1992")
    assert found[("Joram Vesk", "leads", "Tigers Front")][:2] == ("2006", "2016")
    assert found[("Tigers Front", "fights", "Northern Army")][2] == "alleged"
    assert ("Tigers Front", "based_in", "Kandahar") in found
    listed = {"Amar Kell", "Joram Vesk", "Pakistan", "Northern Army"}
    assert not any(s in listed and o in listed for s, _, o in found)


def test_names_in_an_items_brackets_qualify_it_but_places_in_brackets_are_places() -> None:
    text = (
        "Tigers Front\n\nLeaders: Amar Kell (commander of the Northern Army faction from 2019)\n"
        "Area of operations: Italy (Turin, Milan, Trento); Greece\n\nThe Tigers Front is an armed group."
    )
    x = _page(text, "Tigers Front")
    fields = {
        (x.clusters[c.subject].name, c.predicate, x.clusters[c.object].name)
        for c in x.claims
        if c.extractor == "linkchart.relations.infobox.v2"
    }
    assert ("Amar Kell", "leads", "Tigers Front") in fields
    assert not any("Northern Army" in (s, o) for s, _, o in fields)
    assert {("Tigers Front", "operates_in", p) for p in ("Italy", "Trento", "Greece")} <= fields


def test_a_heading_that_names_a_group_heads_the_fields_below_it() -> None:
    text = (
        "Terrorism in the region\n\nTigers Front (TF):\nArea of operations: Kandahar and Helmand\n"
        "Northern Army (NA):\nArea of operations: Kunduz\n"
    )
    found = set(_found(_page(text, "Terrorism in the region")))
    assert {("Tigers Front", "operates_in", "Kunduz"), ("Northern Army", "operates_in", "Kandahar")}.isdisjoint(found)
    assert {("Tigers Front", "operates_in", "Kandahar"), ("Northern Army", "operates_in", "Kunduz")} <= found


def test_a_wings_name_over_its_own_fields_heads_them_after_the_website_closes_the_page_actors() -> None:
    text = (
        "Northern Army\nLeader Amar Kell\nParamilitary wing Tigers Front (TF)\nWebsite\n"
        "Tigers Front\nJabhat al-Numur (TF)\nActive region(s) Kandahar, Helmand\n\n"
        "The Northern Army is an armed group in Afghanistan."
    )
    x = _page(text, "Northern Army")
    wing = next(c for c in x.clusters if "Tigers Front" in c.names)
    found = set(_found(x))
    assert (wing.name, "operates_in", "Kandahar") in found and ("Amar Kell", "leads", "Northern Army") in found
    assert ("Northern Army", "operates_in", "Kandahar") not in found


def test_a_persons_allegiance_is_membership_a_groups_is_affiliation() -> None:
    person = "Amar Kellani\n\nAllegiance: Tigers Front\n\nAmar Kellani is a commander born in Kidal."
    group = "Copper Star Front\n\nAllegiance: Tigers Front\n\nThe Copper Star Front is an armed group."
    assert ("Amar Kellani", "member_of", "Tigers Front") in _found(_page(person, "Amar Kellani"))
    assert ("Copper Star Front", "affiliate_of", "Tigers Front") in _found(_page(group, "Copper Star Front"))
