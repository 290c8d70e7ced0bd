"""Readers by file type, registered by suffix in `linkchart.registry.readers`; `read_document`
applies the checks every file gets (missing, too large, empty, binary, undecodable) before its
reader runs."""

from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from linkchart.errors import IngestError
from linkchart.ingest.boilerplate import clean
from linkchart.model import Document
from linkchart.registry import lookup, readers

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class RawText:
    """What a reader gets out of a file, before boilerplate is removed."""

    text: str
    title: str | None = None
    date: str | None = None
    publisher: str | None = None


Reader = Callable[[str, bytes], RawText]


@dataclass(frozen=True)
class ReaderSpec:
    """A registered reader and the media type of what it reads."""

    media_type: str
    read: Reader


def reader(*suffixes: str, media_type: str) -> Callable[[Reader], Reader]:
    """Register a reader for file suffixes (lower case, with the dot)."""

    def register(func: Reader) -> Reader:
        for suffix in suffixes:
            readers.register(suffix, func=ReaderSpec(media_type, func))
        return func

    return register


def known_suffixes() -> frozenset[str]:
    """The suffixes some registered reader reads."""
    return frozenset(readers.get_all())


def decode_text(path: str, raw: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is an
    error rather than a guess, so mojibake never reaches the store."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(path, f"not valid UTF-16 text ({exc.reason} at byte {exc.start})") from exc
    if b"\x00" in raw[:8192]:
        raise IngestError(path, "binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


@reader(".txt", ".text", ".md", ".markdown", media_type="text/plain")
def read_plain(path: str, raw: bytes) -> RawText:
    return RawText(decode_text(path, raw))


_SURROGATE = re.compile("[\ud800-\udfff]")


def displayable(text: str) -> str:
    """A path or text as it can be stored and shown: every surrogate (a file name's escapes of
    bytes that are not UTF-8, a PDF's lone surrogates from a broken ToUnicode map) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def read_regular(name: str, file: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, at most `max_bytes` of them (a FIFO, a device or a file that grows
    past the limit while read is refused, not waited on or read without end)."""
    try:
        status = file.stat()
        if not stat.S_ISREG(status.st_mode):
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else "a device, pipe or socket"
            raise IngestError(name, f"is {kind}, not a regular file")
        if status.st_size > max_bytes:
            raise IngestError(name, f"too large: {status.st_size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
        with file.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise IngestError(name, "no such file") from exc
    except PermissionError as exc:
        raise IngestError(name, "permission denied") from exc
    except OSError as exc:
        raise IngestError(name, f"unreadable: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:
        raise IngestError(name, f"too large: over {max_bytes:,} bytes as read (see --max-bytes)")
    return raw


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, publisher: str | None = None) -> Document:
    """Read one file into a Document, or raise IngestError saying why it cannot be read.
    `publisher` is the document's publisher where the file itself names none."""
    file = Path(path)
    name = displayable(str(path))
    suffix = file.suffix.lower()
    if suffix not in known_suffixes():
        known = ", ".join(sorted(known_suffixes()))
        raise IngestError(name, f"unsupported file type '{displayable(suffix) or '(none)'}' (known: {known})")
    raw = read_regular(name, file, max_bytes)
    if not raw.strip():
        raise IngestError(name, "empty file")
    spec: ReaderSpec = lookup("reader", suffix)
    extracted = spec.read(name, raw)
    cleaned = clean(displayable(extracted.text), extracted.title, extracted.date, extracted.publisher)
    if not cleaned.text.strip():
        raise IngestError(name, "no text left after removing boilerplate")
    return Document(
        id=hashlib.sha256(raw).hexdigest(),
        path=name,
        name=displayable(file.stem),
        title=cleaned.title and displayable(cleaned.title),
        text=cleaned.text,
        date=cleaned.date,
        media_type=spec.media_type,
        publisher=cleaned.publisher or publisher,
    )
