// Areas of operation on vendored Natural Earth outlines (world-atlas), no tiles, no network.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const map = document.getElementById("map");
  const WIDTH = 1000, HEIGHT = 500;

  function element(name, attributes) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    return node;
  }

  Promise.all([fetch("/static/vendor/countries-110m.json").then((r) => r.json()),
               fetch("/map.json").then((r) => r.json())]).then(([world, data]) => {
    const places = data.places;
    let [west, east, south, north] = [-180, 180, -60, 85];
    if (places.length) {  // frame the places, with a margin, keeping the aspect ratio
      const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
      const padLon = Math.max(8, (Math.max(...lons) - Math.min(...lons)) * 0.6);
      const padLat = Math.max(5, (Math.max(...lats) - Math.min(...lats)) * 0.6);
      [west, east, south, north] = [Math.min(...lons) - padLon, Math.max(...lons) + padLon,
                                    Math.min(...lats) - padLat, Math.max(...lats) + padLat];
      const span = Math.max((east - west) / 2, north - south);
      const [midLon, midLat] = [(east + west) / 2, (north + south) / 2];
      [west, east, south, north] = [midLon - span, midLon + span, midLat - span / 2, midLat + span / 2];
    }
    const x = (lon) => ((lon - west) / (east - west)) * WIDTH;
    const y = (lat) => ((north - lat) / (north - south)) * HEIGHT;
    const countries = topojson.feature(world, world.objects.countries).features;
    for (const country of countries) {
      const polygons = country.geometry ? (country.geometry.type === "Polygon" ? [country.geometry.coordinates]
                                                                             : country.geometry.coordinates) : [];
      const d = polygons.map((polygon) => polygon.map((ring) =>
        "M" + ring.map(([lon, lat]) => x(lon).toFixed(1) + "," + y(lat).toFixed(1)).join("L") + "Z").join("")).join("");
      const path = element("path", { d });
      const title = element("title", {});
      title.textContent = country.properties.name;
      path.appendChild(title);
      map.appendChild(path);
    }
    places.forEach((place, index) => {
      const dot = element("circle", { cx: x(place.lon), cy: y(place.lat), r: 4 + Math.min(6, place.actors.length) });
      const title = element("title", {});
      title.textContent = place.name + ": " + place.actors.map((a) => a.name + " (" + a.predicate + ")").join(", ");
      dot.appendChild(title);
      dot.addEventListener("click", () => document.getElementById("place-" + (index + 1)).scrollIntoView());
      map.appendChild(dot);
      const label = element("text", { x: x(place.lon) + 7, y: y(place.lat) + 4 });
      label.textContent = place.name;
      map.appendChild(label);
    });
    window.linkchartMapReady = true;
  });
})();
