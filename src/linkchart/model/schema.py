"""The vocabulary's schema: what each file of `vocabulary/*.yaml` must hold, as strict, frozen
pydantic models (followthemoney's schema-as-data: the code interprets these, it does not
repeat them)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ActorType = Literal["person", "organization", "group", "location"]
Hedge = Literal["asserted", "reported", "alleged", "likely", "attributed"]
ACTOR_TYPES: tuple[ActorType, ...] = ("person", "organization", "group", "location")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


PredicateClassName = Literal["ally", "enemy", "hierarchy", "lineage", "location"]
Side = Literal["subject", "object"]


class PredicateClass(_Strict):
    """A coarse class of predicates, as analysts filter and colour them."""

    label: str
    colour: str = Field(pattern=r"^#[0-9a-f]{6}$")


class FtmLink(_Strict):
    """The FollowTheMoney schema a predicate exports as, and the properties of its two sides."""

    schema_name: str = Field(alias="schema")
    subject: str
    object: str


class Predicate(_Strict):
    name: str = ""
    direction: str
    klass: PredicateClassName = Field(alias="class")
    sign: Literal[-1, 0, 1]
    label: str = ""
    # the profile section the other actor is listed in, seen from the profiled actor's side:
    # "leads: {subject: leads, object: leaders}" lists whom X leads, and who leads X
    profile: dict[Side, str] = Field(default_factory=dict)
    # support flows subject -> object (forward: "X supports Y") or object -> subject ("X is Y's proxy")
    support_flow: Literal["forward", "backward"] | None = None
    ftm: FtmLink | None = None
    cooperation: bool = False  # a tie that puts two actors in one camp (communities group by these)

    @property
    def symmetric(self) -> bool:
        return self.direction == "symmetric"


_ROLE = re.compile(
    r"^(nsubj|nsubjpass|dobj|dative|attr|agent|poss|compound|amod|holder|viewer|complement|giver|self|reciprocal|acl:agent|prep:[a-z]+|dobj>prep:[a-z]+)$"
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
    # the preposition counts only on an actor's name: "the Northern Alliance [against] the Taliban"
    on_actor: bool = False


class FormationLexicon(_Strict):
    forming: frozenset[str]
    leaving: frozenset[str]
    merging: frozenset[str]
    breakaway: frozenset[str]
    defectors: frozenset[str]


class DeedLexicon(_Strict):
    nouns: frozenset[str]
    doing: frozenset[str]


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
    title_roles: dict[str, str]
    title_ranks: frozenset[str]
    object_control: frozenset[str]
    locative_prepositions: frozenset[str]
    locative_deeds: DeedLexicon
    formation: FormationLexicon
    giving_verbs: frozenset[str]
    viewing_verbs: frozenset[str]
    listing_verbs: frozenset[str]
    succeeding_verbs: frozenset[str]


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
    between: frozenset[str]
    administrative: frozenset[str]


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
    branch_name_words: frozenset[str]
    office_heads: frozenset[str]
    civil_body_heads: frozenset[str]
    place_words: PlaceWords
    place_prepositions: frozenset[str]
    place_name_heads: frozenset[str]
    place_name_tails: frozenset[str]
    descriptions: dict[str, ActorType]
    description_determiners: frozenset[str]
    relational_descriptions: frozenset[str]
    third_person: frozenset[str]
    vague_descriptions: frozenset[str]
    member_nouns: frozenset[str]
    alias_phrases: frozenset[str]
    transliterations: tuple[tuple[str, str], ...]

    @field_validator("transliterations")
    @classmethod
    def _patterns_compile(cls, pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        for pattern, _ in pairs:
            re.compile(pattern)  # a bad pattern fails at load, naming the file
        return pairs


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
        from linkchart.resolve.names import slug  # resolve.names reads the vocabulary this module declares

        return "place:" + slug(self.name, "_")


class InfoboxField(_Strict):
    predicate: str
    role: Literal["subject", "object"] = "subject"
    person_predicate: str | None = None  # on a person's page: "Allegiance" is membership
    dated_by: Literal["founded", "active"] | None = None  # the page's date field its items fall back on


class Boilerplate(_Strict):
    drop_lines: tuple[str, ...]
    date_lines: tuple[str, ...]
    publisher_lines: tuple[str, ...]


class TimeWords(_Strict):
    """The words that say when (`vocabulary/time.yaml`): labels that are not years, words
    that open or close an interval, phrases pointing back at the date in force or at the
    document's own date, with the years they add."""

    label_words: frozenset[str]
    opens: tuple[str, ...]
    closes: tuple[str, ...]
    anaphors: dict[str, int]
    decade_anaphors: tuple[str, ...]
    offset_units: dict[str, int]
    number_words: dict[str, int]
    since_anaphors: tuple[str, ...]
    deictic: dict[str, int]


class Vocabulary(_Strict):
    predicates: dict[str, Predicate]
    predicate_classes: dict[PredicateClassName, PredicateClass]
    profile_sections: tuple[str, ...]
    actor_types: dict[ActorType, dict[str, Any]]
    triggers: TriggerLexicon
    hedges: HedgeLexicon
    mentions: MentionLexicon
    known_actors: tuple[KnownActor, ...]
    places: tuple[Place, ...]
    boilerplate: Boilerplate
    time: TimeWords
    infobox: dict[str, InfoboxField]
    infobox_labels: frozenset[str]
    infobox_alias_labels: frozenset[str]
    infobox_inert_labels: frozenset[str]
    infobox_single_labels: frozenset[str]
    infobox_back_matter: frozenset[str]
    infobox_caption_words: frozenset[str]
    infobox_date_labels: dict[Literal["founded", "active"], frozenset[str]]

    @property
    def field_labels(self) -> frozenset[str]:
        """Every label page structure knows: the fields' that make claims, and the others'."""
        return frozenset(self.infobox) | self.infobox_labels | self.infobox_inert_labels

    @model_validator(mode="after")
    def _cross_references(self) -> Vocabulary:
        named = {r.predicate for r in (*self.triggers.verbs, *self.triggers.nouns)}
        named |= {r.predicate for r in self.triggers.prepositions}
        named |= {f.predicate for f in self.infobox.values()}
        named |= {f.person_predicate for f in self.infobox.values() if f.person_predicate}
        unknown = named - set(self.predicates)
        if unknown:
            raise ValueError(f"triggers name unknown predicates: {sorted(unknown)}")
        sections = {s for p in self.predicates.values() for s in p.profile.values()}
        if sections - set(self.profile_sections):
            raise ValueError(
                f"predicates name unknown profile sections: {sorted(sections - set(self.profile_sections))}"
            )
        ids = [a.id for a in self.known_actors]
        if len(ids) != len(set(ids)):
            raise ValueError("known actor ids are not unique")
        dangling = {a.parent for a in self.known_actors if a.parent} - set(ids)
        if dangling:
            raise ValueError(f"known actors name unknown parents: {sorted(dangling)}")
        undeclared = set().union(*self.infobox_date_labels.values()) - self.infobox_inert_labels
        if undeclared:
            raise ValueError(f"date labels are not inert labels: {sorted(undeclared)}")
        if stray := self.infobox_single_labels - self.infobox_inert_labels:
            raise ValueError(f"single labels are not inert labels: {sorted(stray)}")
        return self

    def predicates_where(self, **wanted: Any) -> tuple[str, ...]:
        """The names of the predicates whose attributes have these values, in vocabulary order:
        `predicates_where(klass="location")`."""
        return tuple(n for n, p in self.predicates.items() if all(getattr(p, k) == v for k, v in wanted.items()))

    def label_for(self, ner_label: str) -> ActorType | None:
        """The actor type a spaCy entity label stands for, if any."""
        for name, spec in self.actor_types.items():
            if ner_label in spec.get("ner_labels", []):
                return name
        return None
