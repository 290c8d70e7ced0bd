"""Two names of one actor that prose gives side by side ("X, also known as Y", "X (XY) or
Y", "Y, better known by his alias, Z"): the phrases that say so are data (`alias_phrases`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from linkchart.model import Mention, vocabulary

__all__ = ["aliases_in_prose"]

_BRACKETED = re.compile(r"\([^()]*\)")
_ALIAS_REACH = 200  # characters at most between two names of one actor, brackets and all
# the name is all the NER read: punctuation or a conjunction follows it
_NAME_ENDS = re.compile(r"[\"\u201d]?\s*(?:[,;:.()\u2014\u2013\"\u201d]|(?:and|or|who)\b|$)")


@functools.cache
def _alias_phrase() -> re.Pattern[str]:
    # as written: "Hafiz Zarif Khan Aka Khel" is one man's name, not "X aka Y"
    lexicon = vocabulary().mentions
    written = {p.replace("{language}", language) for p in lexicon.alias_phrases for language in lexicon.gloss_languages}
    phrases = "|".join(re.escape(p) for p in sorted(written, key=len, reverse=True))
    return re.compile(rf"^[\s,(\u2014\u2013-]*(?:(?P<phrase>{phrases})|(?P<or>or))[\s,:]+(?:the\s+)?[\"\u201c]?$")


def aliases_in_prose(mentions: list[Mention], text: str) -> Iterator[tuple[Mention, Mention]]:
    """Two names of one body or person that prose gives side by side: "X, also known as Y",
    "X (also known as Y)", "X, better known as Y"; "X (XY) or Y" (an "or" only after a bracket,
    a definition or a gloss: "Iran or Syria" are two). What stands in brackets between them
    (an acronym, "Arabic: ...") is passed over. The second name must end where punctuation
    or a conjunction does: a name the NER cut short may be another actor's."""
    for i, b in enumerate(mentions):
        if _NAME_ENDS.match(text, b.end) is None:
            continue  # not "(a.k.a. [Islamic State] of Lanao)"
        for a in (mentions[j] for j in range(i - 1, -1, -1)):
            between = text[a.end : b.start]
            if len(between) > _ALIAS_REACH or "\n" in between:
                break
            plain = _BRACKETED.sub(" ", between)
            if ")" in plain:
                continue  # `a` stands in a bracket before `b`: the name the bracket follows may be
            alias = _alias_phrase().match(plain)
            if alias and (alias["phrase"] or plain != between) and a.type == b.type != "location":
                yield a, b
            break
