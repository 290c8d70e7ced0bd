"""What each page shows, as plain data: the JSON twins return exactly this, the HTML pages
render it. Every item that states a tie carries the claim id and sentence behind it."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from linkchart.analyze.graph import when_label
from linkchart.analyze.views import graph_payload, timeline
from linkchart.corpus import Corpus
from linkchart.resolve.gazetteer import coordinates

__all__ = [
    "ANALYSES",
    "analysis",
    "claim_evidence",
    "document_view",
    "graph_payload",
    "map_payload",
    "timeline",
]


def _segments(text: str, marks: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """The text cut into plain and marked runs (marks may not overlap; later ones are dropped)."""
    runs, at = [], 0
    for start, end, role in sorted(marks):
        if start < at or end <= start:
            continue
        if start > at:
            runs.append({"text": text[at:start], "role": None})
        runs.append({"text": text[start:end], "role": role})
        at = end
    if at < len(text):
        runs.append({"text": text[at:], "role": None})
    return runs


def claim_evidence(corpus: Corpus, claim_id: str) -> dict[str, Any] | None:
    """A claim with its sentence and document, the trigger and both actors marked; a rejected
    claim too, marked as such, so that its verdict can be seen and cleared."""
    rows = corpus.store.query(
        """SELECT c.id, c.predicate, c.hedge, c.negated, c.attributed_to, c.kind, c.time_start, c.time_end,
                  c.time_precision, c.time_source, c.extractor, c.confidence, c.verdict, c.doc_id,
                  c.current_subject AS subject_id, c.current_object AS object_id, sa.name AS subject,
                  oa.name AS object, d.name AS doc, d.title, d.path, d.publisher, d.date, d.text AS document,
                  s.start AS sentence_start, s.end AS sentence_end
           FROM judged_claims c JOIN current_actors sa ON sa.id = c.current_subject
           JOIN current_actors oa ON oa.id = c.current_object JOIN documents d ON d.id = c.doc_id
           JOIN sentences s ON s.id = c.sentence_id WHERE c.id = ?""",
        (claim_id,),
    )
    if not rows:
        return None
    claim = dict(rows[0])
    claim["when"] = when_label(claim)
    text = claim.pop("document")
    evidence = corpus.store.query("SELECT role, start, end, text FROM evidence WHERE claim_id = ?", (claim_id,))
    marks = [(e["start"], e["end"], e["role"]) for e in evidence if e["role"] != "sentence"]
    start, end = claim["sentence_start"], claim["sentence_end"]
    claim["evidence"] = [dict(e) for e in evidence]
    claim["sentence"] = _segments(
        text[start:end], [(s - start, e - start, r) for s, e, r in marks if start <= s and e <= end]
    )
    claim["context"] = {"before": text[max(0, start - 400) : start], "after": text[end : end + 400]}
    return claim


def document_view(corpus: Corpus, doc_id: str, sentence: str | None = None) -> dict[str, Any] | None:
    """A document with every actor mention marked and linked to its actor, cut into parts: the
    sentence `sentence` names (a search hit) is a part of its own, marked as the focus."""
    rows = corpus.store.query(
        "SELECT id, name, title, path, date, publisher, media_type, text FROM documents WHERE id = ?", (doc_id,)
    )
    if not rows:
        return None
    document = dict(rows[0])
    text = document.pop("text")
    mentions = corpus.store.query(
        "SELECT start, end, actor FROM current_mentions WHERE doc_id = ? ORDER BY start", (doc_id,)
    )
    focus = corpus.store.query("SELECT start, end FROM sentences WHERE id = ? AND doc_id = ?", (sentence, doc_id))
    cuts = [0, focus[0]["start"], focus[0]["end"], len(text)] if focus else [0, len(text)]
    document["focus"] = sentence if focus else None
    document["parts"] = [
        {
            "focus": bool(focus) and i == 1,
            "segments": _segments(
                text[start:end],
                [
                    (m["start"] - start, m["end"] - start, m["actor"])
                    for m in mentions
                    if start <= m["start"] and m["end"] <= end
                ],
            ),
        }
        for i, (start, end) in enumerate(itertools.pairwise(cuts))
    ]
    return document


def map_payload(corpus: Corpus) -> dict[str, Any]:
    """Places actors operate in or are based in, with coordinates and the claims behind each."""
    graph = corpus.graph()
    places: dict[str, dict[str, Any]] = {}
    for u, v, data in graph.edges(data=True):
        if data["class"] != "location":
            continue
        name = graph.nodes[v]["name"]
        point = coordinates(name)
        if point is None:
            continue
        place = places.setdefault(
            v, {"id": v, "name": name, "lat": point[0], "lon": point[1], "country": point[2], "actors": []}
        )
        place["actors"].append(
            {"id": u, "name": graph.nodes[u]["name"], "predicate": data["predicate"], "claim": data["id"]}
        )
    return {"places": sorted(places.values(), key=lambda p: p["name"])}


# The CLI's analyses, run by the same `Corpus` methods: name -> what the page shows.
ANALYSES: dict[str, Callable[[Corpus, str | None], dict[str, Any]]] = {
    "key-actors": lambda corpus, as_of: {"rows": corpus.key_actors(top=50, as_of=as_of)},
    "brokers": lambda corpus, as_of: {"rows": corpus.brokers(as_of=as_of, top=50)},
    "balance": lambda corpus, as_of: corpus.balance(as_of),
    "communities": lambda corpus, as_of: {"communities": corpus.communities(as_of)},
    "sources": lambda corpus, as_of: corpus.sources(),
    "diff": lambda corpus, as_of: _diff(corpus, as_of),
}


def _diff(corpus: Corpus, period: str | None) -> dict[str, Any]:
    """What changed between the two ends of a period ("1995/2008"), as `linkchart diff` says it."""
    if not period or "/" not in period:
        return {"from": None, "to": None, "appeared": [], "ended": [], "sign_changed": []}
    before, after = period.split("/", 1)
    return corpus.diff(before, after)


def analysis(corpus: Corpus, measure: str, as_of: str | None = None) -> dict[str, Any] | None:
    """One analysis as the CLI's `--json` gives it (key actors, brokers, balance, communities,
    sources), over a period where `as_of` names one ("2008", "1995/2008"); None where there is
    no such analysis."""
    if measure not in ANALYSES:
        return None
    return {"measure": measure, "as_of": as_of, "analyses": list(ANALYSES), **ANALYSES[measure](corpus, as_of)}
