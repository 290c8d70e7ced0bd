"""What the CLI (and notebooks) call: ingest reports into a store, summarise and export it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from linkchart.errors import IngestError, NotFound
from linkchart.export.records import actor_records
from linkchart.extract.engines import ExtractJob, build_engine
from linkchart.extract.extractors import DEFAULT_EXTRACTORS
from linkchart.ingest import discover
from linkchart.ingest.readers import DEFAULT_MAX_BYTES
from linkchart.model import Extraction
from linkchart.resolve.candidates import close_calls
from linkchart.resolve.lookup import find_actor
from linkchart.store import Store
from linkchart.store.curation import apply_judgments, judge

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
    the worker's job to report on (too large, unreadable)."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
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
) -> IngestReport:
    """Read files and folders into the store at `db`, streaming them through extraction in
    batches on the chosen engine (`local` with `workers` processes, or `ray`).

    Files already stored with the same content are skipped before any work is done; a bad file
    is recorded in `ingest_errors` and the batch goes on; each batch is written in one
    transaction, so an interrupted run leaves whole documents only and resumes where it
    stopped. Analysts' judgments are re-applied at the start and the end of the run."""
    report = IngestReport()
    runner = build_engine(engine, workers, address)
    with Store(db) as store:
        apply_judgments(store)

        def tick(event: str) -> None:
            if progress:
                progress(event, 1)

        def fail(error: IngestError) -> None:
            report.errors.append(error)
            store.record_error(error.path, error.reason)
            if on_error:
                on_error(error)

        def pending() -> Iterator[str]:
            for item in discover(paths):
                if isinstance(item, IngestError):
                    fail(item)
                    continue
                digest = _content_id(item, max_bytes)
                if digest is not None and store.has_document(digest):
                    report.unchanged.append(str(item))
                    tick("unchanged")
                    continue
                yield str(item)

        # Paths only (never texts) are listed up front: the store is read in this thread alone.
        batches = list(_chunks(pending(), batch_size))
        # A batch is written by one writer thread while the next one is extracted (SQLite lets
        # go of the interpreter while it works); the store is touched by one thread at a time.
        with ThreadPoolExecutor(max_workers=1) as writer:
            writing: Future[None] | None = None
            for outcomes in runner.run(batches, ExtractJob(max_bytes, extractors)):
                if writing is not None:
                    writing.result()
                fresh: dict[str, Extraction] = {}
                for outcome in outcomes:
                    if isinstance(outcome, IngestError):
                        fail(outcome)
                        tick("error")
                    elif outcome.document.id in fresh or store.has_document(outcome.document.id):
                        report.unchanged.append(outcome.document.path)  # the same content twice in one run
                        tick("unchanged")
                    else:
                        fresh[outcome.document.id] = outcome
                writing = writer.submit(store.save_batch, list(fresh.values()))  # one commit per batch
                for extraction in fresh.values():
                    report.ingested.append(extraction.document.path)
                    tick("ingested")
            if writing is not None:
                writing.result()
        report.warnings = apply_judgments(store)
    return report


def count_files(paths: Iterable[str | Path]) -> int:
    """How many files an ingest of `paths` will look at (for progress bars)."""
    return sum(1 for item in discover(paths) if not isinstance(item, IngestError))


def summary(db: str | Path, top: int = 10) -> dict[str, Any]:
    """Counts, the most connected actors and the best-supported claims of a store."""
    with Store(db) as store:
        counts = {
            table: store.query(f"SELECT COUNT(*) FROM {table}")[0][0]
            for table in ("documents", "sentences", "mentions", "actors", "current_claims", "ingest_errors")
        }
        counts["documents"] = store.query("SELECT COUNT(*) FROM documents WHERE replaced_by IS NULL")[0][0]
        counts["actors"] = store.query("SELECT COUNT(*) FROM current_actors")[0][0]
        counts["claims"] = counts.pop("current_claims")
        actors = store.query(
            """SELECT a.name, a.type, COUNT(DISTINCT m.doc_id) AS docs, COUNT(m.id) AS mentions,
                      (SELECT COUNT(*) FROM current_claims c WHERE c.negated = 0
                       AND (c.current_subject = a.id OR c.current_object = a.id)) AS claims
               FROM current_actors a JOIN current_mentions m ON m.actor = a.id
               GROUP BY a.id ORDER BY claims DESC, mentions DESC, a.name LIMIT ?""",
            (top,),
        )
        claims = store.query(
            """SELECT sa.name AS subject, c.predicate, oa.name AS object,
                      COUNT(*) AS sentences, COUNT(DISTINCT c.doc_id) AS docs, MAX(c.confidence) AS confidence,
                      MIN(c.hedge) AS hedge
               FROM current_claims c JOIN current_actors sa ON sa.id = c.current_subject
               JOIN current_actors oa ON oa.id = c.current_object
               WHERE c.negated = 0
               GROUP BY c.current_subject, c.predicate, c.current_object
               ORDER BY docs DESC, sentences DESC, confidence DESC, subject LIMIT ?""",
            (top,),
        )
    return {
        "counts": counts,
        "actors": [dict(r) for r in actors],
        "claims": [dict(r) for r in claims],
    }


def curate(db: str | Path, kind: str, target: str, payload: dict[str, Any], author: str) -> dict[str, Any]:
    """Record one analyst judgment and re-apply all of them. `target` is an actor name, alias or
    id (a claim id for verdicts); returns the judgment and any warnings."""
    with Store(db) as store:
        if kind == "verdict":
            if not store.query("SELECT 1 FROM claims WHERE id = ?", (target,)):
                raise NotFound(f"no claim with id {target!r} (see `linkchart export claims`)")
            resolved = target
        else:
            resolved = find_actor(store, target, include_merged=True)
        if kind == "merge" and payload.get("into"):
            payload = {**payload, "into": find_actor(store, str(payload["into"]), include_merged=True)}
            if payload["into"] == resolved:
                raise NotFound(f"{target!r} and {payload['into']!r} are already one actor")
        judgment = judge(store, kind, resolved, payload, author)  # type: ignore[arg-type]
        warnings = apply_judgments(store)
    return {"judgment": asdict(judgment), "warnings": warnings}


def actors(db: str | Path, unsure: bool = False) -> list[dict[str, Any]]:
    """Current actors with type, aliases, mention and document counts; with `unsure`, the close
    calls (pairs that may be one actor, and in-document groupings made on weak evidence)."""
    with Store(db) as store:
        records = list(actor_records(store))
        if not unsure:
            return records
        names = {r["id"]: r["name"] for r in records}
        neighbours: dict[str, set[str]] = {}
        for row in store.query("SELECT current_subject AS s, current_object AS o FROM current_claims"):
            neighbours.setdefault(row["s"], set()).add(row["o"])
            neighbours.setdefault(row["o"], set()).add(row["s"])
        calls = [
            {"a": names[c.a], "b": names[c.b], "a_id": c.a, "b_id": c.b, "score": c.score, "rule": c.rule}
            for c in close_calls(((r["id"], r["name"], r["type"]) for r in records), neighbours)
        ]
        weak = store.query(
            """SELECT m.actor, GROUP_CONCAT(DISTINCT m.text) AS names, m.rule, COUNT(DISTINCT m.doc_id) AS docs
               FROM current_mentions m WHERE m.rule IN ('close spelling', 'surname', 'family name')
               GROUP BY m.actor, m.rule ORDER BY m.actor"""
        )
        calls += [
            {
                "a": names.get(r["actor"], r["actor"]),
                "b": r["names"],
                "a_id": r["actor"],
                "b_id": None,
                "score": None,
                "rule": f"grouped in the text by {r['rule']}",
            }
            for r in weak
        ]
    return calls
