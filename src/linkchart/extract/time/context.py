"""A claim's time from its own clause: the date phrases of each sentence are attached to the
words they modify in spaCy's parse, and a claim takes the date nearest its trigger in the
tree. A date said of a noun ("HuJI, a group formed in 1980") is that noun's, not the claim's.

Where the clause gives no date, the date in force reaches it: the last dated main clause of
its paragraph ("paragraph"), or the dated heading it sits under ("heading"); failing both the
document's own date bounds it ("document"). Relative phrases ("the following year") count
from the last date the text gave (see `expressions.resolve`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.syntax.tree import climbs
from linkchart.extract.time.expressions import DateExpression, read_expressions, resolve
from linkchart.model import Claim, TimeScope

# A date under one of these modifies a noun: it dates that noun, not the clause around it.
_NOUN_MODIFIERS = frozenset({"relcl", "appos"})
# Each clause boundary between a trigger and a date counts as this many words of distance.
_CLAUSES = frozenset({"advcl", "conj", "ccomp", "parataxis", "relcl", "acl", "xcomp", "pcomp"})
_CLAUSE_COST = 3
# A lone number that spaCy reads as one of these is a count or an amount: "about 2000 fighters".
_NOT_DATES = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})


def document_scope(date: str | None) -> TimeScope:
    """What a claim with no date of its own is known to hold by: the document's date."""
    if date is None:
        return TimeScope(None, None, "none", "none")
    return TimeScope(None, date, "day" if len(date) == 10 else "month" if len(date) == 7 else "year", "document")


def as_of_document(scope: TimeScope) -> TimeScope:
    """A claim the text states in the present tense, with no time of its own, holds at least
    as of the document's date ("leads", "has fought", "Allies: ..."): start = end = that date,
    still marked "document". Any other scope is left as it is."""
    if scope.source != "document" or scope.end is None:
        return scope
    return TimeScope(scope.end, scope.end, scope.precision, "document")


@dataclass(frozen=True)
class DatedPhrase:
    scope: TimeScope
    anchor: Token  # the word the date modifies: "formed" in "formed in 1980"
    start: int  # the phrase's offsets in its paragraph's parse
    end: int
    lead: bool  # a timeline entry's date: it dates the words after it, up to the next one


@dataclass(frozen=True)
class SentenceDates:
    phrases: tuple[DatedPhrase, ...]
    inherited: TimeScope  # the date in force as the sentence begins
    own: TimeScope  # its main clause's date, else the inherited one
    fallback: TimeScope  # the document's date, as a bound
    timeline: bool = False  # whether the date in force is a timeline entry's

    def for_trigger(self, trigger: Token, arguments: Sequence[tuple[int, int]] = ()) -> TimeScope:
        """The date of the clause `trigger` is in: the entry of a timeline it follows, else the
        nearest phrase in the tree that is not said of a noun (of two equally near, the one
        nearer the claim's arguments: "fought A since 2015 and B since 2019"); else the date
        in force. A clause in the present tense takes neither a date of another clause nor the
        date in force (but under a timeline entry): "Formed in 2012, it operates in X" and "In
        2013 it split. It now fights X" do not date what it does now to 2013."""
        if leads := [p for p in self.phrases if p.lead]:
            before = [p for p in leads if p.start <= trigger.idx]
            return before[-1].scope if before else self.inherited
        present = _present(trigger)
        costs = [
            (found[0], _gap(phrase, arguments), i)
            for i, phrase in enumerate(self.phrases)
            if (found := _distance(trigger, phrase.anchor)) and not (present and found[1])
        ]
        if costs:
            return self.phrases[min(costs)[2]].scope
        if present and self.inherited.source == "paragraph" and not self.timeline:
            return self.fallback
        return self.inherited


class DocumentDates:
    """The dates of every sentence of a parsed document, read once in text order."""

    def __init__(self, parsed: ParsedDocument, document_date: str | None) -> None:
        self.parsed = parsed
        unread = document_scope(document_date)
        self.sentences: list[SentenceDates] = [SentenceDates((), unread, unread, unread)] * len(parsed.sentences)
        self._read(document_date)

    def _read(self, document_date: str | None) -> None:
        fallback = document_scope(document_date)
        anchor: TimeScope | None = None  # the last date the text gave, for relative phrases
        heading: TimeScope | None = None
        for para in self.parsed.paragraphs:
            if para.kind in ("heading", "title"):
                heading = None
            running, timeline = _as_source(heading, "heading"), False
            for sent in para.sentences:
                inherited, inherited_timeline = running or fallback, timeline
                phrases: list[DatedPhrase] = []
                for expression, tokens in _phrases(sent, items=para.kind in ("field", "item")):
                    scope = resolve(expression, anchor, document_date)
                    if scope is not None:
                        start = min(tokens.start_char, _preposition(tokens).idx)  # "since 2019" from "since"
                        phrases.append(DatedPhrase(scope, _anchor(tokens), start, tokens.end_char, expression.lead))
                        anchor = scope if scope.source != "document-relative" else anchor
                # a field or list item is dated by its own first date: "Musa Baluku (leader 2015-2019)"
                main = (
                    phrases[0].scope if phrases and para.kind in ("field", "item") else _main_clause(phrases, sent.root)
                )
                # the date in force after the sentence: its last timeline entry's, else its own
                lead = next((p.scope for p in reversed(phrases) if p.lead), None)
                if (last := lead or main) is not None:
                    running, timeline = _as_source(last, "paragraph"), lead is not None
                    heading = main if para.kind == "heading" else heading
                index = self.parsed.sentence_of(sent[0], para.index)
                self.sentences[index] = SentenceDates(
                    tuple(phrases), inherited, main or inherited, fallback, inherited_timeline
                )

    def scope(
        self, sentence: int, trigger: Token | None = None, arguments: Sequence[tuple[int, int]] = ()
    ) -> TimeScope:
        """The time of a claim in `sentence`, carried by `trigger` where a word carries it;
        `arguments` are the claim's argument spans in the trigger's paragraph parse."""
        dates = self.sentences[sentence]
        return dates.own if trigger is None else dates.for_trigger(trigger, arguments)

    def date_claims(self, claims: Sequence[Claim]) -> list[Claim]:
        """Each claim whose extractor names its trigger, dated by the trigger's own clause."""
        return [self._dated(claim) for claim in claims]

    def _dated(self, claim: Claim) -> Claim:
        trigger = next((e for e in claim.evidence if e.role == "trigger"), None)
        if trigger is None:
            return claim
        paragraph = self.parsed.sentences[claim.sentence].paragraph
        span = self.parsed.span(paragraph, trigger.start, trigger.end)
        if span is None or not len(span):
            return claim
        token = span.root
        base = trigger.start - span.start_char  # the paragraph's offset in the document
        arguments = [(e.start - base, e.end - base) for e in claim.evidence if e.role in ("subject", "object")]
        time = self.scope(self.parsed.sentence_of(token, paragraph), token, arguments)
        return replace(claim, time=as_of_document(time) if _present(token) else time)


def _present(trigger: Token) -> bool:
    """Whether the clause of `trigger` is in the present tense, perfect included: "leads", "is
    led by", "has fought" (a noun trigger takes its verb's tense)."""
    verb = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False  # "may have supported", "would lead": not a statement of the present
    return any(t.tag_ in ("VBZ", "VBP") for t in (verb, *auxiliaries))


def _phrases(sent: Span, items: bool) -> Iterator[tuple[DateExpression, Span]]:
    """The date phrases of a sentence (of a field's value or list item where `items`)."""
    for expression in read_expressions(sent.text):
        tokens = sent.doc.char_span(
            sent.start_char + expression.start, sent.start_char + expression.end, alignment_mode="expand"
        )
        if tokens is None or not len(tokens):
            continue
        if expression.bare and any(_counts(t) for t in tokens):
            continue  # "about 2000 fighters"
        # "Qasem Soleimani (Persian: ...; 11 March 1957 - 3 January 2020)": his life's dates; but an
        # item's brackets date the item ("Leaders: Amar Kell (until 1992)")
        if not items and _in_persons_aside(tokens):
            continue
        yield expression, tokens


def _in_persons_aside(tokens: Span) -> bool:
    """Whether a date phrase is in the brackets right after a person's name, where encyclopedias
    give his native name, its sound and his birth and death: dates of no claim."""
    depth = 0
    for token in reversed(tokens.doc[tokens.sent.start : tokens.start]):
        depth += (token.text == ")") - (token.text == "(")
        if depth < 0:
            return token.i > 0 and tokens.doc[token.i - 1].ent_type_ == "PERSON"
    return False


def _counts(token: Token) -> bool:
    """Whether a year-shaped number counts something: spaCy reads it as a number, not a date,
    and it does not name one thing ("2000 fighters", but "a 2019 ambush")."""
    names_one = token.dep_ in ("nummod", "compound") and token.head.tag_ in ("NN", "NNP")
    return token.like_num and token.ent_type_ in _NOT_DATES and not names_one


def _preposition(tokens: Span) -> Token:
    """The preposition that introduces a date phrase, else its first word."""
    root = tokens.root
    return root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else tokens[0]


def _anchor(tokens: Span) -> Token:
    """The word a date phrase modifies: the head of its preposition ("formed" in "formed in
    1980"), of its number ("talks" in "the 2011 talks"), else its own head word."""
    root = tokens.root
    if root.dep_ == "prep":
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head
    if root.dep_ in ("nummod", "npadvmod", "compound", "amod", "nmod", "poss", "appos", "advmod", "dep", "tmod"):
        return root.head
    return root


def _distance(trigger: Token, anchor: Token) -> tuple[int, int] | None:
    """Words between trigger and anchor in the tree plus a cost per clause boundary, and the
    number of boundaries; None where the date is not the trigger's to take: its path climbs
    out of a noun's modifier clause ("HuJI, a group formed in 1980" dates HuJI)."""
    found = climbs(trigger, anchor)
    if found is None:
        return None
    trigger_side, _, anchor_side = found
    if any(t.dep_ in _NOUN_MODIFIERS for t in anchor_side):
        return None
    boundaries = sum(t.dep_ in _CLAUSES for t in (*trigger_side, *anchor_side))
    return len(trigger_side) + len(anchor_side) + _CLAUSE_COST * boundaries, boundaries


def _gap(phrase: DatedPhrase, arguments: Sequence[tuple[int, int]]) -> int:
    """Characters between a date phrase and the nearest of a claim's arguments."""
    return min((max(start - phrase.end, phrase.start - end, 0) for start, end in arguments), default=0)


def _main_clause(phrases: list[DatedPhrase], root: Token) -> TimeScope | None:
    costs = [(found[0], i) for i, phrase in enumerate(phrases) if (found := _distance(root, phrase.anchor))]
    return phrases[min(costs)[1]].scope if costs else None


def _as_source(scope: TimeScope | None, source: str) -> TimeScope | None:
    return None if scope is None else TimeScope(scope.start, scope.end, scope.precision, source)  # type: ignore[arg-type]
