"""HTML pages: main text, title and date with trafilatura; navigation and footers dropped."""

from __future__ import annotations

import trafilatura

from linkchart.errors import IngestError
from linkchart.ingest.readers import RawText, decode_text, reader


@reader(".html", ".htm", ".xhtml", media_type="text/html")
def read_html(path: str, raw: bytes) -> RawText:
    markup = decode_text(path, raw)
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
