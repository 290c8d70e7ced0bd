"""An analyst's FollowTheMoney entity file as known actors: people, bodies and legal entities
become known actors with their names and country, other entities are skipped, a bad line is
refused with its number, and the next ingest (in a new process) finds the actors by any name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ENTITIES = [
    {
        "id": "ent-crimson-1",
        "schema": "Organization",
        "properties": {"name": ["Crimson Lantern Syndicate"], "alias": ["Lantern Syndicate"], "country": ["af"]},
    },
    {"id": "ent-zorin-2", "schema": "Person", "properties": {"name": ["Zorin Vast"], "weakAlias": ["Vast"]}},
    {"id": "ent-addr-3", "schema": "Address", "properties": {"full": ["1 Main Street, Herat"]}},
]
REPORT = "The Lantern Syndicate attacked Afghan forces in Herat in 2010. Zorin Vast leads the Lantern Syndicate.\n"


def _linkchart(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "linkchart", *args], env=env, capture_output=True, text=True)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "LINKCHART_KNOWN_DIR": str(tmp_path / "known")}


def test_an_entity_file_becomes_known_actors_the_next_ingest_finds(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "reference.ftm.json"
    source.write_text("\n".join(json.dumps(e) for e in ENTITIES) + "\n", encoding="utf-8")
    imported = _linkchart("known", "import", str(source), "--name", "reference", env=env)
    assert imported.returncode == 0, imported.stderr
    assert "2 known actors" in imported.stderr and "1 entities of other kinds skipped" in imported.stderr
    listed = json.loads(_linkchart("known", "list", "--json", env=env).stdout)
    assert listed == [{"name": "reference", "source": str(source), "actors": 2}]
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "report.txt").write_text(REPORT, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert _linkchart("ingest", str(tmp_path / "reports"), "--db", db, env=env).returncode == 0
    actors = [json.loads(line) for line in _linkchart("export", "actors", "--db", db, env=env).stdout.splitlines()]
    known = {a["id"]: a for a in actors if a["id"].startswith("known:ftm_")}
    assert known["known:ftm_ent_crimson_1"]["name"] == "Crimson Lantern Syndicate"  # found by its alias
    assert known["known:ftm_ent_crimson_1"]["country"] == "AF"
    assert "known:ftm_ent_zorin_2" in known


def test_a_line_that_is_no_entity_is_refused_with_its_number(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(ENTITIES[0]) + '\n{"id": "x", "schema": "NoSuchSchema"}\n', encoding="utf-8")
    refused = _linkchart("known", "import", str(source), env=env)
    assert refused.returncode != 0 and "line 2" in refused.stderr + refused.stdout
