"""Candidate pairs of actor mentions and the features a relation classifier reads of them.

A candidate is two actors named in one sentence (a place may be the second of them: "based
in", "operates in"). What the classifier sees of it follows the feature families of the
feature-based relation extractors (Zhou, Su, Zhang & Zhang 2005, "Exploring various knowledge
in relation extraction"; Mintz et al. 2009): the words between the two and either side, the
two actors' types and their own role words ("ISIL *fighters*"), the shortest dependency path
between their heads (Bunescu & Mooney 2005) with its top word, and the trigger lexicon's
predicate for any word on the path or between (so that a verb the training set never used,
but the lexicon knows, still counts). Each feature is a string; the model maps the strings
it knows to weights (`model.py`)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.syntax.tree import climbs
from linkchart.model import ActorCluster, Claim, Mention, vocabulary

__all__ = ["NONE", "Candidate", "candidates", "features", "label_name", "read_label", "said_of"]

NONE = "none"

_ACTORS = frozenset({"organization", "group", "person"})
_FAR = 30  # tokens between two mentions beyond which a sentence of many names pairs them no more
_MAX_CLUSTERS = 12  # a sentence naming more actors than this pairs only its near mentions
_WINDOW = 12  # words between the two read one by one; further apart, only the path counts


@dataclass(frozen=True)
class Candidate:
    """Two mentions of different actors in one sentence, `first` the earlier in the text."""

    first: Mention
    second: Mention
    first_span: Span
    second_span: Span

    @property
    def clusters(self) -> tuple[int, int]:
        return self.first.cluster, self.second.cluster

    @property
    def key(self) -> tuple[int, int, int]:
        """Its sentence and its two actors in text order."""
        return self.first.sentence, self.first.cluster, self.second.cluster


def label_name(predicate: str, first_is_subject: bool) -> str:
    """The class a claim makes of a pair read in text order: the predicate, with `>` where the
    first-named actor is its subject and `<` where it is its object (none for symmetric ones)."""
    if vocabulary().predicates[predicate].symmetric:
        return predicate
    return f"{predicate}{'>' if first_is_subject else '<'}"


def read_label(label: str) -> tuple[str, bool]:
    """A class's predicate, and whether the first-named actor is its subject."""
    return label.rstrip("<>"), not label.endswith("<")


def said_of(claims: Iterable[Claim]) -> dict[tuple[int, int, int], set[str]]:
    """What claims say of each (sentence, actor, actor) pair, read in both orders."""
    said: dict[tuple[int, int, int], set[str]] = {}
    for claim in claims:
        for a, b, forward in ((claim.subject, claim.object, True), (claim.object, claim.subject, False)):
            said.setdefault((claim.sentence, a, b), set()).add(label_name(claim.predicate, forward))
    return said


def candidates(parsed: ParsedDocument, clusters: list[ActorCluster]) -> Iterator[Candidate]:
    """Each pair of actors named in a sentence, once, by their nearest two mentions."""
    by_sentence: dict[int, list[tuple[Mention, Span]]] = {}
    for mention in parsed.mentions:
        span = parsed.span(parsed.sentences[mention.sentence].paragraph, mention.start, mention.end)
        if span is not None and len(span):
            by_sentence.setdefault(mention.sentence, []).append((mention, span))
    for named in by_sentence.values():
        many = len({m.cluster for m, _ in named}) > _MAX_CLUSTERS
        nearest: dict[tuple[int, int], tuple[int, Candidate]] = {}
        named.sort(key=lambda pair: pair[0].start)
        for i, (first, first_span) in enumerate(named):
            for second, second_span in named[i + 1 :]:
                if first.cluster == second.cluster or first_span.end > second_span.start:
                    continue
                types = clusters[first.cluster].type, clusters[second.cluster].type
                if not _ACTORS & set(types):
                    continue
                gap = second_span.start - first_span.end
                if many and gap > _FAR:
                    continue
                key = (first.cluster, second.cluster)
                if key not in nearest or gap < nearest[key][0]:
                    nearest[key] = (gap, Candidate(first, second, first_span, second_span))
        for _, candidate in nearest.values():
            yield candidate


@functools.cache
def _trigger_predicates() -> dict[tuple[str, str], str]:
    """(lemma, "v" or "n") -> the predicate the trigger lexicon gives it."""
    lexicon = vocabulary().triggers
    table: dict[tuple[str, str], str] = {}
    for rules, pos in ((lexicon.verbs, "v"), (lexicon.nouns, "n")):
        for rule in rules:
            for lemma in rule.lemmas:
                table.setdefault((lemma, pos), rule.predicate)
    return table


def _word(token: Token) -> str:
    return token.lemma_.lower() if token.pos_ not in ("PROPN", "NUM") else token.pos_


def _trigger(token: Token) -> str | None:
    pos = "v" if token.pos_ in ("VERB", "AUX") else "n" if token.pos_ == "NOUN" else None
    return _trigger_predicates().get((token.lemma_.lower(), pos)) if pos else None


def _own_words(span: Span, mention: Mention) -> list[str]:
    """The common words of a mention around the name it holds ("ISIL fighters": fighters)."""
    return [t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "ADJ") and t.text not in mention.naming]


def features(candidate: Candidate, clusters: list[ActorCluster], rules: Iterable[str] = ()) -> list[str]:
    """The feature strings of one candidate pair; `rules`, what the rule extractors said of it
    (the model learns when to trust them: stacking, Wolpert 1992)."""
    first, second = candidate.first_span, candidate.second_span
    types = f"{clusters[candidate.first.cluster].type}|{clusters[candidate.second.cluster].type}"
    doc = first.doc
    between = doc[first.end : second.start]
    found = [f"types={types}", f"gap={_bucket(len(between))}"]
    found += [f"own1={w}" for w in _own_words(first, candidate.first)]
    found += [f"own2={w}" for w in _own_words(second, candidate.second)]
    found += [f"left={_word(t)}" for t in doc[max(first.start - 2, first.sent.start) : first.start]]
    found += [f"right={_word(t)}" for t in doc[second.end : min(second.end + 2, second.sent.end)]]
    if len(between) <= _WINDOW:
        words = [_word(t) for t in between if not t.is_punct or t.text in ",;:()"]
        found += [f"bow={w}" for w in words]
        found += [f"bigram={a}_{b}" for a, b in itertools.pairwise(words)]
        found.append("between=" + "_".join(words) if len(words) <= 4 else "between=long")
        if len(words) <= 4:
            found.append(f"between|types={'_'.join(words)}|{types}")
    found += [f"trigger={p}" for p in {_trigger(t) for t in between} - {None}]
    found += _path_features(*_coordinated(first.root, second.root), types)
    said = sorted(set(rules))
    return [*found, f"rules={min(len(said), 2)}", *(f"rule={label}" for label in said)]


def _coordination_head(token: Token) -> Token:
    """The first of the conjuncts a token is one of ("Barmal" of "Barmal and Gayan")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _coordinated(a: Token, b: Token) -> tuple[Token, Token]:
    """The two heads as their conjunctions' first conjuncts, where they are not conjuncts of one
    another: a later item of a list stands where the first does ("operates in Barmal and
    Gayan": Gayan is in by the same path as Barmal; collapsed conjunctions, de Marneffe &
    Manning 2008, the Stanford typed dependencies manual)."""
    first, second = _coordination_head(a), _coordination_head(b)
    return (a, b) if first.i == second.i else (first, second)


def _path_features(a: Token, b: Token, types: str) -> list[str]:
    """The dependency path between the two heads: its edges, its inner words, its top word."""
    found = [f"dep1={a.dep_}", f"dep2={b.dep_}", f"head1={a.head.lemma_.lower()}", f"head2={b.head.lemma_.lower()}"]
    climbed = climbs(a, b)
    if climbed is None:
        return found
    up_a, top, up_b = climbed
    edges = [f"{t.dep_}^" for t in up_a] + [f"v{t.dep_}" for t in reversed(up_b)]
    top_word = "SELF" if top in (a, b) else _word(top)
    inner = [t for t in (*up_a[1:], *up_b[1:]) if t not in (a, b)]
    found += [f"top={top_word}", f"top|types={top_word}|{types}", f"edges={'/'.join(edges)}"]
    found.append(f"dep1|top|dep2={up_a[-1].dep_ if up_a else 'SELF'}|{top_word}|{up_b[-1].dep_ if up_b else 'SELF'}")
    found += [f"path={w}" for w in (_word(t) for t in inner)]
    if len(edges) <= 5:
        found.append(f"lexpath={'/'.join(edges)}|{top_word}")
    found += [f"ptrigger={p}" for p in {_trigger(t) for t in (top, *inner)} - {None}]
    if any(c.dep_ == "neg" for c in top.children):
        found.append("negated")
    return found


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"
