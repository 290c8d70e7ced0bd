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
from linkchart.errors import NotFound
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

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse({"detail": str(exc.args[0])}, status_code=404)

    PageData = Callable[[Corpus, Request], dict[str, Any] | None]

    def twin(
        path: str, template: str, title: Callable[[dict[str, Any]], str], json_path: str | None = None
    ) -> Callable[[PageData], PageData]:
        """Register an HTML page at `path` and its JSON twin at `path + ".json"`, both built by
        one function of the store and the request (None means 404)."""

        def register(build: PageData) -> PageData:
            def payload(request: Request) -> dict[str, Any]:
                with Corpus(db) as corpus:
                    result = build(corpus, request)
                if result is None:
                    raise HTTPException(status_code=404, detail=f"nothing at {request.url.path}")
                return result

            async def as_json(request: Request) -> JSONResponse:
                return JSONResponse(payload(request))

            async def as_html(request: Request) -> HTMLResponse:
                result = payload(request)
                return templates.TemplateResponse(request, template, {"data": result, "title": title(result)})

            # The twin first: "/actors/x.json" must not be taken for the actor "x.json".
            app.add_api_route(json_path or path + ".json", as_json, methods=["GET"])
            app.add_api_route(path, as_html, methods=["GET"], response_class=HTMLResponse)
            return build

        return register

    def listed(request: Request, name: str) -> list[str] | None:
        return [v for v in request.query_params.getlist(name) if v] or None

    @twin("/", "index.html", lambda _: "linkchart", json_path="/index.json")
    def home(corpus: Corpus, request: Request) -> dict[str, Any]:
        return api.summary(db, top=15)

    @twin("/search", "search.html", lambda d: f"Search: {d['query']}")
    def search(corpus: Corpus, request: Request) -> dict[str, Any]:
        return data.search(corpus, request.query_params.get("q", ""))

    @twin("/actors/{actor_id}", "actor.html", lambda d: str(d["name"]))
    def actor(corpus: Corpus, request: Request) -> dict[str, Any]:
        return corpus.profile(request.path_params["actor_id"])

    @twin("/graph", "graph.html", lambda _: "Network")
    def graph(corpus: Corpus, request: Request) -> dict[str, Any]:
        if not request.url.path.endswith(".json"):
            return {}  # the page draws itself from its twin, with the filters the user picks
        return data.graph_payload(
            corpus, request.query_params.get("as_of") or None, listed(request, "class"), listed(request, "hedge")
        )

    @twin("/claims/{claim_id}", "claim.html", lambda d: f"{d['subject']} {d['predicate']} {d['object']}")
    def claim(corpus: Corpus, request: Request) -> dict[str, Any] | None:
        return data.claim_evidence(corpus, request.path_params["claim_id"])

    @twin("/documents/{doc_id}", "document.html", lambda d: str(d["title"] or d["name"]))
    def document(corpus: Corpus, request: Request) -> dict[str, Any] | None:
        return data.document_view(corpus, request.path_params["doc_id"])

    @twin("/timeline", "timeline.html", lambda _: "Timeline")
    def timeline(corpus: Corpus, request: Request) -> dict[str, Any]:
        return data.timeline(corpus, request.query_params.get("actor") or None)

    @twin("/map", "map.html", lambda _: "Map")
    def map_page(corpus: Corpus, request: Request) -> dict[str, Any]:
        return data.map_payload(corpus)

    def same_origin(request: Request) -> None:
        origin = request.headers.get("origin") or request.headers.get("referer") or ""
        host = request.headers.get("host", "")
        if not origin.split("//", 1)[-1].startswith(host):
            raise HTTPException(status_code=403, detail="curation must come from this app's pages")

    def curated(request: Request, kind: str, target: str, payload: dict[str, Any], back: str) -> Response:
        same_origin(request)
        result = api.curate(db, kind, target, payload, author)
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
