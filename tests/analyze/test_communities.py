"""Communities of cooperation, on a real store: alliance, support, proxy and membership make a
camp; talks between camps and hostility do not, and places are no one's members."""

from __future__ import annotations

from pathlib import Path

from linkchart.api import ingest
from linkchart.corpus import Corpus


def test_communities_group_by_cooperation_not_talks_or_places(tmp_path: Path) -> None:
    (tmp_path / "camps.txt").write_text(
        "Camps\n\nThe Red Hand Brigade is allied with the Green Wolves Movement in Kandahar. "
        "The Red Hand Brigade negotiated with the Blue Lions Front. "
        "The Blue Lions Front is allied with the Black Crescent Army.\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    ingest([tmp_path], db)
    with Corpus(db) as corpus:
        talks = {(u, d["predicate"]) for u, _, d in corpus.graph().edges(data=True)}
        assert any(p == "negotiates_with" for _, p in talks)
        camps = sorted(corpus.communities())
    assert camps == [["Black Crescent Army", "Blue Lions Front"], ["Green Wolves Movement", "Red Hand Brigade"]]
