"""Actor mentions: the NER's and the EntityRuler's entities, plus the noun phrases that name
actors without a proper name ("Arab fighters", "the Karzai government", "Haqqani's group")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from linkchart.extract.mentions.nonactors import (
    GLOSS,
    before_open_bracket,
    cut_off,
    field_label,
    furniture,
    gloss_at,
    glosses_in,
    in_capitals,
    is_fragment,
    names_event_or_instrument,
    names_no_actor,
    opposed,
    plural_acronym,
    vessel_names,
)
from linkchart.extract.mentions.phrases import (
    collective,
    description,
    government_span,
    is_people,
    misread_city,
    misread_place,
    state_behind,
    with_members,
    with_number,
    with_place_words,
)
from linkchart.extract.mentions.titles import office_holder, title_qualifier, with_title
from linkchart.extract.nlp.acronyms import PARENTHESIS, acronym_shaped, is_acronym
from linkchart.extract.nlp.parse import Paragraph
from linkchart.model import ActorType, Mention, Sentence, TimeScope, vocabulary
from linkchart.resolve.gazetteer import is_country
from linkchart.resolve.identity import known_person
from linkchart.resolve.names import holds_title, is_title, name_key


@dataclass
class ParsedDocument:
    """A document's parse with its sentences and mentions, indexed for the relation rules."""

    paragraphs: list[Paragraph]
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # (paragraph, token index) -> mention index; a token belongs to at most one mention
    token_mention: dict[tuple[int, int], int] = field(default_factory=dict)
    # paragraph -> the sentence index of each of its tokens (spaCy's `token.sent` is a scan)
    token_sentence: dict[int, list[int]] = field(default_factory=dict)
    # the time scope of each sentence (filled by the pipeline, which knows the document's date)
    times: list[TimeScope] = field(default_factory=list)

    def mention_of(self, token: Token, paragraph: int) -> Mention | None:
        index = self.token_mention.get((paragraph, token.i))
        return self.mentions[index] if index is not None else None

    def unclaimed(self, span: Span, paragraph: int) -> bool:
        """Whether no mention holds any word of `span`."""
        return all((paragraph, t.i) not in self.token_mention for t in span)

    def sentence_of(self, token: Token, paragraph: int) -> int:
        return self.token_sentence[paragraph][token.i]

    @functools.cached_property
    def _by_index(self) -> dict[int, Paragraph]:
        return {p.index: p for p in self.paragraphs}

    def paragraph(self, index: int) -> Paragraph:
        """The paragraph with this index (indexed once per document, not scanned per call)."""
        return self._by_index[index]

    def span(self, paragraph: int, start: int, end: int) -> Span | None:
        """The tokens of a paragraph's parse between two document offsets."""
        para = self.paragraph(paragraph)
        return para.doc.char_span(start - para.start, end - para.start, alignment_mode="expand")

    def root_of(self, mention: Mention) -> Token | None:
        """The syntactic head of a mention in its paragraph's parse."""
        span = self.span(self.sentences[mention.sentence].paragraph, mention.start, mention.end)
        return span.root if span is not None else None

    def sentence_at(self, offset: int) -> int | None:
        """The index of the sentence holding a document offset."""
        return next((s.index for s in self.sentences if s.start <= offset < s.end), None)

    def timed_sentences(self) -> Iterator[tuple[Paragraph, Span, TimeScope]]:
        """Each sentence of the parse with its paragraph and time scope, in text order."""
        for para in self.paragraphs:
            for sent in para.sentences:
                yield para, sent, self.times[self.sentence_of(sent[0], para.index)]


_KIND_OF_PLACE = re.compile(r"^(?:the\s+)?(?:[a-z]+ern\s+)?(?P<kind>[a-z]+)\s+of\s+(?P<place>[A-Z].*)$")


def _place_name(text: str) -> str | None:
    """The name of a place said with its kind or its country: "the city of Eilat" and "the
    northern town of Tarkint" are Eilat and Tarkint, "Sa'dah, Yemen" is Sa'dah."""
    place, comma, country = text.partition(",")
    if comma and place.strip() and is_country(country.strip()):
        return place.strip()
    kind = _KIND_OF_PLACE.match(text)
    if kind and kind["kind"] in vocabulary().mentions.place_words.of:
        return kind["place"]
    return None


def _add(
    parsed: ParsedDocument,
    para: Paragraph,
    span: Span,
    type_: ActorType,
    label: str,
    known_id: str | None,
    tokens: range | None = None,
    name: str | None = None,
) -> None:
    """Record a mention of `span`; `tokens` (default: the whole span) are the tokens that
    point to it, so a possessor inside a larger name can keep a mention of its own."""
    if type_ == "location" and name is None:
        name = _place_name(para.text[span.start_char : span.end_char])
    mention = Mention(
        index=len(parsed.mentions),
        sentence=parsed.sentence_of(span[0], para.index),
        start=para.start + span.start_char,
        end=para.start + span.end_char,
        text=para.text[span.start_char : span.end_char],
        type=type_,
        ner_label=label,
        known_id=known_id,
        name=name,
    )
    parsed.mentions.append(mention)
    for i in tokens if tokens is not None else range(span.start, span.end):
        parsed.token_mention[(para.index, i)] = mention.index


def _add_collective(parsed: ParsedDocument, para: Paragraph, span: Span) -> None:
    counted = span[0].dep_ == "nummod" and len(span) > 1
    _add(parsed, para, span, "group", "GROUP", None, name=span[1:].text if counted else None)


def _role(parsed: ParsedDocument, para: Paragraph, token: Token) -> Span | None:
    """'the Foreign Secretary', 'the prime minister': a person named by a title, when a person
    with that title was named before it (resolution makes them one); on its own it is nobody in
    particular."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound" or not is_title(token.text):
        return None
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the" or not all(is_title(t.text) for t in lefts[1:]):
        return None
    title = name_key(para.doc[lefts[0].i + 1 : token.i + 1].text).split()
    before = para.start + token.idx
    titled = any(m.type == "person" and m.end <= before and holds_title(m.text, title) for m in parsed.mentions)
    return para.doc[lefts[0].i : token.i + 1] if titled else None


def _gloss_owner(parsed: ParsedDocument, para: Paragraph, gloss: re.Match[str]) -> Mention | None:
    """The mention a gloss follows (the one right before its parenthesis), if any."""
    end = para.start + len(para.text[: gloss.start()].rstrip())
    return next((m for m in reversed(parsed.mentions) if m.end == end and m.ner_label != GLOSS), None)


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "compound", "poss", "attr"})


def _acronyms(parsed: ParsedDocument) -> None:
    """'the Eastern Turkestan Front (ETF) ... the ETF': an acronym defined in parentheses after a
    named organization is a mention wherever it appears, whether or not the NER saw it; so is
    any other word shaped like an acronym that is not a known non-actor ("TELO", "IBT", "HuM"),
    whatever part of speech the tagger gave it ("HN has fought ..."), except in a heading, whose
    names are furniture unless defined ("Washington, DC" over a release). A definition outranks a
    known actor of the same letters: after "the Islamic State in Iraq (ISI)", "ISI" is not
    Pakistan's intelligence service in that document."""
    defined: dict[str, str | None] = {}  # acronym -> the known id of what it is defined as
    for para in parsed.paragraphs:
        for match in PARENTHESIS.finditer(para.text):
            span = para.doc.char_span(match.start(1), match.end(1))
            before = para.doc.char_span(0, match.start(), alignment_mode="contract") if match.start() else None
            if span is None or before is None or not len(before):
                continue
            last = para.doc[before.end - 1]
            owner = parsed.mention_of(last, para.index)
            if owner is not None and owner.type in ("organization", "group") and is_acronym(match.group(1)):
                defined.setdefault(match.group(1), owner.known_id)
    skip, vessels = vocabulary().mentions.not_acronyms, vocabulary().mentions.vessel_prefixes
    ignored = vocabulary().mentions.ignored_names
    for para in parsed.paragraphs:
        shouted = in_capitals(para.text)
        for token in acronym_shaped(para.doc, defined):
            if (para.index, token.i) in parsed.token_mention:
                continue
            undefined = (
                len(token.text) <= 7
                and token.text.isalpha()
                and is_acronym(token.text)
                and (token.pos_ in ("PROPN", "NOUN") or token.dep_ in _NOMINAL_DEPS)
                and token.text.upper() not in skip
                and token.text.lower() not in ignored  # "FTO", "SDGT": designations
                and not shouted
                and not plural_acronym(token.text)
                and token.text not in vessels
                and para.kind != "heading"
            )
            if token.text in defined or undefined:
                _add(parsed, para, para.doc[token.i : token.i + 1], "organization", "ORG", None)
    for mention in parsed.mentions:
        # "the Islamic State in Iraq (ISI)": in this document ISI is not the known ISI
        if mention.text in defined and mention.known_id != defined[mention.text]:
            mention.known_id = defined[mention.text]


@dataclass(frozen=True)
class _DocumentWords:
    """What every paragraph's entities are checked against, read once per document."""

    surnames: frozenset[str]
    ships: frozenset[str]
    body: str  # the text below the title, lower-cased


def find_mentions(paragraphs: list[Paragraph]) -> ParsedDocument:
    """Sentences and actor mentions of a parsed document, in text order."""
    parsed = ParsedDocument(paragraphs)
    words = _DocumentWords(
        surnames=frozenset(e[-1].text for p in paragraphs for e in p.doc.ents if e.label_ == "PERSON"),
        # "FS Forbin ... Forbin is committed": a ship's name is a ship's all through the document
        ships=frozenset(m.group(1) for p in paragraphs for m in vessel_names().finditer(p.text)),
        body="\n".join(p.text.lower() for p in paragraphs if p.kind != "title"),
    )
    for para in paragraphs:
        _add_sentences(parsed, para)
        if _is_alias_item(para):
            # "aka al-Qa'ida in Yemen; AQY": each item is one name of the page's subject, whole
            _add(parsed, para, para.doc[:], "organization", "ALIAS", None)
            continue
        glosses = glosses_in(para)
        for ent in para.doc.ents:
            _add_entity(parsed, para, before_open_bracket(para, ent), glosses, words)
        for token in para.doc:
            _add_noun_phrase(parsed, para, token)
    _acronyms(parsed)
    parsed.mentions.sort(key=lambda m: (m.start, -m.end))
    remap = {m.index: new for new, m in enumerate(parsed.mentions)}
    for new, mention in enumerate(parsed.mentions):
        mention.index = new
    parsed.token_mention = {k: remap[v] for k, v in parsed.token_mention.items()}
    return parsed


def _add_sentences(parsed: ParsedDocument, para: Paragraph) -> None:
    for sent in para.sentences:
        parsed.token_sentence.setdefault(para.index, []).extend([len(parsed.sentences)] * len(sent))
        parsed.sentences.append(
            Sentence(
                len(parsed.sentences),
                para.index,
                para.start + sent.start_char,
                para.start + sent.end_char,
                para.text[sent.start_char : sent.end_char],
            )
        )


def _not_an_actor(para: Paragraph, ent: Span, text: str, type_: ActorType, words: _DocumentWords) -> bool:
    """Page furniture, a bare title ("Col."), a ship ("HMS Ocean"), a fragment."""
    lexicon = vocabulary().mentions
    return (
        names_no_actor(para, ent, text)
        or text.strip().upper() in lexicon.not_acronyms  # "UHF", "QUESTION", whatever its label
        or plural_acronym(text)
        or opposed(para, ent)
        or (not ent.ent_id_ and names_event_or_instrument(text))
        or all(is_title(t.text) for t in ent)
        or ent[0].text in lexicon.vessel_prefixes
        or (ent.start > 0 and para.doc[ent.start - 1].text in lexicon.vessel_prefixes)
        or text in words.ships
        or (not ent.ent_id_ and is_fragment(text, type_))
        # a name matched in any case that is a kind of thing: "an Islamic state"
        or (ent.start > 0 and para.doc[ent.start - 1].lower_ in ("a", "an") and ent[-1].is_lower)
    )


def _is_alias_item(para: Paragraph) -> bool:
    """A field item that is a name as a whole: a short item of an alias field."""
    return (
        para.label in vocabulary().infobox_alias_labels
        and para.kind in ("field", "item")
        and 0 < len(para.doc) <= 10
        and any(t.is_alpha and t.text[:1].isupper() for t in para.doc)
    )


def _add_nationality(parsed: ParsedDocument, para: Paragraph, ent: Span) -> None:
    """A nationality's mention: its state before a relation's participle ("[Iranian]-backed
    militias"), or a people ("the Turks", "Syrians", "30 Britons"); none as an adjective."""
    if (state := state_behind(ent)) is not None:
        _add(parsed, para, ent, "location", "GPE", None, name=state)
    elif is_people(ent):
        _add_collective(parsed, para, with_number(para, ent))


def _add_entity(
    parsed: ParsedDocument, para: Paragraph, ent: Span, glosses: list[re.Match[str]], words: _DocumentWords
) -> None:
    """The mention an entity of the NER or a ruler makes, if it makes one."""
    vocab = vocabulary()
    lexicon = vocab.mentions
    text = para.text[ent.start_char : ent.end_char]  # `Span.text` joins its tokens anew each time
    if furniture(para, ent, text, words.body) or cut_off(para, ent, last=para is parsed.paragraphs[-1]):
        return  # a caption, a menu, a name in another language; or a page's last word cut short
    if (para.index, ent.start) in parsed.token_mention or title_qualifier(para, ent):
        return  # part of a longer mention ("Syria" in "Palmyra, Syria", "US" in "US Secretary ...")
    if (gloss := gloss_at(glosses, ent)) is not None:
        owner = _gloss_owner(parsed, para, gloss)
        # "Jaish al-Ta'ifa al-Mansurah (Arabic: ... Jaysh at-Ta'ifa al-Mansurah)": an alias
        if owner is not None and text not in lexicon.gloss_languages and text not in lexicon.not_acronyms:
            _add(parsed, para, ent, owner.type, GLOSS, None)
        return  # a gloss of nothing named: not an actor of its own
    if (office := office_holder(para, ent, words.surnames)) is not None:
        titled, holder = office
        _add(parsed, para, titled, "person", "PERSON", None, name=holder.text)
        return
    type_ = "location" if misread_city(ent) else vocab.label_for(ent.label_)
    if type_ is None:
        _add_nationality(parsed, para, ent)
    if type_ is None or _not_an_actor(para, ent, text, type_, words):
        return
    if misread_place(para, ent, type_):
        type_ = "location"  # "Palmyra, Syria", "the town of Dera": the NER took the town for an actor
    if type_ == "person" and (government := government_span(ent)) is not None:
        _add(parsed, para, government, "organization", "ORG", None)  # "the Karzai government"
        return
    span, known_id, name = ent, ent.ent_id_ or None, None
    if type_ == "person":
        known_id = known_id or known_person(text)  # "Abu Mus'ab al-Zarqawi", joined from two
        span = with_title(para, ent)
        name = para.doc[ent.start : span.end].text if span.start < ent.start else None  # without its title
    elif type_ == "location":
        span = with_place_words(para, ent)
        if not parsed.unclaimed(span, para.index):
            span = para.doc[ent.start : span.end]  # "the Bangsamoro region of Mindanao": the region is the first's
        if (span.start < ent.start and span[0].lower_ in lexicon.place_words.before) or (
            span.end > ent.end and span[-1].lower_ in lexicon.place_words.around
        ):
            known_id = None  # "northern Iraq" is a region of Iraq, not the state
    elif type_ == "organization" and (members := with_members(para, ent)) is not None:
        _add(parsed, para, members, type_, ent.label_, known_id, name=text)
        return
    _add(parsed, para, span, type_, ent.label_, known_id, name=name)
    if type_ == "person":
        _add_persons_group(parsed, para, ent)


def _add_persons_group(parsed: ParsedDocument, para: Paragraph, ent: Span) -> None:
    """ "Haqqani's group" names a group; "Hekmatyar's faction of Hizb-i-Islami" does not."""
    head = ent.root.head
    if (
        ent.root.dep_ == "poss"
        and head.lemma_.lower() in vocabulary().mentions.possessive_group_nouns
        and head.i > ent.end - 1
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    ):
        span = para.doc[ent.start : head.i + 1]
        _add(parsed, para, span, "organization", "ORG", None, range(ent.end, head.i + 1))


def _add_noun_phrase(parsed: ParsedDocument, para: Paragraph, token: Token) -> None:
    """A collective, a description or a role headed by a noun no entity holds."""
    vocab = vocabulary()
    if token.pos_ not in ("NOUN", "PROPN") or (para.index, token.i) in parsed.token_mention:
        return  # collectives, descriptions and roles are all nouns
    group_phrase = collective(para, token)
    described = description(para, token) if group_phrase is None else None
    if described is not None and parsed.unclaimed(described, para.index):
        type_ = vocab.mentions.descriptions[token.lemma_.lower()]
        _add(parsed, para, described, type_, "DESCRIPTION", None)
        return
    role = _role(parsed, para, token) if group_phrase is None else None
    if role is not None and parsed.unclaimed(role, para.index):
        _add(parsed, para, role, "person", "DESCRIPTION", None)
        return
    # "Allies: State allies: ...": a table's sub-label names no collective
    labelled = group_phrase is not None and field_label(para, group_phrase, group_phrase.text)
    if group_phrase is not None and parsed.unclaimed(group_phrase, para.index) and not labelled:
        _add_collective(parsed, para, group_phrase)
