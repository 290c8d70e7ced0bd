"""The dependency-path back-off on sentences written for these tests."""

from __future__ import annotations

from linkchart.extract.extractors.paths import shortest_path
from linkchart.extract.nlp.parse import load_pipeline
from tests.helpers import extract


def test_shortest_path_climbs_to_the_common_head_and_down() -> None:
    doc = load_pipeline()("Hamas attacked Fatah.")
    assert [t.text for t in shortest_path(doc[0], doc[2])] == ["Hamas", "attacked", "Fatah"]


def by_extractor(text: str) -> dict[tuple[str, str, str], str]:
    x = extract(text)
    return {
        (x.clusters[c.subject].name, c.predicate, x.clusters[c.object].name): c.extractor.split(".")[-2]
        for c in x.claims
    }


def test_an_argument_the_patterns_miss_is_found_on_the_path() -> None:
    text = "Since 2015 the Ansar Brigade fought against the CMA, including the MNLA, because of its stance."
    found = by_extractor(text)
    assert found.get(("Ansar Brigade", "fights", "MNLA")) == "paths"


def test_no_back_off_claim_where_a_pattern_already_relates_the_pair() -> None:
    found = by_extractor("Hamas attacked Fatah in Gaza.")
    assert found.get(("Hamas", "fights", "Fatah")) == "patterns"
    assert not any(name == "paths" for name in found.values())


def test_actors_in_separate_clauses_are_not_related() -> None:
    found = by_extractor("Hamas fought the Israeli army, receiving weapons that Hezbollah had bought.")
    assert not any(name == "paths" and "Hezbollah" in key for key, name in found.items())


def test_the_back_off_takes_an_object_only_through_the_rules_prepositions() -> None:
    for text in (
        "Fighters from the Tigers Front defected to the Northern Army.",
        "The Tigers Front was created as the armed wing of the Northern Army.",
    ):
        assert not any(name == "paths" for name in by_extractor(text).values()), text


def test_a_possessor_is_no_subject_unless_the_rule_says_so() -> None:
    found = by_extractor("The Northern Army's branch in Kenya, the Tigers Front, attacked the police.")
    assert ("Northern Army", "part_of", "Tigers Front") not in found


def test_the_subject_of_include_is_the_whole_and_a_possessor_of_another_noun_is_no_side() -> None:
    found = by_extractor("Militias in the Northern Army which pledge loyalty include the Tigers Front.")
    assert ("Northern Army", "part_of", "Tigers Front") not in found
    found = by_extractor("The Northern Army's rivals attacked the Tigers Front.")
    assert ("Northern Army", "fights", "Tigers Front") not in found
    found = by_extractor("The Northern Army's Tigers Front trained the Eastern Brigade.")
    assert not any(s == "Northern Army" and o == "Eastern Brigade" for s, _, o in found)
