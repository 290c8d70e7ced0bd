"""A property of every analysis: the order in which documents are read changes no result (key
actors, brokers, communities, balance, sources, diff), on stores of the project's samples read
one file at a time in shuffled orders."""

from __future__ import annotations

import functools
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkchart.api import ingest
from linkchart.corpus import Corpus
from tests.conftest import SAMPLES

FILES = tuple(sorted(SAMPLES.iterdir()))


@functools.cache
def results(order: tuple[Path, ...]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "s.db"
        for file in order:
            ingest([file], db)
        with Corpus(db) as corpus:
            found = {
                "key_actors": corpus.key_actors(top=10),
                "brokers": corpus.brokers(top=10),
                "communities": sorted(corpus.communities()),
                "balance": corpus.balance(),
                "sources": corpus.sources(),
                "diff": corpus.diff("1995", "2008"),
            }
    return json.dumps(found, sort_keys=True, default=str)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(FILES))
def test_document_order_changes_no_result(order: list[Path]) -> None:
    assert results(tuple(order)) == results(FILES)
