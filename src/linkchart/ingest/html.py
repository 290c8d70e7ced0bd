"""HTML pages: main text, title and date with trafilatura; navigation and footers dropped."""

from __future__ import annotations

import re

import trafilatura

from linkchart.errors import IngestError
from linkchart.ingest.readers import RawText, decode_text, reader

_DECLARED = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def _decode_markup(path: str, raw: bytes) -> str:
    """UTF-8 (or UTF-16 with a BOM), else the charset the page declares ("<meta charset=
    iso-8859-1>"): a Latin-1 page that says so is read, not refused."""
    try:
        return decode_text(path, raw)
    except IngestError:
        declared = _DECLARED.search(raw[:4096])
        if declared is None:
            raise
        try:
            return raw.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError) as exc:
            raise IngestError(path, f"not text in its declared charset {declared.group(1).decode()!r}") from exc


@reader(".html", ".htm", ".xhtml", media_type="text/html")
def read_html(path: str, raw: bytes) -> RawText:
    markup = _decode_markup(path, raw)
    if "<" not in markup:
        raise IngestError(path, "malformed HTML: no markup at all")
    try:
        page = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
        )
    except Exception as exc:  # trafilatura raises many parser error types; all mean one thing here
        raise IngestError(path, f"malformed HTML: {exc}") from exc
    text = getattr(page, "text", None) if page is not None else None
    if not text:
        raise IngestError(path, "malformed HTML: no main text found")
    publisher = getattr(page, "sitename", None) or getattr(page, "hostname", None)
    return RawText(text=text, title=getattr(page, "title", None), date=getattr(page, "date", None), publisher=publisher)
