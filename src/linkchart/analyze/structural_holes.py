"""Burt's structural holes: constraint and effective size (Burt 1992, *Structural Holes*,
ch. 2; effective size as simplified by Borgatti 1997 for unweighted ties). Computed with
networkx, the implementation the field relies on."""

from __future__ import annotations

import networkx as nx

__all__ = ["structural_holes"]


def structural_holes(view: nx.Graph) -> dict[str, dict[str, float]]:
    """Per actor: `constraint` (low = spans holes) and `effective_size` (non-redundant contacts).

    >>> star = nx.star_graph(3)
    >>> holes = structural_holes(star)
    >>> round(holes[0]["effective_size"], 1), round(holes[0]["constraint"], 3)
    (3.0, 0.333)
    """
    constraint = nx.constraint(view)
    effective = nx.effective_size(view)
    return {
        n: {
            "constraint": float(constraint[n]) if constraint[n] == constraint[n] else 1.0,
            "effective_size": float(effective[n]) if effective[n] == effective[n] else 0.0,
        }
        for n in view
    }
