from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from linkchart.ingest.boilerplate import clean, parse_date


@settings(deadline=None)  # the first example may load the vocabulary
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_parse_date_reads_day_first_and_iso(day: date) -> None:
    assert parse_date(day.strftime("%d-%m-%Y")) == day.isoformat()
    assert parse_date(day.isoformat()) == day.isoformat()


@settings(deadline=None)  # the first example may load the vocabulary: a few hundred ms
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_clean_never_fails_and_never_grows_the_text(text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned.text) <= len(text)


def test_dropped_lines_and_date() -> None:
    cleaned = clean("Skip to content\nTitle\n\nBody text.\n\nShare this page\nLast updated: 2020-01-31\n")
    assert cleaned.text == "Title\n\nBody text."
    assert cleaned.date == "2020-01-31" and cleaned.title == "Title"


def test_invisible_and_direction_characters_are_no_part_of_the_text() -> None:
    from linkchart.ingest.boilerplate import clean

    cleaned = clean("The Haq\u200bqani network met the \u202eTaliban\u202c in Khost\u00ad.")
    assert cleaned.text == "The Haqqani network met the Taliban in Khost."


def test_banners_licences_wiki_history_and_contact_lines_are_dropped() -> None:
    furniture = [
        "An official website of the United States government",
        "Secure .gov websites use HTTPS",
        "You are viewing ARCHIVED CONTENT released online from 2001 to 2009.",
        "Text of the mirror, licensed under CC-BY-SA.",
        "Revision as of 10:01, 3 May 2020 view sourceEditor9 (talk | contribs) Extended confirmed users",
        "Browse history← Previous editNext edit →",
        "TDD (202) 555-0188",
    ]
    cleaned = clean("\n".join([*furniture, "", "The Amber Fist fought the Kestrel Union."]))
    assert cleaned.text == "The Amber Fist fought the Kestrel Union."
