"""The data model: the vocabulary declared in `vocabulary/*.yaml` (`schema`, loaded and validated
once per process by `loader`), the records the pipeline passes on (`records`) and their wire
format (`wire`). This module is their face: import from `linkchart.model`."""

from linkchart.model.loader import vocabulary
from linkchart.model.records import (
    ActorCluster,
    Claim,
    Document,
    EvidenceSpan,
    Extraction,
    Mention,
    Sentence,
    TimeScope,
)
from linkchart.model.schema import (
    ACTOR_TYPES,
    ActorType,
    Boilerplate,
    FormationLexicon,
    Hedge,
    HedgeLexicon,
    InfoboxField,
    KnownActor,
    MentionLexicon,
    Place,
    Predicate,
    PrepositionRule,
    TriggerLexicon,
    TriggerRule,
    Vocabulary,
)
from linkchart.model.wire import extraction_from_json, extraction_to_json

__all__ = [
    "ACTOR_TYPES",
    "ActorCluster",
    "ActorType",
    "Boilerplate",
    "Claim",
    "Document",
    "EvidenceSpan",
    "Extraction",
    "FormationLexicon",
    "Hedge",
    "HedgeLexicon",
    "InfoboxField",
    "KnownActor",
    "Mention",
    "MentionLexicon",
    "Place",
    "Predicate",
    "PrepositionRule",
    "Sentence",
    "TimeScope",
    "TriggerLexicon",
    "TriggerRule",
    "Vocabulary",
    "extraction_from_json",
    "extraction_to_json",
    "vocabulary",
]
