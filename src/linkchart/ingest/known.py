"""An analyst's reference list as known actors: FollowTheMoney entities (JSON lines, as `ftm`,
Aleph and OpenSanctions export them) read with followthemoney's model, each person, body or
legal entity one known actor with its names and country, written as a list in `known_dir()`
that the vocabulary loads beside its own (`linkchart known import FILE`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from followthemoney import model
from followthemoney.exc import InvalidData

from linkchart.errors import InvalidInput
from linkchart.model import ActorType, KnownActor
from linkchart.model.loader import known_dir, known_lists

__all__ = ["import_entities", "imported_lists"]

# FollowTheMoney schemata -> actor types; entities of other schemata (addresses, payments,
# vessels) are no actors and are skipped
_TYPES: tuple[tuple[str, ActorType], ...] = (
    ("Person", "person"),
    ("Organization", "organization"),
    ("LegalEntity", "organization"),
)
_NAMES = ("name", "alias", "previousName")  # weak aliases are too weak to name an actor alone


def _actor(entity: dict[str, Any]) -> KnownActor | None:
    proxy = model.get_proxy(entity)
    kind = next((t for schema, t in _TYPES if proxy.schema.is_a(schema)), None)
    names = list(dict.fromkeys(n for prop in _NAMES for n in proxy.get(prop, quiet=True) if n.strip()))
    if kind is None or not names or proxy.id is None:
        return None
    actor_id = "ftm_" + re.sub(r"[^a-z0-9]+", "_", proxy.id.lower()).strip("_")
    country = proxy.first("country", quiet=True)  # ISO 3166 in lower case; the vocabulary's are upper
    return KnownActor(
        id=actor_id, name=names[0], type=kind, country=country.upper() if country else None, aliases=tuple(names[1:])
    )


def import_entities(path: str | Path, name: str | None = None) -> tuple[int, int, Path]:
    """Read an entity file and write its actors as the list `name` (default: the file's stem),
    replacing a list of that name; returns (actors, entities skipped, the list's path)."""
    source = Path(path)
    actors: dict[str, KnownActor] = {}
    skipped = 0
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InvalidInput(f"{source}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            actor = _actor(json.loads(line))
        except (ValueError, InvalidData) as exc:
            raise InvalidInput(f"{source}, line {number}: not a FollowTheMoney entity ({exc})") from exc
        if actor is None:
            skipped += 1
        else:
            actors[actor.id] = actor
    target = known_dir() / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name or source.stem)}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    records = [a.model_dump(exclude_defaults=True) for a in actors.values()]
    target.write_text(yaml.safe_dump({"source": str(source), "actors": records}, allow_unicode=True), encoding="utf-8")
    return len(actors), skipped, target


def imported_lists() -> list[dict[str, Any]]:
    """Each list in `known_dir()`: its name, the file it came from and how many actors it holds."""
    return [
        {"name": path.stem, "source": known.get("source"), "actors": len(known.get("actors", []))}
        for path, known in known_lists()
    ]
