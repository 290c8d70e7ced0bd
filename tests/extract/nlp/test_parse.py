"""What the parser reads of a page: a release's dateline and a copied wiki page's heading
markup are blanked (never an actor), offsets unchanged; a name in capitals that is no place
stays."""

from __future__ import annotations

from pathlib import Path

from linkchart.api import ingest
from linkchart.export import actor_records
from linkchart.extract.nlp.parse import _unit_text, load_pipeline
from linkchart.store import Store

RELEASE = (
    "WASHINGTON — Today, the Department of the Treasury sanctioned the Red Hand Brigade.\n\n"
    "TAMPA, Fla. \u2013 The Red Hand Brigade fought the Blue Lions Front in 1992.\n\n"
    "==History== ==References==\n"
)


def test_datelines_and_wiki_headings_are_blanked_in_place() -> None:
    for text in (RELEASE, "AL-SHABAAB - history of the group", "KABUL - Afghan forces"):
        assert len(_unit_text(text)) == len(text)
    assert _unit_text("WASHINGTON — Today").strip() == "Today"
    assert _unit_text("TAMPA, Fla. \u2013 The Brigade").strip() == "The Brigade"
    assert _unit_text("ADEN, Aug 14 (Gulf Wire) \u2013 The Brigade").strip() == "The Brigade"  # a wire story's
    assert _unit_text("AL-SHABAAB - history").startswith("AL-SHABAAB")  # no place: kept
    assert _unit_text("==History==").strip() == ""
    wrapped = _unit_text("Sanctions on the Brigade\nWASHINGTON \u2014 Today, the Department")
    assert wrapped.startswith("Sanctions on the Brigade.") and wrapped.split()[4] == "Today,"  # still a boundary


def test_a_release_yields_no_dateline_actors(tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert not ingest([tmp_path], db).errors
    with Store(db) as store:
        names = {a["name"] for a in actor_records(store)}
    assert "Red Hand Brigade" in names
    assert not names & {"WASHINGTON", "Washington", "TAMPA", "Tampa", "References==", "History"}


def test_a_bracket_glued_to_a_name_still_opens_an_aside() -> None:
    doc = load_pipeline()("The Inter-Services Intelligence(ISI) agency backed the group.")
    assert "ISI" in {e.text for e in doc.ents} and "Intelligence(ISI" not in doc.text.split()
    assert [t.text for t in doc][4:8] == ["Intelligence", "(", "ISI", ")"]
