"""The analysis API and CLI on real stores: the founding sample and the project's samples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import linkchart
from linkchart.analyze import GraphFilter, claim_graph, diff, snapshot, support_chains
from linkchart.analyze.sources import contradictions
from linkchart.api import ingest
from linkchart.cli import app
from linkchart.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import EVAL

    if not EVAL.exists():
        pytest.skip("../shared/eval is not present")
    db = tmp_path_factory.mktemp("dev") / "dev.db"
    ingest([EVAL / "dev"], db)
    return db


def test_haqqani_network_is_the_shared_partner_of_enemies(dev_db: Path) -> None:
    with linkchart.open(dev_db) as corpus:
        first = corpus.balance()["enemies_shared_partners"][0]
    assert first["name"] == "Haqqani Network"
    assert {frozenset(p) for p in first["pairs"]} == {
        frozenset(("al-Qaeda", "Inter-Services Intelligence")),
        frozenset(("al-Qaeda", "Tehrik-e-Taliban Pakistan")),
        frozenset(("Inter-Services Intelligence", "Tehrik-e-Taliban Pakistan")),
    }


def test_founding_sample_profile_and_time(dev_db: Path) -> None:
    with linkchart.open(dev_db) as corpus:
        profile = corpus.profile("the Haqqani network")
        names = {section: {line["name"] for line in lines} for section, lines in profile["sections"].items()}
        assert "Jalaluddin Haqqani" in names["leaders"]
        assert {"Taliban", "al-Qaeda", "Inter-Services Intelligence"} <= names["allies"]
        assert "Inter-Services Intelligence" in names["sponsors"]
        assert all(
            c["sentence"] and c["doc"]
            for lines in profile["sections"].values()
            for line in lines
            for c in line["citations"]
        )
        graph_1985 = corpus.graph(as_of="1985")
        changes = corpus.diff("1985", "2008")
    pairs_1985 = {(graph_1985.nodes[u]["name"], d["predicate"]) for u, _, d in graph_1985.edges(data=True)}
    assert ("Central Intelligence Agency", "supports") in pairs_1985
    assert ["Central Intelligence Agency", "supports", "Jalaluddin Haqqani"] in changes["ended"]


def test_graph_api_views(dev_db: Path) -> None:
    with linkchart.open(dev_db) as corpus:
        everything = corpus.graph()
        enemies = corpus.graph(classes=["enemy"])
        reported = corpus.graph(hedges=["reported"])
    assert isinstance(everything, nx.MultiDiGraph)
    assert {d["class"] for _, _, d in enemies.edges(data=True)} == {"enemy"}
    assert 0 < reported.number_of_edges() < everything.number_of_edges()


def test_support_chain_with_evidence_per_hop(sample_db: Path) -> None:
    with Store(sample_db) as store:
        graph = claim_graph(store)
    isi = "known:isi"
    chains = support_chains(graph, isi, max_hops=3, min_hops=1)
    assert chains and all(hop.claims and hop.claims[0]["sentence"] for chain in chains for hop in chain)


def test_timeline_and_contradictions_on_a_small_graph() -> None:
    graph = nx.MultiDiGraph()
    common = {"hedge": "asserted", "doc": "d", "sentence": "s", "symmetric": True}
    graph.add_edge(
        "a",
        "b",
        key="1",
        predicate="cooperates_with",
        sign=1,
        time_start="1990",
        time_end="1995",
        publisher="P",
        id="1",
        **common,
    )
    graph.add_edge(
        "a",
        "b",
        key="2",
        predicate="fights",
        sign=-1,
        time_start="2005",
        time_end=None,
        publisher="Q",
        id="2",
        **common,
    )
    graph.add_edge(
        "a",
        "b",
        key="3",
        predicate="fights",
        sign=-1,
        time_start="1993",
        time_end="1993",
        publisher="R",
        id="3",
        **common,
    )
    assert snapshot(graph, "1991") == {("a", "cooperates_with", "b")}
    changes = diff(graph, "1991", "2008")
    assert changes.appeared == [("a", "fights", "b")] and changes.ended == [("a", "cooperates_with", "b")]
    assert changes.sign_changed == [("a", "b", 1, -1)]
    [clash] = contradictions(graph)
    assert clash.ally == ("1",) and clash.enemy == ("3",)  # only the 1993 claim overlaps 1990-1995


def test_graph_filter_keeps_by_class_date_and_confidence() -> None:
    edge = {
        "time_start": "1995",
        "time_end": None,
        "class": "ally",
        "hedge": "asserted",
        "predicate": "recruits",
        "confidence": 0.35,
    }
    assert GraphFilter(as_of="2000").keeps(edge) and not GraphFilter(as_of="1990").keeps(edge)
    assert not GraphFilter(classes=frozenset({"enemy"})).keeps(edge)
    assert not GraphFilter(min_confidence=0.4).keeps(edge)


@pytest.mark.parametrize(
    "command",
    [
        ["profile", "Taliban"],
        ["key-actors"],
        ["brokers"],
        ["balance"],
        ["chains", "ISI"],
        ["diff", "--from", "1995", "--to", "2010"],
        ["sources"],
        ["communities"],
    ],
)
def test_analysis_commands_print_json(sample_db: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--db", str(sample_db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) is not None


def test_unknown_actor_suggests_names(sample_db: Path) -> None:
    result = runner.invoke(app, ["profile", "Talibam", "--db", str(sample_db)])
    assert result.exit_code == 2 and "did you mean" in result.output and "Taliban" in result.output


def test_graph_exports_open_in_their_tools(sample_db: Path, tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf", "ftm", "csv", "neo4j"):
        result = runner.invoke(app, ["graph", "--db", str(sample_db), "-f", fmt, "-o", str(tmp_path / f"out.{fmt}")])
        assert result.exit_code == 0, result.output
    graphml = nx.read_graphml(tmp_path / "out.graphml")
    gexf = nx.read_gexf(tmp_path / "out.gexf")
    assert graphml.number_of_edges() == gexf.number_of_edges() > 0
    assert any("start" in d or "end" in d for _, _, d in gexf.edges(data=True))
    ftm = Path(sys.executable).parent / "ftm"
    checked = subprocess.run(
        [str(ftm), "validate", "-i", str(tmp_path / "out.ftm"), "-o", str(tmp_path / "v.ftm")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert len((tmp_path / "v.ftm").read_text().splitlines()) == len((tmp_path / "out.ftm").read_text().splitlines())
    header = (tmp_path / "out.neo4j" / "relationships.csv").read_text().splitlines()[0]
    assert header.startswith(":START_ID,:END_ID,:TYPE")
    assert (tmp_path / "out.csv" / "edges.csv").exists()


def test_key_actors_are_actors_not_the_places_they_operate_in(sample_db: Path) -> None:
    from linkchart.corpus import Corpus

    with Corpus(sample_db) as corpus:
        names = {row["name"] for row in corpus.key_actors(top=100)}
    assert {"Haqqani Network", "Taliban"} <= names
    assert not {"Khost", "Paktia", "Paktika", "North Waziristan", "Kandahar"} & names


def test_chains_from_a_source_list_every_recipient_and_say_when_there_is_none(sample_db: Path) -> None:
    found = json.loads(runner.invoke(app, ["chains", "CIA", "--db", str(sample_db), "--json"]).output)
    assert ["Jalaluddin Haqqani"] in [[hop["to"] for hop in chain] for chain in found]  # one hop is a chain too
    none = runner.invoke(app, ["chains", "Mullah Omar", "--db", str(sample_db)])
    assert none.exit_code == 0 and "no support ties from Mullah Omar" in none.output


def test_a_name_several_actors_share_lists_them_and_first_takes_the_best(sample_db: Path) -> None:
    from linkchart.resolve.lookup import find_actor
    from linkchart.store import Store

    with Store(sample_db) as store:
        rows = store.query("SELECT id FROM current_actors WHERE id LIKE 'known:%haqqani%' ORDER BY id")
        ids = [r["id"] for r in rows]
    assert len(ids) >= 2  # the network and the family's people share the name "Haqqani"
    result = runner.invoke(app, ["profile", "Haqqani", "--db", str(sample_db), "--json"])
    if result.exit_code == 2:  # several fit: a numbered list with types and claim counts
        assert "1. " in result.output and "claims" in result.output
        chosen = runner.invoke(app, ["profile", "Haqqani", "--first", "--db", str(sample_db), "--json"])
        assert chosen.exit_code == 0 and json.loads(chosen.output)["id"] in ids
    with Store(sample_db) as store:
        assert find_actor(store, "Haqqani Netwrok") == "known:haqqani_network"  # a close spelling


def test_a_known_alias_the_text_never_writes_and_an_id_open_one_profile(sample_db: Path) -> None:
    alias = "Directorate for Inter-Services Intelligence"  # a known alias no sample writes
    by_alias = runner.invoke(app, ["profile", alias, "--db", str(sample_db), "--json"])
    assert by_alias.exit_code == 0 and json.loads(by_alias.output)["id"] == "known:isi"
    by_id = runner.invoke(app, ["profile", "known:isi", "--id", "--db", str(sample_db), "--json"])
    assert json.loads(by_id.output)["id"] == "known:isi"
    unknown = runner.invoke(app, ["profile", "Inter-Services Intelligence", "--id", "--db", str(sample_db)])
    assert unknown.exit_code == 2 and "no actor with id" in unknown.output


def test_measures_take_a_period_from_and_to(sample_db: Path) -> None:
    ranked = runner.invoke(app, ["key-actors", "--from", "1980", "--to", "1989", "--db", str(sample_db), "--json"])
    assert ranked.exit_code == 0 and all("evidence" in row for row in json.loads(ranked.output))
    both = runner.invoke(app, ["balance", "--as-of", "1985", "--from", "1980", "--db", str(sample_db)])
    assert both.exit_code == 2
    wrong = runner.invoke(app, ["brokers", "--as-of", "the eighties", "--db", str(sample_db)])
    assert wrong.exit_code == 2
