"""`linkchart.relations.infobox.v1`: the field lines of encyclopedia pages and profiles."""

from __future__ import annotations


def test_infobox_fields_relate_the_page_actor() -> None:
    from linkchart.extract import extract_documents
    from tests.helpers import document

    text = (
        "Hezbollah\n\nAllies: Iran and the Islamic Revolutionary Guard Corps\nOpponents: Islamic State\n"
        "Leaders: Hassan Nasrallah\nHeadquarters: Beirut\n\nHezbollah is a Lebanese group."
    )
    page = document(text)
    page = type(page)(**{**page.__dict__, "title": "Hezbollah"})
    [x] = extract_documents([page])
    found = {
        (x.clusters[c.subject].name, c.predicate, x.clusters[c.object].name)
        for c in x.claims
        if c.extractor == "linkchart.relations.infobox.v1"
    }
    assert found >= {
        ("Hezbollah", "cooperates_with", "Islamic Revolutionary Guard Corps"),
        ("Hezbollah", "fights", "Islamic State"),
        ("Hassan Nasrallah", "leads", "Hezbollah"),
        ("Hezbollah", "based_in", "Beirut"),
    }
