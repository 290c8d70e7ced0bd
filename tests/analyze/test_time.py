"""Time in the views, on a real store of a chronology: "as of Y" keeps the ties that hold in Y
(open ends included) and never an undated one unless asked; diff, sources and profiles tell a
change over time from a contradiction; the timeline puts undated ties apart."""

from __future__ import annotations

import datetime
from pathlib import Path

from linkchart.corpus import Corpus


def ties(corpus: Corpus, as_of: str | None = None) -> set[tuple[str, str, str]]:
    graph = corpus.graph(as_of)
    return {(graph.nodes[u]["name"], d["predicate"], graph.nodes[v]["name"]) for u, v, d in graph.edges(data=True)}


FOUGHT = ("Red Hand Brigade", "fights", "Blue Lions Front")
ALLIED_SINCE = ("Red Hand Brigade", "cooperates_with", "Green Wolves Movement")
UNDATED = ("Red Hand Brigade", "fights", "Black Crescent Army")


def test_as_of_a_year_keeps_what_holds_in_it_and_no_undated_tie(chronology_db: Path) -> None:
    with Corpus(chronology_db) as corpus:
        assert {FOUGHT, ALLIED_SINCE, UNDATED} <= ties(corpus)
        in_1992 = ties(corpus, "1992")
        assert FOUGHT in in_1992 and ALLIED_SINCE not in in_1992 and UNDATED not in in_1992
        in_2010 = ties(corpus, "2010")
        assert ALLIED_SINCE in in_2010 and FOUGHT not in in_2010  # an open end runs on
    with Corpus(chronology_db, include_undated=True) as corpus:
        assert UNDATED in ties(corpus, "1992")


def test_a_turn_is_a_change_not_a_contradiction(chronology_db: Path) -> None:
    with Corpus(chronology_db) as corpus:
        diff = corpus.diff("1992", "1998")
        assert ["Blue Lions Front", "Red Hand Brigade", -1, 1] in diff["sign_changed"]
        assert not any(UNDATED[2] in tie for tie in diff["appeared"] + diff["ended"])
        sources = corpus.sources()
        assert sources["contradictions"] == []
        (change,) = sources["changes"]
        turned = (change["from"], change["before"], change["to"], change["after"])
        assert turned == ("enemy", "1990\u20131995", "ally", "1998")
        assert corpus.profile("Red Hand Brigade")["turns"] == [change]


def test_the_timeline_puts_undated_ties_apart_and_runs_open_ones_to_the_present(chronology_db: Path) -> None:
    from linkchart.analyze.views import timeline

    with Corpus(chronology_db) as corpus:
        view = timeline(corpus)
    dated = [i for i in view["items"] if i["dated"]]
    undated = [i for i in view["items"] if not i["dated"]]
    assert view["items"] == dated + undated
    assert [i["object"] for i in undated] == ["Black Crescent Army"] and undated[0]["when"] == "undated"
    assert [i["when"] for i in dated] == ["1990\u20131995", "1998", "since 2005"]
    assert view["span"] == [1990, datetime.date.today().year]
    assert view["changes"][0]["to"] == "ally"
