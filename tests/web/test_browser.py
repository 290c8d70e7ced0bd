"""End to end in real headless Chromium (Debian's, driven by Playwright; no browser download):
search, profile, graph, an edge clicked to its evidence, a claim rejected, hostile input inert.
Screenshots of each page go to test-artifacts/."""

from __future__ import annotations

import json

import pytest

from tests.web.conftest import CHROMIUM, shot, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")]


def test_search_then_profile(server: str, page: object) -> None:
    page.goto(server + "/")
    shot(page, "home")
    page.fill("input[name=q]", "Haqqani")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Haqqani")
    shot(page, "search")
    page.click("ul.actors >> text=Haqqani Network")
    page.wait_for_url("**/actors/known*haqqani_network")
    assert page.inner_text("h1").startswith("Haqqani Network")
    assert page.locator("ol.citations li").count() > 0
    shot(page, "profile")


# The rendered midpoint of the edge lying farthest from any node, with no other edge close by.
FARTHEST_EDGE = """() => {
  const cy = window.linkchartGraph, box = cy.container().getBoundingClientRect();
  const dist = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);
  let best = null;
  cy.edges().forEach((edge) => {
    const p = edge.renderedMidpoint();
    const gap = Math.min(...cy.nodes().map((n) => dist(n.renderedPosition(), p)));
    const crowd = cy.edges().filter((o) => o.id() !== edge.id() && dist(o.renderedMidpoint(), p) < 12).length;
    if (crowd === 0 && (!best || gap > best.gap)) {
      best = { gap, x: box.left + p.x, y: box.top + p.y, claim: edge.data("claim") };
    }
  });
  return best;
}"""


def _open_graph(page: object, server: str) -> None:
    page.goto(server + "/graph")
    wait_until(page, "window.linkchartTimings && window.linkchartTimings.interactive !== undefined")


def test_graph_edge_click_opens_its_evidence_then_reject(server: str, page: object) -> None:
    _open_graph(page, server)
    shot(page, "graph")
    # Click, with the mouse, the edge whose midpoint lies farthest from any node.
    target = page.evaluate(FARTHEST_EDGE)
    assert target and target["gap"] > 15
    page.mouse.click(target["x"], target["y"])
    page.wait_for_url(f"**/claims/{target['claim']}")
    assert page.locator("mark.trigger").count() == 1
    shot(page, "evidence")
    page.click("#reject")
    page.wait_for_url(f"**/claims/{target['claim']}")  # the rejected claim stays visible, marked
    assert page.locator("dd.verdict-reject").count() == 1 and page.locator("#clear").count() == 1
    _open_graph(page, server)
    ids = page.evaluate("() => window.linkchartGraph.edges().map((e) => e.data('claim'))")
    assert target["claim"] not in ids
    twin = json.loads(page.evaluate("async () => JSON.stringify(await (await fetch('/graph.json')).json())"))
    assert target["claim"] not in {e["id"] for e in twin["edges"]}


def test_timeline_and_map(server: str, page: object) -> None:
    page.goto(server + "/timeline?actor=Taliban")
    assert page.locator("table.timeline tbody tr").count() > 0
    shot(page, "timeline")
    page.goto(server + "/map")
    wait_until(page, "window.linkchartMapReady === true")
    assert page.locator("#map path").count() > 100 and page.locator("#map circle").count() > 3
    shot(page, "map")


def test_hostile_document_runs_nothing(server: str, page: object) -> None:
    page.goto(server + "/search?q=Kandahar")
    hostile = page.locator("ul.sentences a", has_text="hostile").first
    hostile.click()
    page.wait_for_load_state("load")
    shot(page, "hostile-document")
    for url in ("/actors/known:nato", "/search?q=pwned", "/timeline", "/graph"):
        page.goto(server + url)
        page.wait_for_load_state("load")
        if url == "/graph":
            wait_until(page, "window.linkchartTimings && window.linkchartTimings.interactive !== undefined")
    shot(page, "hostile-profile")
    assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == []  # type: ignore[attr-defined]


def visible_ties(page: object) -> set[str]:
    return set(
        page.evaluate(  # type: ignore[attr-defined]
            "() => window.linkchartGraph.edges(':visible').map((e) => e.source().data('label') + ' '"
            " + e.data('label') + ' ' + e.target().data('label'))"
        )
    )


def set_year(page: object, year: int) -> None:
    page.fill("#year", str(year))  # type: ignore[attr-defined]  # fires input: the picture redraws


def test_year_slider_means_holding_in_that_year_and_undated_ties_are_a_toggle(
    chronology_server: str, page: object
) -> None:
    _open_graph(page, chronology_server)
    undated = "Red Hand Brigade fights Black Crescent Army"
    assert undated in visible_ties(page)  # shown, dotted, until a year is chosen or the toggle is off
    set_year(page, 1992)
    assert visible_ties(page) == {"Red Hand Brigade fights Blue Lions Front", undated}
    page.uncheck("#undated")  # type: ignore[attr-defined]
    assert visible_ties(page) == {"Red Hand Brigade fights Blue Lions Front"}
    set_year(page, 2010)
    assert visible_ties(page) == {"Red Hand Brigade cooperates_with Green Wolves Movement"}  # open end runs on
    set_year(page, 2000)
    assert visible_ties(page) == set()  # nothing the text dates holds in 2000
    shot(page, "graph-holding-in")


def test_timeline_draws_open_ends_to_the_present_and_lists_undated_ties_apart(
    chronology_server: str, page: object
) -> None:
    page.goto(chronology_server + "/timeline")  # type: ignore[attr-defined]
    assert page.locator("table.timeline.dated tr.open-end polygon.open").count() == 1  # type: ignore[attr-defined]
    undated = page.locator("table.timeline.undated tbody tr")  # type: ignore[attr-defined]
    assert undated.count() == 1 and "Black Crescent Army" in undated.inner_text()
    assert "then" in page.inner_text("ul.changes")  # type: ignore[attr-defined]
    shot(page, "timeline-chronology")
