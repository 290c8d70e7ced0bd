"""Time to resolve 100,000 mentions: in-document clustering (known aliases, names, acronyms,
surnames, close spellings) over synthetic documents, then the cross-document close-call pass
over every actor found. Printed beside the simplest baseline measured in the same run:
grouping the same mentions by their normalised name alone. Run:

    .venv/bin/python bench/resolve_scale.py                 # 100k mentions in 2,000 documents
    .venv/bin/python bench/resolve_scale.py --mentions 20000
"""

from __future__ import annotations

import argparse
import random
import time

from linkchart.model import Mention
from linkchart.resolve.candidates import close_calls
from linkchart.resolve.cluster import cluster_mentions
from linkchart.resolve.names import name_key

GIVEN = [
    "Abdul",
    "Ahmad",
    "Mohammad",
    "Jalal",
    "Siraj",
    "Gulbuddin",
    "Yunus",
    "Hakim",
    "Baitullah",
    "Omar",
    "Nasir",
    "Rahim",
    "Karim",
    "Aziz",
    "Hamid",
    "Rashid",
    "Tariq",
    "Bashir",
    "Faisal",
    "Khalid",
]
FAMILY = [
    "Haqqani",
    "Hekmatyar",
    "Khalis",
    "Mehsud",
    "Zadran",
    "Wazir",
    "Noorzai",
    "Achakzai",
    "Popalzai",
    "Durrani",
    "Ghilzai",
    "Afridi",
    "Yusufzai",
    "Shinwari",
    "Mohmand",
    "Orakzai",
    "Bangash",
    "Khattak",
    "Marwat",
    "Bhittani",
]
GROUPS = ["Front", "Movement", "Brigade", "Council", "Army", "Network", "Party", "Union"]


def _variant(name: str, rng: random.Random) -> str:
    """A plausible misspelling: one letter doubled, dropped or swapped for a near one."""
    i = rng.randrange(1, len(name))
    choice = rng.random()
    if choice < 0.3:
        return name[:i] + name[i - 1] + name[i:]
    if choice < 0.6:
        return name[:i] + name[i + 1 :]
    return name[:i] + {"e": "i", "i": "e", "u": "o", "o": "u", "k": "c", "c": "k"}.get(name[i], name[i]) + name[i + 1 :]


def synthetic_documents(mentions: int, per_document: int, seed: int = 3) -> list[tuple[list[Mention], str]]:
    rng = random.Random(seed)
    people = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    groups = [f"{f} {g}" for f in FAMILY for g in GROUPS]
    documents = []
    for start in range(0, mentions, per_document):
        found: list[Mention] = []
        for i in range(min(per_document, mentions - start)):
            if rng.random() < 0.5:
                full = rng.choice(people)
                text = full if rng.random() < 0.5 else rng.choice([full.split()[-1], _variant(full, rng)])
                kind = "person"
            else:
                text, kind = rng.choice(groups), "organization"
            found.append(
                Mention(i, i // 5, i * 40, i * 40 + len(text), text, kind, "PERSON" if kind == "person" else "ORG")
            )  # type: ignore[arg-type]
        documents.append((found, " " * (per_document * 40 + 40)))
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--per-document", type=int, default=50)
    args = parser.parse_args()
    documents = synthetic_documents(args.mentions, args.per_document)

    started = time.perf_counter()
    keys = {(m.type, name_key(m.text)) for found, _ in documents for m in found}
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    actors: dict[tuple[str, str], str] = {}
    for found, text in documents:
        for cluster in cluster_mentions(found, text):
            actors.setdefault((cluster.type, name_key(cluster.name)), cluster.name)
    in_document = time.perf_counter() - started
    started = time.perf_counter()
    calls = close_calls((f"{t}:{k}", name, t) for (t, k), name in actors.items())
    across = time.perf_counter() - started

    total = in_document + across
    print(f"{args.mentions:,} mentions in {len(documents):,} documents")
    print(f"baseline (group by normalised name): {baseline:6.2f}s  {len(keys):,} actors")
    print(f"linkchart in-document resolution:    {in_document:6.2f}s  {len(actors):,} actors")
    print(f"linkchart cross-document close calls: {across:5.2f}s  {len(calls):,} pairs to review")
    print(f"total {total:.2f}s ({total / baseline:.0f}x the baseline; target: under 60s)")


if __name__ == "__main__":
    main()
