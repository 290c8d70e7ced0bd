// The graph explorer: draws a view of /graph.json (chosen and laid out by the server: the top
// actors, a neighbourhood, the paths between two actors, a saved chart) with Cytoscape.js, and
// grows it by expanding nodes. All text reaches the page through Cytoscape labels, textContent or
// XML serialisation, never as markup.
(function () {
  "use strict";
  const SHAPES = { person: "ellipse", organization: "round-rectangle", group: "diamond", location: "triangle" };
  const TYPE_COLOURS = { person: "#546e7a", organization: "#00838f", group: "#6d4c41", location: "#9e9d24" };
  const PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4", "#b15928", "#666666"];
  const timings = (window.linkchartTimings = { start: performance.now() });
  const $ = (id) => document.getElementById(id);
  const filters = $("filters");
  const year = $("year");
  let cy = null;
  let edges = new Map(); // claim id -> edge record, every edge loaded (the client-side filters pick)
  let nodes = new Map(); // actor id -> node record
  let hidden = [];
  let selected = null;
  let scope = null;

  function serverFilters(params) {
    for (const box of filters.querySelectorAll("input[type=checkbox][name]:checked")) params.append(box.name, box.value);
    return params;
  }

  function status(text) { $("status").textContent = text; }

  async function fetchView(params) {
    const response = await fetch("/graph.json?" + serverFilters(params).toString());
    const payload = await response.json();
    if (!response.ok) throw new Error(payload.error || response.statusText);
    return payload;
  }

  // "Holding in Y": the years the text gives contain Y, open ends included. A tie the text
  // gives no time for holds in no particular year: it shows only while "undated" is ticked.
  function holdsIn(edge, y) {
    const start = edge.time_start ? parseInt(edge.time_start.slice(0, 4), 10) : -Infinity;
    const end = edge.time_end ? parseInt(edge.time_end.slice(0, 4), 10) : Infinity;
    return start <= y && y <= end;
  }

  function edgeVisible(edge) {
    if ($("publisher").value && edge.publisher !== $("publisher").value) return false;
    if (!edge.dated) return $("undated").checked;
    return !year.dataset.touched || holdsIn(edge, parseInt(year.value, 10));
  }

  function short(name) { return name.length > 40 ? name.slice(0, 39) + "…" : name; }

  function nodeElement(n) {
    return { group: "nodes", data: { id: n.id, label: short(n.name), name: n.name, type: n.type, degree: n.degree,
      pagerank: n.pagerank, betweenness: n.betweenness, community: n.community }, position: { x: n.x, y: n.y } };
  }

  function edgeElement(e) {
    return { group: "edges", data: { id: "e" + e.id, claim: e.id, source: e.source, target: e.target, label: e.predicate,
      colour: e.colour, directed: e.directed ? 1 : 0, hedged: e.hedge === "asserted" ? 0 : 1, undated: e.dated ? 0 : 1 } };
  }

  function measure(node) { return node.data($("size-by").value) || 0; }

  function restyle() {
    const values = cy.nodes().map(measure);
    const top = Math.max(...values, 1e-9);
    cy.nodes().forEach((node) => {
      const size = 12 + 36 * Math.sqrt(measure(node) / top);
      const colour = $("colour-by").value === "community" ? PALETTE[node.data("community") % PALETTE.length]
        : TYPE_COLOURS[node.data("type")] || "#546e7a";
      node.style({ width: size, height: size, "background-color": colour });
    });
  }

  function applyFilters() {
    cy.batch(() => {
      cy.edges().forEach((edge) => edge.style("display", edgeVisible(edges.get(edge.data("claim"))) ? "element" : "none"));
    });
  }

  function setupFilters(payload) {
    const menu = $("publisher");
    const chosen = menu.value;
    const names = new Set([...menu.options].map((o) => o.value).filter(Boolean).concat(payload.publishers));
    menu.replaceChildren(new Option("all sources", ""));
    for (const name of [...names].sort()) menu.add(new Option(name, name, false, name === chosen));
    const years = [...edges.values()].filter((e) => e.dated).flatMap((e) => [e.time_start, e.time_end]).filter(Boolean)
      .map((t) => parseInt(t.slice(0, 4), 10));
    if (payload.years) years.push(...payload.years);
    if (years.length) {
      year.min = Math.min(...years);
      year.max = Math.max(...years);
      if (!year.dataset.touched) year.value = year.max;
    }
    $("show-full").disabled = !payload.scope.small;
  }

  function create() {
    cy = cytoscape({
      container: $("cy"), elements: [], minZoom: 0.05, maxZoom: 4,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, shape: (n) => SHAPES[n.data("type")] || "ellipse",
          "text-valign": "bottom", "min-zoomed-font-size": 8 } },
        { selector: "node.pinned", style: { "border-width": 3, "border-style": "double", "border-color": "#263238" } },
        { selector: "node.onpath", style: { "border-width": 4, "border-color": "#ff6f00" } },
        { selector: "edge", style: { width: 2, "curve-style": "bezier", "line-color": (e) => e.data("colour") || "#999",
          "target-arrow-color": (e) => e.data("colour") || "#999",
          "target-arrow-shape": (e) => (e.data("directed") ? "triangle" : "none"),
          "line-style": (e) => (e.data("undated") ? "dotted" : e.data("hedged") ? "dashed" : "solid"),
          opacity: (e) => (e.data("undated") ? 0.45 : 0.8) } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#ffb300" } },
      ],
    });
    window.linkchartGraph = cy;
    cy.one("render", () => { timings.firstRender = performance.now() - timings.start; });
    cy.on("tap", "node", (event) => choose(event.target));
    cy.on("tap", "edge", (event) => { window.location.href = "/claims/" + encodeURIComponent(event.target.data("claim")); });
    cy.on("tap", (event) => { if (event.target === cy) choose(null); });
  }

  // Adds a payload's nodes and edges; new nodes near `anchor` (an expanded node) are set around it.
  function merge(payload, anchor) {
    const fresh = payload.nodes.filter((n) => !nodes.has(n.id));
    fresh.forEach((n, i) => {
      if (anchor) {
        const angle = (2 * Math.PI * i) / fresh.length;
        const at = anchor.position();
        n.x = at.x + 120 * Math.cos(angle);
        n.y = at.y + 120 * Math.sin(angle);
      }
      nodes.set(n.id, n);
    });
    const newEdges = payload.edges.filter((e) => !edges.has(e.id));
    newEdges.forEach((e) => edges.set(e.id, e));
    cy.add([...fresh.map(nodeElement), ...newEdges.map(edgeElement)]);
  }

  function show(payload, keep) {
    if (!keep) { cy.elements().remove(); edges = new Map(); nodes = new Map(); hidden = []; }
    scope = payload.scope;
    merge(payload, null);
    for (const path of payload.scope.paths || []) for (const id of path.actors) cy.getElementById(id).addClass("onpath");
    setupFilters(payload);
    restyle();
    applyFilters();
    cy.fit(undefined, 30);
    const paths = payload.scope.paths ? `, ${payload.scope.paths.length} paths found` : "";
    status(`${describe(payload.scope)}: ${cy.nodes().length} actors, ${cy.edges().length} claims${paths}` +
      (payload.scope.truncated ? " (cut to the best connected)" : ""));
    updateHidden();
  }

  function describe(s) {
    return { top: "Best-connected actors", focus: "Neighbourhood", path: "Paths", chart: "Chart", full: "Whole network" }[s.kind];
  }

  async function load(params, then) {
    try {
      const payload = await fetchView(params);
      timings.loaded = performance.now() - timings.start;
      show(payload, false);
      if (then) then();
      requestAnimationFrame(() => { timings.interactive = performance.now() - timings.start; });
    } catch (error) { status(error.message); }
  }

  function choose(node) {
    selected = node;
    $("panel").hidden = !node;
    if (!node) return;
    $("panel-name").textContent = node.data("name");
    $("panel-type").textContent = node.data("type");
    $("panel-profile").href = "/actors/" + encodeURIComponent(node.id());
    $("pin").textContent = node.locked() ? "Unpin" : "Pin";
  }

  async function expand() {
    if (!selected) return;
    const node = selected;
    try {
      const payload = await fetchView(new URLSearchParams({ focus: node.id(), hops: "1" }));
      merge(payload, node);
      setupFilters(payload);
      restyle();
      applyFilters();
      status(`Expanded ${node.data("name")}: ${cy.nodes().length} actors, ${cy.edges().length} claims`);
    } catch (error) { status(error.message); }
  }

  function togglePin() {
    if (!selected) return;
    if (selected.locked()) { selected.unlock(); selected.removeClass("pinned"); } else { selected.lock(); selected.addClass("pinned"); }
    choose(selected);
  }

  function hide() {
    if (!selected) return;
    hidden.push(selected.union(selected.connectedEdges()).remove());
    choose(null);
    updateHidden();
  }

  function updateHidden() {
    $("hidden-count").textContent = String(hidden.length);
    $("unhide").disabled = !hidden.length;
  }

  function state() {
    const gone = hidden.flatMap((c) => c.nodes().map((n) => n.id()));
    const shown = cy.nodes().map((n) => n.id());
    const positions = {};
    cy.nodes().forEach((n) => { positions[n.id()] = [Math.round(n.position("x")), Math.round(n.position("y"))]; });
    return { actors: [...shown, ...gone], hidden: gone, pinned: cy.nodes(".pinned").map((n) => n.id()), positions,
      size: $("size-by").value, colour: $("colour-by").value };
  }

  async function saveChart() {
    const name = $("chart-name").value.trim();
    if (!name) { status("Give the chart a name"); return; }
    const form = new FormData();
    form.append("name", name);
    form.append("state", JSON.stringify(state()));
    form.append("csrf", $("csrf").value);
    const response = await fetch("/charts", { method: "POST", body: form, headers: { Accept: "application/json" } });
    const answer = await response.json();
    if (!response.ok) { status(answer.error || response.statusText); return; }
    if (![...$("charts").options].some((o) => o.value === answer.name)) $("charts").add(new Option(answer.name, answer.name));
    $("charts").value = answer.name;
    status(`Saved chart ${answer.name}`);
  }

  async function openChart(name) {
    const response = await fetch("/charts/" + encodeURIComponent(name) + ".json");
    const saved = await response.json();
    if (!response.ok) { status(saved.error || response.statusText); return; }
    if (![...$("charts").options].some((o) => o.value === name)) $("charts").add(new Option(name, name));
    $("charts").value = name;
    await load(new URLSearchParams({ chart: name }), () => {
      const s = saved.state;
      if (s.size) $("size-by").value = s.size;
      if (s.colour) $("colour-by").value = s.colour;
      cy.nodes().forEach((n) => { const p = (s.positions || {})[n.id()]; if (p) n.position({ x: p[0], y: p[1] }); });
      for (const id of s.pinned || []) cy.getElementById(id).lock().addClass("pinned");
      for (const id of s.hidden || []) { const n = cy.getElementById(id); if (n.nonempty()) hidden.push(n.union(n.connectedEdges()).remove()); }
      restyle();
      updateHidden();
      cy.fit(undefined, 30);
      status(`Chart ${saved.name}: ${cy.nodes().length} actors, ${cy.edges().length} claims`);
    });
  }

  function download(blob, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  // The view as drawn (visible edges, current positions), built as an XML document so that
  // every name is escaped by the serialiser.
  function svg() {
    const NS = "http://www.w3.org/2000/svg";
    const box = cy.elements().boundingBox();
    const doc = document.implementation.createDocument(NS, "svg", null);
    const root = doc.documentElement;
    root.setAttribute("viewBox", `${box.x1 - 20} ${box.y1 - 20} ${box.w + 40} ${box.h + 40}`);
    const add = (name, attrs, text) => {
      const el = doc.createElementNS(NS, name);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
      if (text !== undefined) el.textContent = text;
      root.append(el);
    };
    cy.edges(":visible").forEach((e) => {
      const a = e.source().position(), b = e.target().position();
      add("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: e.data("colour") || "#999", "stroke-width": 2,
        "stroke-dasharray": e.data("undated") ? "2 3" : e.data("hedged") ? "6 3" : "none" });
    });
    cy.nodes().forEach((n) => {
      const p = n.position();
      add("circle", { cx: p.x, cy: p.y, r: n.width() / 2, fill: n.style("background-color") });
      add("text", { x: p.x, y: p.y + n.height() / 2 + 11, "font-size": 10, "text-anchor": "middle", "font-family": "sans-serif" }, n.data("name"));
    });
    return new XMLSerializer().serializeToString(doc);
  }

  function graphml() {
    const NS = "http://graphml.graphdrawing.org/xmlns";
    const doc = document.implementation.createDocument(NS, "graphml", null);
    const root = doc.documentElement;
    const el = (name, attrs, parent, text) => {
      const node = doc.createElementNS(NS, name);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      parent.append(node);
      return node;
    };
    const keys = { name: "node", type: "node", x: "node", y: "node", predicate: "edge", claim: "edge", when: "edge", hedge: "edge", publisher: "edge" };
    for (const [key, on] of Object.entries(keys)) el("key", { id: key, for: on, "attr.name": key, "attr.type": "string" }, root);
    const graph = el("graph", { id: "linkchart", edgedefault: "directed" }, root);
    cy.nodes().forEach((n) => {
      const node = el("node", { id: n.id() }, graph);
      const p = n.position();
      for (const [key, value] of [["name", n.data("name")], ["type", n.data("type")], ["x", p.x], ["y", p.y]]) el("data", { key }, node, String(value));
    });
    cy.edges(":visible").forEach((e) => {
      const record = edges.get(e.data("claim"));
      const edge = el("edge", { id: e.id(), source: e.source().id(), target: e.target().id() }, graph);
      for (const key of ["predicate", "when", "hedge", "publisher"]) el("data", { key }, edge, String(record[key] ?? ""));
      el("data", { key: "claim" }, edge, String(record.id));
    });
    return new XMLSerializer().serializeToString(doc);
  }

  $("view").addEventListener("submit", (event) => {
    event.preventDefault();
    const focus = $("focus").value.trim();
    if (focus) load(new URLSearchParams({ focus, hops: $("hops").value }));
  });
  $("show-top").addEventListener("click", () => load(new URLSearchParams()));
  $("show-full").addEventListener("click", () => load(new URLSearchParams({ full: "1" })));
  $("show-path").addEventListener("click", () => {
    const from = $("path-from").value.trim(), to = $("path-to").value.trim();
    if (from && to) load(new URLSearchParams({ from, to }));
  });
  $("path-start").addEventListener("click", () => { if (selected) $("path-from").value = selected.id(); });
  $("path-end").addEventListener("click", () => { if (selected) $("path-to").value = selected.id(); });
  $("expand").addEventListener("click", expand);
  $("pin").addEventListener("click", togglePin);
  $("hide").addEventListener("click", hide);
  $("unhide").addEventListener("click", () => { hidden.forEach((c) => c.restore()); hidden = []; updateHidden(); applyFilters(); });
  $("save-chart").addEventListener("click", saveChart);
  $("open-chart").addEventListener("click", () => { if ($("charts").value) openChart($("charts").value); });
  $("export-svg").addEventListener("click", () => download(new Blob([svg()], { type: "image/svg+xml" }), "linkchart.svg"));
  $("export-png").addEventListener("click", () => download(cy.png({ full: true, output: "blob", bg: "#ffffff" }), "linkchart.png"));
  $("export-graphml").addEventListener("click", () => download(new Blob([graphml()], { type: "application/xml" }), "linkchart.graphml"));
  filters.addEventListener("change", (event) => {
    if (event.target.name === "class" || event.target.name === "hedge") { reload(); return; }
    if (event.target.id === "size-by" || event.target.id === "colour-by") { restyle(); return; }
    applyFilters();
  });
  year.addEventListener("input", () => { year.dataset.touched = "1"; $("year-label").textContent = year.value; applyFilters(); });
  $("any-year").addEventListener("click", () => { delete year.dataset.touched; $("year-label").textContent = "any year"; applyFilters(); });

  // A change of class or hedge asks the server again for the same kind of view.
  function reload() {
    if (!scope) return load(new URLSearchParams());
    const params = new URLSearchParams();
    if (scope.kind === "focus") { for (const a of scope.actors) params.append("focus", a); params.set("hops", $("hops").value); }
    if (scope.kind === "path") { params.set("from", scope.actors[0]); params.set("to", scope.actors[1]); }
    if (scope.kind === "full") params.set("full", "1");
    if (scope.kind === "chart") params.set("chart", $("charts").value);
    return load(params);
  }

  create();
  const start = new URLSearchParams(window.location.search);
  if (start.get("chart")) openChart(start.get("chart"));
  else if (start.get("from") && start.get("to")) {
    $("path-from").value = start.get("from");
    $("path-to").value = start.get("to");
    load(new URLSearchParams({ from: start.get("from"), to: start.get("to") }));
  } else if (start.get("focus")) { $("focus").value = start.get("focus"); load(new URLSearchParams({ focus: start.get("focus"), hops: start.get("hops") || "1" })); }
  else load(new URLSearchParams(start.get("full") === "1" ? { full: "1" } : {}));
})();
