"""Loading the vocabulary: every file of `vocabulary/*.yaml` read once per process and validated
against `model.schema`; a bad edit raises `VocabularyError` naming the file and the field."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml
from pydantic import ValidationError

from linkchart.errors import VocabularyError
from linkchart.model.schema import Vocabulary

__all__ = ["vocabulary"]


def _read_yaml(name: str) -> dict[str, Any]:
    try:
        text = resources.files("linkchart.vocabulary").joinpath(name).read_text(encoding="utf-8")
        loaded = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise VocabularyError(f"vocabulary/{name}: {exc}") from exc
    if not isinstance(loaded, dict):
        raise VocabularyError(f"vocabulary/{name}: expected a mapping at the top level")
    return loaded


@functools.cache
def vocabulary() -> Vocabulary:
    """Load and validate every vocabulary file (cached: the files ship inside the package)."""
    declared = _read_yaml("predicates.yaml")
    infobox = _read_yaml("infobox.yaml")
    predicates = declared["predicates"]
    try:
        return Vocabulary.model_validate(
            {
                "predicates": {k: {**v, "name": k} for k, v in predicates.items()},
                "predicate_classes": declared["classes"],
                "profile_sections": declared["profile_sections"],
                "actor_types": _read_yaml("actor_types.yaml")["types"],
                "triggers": _read_yaml("triggers.yaml"),
                "hedges": _read_yaml("hedges.yaml"),
                "mentions": _read_yaml("mentions.yaml"),
                "known_actors": _read_yaml("known_actors.yaml")["actors"],
                "places": _read_yaml("places.yaml")["places"],
                "boilerplate": _read_yaml("boilerplate.yaml"),
                "time": _read_yaml("time.yaml"),
                "infobox": infobox["fields"],
                "infobox_labels": infobox["labels"],
                "infobox_alias_labels": infobox["alias_labels"],
                "infobox_inert_labels": infobox["inert_labels"],
                "infobox_back_matter": infobox["back_matter"],
                "infobox_date_labels": infobox["date_labels"],
            }
        )
    except (ValidationError, KeyError) as exc:
        raise VocabularyError(f"vocabulary does not match its schema: {exc}") from exc
