"""A synthetic corpus with known gold, for scale tests and accuracy checks at any size.

A random actor network (invented organizations and people, real places from the gazetteer) is
written out as short reports, one relation per sentence from the templates in
`vocabulary/synthetic.yaml`; each report comes with its gold in the eval format
(`../shared/eval/README.md`), so `score.py` measures accuracy on a corpus of any size."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from linkchart.model import vocabulary
from linkchart.resolve.names import slug

__all__ = ["SyntheticDocument", "synthetic_corpus", "write_corpus"]


@dataclass(frozen=True)
class SyntheticDocument:
    name: str
    text: str
    gold: dict[str, Any]


def _spec() -> dict[str, Any]:
    text = resources.files("linkchart.vocabulary").joinpath("synthetic.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


def _actors(rng: random.Random, spec: dict[str, Any], organizations: int, people: int) -> dict[str, list[str]]:
    parts = spec["organization_parts"]
    orgs = sorted(
        {
            f"{rng.choice(parts['prefix'])} {rng.choice(parts['core'])} {rng.choice(parts['suffix'])}"
            for _ in range(organizations * 3)
        }
    )
    persons = sorted(
        {f"{rng.choice(spec['given_names'])} {rng.choice(spec['family_names'])}" for _ in range(people * 3)}
    )
    places = sorted(p.name for p in vocabulary().places)
    return {
        "organization": rng.sample(orgs, min(organizations, len(orgs))),
        "person": rng.sample(persons, min(people, len(persons))),
        "location": places,
    }


def synthetic_corpus(
    documents: int, seed: int = 1, sentences: tuple[int, int] = (4, 10)
) -> Iterator[SyntheticDocument]:
    """`documents` reports over one random network (the same seed gives the same corpus)."""
    rng = random.Random(seed)
    spec = _spec()
    actors = _actors(rng, spec, organizations=max(8, documents // 4), people=max(8, documents // 4))
    predicates = sorted(spec["templates"])
    for index in range(documents):
        lines: list[str] = []
        entities: dict[str, dict[str, Any]] = {}
        claims: list[dict[str, str]] = []
        for _ in range(rng.randint(*sentences)):
            if rng.random() < 0.15:
                lines.append(rng.choice(spec["fillers"]))
                continue
            predicate = rng.choice(predicates)
            subject_type, object_type = spec["signatures"][predicate]
            subject = rng.choice(actors[subject_type])
            obj = rng.choice([a for a in actors[object_type] if a != subject])
            lines.append(
                rng.choice(spec["templates"][predicate]).format(s=subject, o=obj, year=rng.randint(1980, 2020))
            )
            for name, type_ in ((subject, subject_type), (obj, object_type)):
                entities[slug(name)] = {"type": type_, "names": [name]}
            claims.append({"s": slug(subject), "p": predicate, "o": slug(obj)})
        name = f"synthetic-{index:06d}"
        title = f"Report {index + 1}"
        yield SyntheticDocument(
            name, title + "\n\n" + " ".join(lines) + "\n", {"doc": name, "entities": entities, "claims": claims}
        )


def write_corpus(folder: str | Path, documents: int, seed: int = 1, gold: bool = True) -> int:
    """Write NAME.txt (and NAME.gold.json) files into `folder`; return how many reports."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for document in synthetic_corpus(documents, seed):
        (out / f"{document.name}.txt").write_text(document.text, encoding="utf-8")
        if gold:
            (out / f"{document.name}.gold.json").write_text(json.dumps(document.gold, indent=1), encoding="utf-8")
        count += 1
    return count
