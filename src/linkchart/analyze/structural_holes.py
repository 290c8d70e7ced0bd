"""Burt's structural holes: constraint and effective size (Burt 1992, *Structural Holes*,
ch. 2; effective size as simplified by Borgatti 1997 for unweighted ties).

For actor i with proportional tie strengths p_ij = 1/deg(i) (undirected, unweighted):
constraint C_i = sum over neighbours j of (p_ij + sum_q p_iq p_qj)^2, and effective size
E_i = deg(i) - 2 t_i / deg(i), where t_i counts ties among i's neighbours.

networkx's implementation is the reference; the default computes the same quantities with
sparse matrix products, which is what makes them usable on a million ties."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import scipy.sparse as sp

__all__ = ["structural_holes"]


def _networkx(view: nx.Graph) -> dict[str, tuple[float, float]]:
    constraint, effective = nx.constraint(view), nx.effective_size(view)
    return {n: (constraint[n], effective[n]) for n in view}


def _sparse(view: nx.Graph) -> dict[str, tuple[float, float]]:
    nodes = list(view)
    if not nodes:
        return {}
    adjacency = nx.to_scipy_sparse_array(view, nodelist=nodes, weight=None, format="csr").astype(np.float64)
    adjacency.setdiag(0)
    adjacency.eliminate_zeros()
    adjacency.data[:] = 1.0
    degree = np.asarray(adjacency.sum(axis=1)).ravel()
    inverse = np.divide(1.0, degree, out=np.zeros_like(degree), where=degree > 0)
    p = sp.diags(inverse) @ adjacency  # p_ij = 1/deg(i) on each tie
    indirect = (p @ p).multiply(adjacency)  # sum_q p_iq p_qj, kept on i's ties only
    constraint = np.asarray(((p + indirect).power(2)).sum(axis=1)).ravel()
    triangles = np.asarray((adjacency @ adjacency).multiply(adjacency).sum(axis=1)).ravel() / 2
    effective = degree - np.divide(2 * triangles, degree, out=np.zeros_like(degree), where=degree > 0)
    return {
        n: (float(c) if d else math.nan, float(e) if d else math.nan)
        for n, c, e, d in zip(nodes, constraint, effective, degree, strict=True)
    }


def structural_holes(view: nx.Graph, backend: str = "sparse") -> dict[str, dict[str, float]]:
    """Per actor: `constraint` (low = spans holes) and `effective_size` (non-redundant contacts).
    An isolated actor has constraint 1 and effective size 0.

    >>> star = nx.star_graph(3)
    >>> holes = structural_holes(star)
    >>> round(holes[0]["effective_size"], 1), round(holes[0]["constraint"], 3)
    (3.0, 0.333)
    """
    simple = nx.Graph(view.to_undirected() if view.is_directed() else view)
    compute = _sparse if backend == "sparse" else _networkx
    return {
        n: {"constraint": 1.0 if math.isnan(c) else float(c), "effective_size": 0.0 if math.isnan(e) else float(e)}
        for n, (c, e) in compute(simple).items()
    }
