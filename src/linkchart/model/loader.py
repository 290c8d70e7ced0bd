"""Loading the vocabulary: every file of `vocabulary/*.yaml` read once per process and validated
against `model.schema`; a bad edit raises `VocabularyError` naming the file and the field.

Known actors come from `vocabulary/known_actors.yaml` and from the analyst's own lists in
`known_dir()` (written by `linkchart known import`, from FollowTheMoney entity files)."""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from linkchart.errors import VocabularyError
from linkchart.model.schema import Vocabulary

__all__ = ["known_dir", "known_lists", "vocabulary"]


def known_dir() -> Path:
    """Where the analyst's known-actor lists live: $LINKCHART_KNOWN_DIR, else linkchart/known
    under $XDG_DATA_HOME (~/.local/share). Every process of one machine reads the same lists."""
    if chosen := os.environ.get("LINKCHART_KNOWN_DIR"):
        return Path(chosen)
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "linkchart" / "known"


def known_lists() -> list[tuple[Path, dict[str, Any]]]:
    """Each list in `known_dir()` (a YAML mapping with its `actors`), in file name order."""
    lists = []
    folder = known_dir()
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise VocabularyError(f"{path}: {exc}") from exc
        lists.append((path, loaded if isinstance(loaded, dict) else {}))
    return lists


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
                "known_actors": _read_yaml("known_actors.yaml")["actors"]
                + [actor for _, known in known_lists() for actor in known.get("actors", [])],
                "places": _read_yaml("places.yaml")["places"],
                "boilerplate": _read_yaml("boilerplate.yaml"),
                "time": _read_yaml("time.yaml"),
                "infobox": infobox["fields"],
                "infobox_labels": infobox["labels"],
                "infobox_alias_labels": infobox["alias_labels"],
                "infobox_inert_labels": infobox["inert_labels"],
                "infobox_single_labels": infobox["single_labels"],
                "infobox_back_matter": infobox["back_matter"],
                "infobox_caption_words": infobox["caption_words"],
                "infobox_date_labels": infobox["date_labels"],
            }
        )
    except (ValidationError, KeyError) as exc:
        raise VocabularyError(f"vocabulary does not match its schema: {exc}") from exc
