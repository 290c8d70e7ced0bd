from __future__ import annotations

import pytest

from linkchart.errors import VocabularyError
from linkchart.model import loader, vocabulary


def test_vocabulary_loads_and_declares_the_seventeen_predicates() -> None:
    vocab = vocabulary()
    assert len(vocab.predicates) == 17
    assert vocab.predicates["fights"].symmetric and vocab.predicates["fights"].sign == -1
    assert vocab.predicates["supports"].direction == "supporter -> recipient"
    assert vocab.label_for("GPE") == "location"


def test_a_broken_lexicon_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    original = loader._read_yaml

    def broken(name: str) -> dict[str, object]:
        loaded = original(name)
        if name == "triggers.yaml":
            loaded["verbs"] = [
                {"lemmas": ["fight"], "predicate": "no_such_predicate", "subject": ["nsubj"], "object": ["dobj"]}
            ]
        return loaded

    monkeypatch.setattr(loader, "_read_yaml", broken)
    vocabulary.cache_clear()
    try:
        with pytest.raises(VocabularyError, match="no_such_predicate"):
            vocabulary()
    finally:
        monkeypatch.undo()
        vocabulary.cache_clear()
