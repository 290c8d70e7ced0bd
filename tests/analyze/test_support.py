"""Evidence as a threshold: `--min-support N` leaves out of every analysis the ties (pair and
predicate) that fewer than N independent publishers state, on a real store."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from linkchart.api import ingest
from linkchart.cli import app


def test_min_support_keeps_the_ties_independent_publishers_repeat(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    for n, (publisher, text) in enumerate(
        [
            ("Agency One", "The Tigers Front fought the Northern Army in Kandahar."),
            ("Agency Two", "The Tigers Front fought the Northern Army. It is allied with the Southern Union."),
        ]
    ):
        folder = tmp_path / f"p{n}"
        folder.mkdir()
        (folder / f"report{n}.txt").write_text(f"Report {n}\n\n{text}\n", encoding="utf-8")
        ingest([folder], db, publisher=publisher)

    def ties(*options: str) -> set[tuple[str, str, str]]:
        result = CliRunner().invoke(app, [*options, "sources", "--db", str(db), "--json"])
        assert result.exit_code == 0, result.output
        return {(t["subject"], t["predicate"], t["object"]) for t in json.loads(result.output)["ties"]}

    assert ("Southern Union", "cooperates_with", "Tigers Front") in ties()
    assert ties("--min-support", "2") == {("Northern Army", "fights", "Tigers Front")}
