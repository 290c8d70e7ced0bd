"""Paths in a dependency tree: how two words of one parse meet."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["climbs"]


def climbs(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]] | None:
    """The words from `a` up to the lowest word both `a` and `b` hang from (that word left
    out), that word, and the words from `b` up to it; None where they share none (two
    sentences, two parses)."""
    if a.doc is not b.doc:
        return None
    up_a = [a, *a.ancestors]
    at = {t.i: n for n, t in enumerate(up_a)}
    up_b = [b, *b.ancestors]
    for n, token in enumerate(up_b):
        if token.i in at:
            return up_a[: at[token.i]], token, up_b[:n]
    return None
