"""A claim's time from its own clause, end to end through the pipeline: the date nearest its
trigger, never a date said of a noun or a birth; the date in force where the clause has none;
relative dates, timelines, infobox items and date fields; the document's date only as a bound."""

from __future__ import annotations

from tests.helpers import extract


def times(text: str, date: str | None = None) -> dict[tuple[str, str, str], tuple[str | None, str | None, str]]:
    x = extract(text, date)
    return {
        (x.clusters[c.subject].name, c.predicate, x.clusters[c.object].name): (c.time.start, c.time.end, c.time.source)
        for c in x.claims
    }


def test_each_clause_keeps_its_own_date() -> None:
    found = times(
        "The Southern Union, which pledged allegiance to the Tigers Front in 2014, "
        "broke away from the Northern Army in 2011."
    )
    assert found[("Southern Union", "splinter_of", "Northern Army")][:2] == ("2011", "2011")


def test_a_birth_year_is_not_the_claims_date() -> None:
    found = times("Karim Dastani, born 1994, joined the Northern Army in 2021 while working abroad.")
    assert found[("Karim Dastani", "member_of", "Northern Army")][:2] == ("2021", "2021")


def test_the_life_dates_in_brackets_after_a_name_date_no_claim() -> None:
    found = times(
        "Karim Dastani (Persian: Karim; 11 March 1957 \u2013 3 January 2020) led the Northern Army.", "2024-05-01"
    )
    start, end, _ = found[("Karim Dastani", "leads", "Northern Army")]
    assert "1957" not in (start or "") and "2020" not in (end or "")


def test_a_date_said_of_a_noun_does_not_date_the_claim() -> None:
    text = (
        "The Southern Union was founded in 1985.\n\n"
        "In 1985 the Southern Union split from the Northern Army, a Kenyan group formed in 1980 to fight the state."
    )
    assert times(text)[("Southern Union", "splinter_of", "Northern Army")][:2] == ("1985", "1985")


def test_of_two_dates_on_one_verb_the_one_by_its_object_wins() -> None:
    found = times("The Tigers Front has fought the Northern Army since 2015 and the Southern Union since 2019.")
    assert found[("Tigers Front", "fights", "Northern Army")][:2] == ("2015", None)
    assert found[("Tigers Front", "fights", "Southern Union")][:2] == ("2019", None)


def test_a_relative_date_counts_from_the_last_date_given() -> None:
    text = "The Tigers Front was founded in 2014. A year later the Tigers Front merged with the Northern Army."
    assert times(text)[("Tigers Front", "merged_with", "Northern Army")] == ("2015", "2015", "relative")


def test_a_news_date_counts_from_the_document_date() -> None:
    found = times("Last year the Tigers Front attacked the Northern Army near Kismayo.", "2016-05-25")
    assert found[("Tigers Front", "fights", "Northern Army")] == ("2015", "2015", "document-relative")


def test_a_timeline_entry_dates_only_what_follows_it() -> None:
    text = "2010 - The Tigers Front attacks the Northern Army. 2012 - The Tigers Front merges with the Southern Union."
    found = times(text)
    assert found[("Tigers Front", "fights", "Northern Army")][:2] == ("2010", "2010")
    assert found[("Tigers Front", "merged_with", "Southern Union")][:2] == ("2012", "2012")


def test_a_present_state_takes_no_date_from_another_clause_or_sentence() -> None:
    text = (
        "Formed in 2012 by former army officers, the Tigers Front operates in Kenya. "
        "In 2013 it split from the Northern Army. The Tigers Front now fights the Southern Union."
    )
    found = times(text, "2016")
    assert found[("Tigers Front", "operates_in", "Kenya")] == ("2016", "2016", "document")
    assert found[("Tigers Front", "splinter_of", "Northern Army")][:2] == ("2013", "2013")
    assert found[("Tigers Front", "fights", "Southern Union")] == ("2016", "2016", "document")


def test_a_count_is_not_a_year() -> None:
    found = times("About 2000 fighters of the Tigers Front attacked the Northern Army.", "2016-05-25")
    assert found[("Tigers Front", "fights", "Northern Army")] == (None, "2016-05-25", "document")


def test_an_undated_claim_is_bounded_by_the_document_date_and_holds_at_it_when_present() -> None:
    past = times("The Tigers Front attacked the Northern Army.", "2016-05")
    assert past[("Tigers Front", "fights", "Northern Army")] == (None, "2016-05", "document")
    present = times("The Tigers Front fights the Northern Army.", "2016-05")
    assert present[("Tigers Front", "fights", "Northern Army")] == ("2016-05", "2016-05", "document")
    undated = times("The Tigers Front fights the Northern Army.")
    assert undated[("Tigers Front", "fights", "Northern Army")] == (None, None, "none")


def test_infobox_items_keep_their_own_dates_and_fields_date_the_rest() -> None:
    text = (
        "Tigers Front\n\n"
        "Dates of operation 1975\u20132002\n"
        "Active regions: Kenya\n"
        "Allies: Northern Army (until 1992); Southern Union\n\n"
        "The Tigers Front is an armed group. The Tigers Front was led by Omar Haji."
    )
    found = times(text)
    assert found[("Tigers Front", "operates_in", "Kenya")] == ("1975", "2002", "field")
    assert found[("Tigers Front", "cooperates_with", "Northern Army")][:2] == (None, "1992")
    assert found[("Tigers Front", "cooperates_with", "Southern Union")][2] in ("document", "none")
