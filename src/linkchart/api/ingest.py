"""Ingest: files and folders read, extracted on an engine and written to the store, batch by batch."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from linkchart.errors import IngestError
from linkchart.extract.engines import ExtractJob, Outcome, build_engine
from linkchart.extract.extractors import DEFAULT_EXTRACTORS
from linkchart.ingest import discover
from linkchart.ingest.readers import DEFAULT_MAX_BYTES, read_regular
from linkchart.model import Extraction
from linkchart.store import Store
from linkchart.store.curation import apply_judgments

__all__ = ["IngestReport", "ProgressCallback", "count_files", "ingest"]

ProgressCallback = Callable[[str, int], None]  # (event, documents done in this step)


@dataclass
class IngestReport:
    """What one ingest run did, file by file."""

    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # curation judgments that no longer apply

    @property
    def failed(self) -> bool:
        """Nothing could be ingested (and something was wrong): the run's exit code is 1."""
        return not self.ingested and not self.unchanged and bool(self.errors)

    @property
    def partial(self) -> bool:
        """Some files were read and some could not be: the run's exit code is 3."""
        return bool(self.errors) and not self.failed


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _content_id(path: Path, max_bytes: int) -> str | None:
    """The id a file's document would get (sha256 of its bytes), or None where reading it is
    the worker's job to report on (too large, unreadable, not a regular file: a pipe or a
    device is never read here)."""
    try:
        return hashlib.sha256(read_regular(str(path), path, max_bytes)).hexdigest()
    except IngestError:
        return None


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 16,
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS,
    on_error: Callable[[IngestError], None] | None = None,
    progress: ProgressCallback | None = None,
    workers: int = 1,
    engine: str = "local",
    address: str | None = None,
    publisher: str | None = None,
) -> IngestReport:
    """Read files and folders into the store at `db`, streaming them through extraction in
    batches on the chosen engine (`local` with `workers` processes, or `ray`).

    Files already stored with the same content are skipped before any work is done; a bad file
    is recorded in `ingest_errors` and the batch goes on; each batch is written in one
    transaction, so an interrupted run leaves whole documents only and resumes where it
    stopped. Analysts' judgments are re-applied at the start and the end of the run.
    `publisher` is given to documents that do not say who published them."""
    run = _IngestRun(IngestReport(), on_error, progress)
    runner = build_engine(engine, workers, address)
    with Store(db) as store:
        apply_judgments(store)
        # Paths only (never texts) are listed up front: the store is read in this thread alone.
        batches = list(_chunks(run.pending(store, paths, max_bytes), batch_size))
        # A batch is written by one writer thread while the next one is extracted (SQLite lets
        # go of the interpreter while it works); the store is touched by one thread at a time.
        with ThreadPoolExecutor(max_workers=1) as writer:
            writing: Future[None] | None = None
            for outcomes in runner.run(batches, ExtractJob(max_bytes, tuple(extractors), publisher)):
                if writing is not None:
                    writing.result()
                fresh = run.sort(store, outcomes)
                writing = writer.submit(store.save_batch, fresh)  # one commit per batch
                for extraction in fresh:
                    run.done("ingested", extraction.document.path)
            if writing is not None:
                writing.result()
        run.report.warnings = apply_judgments(store)
    return run.report


@dataclass
class _IngestRun:
    """The bookkeeping of one run: what happened to each file, told to the caller as it happens."""

    report: IngestReport
    on_error: Callable[[IngestError], None] | None
    progress: ProgressCallback | None

    def done(self, event: str, path: str) -> None:
        {"ingested": self.report.ingested, "unchanged": self.report.unchanged}[event].append(path)
        if self.progress:
            self.progress(event, 1)

    def fail(self, store: Store, error: IngestError, counted: bool) -> None:
        self.report.errors.append(error)
        store.record_error(error.path, error.reason)
        if self.on_error:
            self.on_error(error)
        if counted and self.progress:
            self.progress("error", 1)

    def pending(self, store: Store, paths: Iterable[str | Path], max_bytes: int) -> Iterator[str]:
        """The files to extract: found, and not stored already with the same content."""
        for item in discover(paths):
            if isinstance(item, IngestError):
                self.fail(store, item, counted=False)
                continue
            digest = _content_id(item, max_bytes)
            if digest is not None and store.has_document(digest):
                self.done("unchanged", str(item))
                continue
            yield str(item)

    def sort(self, store: Store, outcomes: list[Outcome]) -> list[Extraction]:
        """A batch's new extractions; errors and contents seen before are recorded as such."""
        fresh: dict[str, Extraction] = {}
        for outcome in outcomes:
            if isinstance(outcome, IngestError):
                self.fail(store, outcome, counted=True)
            elif outcome.document.id in fresh or store.has_document(outcome.document.id):
                self.done("unchanged", outcome.document.path)  # the same content twice in one run
            else:
                fresh[outcome.document.id] = outcome
        return list(fresh.values())


def count_files(paths: Iterable[str | Path]) -> int:
    """How many files an ingest of `paths` will look at (for progress bars)."""
    return sum(1 for item in discover(paths) if not isinstance(item, IngestError))
