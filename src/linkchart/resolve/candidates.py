"""Close calls worth a human look: actors kept apart whose names sound alike (Metaphone key of
the family name or last word, jellyfish) and read alike (rapidfuzz token-sort ratio), with
compatible types, and shared neighbours as context. Blocking by the phonetic key keeps this
linear in the number of actors rather than quadratic."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import jellyfish
from rapidfuzz import fuzz

from linkchart.resolve.names import name_key

__all__ = ["CloseCall", "close_calls", "phonetic_key"]

_COMPATIBLE = {frozenset({"organization", "group"})}
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "eastern", "western", "northern", "southern", "upper", "lower", "central"}
)


@dataclass(frozen=True)
class CloseCall:
    a: str
    b: str
    score: float  # 0-100: spelling similarity, plus up to 10 for shared neighbours
    rule: str


def phonetic_key(name: str) -> str:
    """Metaphone of the last word of a name's key ("Hecmatyar" and "Hekmatyar" share it).

    >>> phonetic_key("Gulbuddin Hekmatyar") == phonetic_key("Hecmatyar")
    True
    """
    words = name_key(name).split()
    return jellyfish.metaphone(words[-1]) if words else ""


def _types_fit(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in _COMPATIBLE


def _distinct_by_design(name_a: str, name_b: str, type_: str) -> bool:
    """North vs South Waziristan; Baitullah vs Hakimullah Mehsud: alike, and plainly not one."""
    a, b = name_key(name_a).split(), name_key(name_b).split()
    if set(a) ^ set(b) <= _DIRECTIONS and set(a) != set(b):
        return True
    return type_ == "person" and len(a) > 1 and len(b) > 1 and fuzz.ratio(a[0], b[0]) < 80


def close_calls(
    actors: Iterable[tuple[str, str, str]], neighbours: dict[str, set[str]] | None = None, threshold: float = 80.0
) -> list[CloseCall]:
    """Pairs of (id, name, type) actors that may be one, best first.

    >>> calls = close_calls([("p1", "Gulbuddin Hekmatyar", "person"), ("p2", "Gulbeddin Hekmatyar", "person"),
    ...                      ("o1", "Hizb-i-Islami", "organization")])
    >>> [(c.a, c.b) for c in calls]
    [('p1', 'p2')]
    """
    blocks: dict[str, list[tuple[str, str, str]]] = {}
    for actor in actors:
        blocks.setdefault(phonetic_key(actor[1]), []).append(actor)
    context = neighbours or {}
    found = []
    for key, members in blocks.items():
        if not key or len(members) < 2:
            continue
        for i, (a, name_a, type_a) in enumerate(members):
            for b, name_b, type_b in members[i + 1 :]:
                if not _types_fit(type_a, type_b) or _distinct_by_design(name_a, name_b, type_a):
                    continue
                spelling = fuzz.token_sort_ratio(name_key(name_a), name_key(name_b))
                shared = len(context.get(a, set()) & context.get(b, set()))
                score = min(100.0, spelling + min(10, 2 * shared))
                if score >= threshold:
                    rule = "sound and spelling" + (f", {shared} shared neighbours" if shared else "")
                    first, second = sorted((a, b))
                    found.append(CloseCall(first, second, round(score, 1), rule))
    return sorted(found, key=lambda c: (-c.score, c.a, c.b))
