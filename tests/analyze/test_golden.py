"""The analyses on a corpus with known answers (`golden/`, three pages in the project's own
words from three publishers), read end to end: extraction, store, then each command's function.

What the pages say, and so what each analysis must answer:

* the Green Wolves Movement is allied since 2004 with the Red Hand Brigade and the Silver Spear
  Front, which fight each other since 2004: it brokers between them, shares both as partners,
  and the triangle is unbalanced;
* the Orange Hawk Group was allied with one group in 1985 and with another since 2012: it
  brokers nothing between them (the two ties never held at once);
* the Amber Fist's "Allies:" line lists two groups that fight each other: the items of one
  list are not known to hold at once, so they make no triangle and no brokerage;
* the Northern Council funds the Green Wolves Movement, which supports the Black Crescent
  Army: a chain of support, and its first hop alone;
* the Red Hand Brigade fought the Blue Lions Front in 1990-1995 and was allied with it in 1998:
  a change over time, not a contradiction;
* two publishers say the Delta Coast Army cooperated with and fought the Kestrel Union in
  2010: a contradiction;
* the Government of Pakistan negotiated with the Black Crescent Army: talks make no camp;
* the Green Wolves Movement operates in two provinces: places are not key actors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from linkchart.api import ingest
from linkchart.corpus import Corpus

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    db = tmp_path_factory.mktemp("golden") / "golden.db"
    assert not ingest([GOLDEN], db).errors
    with Corpus(db) as opened:
        yield opened


def test_the_broker_between_enemies_and_none_across_time_or_within_a_list(corpus: Corpus) -> None:
    brokers = {row["name"]: row for row in corpus.brokers()}
    assert next(iter(brokers)) == "Green Wolves Movement"
    assert brokers["Green Wolves Movement"]["evidence"]["publishers"] == 1
    assert "Orange Hawk Group" not in brokers  # allied in 1985 and since 2012: never at once
    assert "Amber Fist" not in brokers  # its allies are the items of one list


def test_balance_counts_the_triangle_that_holds_at_once_and_leaves_the_list_apart(corpus: Corpus) -> None:
    result = corpus.balance()
    assert (result["triangles"], result["unbalanced"], result["apart"], result["undated"]) == (1, 1, 1, 0)
    (partner,) = result["enemies_shared_partners"]
    assert (partner["name"], partner["pairs"]) == (
        "Green Wolves Movement",
        [["Red Hand Brigade", "Silver Spear Front"]],
    )


def test_a_chain_of_support_one_hop_included(corpus: Corpus) -> None:
    chains = [[hop["to"] for hop in chain] for chain in corpus.chains("Northern Council")]
    assert chains == [["Green Wolves Movement"], ["Green Wolves Movement", "Black Crescent Army"]]
    assert corpus.chains("Orange Hawk Group") == []


def test_a_change_over_time_and_a_contradiction_between_publishers(corpus: Corpus) -> None:
    sources = corpus.sources()
    (clash,) = sources["contradictions"]
    assert (clash["a"], clash["b"], len(clash["publishers"])) == ("Delta Coast Army", "Kestrel Union", 2)
    (change,) = sources["changes"]
    assert (change["a"], change["b"], change["from"], change["to"]) == (
        "Blue Lions Front",
        "Red Hand Brigade",
        "enemy",
        "ally",
    )


def test_communities_of_cooperation_without_talks_or_places(corpus: Corpus) -> None:
    camps = corpus.communities()
    camp = next(c for c in camps if "Green Wolves Movement" in c)
    assert {"Northern Council", "Black Crescent Army"} <= set(camp)
    assert not any("Government of Pakistan" in c or "Balochistan" in c for c in camps)


def test_key_actors_are_actors_with_their_evidence(corpus: Corpus) -> None:
    rows = corpus.key_actors(top=0)
    assert rows[0]["name"] == "Green Wolves Movement"
    assert not {"Balochistan", "Sindh"} & {row["name"] for row in rows}
    assert rows[0]["evidence"]["ties"] == 4 and rows[0]["evidence"]["undated_ties"] == 2


def test_a_period_keeps_the_ties_that_overlap_it(corpus: Corpus) -> None:
    early = {row["name"] for row in corpus.key_actors(top=0, as_of="1984/1990")}
    assert early == {"Orange Hawk Group", "Iron Valley Militia", "Red Hand Brigade", "Blue Lions Front"}
    assert {row["name"] for row in corpus.key_actors(top=0, as_of="2013/")} >= {"White River Front"}
