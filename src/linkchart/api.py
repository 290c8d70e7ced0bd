"""What the CLI (and notebooks) call: ingest reports into a store, summarise and export it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linkchart.extract import extract_documents
from linkchart.extract.registry import DEFAULT_EXTRACTORS
from linkchart.ingest import IngestError, discover, read_document
from linkchart.ingest.readers import DEFAULT_MAX_BYTES
from linkchart.model import Document
from linkchart.store import Store

ProgressCallback = Callable[[str, int], None]  # (event, documents done in this step)


@dataclass
class IngestReport:
    """What one ingest run did, file by file."""

    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """Nothing could be ingested (and something was wrong): the run's exit code is 1."""
        return not self.ingested and not self.unchanged and bool(self.errors)


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 16,
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS,
    on_error: Callable[[IngestError], None] | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read files and folders into the store at `db`. Files already stored with the same
    content are skipped; a bad file is recorded in `ingest_errors` and the batch goes on."""
    report = IngestReport()
    with Store(db) as store:

        def fail(error: IngestError) -> None:
            report.errors.append(error)
            store.record_error(error.path, error.reason)
            if on_error:
                on_error(error)

        def readable() -> Iterator[Document]:
            for item in discover(paths):
                if isinstance(item, IngestError):
                    fail(item)
                    continue
                try:
                    document = read_document(item, max_bytes=max_bytes)
                except IngestError as error:
                    fail(error)
                    if progress:
                        progress("error", 1)
                    continue
                if store.has_document(document.id):
                    report.unchanged.append(document.path)
                    if progress:
                        progress("unchanged", 1)
                    continue
                yield document

        for batch in _batches(readable(), batch_size):
            for extraction in extract_documents(batch, extractors):
                store.save(extraction)
                report.ingested.append(extraction.document.path)
                if progress:
                    progress("ingested", 1)
    return report


def count_files(paths: Iterable[str | Path]) -> int:
    """How many files an ingest of `paths` will look at (for progress bars)."""
    return sum(1 for item in discover(paths) if not isinstance(item, IngestError))


def summary(db: str | Path, top: int = 10) -> dict[str, Any]:
    """Counts, the most connected actors and the best-supported claims of a store."""
    with Store(db) as store:
        counts = {
            table: store.query(f"SELECT COUNT(*) FROM {table}")[0][0]
            for table in ("documents", "sentences", "mentions", "actors", "claims", "ingest_errors")
        }
        counts["documents"] = store.query("SELECT COUNT(*) FROM documents WHERE replaced_by IS NULL")[0][0]
        actors = store.query(
            """SELECT a.name, a.type, COUNT(DISTINCT m.doc_id) AS docs, COUNT(m.id) AS mentions,
                      (SELECT COUNT(*) FROM claims c WHERE c.negated = 0
                       AND (c.subject_id = a.id OR c.object_id = a.id)) AS claims
               FROM actors a JOIN mentions m ON m.actor_id = a.id
               GROUP BY a.id ORDER BY claims DESC, mentions DESC, a.name LIMIT ?""",
            (top,),
        )
        claims = store.query(
            """SELECT sa.name AS subject, c.predicate, oa.name AS object,
                      COUNT(*) AS sentences, COUNT(DISTINCT c.doc_id) AS docs, MAX(c.confidence) AS confidence,
                      MIN(c.hedge) AS hedge
               FROM claims c JOIN actors sa ON sa.id = c.subject_id JOIN actors oa ON oa.id = c.object_id
               WHERE c.negated = 0
               GROUP BY c.subject_id, c.predicate, c.object_id
               ORDER BY docs DESC, sentences DESC, confidence DESC, subject LIMIT ?""",
            (top,),
        )
    return {
        "counts": counts,
        "actors": [dict(r) for r in actors],
        "claims": [dict(r) for r in claims],
    }
