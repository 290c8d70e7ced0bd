"""The workbench served in a background thread on a free loopback port, for as long as a `with`
block runs: what tests, benchmarks and notebooks open a real server with (`linkchart serve`
runs it in the foreground); and the Chromium their end-to-end checks drive, with its flags."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from linkchart.web.app import create_app

__all__ = ["CHROMIUM", "CHROMIUM_FLAGS", "served"]

# Debian's Chromium (`make browser`), driven by Playwright, which downloads no browser of its own
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# headless and offline: nothing it would fetch in the background, nothing it would sync
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(db: str | Path, author: str = "web", start_within: float = 20.0) -> Iterator[str]:
    """The app over `db` on 127.0.0.1; yields its base URL ("http://127.0.0.1:PORT")."""
    port = _free_port()
    config = uvicorn.Config(create_app(db, author), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_within
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the workbench did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
