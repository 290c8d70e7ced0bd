"""The one error type of the ingest stage: which file, and why it was not read."""

from __future__ import annotations


class IngestError(Exception):
    """A file that could not be turned into a document. `reason` is one short sentence."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        # Errors travel back from worker processes; rebuild them from both fields.
        return IngestError, (self.path, self.reason)
