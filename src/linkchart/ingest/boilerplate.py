"""Drop site furniture (donation banners, mailing-list prompts) and find the page's date."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from linkchart.model import vocabulary
from linkchart.resolve.names import INVISIBLE


@dataclass(frozen=True)
class CleanText:
    text: str
    title: str | None
    date: str | None
    publisher: str | None = None


def _compiled(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


@functools.cache
def _patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]:
    spec = vocabulary().boilerplate
    return _compiled(spec.drop_lines), _compiled(spec.date_lines), _compiled(spec.publisher_lines)


def parse_date(raw: str) -> str | None:
    """An ISO date at the precision the text gives it, read by dateparser (day-first where it
    is ambiguous); None where `raw` names no year.

    >>> parse_date("25-05-2016"), parse_date("Mar. 3, 2011"), parse_date("3rd March 2011")
    ('2016-05-25', '2011-03-03', '2011-03-03')
    >>> parse_date("March 2011"), parse_date("2011"), parse_date("on Monday")
    ('2011-03', '2011', None)
    """
    cleaned = re.sub(r",?\s+(?:at\s+)?\d{1,2}:\d\d.*$", "", re.sub(r"\s+", " ", raw.strip()))  # "11:44:19 ZULU"
    if not re.search(r"(?<!\d)\d{4}(?!\d)", cleaned):
        return None  # "Monday" would be read against today's date
    data = _date_parser().get_date_data(cleaned)
    if data.date_obj is None:
        return None
    iso: str = data.date_obj.date().isoformat()
    return {"year": iso[:4], "month": iso[:7]}.get(data.period or "day", iso)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A date in a page's address: "/2003/February/", "/20130216124146/" (an archive's snapshot),
# "_2024-02/" (a mirror's dump); the page said what it says as of then
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?:(?P<m>0[1-9]|1[0-2])(?P<d>[0-3]\d)\d{6}(?!\d)"
    r"|[-/_](?P<m2>0[1-9]|1[0-2]|[A-Z][a-z]+)(?:[-/_](?P<d2>[0-3]\d)(?=[/.-]|$))?(?=[/_.-]|$))"
)


@functools.cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser  # imported on first use: 0.1 s that most runs never need

    return DateDataParser(languages=["en"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})


def _metadata_date(fields: dict[str, str]) -> str | None:
    """The date a metadata line gives: a date in the source's address, else a year its title
    names ("Country Reports on Terrorism 2013")."""
    if match := _URL_DATE.search(fields.get("SOURCE", "")):
        month, day = match["m"] or match["m2"], match["d"] or match["d2"]
        found = parse_date(
            " ".join(p for p in (day, month, match["y"]) if p)
            if month and not month.isdigit()
            else "-".join(p for p in (match["y"], month, day) if p)
        )
        if found:
            return found
    year = _YEAR.search(fields.get("TITLE", ""))
    return year.group(0) if year else None


def _looks_like_title(line: str) -> bool:
    return 0 < len(line) <= 120 and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))


def _first_match(patterns: list[re.Pattern[str]], line: str) -> re.Match[str] | None:
    return next((m for p in patterns if (m := p.fullmatch(line))), None)


_METADATA_FIELD = re.compile(r"^(?P<key>[A-Z][A-Z_]{2,}):\s*(?P<value>.*?)\s*$")
# "(US Department of State, via Refworld)", "(Wikipedia text, piglix mirror)": who published the text
_TITLE_SOURCE = re.compile(r"^(?P<title>.*\S)\s*\((?P<source>[^()]*)\)\s*$")
_COPY_WORDS = re.compile(r"\s+(?:text|copy|mirror|snapshot|fork|press release|editorial|media note)$", re.IGNORECASE)


def metadata_line(line: str) -> dict[str, str] | None:
    """The fields of a leading metadata line, `SOURCE: <url> | TITLE: <title> | LICENCE: ...`,
    as archives and our eval sets write it; None for any other line.

    >>> metadata_line("SOURCE: http://x.org/a | TITLE: Houthis (Wikipedia text, piglix mirror) | LICENCE: CC BY-SA")
    {'SOURCE': 'http://x.org/a', 'TITLE': 'Houthis (Wikipedia text, piglix mirror)', 'LICENCE': 'CC BY-SA'}
    """
    fields = [_METADATA_FIELD.match(part.strip()) for part in line.split(" | ")]
    if not fields or not all(fields) or "SOURCE" not in {f["key"] for f in fields if f}:
        return None
    return {f["key"]: f["value"] for f in fields if f}


def _title_and_publisher(fields: dict[str, str]) -> tuple[str | None, str | None]:
    """A title without its trailing "(publisher, via host)", and the publisher it names (or
    the PUBLISHER field, or the source's host)."""
    title, publisher = fields.get("TITLE") or None, fields.get("PUBLISHER") or None
    if title and (match := _TITLE_SOURCE.match(title)):
        first = re.sub(r"\s+(?:19|20)\d\d$", "", re.split(r"[,;]", match["source"])[0].strip())
        named = " " in first or "," in match["source"] or not first.isupper()  # "(JNIM)" is no publisher
        if named and first[:1].isupper() and not any(c.isdigit() for c in first):
            title, publisher = match["title"], publisher or _COPY_WORDS.sub("", first)
    if publisher is None and (host := re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", fields.get("SOURCE", ""))):
        publisher = host.group(1)
    return title, publisher


def clean(text: str, title: str | None = None, date: str | None = None, publisher: str | None = None) -> CleanText:
    """Remove boilerplate lines; take the date from a "Page last modified" style line, the
    publisher from a "Join the X mailing list" or copyright line, and the title from the first
    short heading-like line, unless the source already gave them. A leading metadata line
    (`SOURCE: ... | TITLE: ...`) gives the title and publisher and is no part of the text."""
    drop, date_lines, publisher_lines = _patterns()
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    if (fields := metadata_line(first.strip())) is not None:
        meta_title, meta_publisher = _title_and_publisher(fields)
        title, publisher, text = title or meta_title, publisher or meta_publisher, rest
        date = date or _metadata_date(fields)
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if (matched := _first_match(date_lines, stripped)) and (found := parse_date(matched.group("date"))):
            date = date or found
            continue
        if matched := _first_match(publisher_lines, stripped):
            publisher = publisher or matched.group("publisher").strip()
            continue
        if any(p.fullmatch(stripped) for p in drop):
            continue
        kept.append(line.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip().translate(INVISIBLE)
    if title is None:
        first = body.split("\n", 1)[0].strip()
        title = first if _looks_like_title(first) else None
    return CleanText(text=body, title=title, date=date, publisher=publisher)
