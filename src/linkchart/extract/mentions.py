"""Actor mentions: the NER's and the EntityRuler's entities, plus the noun phrases that name
actors without a proper name ("Arab fighters", "the Karzai government", "Haqqani's group")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from linkchart.extract.nlp import Paragraph
from linkchart.model import ActorType, Mention, Sentence, vocabulary

_GROUP_LABELS = {"NORP"}


@dataclass
class ParsedDocument:
    """A document's parse with its sentences and mentions, indexed for the relation rules."""

    paragraphs: list[Paragraph]
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # (paragraph, token index) -> mention index; a token belongs to at most one mention
    token_mention: dict[tuple[int, int], int] = field(default_factory=dict)
    # (paragraph, sentence start token) -> sentence index
    sentence_at: dict[tuple[int, int], int] = field(default_factory=dict)

    def mention_of(self, token: Token, paragraph: int) -> Mention | None:
        index = self.token_mention.get((paragraph, token.i))
        return self.mentions[index] if index is not None else None

    def sentence_of(self, token: Token, paragraph: int) -> int:
        return self.sentence_at[(paragraph, token.sent.start)]


def _add(
    parsed: ParsedDocument,
    para: Paragraph,
    span: Span,
    type_: ActorType,
    label: str,
    known_id: str | None,
    tokens: range | None = None,
) -> None:
    """Record a mention of `span`; `tokens` (default: the whole span) are the tokens that
    point to it, so a possessor inside a larger name can keep a mention of its own."""
    mention = Mention(
        index=len(parsed.mentions),
        sentence=parsed.sentence_of(span[0], para.index),
        start=para.start + span.start_char,
        end=para.start + span.end_char,
        text=span.text,
        type=type_,
        ner_label=label,
        known_id=known_id,
    )
    parsed.mentions.append(mention)
    for i in tokens if tokens is not None else range(span.start, span.end):
        parsed.token_mention[(para.index, i)] = mention.index


def _collective(para: Paragraph, token: Token) -> Span | None:
    """'Arab fighters', 'weapons smuggling networks': a plural collective head with a
    nationality or noun modifiers and no named actor among them."""
    lexicon = vocabulary().mentions
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in lexicon.collective_nouns:
        return None
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not modifiers:
        return None
    if any(c.ent_type_ in ("ORG", "PERSON", "GPE") for m in modifiers for c in m.subtree):
        return None  # "Taliban loyalists", "US forces": the named actor is the actor
    norp = [c for m in modifiers for c in m.subtree if c.ent_type_ in _GROUP_LABELS]
    nouns = [c for m in modifiers for c in m.subtree if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if norp:
        start = min(c.i for c in norp)
    elif nouns:
        start = min(c.i for c in nouns)
    else:
        return None
    return para.doc[start : token.i + 1]


def find_mentions(paragraphs: list[Paragraph]) -> ParsedDocument:
    """Sentences and actor mentions of a parsed document, in text order."""
    vocab = vocabulary()
    lexicon = vocab.mentions
    parsed = ParsedDocument(paragraphs)
    for para in paragraphs:
        for sent in para.doc.sents:
            parsed.sentence_at[(para.index, sent.start)] = len(parsed.sentences)
            parsed.sentences.append(
                Sentence(
                    len(parsed.sentences),
                    para.index,
                    para.start + sent.start_char,
                    para.start + sent.end_char,
                    sent.text,
                )
            )
        for ent in para.doc.ents:
            type_ = vocab.label_for(ent.label_)
            if type_ is None or ent.text.lower().strip() in lexicon.ignored_names:
                continue
            head = ent.root.head
            if type_ == "person" and head.lemma_.lower() in lexicon.government_nouns and head.i == ent.end:
                _add(parsed, para, para.doc[ent.start : head.i + 1], "organization", "ORG", None)
                continue
            _add(parsed, para, ent, type_, ent.label_, ent.ent_id_ or None)
            if (
                type_ == "person"
                and ent.root.dep_ == "poss"
                and head.lemma_.lower() in lexicon.possessive_group_nouns
                and head.i > ent.end - 1
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            ):
                # "Haqqani's group" names a group; "Hekmatyar's faction of Hizb-i-Islami" does not
                span = para.doc[ent.start : head.i + 1]
                _add(parsed, para, span, "organization", "ORG", None, range(ent.end, head.i + 1))
        for token in para.doc:
            if (para.index, token.i) in parsed.token_mention:
                continue
            collective = _collective(para, token)
            if collective is not None and not any((para.index, t.i) in parsed.token_mention for t in collective):
                _add(parsed, para, collective, "group", "GROUP", None)
    parsed.mentions.sort(key=lambda m: (m.start, -m.end))
    remap = {m.index: new for new, m in enumerate(parsed.mentions)}
    for new, mention in enumerate(parsed.mentions):
        mention.index = new
    parsed.token_mention = {k: remap[v] for k, v in parsed.token_mention.items()}
    return parsed
