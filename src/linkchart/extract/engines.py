"""Where extraction runs: in this process, in N worker processes, or on a Ray cluster.

Every engine takes batches of file paths and gives back, batch by batch and in input order, an
`Extraction` or an `IngestError` per path, so the store written from them is the same whatever
the engine. Reading happens where extraction happens: only paths travel to the workers."""

from __future__ import annotations

import multiprocessing
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from linkchart.errors import IngestError, InvalidInput
from linkchart.extract.nlp.parse import load_pipeline
from linkchart.extract.pipeline import extract_documents
from linkchart.extract.reaper import start_reaper
from linkchart.ingest import read_document
from linkchart.model import Document, Extraction, extraction_from_json, extraction_to_json
from linkchart.registry import engines, lookup

__all__ = ["Engine", "ExtractJob", "Outcome", "build_engine", "process_batch"]

Outcome = Extraction | IngestError


@dataclass(frozen=True)
class ExtractJob:
    """What every worker needs to know besides the paths."""

    max_bytes: int
    extractors: tuple[str, ...]
    publisher: str | None = None  # for documents that do not say who published them


def process_batch(paths: list[str], job: ExtractJob) -> list[Outcome]:
    """Read and extract one batch (one nlp.pipe stream); errors stay in place of their path."""
    read: list[Document | IngestError] = []
    for path in paths:
        try:
            read.append(read_document(path, max_bytes=job.max_bytes, publisher=job.publisher))
        except IngestError as error:
            read.append(error)
    extracted = iter(extract_documents([d for d in read if isinstance(d, Document)], job.extractors))
    return [item if isinstance(item, IngestError) else next(extracted) for item in read]


class Engine(Protocol):
    def run(self, batches: Iterable[list[str]], job: ExtractJob) -> Iterator[list[Outcome]]: ...


@engines.register("local")
class LocalEngine:
    """This process (workers=1) or a pool of spawned worker processes, each with its own model.
    (`address` is for engines that join a cluster; this one runs here.)"""

    def __init__(self, workers: int = 1, address: str | None = None) -> None:
        self.workers = max(1, workers)

    def run(self, batches: Iterable[list[str]], job: ExtractJob) -> Iterator[list[Outcome]]:
        if self.workers == 1:
            for batch in batches:
                yield process_batch(batch, job)
            return
        # Forked workers share the parent's loaded model page by page instead of each loading its
        # own; where fork is unavailable they start fresh and load it once each.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        if method == "fork":
            _warm()
        context = multiprocessing.get_context(method)
        with context.Pool(self.workers, initializer=_warm) as pool:
            yield from pool.imap(_process_serialised, ((batch, job) for batch in batches))


def _warm() -> None:
    load_pipeline()


def _process_serialised(task: tuple[list[str], ExtractJob]) -> list[Outcome]:
    return process_batch(*task)


@engines.register("ray")
class RayEngine:
    """Ray tasks read and extract batches and write each result as a Parquet shard; the driver
    reads the shards back in order. `address` None starts Ray on this machine; "auto" or
    "ray://host:10001" joins a cluster, whose nodes must see the files and `shard_dir`."""

    def __init__(
        self, workers: int = 2, address: str | None = None, shard_dir: str | None = None, in_flight: int | None = None
    ) -> None:
        self.workers, self.address, self.shard_dir = max(1, workers), address, shard_dir
        self.in_flight = in_flight or 2 * self.workers

    def run(self, batches: Iterable[list[str]], job: ExtractJob) -> Iterator[list[Outcome]]:
        try:
            import ray
        except ImportError as exc:
            raise InvalidInput("the ray engine needs Ray: pip install 'linkchart[distributed]'") from exc

        with tempfile.TemporaryDirectory(dir=self.shard_dir) as shards:
            reaper = start_reaper(shards)  # cleans up if this process is killed without warning
            started_here = not ray.is_initialized()
            try:
                if started_here:
                    options = {"address": self.address} if self.address else {"num_cpus": self.workers}
                    ray.init(include_dashboard=False, log_to_driver=False, ignore_reinit_error=True, **options)
                yield from self._stream(ray, batches, job, shards)
            finally:
                if started_here:
                    ray.shutdown()
                reaper.terminate()

    def _stream(self, ray: Any, batches: Iterable[list[str]], job: ExtractJob, shards: str) -> Iterator[list[Outcome]]:
        """Batches handed to Ray tasks, at most `in_flight` at once, their shards read back in order."""
        task = ray.remote(_ray_batch)
        pending: list[Any] = []  # Ray object refs, oldest first
        for index, batch in enumerate(batches):
            pending.append(task.remote(batch, job, str(Path(shards) / f"shard-{index:08d}.parquet")))
            if len(pending) >= self.in_flight:
                yield _read_shard(ray.get(pending.pop(0)))
        while pending:
            yield _read_shard(ray.get(pending.pop(0)))


def _ray_batch(paths: list[str], job: ExtractJob, shard: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    outcomes = process_batch(paths, job)
    table = pa.table(
        {
            "path": paths,
            "error": [o.reason if isinstance(o, IngestError) else None for o in outcomes],
            "extraction": [None if isinstance(o, IngestError) else extraction_to_json(o) for o in outcomes],
        }
    )
    pq.write_table(table, shard)
    return shard


def _read_shard(shard: str) -> list[Outcome]:
    import pyarrow.parquet as pq

    rows = pq.read_table(shard).to_pylist()
    return [
        IngestError(r["path"], r["error"]) if r["error"] is not None else extraction_from_json(r["extraction"])
        for r in rows
    ]


def build_engine(name: str = "local", workers: int = 1, address: str | None = None) -> Engine:
    """An engine registered by name: `local` (this machine, `workers` processes) or `ray`."""
    engine: Engine = lookup("engine", name)(workers=workers, address=address)
    return engine
