"""Extract: spaCy parse, actor mentions, in-document resolution and relation claims."""

from linkchart.extract.pipeline import extract_documents

__all__ = ["extract_documents"]
