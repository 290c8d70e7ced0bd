"""The date expressions of a sentence, as written: years, ranges, decades, day and month
dates, open intervals ("since 2009", "until 1996"), and relative phrases ("the following
year", "since then", "last year") that are resolved later against the date in force.

Shapes are read here; the words that make a number a label ("Resolution 1989"), open or
close an interval, or point back at a date are `vocabulary/time.yaml`."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from linkchart.model import TimeScope, vocabulary

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_END = r"(?![\d\u2013\u2014-]*\d)"  # a year is not the start of a longer number
_DASH = r"\s*[\u2013\u2014/-]\s*"
_PART = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}

_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("range", rf"\b(?:between|from)\s+(?:{_MONTH}\s+)?(?P<a>{_YEAR})\s+(?:and|to|until|till|through)\s+"
                  rf"(?:{_MONTH}\s+)?(?P<b>{_YEAR}|present){_END}"),
        ("dash", rf"\b(?P<a>{_YEAR}){_DASH}(?P<b>{_YEAR}|\d\d|present|now|today){_END}\b"),
        ("decade", r"\b(?:the\s+)?(?:(?P<p>early|mid|late)(?:-?\s*to-?\s*(?P<q>early|mid|late))?[-\s]+)?"
                   r"(?P<a>1[89]\d|20\d)0s\b"),
        ("day", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH}),?\s+(?P<a>{_YEAR}){_END}"),
        ("day", rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<a>{_YEAR}){_END}"),
        ("iso", rf"\b(?P<a>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("month", rf"\b(?P<m>{_MONTH}),?\s+(?P<a>{_YEAR}){_END}"),
        ("year", rf"\b(?P<a>{_YEAR}){_END}(?!s\b)"),
    )
)  # fmt: skip
_YEARLESS_MONTH = re.compile(
    r"\b(?:in|by|since|until|during|early|late|mid-?)\s+(?P<m>january|february|march|april|june|july|august"
    r"|september|october|november|december)\b(?!,?\s*\d)",
    re.I,
)
_WORD_BEFORE = re.compile(r"([\w.#$€£]+)[^\w.#$€£]*$")
_DIGIT = re.compile(r"\d")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|during|of|circa|around|c\.)\s*$")
_LEAD_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n\s*)$")
_LEAD_AFTER = re.compile(r"\s*(?:[\u2013\u2014:-]|\s-)\s")
# "have been rivals since." and "has since been led": since the date in force
_TRAILING_SINCE = re.compile(r"\b(?:(?:has|have|had)\s+since|since(?=\s*(?:[.;,)]|$)))", re.I)


@dataclass(frozen=True)
class DateExpression:
    """One date phrase at [start, end) of the text read. `scope` is set where the phrase names
    its own date; a relative phrase instead says what it adds to the date in force (`shift`
    years, `month`), runs on from it (`running`), or counts from the document's date
    (`deictic` years). `bare` marks a lone number, which may yet be a count."""

    start: int
    end: int
    scope: TimeScope | None = None
    shift: int | None = None
    month: int | None = None
    running: bool = False
    decade: bool = False  # "later that decade": the decade of the date in force
    deictic: int | None = None
    bare: bool = False
    lead: bool = False  # a timeline entry's date, "1999 - KXR units ambush ...": it dates what follows


def read_expressions(text: str) -> list[DateExpression]:
    """Every date phrase of `text`, in order, none overlapping (the longest shape wins).

    >>> [e.scope for e in read_expressions("From 1979 to 1989 it fought; since 2009 it leads.")]
    [TimeScope(start='1979', end='1989', precision='year', source='sentence'), \
TimeScope(start='2009', end=None, precision='year', source='sentence')]
    """
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for name, pattern in _SHAPES if _DIGIT.search(text) else ():
        for match in pattern.finditer(text):
            if free(match.start(), match.end()) and (expression := _absolute(name, match, text)):
                found.append(expression)
                taken.append((match.start(), match.end()))
    for expression in _relative(text):
        if free(expression.start, expression.end):
            found.append(expression)
            taken.append((expression.start, expression.end))
    return sorted(found, key=lambda e: e.start)


def _absolute(shape: str, match: re.Match[str], text: str) -> DateExpression | None:
    before = text[: match.start()].lower()
    if _label_before(before):
        return None  # "Resolution 1989", "$2000"
    a = match["a"]
    if shape == "range":
        scope = TimeScope(a, None if match["b"].lower() == "present" else match["b"], "year", "sentence")
    elif shape == "dash":
        b = match["b"].lower()
        end = None if b in ("present", "now", "today") else (a[:2] + b if len(b) == 2 else b)
        if end is not None and end < a:
            return None  # "2011-09" is a month, "1990-1985" no range
        scope = TimeScope(a, end, "year", "sentence")
    elif shape == "decade":
        low, high = _PART[match["p"].lower()] if match["p"] else (0, 9)
        high = _PART[match["q"].lower()][1] if match["q"] else high
        scope = TimeScope(f"{a}{low}", f"{a}{high}", "decade", "sentence")
    elif shape in ("day", "iso", "month"):
        month = _month_number(match["m"])
        if month is None:
            return None
        value = f"{a}-{month:02d}" + (f"-{int(match['d']):02d}" if shape != "month" else "")
        if shape != "month" and not 1 <= int(match["d"]) <= 31:
            return None
        scope = TimeScope(value, value, "month" if shape == "month" else "day", "sentence")
    else:
        scope = TimeScope(a, a, "year", "sentence")
    opened = _bound(before)
    lead = bool(_LEAD_BEFORE.search(before) and _LEAD_AFTER.match(text, match.end()))
    bare = shape == "year" and opened is None and not lead and not _PREPOSITION_BEFORE.search(before)
    return DateExpression(match.start(), match.end(), _open(scope, opened), bare=bare, lead=lead)


def _open(scope: TimeScope, bound: str | None) -> TimeScope:
    if bound == "opens":
        return TimeScope(scope.start, None, scope.precision, scope.source)
    if bound == "closes":
        return TimeScope(None, scope.end, scope.precision, scope.source)
    return scope


def _bound(before: str) -> str | None:
    """Whether the words before a date open an interval ("since"), close one ("until") or
    neither; "since at least", "starting in" and "until its dissolution in" are read too."""
    words = re.sub(r"\b(?:the|early|late|mid|in|on)\s*-?\s*$", "", before.rstrip()).rstrip()
    words = re.sub(r"\b(?:the|early|late|mid|in|on)\s*-?\s*$", "", words).rstrip()
    opens, closes = _bound_patterns()
    if opens.search(words):
        return "opens"
    if closes.search(words):
        return "closes"
    if m := re.search(r"\b(until|since)\s+(?:its|their|his|her|the)\s+\w+$", words):
        return "closes" if m[1] == "until" else "opens"  # "until its dissolution in 2019"
    return None


@functools.cache
def _bound_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = vocabulary().time
    return tuple(  # type: ignore[return-value]
        re.compile(rf"(?:^|\W)(?:{_alternation(phrases)})$") for phrases in (spec.opens, spec.closes)
    )


def _alternation(phrases: Iterable[str]) -> str:
    """A regular expression for any of `phrases`, the longest tried first."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _label_before(before: str) -> bool:
    word = _WORD_BEFORE.search(before)
    return bool(word) and word[1].lower() in vocabulary().time.label_words  # type: ignore[index]


def _month_number(name: str) -> int | None:
    if name.isdigit():
        return int(name) if 1 <= int(name) <= 12 else None
    key = name.lower().rstrip(".")[:3]
    return next((i + 1 for i, m in enumerate(_MONTHS) if m.startswith(key)), None)


@functools.cache
def _relative_patterns() -> tuple[re.Pattern[str], ...]:
    spec = vocabulary().time
    numbers = _alternation(spec.number_words)
    patterns = (
        re.compile(rf"\b(?:{_alternation(spec.anaphors)})\b", re.I),
        re.compile(rf"\b(?P<n>\d{{1,2}}|{numbers})\s+years?\s+(?P<u>{_alternation(spec.offset_units)})\b", re.I),
        re.compile(rf"\b(?:{_alternation(spec.since_anaphors)})\b", re.I),
        re.compile(rf"\b(?:{_alternation(spec.deictic)})\b", re.I),
        re.compile(rf"\b(?:{_alternation(spec.decade_anaphors)})\b", re.I),
    )
    # one search that most sentences fail, before the seven that say which phrase it is
    hint = re.compile("|".join(p.pattern for p in (*patterns, _TRAILING_SINCE, _YEARLESS_MONTH)), re.I)
    return (hint, *patterns)


def _relative(text: str) -> list[DateExpression]:
    spec = vocabulary().time
    hint, anaphor, offset, since, deictic, decade = _relative_patterns()
    if not hint.search(text):
        return []
    found = [DateExpression(m.start(), m.end(), shift=spec.anaphors[m[0].lower()]) for m in anaphor.finditer(text)]
    for m in offset.finditer(text):
        count = int(m["n"]) if m["n"].isdigit() else spec.number_words[m["n"].lower()]
        found.append(DateExpression(m.start(), m.end(), shift=count * spec.offset_units[m["u"].lower()]))
    found += [DateExpression(m.start(), m.end(), shift=0, running=True) for m in since.finditer(text)]
    found += [DateExpression(m.start(), m.end(), shift=0, running=True) for m in _TRAILING_SINCE.finditer(text)]
    found += [DateExpression(m.start(), m.end(), deictic=spec.deictic[m[0].lower()]) for m in deictic.finditer(text)]
    found += [DateExpression(m.start(), m.end(), shift=0, decade=True) for m in decade.finditer(text)]
    for m in _YEARLESS_MONTH.finditer(text):
        found.append(DateExpression(m.start("m"), m.end("m"), shift=0, month=_month_number(m["m"])))
    return found


def resolve(expression: DateExpression, anchor: TimeScope | None, document_date: str | None) -> TimeScope | None:
    """The time a phrase names: its own date, or a relative phrase's date counted from the date
    in force (`anchor`, source "relative") or, failing that or for phrases such as "last year",
    from the document's date (source "document-relative"); None where neither is known.

    >>> resolve(read_expressions("the following year")[0], TimeScope("2010", "2010", "year", "sentence"), None)
    TimeScope(start='2011', end='2011', precision='year', source='relative')
    """
    if expression.scope is not None:
        return expression.scope
    if expression.deictic is not None or anchor is None:
        if document_date is None:
            return None
        year = int(document_date[:4]) + (expression.deictic or expression.shift or 0)
        return _shifted(str(year), expression, "document-relative")
    base = anchor.start or anchor.end
    if base is None:
        return None
    return _shifted(str(int(base[:4]) + (expression.shift or 0)), expression, "relative")


def _shifted(year: str, expression: DateExpression, source: str) -> TimeScope:
    if expression.decade:
        return TimeScope(year[:3] + "0", year[:3] + "9", "decade", source)  # type: ignore[arg-type]
    if expression.month is not None:
        value = f"{year}-{expression.month:02d}"
        return TimeScope(value, value, "month", source)  # type: ignore[arg-type]
    return TimeScope(year, None if expression.running else year, "year", source)  # type: ignore[arg-type]
