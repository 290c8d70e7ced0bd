"""PDF reports: the text layer of each page with pypdf; the title and date from its metadata."""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from linkchart.errors import IngestError
from linkchart.ingest.boilerplate import parse_date
from linkchart.ingest.readers import RawText, reader


def _pdf_date(raw: object) -> str | None:
    match = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(raw or ""))
    return parse_date("-".join(match.groups())) if match else None


@reader(".pdf", media_type="application/pdf")
def read_pdf(path: str, raw: bytes) -> RawText:
    if not raw.startswith(b"%PDF"):
        raise IngestError(path, "malformed PDF: no %PDF header")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        pdf = PdfReader(io.BytesIO(raw))
        if pdf.is_encrypted:
            raise IngestError(path, "encrypted PDF")
        pages = [page.extract_text() or "" for page in pdf.pages]
        meta: dict[str, Any] = dict(pdf.metadata or {})
    except PyPdfError as exc:
        raise IngestError(path, f"malformed PDF: {exc}") from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(path, f"malformed PDF: {type(exc).__name__}: {exc}") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise IngestError(path, "PDF has no text layer (scanned? OCR it first)")
    title = meta.get("/Title") if isinstance(meta.get("/Title"), str) else None
    author = meta.get("/Author") if isinstance(meta.get("/Author"), str) else None
    return RawText(text=text, title=title or None, date=_pdf_date(meta.get("/CreationDate")), publisher=author or None)
