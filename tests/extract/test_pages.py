"""The whole extract stage on random page-shaped text: headings, label lines, lists, table
rows, brackets, citation markers, mixed scripts and words in every case. No page may make a
stage fail (the E1010 that overlapping entities raised stopped whole ingests)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkchart.extract import extract_documents
from linkchart.model import Extraction
from tests.helpers import document

WORDS = st.sampled_from(
    [
        "Tigers",
        "Front",
        "TIGERS",
        "FRONT",
        "Northern",
        "Army",
        "al-Qa\u2019ida",
        "(TF)",
        "[1]",
        "Kandahar",
        "Allies",
        "Leaders",
        "fought",
        "supported",
        "the",
        "and",
        "in",
        "2004",
        "\u2013present",
        "|",
        "\u2022",
        "\u0627\u0644\u062d\u0648\u062b\u064a\u0648\u0646",
        "\u0395\u03c0\u03b1\u03bd\u03b1\u03c3\u03c4\u03b1\u03c4\u03b9\u03ba\u03ae",
        "Jaish-e-Mohammad",
        "ISIS-GS",
        "U.S.",
        "Department",
        "of",
        "State",
        ":",
        ".",
        ",",
        ";",
        "(",
        ")",
    ]
)
LINE = st.lists(WORDS, max_size=14).map(" ".join)
PAGE = st.lists(st.one_of(LINE, st.just(""), LINE.map(str.upper), LINE.map(str.title)), min_size=1, max_size=20)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGE)
def test_no_page_shaped_text_fails_a_stage(lines: list[str]) -> None:
    text = "\n".join(lines)
    if not text.strip():
        return
    [result] = extract_documents([document(text)])
    assert isinstance(result, Extraction), result
    for claim in result.claims:
        for span in claim.evidence:  # the text as parsed: wrapped lines joined, citation markers blanked
            assert 0 <= span.start <= span.end <= len(text) and span.end - span.start == len(span.text)


def test_a_page_in_capitals_is_read() -> None:
    text = "TIGERS FRONT\n\nTHE TIGERS FRONT FOUGHT THE NORTHERN ARMY IN KANDAHAR IN 2004. IT IS BASED IN QUETTA."
    [result] = extract_documents([document(text)])
    assert isinstance(result, Extraction), result
