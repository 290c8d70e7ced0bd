"""Random document shapes through the whole ingest (read, clean, parse, extract, resolve,
store): whatever the lengths, scripts, markup and names, the run completes, every file is
accounted for (ingested, unchanged or skipped with a reason) and the store stays whole."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkchart.api import ingest

PIECES = st.sampled_from(
    [
        "The Tigers Front",
        "fought",
        "the Northern Army",
        "in Kandahar",
        "in 1995.",
        "since 2009",
        "About 2000 fighters",
        "Allies:",
        "Leaders |",
        "<b>",
        "</p>",
        "<script>alert(1)</script>",
        "&amp;",
        "[1]",
        "\u0627\u0644\u062d\u0648\u062b\u064a\u0648\u0646",
        "\u4e2d\u6587",
        "\u202e",
        "\u200b",
        "\n",
        "\n\n",
        "\u2022",
        "ALL CAPS FRONT",
        "x" * 300,
        "(",
        ")",
    ]
)
TEXT = st.lists(PIECES, max_size=60).map(" ".join)
NAME = st.text(alphabet="abcXYZ -_[]()\u00e9\u0627", min_size=1, max_size=12).map(str.strip).filter(bool)
FILE = st.tuples(NAME, st.sampled_from([".txt", ".md", ".html"]), TEXT)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FILE, min_size=1, max_size=4, unique_by=lambda f: f[0] + f[1]))
def test_any_folder_of_documents_is_ingested_to_the_end(files: list[tuple[str, str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for name, suffix, text in files:
            (folder / f"{name}{suffix}").write_text(text, encoding="utf-8")
        db = Path(tmp) / "s.db"
        report = ingest([folder], db)
        assert len(report.ingested) + len(report.unchanged) + len(report.errors) == len(files)
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_one_sentence_naming_fifteen_hundred_groups_is_read(tmp_path: Path) -> None:
    names = ", ".join(f"the {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{i} Brigade" for i in range(1500))
    (tmp_path / "list.txt").write_text(f"Groups\n\nThe Tigers Front fought {names} in Kandahar.\n", encoding="utf-8")
    report = ingest([tmp_path / "list.txt"], tmp_path / "s.db")
    assert len(report.ingested) == 1 and not report.errors
