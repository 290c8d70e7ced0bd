"""The commands that fill and read a store as a whole: ingest, summary, export, synthesize, serve."""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from linkchart import api
from linkchart.cli.app import DbOption, JsonOption, app, emit, err, out, require_store, settings, table
from linkchart.errors import IngestError, InvalidInput
from linkchart.export import actor_records, claim_records, write_records
from linkchart.ingest.known import import_entities, imported_lists
from linkchart.ingest.readers import DEFAULT_MAX_BYTES
from linkchart.store import Store


class ExportWhat(StrEnum):
    claims = "claims"
    actors = "actors"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


def printable(text: str) -> str:
    """A path as it may reach a terminal: control characters (escape sequences in a file
    name) shown as their code, never sent."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def _progress(total: int) -> Progress:
    """A progress bar on stderr, for runs of more than one file."""
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[progress.data.speed]{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    return Progress(*columns, console=err, transient=True, disable=total < 2)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively) of .txt, .md, .html, .pdf.")],
    db: DbOption = Path("linkchart.db"),
    max_bytes: Annotated[int, typer.Option(help="Skip files larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    publisher: Annotated[
        str | None, typer.Option(help="Publisher of files that do not name one (their page, metadata or first line).")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
    workers: Annotated[int, typer.Option(help="Worker processes (local engine) or Ray CPUs.")] = 1,
    engine: Annotated[str, typer.Option(help="local (this machine) or ray (a Ray cluster).")] = "local",
    address: Annotated[
        str | None, typer.Option(help="Ray cluster to join ('auto', 'ray://host:10001'); default: start one here.")
    ] = None,
    prune: Annotated[
        bool, typer.Option(help="Forget files under PATHS that were read before and no longer exist.")
    ] = False,
) -> None:
    """Read reports, extract actors and claims, and store them.

    Files already stored with the same content are skipped; a changed file replaces its older
    version, also when it changes back; files with the same text share it (changing one leaves
    the other's claims in place); a file is one file however its path is spelt.
    [bold]--prune[/] forgets files that are gone (`summary` lists them). Bad files are reported
    by name and reason and the rest of the batch goes on; the exit code is 0 when every file
    was read, 3 when some were skipped (each named, with its reason, and recorded in the
    store), 1 when none could be read.

    Large archives: [bold]--workers 4[/] runs four extraction processes; [bold]--engine ray[/]
    hands extraction to Ray (every node must see the files).

    Example: [bold]linkchart ingest samples/ --db linkchart.db[/]
    """

    def on_error(error: IngestError) -> None:
        err.print(f"[red]skipped[/] {escape(printable(error.path))}: {escape(error.reason)}", highlight=False)

    total = api.count_files(paths)
    with _progress(total) as bar:
        task = bar.add_task("ingesting", total=total, rate="")

        def advance(_event: str, n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.1f} docs/s" if speed else "")

        report = api.ingest(
            paths,
            db,
            max_bytes=max_bytes,
            publisher=publisher,
            batch_size=batch_size,
            on_error=on_error,
            progress=advance,
            workers=workers,
            engine=engine,
            address=address,
            prune=prune,
        )
    _tell(report, db)


def _tell(report: api.IngestReport, db: Path) -> None:
    """The run's outcome on stderr (files forgotten, counts, curation warnings) and its exit code."""
    for path in report.pruned:
        err.print(f"[yellow]pruned[/] {escape(printable(path))}: gone since it was read", highlight=False)
    err.print(
        f"{len(report.ingested)} ingested, {len(report.unchanged)} unchanged, {len(report.errors)} skipped -> {db}"
    )
    for warning in report.warnings:
        err.print(f"[yellow]warning[/] {escape(warning)}", highlight=False)
    if report.failed or report.partial:
        raise typer.Exit(1 if report.failed else 3)


@app.command()
def summary(
    db: DbOption = Path("linkchart.db"),
    top: Annotated[int, typer.Option(help="How many actors and claims to list.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Print counts, the most connected actors and the best-supported claims.

    Example: [bold]linkchart summary --db linkchart.db --top 15[/]
    """
    require_store(db)
    result = api.summary(db, top)
    if as_json:
        out.print_json(json.dumps(result))
        return
    counts = result["counts"]
    out.print(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
    if result["missing"]:
        gone = ", ".join(printable(p) for p in result["missing"][:5]) + (" ..." if len(result["missing"]) > 5 else "")
        count = len(result["missing"])
        out.print(f"{count} files gone since they were read (ingest --prune forgets them): {escape(gone)}")
    actors = Table(title="Top actors", title_justify="left")
    for column in ("actor", "type", "claims", "mentions", "docs"):
        actors.add_column(column, justify="right" if column in ("claims", "mentions", "docs") else "left")
    for row in result["actors"]:
        actors.add_row(row["name"], row["type"], str(row["claims"]), str(row["mentions"]), str(row["docs"]))
    out.print(actors)
    claims = Table(title="Top claims", title_justify="left")
    for column in ("subject", "predicate", "object", "docs", "sentences", "hedge"):
        claims.add_column(column)
    for row in result["claims"]:
        claims.add_row(
            row["subject"], row["predicate"], row["object"], str(row["docs"]), str(row["sentences"]), row["hedge"]
        )
    out.print(claims)


@app.command()
def export(
    what: Annotated[ExportWhat, typer.Argument(help="claims or actors.")],
    db: DbOption = Path("linkchart.db"),
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl or csv.")] = ExportFormat.jsonl,
    output: Annotated[str, typer.Option("--output", "-o", help="File to write; - for stdout.")] = "-",
    include_negated: Annotated[bool, typer.Option(help="Also export negated statements (claims only).")] = False,
) -> None:
    """Export claims or actors with their evidence, in the format ../shared/eval/score.py reads.

    Example: [bold]linkchart export claims --db linkchart.db --format jsonl -o claims.jsonl[/]
    """
    require_store(db)
    with Store(db) as store:
        records: Iterator[dict[str, Any]] = (
            (r for r in claim_records(store, include_negated) if r["confidence"] >= settings.min_confidence)
            if what is ExportWhat.claims
            else actor_records(store)
        )
        count = write_records(records, fmt.value, output)
    if output != "-":
        err.print(f"{count} {what.value} -> {output}")


@app.command()
def synthesize(
    documents: Annotated[int, typer.Argument(help="How many reports to write.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for NAME.txt and NAME.gold.json.")],
    seed: Annotated[int, typer.Option(help="Random seed: the same seed writes the same corpus.")] = 1,
    gold: Annotated[bool, typer.Option(help="Also write the gold of each report (eval format).")] = True,
) -> None:
    """Write a synthetic corpus (invented actors, template sentences) with its gold, for scale
    tests and accuracy checks at any size: score it with ../shared/eval/score.py.

    Example: [bold]linkchart synthesize 1000 -o /tmp/synthetic[/]
    """
    from linkchart.synthetic import write_corpus

    count = write_corpus(output, documents, seed, gold)
    err.print(f"{count} reports -> {output}")


@app.command()
def serve(
    db: DbOption = Path("linkchart.db"),
    host: Annotated[
        str, typer.Option(help="Address to listen on. Anything but 127.0.0.1 exposes the store.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8008,
    author: Annotated[str | None, typer.Option(help="Name recorded on judgments made in the browser.")] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(help="Another host name the app answers to (a proxy's, say); loopback names always work."),
    ] = None,
) -> None:
    """Open the analyst's workbench: search, profiles, graph, evidence, timeline, map, curation.

    Works offline (all JavaScript ships with linkchart). Every page has a JSON twin: add .json.

    Example: [bold]linkchart serve --db linkchart.db[/] then open http://127.0.0.1:8008/
    """
    import getpass

    import uvicorn

    from linkchart.web import create_app

    require_store(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning[/] listening on {host}: anyone who can reach it can read and curate this store")
    err.print(f"linkchart workbench on http://{host}:{port}/ (Ctrl-C to stop)")
    app = create_app(db, author or getpass.getuser(), allowed_hosts=[host, *(allowed_host or [])])
    uvicorn.run(app, host=host, port=port, log_level="warning")


@app.command()
def known(
    action: Annotated[str, typer.Argument(help="import or list.")],
    file: Annotated[Path | None, typer.Argument(help="import: a FollowTheMoney entity file (JSON lines).")] = None,
    name: Annotated[str | None, typer.Option(help="import: the list's name (default: the file's stem).")] = None,
    as_json: JsonOption = False,
) -> None:
    """Bring your own reference list: every person, organization and legal entity of a
    FollowTheMoney entity file (as ftm, Aleph and OpenSanctions export them) becomes a known
    actor, with its names, aliases and country, for every ingest after this one on this machine
    (lists live in $LINKCHART_KNOWN_DIR, default ~/.local/share/linkchart/known).

    Example: [bold]linkchart known import sanctioned.ftm.json[/]
    """
    if action == "import":
        if file is None:
            raise InvalidInput("say which file to import: linkchart known import FILE")
        actors, skipped, target = import_entities(file, name)
        err.print(f"{actors} known actors -> {target} ({skipped} entities of other kinds skipped)")
        return
    if action != "list":
        raise InvalidInput(f"unknown action {action!r}; choose import or list")
    lists = imported_lists()
    emit(
        as_json,
        lists,
        lambda: table(
            "Known-actor lists", ["name", "actors", "source"], [[k["name"], k["actors"], k["source"]] for k in lists]
        ),
    )
