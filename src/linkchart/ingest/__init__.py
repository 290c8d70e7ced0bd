"""Ingest: files and folders of reports become `Document`s, or `IngestError`s naming why not."""

from linkchart.ingest import html, pdf  # noqa: F401 - registers the .html and .pdf readers
from linkchart.ingest.errors import IngestError
from linkchart.ingest.readers import READERS, read_document
from linkchart.ingest.sources import discover

__all__ = ["READERS", "IngestError", "discover", "read_document"]
