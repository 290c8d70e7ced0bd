from __future__ import annotations

from linkchart.extract.time import RunningDate, sentence_scope
from linkchart.model import TimeScope


def test_sentence_scopes() -> None:
    assert sentence_scope("In 1995 the network was recruited.") == TimeScope("1995", "1995", "year", "sentence")
    assert sentence_scope("Since 2010 it has grown.") == TimeScope("2010", None, "year", "sentence")
    assert sentence_scope("between 2001 and 2005 it fought") == TimeScope("2001", "2005", "year", "sentence")
    assert sentence_scope("In March 2011 protests began.") == TimeScope("2011-03", "2011-03", "month", "sentence")
    assert sentence_scope("It has no date.") is None


def test_running_date_carries_through_a_paragraph_then_falls_back() -> None:
    dates = RunningDate("2016-05-25")
    assert dates.scope(0, "In 1995 it began.").start == "1995"
    carried = dates.scope(0, "It grew.")
    assert (carried.start, carried.source) == ("1995", "paragraph")
    assert dates.scope(1, "A new paragraph.") == TimeScope(None, "2016-05-25", "day", "document")
