"""Page structure: a document's text cut into the parts a reader sees, before any NLP.

Real pages come with their furniture: titles and headings, label-value fields ("Leaders:",
"Area of operations | Yemen |", infobox lines glued to their label, "LeadersJamil Mukulu"),
list items, navigation and markup. Only prose, field values and list items are read for
relations; headings are read for the names they give, each on its own, so that no claim joins
two lines a page only set side by side; navigation and markup are not read at all.

A block (text between blank lines) is read line by line when it looks like a page's
structure: three lines or more, at least half of them short and unpunctuated. Any other block
is one paragraph, its lines wrapped prose (a PDF's hard-wrapped lines), as before. Field
labels are those of `vocabulary/infobox.yaml` (with a relation, or without one: "Ideology",
"Strength"), or a short capitalised label before a colon ("Funding and External Aid:").

Offsets are kept: every segment is a span of the document's text."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from linkchart.model import vocabulary

__all__ = ["READ", "Segment", "segment"]

# "dates": the value of a field that dates the page's actor ("Founded 2014"); read for its
# dates only, never parsed for actors
Kind = Literal["title", "heading", "prose", "field", "item", "dates"]
READ: frozenset[Kind] = frozenset({"title", "heading", "prose", "field", "item"})

_BLOCK_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\[\d+\])*\s*$")
_MARKUP = re.compile(r"<[/!]?[a-z][^>]*>", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[\u2022\u00b7*\-\u2013|]\s*)+")
_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "by", "or", "to", "a", "an"})
_PROSE_WORDS = 10
_CAPTION = re.compile(r"(?P<word>[A-Z][a-z]+\.?)(?:\s+\d+)?(?:\s*[:\u2013\u2014-]|\s+(?:of|with|showing|shows)\b)")
_TITLE_PARTS = re.compile(r"\s+[-\u2013\u2014|]\s+")
_HEADING_WORDS = 4  # at most, in a heading set over its paragraph with no blank line between
_STANDALONE_WORDS = 6  # at most, in a line of a letterhead set over prose
# "1. ^ ...", "^ Jump up to", "↑ ...": an entry of a page's list of references; and one as a
# bibliography writes it, its authors surname first: "Gerstenzang, James; Boudreaux, Richard (21
# November 1999)."
_CITATION_ENTRY = re.compile(
    r"^\s*(?:\d+\.\s*)?[\^\u2191]|Archived from the original|Retrieved \d"
    r"|^[A-Z][\w'\u2019-]+, [A-Z][\w.'\u2019 -]*(?:; [A-Z][\w'\u2019-]+, [A-Z][\w.'\u2019 -]*)*"
    r" \((?:\d{1,2} )?(?:[A-Za-z]+ )?\d{4}\)\.\s*(?:[\x22\u201c]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    """One part of a page: `start`..`end` of the document's text, its kind, and for a field
    value or a list item under a field, the field's label (lower case)."""

    start: int
    end: int
    kind: Kind
    label: str | None = None


@functools.cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Two patterns for a line that starts with a known label (strict: a colon or a table bar
    after it; loose, for lines of an infobox: also a value after a space or glued on,
    "LeadersJamil Mukulu"), and the labels themselves."""
    known = vocabulary().field_labels
    alternatives = "|".join(re.escape(label) for label in sorted(known, key=len, reverse=True))
    strict = rf"^(?P<label>{alternatives})\s*[:|]\s*|^(?P<alias>aka|a\.k\.a\.|also known as)\s+"
    loose = rf"^(?P<label>{alternatives})(?:\s*[:|]\s*|\s+(?=[\"'\u201c(\d\u2022A-Z])|(?=[A-Z\d(\"'?])|\s*$)"
    return re.compile(strict, re.IGNORECASE), re.compile(loose, re.IGNORECASE), known


def _colon_label(line: str) -> str | None:
    """A short capitalised label before a colon: "Funding and External Aid", "Location/Area of
    Operation"; not "Minister Tobias Ellwood said"."""
    head, colon, _ = line.partition(":")
    words = head.split()
    if not colon or not 0 < len(words) <= 4 or not head[:1].isupper() or "(" in head:
        return None
    if any(w[:1].islower() and w.lower() not in _FUNCTION_WORDS for w in words):
        return None
    return head.strip()


def _table_row(line: str) -> tuple[str, int] | None:
    """A table row, "Country | Iran |": its first cell as the label, and where its value starts."""
    cell, bar, rest = line.partition("|")
    words = cell.split()
    if not bar or not 0 < len(words) <= 4 or not cell.strip()[:1].isupper() or not rest.strip(" |"):
        return None
    return cell.strip(), len(cell) + 1


def _wrapped(line: str, after: str) -> bool:
    """Whether a line is a sentence wrapped onto the next: it ends on a comma or a word like
    "the" or "and", or the next line goes on in lower case."""
    words = line.split()
    ends_open = line.rstrip().endswith((",", "-")) or (bool(words) and words[-1] in _FUNCTION_WORDS)
    return ends_open or after[:1].islower()


def _is_prose(line: str) -> bool:
    return len(line.split()) >= _PROSE_WORDS or bool(_SENTENCE_END.search(line))


def _junk(line: str) -> bool:
    """Markup and template code with next to no words around it, and lines of nothing but
    separators: no part of the text."""
    words = _MARKUP.sub(" ", line).split()
    if _CITATION_ENTRY.search(line):
        return True
    return not any(c.isalnum() for w in words for c in w) or (_MARKUP.search(line) is not None and len(words) < 3)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    offset = start
    for line in text[start:end].split("\n"):
        yield offset, offset + len(line)
        offset += len(line) + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(text: str, title: str | None = None) -> list[Segment]:
    """The parts of a document's text, in order (the first line is its title where it is
    `title`)."""
    segments: list[Segment] = []
    start = 0
    back_matter = vocabulary().infobox_back_matter
    for match in [*_BLOCK_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[start:end].strip():
            for part in _block(text, start, end, title if not segments else None):
                if part.kind == "heading" and _heading_words(text[part.start : part.end]) in back_matter:
                    return segments  # "References", "External links": the page's own text has ended
                segments.append(part)
        start = match.end() if match else end
    return segments


def _heading_words(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", line).lower().split())


def _block(text: str, start: int, end: int, title: str | None) -> list[Segment]:
    lines = [(s, e) for s, e in (_trimmed(text, *span) for span in _lines(text, start, end)) if s < e]
    if any(_CITATION_ENTRY.search(text[s:e]) for s, e in lines):
        # a page's references, in a block of their own or run on under its last paragraph
        return [part for s, e in _between_citations(text, lines) for part in _block(text, s, e, title)]
    if title and _same_title(text[lines[0][0] : lines[0][1]], title):
        # the title again under it, with the site or section before or after it, is a title too
        return [Segment(*lines[0], "title"), *(_block(text, lines[1][0], end, title) if len(lines) > 1 else [])]
    # a block of prose keeps its bounds as they are (wrapped lines, leading spaces and all)
    texts = [text[s:e] for s, e in lines]
    if len(lines) > 1 and (_heads_prose(texts[0], texts[1]) or _caption(texts[0])):
        return [Segment(*lines[0], "heading"), *_block(text, lines[1][0], end, None)]
    short = sum(
        not _is_prose(line) and not _wrapped(line, after) for line, after in zip(texts, [*texts[1:], ""], strict=True)
    )
    if len(lines) >= 3 and 2 * short >= len(lines):
        return list(_structured(text, lines, loose=True))
    strict = _labels()[0]
    if len(lines) == 1 or any(strict.match(text[s:e]) for s, e in lines):
        return list(_structured(text, lines, loose=False))
    if (alone := _standalone(texts)) is not None:
        before = _block(text, start, lines[alone - 1][1], None) if alone else []
        after = _block(text, lines[alone + 1][0], end, None) if alone + 1 < len(lines) else []
        return [*before, Segment(*lines[alone], "heading"), *after]
    return [Segment(start, end, "prose")]


def _between_citations(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The runs of a block's lines between the entries of its list of references."""
    run: list[tuple[int, int]] = []
    for line in [*lines, None]:
        if line is None or _CITATION_ENTRY.search(text[line[0] : line[1]]):
            if run:
                yield run[0][0], run[-1][1]
            run = []
        else:
            run.append(line)


def _standalone(texts: list[str]) -> int | None:
    """The first short line of a block of prose that no sentence runs through: a letterhead's
    "Media Note", "Office of the Spokesperson", "Washington, DC", "June 3, 2013" set over a
    release's first paragraph with no blank line between. The lines of a hard-wrapped
    paragraph run on into each other and stay one."""
    for i, line in enumerate(texts):
        before, after = (texts[i - 1] if i else ""), (texts[i + 1] if i + 1 < len(texts) else "")
        if (
            len(line.split()) <= _STANDALONE_WORDS
            and not _is_prose(line)
            and not _wrapped(line, after)
            and not line.rstrip().endswith(":")  # "The minister said:" opens what follows
            and _heading_words(line) not in vocabulary().infobox_back_matter  # no end of the page
            and (not before or (_closed(before) and not _wrapped(before, line)))
        ):
            return i
    return None


def _closed(line: str) -> bool:
    """Whether no sentence runs on past a line: it ends one, or it is short, or a title's
    capitalised words ("Rewards For Justice - First Reward Offers For Terrorists")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return (
        bool(_SENTENCE_END.search(line))
        or len(line.split()) <= _STANDALONE_WORDS
        or (len(words) > 2 and capitalised >= 0.8 * len(words))
    )


def _heads_prose(line: str, after: str) -> bool:
    """Whether a block's first line is a heading set right above its paragraph ("Origins" over
    "KCM was formed in 2015 ..."), as pages copied as text give them: a few words, not a
    sentence, not a field, and a line of prose after it. A hard-wrapped paragraph's first
    line is as long as the lines after it. ("External links" over prose is no end of the page.)"""
    return (
        len(line.split()) <= _HEADING_WORDS
        and _heading_words(line) not in vocabulary().infobox_back_matter
        and line[:1].isupper()
        and not _is_prose(line)
        and not _wrapped(line, after)
        and _is_prose(after)
        and len(after.split()) >= _PROSE_WORDS
        and not _labels()[0].match(line)
        and _colon_label(line) is None
    )


def _caption(line: str) -> bool:
    """A picture's caption ("Map with general area of AQI presence in Iraq", "Photo: ..."): a
    caption word, its number, then a preposition or a colon; no sentence."""
    opening = _CAPTION.match(line)
    return (
        opening is not None
        and opening["word"].lower() in vocabulary().infobox_caption_words
        and not _SENTENCE_END.search(line)
    )


def _same_title(line: str, title: str) -> bool:
    """Whether a line is the page's title, alone or beside its site's or section's name
    ("Rewards For Justice - First Reward Offers For Terrorists In West Africa")."""

    def plain(s: str) -> str:
        return re.sub(r"[\u2018\u2019\u02bc`]", "'", s).strip().lower()

    return plain(title) in (plain(line), *(plain(part) for part in _TITLE_PARTS.split(line)))


def _structured(text: str, lines: list[tuple[int, int]], loose: bool) -> Iterator[Segment]:
    """Each line of a block that is a page's structure, as what it is."""
    strict, lenient, known = _labels()
    inert, single = vocabulary().infobox_inert_labels, vocabulary().infobox_single_labels
    dated = frozenset().union(*vocabulary().infobox_date_labels.values())
    pattern = lenient if loose else strict
    label: str | None = None  # the field the lines that follow continue
    prose: tuple[int, int] | None = None
    for whole_start, e in lines:
        if _junk(text[whole_start:e]):
            continue
        # "- Native Name Lang: ar", "* Leader: X": a field line in a list is a field line
        bullet = _BULLET.match(text[whole_start:e])
        labelled = bullet is not None and _labelled(text[whole_start + bullet.end() : e], pattern)
        s = whole_start + bullet.end() if labelled and bullet else whole_start
        line = text[s:e]
        field = pattern.match(line)
        colon = None if field else _colon_label(line)
        row = None if field or colon else _table_row(line)
        if field or colon or row:
            if prose:
                yield Segment(*prose, "prose")
                prose = None
            if field:
                label, value_start = (field["label"] or field["alias"]), field.end()
            else:
                label, value_start = (colon, line.index(":") + 1) if colon else row  # type: ignore[misc]
            label = label.lower()
            if label in dated and s + value_start < e:
                yield Segment(s + value_start, e, "dates", label)
            if label in inert:
                if label in single:
                    label = None  # "Website ...": the name below heads the next infobox
                continue  # "Ideology", "Status", "Size": what the value says names no actor
            for item in _items(text, *_trimmed(text, s + value_start, e)):
                yield Segment(*item, "prose" if _is_prose(text[item[0] : item[1]]) else "field", label)
            if line.rstrip().endswith("|") and text[s + value_start : e].strip(" |"):
                label = None  # a closed table row: the lines below are not its items
            continue
        if _SENTENCE_END.search(line) if label else _is_prose(line):
            prose = (prose[0], e) if prose else (s, e)
            label = None
            continue
        if prose:
            yield Segment(*prose, "prose")
            prose = None
        if line.rstrip().endswith(":"):
            label = None  # "Northern Army (NA):" heads what follows, whatever came before
        bulleted = _BULLET.match(line)
        item = _trimmed(text, s + (bulleted.end() if bulleted else 0), e)
        if item[0] < item[1] and not (label and label in inert):
            yield Segment(*item, "item" if label or bulleted else "heading", label if label in known else None)
    if prose:
        yield Segment(*prose, "prose")


def _labelled(line: str, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.match(line) or _colon_label(line))


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A field's value cut at semicolons and table bars outside brackets ("A; B; C", "Yemen |
    Saudi Arabia |"; not "X (leader 2015-2019; commander from 2019)")."""
    depth, piece_start = 0, start
    for i in range(start, end + 1):
        char = text[i] if i < end else ";"
        depth += (char in "([") - (char in ")]")
        if char in ";|\u2022" and depth <= 0:
            s, e = _trimmed(text, piece_start, i)
            if s < e and any(c.isalnum() for c in text[s:e]):
                yield s, e
            piece_start, depth = i + 1, 0
