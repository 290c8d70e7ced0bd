"""The shared report: an actor's report carries its neighbourhood and the sources it cites, not
the whole store, and Markdown output can never carry markup or links out of a document."""

from __future__ import annotations

from pathlib import Path

from linkchart.corpus import Corpus
from linkchart.export.report import build_report, md, render_markdown
from tests.conftest import HOSTILE_NAME


def test_markdown_escapes_html_and_its_own_syntax() -> None:
    assert md('<img src=x onerror="a()">') == '&lt;img src=x onerror="a\\(\\)"&gt;'
    escaped = "\\[click\\]\\(javascript:x\\) \\*\\*bold\\*\\* \\# heading"
    assert md("[click](javascript:x) **bold**\n# heading") == escaped


def test_an_actors_report_is_its_neighbourhood_and_its_sources(web_db: Path) -> None:
    with Corpus(web_db) as corpus:
        report = build_report(corpus, "Haqqani Network")
        everything = corpus.store.query("SELECT COUNT(*) FROM documents WHERE replaced_by IS NULL")[0][0]
        markdown = render_markdown(build_report(corpus, "known:nato"))
    assert report["graph"]["scope"]["kind"] == "focus"
    assert 0 < len(report["documents"]) < everything
    assert "<img" not in markdown and "<script" not in markdown and HOSTILE_NAME[:20] not in markdown
