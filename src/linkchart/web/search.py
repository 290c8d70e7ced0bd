"""Search: actors by name or alias, and sentences by their words (SQLite FTS5), each sentence
with a highlighted snippet and a link to itself in its document; facets by actor type, by the
predicates claimed in the matching sentences and by publisher, each a filter; pages of `PAGE`."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from linkchart.corpus import Corpus

__all__ = ["PAGE", "search"]

PAGE = 25
_SCANNED = 2000  # sentence hits counted for the facets: enough to show their shape, bounded in time
_WORD = re.compile(r"\w+", re.UNICODE)
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks around FTS5's hits, cut out before display


def search(corpus: Corpus, query: str, page: int = 1, filters: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Actors and sentences matching `query`, page `page` (from 1) of each, narrowed by the
    filters named (`type` for actors, `publisher` and `predicate` for sentences)."""
    chosen = {k: v for k, v in (filters or {}).items() if v}
    words = _WORD.findall(query)
    result: dict[str, Any] = {"query": query, "page": page, "filters": chosen, "page_size": PAGE}
    if not words:
        return result | {"actors": [], "sentences": [], "facets": {}, "previous": None, "next": None}
    offset = (max(page, 1) - 1) * PAGE
    actors, types = _actors(corpus, query, chosen.get("type"), offset)
    sentences, publishers, predicates = _sentences(corpus, words, chosen, offset)
    counts = {"type": types, "predicate": predicates, "publisher": publishers}
    more = len(actors) > PAGE or len(sentences) > PAGE
    return result | {
        "actors": actors[:PAGE],
        "sentences": sentences[:PAGE],
        "facets": {name: _facet(query, chosen, name, values) for name, values in counts.items()},
        "previous": _href(query, chosen, page=page - 1) if page > 1 else None,
        "next": _href(query, chosen, page=page + 1) if more else None,
    }


def _href(query: str, chosen: dict[str, str], **changed: Any) -> str:
    """This search's address with some filters (or the page) changed; None removes one."""
    params = {"q": query, **chosen, **changed}
    return "/search?" + urlencode({k: v for k, v in params.items() if v not in (None, 1)})


def _facet(query: str, chosen: dict[str, str], name: str, counts: dict[str, int]) -> list[dict[str, Any]]:
    """Each value with its count and the address that picks it (or, where it is picked, clears it)."""
    return [
        {
            "value": value,
            "count": count,
            "chosen": chosen.get(name) == value,
            "href": _href(query, chosen, **{name: None if chosen.get(name) == value else value}),
        }
        for value, count in counts.items()
    ]


def _actors(corpus: Corpus, query: str, kind: str | None, offset: int) -> tuple[list[dict[str, Any]], dict[str, int]]:
    like = f"%{query.strip().lower()}%"
    rows = corpus.store.query(
        """WITH hits AS (
               SELECT id AS actor FROM current_actors WHERE lower(name) LIKE :like
               UNION SELECT COALESCE(a.merged_into, a.id) FROM aliases x JOIN actors a ON a.id = x.actor_id
               WHERE lower(x.alias) LIKE :like)
           SELECT a.id, a.name, a.type, COALESCE(s.claims, 0) AS claims FROM hits h
           JOIN current_actors a ON a.id = h.actor LEFT JOIN actor_stats s ON s.actor = a.id
           ORDER BY claims DESC, a.name""",
        {"like": like},
    )
    types: dict[str, int] = {}
    for row in rows:
        types[row["type"]] = types.get(row["type"], 0) + 1
    kept = [dict(r) for r in rows if kind is None or r["type"] == kind]
    return kept[offset : offset + PAGE + 1], types


def _sentences(
    corpus: Corpus, words: list[str], chosen: dict[str, str], offset: int
) -> tuple[list[dict[str, Any]], dict[str, int], dict[str, int]]:
    match = " ".join('"' + w.replace('"', "") + '"' for w in words)  # each word a quoted FTS5 term
    rows = corpus.store.query(
        f"""SELECT s.id, s.text, s.doc_id, d.name AS doc, d.title, COALESCE(d.publisher, d.name) AS publisher,
                   snippet(sentences_fts, 0, '{_OPEN}', '{_CLOSE}', '…', 40) AS snippet,
                   (SELECT GROUP_CONCAT(DISTINCT c.predicate) FROM claims c JOIN claim_ends e ON e.claim_id = c.id
                    WHERE c.sentence_id = s.id AND e.negated = 0) AS predicates
            FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid JOIN documents d ON d.id = s.doc_id
            WHERE sentences_fts MATCH ? AND d.replaced_by IS NULL ORDER BY rank LIMIT ?""",
        (match, _SCANNED),
    )
    publishers: dict[str, int] = {}
    predicates: dict[str, int] = {}
    kept = []
    for row in rows:
        said = (row["predicates"] or "").split(",") if row["predicates"] else []
        publishers[row["publisher"]] = publishers.get(row["publisher"], 0) + 1
        for predicate in said:
            predicates[predicate] = predicates.get(predicate, 0) + 1
        if chosen.get("publisher") not in (None, row["publisher"]) or chosen.get("predicate") not in (None, *said):
            continue
        kept.append({**dict(row), "predicates": said, "snippet": _runs(row["snippet"])})
    return kept[offset : offset + PAGE + 1], _top(publishers), _top(predicates)


def _runs(snippet: str) -> list[dict[str, Any]]:
    """A snippet cut into runs, each plain or a hit, so that the page marks hits without markup."""
    runs = []
    for i, part in enumerate(re.split(f"[{_OPEN}{_CLOSE}]", snippet)):
        if part:
            runs.append({"text": part, "hit": i % 2 == 1})
    return runs


def _top(counts: dict[str, int], most: int = 20) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:most])
