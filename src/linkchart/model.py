"""The data model: the vocabulary declared in `vocabulary/*.yaml`, and the records the pipeline passes on.

The vocabulary is loaded once per process, validated, and raises `VocabularyError` naming the
file and the field when it is wrong, so a bad edit to a lexicon fails loudly at start-up.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from linkchart.errors import VocabularyError

ActorType = Literal["person", "organization", "group", "location"]
Hedge = Literal["asserted", "reported", "alleged", "likely", "attributed"]
ACTOR_TYPES: tuple[ActorType, ...] = ("person", "organization", "group", "location")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Predicate(_Strict):
    name: str = ""
    direction: str
    klass: Literal["ally", "enemy", "hierarchy", "lineage", "location"] = Field(alias="class")
    sign: Literal[-1, 0, 1]

    @property
    def symmetric(self) -> bool:
        return self.direction == "symmetric"


_ROLE = re.compile(
    r"^(nsubj|nsubjpass|dobj|dative|attr|agent|poss|compound|holder|viewer|complement|giver|self|reciprocal|acl:agent|prep:[a-z]+|dobj>prep:[a-z]+)$"
)


class TriggerRule(_Strict):
    """One lexicon entry: these lemmas, as this part of speech, make this predicate."""

    lemmas: tuple[str, ...]
    predicate: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    subject_types: tuple[ActorType, ...] = ACTOR_TYPES[:3]
    object_types: tuple[ActorType, ...] = ACTOR_TYPES[:3]
    number: Literal["singular", "plural"] | None = None
    kind: str | None = None
    confidence: float = Field(default=0.7, ge=0.0, le=1.0)
    # the trigger must carry one of these modifiers ("a [joint] attack"), or none of the others
    modifiers: frozenset[str] = frozenset()
    unless_modifiers: frozenset[str] = frozenset()
    # several subjects and no object relate each to each ("A and B clashed"); not for one-sided
    # events ("A and B launched an offensive")
    reciprocal: bool = True
    # "tensions between A and B" relate A and B (each_other); "a liaison between A and B" relates
    # its holder to each (holder)
    between: Literal["each_other", "holder"] = "each_other"

    @field_validator("subject", "object")
    @classmethod
    def _known_roles(cls, roles: tuple[str, ...]) -> tuple[str, ...]:
        bad = [r for r in roles if not _ROLE.match(r)]
        if bad or not roles:
            raise ValueError(f"unknown or missing roles: {bad}")
        return roles


class PrepositionRule(_Strict):
    words: tuple[str, ...]
    predicate: str
    object_types: tuple[ActorType, ...] = ACTOR_TYPES[:3]
    confidence: float = 0.7
    # the preposition counts only when one of these heads or modifies it ("along with",
    # "together with", "in coordination with")
    introduced_by: frozenset[str] = frozenset()


class FormationLexicon(_Strict):
    forming: frozenset[str]
    leaving: frozenset[str]
    merging: frozenset[str]
    breakaway: frozenset[str]
    defectors: frozenset[str]


class TriggerLexicon(_Strict):
    verbs: tuple[TriggerRule, ...]
    nouns: tuple[TriggerRule, ...]
    prepositions: tuple[PrepositionRule, ...]
    partitives: frozenset[str]
    standing_nouns: frozenset[str]
    held_by: frozenset[str]
    belonging: frozenset[str]
    estranged: frozenset[str]
    quantifiers: frozenset[str]
    anaphoric_nouns: frozenset[str]
    body_nouns: frozenset[str]
    object_control: frozenset[str]
    locative_prepositions: frozenset[str]
    formation: FormationLexicon
    giving_verbs: frozenset[str]
    viewing_verbs: frozenset[str]


class HedgeLexicon(_Strict):
    hedges: dict[Literal["reported", "alleged", "likely"], frozenset[str]]
    attribution_verbs: frozenset[str]
    accusation_verbs: frozenset[str]
    negations: frozenset[str]
    refusals: frozenset[str]
    severances: frozenset[str]


class PlaceWords(_Strict):
    before: frozenset[str]
    after: frozenset[str]
    of: frozenset[str]
    around: frozenset[str]


class HyphenedParticles(_Strict):
    before_word: frozenset[str]
    between_words: frozenset[str]


class MentionLexicon(_Strict):
    collective_nouns: frozenset[str]
    bare_collectives: frozenset[str]
    nonspecific: frozenset[str]
    vessel_prefixes: frozenset[str]
    government_nouns: frozenset[str]
    possessive_group_nouns: frozenset[str]
    ignored_names: frozenset[str]
    event_and_instrument_heads: frozenset[str]
    person_titles: frozenset[str]
    honorifics: frozenset[str]
    service_branches: frozenset[str]
    office_titles: frozenset[str]
    word_acronyms: dict[str, str]
    gloss_languages: frozenset[str]
    not_acronyms: frozenset[str]
    group_name_heads: frozenset[str]
    name_particles: frozenset[str]
    hyphened_particles: HyphenedParticles
    name_joiners: frozenset[str]
    organization_tails: frozenset[str]
    place_words: PlaceWords
    place_name_heads: frozenset[str]
    place_name_tails: frozenset[str]
    descriptions: dict[str, ActorType]
    description_determiners: frozenset[str]
    relational_descriptions: frozenset[str]
    third_person: frozenset[str]
    vague_descriptions: frozenset[str]
    member_nouns: frozenset[str]


class KnownActor(_Strict):
    id: str
    name: str
    type: ActorType
    country: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Place(_Strict):
    name: str
    country: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """The place's actor id: "place:north_waziristan"."""
        return "place:" + re.sub(r"[^a-z0-9]+", "_", self.name.lower()).strip("_")


class InfoboxField(_Strict):
    predicate: str
    role: Literal["subject", "object"] = "subject"


class Boilerplate(_Strict):
    drop_lines: tuple[str, ...]
    date_lines: tuple[str, ...]
    publisher_lines: tuple[str, ...]


class Vocabulary(_Strict):
    predicates: dict[str, Predicate]
    actor_types: dict[ActorType, dict[str, Any]]
    triggers: TriggerLexicon
    hedges: HedgeLexicon
    mentions: MentionLexicon
    known_actors: tuple[KnownActor, ...]
    places: tuple[Place, ...]
    boilerplate: Boilerplate
    infobox: dict[str, InfoboxField]

    @model_validator(mode="after")
    def _cross_references(self) -> Vocabulary:
        named = {r.predicate for r in (*self.triggers.verbs, *self.triggers.nouns)}
        named |= {r.predicate for r in self.triggers.prepositions}
        named |= {f.predicate for f in self.infobox.values()}
        unknown = named - set(self.predicates)
        if unknown:
            raise ValueError(f"triggers name unknown predicates: {sorted(unknown)}")
        ids = [a.id for a in self.known_actors]
        if len(ids) != len(set(ids)):
            raise ValueError("known actor ids are not unique")
        dangling = {a.parent for a in self.known_actors if a.parent} - set(ids)
        if dangling:
            raise ValueError(f"known actors name unknown parents: {sorted(dangling)}")
        return self

    def label_for(self, ner_label: str) -> ActorType | None:
        """The actor type a spaCy entity label stands for, if any."""
        for name, spec in self.actor_types.items():
            if ner_label in spec.get("ner_labels", []):
                return name
        return None


def _read_yaml(name: str) -> dict[str, Any]:
    try:
        text = resources.files("linkchart.vocabulary").joinpath(name).read_text(encoding="utf-8")
        loaded = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise VocabularyError(f"vocabulary/{name}: {exc}") from exc
    if not isinstance(loaded, dict):
        raise VocabularyError(f"vocabulary/{name}: expected a mapping at the top level")
    return loaded


@functools.cache
def vocabulary() -> Vocabulary:
    """Load and validate every vocabulary file (cached: the files ship inside the package)."""
    predicates = _read_yaml("predicates.yaml")["predicates"]
    try:
        return Vocabulary.model_validate(
            {
                "predicates": {k: {**v, "name": k} for k, v in predicates.items()},
                "actor_types": _read_yaml("actor_types.yaml")["types"],
                "triggers": _read_yaml("triggers.yaml"),
                "hedges": _read_yaml("hedges.yaml"),
                "mentions": _read_yaml("mentions.yaml"),
                "known_actors": _read_yaml("known_actors.yaml")["actors"],
                "places": _read_yaml("places.yaml")["places"],
                "boilerplate": _read_yaml("boilerplate.yaml"),
                "infobox": _read_yaml("infobox.yaml")["fields"],
            }
        )
    except (ValidationError, KeyError) as exc:
        raise VocabularyError(f"vocabulary does not match its schema: {exc}") from exc


# --- Records passed between stages -------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A report as read from disk, before any NLP: text with boilerplate removed."""

    id: str  # sha256 of the cleaned text: the same content is the same document
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
    source: Literal["sentence", "paragraph", "document", "none"]


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


# --- Serialised form, for extraction done in another process or on another machine --------


def extraction_to_json(extraction: Extraction) -> str:
    """One document's extraction as JSON (what worker processes and Ray shards carry)."""
    record = asdict(extraction)
    for cluster in record["clusters"]:
        cluster["names"] = sorted(cluster["names"])
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def extraction_from_json(text: str) -> Extraction:
    """The inverse of `extraction_to_json`."""
    record = json.loads(text)
    claims = []
    for claim in record["claims"]:
        claim["time"] = TimeScope(**claim["time"])
        claim["evidence"] = tuple(EvidenceSpan(**e) for e in claim["evidence"])
        claims.append(Claim(**claim))
    return Extraction(
        document=Document(**record["document"]),
        sentences=[Sentence(**s) for s in record["sentences"]],
        mentions=[Mention(**m) for m in record["mentions"]],
        clusters=[ActorCluster(**{**c, "names": set(c["names"])}) for c in record["clusters"]],
        claims=claims,
    )
