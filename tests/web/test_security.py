"""The host allowlist, the exact origin check and the CSRF token, with the headers of real
bypass attempts: an origin that only starts with ours, another port, user-info in a Referer,
and a DNS-rebinding page's Host."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkchart.web import create_app
from linkchart.web.security import CSRF_COOKIE

OURS = "http://127.0.0.1:8792"


@pytest.fixture(scope="module")
def client(web_db: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("security") / "copy.db"
    shutil.copy(web_db, db)
    return TestClient(create_app(db, "security-test"), base_url=OURS)


@pytest.fixture(scope="module")
def claim(client: TestClient) -> str:
    return str(client.get("/graph.json").json()["edges"][0]["id"])


def _post(client: TestClient, claim: str, headers: dict[str, str], token: str | None = None) -> int:
    token = client.cookies.get(CSRF_COOKIE) if token is None else token
    form = {"claim": claim, "decision": "accept", "csrf": token or ""}
    return client.post("/curate/verdict", data=form, headers={"accept": "application/json", **headers}).status_code


def test_a_post_from_our_own_origin_with_the_token_is_accepted(client: TestClient, claim: str) -> None:
    client.get(f"/claims/{claim}")
    assert _post(client, claim, {"origin": OURS}) == 200
    assert _post(client, claim, {"referer": f"{OURS}/claims/{claim}"}) == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://127.0.0.1:8792.evil.example"},
        {"origin": "http://127.0.0.1:87921"},
        {"referer": "http://127.0.0.1:8792@evil.example/"},
        {"origin": "https://127.0.0.1:8792"},
        {"origin": "null"},
        {},
    ],
    ids=["origin-prefix", "origin-port-prefix", "referer-userinfo", "other-scheme", "null", "none"],
)
def test_posts_from_elsewhere_are_refused(client: TestClient, claim: str, headers: dict[str, str]) -> None:
    client.get("/")
    assert _post(client, claim, headers) == 403


def test_a_post_without_the_sessions_token_is_refused(client: TestClient, claim: str) -> None:
    client.get("/")
    assert _post(client, claim, {"origin": OURS}, token="") == 403
    assert _post(client, claim, {"origin": OURS}, token="x" * 43) == 403


def test_a_rebound_host_can_neither_read_nor_curate(client: TestClient, claim: str) -> None:
    rebound = {"host": "rebind.evil.example"}
    assert client.get("/index.json", headers=rebound).status_code == 400
    assert client.get("/", headers=rebound).status_code == 400
    assert _post(client, claim, {**rebound, "origin": "http://rebind.evil.example"}) == 400


def test_named_hosts_are_allowed(web_db: Path) -> None:
    proxied = TestClient(
        create_app(web_db, allowed_hosts=["linkchart.example.org"]), base_url="http://linkchart.example.org"
    )
    assert proxied.get("/index.json").status_code == 200
    assert proxied.get("/index.json", headers={"host": "localhost:8008"}).status_code == 200
    assert proxied.get("/index.json", headers={"host": "example.org"}).status_code == 400


def test_errors_are_pages_for_people_and_json_for_twins(client: TestClient) -> None:
    page = client.get("/actors/no-such-actor")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no-such-actor" in page.text
    twin = client.get("/actors/no-such-actor.json")
    assert twin.status_code == 404 and twin.json()["status"] == 404
