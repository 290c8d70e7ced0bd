"""The `linkchart` command: a thin layer that parses options, calls `api`, and prints.

`app` carries every command; importing the command modules registers them."""

from linkchart.cli import analysis, curation, ingest  # noqa: F401 - each module registers its commands
from linkchart.cli.app import app

__all__ = ["app"]
