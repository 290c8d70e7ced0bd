"""Curation commands of the `linkchart` CLI: merge, split, rename, verdict, judgments, actors."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from linkchart import api
from linkchart.cli.app import DbOption, JsonOption, app, emit, err, require_store, table
from linkchart.errors import InvalidInput
from linkchart.export import write_records
from linkchart.store import Store
from linkchart.store.curation import apply_judgments, export_judgments, import_judgments

AuthorOption = Annotated[
    str | None, typer.Option(help="Who makes the judgment (default: $LINKCHART_AUTHOR or the login name).")
]


def _author(author: str | None) -> str:
    return author or os.environ.get("LINKCHART_AUTHOR") or getpass.getuser()


def _judge(db: Path, kind: str, target: str, payload: dict[str, Any], author: str | None) -> None:
    require_store(db)
    result = api.curate(db, kind, target, payload, _author(author))
    judgment = result["judgment"]
    err.print(f"judgment {judgment['id']}: {kind} {judgment['target']} {json.dumps(judgment['payload'])}")
    _warn(result["warnings"])


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        err.print(f"[yellow]warning[/] {warning}")


@app.command()
def merge(
    actor: Annotated[str, typer.Argument(help="The actor to merge away (name, alias or id).")],
    into: Annotated[str, typer.Argument(help="The actor it is the same as.")],
    undo: Annotated[bool, typer.Option(help="Undo an earlier merge of ACTOR (INTO is ignored).")] = False,
    db: DbOption = Path("linkchart.db"),
    author: AuthorOption = None,
) -> None:
    """Record that two actors are one. Kept as a judgment and re-applied after every ingest.

    Example: [bold]linkchart merge "Hezb-e-Islami" "Hizb-i-Islami" --db linkchart.db[/]
    """
    _judge(db, "merge", actor, {"into": None if undo else into}, author)


@app.command()
def split(
    actor: Annotated[str, typer.Argument(help="The actor that wrongly holds the alias.")],
    alias: Annotated[str, typer.Option("--alias", help="The name whose mentions are another actor.")],
    name: Annotated[str | None, typer.Option(help="Name for the new actor (default: the alias).")] = None,
    db: DbOption = Path("linkchart.db"),
    author: AuthorOption = None,
    undo: Annotated[bool, typer.Option(help="Undo an earlier split of this alias.")] = False,
) -> None:
    """Split the mentions named ALIAS off ACTOR into an actor of their own.

    Example: [bold]linkchart split "Jalaluddin Haqqani" --alias Haqqani --name "Haqqani family" --db linkchart.db[/]
    """
    _judge(db, "split", actor, {"alias": alias, "name": name, "undo": undo}, author)


@app.command()
def rename(
    actor: Annotated[str, typer.Argument(help="Actor name, alias or id.")],
    name: Annotated[str, typer.Argument(help="The name to show from now on.")],
    db: DbOption = Path("linkchart.db"),
    author: AuthorOption = None,
) -> None:
    """Give an actor the name analysts use for it.

    Example: [bold]linkchart rename TTP "Tehrik-i-Taliban Pakistan" --db linkchart.db[/]
    """
    _judge(db, "rename", actor, {"name": name}, author)


@app.command()
def verdict(
    claim: Annotated[str, typer.Argument(help="Claim id (from `linkchart export claims`).")],
    decision: Annotated[str, typer.Argument(help="accept, reject or clear.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    db: DbOption = Path("linkchart.db"),
    author: AuthorOption = None,
) -> None:
    """Accept or reject a claim; rejected claims leave every view, export and measure.

    Example: [bold]linkchart verdict 0032fb5de9d3a5d5060b reject --note "misread" --db linkchart.db[/]
    """
    if decision not in ("accept", "reject", "clear"):
        raise InvalidInput("the decision is accept, reject or clear")
    _judge(db, "verdict", claim, {"verdict": decision, "note": note}, author)


@app.command()
def judgments(
    action: Annotated[str, typer.Argument(help="list, export, import, apply or undo.")],
    file: Annotated[str, typer.Option("--file", "-f", help="JSON Lines file for export/import (- for stdio).")] = "-",
    orphaned: Annotated[
        bool, typer.Option(help="list: only the judgments that apply to nothing now (their claim or actor is gone).")
    ] = False,
    judgment: Annotated[int | None, typer.Option("--id", help="undo: the judgment to undo.")] = None,
    db: DbOption = Path("linkchart.db"),
    author: AuthorOption = None,
) -> None:
    """List (newest first, with author, time, note and what each applies to now), export,
    import, re-apply or undo the analysts' judgments (JSON Lines).

    Example: [bold]linkchart judgments list --orphaned --db linkchart.db[/]
    """
    actions: dict[str, Callable[[Store], None]] = {
        "list": lambda s: write_records(api.judgments(db, orphaned), "jsonl", "-"),  # type: ignore[dict-item]
        "undo": lambda s: _undo(db, judgment, author),
        "export": lambda s: err.print(f"{write_records(export_judgments(s), 'jsonl', file)} judgments -> {file}"),
        "import": lambda s: _import(s, file),
        "apply": _apply,
    }
    if action not in actions:
        raise InvalidInput(f"unknown action {action!r}; choose one of {', '.join(actions)}")
    with Store(db) as store:
        actions[action](store)


@app.command("actors")
def actors_cmd(
    db: DbOption = Path("linkchart.db"),
    unsure: Annotated[bool, typer.Option(help="Only the close calls worth a human look.")] = False,
    as_json: JsonOption = False,
) -> None:
    """List actors with type, aliases, mention and document counts; --unsure lists close calls.

    Example: [bold]linkchart actors --unsure --db linkchart.db[/]
    """
    rows = api.actors(db, unsure)
    if unsure:
        emit(
            as_json,
            rows,
            lambda: table(
                "Close calls",
                ["actor", "maybe the same as", "score", "why"],
                [[r["a"], r["b"], r["score"], r["rule"]] for r in rows],
            ),
        )
    else:
        emit(
            as_json,
            rows,
            lambda: table(
                "Actors",
                ["actor", "type", "mentions", "docs", "aliases"],
                [[r["name"], r["type"], r["mentions"], len(r["docs"]), ", ".join(r["aliases"])] for r in rows],
            ),
        )


def _undo(db: Path, judgment: int | None, author: str | None) -> None:
    if judgment is None:
        raise InvalidInput("say which judgment to undo: --id N (see `linkchart judgments list`)")
    result = api.undo_judgment(db, judgment, _author(author))
    err.print(f"judgment {result['judgment']['id']}: undoes judgment {judgment}")
    _warn(result["warnings"])


def _apply(store: Store) -> None:
    _warn(apply_judgments(store))


def _import(store: Store, file: str) -> None:
    import sys

    handle = sys.stdin if file == "-" else open(file, encoding="utf-8")  # noqa: SIM115
    with handle:
        records = [json.loads(line) for line in handle if line.strip()]
    added = import_judgments(store, records)
    err.print(f"{added} judgments added")
    _apply(store)
