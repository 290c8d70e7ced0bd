"""The workbench app: HTML pages for people and a JSON twin of each (same path + `.json`).

Documents are untrusted: every text goes through Jinja's autoescaping, no page carries inline
script, and a strict Content-Security-Policy forbids any other script, so markup inside a report
can never run. Curation posts must come from the app's own pages (same-origin check)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from linkchart import api
from linkchart.corpus import Corpus
from linkchart.resolve.lookup import NotFound
from linkchart.web import data

__all__ = ["CSP", "create_app"]

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def create_app(db: str | Path, author: str = "web") -> FastAPI:
    """The app over one store. `author` is recorded on judgments made in the browser."""
    app = FastAPI(title="linkchart", docs_url=None, redoc_url=None, openapi_url=None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescapes .html
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"  # "no-referrer" would send Origin: null on our own posts
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def corpus() -> Corpus:
        return Corpus(db)

    def page(request: Request, template: str, payload: dict[str, Any], title: str) -> HTMLResponse:
        return templates.TemplateResponse(request, template, {"data": payload, "title": title})

    def found(payload: dict[str, Any] | None, what: str) -> dict[str, Any]:
        if payload is None:
            raise HTTPException(status_code=404, detail=f"no such {what}")
        return payload

    def home_data() -> dict[str, Any]:
        return api.summary(db, top=15)

    def actor_data(actor_id: str) -> dict[str, Any]:
        with corpus() as c:
            try:
                return c.profile(actor_id)
            except NotFound as exc:
                raise HTTPException(status_code=404, detail=str(exc.args[0])) from exc

    def listing(request: Request) -> dict[str, Any]:
        params = request.query_params
        classes = [c for c in params.getlist("class") if c]
        hedges = [h for h in params.getlist("hedge") if h]
        with corpus() as c:
            return data.graph_payload(c, params.get("as_of") or None, classes or None, hedges or None)

    # JSON twins first: "/actors/x.json" must not be taken for the actor "x.json".
    @app.get("/index.json")
    def home_json() -> JSONResponse:
        return JSONResponse(home_data())

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        return page(request, "index.html", home_data(), "linkchart")

    @app.get("/search.json")
    def search_json(q: str = "") -> JSONResponse:
        with corpus() as c:
            return JSONResponse(data.search(c, q))

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "") -> HTMLResponse:
        with corpus() as c:
            return page(request, "search.html", data.search(c, q), f"Search: {q}")

    @app.get("/actors/{actor_id}.json")
    def actor_json(actor_id: str) -> JSONResponse:
        return JSONResponse(actor_data(actor_id))

    @app.get("/actors/{actor_id}", response_class=HTMLResponse)
    def actor(request: Request, actor_id: str) -> HTMLResponse:
        profile = actor_data(actor_id)
        return page(request, "actor.html", profile, profile["name"])

    @app.get("/graph.json")
    def graph_json(request: Request) -> JSONResponse:
        return JSONResponse(listing(request))

    @app.get("/graph", response_class=HTMLResponse)
    def graph(request: Request) -> HTMLResponse:
        return page(request, "graph.html", {"query": str(request.url.query)}, "Network")

    @app.get("/claims/{claim_id}.json")
    def claim_json(claim_id: str) -> JSONResponse:
        with corpus() as c:
            return JSONResponse(found(data.claim_evidence(c, claim_id), "claim"))

    @app.get("/claims/{claim_id}", response_class=HTMLResponse)
    def claim(request: Request, claim_id: str) -> HTMLResponse:
        with corpus() as c:
            evidence = found(data.claim_evidence(c, claim_id), "claim")
        return page(
            request, "claim.html", evidence, f"{evidence['subject']} {evidence['predicate']} {evidence['object']}"
        )

    @app.get("/documents/{doc_id}.json")
    def document_json(doc_id: str) -> JSONResponse:
        with corpus() as c:
            return JSONResponse(found(data.document_view(c, doc_id), "document"))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str) -> HTMLResponse:
        with corpus() as c:
            view = found(data.document_view(c, doc_id), "document")
        return page(request, "document.html", view, view["title"] or view["name"])

    @app.get("/timeline.json")
    def timeline_json(actor: str | None = None) -> JSONResponse:
        with corpus() as c:
            try:
                return JSONResponse(data.timeline(c, actor))
            except NotFound as exc:
                raise HTTPException(status_code=404, detail=str(exc.args[0])) from exc

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request, actor: str | None = None) -> HTMLResponse:
        with corpus() as c:
            try:
                payload = data.timeline(c, actor)
            except NotFound as exc:
                raise HTTPException(status_code=404, detail=str(exc.args[0])) from exc
        return page(request, "timeline.html", payload, "Timeline")

    @app.get("/map.json")
    def map_json() -> JSONResponse:
        with corpus() as c:
            return JSONResponse(data.map_payload(c))

    @app.get("/map", response_class=HTMLResponse)
    def map_page(request: Request) -> HTMLResponse:
        with corpus() as c:
            return page(request, "map.html", data.map_payload(c), "Map")

    def same_origin(request: Request) -> None:
        origin = request.headers.get("origin") or request.headers.get("referer") or ""
        host = request.headers.get("host", "")
        if not origin.split("//", 1)[-1].startswith(host):
            raise HTTPException(status_code=403, detail="curation must come from this app's pages")

    def curated(request: Request, kind: str, target: str, payload: dict[str, Any], back: str) -> Response:
        same_origin(request)
        try:
            result = api.curate(db, kind, target, payload, author)
        except NotFound as exc:
            raise HTTPException(status_code=404, detail=str(exc.args[0])) from exc
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse(result)
        return RedirectResponse(back, status_code=303)

    @app.post("/curate/verdict")
    def verdict(request: Request, claim: str = Form(...), decision: str = Form(...)) -> Response:
        if decision not in ("accept", "reject", "clear"):
            raise HTTPException(status_code=400, detail="decision is accept, reject or clear")
        return curated(
            request, "verdict", claim, {"verdict": decision}, f"/claims/{claim}" if decision != "reject" else "/graph"
        )

    @app.post("/curate/merge")
    def merge(request: Request, actor: str = Form(...), into: str = Form(...)) -> Response:
        return curated(request, "merge", actor, {"into": into}, "/")

    @app.post("/curate/split")
    def split(request: Request, actor: str = Form(...), alias: str = Form(...)) -> Response:
        return curated(request, "split", actor, {"alias": alias, "name": None, "undo": False}, "/")

    return app
