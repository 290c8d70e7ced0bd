"""Argument tokens turned into actors, on sentences written for these tests."""

from __future__ import annotations

from linkchart.extract.nlp.parse import load_pipeline
from linkchart.extract.syntax.arguments import described, examples, is_each_other


def test_a_generic_noun_stands_for_its_examples() -> None:
    doc = load_pipeline()("Hamas fought other groups, including Fatah and the PFLP.")
    groups = next(t for t in doc if t.lower_ == "groups")
    assert [t.text for t in examples(groups)] == ["Fatah"]  # its conjuncts come with it when collected


def test_a_noun_said_to_be_an_actor_stands_for_it() -> None:
    doc = load_pipeline()("The Tigers Front was one of several groups that formed the Northern Army.")
    groups = next(t for t in doc if t.lower_ == "groups")
    assert [t.text for t in described(groups)] == ["Front"]


def test_each_other_is_read_at_its_head_word() -> None:
    doc = load_pipeline()("They fought each other.")
    assert [t.text for t in doc if is_each_other(t)] == ["other"]
