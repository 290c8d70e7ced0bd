"""Time of the key-actor report on a synthetic network, with igraph and with networkx.

A random network of ACTORS actors and CLAIMS claims (endpoints drawn with a skew, so some
actors are hubs, as in real reporting) is collapsed to one tie a pair, then the full ORA-style
report (degree, betweenness from sampled sources, eigenvector, PageRank, Gould-Fernandez
brokerage by type, Burt's measures) runs once per backend. Printed: seconds per backend and
the ratio, measured in the same run. Run:

    .venv/bin/python bench/graph_scale.py                       # 100k actors, 1M claims
    .venv/bin/python bench/graph_scale.py --actors 10000 --claims 100000 --backends igraph networkx
"""

from __future__ import annotations

import argparse
import time

import networkx as nx
import numpy as np

from linkchart.analyze.key_actors import key_actors

TYPES = ("person", "organization", "group", "location")


def synthetic_view(actors: int, claims: int, seed: int = 11) -> nx.Graph:
    """Claims between random actors, a fifth of them touching the busiest 1%, collapsed."""
    rng = np.random.default_rng(seed)
    hubs = max(1, actors // 100)
    ends = rng.integers(0, actors, size=(claims, 2))
    skewed = rng.random(claims) < 0.2
    ends[skewed, 1] = rng.integers(0, hubs, size=int(skewed.sum()))
    ends = ends[ends[:, 0] != ends[:, 1]]
    view = nx.Graph()
    kinds = rng.integers(0, len(TYPES), size=actors)
    view.add_nodes_from((i, {"name": f"actor {i}", "type": TYPES[k]}) for i, k in enumerate(kinds))
    view.add_edges_from(map(tuple, ends.tolist()))
    return view


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=64, help="sources sampled for betweenness")
    parser.add_argument("--backends", nargs="+", default=["igraph", "networkx"])
    args = parser.parse_args()

    started = time.perf_counter()
    view = synthetic_view(args.actors, args.claims)
    print(
        f"synthetic network: {view.number_of_nodes():,} actors, {args.claims:,} claims -> "
        f"{view.number_of_edges():,} ties, built in {time.perf_counter() - started:.1f}s"
    )
    timings = {}
    for backend in args.backends:
        started = time.perf_counter()
        report = key_actors(view, backend=backend, top=10, betweenness_samples=args.samples)
        timings[backend] = time.perf_counter() - started
        print(f"{backend:9} key-actor report: {timings[backend]:7.1f}s   top actor: {report[0]['name']}")
    if len(timings) == 2:
        slow, fast = sorted(timings.values(), reverse=True)
        names = sorted(timings, key=timings.__getitem__)
        print(f"ratio {names[1]}/{names[0]}: {slow / fast:.1f}x (default backend: igraph)")


if __name__ == "__main__":
    main()
