"""linkchart: sourced, time-aware actor networks from open-source reports."""

from linkchart.api import IngestReport, ingest, summary

__all__ = ["IngestReport", "ingest", "summary"]
__version__ = "0.1.0"
