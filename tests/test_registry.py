"""The registered components, frozen: a changed name or version must be deliberate (a new
extractor version changes the claims it makes, and stored claims name their extractor)."""

from __future__ import annotations

import catalogue
import pytest

import linkchart.extract.engines
import linkchart.extract.extractors
import linkchart.ingest  # registers the readers
from linkchart.errors import UnknownComponent
from linkchart.registry import engines, extractors, lookup, readers


def test_registered_extractors_readers_and_engines() -> None:
    assert sorted(extractors.get_all()) == [
        "linkchart.relations.compounds.v1",
        "linkchart.relations.cooccurrence.v1",
        "linkchart.relations.formation.v2",
        "linkchart.relations.infobox.v2",
        "linkchart.relations.locative.v2",
        "linkchart.relations.model.v1",
        "linkchart.relations.paths.v1",
        "linkchart.relations.patterns.v1",
    ]
    assert sorted(readers.get_all()) == [".htm", ".html", ".markdown", ".md", ".pdf", ".text", ".txt", ".xhtml"]
    assert sorted(engines.get_all()) == ["local", "ray"]


def test_every_extractor_says_its_own_registered_name() -> None:
    for name, factory in extractors.get_all().items():
        assert factory().name == name


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownComponent, match=r"known: .*patterns\.v1"):
        lookup("extractor", "linkchart.relations.patterns.v0")


def test_a_plugin_registers_through_an_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    """What an installed package's `[project.entry-points.linkchart_extractors]` table does."""

    class Plugin:
        name = "acme.relations.v1"

        def __call__(self, *_: object) -> list[object]:
            return []

    class EntryPoint:
        name = "acme.relations.v1"

        def load(self) -> type[Plugin]:
            return Plugin

    monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", {"linkchart_extractors": [EntryPoint()]})
    assert lookup("extractor", "acme.relations.v1")().name == "acme.relations.v1"
    assert linkchart.extract.extractors.build(["acme.relations.v1"])[0].name == "acme.relations.v1"
    assert linkchart.extract.engines.build_engine("local").workers == 1
