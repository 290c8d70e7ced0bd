"""One node per real actor across documents: which stored actors are one.

An actor's id is made from the type the NER gave its mentions and its name's key, so the same
group read as a place in one page and as an organization in another, or named by its acronym
in one and its long form in another, would be two nodes. Identity joins them, as a
deterministic function of the whole store (so document order changes nothing), recomputed
after every ingest and kept apart from extraction like curation (`actors.resolved_into`):

* the same name key, whatever the type ("Mali" the place and "Mali" the state), or a known
  actor's name or alias; a place's name without the kind it ends on ("Menaka region", "Borno
  State") or the place it lies in ("Colombia's Catatumbo region");
* a country in any of its names ("UK", "Britain", "United Kingdom": rigour's territories);
* a department, ministry or government in either order ("Department of State", "State
  Department"; "Government of Colombia", "Colombian government");
* a body named in the plural and in the singular ("Houthis", "Houthi"), where neither is a place;
* an acronym and the one body whose name's initials it is ("UN", "United Nations");
* a body named with its country's name or its demonym ("Palestine"/"Palestinian Islamic Jihad");
* a person's name and the one fuller name with the same first and last word ("Yevgeny
  Prigozhin", "Yevgeny Viktorovich Prigozhin"), or that ends in it ("Qodirov", "Jasur Qodirov")
  or has it as a Spanish name's first family name ("Lemus", "Edgar Lemus Cordón");
* a name that another actor's documents gave as one of its names ("ADF" where a page said
  "Allied Democratic Forces (ADF)", an alias from an "aka" field), where exactly one actor
  gave it: an acronym two actors use ("ISI") joins neither.

Never joined: a person's one-word names by their key alone (surnames are shared) unless a place
or body has the name too (the NER's "Mali" as a person), a family name two fuller names end in,
generic collectives
("fighters"), and a longer name with its head ("Islamic State - Khorasan Province" is not the
"Islamic State")."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from linkchart.model import vocabulary
from linkchart.resolve.gazetteer import country_code, country_name, is_country, territory_code
from linkchart.resolve.names import initials, name_key

__all__ = ["StoredActor", "identities", "known_keys", "known_person"]


@dataclass(frozen=True)
class StoredActor:
    id: str
    name: str
    type: str
    mentions: int
    aliases: tuple[str, ...] = ()


def _joinable(key: str, actor_type: str) -> bool:
    words = key.split()
    if not words:
        return False
    if actor_type == "group" and len(words) == 1:
        return False  # "fighters", "civilians": one word names no one in particular
    return not (actor_type == "person" and len(words) == 1)


_OWNED_PLACE = re.compile(r"^.+?['\u2019]s\s+(?=\S)")  # "Colombia's ", "Mombasa's "


def _place_key(name: str) -> str:
    """A place's key without the kind of place it ends on ("Menaka region", "Kwale County",
    "Borno State" and "Marawi City" are Menaka, Kwale, Borno and Marawi; a name that is only a
    kind stays whole, and so do a known actor's name and a city named after its country:
    "Kuwait City"), and without the place it is said to be in ("Colombia's Catatumbo region",
    "the Sagaing Region of Myanmar")."""
    key = name_key(_OWNED_PLACE.sub("", name))
    head, of, country = key.partition(" of ")
    key = head if of and is_country(country) else key
    words = key.split()
    kinds = vocabulary().mentions.place_words.administrative
    rest = " ".join(words[:-1])
    own = country_name(rest)
    if len(words) < 2 or words[-1] not in kinds or key in known_keys() or (own and rest == name_key(own)):
        return key
    # "the Sri Lankan state" is its government, not a province
    return key if words[-1] == "state" and territory_code(rest) else rest


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        self.parent[item] = root
        return root

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


@functools.cache
def known_keys() -> dict[str, str]:
    """Name key -> known actor id, for every name and alias of the known actors."""
    keys: dict[str, str] = {}
    for actor in vocabulary().known_actors:
        for name in actor.names:
            keys.setdefault(name_key(name), f"known:{actor.id}")
    return keys


def known_person(name: str) -> str | None:
    """The known person a full name is a spelling of, by name key ("Abu Mus'ab al-Zarqawi"),
    where the rulers matched only part of it."""
    known = known_keys().get(name_key(name)) if len(name.split()) > 1 else None
    found = known.removeprefix("known:") if known else None
    return found if found in _known_people() else None


@functools.cache
def _known_people() -> frozenset[str]:
    return frozenset(a.id for a in vocabulary().known_actors if a.type == "person")


def identities(actors: Iterable[StoredActor]) -> Mapping[str, str]:
    """Actor id -> the id of the actor it is one with, for every actor that is not its own
    representative. The representative is a known actor where there is one, else the one
    with most mentions (then the smallest id)."""
    stored = {a.id: a for a in actors}
    union = _Union()
    by_key: dict[str, list[str]] = defaultdict(list)
    surnames: dict[str, list[str]] = defaultdict(list)  # one-word person names, by key
    for actor in stored.values():
        key = _place_key(actor.name) if actor.type == "location" else name_key(actor.name)
        if _joinable(key, actor.type) or actor.id.startswith("known:"):
            by_key[key].append(actor.id)
        elif actor.type == "person" and key:
            surnames[key].append(actor.id)
        if actor.type in ("location", "organization") and (code := _country(actor.name)):
            by_key[f"country:{code}"].append(actor.id)  # "UK", "United Kingdom", "Britain": one country
        if actor.type == "organization" and (other := _other_order(key)):
            # "Department of State", "State Department"; "Government of Colombia", "Colombian government"
            for reordered in {other, _national(other)}:
                by_key[reordered].append(actor.id)
        if actor.type == "organization" and _joinable(key, actor.type) and (national := _national(key)) != key:
            by_key[national].append(actor.id)  # "Palestine Islamic Jihad", "Palestinian Islamic Jihad"
    for key, people in surnames.items():
        if key in by_key:  # "Mali" read as a person where the place or state is meant: not a surname
            by_key[key].extend(people)
    known = known_keys()
    for key, ids in by_key.items():
        if key in known and known[key] in stored:
            ids = [*ids, known[key]]
        for other in ids[1:]:
            union.join(other, ids[0])
    _join_plurals(stored, by_key, union)
    _join_by_alias(stored, by_key, union)
    persons = [(a.id, tuple(name_key(a.name).split())) for a in stored.values() if a.type == "person"]
    _join_full_names(persons, union)
    _join_family_names(persons, union)
    _join_acronyms(stored, union)
    groups: dict[str, list[str]] = defaultdict(list)
    for actor_id in stored:
        groups[union.find(actor_id)].append(actor_id)
    resolved: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        best = min(members, key=lambda i: (not i.startswith("known:"), -stored[i].mentions, i))
        resolved.update({m: best for m in members if m != best})
    return resolved


_FAMILY_LETTERS = 4  # a shorter family name ("Ali", "Han") is too common to say whom it names


@functools.cache
def _office() -> re.Pattern[str]:
    """ "department of state", "government of the philippines": a body of a field or a country."""
    kinds = "|".join(sorted({"department", "ministry", *vocabulary().mentions.government_nouns}))
    return re.compile(rf"^(?P<before>.*?)\b(?P<kind>{kinds}) of (?:the )?(?P<field>\w+)$")


def _country(name: str) -> str | None:
    """The ISO code of a country's name in any form rigour knows ("DRC", "Britain"); None for
    anything else, a city named like its country included. (A government stays apart from
    its country: "the Iraqi government" acts where "Iraq" is also a place.)"""
    return country_code(name) if is_country(name) else None


def _national(key: str) -> str:
    """A body's name key with each country's name or demonym as its code: "palestinian islamic
    jihad" and "palestine islamic jihad" are "ps islamic jihad", "pakistani taliban" and
    "pakistan taliban" one (rigour's territories; particles such as "al" are no countries)."""
    return " ".join(code if len(w) > 3 and (code := territory_code(w)) else w for w in key.split())


def _other_order(key: str) -> str | None:
    """ "u s department of state" as "u s state department", "government of colombia" as
    "colombia government": the order reports also use."""
    office = _office().match(key)
    return f"{office['before']}{office['field']} {office['kind']}" if office else None


def _join_plurals(stored: Mapping[str, StoredActor], by_key: Mapping[str, list[str]], union: _Union) -> None:
    """Join a body named in the plural to the one named in the singular ("Houthis", "Houthi"),
    where no place has the singular ("Hamas" is not the city of Hama)."""
    for key, ids in by_key.items():
        singular = by_key.get(key[:-1]) if len(key) > 4 and key.endswith("s") and not key.endswith("ss") else None
        if not singular or any(stored[i].type == "location" for i in (*ids, *singular)):
            continue
        for actor_id in ids:
            union.join(actor_id, singular[0])


def _join_full_names(people: list[tuple[str, tuple[str, ...]]], union: _Union) -> None:
    """Join a person's name to the one fuller name of the same person: the same first and last
    word, and every word of it among the fuller one's ("Yevgeny Prigozhin", "Yevgeny Viktorovich
    Prigozhin"), or its first words ("Rafiq Anwar", "Rafiq Anwar Chowdhury": given names, the
    family name left out); where two fuller names fit, neither."""
    # first and last word, first and second word -> the longer names with them
    fuller: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for actor_id, words in people:
        if len(words) > 2:
            fuller[f"{words[0]} {words[-1]}"].append((actor_id, words))
            fuller[f"{words[0]} {words[1]}"].append((actor_id, words))
    for actor_id, words in people:
        if len(words) < 2:
            continue
        fits = {
            union.find(other)
            for key in {f"{words[0]} {words[-1]}", f"{words[0]} {words[1]}"}
            for other, longer in fuller.get(key, ())
            if len(longer) > len(words)
            and ((set(words) <= set(longer) and words[-1] == longer[-1]) or longer[: len(words)] == words)
        }
        if len(fits) == 1:
            union.join(actor_id, next(iter(fits)))


def _join_family_names(people: list[tuple[str, tuple[str, ...]]], union: _Union) -> None:
    """Join a person named by the last one or two words of one fuller name, and of no other, to
    that name ("Qodirov", "al-Hiti", "Ó Duibhir", "Saidkarim Davlatov" for "Jasur Qodirov",
    "Ahmed Salih al-Hiti", "Seán Ó Duibhir", "Mullo Saidkarim Davlatov"): a page that names a
    man by his family name alone has named him in full elsewhere. A Spanish name's first
    family name counts too ("Lemus" for "Edgar Lemus Cordón"). A family name two people share
    ("Haqqani") joins neither."""
    ending: dict[tuple[str, ...], set[str]] = defaultdict(set)  # last words -> fuller names
    for actor_id, words in people:
        for n in (1, 2):
            if len(words) > n:
                ending[words[-n:]].add(actor_id)
        if len(words) > 2:
            ending[words[-2:-1]].add(actor_id)  # given name(s), father's family name, mother's
    for actor_id, words in people:
        if not 0 < len(words) <= 2 or len("".join(words)) < _FAMILY_LETTERS:
            continue
        fits = {union.find(other) for other in ending.get(words, ())}
        if len(fits) == 1:
            union.join(actor_id, next(iter(fits)))


def _join_acronyms(stored: Mapping[str, StoredActor], union: _Union) -> None:
    """Join an acronym ("UN", written in capitals) to the one body whose name's initials it is
    ("United Nations"), across documents; where two bodies fit ("ISI": Inter-Services
    Intelligence, Islamic State of Iraq), neither (Schwartz & Hearst 2003 find an acronym's long
    form beside it; across documents the initials alone are the evidence, so only when unique)."""
    bodies: dict[str, set[str]] = defaultdict(set)  # initials -> the representatives of bodies with them
    for actor in stored.values():
        if actor.type == "organization" and len(initials(actor.name)) > 1:
            bodies[initials(actor.name)].add(union.find(actor.id))
    for actor in stored.values():
        name = actor.name.replace(".", "")
        if actor.type != "organization" or not (name.isupper() and name.isalpha() and 1 < len(name) <= 6):
            continue
        fits = {union.find(b) for b in bodies.get(name, ())}
        if len(fits) == 1:
            union.join(actor.id, next(iter(fits)))


def _join_by_alias(stored: Mapping[str, StoredActor], by_key: Mapping[str, list[str]], union: _Union) -> None:
    """Join an actor named only by what exactly one other actor's documents called it too."""
    givers: dict[str, set[str]] = defaultdict(set)  # alias key -> representatives that gave it
    for actor in stored.values():
        own = name_key(actor.name)
        for alias in actor.aliases:
            key = name_key(alias)
            if key != own and _joinable(key, actor.type):
                givers[key].add(union.find(actor.id))
    for key, ids in by_key.items():
        roots = {union.find(g) for g in givers.get(key, ())}
        if len(roots) == 1:
            for actor_id in ids:
                union.join(actor_id, next(iter(roots)))
