"""A real store with a hostile document in it, served by a real uvicorn server on loopback."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from linkchart.api import curate, ingest
from linkchart.web import create_app
from tests.conftest import SAMPLES

HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">' + "Q" * 10_000
HOSTILE_TEXT = (
    "Hostile report\n\n"
    "<script>window.__pwned = 1; alert('pwned')</script> The Taliban fought NATO forces in Kandahar. "
    '<img src=x onerror="window.__pwned=1"> <a href="javascript:window.__pwned=1">click</a> '
    '"><svg onload="window.__pwned=1"> ' + "Z" * 10_000 + " Brigade attacked the Taliban.\n"
)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web-corpus")
    for sample in SAMPLES.iterdir():
        shutil.copy(sample, folder / sample.name)
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    db = folder / "web.db"
    report = ingest([folder], db)
    assert not report.errors
    curate(db, "rename", "NATO", {"name": HOSTILE_NAME}, "tester")
    return db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(db: Path) -> Iterator[str]:
    """The app on 127.0.0.1 in a background thread, until the generator is closed."""
    port = _free_port()
    config = uvicorn.Config(create_app(db, "browser-test"), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(web_db: Path) -> Iterator[str]:
    """The samples' store served for as long as the session runs."""
    yield from _serve(web_db)


@pytest.fixture(scope="session")
def chronology_server(chronology_db: Path) -> Iterator[str]:
    """The chronology's store (dated, open, undated and turning ties) served."""
    yield from _serve(chronology_db)
