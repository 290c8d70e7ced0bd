"""Date phrases as written: every shape the time issue lists, counts and labels that are not
years, and relative phrases resolved against the date in force or the document's date."""

from __future__ import annotations

import pytest

from linkchart.extract.time import read_expressions, resolve
from linkchart.model import TimeScope


def scopes(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.scope.start, e.scope.end, e.scope.precision) for e in read_expressions(text) if e.scope]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 1995", ("1995", "1995", "year")),
        ("since 2009", ("2009", None, "year")),
        ("since at least 2018", ("2018", None, "year")),
        ("until its dissolution in 2019", (None, "2019", "year")),
        ("by 2008", (None, "2008", "year")),
        ("between 2011 and 2014", ("2011", "2014", "year")),
        ("from 1979 to 1989", ("1979", "1989", "year")),
        ("2006\u2013present", ("2006", None, "year")),
        ("1990-91", ("1990", "1991", "year")),
        ("in the 1980s", ("1980", "1989", "decade")),
        ("in the mid-to-late 1990s", ("1993", "1999", "decade")),
        ("the early 2000s", ("2000", "2003", "decade")),
        ("on 3rd March 2011", ("2011-03-03", "2011-03-03", "day")),
        ("on Mar. 3, 2011", ("2011-03-03", "2011-03-03", "day")),
        ("on 2011-03-03", ("2011-03-03", "2011-03-03", "day")),
        ("in March 2011", ("2011-03", "2011-03", "month")),
    ],
)
def test_each_shape_is_read_at_its_precision(text: str, expected: tuple[str | None, str | None, str]) -> None:
    assert scopes(text) == [expected]


@pytest.mark.parametrize("text", ["UN Security Council Resolution 1989", "a $2000 payment", "Flight 2011 landed"])
def test_numbers_that_label_or_price_are_never_years(text: str) -> None:
    assert scopes(text) == []


def test_a_lone_number_is_marked_so_that_the_parse_can_tell_a_count() -> None:
    (count,) = read_expressions("About 2000 fighters")
    (dated,) = read_expressions("It was formed in 2000")
    assert count.bare and not dated.bare


def test_a_timeline_entry_leads_what_follows() -> None:
    entries = read_expressions("1996 \u2014 KXR moves its base. 1999 \u2014 KXR units ambush a patrol.")
    assert [e.lead for e in entries] == [True, True]


ANCHOR = TimeScope("2010", "2010", "year", "sentence")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A year later", "2011", "2011"),
        ("the following year", "2011", "2011"),
        ("the previous year", "2009", "2009"),
        ("that same year", "2010", "2010"),
        ("two years later", "2012", "2012"),
        ("three years earlier", "2007", "2007"),
        ("since then", "2010", None),
        ("they have remained rivals since.", "2010", None),
        ("in March", "2010-03", "2010-03"),
        ("later that decade", "2010", "2019"),
    ],
)
def test_relative_phrases_count_from_the_date_in_force(text: str, start: str, end: str | None) -> None:
    (expression,) = read_expressions(text)
    resolved = resolve(expression, ANCHOR, "2016-05-25")
    assert resolved is not None and (resolved.start, resolved.end, resolved.source) == (start, end, "relative")


def test_relative_phrases_fall_back_on_the_document_date_and_say_so() -> None:
    (last_year,) = read_expressions("Last year the group split.")
    assert resolve(last_year, ANCHOR, "2016-05-25") == TimeScope("2015", "2015", "year", "document-relative")
    (following,) = read_expressions("the following year")
    assert resolve(following, None, "2016-05-25") == TimeScope("2017", "2017", "year", "document-relative")
    assert resolve(following, None, None) is None
