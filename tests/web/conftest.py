"""A real store with a hostile document in it, served by a real uvicorn server on loopback, and
headless Chromium (Debian's, driven by Playwright) to open it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkchart.web.background import CHROMIUM, CHROMIUM_FLAGS, served
from tests.conftest import ROOT


@pytest.fixture(scope="session")
def server(web_db: Path) -> Iterator[str]:
    """The samples' store served for as long as the session runs."""
    with served(web_db, "browser-test") as url:
        yield url


@pytest.fixture(scope="session")
def chronology_server(chronology_db: Path) -> Iterator[str]:
    """The chronology's store (dated, open, undated and turning ties) served."""
    with served(chronology_db, "browser-test") as url:
        yield url


ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    opened = context.new_page()
    opened.dialogs = []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()


def wait_until(page: object, expression: str, timeout: float = 60.0) -> None:
    """Poll a JavaScript expression (wait_for_function would eval a string, which our CSP forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({expression})"):  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise TimeoutError(expression)
        time.sleep(0.05)


def shot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]
