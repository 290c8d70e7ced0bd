"""The one claim builder: every extractor's claims carry the stance of the words that say them."""

from __future__ import annotations

from pathlib import Path

from linkchart.api import ingest
from linkchart.export import claim_records
from linkchart.store import Store
from tests.helpers import extract, triples

HEDGED = (
    "The Northern Army allegedly split from the Tigers Front to form the Southern Union. "
    "The Southern Union reportedly met near Kandahar."
)


def _by_extractor(text: str) -> dict[str, list[tuple[str, str, str, str]]]:
    x = extract(text)
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    for c in x.claims:
        row = (x.clusters[c.subject].name, c.predicate, x.clusters[c.object].name, c.hedge)
        found.setdefault(c.extractor, []).append(row)
    return found


def test_a_hedged_formation_and_a_hedged_locative_are_stored_as_reported(tmp_path: Path) -> None:
    report = tmp_path / "hedged.txt"
    report.write_text(HEDGED, encoding="utf-8")
    ingest([report], tmp_path / "store.db")
    with Store(tmp_path / "store.db") as store:
        rows = {(r["predicate"], r["extractor"]): r["hedge"] for r in claim_records(store)}
    assert rows[("splinter_of", "linkchart.relations.formation.v2")] == "alleged"
    assert rows[("operates_in", "linkchart.relations.locative.v2")] == "reported"


def test_a_negated_locative_clause_is_negated() -> None:
    x = extract("The Southern Union did not meet near Kandahar.")
    located = [c for c in x.claims if c.extractor == "linkchart.relations.locative.v2"]
    assert located and all(c.negated for c in located)


def test_asserted_formation_and_locative_stay_asserted() -> None:
    found = _by_extractor(HEDGED.replace("allegedly ", "").replace("reportedly ", ""))
    assert ("Southern Union", "splinter_of", "Tigers Front", "asserted") in found["linkchart.relations.formation.v2"]
    assert ("Southern Union", "operates_in", "Kandahar", "asserted") in found["linkchart.relations.locative.v2"]


def test_every_claim_ends_with_its_sentence_as_evidence() -> None:
    x = extract(HEDGED)
    for claim in x.claims:
        sentence = x.sentences[claim.sentence]
        assert claim.evidence[-1].role == "sentence" and claim.evidence[-1].text == sentence.text


def test_a_civil_body_targeting_a_group_opposes_it_and_an_armed_one_fights_it() -> None:
    found = triples(
        "The Office of Foreign Assets Control is targeting the Tigers Front. "
        "The Northern Army attacked the Tigers Front."
    )
    assert ("Office of Foreign Assets Control", "opposes", "Tigers Front") in found
    assert ("Office of Foreign Assets Control", "fights", "Tigers Front") not in found
    assert ("Northern Army", "fights", "Tigers Front") in found
    found = triples("The Department of the Treasury designated the Tigers Front, which raised funds in Kandahar.")
    assert not any(s == "Department of the Treasury" and p == "operates_in" for s, p, _ in found)
