"""The one registry mechanism: named, versioned components in `catalogue` registries, as spaCy
keeps its architectures and tasks. Three kinds are registered:

* `extractors`: relation extractors, by versioned name ("linkchart.relations.patterns.v1"); a
  claim stores the name of the one that made it, and changed behaviour gets a new version.
* `readers`: file readers, by suffix (".html").
* `engines`: where extraction runs ("local", "ray").

A plugin package adds its own through entry points in the groups `linkchart_extractors`,
`linkchart_readers` and `linkchart_engines` (`[project.entry-points.linkchart_extractors]
"acme.relations.v1" = "acme.rel:Extractor"`); nothing here has to import it."""

from __future__ import annotations

from typing import Any

import catalogue

from linkchart.errors import UnknownComponent

__all__ = ["engines", "extractors", "lookup", "readers"]

extractors = catalogue.create("linkchart", "extractors", entry_points=True)
readers = catalogue.create("linkchart", "readers", entry_points=True)
engines = catalogue.create("linkchart", "engines", entry_points=True)

_KINDS = {"extractor": extractors, "reader": readers, "engine": engines}


def lookup(kind: str, name: str) -> Any:
    """The component of a kind registered under `name` (a factory, or a reader's spec);
    `UnknownComponent` lists the known ones."""
    registry = _KINDS[kind]
    try:
        found = registry.get(name)
    except catalogue.RegistryError as exc:
        raise UnknownComponent(kind, name, list(registry.get_all())) from exc
    return found
