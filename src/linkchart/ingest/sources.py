"""Expand the paths a user gives into the files to read, in a stable order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from linkchart.errors import IngestError
from linkchart.ingest.readers import known_suffixes


def discover(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Yield readable-looking files under `paths` (folders recursively, sorted), or an error
    for each path that does not exist. Files in folders with unknown suffixes and hidden files
    are skipped silently; a file named explicitly is always tried, so the user hears why."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield IngestError(str(path), "no such file or folder")
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in known_suffixes():
                    yield child
        else:
            yield path
