"""The one error hierarchy: every error linkchart raises on purpose is a `LinkchartError`.

The CLI prints one of these as one line, without a traceback, and exits with code 2; the
workbench answers with an error page (or a JSON error for a JSON twin) and the status its
class carries. Anything else that escapes is a bug and keeps its traceback."""

from __future__ import annotations

__all__ = [
    "IngestError",
    "InvalidInput",
    "LinkchartError",
    "NotFound",
    "StoreError",
    "UnknownComponent",
    "VocabularyError",
]


class LinkchartError(Exception):
    """An error a user can act on; its message says what went wrong and what to do."""

    status = 400  # the HTTP status the workbench answers with

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else type(self).__name__


class VocabularyError(LinkchartError):
    """A vocabulary file is missing, unreadable or does not match its schema."""

    status = 500


class UnknownComponent(LinkchartError):
    """A registered component (extractor, reader, engine, format) named that does not exist."""

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        super().__init__(f"unknown {kind} {name!r}; known: {', '.join(sorted(known))}")
        self.kind, self.name, self.known = kind, name, known

    def __reduce__(self) -> tuple[type[UnknownComponent], tuple[str, str, list[str]]]:
        return UnknownComponent, (self.kind, self.name, self.known)


class InvalidInput(LinkchartError):
    """An argument or form value that cannot be used as given."""


class NotFound(LinkchartError):
    """No actor, claim or document answers to a name or id (or several do)."""

    status = 404


class StoreError(LinkchartError):
    """The store cannot be opened or written (not a linkchart store, disk full, locked)."""

    status = 500


class IngestError(LinkchartError):
    """A file that could not be turned into a document. `reason` is one short sentence."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        # Errors travel back from worker processes; rebuild them from both fields.
        return IngestError, (self.path, self.reason)
