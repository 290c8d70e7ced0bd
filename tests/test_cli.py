"""The CLI as a user runs it: help on every command, the `make run` job, bad input, exports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from linkchart.cli import app
from linkchart.store import Store
from tests.conftest import EVAL, ROOT, SAMPLES

runner = CliRunner()
GOLDEN = ROOT / "tests" / "golden" / "sample_claims.jsonl"


def test_every_command_has_help_with_an_example() -> None:
    commands = get_command(app).commands  # type: ignore[attr-defined]
    assert {"ingest", "export", "summary"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Example:" in result.output, f"{name} --help has no example"


def test_make_run_job_on_the_samples(tmp_path: Path) -> None:
    """What `make run` does, in a real subprocess: ingest samples/ and print the summary."""
    db = tmp_path / "linkchart.db"
    env = {**os.environ, "COLUMNS": "160"}
    ingest = subprocess.run(
        [sys.executable, "-m", "linkchart", "ingest", str(SAMPLES), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert ingest.returncode == 0, ingest.stderr
    assert "5 ingested, 0 unchanged, 0 skipped" in ingest.stderr
    summary = subprocess.run(
        [sys.executable, "-m", "linkchart", "summary", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "Top actors" in summary.stdout and "Haqqani Network" in summary.stdout
    report = tmp_path / "report.html"
    written = subprocess.run(
        [sys.executable, "-m", "linkchart", "report", "--db", str(db), "-o", str(report)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert written.returncode == 0, written.stderr
    html = report.read_text(encoding="utf-8")
    assert "cytoscape" in html and "Haqqani Network" in html
    assert 'src="http' not in html and 'href="http' not in html  # self-contained: nothing to fetch


def test_sample_claims_match_the_golden_file(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    assert runner.invoke(app, ["export", "claims", "--db", str(sample_db), "-o", str(out)]).exit_code == 0
    found = sorted(
        {json.dumps([r["doc"], r["subject"], r["predicate"], r["object"]]) for r in map(json.loads, out.open())}
    )
    if os.environ.get("LINKCHART_UPDATE_GOLDEN"):
        GOLDEN.write_text("\n".join(found) + "\n", encoding="utf-8")
    assert found == GOLDEN.read_text(encoding="utf-8").splitlines()


def test_same_actors_across_sample_documents(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.jsonl"
    runner.invoke(app, ["export", "actors", "--db", str(sample_db), "-o", str(out)])
    actors = {a["name"]: a for a in map(json.loads, out.open())}
    for name in ("Haqqani Network", "Inter-Services Intelligence", "Taliban", "al-Qaeda", "Tehrik-e-Taliban Pakistan"):
        assert len(actors[name]["docs"]) >= 2, name


def test_bad_files_are_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The Taliban fought NATO forces in Kandahar.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff" * 50)
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(tmp_path), str(tmp_path / "missing.md"), "--db", str(db)])
    assert result.exit_code == 3  # some files skipped, the rest read
    for expected in (
        "empty.txt: empty file",
        "binary.txt: binary file",
        "missing.md: no such file or folder",
        "1 ingested, 0 unchanged, 3 skipped",
    ):
        assert expected in result.output
    errors = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sqlite3; print(sqlite3.connect({str(db)!r})"
            ".execute('SELECT COUNT(*) FROM ingest_errors').fetchone()[0])",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert errors.stdout.strip() == "3"


def test_exit_code_is_nonzero_only_when_nothing_was_ingested(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["summary", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store at" in result.output


def test_summary_json_and_csv_export(sample_db: Path) -> None:
    result = runner.invoke(app, ["summary", "--db", str(sample_db), "--json"])
    assert json.loads(result.stdout)["counts"]["documents"] == 5
    csv_out = runner.invoke(app, ["export", "actors", "--db", str(sample_db), "--format", "csv"])
    assert csv_out.stdout.splitlines()[0].startswith("id,name,type,aliases,docs")


def test_min_confidence_leaves_out_less_sure_claims(sample_db: Path) -> None:
    def claims(*options: str) -> list[dict]:
        result = runner.invoke(app, [*options, "export", "claims", "--db", str(sample_db)])
        assert result.exit_code == 0
        return [json.loads(line) for line in result.stdout.splitlines()]

    everything, sure = claims(), claims("--min-confidence", "0.5")
    assert sure and len(sure) < len(everything)
    assert min(c["confidence"] for c in sure) >= 0.5
    summary = runner.invoke(app, ["--min-confidence", "0.9", "brokers", "--db", str(sample_db), "--json"])
    assert summary.exit_code == 0


@pytest.mark.slow
def test_founding_sample_scores_above_the_floor(tmp_path: Path, eval_dir: Path) -> None:
    """Strict F1 on ../shared/eval/dev with the shared scorer (issue: >= 0.45)."""
    db = tmp_path / "dev.db"
    assert runner.invoke(app, ["ingest", str(EVAL / "dev"), "--db", str(db)]).exit_code == 0
    runner.invoke(app, ["export", "claims", "--db", str(db), "-o", str(tmp_path / "c.jsonl")])
    runner.invoke(app, ["export", "actors", "--db", str(db), "-o", str(tmp_path / "a.jsonl")])
    scored = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score.py"),
            str(eval_dir / "dev"),
            str(tmp_path / "c.jsonl"),
            "--entities",
            str(tmp_path / "a.jsonl"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(scored.stdout.strip().splitlines()[-1])
    assert summary["strict"]["f1"] >= 0.45
    assert summary["entities"]["f1"] >= 0.9


def test_publishers_come_from_the_page_or_the_publisher_option(tmp_path: Path) -> None:
    (tmp_path / "named.txt").write_text(
        "SOURCE: https://example.org/tf | TITLE: Tigers Front (Example Office, via Mirror)\nTigers Front\n\n"
        "The Tigers Front fought the Northern Army in Kandahar.",
        encoding="utf-8",
    )
    (tmp_path / "unnamed.txt").write_text("The Northern Army fought the Tigers Front in Helmand.", encoding="utf-8")
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db), "--publisher", "Field Desk"]).exit_code == 0
    with Store(db) as store:
        found = {
            r["name"]: (r["publisher"], r["title"]) for r in store.query("SELECT name, publisher, title FROM documents")
        }
    assert found == {"named": ("Example Office", "Tigers Front"), "unnamed": ("Field Desk", None)}
