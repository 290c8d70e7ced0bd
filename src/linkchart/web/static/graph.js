// The graph explorer: draws /graph.json (positions computed by the server) with Cytoscape.js.
// All text reaches the page through Cytoscape labels or textContent, never as markup.
(function () {
  "use strict";
  const SHAPES = { person: "ellipse", organization: "round-rectangle", group: "diamond", location: "triangle" };
  const timings = (window.linkchartTimings = { start: performance.now() });
  const form = document.getElementById("filters");
  const publisher = document.getElementById("publisher");
  const year = document.getElementById("year");
  const yearLabel = document.getElementById("year-label");
  const anyYear = document.getElementById("any-year");
  const undated = document.getElementById("undated");
  let cy = null;
  let payload = null;

  function query() {
    const params = new URLSearchParams();
    for (const box of form.querySelectorAll("input[type=checkbox][name]:checked")) params.append(box.name, box.value);
    return params.toString();
  }

  function setupFilters() {
    const chosen = publisher.value;
    publisher.replaceChildren(new Option("all sources", ""));
    for (const name of payload.publishers) publisher.add(new Option(name, name, false, name === chosen));
    if (payload.years) {
      year.min = payload.years[0];
      year.max = payload.years[1];
      if (!year.dataset.touched) year.value = payload.years[1];
    }
  }

  // "Holding in Y": the years the text gives contain Y, open ends included. A tie the text
  // gives no time for holds in no particular year: it shows only while "undated" is ticked.
  function holdsIn(edge, y) {
    const start = edge.time_start ? parseInt(edge.time_start.slice(0, 4), 10) : -Infinity;
    const end = edge.time_end ? parseInt(edge.time_end.slice(0, 4), 10) : Infinity;
    return start <= y && y <= end;
  }

  function edgeVisible(edge) {
    if (publisher.value && edge.publisher !== publisher.value) return false;
    if (!edge.dated) return undated.checked;
    return !(payload.years && year.dataset.touched) || holdsIn(edge, parseInt(year.value, 10));
  }

  function pickYear() { year.dataset.touched = "1"; yearLabel.textContent = year.value; draw(); }

  function short(name) {  // long names would swamp the picture; the full name is on the profile
    return name.length > 40 ? name.slice(0, 39) + "…" : name;
  }

  function elements() {
    const edges = payload.edges.filter(edgeVisible);
    const used = new Set(edges.flatMap((e) => [e.source, e.target]));
    const nodes = payload.nodes.filter((n) => used.has(n.id));
    return [
      ...nodes.map((n) => ({ group: "nodes", data: { id: n.id, label: short(n.name), type: n.type, degree: n.degree },
                             position: { x: n.x, y: n.y } })),
      ...edges.map((e) => ({ group: "edges", data: { id: "e" + e.id, claim: e.id, source: e.source, target: e.target,
                             label: e.predicate, klass: e.class, colour: e.colour, directed: e.directed ? 1 : 0,
                             hedged: e.hedge === "asserted" ? 0 : 1, undated: e.dated ? 0 : 1 } })),
    ];
  }

  function draw() {
    const items = elements();
    const many = payload.edges.length > 3000;
    if (cy) {
      cy.elements().remove();
      cy.add(items);
      cy.fit(undefined, 30);
      return;
    }
    cy = cytoscape({
      container: document.getElementById("cy"),
      elements: items,
      layout: { name: "preset", fit: true, padding: 30 },
      minZoom: 0.05,
      maxZoom: 4,
      textureOnViewport: many,
      hideEdgesOnViewport: many,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, width: "mapData(degree, 0, 20, 12, 40)",
          height: "mapData(degree, 0, 20, 12, 40)", shape: (n) => SHAPES[n.data("type")] || "ellipse",
          "background-color": "#546e7a", "text-valign": "bottom", "min-zoomed-font-size": 8 } },
        { selector: "edge", style: { width: 2, "curve-style": many ? "haystack" : "bezier",
          "line-color": (e) => e.data("colour") || "#999",
          "target-arrow-color": (e) => e.data("colour") || "#999",
          "target-arrow-shape": (e) => (e.data("directed") && !many ? "triangle" : "none"),
          "line-style": (e) => (e.data("undated") ? "dotted" : e.data("hedged") ? "dashed" : "solid"),
          opacity: (e) => (e.data("undated") ? 0.45 : 0.8) } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#ffb300" } },
      ],
    });
    window.linkchartGraph = cy;
    cy.one("render", () => { timings.firstRender = performance.now() - timings.start; });
    cy.ready(() => { requestAnimationFrame(() => { timings.interactive = performance.now() - timings.start; }); });
    cy.on("tap", "node", (event) => { window.location.href = "/actors/" + encodeURIComponent(event.target.id()); });
    cy.on("tap", "edge", (event) => { window.location.href = "/claims/" + encodeURIComponent(event.target.data("claim")); });
  }

  async function load() {
    const response = await fetch("/graph.json?" + query());
    payload = await response.json();
    timings.loaded = performance.now() - timings.start;
    setupFilters();
    draw();
  }

  form.addEventListener("change", (event) => {
    if (event.target === year) { pickYear(); return; }
    if (event.target === publisher || event.target === undated) { draw(); return; }
    load();
  });
  year.addEventListener("input", pickYear);
  anyYear.addEventListener("click", () => { delete year.dataset.touched; yearLabel.textContent = "any year"; draw(); });
  load();
})();
