"""Every JSON twin, the security headers, and what hostile input may never do."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkchart.web import create_app
from linkchart.web.app import CSP
from linkchart.web.security import CSRF_COOKIE as CSRF
from tests.conftest import HOSTILE_NAME


@pytest.fixture(scope="module")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db, "api-test", allowed_hosts=["testserver"]))


def csrf_token(client: TestClient, page: str = "/") -> str:
    """The session's token, as a curation form carries it (the page sets the cookie)."""
    html = client.get(page).text
    return html.split('name="csrf" value="', 1)[1].split('"', 1)[0] if 'name="csrf"' in html else client.cookies[CSRF]


def test_home_and_search_twins(client: TestClient) -> None:
    home = client.get("/index.json").json()
    assert home["counts"]["documents"] == 6 and home["actors"]
    found = client.get("/search.json", params={"q": "Haqqani"}).json()
    assert any(a["name"] == "Haqqani Network" for a in found["actors"])
    assert all("Haqqani" in s["text"] for s in found["sentences"])


def test_profile_twin_has_citations(client: TestClient) -> None:
    profile = client.get("/actors/known:haqqani_network.json").json()
    assert profile["name"] == "Haqqani Network"
    lines = [line for section in profile["sections"].values() for line in section]
    assert lines and all(c["sentence"] and c["doc"] for line in lines for c in line["citations"])


def test_graph_twin_filters_by_class_and_hedge(client: TestClient) -> None:
    everything = client.get("/graph.json").json()
    enemies = client.get("/graph.json", params=[("class", "enemy")]).json()
    assert {e["class"] for e in enemies["edges"]} == {"enemy"}
    assert len(enemies["edges"]) < len(everything["edges"])
    assert all({"x", "y"} <= set(n) for n in everything["nodes"])
    reported = client.get("/graph.json", params=[("hedge", "reported")]).json()
    assert {e["hedge"] for e in reported["edges"]} == {"reported"}


def test_claim_document_timeline_and_map_twins(client: TestClient) -> None:
    edge = client.get("/graph.json").json()["edges"][0]
    claim = client.get(f"/claims/{edge['id']}.json").json()
    assert {run["role"] for run in claim["sentence"]} >= {"trigger", "subject", "object"}
    document = client.get(f"/documents/{claim['doc_id']}.json").json()
    assert any(run["role"] for part in document["parts"] for run in part["segments"])
    sentence = client.get("/search.json", params={"q": claim["evidence"][0]["text"]}).json()["sentences"][0]
    focused = client.get(f"/documents/{sentence['doc_id']}.json", params={"sentence": sentence["id"]}).json()
    (part,) = [p for p in focused["parts"] if p["focus"]]
    assert "".join(run["text"] for run in part["segments"]) == sentence["text"]
    timeline = client.get("/timeline.json", params={"actor": "Taliban"}).json()
    assert timeline["actor"] == "Taliban" and timeline["items"]
    places = client.get("/map.json").json()["places"]
    assert any(p["name"] == "North Waziristan" and 32 < p["lat"] < 34 for p in places)


def test_every_page_has_its_security_headers_and_a_twin_link(client: TestClient) -> None:
    for url in ("/", "/search?q=Taliban", "/graph", "/timeline", "/map", "/actors/known:taliban"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert ".json" in response.text and "<script>" not in response.text  # no inline script anywhere


def test_hostile_text_is_escaped_everywhere(client: TestClient) -> None:
    hostile = client.get("/search.json", params={"q": "Kandahar"}).json()["sentences"]
    doc_id = next(s["doc_id"] for s in hostile if s["doc"] == "hostile")
    pages = [
        client.get(f"/documents/{doc_id}").text,
        client.get("/search", params={"q": "Kandahar"}).text,
        client.get("/actors/known:nato").text,
        client.get("/timeline").text,
    ]
    for html in pages:
        assert "<script>window.__pwned" not in html and "<img src=x onerror" not in html
        assert "<svg onload" not in html
    assert "&lt;script&gt;" in pages[0] and "&lt;img src=x onerror=" in pages[2]
    assert HOSTILE_NAME[:20] not in pages[2]
    assert "\u202e" not in pages[0] and "\u200b" not in pages[0]


def test_invisible_characters_neither_hide_an_actor_nor_mirror_the_page(client: TestClient) -> None:
    found = client.get("/search.json", params={"q": "Khost"}).json()["sentences"]
    (sentence,) = [s for s in found if s["doc"] == "hostile"]
    assert "Haqqani Network fought the Red Crescent Legion" in sentence["text"]  # read as if never there
    document = client.get(f"/documents/{sentence['doc_id']}.json").json()
    marked = {run["text"] for part in document["parts"] for run in part["segments"] if run["role"]}
    assert "Haqqani Network" in marked
    (legion,) = client.get("/search.json", params={"q": "Legion"}).json()["actors"]
    profile = client.get(f"/actors/{legion['id']}")
    assert "\u202e" not in profile.text and "\u2066" not in profile.text
    assert "<bdi>Legionorganization</bdi>" in profile.text  # a name is isolated from the page around it


@pytest.mark.parametrize(
    "url",
    [
        "/static/../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/documents/..%2F..%2Fetc%2Fpasswd",
        "/claims/' OR 1=1 --",
        "/actors/%00",
    ],
)
def test_no_path_traversal_or_injection(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (400, 404) and "root:" not in response.text


def test_odd_search_queries_do_not_break_full_text_search(client: TestClient) -> None:
    for query in ['"', "AND OR NOT", "*", "Taliban) OR (x", "NEAR(", "';--"]:
        assert client.get("/search.json", params={"q": query}).status_code == 200


def test_curation_posts_need_the_apps_own_origin(client: TestClient, web_db: Path) -> None:
    edge = client.get("/graph.json").json()["edges"][-1]
    token = csrf_token(client, f"/claims/{edge['id']}")
    forged = client.post(
        "/curate/verdict",
        data={"claim": edge["id"], "decision": "reject", "csrf": token},
        headers={"origin": "http://evil.example"},
    )
    assert forged.status_code == 403
    accepted = client.post(
        "/curate/verdict",
        data={"claim": edge["id"], "decision": "accept", "csrf": token},
        headers={"origin": "http://testserver", "accept": "application/json"},
    )
    assert accepted.status_code == 200 and accepted.json()["judgment"]["author"] == "api-test"


def test_merge_and_split_forms_write_judgments(web_db: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(web_db, db)
    client = TestClient(create_app(db, "forms", allowed_hosts=["testserver"]))
    page = client.get("/actors/known:hizb_i_islami").text
    assert 'action="/curate/merge"' in page
    token = csrf_token(client, "/actors/known:hizb_i_islami")
    origin = {"origin": "http://testserver"}
    merged = client.post(
        "/curate/merge",
        data={"actor": "known:hizb_i_islami", "into": "Gulbuddin Hekmatyar", "csrf": token},
        headers=origin,
        follow_redirects=False,
    )
    assert merged.status_code == 303
    assert client.get("/actors/known:hizb_i_islami.json").status_code == 404
    split = client.post(
        "/curate/split",
        data={"actor": "known:jalaluddin_haqqani", "alias": "Haqqani", "csrf": token},
        headers={**origin, "accept": "application/json"},
    )
    assert split.json()["judgment"]["kind"] == "split" and split.json()["judgment"]["author"] == "forms"
    made_up = {"actor": "known:nato", "alias": "Nobody Ever Named", "csrf": token}
    refused = client.post("/curate/split", data=made_up, headers={**origin, "accept": "text/html"})
    assert refused.status_code == 400 and "no mention named" in refused.text and "<html" in refused.text


def test_home_links_to_actor_pages_and_its_own_twin(client: TestClient) -> None:
    page = client.get("/").text
    assert 'href="/actors/"' not in page and 'href="/.json"' not in page
    first = client.get("/index.json").json()["actors"][0]
    assert f'href="/actors/{first["id"]}"'.replace(":", "%3A") in page or f'href="/actors/{first["id"]}"' in page
    assert client.get(f"/actors/{first['id']}").status_code == 200
    assert 'href="/index.json"' in page


def test_analysis_pages_give_what_the_cli_gives(client: TestClient, web_db: Path) -> None:
    from linkchart.corpus import Corpus

    with Corpus(web_db) as corpus:
        expected = {"key-actors": corpus.key_actors(top=50), "balance": corpus.balance()}
    assert client.get("/analysis/key-actors.json").json()["rows"] == expected["key-actors"]
    balance = client.get("/analysis/balance.json").json()
    assert {k: balance[k] for k in expected["balance"]} == expected["balance"]
    for measure in ("key-actors", "brokers", "balance", "communities", "sources"):
        page = client.get(f"/analysis/{measure}", params={"as_of": "2001/2010"})
        assert page.status_code == 200 and "Analysis, 2001/2010" in page.text
    assert client.get("/analysis/nothing.json").status_code == 404
