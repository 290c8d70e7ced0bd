"""Inputs that used to stop, stall or corrupt a run, each generated here: the run goes on, the
rest of the batch is stored, and the store stays whole."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkchart.api import ingest
from linkchart.cli import app
from linkchart.export import claim_records
from linkchart.store import Store

GOOD = "The Tigers Front fought the Northern Army in Kandahar."
runner = CliRunner()


def _ok(db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_fifo_and_a_link_to_a_device_are_skipped_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    report = ingest([tmp_path / "good.txt", tmp_path / "pipe.txt", tmp_path / "zero.txt"], tmp_path / "s.db")
    assert len(report.ingested) == 1
    assert {e.reason for e in report.errors} == {"is a device, pipe or socket, not a regular file"}
    _ok(tmp_path / "s.db")


def test_odd_file_names_are_read_and_shown_safely(tmp_path: Path) -> None:
    names = [b"bad-\xff-name.txt", b"markup-[bold]x[red].txt", b"escape-\x1b[31m.txt"]
    for n, raw in enumerate(names):
        (Path(os.fsdecode(bytes(tmp_path) + b"/" + raw))).write_text(f"{GOOD} Report {n}.", encoding="utf-8")
    (tmp_path / "empty-[red]-\x1b[2J.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 3, result.output
    assert "\x1b" not in result.output and "\\x1b" in result.output and "empty-[red]-" in result.output
    with Store(tmp_path / "s.db") as store:
        paths = [r["path"] for r in store.query("SELECT path FROM documents")]
    assert len(paths) == 3 and any("\ufffd" in p for p in paths)


def test_a_file_changed_and_changed_back_is_current_in_its_first_version(tmp_path: Path) -> None:
    report_file, db = tmp_path / "r.txt", tmp_path / "s.db"
    report_file.write_text(GOOD, encoding="utf-8")
    ingest([report_file], db)
    report_file.write_text("The Southern Union fought the Eastern Alliance in Herat.", encoding="utf-8")
    ingest([report_file], db)
    report_file.write_text(GOOD, encoding="utf-8")
    assert len(ingest([report_file], db).ingested) == 1
    with Store(db) as store:
        named = {c["subject"] for c in claim_records(store)} | {c["object"] for c in claim_records(store)}
        current = store.query("SELECT COUNT(*) FROM documents WHERE replaced_by IS NULL")[0][0]
    assert "Tigers Front" in named and "Southern Union" not in named and current == 1
    _ok(db)


def test_a_folder_tree_a_thousand_deep_is_walked(tmp_path: Path) -> None:
    folders = [tmp_path / "deep"]
    for _ in range(1100):  # one by one: pathlib's own mkdir(parents=True) recurses
        folders.append(folders[-1] / "d")
    for folder in folders:
        folder.mkdir()
    (folders[-1] / "report.txt").write_text(GOOD, encoding="utf-8")
    try:
        assert len(ingest([folders[0]], tmp_path / "s.db").ingested) == 1
    finally:  # removed here, deepest first: pytest's own clean-up (shutil.rmtree) recurses too
        (folders[-1] / "report.txt").unlink()
        for folder in reversed(folders):
            folder.rmdir()


def test_a_latin_1_page_that_declares_its_charset_is_read(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"><title>Front</title></head><body><p>'
    page += "The Tigers Front fought the Northern Army near Kandahar in 2004, according to the caf\xe9 owner."
    (tmp_path / "latin.html").write_bytes((page + "</p></body></html>").encode("latin-1"))
    report = ingest([tmp_path / "latin.html"], tmp_path / "s.db")
    assert len(report.ingested) == 1, report.errors


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        report = ingest([tmp_path], tmp_path / "s.db")
    finally:
        locked.chmod(0o755)
    assert [e.reason.split(":")[0] for e in report.errors] == ["unreadable folder"]


def test_two_ingests_of_one_folder_into_one_store_both_finish(tmp_path: Path) -> None:
    import subprocess
    import sys

    for n in range(12):
        (tmp_path / f"r{n:02d}.txt").write_text(f"{GOOD} The Tigers Front met in Herat in 20{n:02d}.", encoding="utf-8")
    db = tmp_path / "s.db"
    command = [sys.executable, "-m", "linkchart", "ingest", str(tmp_path), "--db", str(db), "--batch-size", "2"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    _ok(db)
    with Store(db) as store:
        assert store.query("SELECT COUNT(*) FROM documents WHERE replaced_by IS NULL")[0][0] == 12
        assert len({r["doc"] for r in claim_records(store)}) == 12


def test_a_pdf_whose_text_holds_a_lone_surrogate_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fpdf import FPDF
    from pypdf import PageObject

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="The Tigers Front fought the Northern Army in Kandahar.")
    pdf.output(str(tmp_path / "broken-map.pdf"))
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    # what a ToUnicode map pointing into the surrogate range gives pypdf
    monkeypatch.setattr(PageObject, "extract_text", lambda self, *a, **k: "The Tigers Front \ud835 fought the Army.")
    report = ingest([tmp_path], tmp_path / "s.db")
    assert len(report.ingested) == 2 and not report.errors
    _ok(tmp_path / "s.db")


def test_readers_during_an_ingest_get_no_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    for n in range(40):
        text = f"{GOOD} The Tigers Front met in Herat in 19{n + 60}."
        (tmp_path / f"r{n:02d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([tmp_path / "r00.txt"], db)
    command = [sys.executable, "-m", "linkchart", "ingest", str(tmp_path), "--db", str(db), "--batch-size", "2"]
    writer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    reads = 0
    while writer.poll() is None:
        for args in (["summary", "--db", str(db), "--json"], ["key-actors", "--db", str(db), "--json"]):
            result = runner.invoke(app, args)
            assert result.exit_code == 0, result.output
            reads += 1
    assert writer.returncode == 0 and reads > 2
    _ok(db)
