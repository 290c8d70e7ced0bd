"""Each measure on textbook graphs with known answers."""

from __future__ import annotations

import networkx as nx
import pytest

from linkchart.analyze import (
    balance,
    brokerage_roles,
    centralities,
    enemies_shared_partners,
    key_actors,
    leiden_communities,
    structural_holes,
)


def test_star_and_path_centralities() -> None:
    for backend in ("igraph", "networkx"):
        star = centralities(nx.star_graph(4), backend)
        assert star["betweenness"][0] == pytest.approx(1.0)
        assert star["degree"][0] == pytest.approx(1.0) and star["degree"][1] == pytest.approx(0.25)
        path = centralities(nx.path_graph(5), backend)
        # Middle of P5: 4 of the 6 pairs of other nodes pass through it.
        assert path["betweenness"][2] == pytest.approx(4 / 6)


def test_igraph_and_networkx_agree_on_the_karate_club() -> None:
    karate = nx.karate_club_graph()
    fast, reference = centralities(karate, "igraph"), centralities(karate, "networkx")
    for measure in ("degree", "betweenness", "pagerank", "eigenvector"):
        for node in karate:
            assert fast[measure][node] == pytest.approx(reference[measure][node], abs=1e-3), (measure, node)


def test_sampled_betweenness_estimates_the_exact_one() -> None:
    graph = nx.barabasi_albert_graph(400, 2, seed=1)
    exact = centralities(graph, "igraph")["betweenness"]
    estimate = centralities(graph, "igraph", betweenness_samples=200)["betweenness"]
    top = max(exact, key=exact.__getitem__)
    assert estimate[top] == pytest.approx(exact[top], rel=0.35)


def test_burt_structural_holes_on_a_star_and_a_triangle() -> None:
    star = structural_holes(nx.star_graph(4))
    assert star[0]["effective_size"] == pytest.approx(4.0) and star[0]["constraint"] == pytest.approx(0.25)
    triangle = structural_holes(nx.complete_graph(3))
    # Burt: in a closed triad each contact also constrains through the other: (1/2 + 1/4)^2 * 2.
    assert triangle[0]["constraint"] == pytest.approx(1.125) and triangle[0]["effective_size"] == pytest.approx(1.0)


def test_gould_fernandez_roles() -> None:
    edges = [
        ("a1", "b"),
        ("b", "c1"),
        ("a2", "b"),
        ("b", "c2"),
        ("a3", "b"),
        ("b", "c3"),
        ("a4", "b"),
        ("b", "c4"),
        ("a5", "b"),
        ("b", "c5"),
    ]
    groups = {
        "b": "B",
        "a1": "B",
        "c1": "B",  # coordinator
        "a2": "X",
        "c2": "X",  # itinerant
        "a3": "B",
        "c3": "Y",  # representative
        "a4": "Z",
        "c4": "B",  # gatekeeper
        "a5": "P",
        "c5": "Q",
    }  # liaison
    roles = brokerage_roles(nx.DiGraph(edges), groups)["b"]
    # Every (a_i, c_j) pair is an open two-path through b: 25 in all, one of each kind above and the rest mixed.
    assert sum(roles.values()) == 25
    assert set(roles) == {"coordinator", "itinerant", "representative", "gatekeeper", "liaison"}
    closed = brokerage_roles(nx.DiGraph([("a", "b"), ("b", "c"), ("a", "c")]), {})
    assert sum(closed["b"].values()) == 0  # a reaches c directly: no brokerage


@pytest.mark.parametrize(("signs", "balanced"), [((1, 1, 1), 1), ((1, 1, -1), 0), ((1, -1, -1), 1), ((-1, -1, -1), 0)])
def test_cartwright_harary_triangle_balance(signs: tuple[int, int, int], balanced: int) -> None:
    graph = nx.Graph()
    for (u, v), sign in zip([(1, 2), (2, 3), (1, 3)], signs, strict=True):
        graph.add_edge(u, v, sign=sign)
    assert balance(graph)["balanced"] == balanced and balance(graph)["triangles"] == 1


def test_enemies_shared_partner_ranks_the_common_friend_first() -> None:
    graph = nx.Graph()
    for a, b in [("isi", "aq"), ("isi", "ttp"), ("aq", "ttp")]:
        graph.add_edge(a, b, sign=-1)
    for x in ("isi", "aq", "ttp"):
        graph.add_edge(x, "hn", sign=1)
    graph.add_edge("aq", "other", sign=1)
    ranked = enemies_shared_partners(graph)
    assert ranked[0].partner == "hn" and len(ranked[0].pairs) == 3


def test_leiden_finds_two_cliques_joined_by_a_bridge() -> None:
    graph = nx.barbell_graph(5, 0)
    found = leiden_communities(graph)
    assert sorted(map(sorted, found)) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]


def test_key_actor_report_puts_the_hub_first_with_both_backends() -> None:
    graph = nx.star_graph(5)
    nx.set_node_attributes(graph, "organization", "type")
    for backend in ("igraph", "networkx"):
        report = key_actors(graph, backend=backend, top=3)
        assert report[0]["actor"] == 0 and report[0]["rank"] == pytest.approx(1.0)


def test_fast_structural_holes_match_networkx() -> None:
    for graph in (nx.karate_club_graph(), nx.gnm_random_graph(200, 900, seed=3), nx.path_graph(4)):
        graph.add_node("isolated")
        fast, reference = structural_holes(graph), structural_holes(graph, backend="networkx")
        for node in graph:
            for measure in ("constraint", "effective_size"):
                assert fast[node][measure] == pytest.approx(reference[node][measure], abs=1e-9), (node, measure)


def test_fast_brokerage_counts_match_enumerating_every_two_path() -> None:
    graph = nx.gnm_random_graph(60, 200, seed=5, directed=True)
    groups = {n: n % 3 for n in graph}
    expected: dict[int, dict[str, int]] = {n: {} for n in graph}
    for b in graph:
        for a in graph.predecessors(b):
            for c in graph.successors(b):
                if len({a, b, c}) == 3 and not graph.has_edge(a, c):
                    role = brokerage_roles(nx.DiGraph([(0, 1), (1, 2)]), {0: groups[a], 1: groups[b], 2: groups[c]})[1]
                    [name] = role
                    expected[b][name] = expected[b].get(name, 0) + 1
    found = brokerage_roles(graph, groups)
    assert {n: dict(found[n]) for n in graph} == expected
