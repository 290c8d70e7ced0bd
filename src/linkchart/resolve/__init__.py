"""Resolve: which mentions name the same actor, inside a document and across documents."""

from linkchart.resolve.cluster import cluster_mentions
from linkchart.resolve.names import actor_key, display_name, name_key

__all__ = ["actor_key", "cluster_mentions", "display_name", "name_key"]
