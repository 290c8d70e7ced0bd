"""What the CLI, the workbench and notebooks call: `ingest` reports into a store, `summary` of
it, and `curation` (judgments, actors worth a second look). One function per command."""

from linkchart.api.curation import actors, curate, judgments, undo_judgment
from linkchart.api.ingest import IngestReport, ProgressCallback, count_files, ingest
from linkchart.api.summary import summary

__all__ = [
    "IngestReport",
    "ProgressCallback",
    "actors",
    "count_files",
    "curate",
    "ingest",
    "judgments",
    "summary",
    "undo_judgment",
]
