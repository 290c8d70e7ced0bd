"""`linkchart.open(db)`: the Python face of a store for notebooks, the CLI and the web UI.

Each method builds the graph view it needs and calls one pure function of `analyze`, returning
plain data (names resolved, JSON-ready)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import networkx as nx

from linkchart.analyze import (
    GraphFilter,
    actor_profile,
    balance,
    brokerage_roles,
    claim_graph,
    contradictions,
    diff,
    enemies_shared_partners,
    key_actors,
    leiden_communities,
    signed_ties,
    simple_view,
    support_chains,
    tie_sources,
    turns,
)
from linkchart.analyze.ties import actor_evidence
from linkchart.errors import NotFound
from linkchart.model import vocabulary
from linkchart.resolve.lookup import find_actor
from linkchart.store import Store
from linkchart.store.db import Closing

__all__ = ["Corpus", "open_corpus"]


class Corpus(Closing):
    """A store opened for analysis."""

    def __init__(
        self, db: str | Path, min_confidence: float = 0.0, include_undated: bool = False, min_support: int = 1
    ) -> None:
        self.store = Store(db)
        self.min_confidence = min_confidence  # claims below it are left out of every view
        self.min_support = min_support  # ties fewer independent publishers say are left out too
        self.include_undated = include_undated  # whether a view as of a date keeps claims the text never dates

    def close(self) -> None:
        self.store.close()

    def graph(
        self,
        as_of: str | None = None,
        classes: list[str] | None = None,
        hedges: list[str] | None = None,
        around: list[str] | None = None,
    ) -> nx.MultiDiGraph:
        """The claim multigraph, optionally as of a date or period ("1995", "1995/2008"), for
        some classes or hedges, and only the claims of the actors `around` names (by id)."""
        chosen = {
            "classes": frozenset(classes) if classes else None,
            "hedges": frozenset(hedges) if hedges else None,
            "actors": frozenset(around) if around is not None else None,
        }
        return claim_graph(self.store, self._filter(as_of, **chosen))

    def _filter(self, as_of: str | None, **chosen: Any) -> GraphFilter:
        """The view's filter with this corpus's settings (confidence, support, undated)."""
        return GraphFilter(
            as_of,
            min_confidence=self.min_confidence,
            include_undated=self.include_undated,
            min_support=self.min_support,
            **chosen,
        )

    def find_actor(self, query: str, first: bool = False, by_id: bool = False) -> str:
        """An actor id from an id, a name or an alias (case and spelling forgiven); with
        `first`, the one with most claims where several fit; with `by_id`, only the actor with
        that id."""
        if by_id:
            if not self.store.query("SELECT 1 FROM current_actors WHERE id = ?", (query,)):
                raise NotFound(f"no actor with id {query!r}")
            return query
        return find_actor(self.store, query, first=first)

    def _name(self, graph: nx.Graph, node: str) -> str:
        return str(graph.nodes[node].get("name", node)) if node in graph else node

    def profile(self, actor: str, as_of: str | None = None, first: bool = False, by_id: bool = False) -> dict[str, Any]:
        actor_id = self.find_actor(actor, first, by_id)
        aliases = [
            r[0] for r in self.store.query("SELECT alias FROM aliases WHERE actor_id = ? ORDER BY alias", (actor_id,))
        ]
        graph = self.graph(as_of, around=[actor_id])  # its own claims are all a profile reads
        result = actor_profile(graph, actor_id, aliases)
        result["turns"] = self.changes(graph, actor_id)
        result["sections"] = {
            k: [asdict(line) | {"predicates": sorted(line.predicates)} for line in v]
            for k, v in result["sections"].items()
        }
        return result

    def changes(self, graph: nx.MultiDiGraph, actor: str | None = None) -> list[dict[str, Any]]:
        """The changes of sign over time (of pairs with `actor`, or of all), names resolved."""
        return [
            {
                "a": self._name(graph, t.a),
                "b": self._name(graph, t.b),
                "from": "ally" if t.before > 0 else "enemy",
                "to": "ally" if t.after > 0 else "enemy",
                "before": t.before_when,
                "after": t.after_when,
                "claims": list(t.claims),
            }
            for t in turns(graph)
            if actor is None or actor in (t.a, t.b)
        ]

    def key_actors(
        self,
        top: int = 20,
        backend: str = "igraph",
        group_by: str = "type",
        as_of: str | None = None,
        classes: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        # ties between actors only: a place is where actors are, not one of them (a state named
        # as a place still counts by its alliances, enmities and hierarchy)
        between_actors: list[str] = [c for c in vocabulary().predicate_classes if c != "location"]
        graph = self.graph(as_of, classes or between_actors)
        view = simple_view(graph)
        view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0])
        rows = key_actors(view, backend=backend, group_by=group_by, top=top)
        return [row | {"evidence": actor_evidence(view, row["actor"])} for row in rows]

    def brokers(self, group_by: str = "type", as_of: str | None = None, top: int = 20) -> list[dict[str, Any]]:
        """Gould-Fernandez brokerage roles over the ally ties (who passes support between groups),
        two-paths only of ties that may hold at once, each broker with the evidence of its ties."""
        graph = self.graph(as_of, ["ally"])
        view = simple_view(graph, directed=True)
        group = {n: d.get(group_by) for n, d in view.nodes(data=True)}
        roles = brokerage_roles(view, group)
        ties = simple_view(graph)
        rows: list[dict[str, Any]] = [
            {
                "actor": n,
                "name": self._name(view, n),
                "group": group.get(n),
                "total": sum(r.values()),
                **r,
                "evidence": actor_evidence(ties, n),
            }
            for n, r in roles.items()
            if sum(r.values())
        ]
        rows.sort(key=lambda r: (-r["total"], r["name"]))
        return rows[:top]

    def balance(self, as_of: str | None = None) -> dict[str, Any]:
        """Structural balance and the actors that work with both sides of hostile pairs."""
        graph = self.graph(as_of)
        signed = signed_ties(graph)
        partners = [
            {
                "actor": p.partner,
                "name": self._name(signed, p.partner),
                "count": len(p.pairs),
                "pairs": [[self._name(signed, a), self._name(signed, b)] for a, b in p.pairs],
            }
            for p in enemies_shared_partners(signed)
        ]
        return {**balance(signed), "enemies_shared_partners": partners}

    def chains(
        self, source: str, target: str | None = None, max_hops: int = 3, first: bool = False, by_id: bool = False
    ) -> list[list[dict[str, Any]]]:
        graph = self.graph()
        start = self.find_actor(source, first, by_id)
        end = self.find_actor(target, first, by_id) if target else None
        return [
            [
                {"from": self._name(graph, h.source), "to": self._name(graph, h.target), "claims": list(h.claims)}
                for h in chain
            ]
            for chain in support_chains(graph, start, end, max_hops=max_hops)
        ]

    def diff(self, before: str, after: str) -> dict[str, Any]:
        graph = self.graph()
        changes = diff(graph, before, after, self.include_undated)

        def named(ties: list[tuple[str, str, str]]) -> list[list[str]]:
            return [[self._name(graph, a), p, self._name(graph, b)] for a, p, b in ties]

        return {
            "from": before,
            "to": after,
            "appeared": named(changes.appeared),
            "ended": named(changes.ended),
            "sign_changed": [
                [self._name(graph, a), self._name(graph, b), s0, s1] for a, b, s0, s1 in changes.sign_changed
            ],
        }

    def sources(self, single_only: bool = False) -> dict[str, Any]:
        graph = self.graph()
        ties = [
            {
                "subject": self._name(graph, t.subject),
                "predicate": t.predicate,
                "object": self._name(graph, t.object),
                "publishers": sorted(t.publishers),
                "documents": sorted(t.documents),
                "claims": t.claims,
            }
            for t in tie_sources(graph)
            if not single_only or len(t.publishers) == 1
        ]
        clashes = [
            {
                "a": self._name(graph, c.a),
                "b": self._name(graph, c.b),
                "ally_claims": list(c.ally),
                "enemy_claims": list(c.enemy),
                "publishers": list(c.publishers),
            }
            for c in contradictions(graph)
        ]
        single = sum(len(t["publishers"]) == 1 for t in ties)  # type: ignore[arg-type]
        return {"ties": ties, "single_source": single, "contradictions": clashes, "changes": self.changes(graph)}

    def communities(self, as_of: str | None = None) -> list[list[str]]:
        """Leiden communities of the actors that cooperation ties (alliance, support, proxy,
        membership: `cooperation` in `vocabulary/predicates.yaml`) bind; talks and hostility
        do not make a camp, and places are where actors are, not members of one."""
        wanted = self._filter(as_of, predicates=frozenset(vocabulary().predicates_where(cooperation=True)))
        view = simple_view(claim_graph(self.store, wanted))
        view.remove_nodes_from([n for n, d in list(view.nodes(data=True)) if d.get("type") == "location"])
        view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0])
        return [sorted(self._name(view, n) for n in c) for c in leiden_communities(view)]


def open_corpus(
    db: str | Path, min_confidence: float = 0.0, include_undated: bool = False, min_support: int = 1
) -> Corpus:
    """Open a store for analysis: `linkchart.open("linkchart.db").graph(as_of="2008")`; with
    `min_confidence`, claims less sure than that are left out of every view; with
    `include_undated`, a view as of a date keeps the claims the text gives no time for; with
    `min_support`, ties fewer independent publishers say are left out."""
    if not Path(db).exists():
        raise FileNotFoundError(f"no store at {db}")
    return Corpus(db, min_confidence, include_undated, min_support)
