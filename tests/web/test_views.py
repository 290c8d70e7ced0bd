"""The explorer's views (top actors, neighbourhood, paths, saved charts), search with snippets,
facets and pages, the curation page with undo, and addresses too long to look at."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkchart.analyze.scope import MAX_ACTORS
from linkchart.web import create_app
from tests.web.test_app import csrf_token


@pytest.fixture(scope="module")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db, "views-test", allowed_hosts=["testserver"]))


def test_the_explorer_opens_on_the_best_connected_actors_and_grows_by_neighbourhoods(client: TestClient) -> None:
    top = client.get("/graph.json").json()
    assert top["scope"]["kind"] == "top" and top["scope"]["small"]
    assert 0 < len(top["nodes"]) <= MAX_ACTORS
    assert all({"pagerank", "betweenness", "community", "degree"} <= set(n) for n in top["nodes"])
    near = client.get("/graph.json", params={"focus": "Haqqani Network"}).json()
    (focus,) = near["scope"]["actors"]
    assert focus in {n["id"] for n in near["nodes"]}
    assert all(focus in (e["source"], e["target"]) for e in near["edges"])  # one hop: every claim touches it
    wider = client.get("/graph.json", params={"focus": focus, "hops": "2"}).json()
    assert {n["id"] for n in near["nodes"]} < {n["id"] for n in wider["nodes"]}
    whole = client.get("/graph.json", params={"full": "1"}).json()
    assert whole["scope"]["kind"] == "full" and len(whole["edges"]) >= len(wider["edges"])


def test_paths_between_two_actors_draw_only_their_steps(client: TestClient) -> None:
    found = client.get("/graph.json", params={"from": "Jalaluddin Haqqani", "to": "Taliban"}).json()
    (shortest,) = [p for p in found["scope"]["paths"] if p["kind"] == "shortest"]
    assert (
        shortest["actors"][0] == found["scope"]["actors"][0] and shortest["actors"][-1] == found["scope"]["actors"][1]
    )
    steps = {frozenset(pair) for pair in zip(shortest["actors"], shortest["actors"][1:], strict=False)}
    assert {frozenset((e["source"], e["target"])) for e in found["edges"]} >= steps


def test_a_saved_chart_reopens_with_its_actors_and_state(client: TestClient) -> None:
    near = client.get("/graph.json", params={"focus": "Haqqani Network"}).json()
    actors = [n["id"] for n in near["nodes"]][:5]
    state = {
        "actors": actors,
        "positions": {actors[0]: [1, 2]},
        "pinned": [actors[0]],
        "hidden": [],
        "size": "pagerank",
    }
    token = csrf_token(client, "/graph")
    form = {"name": "Haqqani \u202ecircle", "state": json.dumps(state), "csrf": token}
    saved = client.post("/charts", data=form, headers={"Origin": "http://testserver"})
    assert saved.status_code == 200 and saved.json()["name"] == "Haqqani circle"  # no mirroring in a name
    assert "Haqqani circle" in {c["name"] for c in client.get("/charts.json").json()["charts"]}
    assert client.get("/charts/Haqqani circle.json").json()["state"]["pinned"] == [actors[0]]
    drawn = client.get("/graph.json", params={"chart": "Haqqani circle"}).json()
    assert drawn["scope"]["kind"] == "chart" and {n["id"] for n in drawn["nodes"]} <= set(actors)
    assert client.post("/charts", data=form).status_code == 403  # not from this app's pages
    too_many = form | {"state": json.dumps({"actors": ["x"] * 501})}
    assert client.post("/charts", data=too_many, headers={"Origin": "http://testserver"}).status_code == 400


def test_search_gives_snippets_facets_and_links_to_the_sentence(client: TestClient) -> None:
    found = client.get("/search.json", params={"q": "Haqqani"}).json()
    hit = found["sentences"][0]
    assert any(run["hit"] and "Haqqani" in run["text"] for run in hit["snippet"])
    assert {"type", "predicate", "publisher"} == set(found["facets"])
    publisher = found["facets"]["publisher"][0]
    narrowed = client.get(publisher["href"].replace("/search?", "/search.json?")).json()
    assert narrowed["filters"] == {"publisher": publisher["value"]}
    assert len(narrowed["sentences"]) == min(publisher["count"], 25)
    assert all(s["publisher"] == publisher["value"] for s in narrowed["sentences"])
    page = client.get("/search", params={"q": "Haqqani"}).text
    assert f"/documents/{hit['doc_id']}?sentence=" in page and "<mark>" in page


def test_the_curation_page_lists_judgments_and_undoes_one(client: TestClient) -> None:
    edge = client.get("/graph.json").json()["edges"][0]
    token = csrf_token(client, f"/claims/{edge['id']}")
    origin = {"Origin": "http://testserver"}
    form = {"claim": edge["id"], "decision": "reject", "note": "wrong year", "csrf": token}
    client.post("/curate/verdict", data=form, headers=origin, follow_redirects=False)
    listed = client.get("/curation.json").json()
    (mine,) = [j for j in listed["judgments"] if j["target"] == edge["id"] and j["active"]]
    assert mine["note"] == "wrong year" and mine["author"] == "views-test" and mine["applied_to"] == edge["id"]
    assert "wrong year" in client.get("/curation").text
    undone = client.post("/curate/undo", data={"judgment": mine["id"], "csrf": token}, headers=origin)
    assert undone.status_code == 200 and undone.url.path == "/curation"
    assert client.get(f"/claims/{edge['id']}.json").json()["verdict"] is None


def test_every_analysis_has_its_page_and_twin_and_home_rows_link(client: TestClient) -> None:
    for measure in ("key-actors", "brokers", "balance", "communities", "sources", "diff"):
        assert client.get(f"/analysis/{measure}").status_code == 200, measure
    diff = client.get("/analysis/diff.json", params={"as_of": "1990/2010"}).json()
    assert diff["from"] == "1990" and diff["to"] == "2010" and {"appeared", "ended", "sign_changed"} <= set(diff)
    home = client.get("/").text
    row = home.split('<table class="claims">', 1)[1].split("</tr>", 2)[1]
    assert row.count('href="/actors/') == 2 and 'href="/graph?from=' in row


def test_addresses_too_long_are_refused_before_any_work(client: TestClient) -> None:
    assert client.get("/actors/" + "x" * 10_000).status_code == 414
    assert client.get("/search", params={"q": "y" * 5_000}).status_code == 414
    assert client.get("/actors/" + "z" * 900).status_code == 404
