"""Readers and the checks every file gets; bad input is named with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkchart.errors import IngestError
from linkchart.ingest import discover, read_document
from tests.conftest import SAMPLES


def test_plain_text_drops_boilerplate_and_takes_the_page_date(tmp_path: Path) -> None:
    page = tmp_path / "report.txt"
    page.write_text(
        "UNITED24 - Make a charitable donation in support of Ukraine!\n\nA Report\n\nThe Taliban fought NATO.\n\n"
        "Join the Example mailing list\n\nPage last modified: 25-05-2016 11:44:19 ZULU\n",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.text == "A Report\n\nThe Taliban fought NATO."
    assert (doc.title, doc.date, doc.name) == ("A Report", "2016-05-25", "report")


def test_html_keeps_the_article_and_drops_navigation() -> None:
    doc = read_document(SAMPLES / "pakistani-taliban.html")
    assert "Baitullah Mehsud founded" in doc.text
    assert "Home" not in doc.text.split() and "mailing list" not in doc.text and "donation" not in doc.text
    assert doc.title and "Tehrik-i-Taliban" in doc.title
    assert doc.media_type == "text/html"


def test_pdf_text_title_and_date() -> None:
    doc = read_document(SAMPLES / "hizb-i-islami.pdf")
    assert "Gulbuddin Hekmatyar founded Hizb-i-Islami" in " ".join(doc.text.split())
    assert doc.date == "2017-02-10" and doc.title == "Hizb-i-Islami Gulbuddin"


def test_same_content_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The Taliban fought NATO.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The Taliban fought NATO.", encoding="utf-8")
    assert read_document(tmp_path / "a.txt").id == read_document(tmp_path / "b.txt").id


BAD = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n  ", "empty file"),
    ("binary.txt", b"\x00\x01\x02garbage" * 10, "binary file"),
    ("latin1.txt", "Hizb-i-Islami caf\u00e9".encode("latin-1"), "not UTF-8"),
    ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "malformed PDF"),
    ("fake.pdf", b"hello", "no %PDF header"),
    ("nomarkup.html", b"just words, no tags", "malformed HTML"),
    ("empty-body.html", b"<html><head><title>x</title></head><body></body></html>", "malformed HTML"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type"),
    ("only-furniture.txt", b"Join the Example mailing list\n", "no text left"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_named_with_its_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("The Taliban fought NATO. " * 100, encoding="utf-8")
    with pytest.raises(IngestError, match="too large"):
        read_document(path, max_bytes=1000)


def test_discover_walks_folders_in_order_and_reports_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("x", encoding="utf-8")
    (tmp_path / "one.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    found = list(discover([tmp_path, tmp_path / "missing.txt"]))
    assert found[:2] == [tmp_path / "b" / "two.md", tmp_path / "one.txt"]
    assert isinstance(found[2], IngestError) and found[2].reason == "no such file or folder"


def test_publisher_from_site_name_footer_or_pdf_author() -> None:
    publishers = {p.name: read_document(p).publisher for p in sorted(SAMPLES.iterdir())}
    assert publishers["pakistani-taliban.html"] == "Conflict Monitor"
    assert publishers["haqqani-network.txt"] == "Frontier Brief"
    assert publishers["taliban-overview.txt"] == "Kabul Monitor Desk"
    assert publishers["hizb-i-islami.pdf"] == "South Asia Research Notes"
