"""The pipeline of one document: mentions, clusters, claims, and the actors it keeps."""

from __future__ import annotations

from tests.helpers import names


def test_a_lower_case_collective_that_acts_as_nothing_is_no_actor() -> None:
    found = names(
        "The Tigers Front attacked the Red Hand Brigade in Gao, where young men and Arab traders watched. "
        "The Tigers Front recruits unemployed youths."
    )
    assert "young men" not in found and "Arab traders" in found
    assert "unemployed youths" in found  # recruited: acts in a claim
