"""Structural balance of the signed network (Cartwright & Harary 1956, "Structural balance: a
generalization of Heider's theory"): a triangle is balanced when the product of its three
signs is positive ("the friend of my friend is my friend; the enemy of my enemy is my friend").
A triangle counts only where its three ties may hold at once (`ties.can_coexist`): allies in
the 1980s and enemies since 2010 make no triangle with a third party, nor do the items of one
list among themselves.

And the analyst's question behind it: who keeps working with parties that fight each other?"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from linkchart.analyze.ties import TieEvidence, can_coexist

__all__ = ["EnemiesSharedPartner", "balance", "enemies_shared_partners"]


def _at_once(signed: nx.Graph, *pairs: tuple[str, str]) -> bool:
    """Whether the ties of these pairs may all hold at the same time (ties without `evidence`
    always may)."""
    evidence = [signed[a][b].get("evidence") for a, b in pairs]
    known = [e for e in evidence if e is not None]
    return all(can_coexist(x, y) for i, x in enumerate(known) for y in known[i + 1 :])


def balance(signed: nx.Graph) -> dict[str, float | int]:
    """Counts of balanced and unbalanced triangles and the balanced share; `apart` counts the
    triangles left out because their ties cannot hold at once, `undated` those counted that
    rest on an undated tie.

    >>> g = nx.Graph([(1, 2, {"sign": 1}), (2, 3, {"sign": 1}), (1, 3, {"sign": -1})])
    >>> balance(g)["balanced_share"]
    0.0
    """
    balanced = unbalanced = apart = undated = 0
    for u in signed:
        for v, w in combinations(signed[u], 2):
            # Each triangle is visited once, from its smallest node (by repr, for mixed ids).
            if not signed.has_edge(v, w) or not (repr(u) < repr(v) and repr(u) < repr(w)):
                continue
            if not _at_once(signed, (u, v), (u, w), (v, w)):
                apart += 1
                continue
            undated += any(_undated(signed[a][b]) for a, b in ((u, v), (u, w), (v, w)))
            product = signed[u][v]["sign"] * signed[u][w]["sign"] * signed[v][w]["sign"]
            if product > 0:
                balanced += 1
            else:
                unbalanced += 1
    total = balanced + unbalanced
    return {
        "triangles": total,
        "balanced": balanced,
        "unbalanced": unbalanced,
        "balanced_share": balanced / total if total else 1.0,
        "apart": apart,
        "undated": undated,
    }


def _undated(tie: dict[str, object]) -> bool:
    evidence = tie.get("evidence")
    return isinstance(evidence, TieEvidence) and evidence.undated > 0


@dataclass
class EnemiesSharedPartner:
    """An actor C with positive ties to both sides of hostile pairs (A fights B)."""

    partner: str
    pairs: list[tuple[str, str]] = field(default_factory=list)


def enemies_shared_partners(signed: nx.Graph) -> list[EnemiesSharedPartner]:
    """Actors ranked by how many hostile pairs they cooperate with on both sides, while the
    pair is hostile (the three ties may hold at once).

    >>> g = nx.Graph([("a", "b", {"sign": -1}), ("a", "c", {"sign": 1}), ("b", "c", {"sign": 1})])
    >>> [(p.partner, p.pairs) for p in enemies_shared_partners(g)]
    [('c', [('a', 'b')])]
    """
    found: dict[str, EnemiesSharedPartner] = {}
    for a, b, data in signed.edges(data=True):
        if data["sign"] >= 0:
            continue
        pair = (a, b) if repr(a) < repr(b) else (b, a)
        for c in set(signed[a]) & set(signed[b]):
            if signed[a][c]["sign"] > 0 and signed[b][c]["sign"] > 0 and _at_once(signed, (a, b), (a, c), (b, c)):
                found.setdefault(c, EnemiesSharedPartner(c)).pairs.append(pair)
    ranked = sorted(found.values(), key=lambda p: (-len(p.pairs), repr(p.partner)))
    for partner in ranked:
        partner.pairs.sort(key=repr)
    return ranked
