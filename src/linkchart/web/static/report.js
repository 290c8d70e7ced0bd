// Draws the network picture of a standalone report from the JSON embedded in the page.
(function () {
  "use strict";
  const payload = JSON.parse(document.getElementById("graph-data").textContent);
  cytoscape({
    container: document.getElementById("cy"),
    elements: [
      ...payload.nodes.map((n) => ({ data: { id: n.id, label: n.name.length > 40 ? n.name.slice(0, 39) + "…" : n.name }, position: { x: n.x, y: n.y } })),
      ...payload.edges.map((e) => ({ data: { id: "e" + e.id, source: e.source, target: e.target, klass: e.class, colour: e.colour,
                                             directed: e.directed ? 1 : 0, hedged: e.hedge === "asserted" ? 0 : 1,
                                             undated: e.dated ? 0 : 1 } })),
    ],
    layout: { name: "preset", fit: true, padding: 30 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#546e7a",
                                   "text-valign": "bottom", width: 14, height: 14 } },
      { selector: "edge", style: { width: 2, "curve-style": "bezier", "line-color": (e) => e.data("colour"),
        "target-arrow-color": (e) => e.data("colour"),
        "target-arrow-shape": (e) => (e.data("directed") ? "triangle" : "none"),
        "line-style": (e) => (e.data("undated") ? "dotted" : e.data("hedged") ? "dashed" : "solid") } },
    ],
  });
})();
