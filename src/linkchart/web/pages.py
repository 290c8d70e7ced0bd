"""The workbench's pages: each is one function of the store and the request, served as HTML at
its path and as JSON at the same path + `.json` (datasette's twins)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates

from linkchart import api
from linkchart.corpus import Corpus
from linkchart.web import data

__all__ = ["PAGES", "Page", "register_pages"]

Build = Callable[[Corpus, Request], dict[str, Any] | None]


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    title: Callable[[dict[str, Any]], str]
    build: Build
    json_path: str | None = None  # default: path + ".json"


def _listed(request: Request, name: str) -> list[str] | None:
    return [v for v in request.query_params.getlist(name) if v] or None


def _home(corpus: Corpus, request: Request) -> dict[str, Any]:
    return api.summary(corpus.store.path, top=15)


def _graph(corpus: Corpus, request: Request) -> dict[str, Any]:
    if not request.url.path.endswith(".json"):
        return {}  # the page draws itself from its twin, with the filters the user picks
    query = request.query_params
    return data.graph_payload(corpus, query.get("as_of") or None, _listed(request, "class"), _listed(request, "hedge"))


PAGES = (
    Page("/", "index.html", lambda _: "linkchart", _home, json_path="/index.json"),
    Page(
        "/search",
        "search.html",
        lambda d: f"Search: {d['query']}",
        lambda corpus, request: data.search(corpus, request.query_params.get("q", "")),
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
        lambda corpus, request: data.document_view(corpus, request.path_params["doc_id"]),
    ),
    Page(
        "/timeline",
        "timeline.html",
        lambda _: "Timeline",
        lambda corpus, request: data.timeline(corpus, request.query_params.get("actor") or None),
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


def register_pages(app: FastAPI, db: str | Path, templates: Jinja2Templates) -> None:
    """Add every page of `PAGES` and its JSON twin to `app`."""
    for page in PAGES:
        _register(app, db, templates, page)


def _register(app: FastAPI, db: str | Path, templates: Jinja2Templates, page: Page) -> None:
    def payload(request: Request) -> dict[str, Any]:
        with Corpus(db) as corpus:
            result = page.build(corpus, request)
        if result is None:
            raise HTTPException(status_code=404, detail=f"nothing at {request.url.path}")
        return result

    async def as_json(request: Request) -> JSONResponse:
        return JSONResponse(payload(request))

    async def as_html(request: Request) -> HTMLResponse:
        result = payload(request)
        context = {"data": result, "title": page.title(result), "csrf": request.state.csrf}
        return templates.TemplateResponse(request, page.template, context)

    # The twin first: "/actors/x.json" must not be taken for the actor "x.json".
    app.add_api_route(page.json_path or page.path + ".json", as_json, methods=["GET"])
    app.add_api_route(page.path, as_html, methods=["GET"], response_class=HTMLResponse)
