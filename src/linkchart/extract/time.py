"""Time scopes: the dates a sentence gives ("in the 1980s", "in 1995", "by 2008"), carried
through its paragraph, falling back to the document's own date."""

from __future__ import annotations

import re

from linkchart.model import Sentence, TimeScope

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_RANGE = re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|-)\s+((?:19|20)\d\d)\b", re.I)
# "2006-2016" (any dash), "1994-present" (an open end), as infobox items and timelines write them
_DASH_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[\u2013\u2014-]\s*((?:19|20)\d\d|present)\b", re.I)
_DECADE = re.compile(
    r"\b(?:in|during|throughout|by|since)?\s*(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?((?:19|20)\d)0s\b", re.I
)
_MONTH_YEAR = re.compile(rf"\b(?:in\s+)?({_MONTHS})\s+((?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"\b(in|since|from|after|by|until|till|before|during|as of|circa|around)?\s*((?:19|20)\d\d)\b", re.I)
_OPEN_END = {"since", "from", "after"}
_OPEN_START = {"by", "until", "till", "before", "as of"}


def sentence_scope(text: str) -> TimeScope | None:
    """The time a sentence states, if it states one.

    >>> sentence_scope("In the 1980s he fought the Soviets.")
    TimeScope(start='1980', end='1989', precision='decade', source='sentence')
    >>> sentence_scope("By 2008 the insurgency had changed.")
    TimeScope(start=None, end='2008', precision='year', source='sentence')
    """
    if match := _RANGE.search(text):
        return TimeScope(match.group(1), match.group(2), "year", "sentence")
    if match := _DASH_RANGE.search(text):
        end = None if match.group(2).lower() == "present" else match.group(2)
        return TimeScope(match.group(1), end, "year", "sentence")
    if match := _DECADE.search(text):
        return TimeScope(match.group(1) + "0", match.group(1) + "9", "decade", "sentence")
    if match := _MONTH_YEAR.search(text):
        month = _MONTHS.split("|").index(match.group(1).lower()) + 1
        value = f"{match.group(2)}-{month:02d}"
        return TimeScope(value, value, "month", "sentence")
    if match := _YEAR.search(text):
        word = (match.group(1) or "").lower()
        year = match.group(2)
        if word in _OPEN_END:
            return TimeScope(year, None, "year", "sentence")
        if word in _OPEN_START:
            return TimeScope(None, year, "year", "sentence")
        return TimeScope(year, year, "year", "sentence")
    return None


def document_scope(date: str | None) -> TimeScope:
    """What a claim with no date of its own is known to hold by: the document's date."""
    if date is None:
        return TimeScope(None, None, "none", "none")
    return TimeScope(None, date, "day", "document")


def sentence_times(sentences: list[Sentence], document_date: str | None) -> list[TimeScope]:
    """The time scope of every sentence of a document, read in order (so dates carry through
    their paragraphs): computed once per document and shared by every extractor."""
    dates = RunningDate(document_date)
    return [dates.scope(s.paragraph, s.text) for s in sentences]


class RunningDate:
    """The date in force as a paragraph is read: a dated sentence sets it for the rest."""

    def __init__(self, document_date: str | None) -> None:
        self.fallback = document_scope(document_date)
        self.paragraph = -1
        self.current: TimeScope | None = None

    def scope(self, paragraph: int, sentence_text: str) -> TimeScope:
        if paragraph != self.paragraph:
            self.paragraph, self.current = paragraph, None
        own = sentence_scope(sentence_text)
        if own is not None:
            self.current = own
            return own
        if self.current is not None:
            return TimeScope(self.current.start, self.current.end, self.current.precision, "paragraph")
        return self.fallback
