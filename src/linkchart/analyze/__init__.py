"""Analyze: network measures as plain functions over graphs built from the claims."""

from linkchart.analyze.balance import balance, enemies_shared_partners
from linkchart.analyze.brokerage import brokerage_roles
from linkchart.analyze.centrality import centralities
from linkchart.analyze.chains import support_chains
from linkchart.analyze.communities import leiden_communities
from linkchart.analyze.graph import GraphFilter, claim_graph
from linkchart.analyze.key_actors import key_actors
from linkchart.analyze.profile import actor_profile
from linkchart.analyze.sources import contradictions, tie_sources
from linkchart.analyze.structural_holes import structural_holes
from linkchart.analyze.ties import can_coexist, signed_ties, simple_view
from linkchart.analyze.timeline import diff, snapshot, turns

__all__ = [
    "GraphFilter",
    "actor_profile",
    "balance",
    "brokerage_roles",
    "can_coexist",
    "centralities",
    "claim_graph",
    "contradictions",
    "diff",
    "enemies_shared_partners",
    "key_actors",
    "leiden_communities",
    "signed_ties",
    "simple_view",
    "snapshot",
    "structural_holes",
    "support_chains",
    "tie_sources",
    "turns",
]
