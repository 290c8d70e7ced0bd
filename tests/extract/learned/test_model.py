"""The committed relation model: it loads, it decides as its config says, and on a page of our
own words it makes the claims recorded in golden/model_claims.txt (rerun with
LINKCHART_UPDATE_GOLDEN=1 after `make train`, and read the diff)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from linkchart.errors import LinkchartError
from linkchart.extract import extract_documents
from linkchart.extract.extractors import DEFAULT_EXTRACTORS
from linkchart.extract.extractors.model import fits
from linkchart.extract.learned.model import BUNDLED, load_model
from linkchart.model import ActorCluster, Extraction, vocabulary
from tests.helpers import document

GOLDEN = Path(__file__).with_name("golden") / "model_claims.txt"
PAGE = (
    "The Tigers Front is an armed group in the Northern Hills. Salim Haddad currently leads the "
    "day-to-day activities of the Tigers Front. He was a known associate of Karim Nasser. The Tigers "
    "Front conducts cross-border operations into the Northern Hills and Kandahar. In 2009 the Northern "
    "Army received rifles and money from the Tigers Front. The Eastern Brigade, a faction of the Tigers "
    "Front led by Omar Farouk, clashed with the Northern Army near Kandahar in 2011."
)


def test_the_committed_model_loads_with_its_card_and_stays_small() -> None:
    model = load_model()
    assert "none" in model.classes and model.coef.shape == (len(model.features), len(model.classes))
    assert {label.rstrip("<>") for label in model.classes} - {"none"} <= set(vocabulary().predicates)
    assert 0 < model.threshold < 1 and 0 <= model.veto < model.threshold
    assert sum(p.stat().st_size for p in BUNDLED.iterdir()) < 30 * 2**20
    assert (BUNDLED / "MODEL_CARD.md").exists()


def test_probabilities_are_a_distribution_and_unknown_features_count_nothing() -> None:
    model = load_model()
    rows = model.probabilities([["types=organization|organization", "trigger=fights"], ["no such feature"], []])
    assert np.allclose(rows.sum(axis=1), 1.0)
    assert np.allclose(rows[1], rows[2])  # unknown strings: the intercept alone


def test_a_rule_claim_is_vetoed_only_below_the_veto_and_never_for_an_unknown_class() -> None:
    model = load_model()
    scores = {label: 0.0 for label in model.classes} | {"fights": model.threshold, "leads>": model.veto / 2}
    assert model.decide(scores, ["leads>", "drills>"]) == {"fights", "drills>"}


def test_a_firm_rule_claim_is_vetoed_only_below_the_lower_firm_veto() -> None:
    model = load_model()
    confidence, firm_veto = model.firm
    assert 0 < confidence <= 1 and 0 <= firm_veto < model.veto
    between = {label: 0.0 for label in model.classes} | {"leads>": (firm_veto + model.veto) / 2}
    assert model.decide(between, ["leads>"]) == set()
    assert model.decide(between, ["leads>"], firm=["leads>"]) == {"leads>"}
    below = between | {"leads>": firm_veto / 2}
    assert model.decide(below, ["leads>"], firm=["leads>"]) == set()


def test_a_missing_model_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(LinkchartError, match="make train"):
        load_model(tmp_path)


def test_the_model_makes_the_golden_claims_on_a_page_of_our_own() -> None:
    [x] = extract_documents([document(PAGE, name="model-page")], DEFAULT_EXTRACTORS)
    assert isinstance(x, Extraction)
    name = {c.id: c.name for c in x.clusters}
    found = sorted(
        f"{name[c.subject]} | {c.predicate} | {name[c.object]} | {c.extractor} | {c.confidence:.2f}" for c in x.claims
    )
    if os.environ.get("LINKCHART_UPDATE_GOLDEN"):
        GOLDEN.write_text("\n".join(found) + "\n", encoding="utf-8")
    assert found == GOLDEN.read_text(encoding="utf-8").splitlines()
    assert any(line.split(" | ")[3] == "linkchart.relations.model.v1" for line in found)


def test_a_place_is_given_no_structural_tie_but_a_country_may_act() -> None:
    province = ActorCluster(id=0, name="North Kivu province", type="location", known_id=None)
    country = ActorCluster(id=1, name="Pakistan", type="location", known_id=None)
    assert not fits("affiliate_of", province) and fits("operates_in", province) and fits("fights", province)
    assert fits("member_of", country)


def test_a_branch_named_as_a_province_or_with_a_bodys_word_is_a_body_whatever_its_type() -> None:
    for name in ("Sahel Province", "Katibat Shuhada al-Qatrun"):
        assert fits("affiliate_of", ActorCluster(id=0, name=name, type="location", known_id=None))
