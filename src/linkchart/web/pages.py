"""The workbench's pages: each is one function of the store and the request, served as HTML at
its path and as JSON at the same path + `.json` (datasette's twins)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates

from linkchart import api
from linkchart.corpus import Corpus
from linkchart.store import derived
from linkchart.store.charts import charts
from linkchart.store.curation import judgment_records
from linkchart.web import data
from linkchart.web.charts import scope_of
from linkchart.web.search import search

__all__ = ["PAGES", "Page", "register_pages"]

_JUDGMENTS = 500  # the newest shown; `linkchart judgments list` gives them all
Build = Callable[[Corpus, Request], dict[str, Any] | None]


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    title: Callable[[dict[str, Any]], str]
    build: Build
    json_path: str | None = None  # default: path + ".json"


def _page(request: Request) -> int:
    """The page number a list is asked for (from 1); anything else is the first."""
    value = request.query_params.get("page", "1")
    return int(value) if value.isdigit() and 0 < int(value) < 100_000 else 1


def _home(corpus: Corpus, request: Request) -> dict[str, Any]:
    return api.summary(corpus.store.path, top=15)


def _graph(corpus: Corpus, request: Request) -> dict[str, Any]:
    if not request.url.path.endswith(".json"):
        # the page draws itself from its twin, with the view and filters the user picks
        return {"charts": charts(corpus.store), "query": dict(request.query_params)}
    return data.graph_payload(corpus, scope_of(corpus, request.query_params))


PAGES = (
    Page("/", "index.html", lambda _: "linkchart", _home, json_path="/index.json"),
    Page(
        "/search",
        "search.html",
        lambda d: f"Search: {d['query']}",
        lambda corpus, request: search(
            corpus,
            request.query_params.get("q", ""),
            _page(request),
            {name: request.query_params.get(name) for name in ("type", "publisher", "predicate")},
        ),
    ),
    Page(
        "/actors/{actor_id}",
        "actor.html",
        lambda d: str(d["name"]),
        lambda corpus, request: corpus.profile(request.path_params["actor_id"]),
    ),
    Page("/graph", "graph.html", lambda _: "Network", _graph),
    Page(
        "/claims/{claim_id}",
        "claim.html",
        lambda d: f"{d['subject']} {d['predicate']} {d['object']}",
        lambda corpus, request: data.claim_evidence(corpus, request.path_params["claim_id"]),
    ),
    Page(
        "/documents/{doc_id}",
        "document.html",
        lambda d: str(d["title"] or d["name"]),
        lambda corpus, request: data.document_view(
            corpus, request.path_params["doc_id"], request.query_params.get("sentence")
        ),
    ),
    Page(
        "/timeline",
        "timeline.html",
        lambda _: "Timeline",
        lambda corpus, request: data.timeline(corpus, request.query_params.get("actor") or None, _page(request)),
    ),
    Page(
        "/curation",
        "curation.html",
        lambda _: "Curation",
        lambda corpus, request: {
            "orphaned": judgment_records(corpus.store, orphaned=True),
            "judgments": judgment_records(corpus.store)[:_JUDGMENTS],
        },
    ),
    Page("/map", "map.html", lambda _: "Map", lambda corpus, request: data.map_payload(corpus)),
    Page(
        "/analysis/{measure}",
        "analysis.html",
        lambda d: f"Analysis: {d['measure']}",
        lambda corpus, request: data.analysis(
            corpus, request.path_params["measure"], request.query_params.get("as_of") or None
        ),
    ),
)


class Answers:
    """The last `size` pages built, each kept while the store's version (`derived.version`) is
    the one it was built from: a page many readers ask for is built once per change."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self.kept: OrderedDict[tuple[str, ...], tuple[str, dict[str, Any]]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[str, ...], version: str) -> dict[str, Any] | None:
        with self.lock:
            found = self.kept.get(key)
            if found is None or found[0] != version:
                return None
            self.kept.move_to_end(key)
            return found[1]

    def put(self, key: tuple[str, ...], version: str, result: dict[str, Any]) -> None:
        with self.lock:
            self.kept[key] = (version, result)
            self.kept.move_to_end(key)
            while len(self.kept) > self.size:
                self.kept.popitem(last=False)


def register_pages(app: FastAPI, db: str | Path, templates: Jinja2Templates) -> None:
    """Add every page of `PAGES` and its JSON twin to `app`, sharing one cache of answers."""
    answers = Answers()
    for page in PAGES:
        _register(app, db, templates, page, answers)


def _register(app: FastAPI, db: str | Path, templates: Jinja2Templates, page: Page, answers: Answers) -> None:
    def payload(request: Request) -> dict[str, Any]:
        twin = request.url.path.endswith(".json")  # the graph page itself and its twin differ
        key = (page.path, str(twin), *map(str, request.path_params.values()), str(request.query_params))
        with Corpus(db) as corpus:
            version = derived.version(corpus.store.conn)
            result = answers.get(key, version)
            if result is None:
                result = page.build(corpus, request)
                if result is not None:
                    answers.put(key, version, result)
        if result is None:
            raise HTTPException(status_code=404, detail=f"nothing at {request.url.path}")
        return result

    # Plain functions, not coroutines: Starlette runs each in its thread pool with its own
    # connection (SQLite in WAL lets readers run side by side), so a slow page never holds up
    # another request or a static file.
    def as_json(request: Request) -> JSONResponse:
        return JSONResponse(payload(request))

    def as_html(request: Request) -> HTMLResponse:
        result = payload(request)
        context = {"data": result, "title": page.title(result), "csrf": request.state.csrf}
        return templates.TemplateResponse(request, page.template, context)

    # The twin first: "/actors/x.json" must not be taken for the actor "x.json".
    app.add_api_route(page.json_path or page.path + ".json", as_json, methods=["GET"])
    app.add_api_route(page.path, as_html, methods=["GET"], response_class=HTMLResponse)
