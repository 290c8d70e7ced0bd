"""Expand the paths a user gives into the files to read, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from linkchart.errors import IngestError
from linkchart.ingest.readers import displayable, known_suffixes


def discover(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Yield readable-looking files under `paths` (folders recursively, sorted), or an error
    for each path that does not exist and each folder that cannot be read. Files in folders
    with unknown suffixes, hidden files and links to folders are skipped silently; a file named
    explicitly is always tried, so the user hears why."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield IngestError(displayable(str(path)), "no such file or folder")
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(root: Path) -> Iterator[Path | IngestError]:
    """The files under a folder in sorted order, depth first, without recursion (a tree
    thousands of folders deep is walked like any other) and without following links to
    folders (a link loop ends nowhere)."""
    stack: list[Iterator[os.DirEntry[str]]] = []
    opened = _entries(root)
    if isinstance(opened, IngestError):
        yield opened
        return
    stack.append(opened)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.name.startswith("."):
            continue
        elif entry.is_dir(follow_symlinks=False):
            inner = _entries(Path(entry.path))
            if isinstance(inner, IngestError):
                yield inner
            else:
                stack.append(inner)
        elif entry.is_file() and Path(entry.name).suffix.lower() in known_suffixes():
            yield Path(entry.path)


def _entries(folder: Path) -> Iterator[os.DirEntry[str]] | IngestError:
    try:
        return iter(sorted(os.scandir(folder), key=lambda e: e.name))
    except OSError as exc:
        return IngestError(displayable(str(folder)), f"unreadable folder: {exc.strerror or exc}")
