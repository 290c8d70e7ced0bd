"""The analyst's chart in real headless Chromium: expand a node, pin and hide, find paths,
save a chart and reopen it, export SVG, PNG and GraphML; and curation that holds when a
document changes, through the curation page and its undo."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from linkchart.api import ingest
from linkchart.web.background import served
from tests.web.conftest import CHROMIUM, shot, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")]
NODES = "window.linkchartGraph.nodes().length"


def _open(page: object, url: str) -> None:
    page.goto(url)  # type: ignore[attr-defined]
    wait_until(page, "window.linkchartTimings && window.linkchartTimings.interactive !== undefined")


def _tap(page: object, actor: str) -> None:
    page.evaluate("(id) => window.linkchartGraph.getElementById(id).emit('tap')", actor)  # type: ignore[attr-defined]


def test_expand_pin_hide_and_paths(server: str, page: object) -> None:
    _open(page, server + "/graph?focus=Haqqani%20Network")
    before = page.evaluate(f"() => {NODES}")  # type: ignore[attr-defined]
    leaf = page.evaluate(  # a neighbour whose own neighbours are not all drawn yet
        "() => window.linkchartGraph.nodes().filter((n) => n.degree() === 1).map((n) => n.id())"
    )
    for actor in leaf:
        _tap(page, actor)
        page.evaluate("() => { document.getElementById('status').textContent = ''; }")  # type: ignore[attr-defined]
        page.click("#expand")  # type: ignore[attr-defined]  # then wait for this expand, not the one before
        wait_until(page, "document.getElementById('status').textContent.startsWith('Expanded')")
        if page.evaluate(f"() => {NODES}") > before:  # type: ignore[attr-defined]
            break
    assert page.evaluate(f"() => {NODES}") > before  # type: ignore[attr-defined]
    _tap(page, leaf[0])
    page.click("#pin")  # type: ignore[attr-defined]
    assert page.evaluate("(id) => window.linkchartGraph.getElementById(id).locked()", leaf[0])  # type: ignore[attr-defined]
    page.click("#hide")  # type: ignore[attr-defined]
    assert page.inner_text("#hidden-count") == "1"  # type: ignore[attr-defined]
    page.click("#unhide")  # type: ignore[attr-defined]
    assert page.evaluate("(id) => window.linkchartGraph.getElementById(id).nonempty()", leaf[0])  # type: ignore[attr-defined]
    page.fill("#path-from", "Jalaluddin Haqqani")  # type: ignore[attr-defined]
    page.fill("#path-to", "Taliban")  # type: ignore[attr-defined]
    page.click("#show-path")  # type: ignore[attr-defined]
    wait_until(page, "document.getElementById('status').textContent.startsWith('Paths')")
    assert page.evaluate("() => window.linkchartGraph.nodes('.onpath').length") >= 2  # type: ignore[attr-defined]
    shot(page, "graph-paths")


def test_save_reopen_and_export_a_chart(server: str, page: object) -> None:
    _open(page, server + "/graph?focus=Taliban")
    drawn = sorted(page.evaluate("() => window.linkchartGraph.nodes().map((n) => n.id())"))  # type: ignore[attr-defined]
    page.select_option("#size-by", "pagerank")  # type: ignore[attr-defined]
    page.select_option("#colour-by", "community")  # type: ignore[attr-defined]
    page.fill("#chart-name", "Taliban ties")  # type: ignore[attr-defined]
    page.click("#save-chart")  # type: ignore[attr-defined]
    wait_until(page, "document.getElementById('status').textContent.startsWith('Saved chart')")
    _open(page, server + "/graph?chart=Taliban%20ties")
    wait_until(page, "document.getElementById('status').textContent.startsWith('Chart Taliban ties')")
    assert sorted(page.evaluate("() => window.linkchartGraph.nodes().map((n) => n.id())")) == drawn  # type: ignore[attr-defined]
    assert page.input_value("#size-by") == "pagerank"  # type: ignore[attr-defined]
    files = {}
    for kind in ("svg", "png", "graphml"):
        with page.expect_download() as download:  # type: ignore[attr-defined]
            page.click(f"#export-{kind}")  # type: ignore[attr-defined]
        files[kind] = Path(download.value.path())
    svg = ET.parse(files["svg"]).getroot()
    assert svg.tag.endswith("svg") and len([e for e in svg.iter() if e.tag.endswith("text")]) == len(drawn)
    assert files["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    exported = nx.read_graphml(files["graphml"])
    assert sorted(exported.nodes) == drawn and exported.number_of_edges() > 0
    assert all("name" in data for _, data in exported.nodes(data=True))
    shot(page, "graph-chart")


@pytest.fixture
def changing(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "report.txt").write_text("The Red Hand Brigade fought the Blue Lions Front in 1992.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert not ingest([folder], db).errors
    with served(db, "browser-test") as url:
        yield url, folder, db


def test_curation_holds_through_a_changed_document(changing: tuple[str, Path, Path], page: object) -> None:
    server, folder, db = changing
    _open(page, server + "/graph")
    claim = page.evaluate("() => window.linkchartGraph.edges()[0].data('claim')")  # type: ignore[attr-defined]
    page.goto(f"{server}/claims/{claim}")  # type: ignore[attr-defined]
    page.fill("#note", "not in the original report")  # type: ignore[attr-defined]
    page.click("#reject")  # type: ignore[attr-defined]
    page.wait_for_url(f"**/claims/{claim}")  # type: ignore[attr-defined]
    report = folder / "report.txt"
    report.write_text(report.read_text() + "\nThe Blue Lions Front was founded in 1988.\n", encoding="utf-8")
    assert not ingest([folder], db).errors  # the claim's id changes with its document
    page.goto(server + "/curation")  # type: ignore[attr-defined]
    row = page.locator("table.judgments tr.active")  # type: ignore[attr-defined]
    assert "re-attached" in row.inner_text() and "not in the original report" in row.inner_text()
    assert page.locator("ul.orphans").count() == 0  # type: ignore[attr-defined]
    _open(page, server + "/graph")
    assert page.evaluate("() => window.linkchartGraph.edges().length") == 0  # type: ignore[attr-defined]
    page.goto(server + "/curation")  # type: ignore[attr-defined]
    page.click("table.judgments tr.active button.undo")  # type: ignore[attr-defined]
    page.wait_for_url("**/curation")  # type: ignore[attr-defined]
    shot(page, "curation")
    _open(page, server + "/graph")
    assert page.evaluate("() => window.linkchartGraph.edges().length") == 1  # type: ignore[attr-defined]


def test_the_paths_that_were_broken_lead_somewhere(server: str, page: object) -> None:
    page.goto(server + "/")  # type: ignore[attr-defined]
    page.click("table.actors tbody tr:first-child a")  # type: ignore[attr-defined]
    page.wait_for_url("**/actors/*")  # type: ignore[attr-defined]
    assert page.locator("ol.citations li").count() > 0  # type: ignore[attr-defined]
    page.goto(server + "/")  # type: ignore[attr-defined]
    page.click("table.claims tbody tr:first-child td:nth-child(2) a")  # type: ignore[attr-defined]
    wait_until(page, "document.getElementById('status').textContent.startsWith('Paths')")
    assert page.evaluate("() => window.linkchartGraph.edges().length") > 0  # type: ignore[attr-defined]
    page.goto(server + "/")  # type: ignore[attr-defined]
    twin = page.request.get(server + page.get_attribute("footer a.twin", "href"))  # type: ignore[attr-defined]
    assert twin.ok and "counts" in twin.json()
    missing = page.goto(server + "/actors/no-such-actor")  # type: ignore[attr-defined]
    assert missing.status == 404 and page.locator("p.error").count() == 1  # type: ignore[attr-defined]
