"""Reference: "he", "its", "the network" resolved to an actor named earlier.

A deliberately small rule set (most recent compatible actor, never the claim's other side),
which is what the reports we read need: a pronoun almost always points to the last actor of
its kind, and "X views Y as its proxy" cannot make Y its own patron."""

from __future__ import annotations

from spacy.tokens import Token

from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.mentions.topic import title_actor
from linkchart.model import ActorCluster, ActorType, Mention, vocabulary

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
ORGANIZATION_PRONOUNS = frozenset({"it", "its", "itself"})
# "they" of a group is common in reports ("the IBT stated that they were ..."); of people too,
# but a person is never "they" alone here, so only bodies and collectives are candidates
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
_WINDOW_PARAGRAPHS = 1  # an antecedent is in the same paragraph or the one before
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def pronoun_types(token: Token) -> tuple[ActorType, ...] | None:
    """The actor types a pronoun can stand for, or None if it is no pronoun we resolve."""
    word = token.lower_
    if word in PERSON_PRONOUNS:
        return ("person",)
    if word in ORGANIZATION_PRONOUNS:
        return ("organization",)  # "it" is one body, never a plural collective ("Arab fighters")
    if word in PLURAL_PRONOUNS:
        return ("organization", "group")
    return None


def unnamed_collective(cluster: ActorCluster) -> bool:
    """A collective no known actor names ("guerrilla groups", "foreign fighters")."""
    return cluster.type == "group" and cluster.known_id is None


def _describing(parsed: ParsedDocument, clusters: list[ActorCluster], mention: Mention) -> bool:
    """A collective in apposition to named actors ("A and B, [the two largest guerrilla groups]")
    describes them; it is no antecedent of its own."""
    if not unnamed_collective(clusters[mention.cluster]):
        return False
    root = parsed.root_of(mention)
    return root is not None and root.dep_ == "appos"


def _first_at(parsed: ParsedDocument, cluster: int) -> int:
    return next(m.start for m in parsed.mentions if m.cluster == cluster)


def _carried_subject(
    parsed: ParsedDocument, clusters: list[ActorCluster], here: int | None, types: tuple[ActorType, ...], depth: int
) -> int | None:
    """The actor the previous sentence's subject refers back to, when that subject is itself a
    reference ("The group", "it"): a topic carried from sentence to sentence by references
    outranks the names said about it (Grosz, Joshi & Weinstein 1995, centering)."""
    if here is None or here == 0 or depth > 2:
        return None
    previous = parsed.sentences[here - 1]
    span = parsed.span(previous.paragraph, previous.start, previous.end)
    if span is None:
        return None
    subject = next((t for t in span.root.children if t.dep_ in _SUBJECTS), None)
    if subject is None or parsed.mention_of(subject, previous.paragraph) is not None:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and pronoun_types(c) is not None), None)
    subject = owner or subject  # "[Its] fighters have carried out attacks ..."
    own = pronoun_types(subject)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
    if own is None and definite and subject.lemma_.lower() in vocabulary().triggers.anaphoric_nouns:
        own = ("organization",)
    if own is None or not set(own) & set(types):
        return None
    offset = previous.start + subject.idx - span.start_char  # the subject's offset in the document
    found = antecedents(parsed, clusters, offset, previous.paragraph, own, set(), depth=depth + 1)
    return found[0] if found else None


def _salient(parsed: ParsedDocument, candidates: list[Mention], here: int | None) -> list[Mention]:
    """Candidates in salience order, the most salient last: in the reference's own sentence the
    nearest; from an earlier sentence, the subject of the latest sentence with a candidate
    before its other actors (Lappin & Leass 1994: subjects outrank objects and obliques, so
    "X fought Y alongside Z. Its fighters ..." is X's)."""
    latest = candidates[-1].sentence
    if latest == here:
        return candidates
    subjects = [
        m
        for m in candidates
        if m.sentence == latest and (root := parsed.root_of(m)) is not None and root.dep_ in _SUBJECTS
    ]
    return [m for m in candidates if m not in subjects[:1]] + subjects[:1]


def antecedents(
    parsed: ParsedDocument,
    clusters: list[ActorCluster],
    offset: int,
    paragraph: int,
    types: tuple[ActorType, ...],
    exclude: set[int],
    head_noun: str | None = None,
    count: int = 1,
    depth: int = 0,
) -> list[int]:
    """The clusters of the nearest `count` actors named before `offset`, of one of `types` and
    not in `exclude` ("the two groups": the last two); none unless there are that many. With
    `head_noun` ("network"), an actor whose name ends in that noun is preferred."""
    candidates = [
        m
        for m in parsed.mentions
        if m.end <= offset
        and clusters[m.cluster].type in types
        and m.cluster not in exclude
        and parsed.sentences[m.sentence].paragraph >= paragraph - _WINDOW_PARAGRAPHS
        and not _describing(parsed, clusters, m)
    ]
    if head_noun:
        named = [m for m in candidates if clusters[m.cluster].name.lower().split()[-1:] == [head_noun]]
        candidates = named or candidates
    here = parsed.sentence_at(offset)
    if not candidates and count == 1 and depth == 0:
        # "It conducted the 2013 attack ..." opening a section of a page: the page's subject
        topic = title_actor(parsed, clusters)
        return [topic] if topic is not None and clusters[topic].type in types and topic not in exclude else []
    if count == 1 and candidates:
        candidates = _salient(parsed, candidates, here)
    found: list[int] = []
    carried = _carried_subject(parsed, clusters, here, types, depth) if candidates and count <= 2 else None
    if carried is not None and any(m.cluster == carried for m in candidates):
        # "The group pledged ... In 2010 [it] absorbed ...": the topic carries on, and is one of
        # "the two groups" said of it and the last other actor named
        found.append(carried)
    for mention in reversed(candidates):
        if mention.cluster not in found:
            found.append(mention.cluster)
    found = found[:count]
    return sorted(found, key=lambda c: _first_at(parsed, c)) if len(found) == count else []  # in text order
