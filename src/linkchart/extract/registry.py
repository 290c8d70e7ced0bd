"""Named, versioned extractors (spaCy-style registry). A claim stores the name of the
extractor that made it; changed behaviour gets a new version, never an edit of an old one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

import catalogue

from linkchart.model import ActorCluster, Claim, Document


class Extractor(Protocol):
    name: str

    def __call__(self, document: Document, parsed: Any, clusters: list[ActorCluster]) -> list[Claim]: ...


class BackoffExtractor(Protocol):
    """An extractor that also sees the claims made before it (`backoff = True`)."""

    name: str
    backoff: bool

    def __call__(
        self, document: Document, parsed: Any, clusters: list[ActorCluster], prior: Sequence[Claim]
    ) -> list[Claim]: ...


extractors = catalogue.create("linkchart", "extractors", entry_points=False)

DEFAULT_EXTRACTORS = (
    "linkchart.relations.patterns.v1",
    "linkchart.relations.compounds.v1",
    "linkchart.relations.locative.v1",
    "linkchart.relations.infobox.v1",
    "linkchart.relations.formation.v1",
    "linkchart.relations.paths.v1",  # last: a back-off for the pairs the others left unrelated
)


def build(names: tuple[str, ...] = DEFAULT_EXTRACTORS) -> list[Extractor]:
    """Instantiate registered extractors by name; an unknown name lists the known ones."""
    # Importing the modules registers their extractors.
    from linkchart.extract import baseline, compounds, formation, infobox, locative, paths, relations  # noqa: F401

    built: list[Extractor] = []
    for name in names:
        try:
            factory: Callable[[], Extractor] = extractors.get(name)
        except catalogue.RegistryError as exc:
            known = ", ".join(sorted(extractors.get_all()))
            raise ValueError(f"unknown extractor {name!r}; known: {known}") from exc
        built.append(factory())
    return built
