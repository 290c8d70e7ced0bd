"""Ingest: files and folders of reports become `Document`s, or `IngestError`s naming why not."""

from linkchart.ingest import html, pdf  # noqa: F401 - registers the .html and .pdf readers
from linkchart.ingest.readers import known_suffixes, read_document
from linkchart.ingest.sources import discover

__all__ = ["discover", "known_suffixes", "read_document"]
