"""The page's subject: its title's actor, and the fuller name its lead opens with."""

from __future__ import annotations

import dataclasses

from linkchart.extract import extract_documents
from linkchart.extract.extractors import RULE_EXTRACTORS
from linkchart.model import Extraction
from tests.helpers import document


def _clusters(text: str, title: str) -> dict[str, set[str]]:
    [x] = extract_documents([dataclasses.replace(document(text), title=title)], RULE_EXTRACTORS)
    assert isinstance(x, Extraction)
    return {c.name: c.names for c in x.clusters}


def test_the_fuller_name_a_lead_opens_with_is_the_pages_subject() -> None:
    found = _clusters(
        "Tigers Front\n\nTigers Front al-Islami (Arabic: ...) is an armed group in Mali. The Tigers Front fought "
        "the Red Hand Brigade.",
        "Tigers Front",
    )
    assert "Tigers Front al-Islami" in next(names for names in found.values() if "Tigers Front" in names)


def test_a_lead_opening_with_another_name_is_another_actor() -> None:
    found = _clusters("Tigers Front\n\nThe Red Hand Brigade fought the Tigers Front in Mali in 2014.", "Tigers Front")
    assert "Red Hand Brigade" not in next(names for names in found.values() if "Tigers Front" in names)
