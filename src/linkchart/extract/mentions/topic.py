"""The page's subject: the actor a document is about, a topic for the whole document.

A page names its subject in its title ("Kurdistan Workers' Party", "Al-Qa'ida in Iraq (AQI) -
group profile"); its fields are said of it, and "it" or "the group" at the start of a section,
with no actor named before them in reach, refer to it."""

from __future__ import annotations

from collections import Counter

from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.nlp.parse import Paragraph
from linkchart.model import ActorCluster, Mention
from linkchart.resolve.names import name_key

__all__ = ["lead_name", "named_in", "page_actor", "title_actor"]


def named_in(parsed: ParsedDocument, clusters: list[ActorCluster], para: Paragraph) -> list[Mention]:
    """The actors (not places) a part of the page names, in order."""
    end = para.start + len(para.text)
    return [
        m
        for m in parsed.mentions
        if para.start <= m.start < end and clusters[m.cluster].type != "location" and m.ner_label != "DESCRIPTION"
    ]


def title_actor(parsed: ParsedDocument, clusters: list[ActorCluster]) -> int | None:
    """The first actor (not a place) the document's title names, if it has a title."""
    for para in parsed.paragraphs:
        if para.kind == "title" and (named := named_in(parsed, clusters, para)):
            return named[0].cluster
    return None


def page_actor(parsed: ParsedDocument, clusters: list[ActorCluster]) -> int | None:
    """The actor a page is about: the first one its title names, else its most mentioned organization."""
    titled = title_actor(parsed, clusters)
    if titled is not None:
        return titled
    counts = Counter(m.cluster for m in parsed.mentions if clusters[m.cluster].type == "organization")
    return counts.most_common(1)[0][0] if counts else None


def lead_name(parsed: ParsedDocument, clusters: list[ActorCluster]) -> tuple[int, int] | None:
    """A mention of the title's actor and the fuller name an encyclopedia page's lead opens
    with (mention indices), where it begins with the title's name ("Harkat-ul-Mujahideen-
    al-Islami (Urdu: ...) is ..." under "Harkat-ul-Mujahideen"): the lead names the page's
    subject in full."""
    subject = title_actor(parsed, clusters)
    lead = next((p for p in parsed.paragraphs if p.kind == "prose"), None)
    if subject is None or lead is None:
        return None
    opening = lead.start + len(lead.text) - len(lead.text.lstrip())
    first = next((m for m in parsed.mentions if m.start == opening), None)
    if first is None or first.cluster == subject or clusters[first.cluster].type != clusters[subject].type:
        return None
    if not name_key(first.text).startswith(name_key(clusters[subject].name) + " "):
        return None
    return next(m.index for m in parsed.mentions if m.cluster == subject), first.index
