"""The `linkchart` Typer app and what its commands share: the consoles, the common options, the
root command's settings, and one way to print errors.

Every command is registered through `LinkchartTyper.command`, which turns a `LinkchartError`
into one line on stderr and exit code 2 (no traceback); anything else is a bug and keeps its
traceback."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from linkchart.corpus import Corpus, open_corpus
from linkchart.errors import LinkchartError, NotFound

__all__ = [
    "AsOfOption",
    "DbOption",
    "FirstOption",
    "FromOption",
    "IdOption",
    "JsonOption",
    "LinkchartTyper",
    "ToOption",
    "TopOption",
    "app",
    "corpus",
    "emit",
    "err",
    "fail",
    "out",
    "period",
    "require_store",
    "settings",
    "table",
]

err = Console(stderr=True, soft_wrap=True)  # one line per message, whatever the width
out = Console()

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store (created by ingest if missing).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Only claims that hold in this period (YYYY[-MM[-DD]], or FROM/TO): their dates overlap it, open "
        "ends included; undated claims only with --include-undated.",
    ),
]
FromOption = Annotated[str | None, typer.Option("--from", help="With --to (or alone): the period's start.")]
ToOption = Annotated[str | None, typer.Option("--to", help="With --from (or alone): the period's end.")]
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def period(as_of: str | None, start: str | None = None, end: str | None = None) -> str | None:
    """The period a measure is taken over, in the notation of `analyze.graph.period_bounds`:
    --as-of YEAR (or FROM/TO), or --from and --to (either may be left open); None for all time."""
    if as_of and (start or end):
        raise typer.BadParameter("give --as-of or --from/--to, not both")
    chosen = as_of if as_of else f"{start or ''}/{end or ''}" if start or end else None
    if chosen is not None and not all(not part or _DATE.fullmatch(part) for part in chosen.split("/", 1)):
        raise typer.BadParameter(f"{chosen!r} is not a date (YYYY[-MM[-DD]]) or a period FROM/TO")
    return chosen


TopOption = Annotated[int, typer.Option(help="How many rows.")]
FirstOption = Annotated[
    bool, typer.Option("--first", help="Where several actors fit a name, take the one with most claims.")
]
IdOption = Annotated[bool, typer.Option("--id", help="The actors are given by their ids (as listed), not by name.")]

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> typer.Exit:
    """Print an error line (its text escaped: names and paths may hold Rich markup) and give
    the exit to raise."""
    err.print(f"[red]error[/] {escape(message)}", highlight=False)
    return typer.Exit(2)


class LinkchartTyper(typer.Typer):
    """A Typer whose commands print a `LinkchartError` as one line and exit with code 2."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        register = super().command(*args, **kwargs)

        def decorator(func: F) -> F:
            @functools.wraps(func)
            def guarded(*call_args: Any, **call_kwargs: Any) -> Any:
                try:
                    return func(*call_args, **call_kwargs)
                except LinkchartError as exc:
                    raise fail(exc.message) from exc

            register(guarded)
            return func

        return decorator


app = LinkchartTyper(
    help="Turn open-source reports on armed groups into a sourced, time-aware actor network.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


@dataclass
class Settings:
    """Options of the root command that every analysis command honours."""

    min_confidence: float = 0.0
    include_undated: bool = False
    min_support: int = 1


settings = Settings()


@app.callback()
def main(
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Leave out claims less sure than this from analyses, reports and exports "
            "(0.4 drops the dependency-path back-off's guesses).",
        ),
    ] = 0.0,
    include_undated: Annotated[
        bool,
        typer.Option(
            "--include-undated",
            help="With --as-of or diff dates, keep the claims the text gives no time for (left out by default: "
            "an undated tie is not known to hold in any year).",
        ),
    ] = False,
    min_support: Annotated[
        int,
        typer.Option(
            "--min-support",
            min=1,
            help="Leave out of analyses ties (pair and predicate) that fewer independent publishers state.",
        ),
    ] = 1,
) -> None:
    """Turn open-source reports on armed groups into a sourced, time-aware actor network."""
    settings.min_confidence = min_confidence
    settings.include_undated = include_undated
    settings.min_support = min_support


def require_store(db: Path) -> None:
    """Stop with a hint when the store does not exist yet."""
    if not db.exists():
        raise NotFound(f"no store at {db}; run `linkchart ingest PATH --db {db}` first")


@contextmanager
def corpus(db: Path) -> Iterator[Corpus]:
    """The store as a corpus for analysis, honouring `--min-confidence`."""
    require_store(db)
    with open_corpus(db, settings.min_confidence, settings.include_undated, settings.min_support) as opened:
        yield opened


def table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    view = Table(title=title, title_justify="left")
    for column in columns:
        view.add_column(column)
    for row in rows:
        view.add_row(*[escape(str(v)) if v is not None else "" for v in row])
    out.print(view)


def emit(as_json: bool, result: Any, show: Callable[[], None]) -> None:
    if as_json:
        out.print_json(json.dumps(result, default=list))
    else:
        show()
