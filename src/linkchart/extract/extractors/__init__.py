"""The relation extractors, each a module registered under a versioned name in
`linkchart.registry.extractors`. This package is their face: importing it registers them,
and `build` makes the ones a run names.

An extractor is called with the document, its parse and its actor clusters, and returns
claims made with the one claim builder (`claims.build_claim`); a back-off extractor
(`backoff = True`) also sees the claims made before it, and a revising one (`revises = True`)
returns them revised."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from linkchart.extract.extractors import (  # noqa: F401 - each module registers its extractor
    compounds,
    cooccurrence,
    formation,
    infobox,
    locative,
    model,
    paths,
    patterns,
)
from linkchart.model import ActorCluster, Claim, Document
from linkchart.registry import lookup

__all__ = ["DEFAULT_EXTRACTORS", "RULE_EXTRACTORS", "Extractor", "build"]


class Extractor(Protocol):
    name: str

    def __call__(self, document: Document, parsed: Any, clusters: list[ActorCluster]) -> list[Claim]: ...


# The hand-written rules, in the order they run.
RULE_EXTRACTORS = (
    "linkchart.relations.patterns.v1",
    "linkchart.relations.compounds.v1",
    "linkchart.relations.locative.v2",
    "linkchart.relations.infobox.v2",
    "linkchart.relations.formation.v2",
    "linkchart.relations.paths.v1",  # last: a back-off for the pairs the others left unrelated
)
# What ingest runs: the rules, then the trained classifier, which adds to and vetoes their claims.
DEFAULT_EXTRACTORS = (*RULE_EXTRACTORS, "linkchart.relations.model.v1")


def build(names: Sequence[str] = DEFAULT_EXTRACTORS) -> list[Extractor]:
    """Instantiate registered extractors by name; an unknown name lists the known ones."""
    return [lookup("extractor", name)() for name in names]
