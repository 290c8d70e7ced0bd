"""Where each gold claim stands for the relation model: what bounds its recall (#18).

The classifier reads candidate pairs (`learned.pairs.candidates`): two actors both named in one
sentence. Each required gold claim of a corpus falls in one of four places:

- `pair`: a candidate pair of its sentence joins its two actors (the classifier can read it);
- `one named`: both actors are found in the document, but only one is named in the claim's
  sentence (the other by a pronoun, a description, the page's subject, or not at all);
- `none named`: both are found, neither is named in its sentence (or no sentence holds its
  evidence);
- `actor missing`: an actor of it is never found, or never tied to the gold's name.

A perfect classifier would find the first share; the rules reach some of the others through
references. Documents are read as `make train` reads them (`learned.dataset`), the synthetic
fold with the recognizer trained without it. Run:

    .venv/bin/python bench/reach.py                    # the held-out fold and web/dev
    .venv/bin/python bench/reach.py mmp/test
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from linkchart.extract.extractors import RULE_EXTRACTORS, build
from linkchart.extract.learned.dataset import gold_documents
from linkchart.extract.learned.labels import GoldIndex, quotes
from linkchart.extract.learned.model import RECOGNIZER, recognizer_folder
from linkchart.extract.learned.pairs import candidates
from linkchart.extract.learned.train import FOLD, held_out
from linkchart.extract.nlp.parse import load_pipeline, parse_documents
from linkchart.extract.pipeline import analyse
from linkchart.ingest.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PLACES = ("pair", "one named", "none named", "actor missing")


def _documents(corpus: str) -> tuple[list[Path], Path | None]:
    """The corpus's gold documents, and the recognizer to read them with."""
    if corpus == "synthetic/fold":
        return [p for p in gold_documents([SHARED / "train" / "synthetic"]) if held_out(p.stem)], FOLD / RECOGNIZER
    return gold_documents([SHARED / "eval" / corpus]), recognizer_folder()


def _place(
    claim: dict[str, Any],
    found: set[str],
    pairs: set[tuple[int, str, str]],
    named: dict[int, set[str]],
    texts: list[str],
) -> str:
    """Where one gold claim stands (`pairs`: sentence and two gold entities; `named`: sentence
    -> the gold entities named in it; `texts`: each sentence's text)."""
    ends = claim["s"], claim["o"]
    if not set(ends) <= found:
        return "actor missing"
    sentences = [s for s in named if quotes(claim.get("evidence", ""), texts[s])]
    if any((s, *ends) in pairs or (s, *ends[::-1]) in pairs for s in sentences):
        return "pair"
    here = set().union(*(named[s] for s in sentences)) if sentences else set()
    return "one named" if here & set(ends) else "none named"


def reach(corpus: str) -> Counter[str]:
    """How many of the corpus's required gold claims stand in each place."""
    paths, recognizer = _documents(corpus)
    nlp, rules = load_pipeline(recognizer), build(RULE_EXTRACTORS)
    documents = [read_document(p) for p in paths]
    places: Counter[str] = Counter()
    for path, document, paragraphs in zip(paths, documents, parse_documents(nlp, documents, 32), strict=True):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        if isinstance(paragraphs, Exception):
            places["actor missing"] += sum(not c.get("optional") for c in gold["claims"])
            continue
        parsed, clusters, _ = analyse(document, paragraphs, rules)
        entities = GoldIndex(gold).entities(parsed)
        texts = [sentence.text for sentence in parsed.sentences]
        named: dict[int, set[str]] = {}
        for mention in parsed.mentions:
            if mention.cluster in entities:
                named.setdefault(mention.sentence, set()).add(entities[mention.cluster])
        pairs = {
            (c.first.sentence, entities[c.first.cluster], entities[c.second.cluster])
            for c in candidates(parsed, clusters)
            if c.first.cluster in entities and c.second.cluster in entities
        }
        for claim in gold["claims"]:
            if not claim.get("optional"):
                places[_place(claim, set(entities.values()), pairs, named, texts)] += 1
    return places


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", default=["synthetic/fold", "web/dev"])
    for corpus in parser.parse_args().corpora:
        places = reach(corpus)
        total = sum(places.values())
        shares = "  ".join(f"{p} {places[p]} ({places[p] / max(total, 1):.0%})" for p in PLACES)
        print(f"{corpus:15} {total} gold claims: {shares}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
