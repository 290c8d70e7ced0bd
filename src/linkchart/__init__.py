"""linkchart: sourced, time-aware actor networks from open-source reports."""

from linkchart.api import IngestReport, ingest, summary
from linkchart.corpus import Corpus, open_corpus

open = open_corpus

__all__ = ["Corpus", "IngestReport", "ingest", "open", "summary"]
__version__ = "0.1.0"
