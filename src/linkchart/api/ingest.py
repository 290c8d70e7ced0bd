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
from linkchart.ingest.readers import DEFAULT_MAX_BYTES, displayable, read_regular
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
    pruned: list[str] = field(default_factory=list)  # files gone since they were read, forgotten

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
    prune: bool = False,
) -> IngestReport:
    """Read files and folders into the store at `db`, streaming them through extraction in
    batches on the chosen engine (`local` with `workers` processes, or `ray`).

    Files already stored with the same content are skipped before any work is done; a bad file
    is recorded in `ingest_errors` and the batch goes on; each batch is written in one
    transaction, so an interrupted run leaves whole documents only and resumes where it
    stopped. Analysts' judgments are re-applied at the start and the end of the run.
    `publisher` is given to documents that do not say who published them. With `prune`, files
    under `paths` that the store read before and that no longer exist are forgotten (their
    content stops being current unless another file holds it)."""
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
                fresh, links = run.sort(store, outcomes)
                writing = writer.submit(store.save_batch, fresh, links)  # one commit per batch
                for path in [e.document.path for e in fresh] + [path for path, _ in links]:
                    run.done("ingested", path)
            if writing is not None:
                writing.result()
        if prune:
            run.report.pruned = store.prune(displayable(_root(Path(p))) for p in paths)
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
        """The files to extract, by canonical path (one per file however it was named): found,
        and not holding a content the store has already. A file holding content that another
        file brought in is linked to it now, without extraction."""
        for item in discover(paths):
            if isinstance(item, IngestError):
                self.fail(store, item, counted=False)
                continue
            canonical = _canonical(item)
            path = displayable(canonical)  # the name the store keeps, as the reader names the document
            digest = _content_id(item, max_bytes)
            if digest is not None and store.holds(path, digest):
                self.done("unchanged", path)
            elif digest is not None and store.has_document(digest):
                store.save_batch([], [(path, digest)])  # the same text as a file read before
                self.done("ingested", path)
            else:
                yield canonical

    def sort(self, store: Store, outcomes: list[Outcome]) -> tuple[list[Extraction], list[tuple[str, str]]]:
        """A batch's new extractions, and the files whose content is among them or stored
        already (linked to it once the batch is written); errors are recorded as such."""
        fresh: dict[str, Extraction] = {}
        links: list[tuple[str, str]] = []
        for outcome in outcomes:
            if isinstance(outcome, IngestError):
                self.fail(store, outcome, counted=True)
            elif outcome.document.id in fresh or store.has_document(outcome.document.id):
                links.append((outcome.document.path, outcome.document.id))  # the same content twice
            else:
                fresh[outcome.document.id] = outcome
        return list(fresh.values()), links


def _canonical(path: Path) -> str:
    """A file's one name: its folder absolute, with links and '..' resolved ("docs/a.txt" and
    "/home/x/docs/a.txt" are one file); a link to a file keeps its own name, so that what it
    points to is judged as that name says."""
    try:
        return str(path.absolute().parent.resolve() / path.name)
    except (OSError, RuntimeError):  # a folder link loop: the worker reports it by the name given
        return str(path.absolute())


def _root(path: Path) -> str:
    """A folder's or file's canonical name, as the files under it are stored."""
    return str(path.resolve()) if path.is_dir() else _canonical(path)


def count_files(paths: Iterable[str | Path]) -> int:
    """How many files an ingest of `paths` will look at (for progress bars)."""
    return sum(1 for item in discover(paths) if not isinstance(item, IngestError))
