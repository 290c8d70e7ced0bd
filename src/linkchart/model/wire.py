"""The wire format of an extraction, for extraction done in another process or on another
machine (worker pools, Ray shards): JSON, written and read back by one pydantic `TypeAdapter`
over the records themselves, so a field added to a record travels without more code."""

from __future__ import annotations

from pydantic import TypeAdapter

from linkchart.model.records import Extraction

__all__ = ["extraction_from_json", "extraction_to_json"]

_EXTRACTION = TypeAdapter(Extraction)


def extraction_to_json(extraction: Extraction) -> str:
    """One document's extraction as JSON (what worker processes and Ray shards carry)."""
    return _EXTRACTION.dump_json(extraction).decode("utf-8")


def extraction_from_json(text: str) -> Extraction:
    """The inverse of `extraction_to_json`."""
    return _EXTRACTION.validate_json(text)
