"""In-document resolution: group a document's mentions into actors, each grouping with the
rule that made it (known alias, same name, acronym definition, surname, close spelling)."""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from linkchart.model import ActorCluster, ActorType, Mention, vocabulary
from linkchart.resolve.aliases import aliases_in_prose
from linkchart.resolve.gazetteer import is_country
from linkchart.resolve.names import display_name, head_word, holds_title, initials, is_title, name_key

_SPELLING_THRESHOLD = 85.0
_PAREN_OPEN = re.compile(r"\s*\(\s*[\"\u201c]?$")  # "Kandasamy Rajendran ("Pottan")" too
_PAREN_CLOSE = re.compile(r"^[\"\u201d]?\s*\)")
_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az)[-\u2019']", re.IGNORECASE)
_POSSESSIVE_GROUP = re.compile(r"^(.+?)['\u2019]s\s+\w+$")


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.rule: dict[int, str] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = min(ra, rb), max(ra, rb)
            self.parent[drop] = keep
            self.rule[keep] = rule


def _plain_name(mention: Mention) -> str:
    """A mention's name; a person's without titles ("Deputy Secretary Blinken" is "Blinken")."""
    return _plain(mention.naming, mention.type == "person")


@functools.lru_cache(maxsize=65536)
def _plain(naming: str, person: bool) -> str:
    """Names repeat through a document: each is cleaned once."""
    name = display_name(naming)
    return _untitled(name) if person else name


def _tokens(mention: Mention) -> list[str]:
    return _plain_name(mention).split()


def _is_person_name(mention: Mention) -> bool:
    return mention.type == "person" and len(_tokens(mention)) >= 2


def _surname_match(short: Mention, full: Mention) -> bool:
    """'Haqqani' for 'Jalaluddin Haqqani'; 'Hecmatyar' for 'Gulbuddin Hekmatyar'; 'al-Hiti' for
    'Ahmed Salih al-Hiti'; a family name of two words for the full name it ends ('Ould Hmeida',
    'Gómez Matus' for 'Eleazar Gómez Matus'); a Spanish name's first family name ('Lemus' for
    'Edgar Lemus Cordón')."""
    if short.known_id and short.known_id != full.known_id:
        return False
    words, names = _tokens(short), _tokens(full)
    if not 0 < len(words) < len(names) or len(words) > 2 or not _family(words[-1])[:1].isupper():
        return False
    if len(words) == 2 and (short.type != "person" or words[0] != names[-2]):
        return False
    first_family = len(words) == 1 and len(names) > 2 and _same_family(words[-1], names[-2])
    return first_family or _same_family(words[-1], names[-1])


@functools.lru_cache(maxsize=65536)
def _same_family(word: str, surname: str) -> bool:
    word, surname = _family(word), _family(surname)
    return word == surname or fuzz.ratio(word, surname) >= _SPELLING_THRESHOLD


def _family(name: str) -> str:
    """A family name without its Arabic article: 'al-Abadi' and 'Abadi' are one name."""
    return _ARTICLE.sub("", name)


def _same_person(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Two full names (their words) whose family and given names are spelled nearly alike."""
    return (
        fuzz.ratio(ta[-1], tb[-1]) >= _SPELLING_THRESHOLD
        and fuzz.ratio(" ".join(ta[:-1]), " ".join(tb[:-1])) >= _SPELLING_THRESHOLD - 10
    )


def _close_spellings(full_names: list[Mention], uf: _UnionFind) -> None:
    """Full names spelled nearly alike are one person (not two known people), each pair of
    spellings compared once however often the document repeats them."""
    spellings: dict[tuple[str, ...], list[Mention]] = {}
    for m in full_names:
        spellings.setdefault(tuple(_tokens(m)), []).append(m)
    keys = list(spellings)
    for i, a in enumerate(keys):
        for b in keys[i:]:
            if a != b and not _same_person(a, b):
                continue
            members = spellings[a] + (spellings[b] if a != b else [])
            # any two join unless both are known people: all of them through one not known
            hub = next((m.index for m in members if not m.known_id), None)
            if hub is None:
                continue
            for m in members:
                uf.union(hub, m.index, "close spelling")


@functools.cache
def _known_surnames() -> dict[str, str]:
    """Family name -> known person id, for family names only one known person has."""
    owners: dict[str, set[str]] = {}
    for actor in vocabulary().known_actors:
        if actor.type == "person":
            for name in actor.names:
                owners.setdefault(name.split()[-1], set()).add(actor.id)
    return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}


def _family_group(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """'Jalaluddin Haqqani's group' is the organization named after the family: 'Haqqani network'."""
    match = _POSSESSIVE_GROUP.match(mention.text)
    if mention.type != "organization" or mention.known_id or not match:
        return None
    family = name_key(match.group(1)).split()[-1]
    for other in mentions:
        words = name_key(other.naming).split()
        if other is not mention and other.type == "organization" and family in words[:-1]:
            return other
    return None


def _described(mention: Mention, mentions: list[Mention], text: str) -> Mention | None:
    """'the Syrian regime ... the regime': a description is the last named actor before it
    whose name ends in the description's noun or is a kind of it; 'the Foreign Secretary' is the last person named
    with that title ("his government" is his, whatever came before). So is a body's one word
    the NER took for a name after "the" ("The Force also expanded", after "the Quds Force")."""
    described = mention.ner_label == "DESCRIPTION" and mention.text.split()[0].lower() in ("the", "this")
    capitalised = (
        mention.type == "organization"
        and not mention.known_id
        and " " not in mention.text
        and text[max(mention.start - 4, 0) : mention.start].lower() == "the "
    )
    if not (described or capitalised):
        return None
    title = [w for w in name_key(mention.text).split() if w not in vocabulary().mentions.description_determiners]
    named = [
        m
        for m in mentions
        if m.end <= mention.start
        and m.ner_label != "DESCRIPTION"
        and m.type == mention.type
        and (
            holds_title(m.text, title)  # the title is in the text, not the name
            if m.type == "person"
            # "the Force" of the Quds Force, "the Department" of the Department of State
            else len(words := name_key(m.naming).split()) > 1 and title[-1] in (words[-1], head_word(m.naming))
        )
    ]
    return named[-1] if named else None


def _person_shaped(mention: Mention) -> bool:
    """A name the NER took for a body that has a person's shape: two to four capitalised words
    and particles, none a body's word ("Jasur Qodirov", "Pieter-Jan Kuipers"; not "Katibat
    Imam Termizi", "Kakwa Liberation Front")."""
    if mention.type != "organization" or mention.known_id:
        return False
    lexicon = vocabulary().mentions
    words = _tokens(mention)
    bodies = lexicon.organization_tails | lexicon.group_name_heads | lexicon.office_heads
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() or w.lower() in lexicon.name_particles for w in words)
        and not any(w.lower() in bodies or w.isupper() for w in words)
    )


def _misread_people(mentions: list[Mention]) -> None:
    """A person-shaped name the NER called a body is a person's where the document also names
    him by his family name alone as a person ("Pieter-Jan Kuipers ... Kuipers said")."""
    families = {_family(w[0]) for m in mentions if m.type == "person" and len(w := _tokens(m)) == 1}
    for m in mentions:
        if _person_shaped(m) and _family(_tokens(m)[-1]) in families:
            m.type = "person"


def _link(mentions: list[Mention], text: str, uf: _UnionFind) -> None:
    _misread_people(mentions)
    full_names = [m for m in mentions if _is_person_name(m)]
    surnames = _known_surnames()
    for m in mentions:
        word = _tokens(m)
        if (
            not m.known_id
            and len(word) == 1
            and word[0] in surnames
            and not any(_surname_match(m, f) for f in full_names)
        ):
            m.known_id, m.type = surnames[word[0]], "person"  # "Khalis" with no full name in the text
    by_known: dict[str, int] = {}
    by_key: dict[tuple[str, str], int] = {}
    families = {_family(_tokens(f)[-1]) for f in full_names}
    for m in mentions:
        if m.known_id:
            if m.known_id in by_known:
                uf.union(by_known[m.known_id], m.index, "known alias")
            by_known.setdefault(m.known_id, m.index)
        key = (m.type, name_key(m.naming))
        if m.type == "person" and len(plain := _tokens(m)) == 1 and _family(plain[0]) not in families:
            key = (m.type, name_key(plain[0]))  # "Mullah Krekar" is "Krekar", where no fuller name ends so
        if key in by_key:
            uf.union(by_key[key], m.index, "same name")
        by_key.setdefault(key, m.index)
    for a, b in itertools.pairwise(mentions):
        # "Inter-Services Intelligence (ISI)", "Tehrik-e-Taliban (Pakistani Taliban)"
        defines = _PAREN_OPEN.match(text[a.end : b.start]) and _PAREN_CLOSE.match(text[b.end : b.end + 3])
        if defines and (a.type == b.type or "location" not in (a.type, b.type)) and not _place_in_place(a, b):
            uf.union(a.index, b.index, "acronym definition")
    for a, b in aliases_in_prose(mentions, text):
        uf.union(a.index, b.index, "alias in prose")
    owner: Mention | None = None
    for m in mentions:  # "Jaish al-Ta'ifa al-Mansurah (Arabic: ... Jaysh at-Ta'ifa al-Mansurah)"
        if m.ner_label == "GLOSS" and owner is not None:
            uf.union(owner.index, m.index, "gloss")
        elif m.ner_label != "GLOSS":
            owner = m
    for m in mentions:
        if (family := _family_group(m, mentions)) is not None:
            uf.union(family.index, m.index, "family name")
    for m in mentions:
        if (named := _described(m, mentions, text)) is not None:
            uf.union(named.index, m.index, "description")
    _close_spellings(full_names, uf)
    _link_surnames(mentions, full_names, uf)


def _link_surnames(mentions: list[Mention], full_names: list[Mention], uf: _UnionFind) -> None:
    """A family name alone ("Haqqani") is the person of the matching full name nearest before
    it, else of the first after it. Full names are grouped by name, and each short name is
    compared with each name once: a long text's thousand mentions of a few men cost no more
    than its length (comparing with every mention made a 1 MB paragraph quadratic)."""
    groups: dict[tuple[tuple[str, ...], str | None], list[Mention]] = defaultdict(list)
    for f in sorted(full_names, key=lambda f: f.start):
        groups[(tuple(_tokens(f)), f.known_id)].append(f)
    starts = {key: [f.start for f in group] for key, group in groups.items()}
    fitting: dict[tuple[tuple[str, ...], str | None, str], list[tuple[tuple[str, ...], str | None]]] = {}
    for m in mentions:
        if len(_tokens(m)) > 2 or (m.type == "location" and m.known_id):
            continue
        probe = (tuple(_tokens(m)), m.known_id, m.type)
        if probe not in fitting:
            fitting[probe] = [key for key, group in groups.items() if _surname_match(m, group[0])]
        before: Mention | None = None
        after: Mention | None = None
        for key in fitting[probe]:
            group, i, j = groups[key], bisect_left(starts[key], m.start), bisect_right(starts[key], m.start)
            if i and (before is None or group[i - 1].start > before.start):
                before = group[i - 1]
            if j < len(group) and (after is None or group[j].start < after.start):
                after = group[j]
        target = before or after
        if target is not None:
            m.type = "person"
            uf.union(target.index, m.index, "surname")


def _place_in_place(a: Mention, b: Mention) -> bool:
    """ "Italy (Turin)", "Kidal (Mali)": a country and a place in it, not one place's two names
    ("Burma (Myanmar)")."""
    return a.type == b.type == "location" and is_country(a.naming) != is_country(b.naming)


@functools.cache
def _known() -> dict[str, tuple[str, ActorType]]:
    """Known actor and place ids -> (canonical name, type)."""
    vocab = vocabulary()
    known: dict[str, tuple[str, ActorType]] = {a.id: (a.name, a.type) for a in vocab.known_actors}
    known.update({place.id: (place.name, "location") for place in vocab.places})
    return known


def _cluster_type(members: list[Mention]) -> ActorType:
    for m in members:
        if m.known_id and m.known_id in _known():
            return _known()[m.known_id][1]
    counts = Counter(m.type for m in members)
    return counts.most_common(1)[0][0]


def _cluster_name(members: list[Mention], known_id: str | None) -> str:
    if known_id and known_id in _known():
        return _known()[known_id][0]
    # "the regime" names no one; a gloss in another language or an "aka" item is an alias, not the name
    named = [m for m in members if m.ner_label not in ("DESCRIPTION", "GLOSS", "ALIAS")] or members
    names = sorted({_plain_name(m) for m in named}, key=lambda n: (-len(n.split()), -len(n), n))
    return names[0]


def _untitled(name: str) -> str:
    """'Defense Secretary Ash Carter' -> 'Ash Carter': titles stay aliases, not the name (of a
    person only: the "Defense Department" is not a "Department")."""
    words = name.split()
    while len(words) > 1 and (
        is_title(words[0]) or words[0].lower() == "of" or (len(words) > 3 and is_title(words[1]))
    ):
        words = words[1:]  # "Turkish Foreign Minister X": a word before a title goes with it
    return " ".join(words)


def _link_initials(mentions: list[Mention], uf: _UnionFind) -> None:
    """An acronym with no definition in the text joins the one name of the document whose
    initials it is ("ADF" after "Allied Democratic Forces ... abbreviated ADF")."""
    by_initials: dict[str, dict[str, Mention]] = {}  # initials -> name key -> a mention so named
    for o in mentions:
        if o.type != "location":
            by_initials.setdefault(initials(o.naming), {})[name_key(o.naming)] = o
    for m in mentions:
        short = m.naming.strip()
        if m.known_id or not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
            continue
        longer = by_initials.get(short, {})
        if len(longer) == 1:
            uf.union(next(iter(longer.values())).index, m.index, "initials")


def cluster_mentions(mentions: list[Mention], text: str, same_as: Iterable[tuple[int, int]] = ()) -> list[ActorCluster]:
    """Group mentions into actors; sets each mention's `cluster` and returns the clusters in
    order of first mention. Deterministic: the same mentions give the same clusters.
    `same_as` are pairs of mention indices the page's structure says are one actor (an "aka"
    field's names and the page's subject)."""
    uf = _UnionFind(len(mentions))
    _link(mentions, text, uf)
    _link_initials(mentions, uf)
    for a, b in same_as:
        uf.union(a, b, "alias field")
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(uf.find(m.index), []).append(m)
    clusters: list[ActorCluster] = []
    for root, members in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        known_id = next((m.known_id for m in members if m.known_id), None)
        cluster = ActorCluster(
            id=len(clusters),
            name=_cluster_name(members, known_id),
            type=_cluster_type(members),
            known_id=known_id,
            names={display_name(m.text) for m in members},
            rule=uf.rule.get(root, "single mention"),
        )
        for m in members:
            m.cluster = cluster.id
            if cluster.type != "location" or m.type == "location":
                m.type = cluster.type
        clusters.append(cluster)
    return clusters
