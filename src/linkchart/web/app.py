"""The workbench app: HTML pages for people and a JSON twin of each (same path + `.json`).

Documents are untrusted: every text goes through Jinja's autoescaping, no page carries inline
script, and a strict Content-Security-Policy forbids any other, so markup inside a report can
never run. Requests must name a host this app answers to, and curation posts must come from
the app's own pages with the session's CSRF token (`web.security`). Errors are pages for
people and JSON for the twins."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from linkchart import api
from linkchart.errors import InvalidInput, LinkchartError
from linkchart.store import Store
from linkchart.store.charts import chart, charts, save_chart
from linkchart.web.pages import register_pages
from linkchart.web.security import CSRF_COOKIE, Guard

__all__ = ["CSP", "create_app"]

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
MAX_PATH, MAX_QUERY = 1024, 4096  # characters
_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # "no-referrer" would send Origin: null on our own posts
    "X-Frame-Options": "DENY",
}


def create_app(db: str | Path, author: str = "web", allowed_hosts: Iterable[str] = ()) -> FastAPI:
    """The app over one store. `author` is recorded on judgments made in the browser;
    `allowed_hosts` are the names it answers to besides the loopback ones."""
    app = FastAPI(title="linkchart", docs_url=None, redoc_url=None, openapi_url=None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescapes .html
    guard = Guard(allowed_hosts)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _install_guard(app, guard)
    _install_error_pages(app, templates)
    register_pages(app, db, templates)
    _install_curation(app, db, author, guard)
    _install_charts(app, db, author, guard)
    return app


def _install_guard(app: FastAPI, guard: Guard) -> None:
    @app.middleware("http")
    async def guarded(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not guard.host_allowed(request):
            response: Response = PlainTextResponse("unknown host (see linkchart serve --allowed-host)", 400)
        elif len(request.url.path) > MAX_PATH or len(request.url.query) > MAX_QUERY:
            # refused before any work: an id of thousands of characters names nothing
            response = PlainTextResponse(f"address too long (path {MAX_PATH}, query {MAX_QUERY} at most)", 414)
        else:
            request.state.csrf, fresh = guard.token(request)
            response = await call_next(request)
            if fresh:
                response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict")
        response.headers.update(_HEADERS)
        return response


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json") or "application/json" in request.headers.get("accept", "")


def _install_error_pages(app: FastAPI, templates: Jinja2Templates) -> None:
    def error(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        context = {"data": {"status": status, "message": message}, "title": f"Error {status}", "csrf": ""}
        return templates.TemplateResponse(request, "error.html", context, status_code=status)

    @app.exception_handler(LinkchartError)
    async def linkchart_error(request: Request, exc: LinkchartError) -> Response:
        return error(request, exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail))


def _check_post(guard: Guard, request: Request, csrf: str) -> None:
    if not guard.same_origin(request) or not guard.token_matches(request, csrf):
        raise HTTPException(status_code=403, detail="changes must come from this app's own pages")


def _install_charts(app: FastAPI, db: str | Path, author: str, guard: Guard) -> None:
    @app.post("/charts")
    def save(request: Request, name: str = Form(...), state: str = Form(...), csrf: str = Form("")) -> Response:
        _check_post(guard, request, csrf)
        try:
            parsed = json.loads(state)
        except ValueError as exc:
            raise InvalidInput(f"a chart's state is JSON ({exc})") from exc
        if not isinstance(parsed, dict):
            raise InvalidInput("a chart's state is a JSON object")
        with Store(db) as store:
            saved = save_chart(store, name, parsed, author)
        return JSONResponse({k: saved[k] for k in ("name", "author", "saved_at")})

    @app.get("/charts.json")
    def listed() -> Response:
        with Store(db) as store:
            return JSONResponse({"charts": charts(store)})

    @app.get("/charts/{name}.json")
    def opened(name: str) -> Response:
        with Store(db) as store:
            return JSONResponse(chart(store, name))


def _install_curation(app: FastAPI, db: str | Path, author: str, guard: Guard) -> None:
    def curated(request: Request, csrf: str, kind: str, target: str, payload: dict[str, Any], back: str) -> Response:
        _check_post(guard, request, csrf)
        result = api.curate(db, kind, target, payload, author)
        if _wants_json(request):
            return JSONResponse(result)
        return RedirectResponse(back, status_code=303)

    @app.post("/curate/verdict")
    def verdict(
        request: Request, claim: str = Form(...), decision: str = Form(...), note: str = Form(""), csrf: str = Form("")
    ) -> Response:
        if decision not in ("accept", "reject", "clear"):
            raise HTTPException(status_code=400, detail="decision is accept, reject or clear")
        payload = {"verdict": decision, "note": note.strip()[:1000] or None}
        return curated(request, csrf, "verdict", claim, payload, f"/claims/{claim}")

    @app.post("/curate/undo")
    def undo(request: Request, judgment: int = Form(...), csrf: str = Form("")) -> Response:
        _check_post(guard, request, csrf)
        result = api.undo_judgment(db, judgment, author)
        return JSONResponse(result) if _wants_json(request) else RedirectResponse("/curation", status_code=303)

    @app.post("/curate/merge")
    def merge(request: Request, actor: str = Form(...), into: str = Form(...), csrf: str = Form("")) -> Response:
        return curated(request, csrf, "merge", actor, {"into": into}, "/")

    @app.post("/curate/split")
    def split(request: Request, actor: str = Form(...), alias: str = Form(...), csrf: str = Form("")) -> Response:
        return curated(request, csrf, "split", actor, {"alias": alias, "name": None, "undo": False}, "/")
