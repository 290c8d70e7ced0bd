"""The records the pipeline passes from stage to stage: a document as read, its sentences and
mentions, the actors found in it and the claims made about them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from linkchart.model.schema import ActorType, Hedge


@dataclass(frozen=True)
class Document:
    """A report as read from disk, before any NLP: text with boilerplate removed."""

    id: str  # sha256 of the file's bytes: the same file content is the same document
    path: str
    name: str  # file stem: how exports and the scorer name the document
    title: str | None
    text: str
    date: str | None  # ISO date of the page, when it says one
    media_type: str
    publisher: str | None = None  # the site or body that published it, when the page says


@dataclass(frozen=True)
class TimeScope:
    """When a claim holds: [start, end] as ISO dates or years; None is open."""

    start: str | None
    end: str | None
    precision: Literal["day", "month", "year", "decade", "none"]
    # where the time came from: the claim's own clause ("sentence"), a phrase counted from the date
    # in force ("relative") or from the document's date ("document-relative"), a dated heading
    # above it, a date field of its infobox, the paragraph's date in force, or only the
    # document's own date (a bound)
    source: Literal["sentence", "relative", "document-relative", "heading", "field", "paragraph", "document", "none"]


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A span of text naming (or pointing back to) an actor."""

    index: int
    sentence: int
    start: int
    end: int
    text: str
    type: ActorType
    ner_label: str
    known_id: str | None = None
    cluster: int = -1  # filled by in-document resolution
    name: str | None = None  # the words that name the actor, when not all of `text` ("ISIL" in "ISIL fighters")

    @property
    def naming(self) -> str:
        """The text that names the actor."""
        return self.name or self.text


@dataclass(frozen=True)
class EvidenceSpan:
    role: Literal["trigger", "subject", "object", "sentence"]
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Claim:
    """Subject -predicate-> object, said in one sentence of one document."""

    subject: int  # in-document cluster ids
    predicate: str
    object: int
    sentence: int
    start: int
    end: int
    extractor: str
    confidence: float
    hedge: Hedge = "asserted"
    negated: bool = False
    attributed_to: str | None = None
    kind: str | None = None
    time: TimeScope = TimeScope(None, None, "none", "none")
    evidence: tuple[EvidenceSpan, ...] = field(default=())


@dataclass
class ActorCluster:
    """The mentions of one actor inside one document, with the name chosen for it."""

    id: int
    name: str
    type: ActorType
    known_id: str | None
    names: set[str] = field(default_factory=set)
    rule: str = "exact"  # why these mentions were put together


@dataclass
class Extraction:
    """Everything the extract and resolve stages learned from one document."""

    document: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    clusters: list[ActorCluster]
    claims: list[Claim]
