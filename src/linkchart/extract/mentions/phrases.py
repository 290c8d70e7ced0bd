"""Noun phrases that name actors without a proper name ("Arab fighters", "our partners"), and
the words that widen an entity into its mention ("ISIL fighters", "the city of Mosul",
"Palmyra, Syria")."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from linkchart.extract.mentions.nonactors import bare_collective
from linkchart.extract.mentions.titles import GROUP_LABELS
from linkchart.extract.nlp.parse import Paragraph
from linkchart.model import vocabulary
from linkchart.resolve.gazetteer import country_name, is_city


def collective(para: Paragraph, token: Token) -> Span | None:
    """'Arab fighters', 'weapons smuggling networks': a plural collective head with a
    nationality or noun modifiers and no named actor among them."""
    lexicon = vocabulary().mentions
    head = token.lemma_.lower()
    if token.tag_ not in ("NNS", "NNPS") or head not in lexicon.collective_nouns | lexicon.bare_collectives:
        return None
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.ent_type_ in ("ORG", "PERSON", "GPE") for m in modifiers for c in m.subtree):
        return None  # "Taliban loyalists", "US forces": the named actor is the actor
    norp = [c for m in modifiers for c in m.subtree if c.ent_type_ in GROUP_LABELS]
    nouns = [c for m in modifiers for c in m.subtree if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if norp:
        start = min(c.i for c in norp)
    elif nouns:
        start = min(c.i for c in nouns)
    elif (
        head in lexicon.bare_collectives
        and token.dep_ not in ("compound", "amod")
        and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)
        and not any(c.lower_ in lexicon.nonspecific for c in token.lefts)
    ):  # "X's fighters" and "fighters of X" are X's; "various jihadists" are nobody in particular
        described = [m.i for m in modifiers if m.dep_ == "amod"]
        if not described and not any(c.dep_ in ("amod", "acl", "relcl", "prep") for c in token.rights):
            return None  # "civilians", "militants": nobody in particular; "fighters loyal to X" are X's
        start = min([token.i, *described])  # "foreign fighters", "Afghan civilians"
    else:
        return None
    return with_number(para, para.doc[start : token.i + 1])


def with_number(para: Paragraph, span: Span) -> Span:
    """A collective with the number that counts it ("60 civilians", "30 Britons"): how many
    belongs to the mention, not to the actor's name."""
    before = span.start - 1
    if before >= span.sent.start and para.doc[before].dep_ == "nummod" and para.doc[before].head.i == span.root.i:
        return para.doc[before : span.end]
    return span


def description(para: Paragraph, token: Token) -> Span | None:
    """'the regime', 'our partners', 'the international community', 'the Syrian opposition': a
    noun naming a kind of actor after a determiner or possessive pronoun, with its adjectives and
    nationalities. Not when a named actor modifies or owns it ("Turkey's government", "the
    regime of Assad", "the Assad regime"): the named actor is the actor."""
    lexicon = vocabulary().mentions
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.descriptions or token.dep_ in ("compound", "amod"):
        return None
    lefts = list(token.lefts)
    determiner = next((c for c in lefts if c.lower_ in lexicon.description_determiners), None)
    if determiner is None or any(c.dep_ == "poss" and c is not determiner for c in lefts):
        return None
    if token.lemma_.lower() in lexicon.relational_descriptions and determiner.lower_ in lexicon.third_person:
        return None  # "its allies" is a relation of its owner, which the trigger rules read
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None
    modifiers = [c for c in lefts if c.i > determiner.i]
    if token.lemma_.lower() in lexicon.vague_descriptions and not modifiers and determiner.lower_ == "the":
        return None
    if any(t.ent_type_ in ("ORG", "PERSON", "GPE", "FAC", "LOC") for m in modifiers for t in m.subtree):
        return None
    return para.doc[determiner.i : token.i + 1]


def with_members(para: Paragraph, ent: Span) -> Span | None:
    """'U.S. service members', 'ISIL fighters': an organization's name with the plural noun for
    its people (and any nouns between) after it, or None."""
    head = ent.root.head
    if (
        ent.root.dep_ not in ("compound", "amod", "nmod")
        or head.i < ent.end
        or head.tag_ not in ("NNS", "NNPS")
        or head.lemma_.lower() not in vocabulary().mentions.member_nouns
        or any(t.dep_ != "compound" or t.pos_ != "NOUN" or t.ent_type_ for t in para.doc[ent.end : head.i])
    ):
        return None
    return para.doc[ent.start : head.i + 1]


def is_people(ent: Span) -> bool:
    """A nationality or faith named as a people ("the Turks", "Iraqis"), not as an adjective,
    nor a bare collective the NER took for one ("Civilians" opening a sentence)."""
    root = ent.root
    return (
        ent.label_ in GROUP_LABELS
        and root.tag_ in ("NNS", "NNPS")
        and root.dep_ not in ("amod", "compound")
        and ent.text.lower() not in vocabulary().mentions.ignored_names
        and not bare_collective(ent.text)
    )


@functools.cache
def _trigger_verbs() -> frozenset[str]:
    return frozenset(lemma for rule in vocabulary().triggers.verbs for lemma in rule.lemmas)


@functools.cache
def _nationality_nouns() -> frozenset[str]:
    """The trigger nouns whose rules read a nationality before them as a side (role `amod`)."""
    rules = vocabulary().triggers.nouns
    return frozenset(lemma for rule in rules if "amod" in (*rule.subject, *rule.object) for lemma in rule.lemmas)


def state_behind(ent: Span) -> str | None:
    """The country a nationality stands for before a participle ("[Iranian]-backed militias",
    "the [Saudi]-led coalition", "[Iranian]-sponsored groups"): the state does the backing,
    leading or sponsoring, as "Iran-backed" says, where the participle is a relation's trigger
    (not "an [Iranian]-born cleric"); or before a relation's noun whose rule reads it ("an
    [Iranian] proxy", "a key [Iranian] ally"). None for any other nationality."""
    doc, verb = ent.doc, ent.root.head
    if ent.label_ not in GROUP_LABELS or len(ent) != 1:
        return None
    before_noun = ent.root.dep_ == "amod" and verb.pos_ == "NOUN" and verb.i > ent.root.i
    before_participle = (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == "-"
        and not doc[ent.start].whitespace_
        and verb.i == ent.end + 1
        and verb.tag_ == "VBN"
    )
    if before_noun and verb.lemma_.lower() in _nationality_nouns():
        return country_name(ent.text)
    if before_participle and verb.lemma_.lower() in _trigger_verbs():
        return country_name(ent.text)
    return None


def misread_city(ent: Span) -> bool:
    """A city the small model took for a people ("in Mombasa", "in Kidal region" as NORP), or
    for a person where a place is governed ("captured in Kidal"): GeoNames knows the name as a
    city's, and it is not said as a people's adjective ("Kenyan youths")."""
    doc = ent.doc
    located = ent.start > ent.sent.start and doc[ent.start - 1].lower_ in vocabulary().mentions.place_prepositions
    return (
        (ent.label_ in GROUP_LABELS or (ent.label_ == "PERSON" and len(ent) == 1 and located))
        and not ent.ent_id_
        and ent.root.dep_ != "amod"
        and ent.text[:1].isupper()
        and is_city(ent.text)
    )


def place_qualifier_end(para: Paragraph, ent: Span) -> int | None:
    """Where ", <place>" after a name ends, when it qualifies the name ("Palmyra, Syria",
    "Woodbridge, Virginia") rather than continuing a list ("Ghazni, Kunar, Paktia and Khost")
    or starting a possessive ("Assad, Syria's president")."""
    doc, start, end = para.doc, ent.start, ent.end
    if end + 1 >= ent.sent.end or doc[end].text != "," or doc[end + 1].ent_type_ not in ("GPE", "LOC"):
        return None
    if start > ent.sent.start and doc[start - 1].text == ",":
        return None  # the middle of a list
    after = next((t for t in doc[end + 2 : ent.sent.end] if t.ent_iob_ != "I"), None)
    if after is not None and (after.tag_ == "POS" or after.lower_ in ("and", "or")):
        return None
    if after is not None and after.text == "," and after.i + 1 < ent.sent.end:
        following = doc[after.i + 1]
        if following.ent_type_ in ("GPE", "LOC") or following.lower_ in ("and", "or"):
            return None  # "A, B, C and D"
    return after.i if after is not None else ent.sent.end


def of_place(ent: Span) -> bool:
    """Whether a kind of place governs the name: "the town of Dera", "the city of Mosul"."""
    doc, start = ent.doc, ent.start
    of = vocabulary().mentions.place_words.of
    return start - 2 >= ent.sent.start and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in of


def misread_place(para: Paragraph, ent: Span, type_: str) -> bool:
    """Whether a name the NER took for an actor is a place: "the town of Dera" (one word, or a
    person's), "Palmyra, Syria" (a person's), "the Bangsamoro region" (a kind of place after it,
    in lower case); not "a province of the Y Army", nor a known actor."""
    if ent.ent_id_ or type_ == "location":
        return False
    after = ent.doc[ent.end] if ent.end < ent.sent.end else None
    if after is not None and after.is_lower and after.lower_ in vocabulary().mentions.place_words.after:
        return True
    if type_ == "person" and place_qualifier_end(para, ent) is not None:
        return True
    return (type_ == "person" or len(ent) == 1) and of_place(ent)


def government_span(ent: Span) -> Span | None:
    """A person's government, named by the person: "the Karzai government", "the government
    of Mohammad Najibullah", "the regime of Bashar al-Assad"."""
    nouns, doc, head = vocabulary().mentions.government_nouns, ent.doc, ent.root.head
    if head.lemma_.lower() in nouns and head.i == ent.end:
        return doc[ent.start : head.i + 1]
    if ent.root.dep_ != "pobj" or head.lower_ != "of" or head.i != ent.start - 1 or head.i == 0:
        return None
    noun = doc[head.i - 1]
    return doc[noun.i : ent.end] if head.head.i == noun.i and noun.lemma_.lower() in nouns else None


def with_place_words(para: Paragraph, ent: Span) -> Span:
    """A place with the words that narrow it: "northern Iraq", "Idlib province", "the city of
    Mosul", "Palmyra, Syria" (the same place named more exactly, but for a direction or the
    area around it: "northern Iraq", "the Aleppo countryside" are regions of their own)."""
    words = vocabulary().mentions.place_words
    doc, start, end = para.doc, ent.start, ent.end
    if end < ent.sent.end and doc[end].lower_ in words.after | words.around:
        end += 1
    if of_place(ent):
        start -= 2
    if start - 1 >= ent.sent.start and doc[start - 1].lower_ in words.before:
        start -= 1
    qualified = place_qualifier_end(para, ent)
    if qualified is not None:
        end = qualified  # "Palmyra, Syria"
    return doc[start:end]
