"""Analysis commands of the `linkchart` CLI: each prints a Rich table, or JSON with --json."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from linkchart.cli.app import (
    AsOfOption,
    DbOption,
    FirstOption,
    FromOption,
    IdOption,
    JsonOption,
    ToOption,
    TopOption,
    app,
    corpus,
    emit,
    err,
    out,
    period,
    table,
)
from linkchart.export.graphs import GRAPH_FORMATS, write_graph
from linkchart.export.report import write_report


@app.command()
def profile(
    actor: Annotated[str, typer.Argument(help="Actor name, alias, close spelling or id.")],
    db: DbOption = Path("linkchart.db"),
    as_of: AsOfOption = None,
    start: FromOption = None,
    end: ToOption = None,
    first: FirstOption = False,
    by_id: IdOption = False,
    as_json: JsonOption = False,
) -> None:
    """An actor's profile: names, leaders, members, allies, rivals, sponsors, proxies, areas and
    timeline, each line with its citations. Where a name fits several actors, they are listed,
    numbered, with their types, claim counts and ids.

    --json prints {id, name, type, aliases, sections: {section: [{name, predicates, citations}]},
    turns: [{a, b, from, to, before, after, claims}]}.

    Example: [bold]linkchart profile "Haqqani network" --db linkchart.db[/]
    """
    with corpus(db) as c:
        result = c.profile(actor, period(as_of, start, end), first, by_id)

    def show() -> None:
        out.print(f"[bold]{result['name']}[/] ({result['type']}) {result['id']}")
        if result["aliases"]:
            out.print("also: " + ", ".join(result["aliases"]))
        for section, lines in result["sections"].items():
            if lines:
                rows = [
                    [
                        line["name"],
                        ", ".join(line["predicates"]),
                        "; ".join(sorted({f"{c['doc']}: {c['sentence'][:90]}" for c in line["citations"]})),
                    ]
                    for line in lines
                ]
                table(section, ["actor", "via", "citations"], rows)
        show_turns(result["turns"])

    emit(as_json, result, show)


def show_turns(changes: list[dict[str, Any]]) -> None:
    """Ties that turned over time, with the dates of the claims on each side of the turn."""
    if changes:
        table(
            "Changes over time",
            ["a", "b", "was", "then", "turned"],
            [
                [t["a"], t["b"], f"{t['from']} ({t['before']})", f"{t['to']} ({t['after']})", t["claims"][1]]
                for t in changes
            ],
        )


@app.command("key-actors")
def key_actors(
    db: DbOption = Path("linkchart.db"),
    top: TopOption = 15,
    as_of: AsOfOption = None,
    start: FromOption = None,
    end: ToOption = None,
    backend: Annotated[str, typer.Option(help="igraph (fast) or networkx.")] = "igraph",
    as_json: JsonOption = False,
) -> None:
    """Actors ranked on degree, betweenness, eigenvector, PageRank, brokerage and Burt's measures
    (ORA-style), over the ties between actors (places are where actors are, not actors).
    Eigenvector and PageRank weigh each tie by its evidence; two ties make a brokerage path only
    where they may hold at once.

    --json prints a list of {actor, name, type, rank, degree, betweenness, eigenvector, pagerank,
    brokerage, constraint, effective_size, roles, evidence: {ties, claims, publishers,
    undated_ties, list_ties}}.

    Example: [bold]linkchart key-actors --db linkchart.db --top 10[/]
    """
    with corpus(db) as c:
        rows = c.key_actors(top=top, backend=backend, as_of=period(as_of, start, end))
    measures = ["degree", "betweenness", "eigenvector", "pagerank", "brokerage", "constraint", "effective_size"]
    emit(
        as_json,
        rows,
        lambda: table(
            "Key actors",
            ["actor", "type", "rank", *measures, "ties (claims, publishers)"],
            [
                [r["name"], r["type"], f"{r['rank']:.1f}", *[f"{r.get(m, 0):.3f}" for m in measures], _evidence(r)]
                for r in rows
            ],
        ),
    )


def _evidence(row: dict[str, Any]) -> str:
    """What a row rests on: "12 (30, 4)", and how many of its ties are undated."""
    e = row["evidence"]
    undated = f", {e['undated_ties']} undated" if e["undated_ties"] else ""
    return f"{e['ties']} ({e['claims']}, {e['publishers']}){undated}"


@app.command()
def brokers(
    db: DbOption = Path("linkchart.db"),
    by: Annotated[str, typer.Option(help="Group actors by this attribute: type or country.")] = "type",
    top: TopOption = 15,
    as_of: AsOfOption = None,
    start: FromOption = None,
    end: ToOption = None,
    as_json: JsonOption = False,
) -> None:
    """Gould-Fernandez brokerage roles on the ally ties, by actor type or country; a two-path
    counts only where its two ties may hold at once (dates overlap, or one is undated).

    --json prints a list of {actor, name, group, total, <role>: count, evidence: {ties, claims,
    publishers, undated_ties, list_ties}}.

    Example: [bold]linkchart brokers --db linkchart.db --by country[/]
    """
    with corpus(db) as c:
        rows = c.brokers(group_by=by, as_of=period(as_of, start, end), top=top)
    roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
    emit(
        as_json,
        rows,
        lambda: table(
            "Brokers",
            ["actor", by, "total", *roles, "ties (claims, publishers)"],
            [[r["name"], r["group"], r["total"], *[r.get(k, 0) for k in roles], _evidence(r)] for r in rows],
        ),
    )


@app.command("balance")
def balance_cmd(
    db: DbOption = Path("linkchart.db"),
    as_of: AsOfOption = None,
    start: FromOption = None,
    end: ToOption = None,
    as_json: JsonOption = False,
) -> None:
    """Structural balance (Cartwright-Harary) and who works with both sides of hostile pairs.
    A triangle counts only where its three ties may hold at once; the items of one list never
    make one among themselves.

    --json prints {triangles, balanced, unbalanced, balanced_share, apart (triangles left out:
    their ties never held at once), undated (triangles counted that rest on an undated tie),
    enemies_shared_partners: [{actor, name, count, pairs}]}.

    Example: [bold]linkchart balance --db linkchart.db --as-of 2008[/]
    """
    with corpus(db) as c:
        result = c.balance(period(as_of, start, end))

    def show() -> None:
        out.print(
            f"{result['triangles']} signed triangles, {result['balanced']} balanced ({result['balanced_share']:.0%}); "
            f"{result['undated']} rest on an undated tie; {result['apart']} left out: their ties never held at once"
        )
        table(
            "Enemies' shared partners",
            ["partner", "hostile pairs", "pairs"],
            [
                [p["name"], p["count"], "; ".join(" vs ".join(pair) for pair in p["pairs"])]
                for p in result["enemies_shared_partners"]
            ],
        )

    emit(as_json, result, show)


@app.command()
def chains(
    source: Annotated[str, typer.Argument(help="Patron to start from.")],
    target: Annotated[str | None, typer.Argument(help="Client to end at (optional).")] = None,
    db: DbOption = Path("linkchart.db"),
    max_hops: Annotated[int, typer.Option(help="Longest chain.")] = 3,
    first: FirstOption = False,
    by_id: IdOption = False,
    as_json: JsonOption = False,
) -> None:
    """Support chains (supports, proxy_of, recruits) from a patron, with the evidence of each hop:
    to a client, or to every recipient within --max-hops (one hop included).

    --json prints a list of chains, each a list of hops {from, to, claims}; an empty list where
    there are none (the table says "no support ties from X").

    Example: [bold]linkchart chains CIA "Haqqani network" --db linkchart.db[/]
    """
    with corpus(db) as c:
        result = c.chains(source, target, max_hops, first, by_id)
    if not result and not as_json:
        err.print(f"no support ties from {escape(source)}" + (f" to {escape(target)}" if target else ""))
        return
    emit(
        as_json,
        result,
        lambda: table(
            "Support chains",
            ["chain", "evidence"],
            [
                [
                    " -> ".join([chain[0]["from"], *[h["to"] for h in chain]]),
                    " | ".join(f"{h['claims'][0]['predicate']}: {h['claims'][0]['doc']}" for h in chain),
                ]
                for chain in result
            ],
        ),
    )


@app.command("diff")
def diff_cmd(
    before: Annotated[str, typer.Option("--from", help="Earlier date.")],
    after: Annotated[str, typer.Option("--to", help="Later date.")],
    db: DbOption = Path("linkchart.db"),
    as_json: JsonOption = False,
) -> None:
    """Ties that appear, end or change sign between two dates.

    --json prints {from, to, appeared: [[subject, predicate, object]], ended: [...],
    sign_changed: [[a, b, sign before, sign after]]}.

    Example: [bold]linkchart diff --from 1995 --to 2008 --db linkchart.db[/]
    """
    with corpus(db) as c:
        result = c.diff(before, after)
    rows = [["appeared", *t] for t in result["appeared"]] + [["ended", *t] for t in result["ended"]]
    rows += [["sign changed", a, f"{s0:+d} -> {s1:+d}", b] for a, b, s0, s1 in result["sign_changed"]]
    emit(
        as_json,
        result,
        lambda: table(f"Changes {before} -> {after}", ["change", "subject", "predicate", "object"], rows),
    )


@app.command("sources")
def sources_cmd(
    db: DbOption = Path("linkchart.db"),
    single: Annotated[bool, typer.Option(help="Only ties one publisher makes.")] = False,
    as_json: JsonOption = False,
) -> None:
    """How many independent publishers back each tie; single-source ties; contradictions (ally
    and enemy at overlapping times), apart from changes (ally, then enemy, dated).

    --json prints {ties: [{subject, predicate, object, publishers, documents, claims}],
    single_source, contradictions: [{a, b, ally_claims, enemy_claims, publishers}], changes:
    [{a, b, from, to, before, after, claims}]}.

    Example: [bold]linkchart sources --db linkchart.db --single[/]
    """
    with corpus(db) as c:
        result = c.sources(single)

    def show() -> None:
        table(
            "Ties by sources",
            ["subject", "predicate", "object", "publishers", "claims"],
            [
                [t["subject"], t["predicate"], t["object"], ", ".join(t["publishers"]), t["claims"]]
                for t in result["ties"]
            ],
        )
        out.print(f"{result['single_source']} single-source ties")
        if result["contradictions"]:
            table(
                "Contradictions (ally and enemy at overlapping or unknown times)",
                ["a", "b", "publishers"],
                [[x["a"], x["b"], ", ".join(x["publishers"])] for x in result["contradictions"]],
            )
        show_turns(result["changes"])

    emit(as_json, result, show)


@app.command()
def communities(
    db: DbOption = Path("linkchart.db"),
    as_of: AsOfOption = None,
    start: FromOption = None,
    end: ToOption = None,
    as_json: JsonOption = False,
) -> None:
    """Communities of cooperating actors (Leiden over alliance, support, proxy and membership
    ties, weighed by their evidence; talks and hostility do not make a camp; places are no
    camp's members).

    --json prints a list of communities, each a list of actor names, largest first.

    Example: [bold]linkchart communities --db linkchart.db[/]
    """
    with corpus(db) as c:
        result = c.communities(period(as_of, start, end))
    emit(
        as_json,
        result,
        lambda: table("Communities", ["#", "actors"], [[i + 1, ", ".join(m)] for i, m in enumerate(result)]),
    )


@app.command("graph")
def graph_cmd(
    output: Annotated[Path, typer.Option("--output", "-o", help="File (folder for csv and neo4j).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, csv, ftm or neo4j.")] = "gexf",
    db: DbOption = Path("linkchart.db"),
    as_of: AsOfOption = None,
    start: FromOption = None,
    end: ToOption = None,
) -> None:
    """Export the claim network for Gephi (GEXF, with time intervals), yEd/Cytoscape (GraphML),
    spreadsheets (CSV nodes and edges), Aleph (FollowTheMoney JSON Lines) or Neo4j (bulk-import CSV).

    Example: [bold]linkchart graph --format gexf -o network.gexf --db linkchart.db[/]
    """
    if fmt not in GRAPH_FORMATS:
        err.print(f"[red]error[/] unknown format {fmt!r}; choose one of {', '.join(GRAPH_FORMATS)}")
        raise typer.Exit(2)
    with corpus(db) as c:
        count = write_graph(c.graph(period(as_of, start, end)), fmt, output)
    err.print(f"{count} {'entities' if fmt == 'ftm' else 'claims'} -> {output}")


@app.command()
def report(
    actor: Annotated[str | None, typer.Argument(help="Actor to report on (default: the key actors).")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")] = Path("report.html"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="html (self-contained) or md.")] = "html",
    db: DbOption = Path("linkchart.db"),
) -> None:
    """Write a report to share: profiles, network picture, timeline and citations, in one
    self-contained HTML file (opens with no network) or Markdown.

    Example: [bold]linkchart report "Haqqani network" -o haqqani.html --db linkchart.db[/]
    """
    if fmt not in ("html", "md"):
        err.print("[red]error[/] the format is html or md")
        raise typer.Exit(2)
    with corpus(db) as c:
        path = write_report(c, output, actor, fmt)
    out.print(f"report written to {path.resolve()}")
