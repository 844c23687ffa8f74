/* Sitrep's map additions to Leaflet (loaded after leaflet.js and topojson-client).
 *
 * L.SitrepBasemap: an offline basemap drawn from local data (window.SITREP_BASEMAP, see
 *   maps/basemap_data.py): Natural Earth land, sea, borders and coastlines, approximate
 *   admin-1 outlines from zoom ADMIN1_ZOOM (their files loaded here, side by side, unless
 *   inlined), and country and city names placed only where they fit (larger places first,
 *   no two labels overlapping).
 * L.sitrepFallback: shows the offline basemap instead of tiles that cannot load.
 * L.SitrepPie: an aggregated cell drawn on the canvas as a ring of its event types with
 *   its count in the middle.
 * Names are set as text (textContent, canvas fillText), never as HTML.
 */
(function () {
  "use strict";
  var SEA = "#c9dbe8", LAND = "#f3f0e8", BORDER = "#8e8a84", COAST = "#6f93ad",
    ADMIN1 = "#a99f91", ADMIN1_ZOOM = 5;

  function data(key) { return (window.SITREP_BASEMAP || {})[key]; }

  /* use(data(key)): at once when a script has set it already (the standalone export inlines
   * the admin-1 files), else once ``url``'s script has (none without a url): each loads on
   * its own, beside the others (a frame's scripts load one after another, before the map
   * is drawn). */
  var waiting = {};  // key -> the callbacks waiting for its script
  function withData(key, url, use) {
    if (data(key)) { use(data(key)); return; }
    if (!url) return;
    if (waiting[key]) { waiting[key].push(use); return; }
    waiting[key] = [use];
    var script = document.createElement("script");
    script.src = url;
    script.async = true;
    script.onload = function () {
      var callbacks = waiting[key] || [];
      delete waiting[key];
      if (data(key)) callbacks.forEach(function (f) { f(data(key)); });
    };
    document.head.appendChild(script);
  }

  function pane(map, name, zIndex) {
    var found = map.getPane(name) || map.createPane(name);
    found.style.zIndex = zIndex;
    found.style.pointerEvents = "none";
    return name;
  }

  // The zoom from which a country's name is tried, by its area (square degrees).
  function countryZoom(area) { return area > 400 ? 2 : area > 60 ? 3 : area > 8 ? 4 : area > 1 ? 5 : 6; }
  // The zoom from which a city's name is tried, by population (capitals one step earlier).
  function cityZoom(population, capital) {
    var zoom = population >= 5e6 ? 4 : population >= 1e6 ? 5 : population >= 3e5 ? 6 : 7;
    return capital ? Math.min(zoom, 5) : zoom;
  }

  /* world-atlas keeps the sphere's topology: a ring or line crossing the antimeridian jumps
   * from +180 to -180, which a flat map would draw as a line across the world. Lines are
   * split at the jump; rings are unwrapped (the rest of the ring shifted by 360 degrees). */
  function jumps(a, b) { return Math.abs(a[0] - b[0]) > 180 && Math.abs(a[1]) < 85; }

  function splitLines(lines) {
    var out = [];
    lines.forEach(function (line) {
      var part = [line[0]];
      for (var i = 1; i < line.length; i++) {
        if (jumps(line[i - 1], line[i])) { out.push(part); part = []; }
        part.push(line[i]);
      }
      out.push(part);
    });
    return out;
  }

  function unwrapRing(ring) {
    var shift = 0, out = [ring[0]];
    for (var i = 1; i < ring.length; i++) {
      if (jumps(ring[i - 1], ring[i])) shift += ring[i - 1][0] > ring[i][0] ? 360 : -360;
      out.push([ring[i][0] + shift, ring[i][1]]);
    }
    return out;
  }

  function flatMesh(mesh) {
    return {type: "MultiLineString", coordinates: splitLines(mesh.coordinates)};
  }

  function flatFeatures(collection) {
    collection.features.forEach(function (feature) {
      var g = feature.geometry;
      if (!g) return;
      if (g.type === "Polygon") g.coordinates = g.coordinates.map(unwrapRing);
      if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map(function (p) { return p.map(unwrapRing); });
    });
    return collection;
  }

  function candidates() {
    var labels = data("labels") || {countries: [], cities: []}, out = [];
    labels.countries.forEach(function (c) {
      out.push({name: c[0], lat: c[2], lon: c[1], zoom: countryZoom(c[3]), kind: "country"});
    });
    labels.cities.forEach(function (c) {
      out.push({name: c[0], lat: c[2], lon: c[1], zoom: cityZoom(c[3], c[4]),
        kind: c[4] ? "capital" : "city"});
    });
    return out;  // countries first (largest first), then capitals and cities by population
  }

  function labelIcon(place) {
    var element = document.createElement("span");
    element.className = "sitrep-label sitrep-label-" + place.kind;
    element.textContent = place.name;
    return L.divIcon({html: element, className: "sitrep-label-anchor", iconSize: null});
  }

  function overlaps(box, taken) {
    for (var i = 0; i < taken.length; i++) {
      var t = taken[i];
      if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) return true;
    }
    return false;
  }

  L.SitrepBasemap = L.Layer.extend({
    options: {admin1: [], admin1Url: "", maxLabels: 160, attribution: ""},

    initialize: function (options) { L.setOptions(this, options); },

    onAdd: function (map) {
      var world = data("world"), style = {interactive: false, sitrepBasemap: true};
      this._background = map.getContainer().style.background;
      map.getContainer().style.background = SEA;
      this._renderer = L.canvas({pane: pane(map, "sitrepBase", 150), padding: 0.3});
      pane(map, "sitrepLabels", 390);
      this._shapes = L.layerGroup().addTo(map);
      this._admin1 = L.layerGroup();
      this._labels = L.layerGroup().addTo(map);
      this._places = candidates();
      if (world && window.topojson) {
        var countries = world.objects.countries;
        this._add(flatFeatures(topojson.feature(world, countries)), L.extend({stroke: false, fill: true,
          fillColor: LAND, fillOpacity: 1}, style), this._shapes);
        this._add(flatMesh(topojson.mesh(world, countries, function (a, b) { return a !== b; })),
          L.extend({color: BORDER, weight: 1, opacity: 0.9}, style), this._shapes);
        this._add(flatMesh(topojson.mesh(world, countries, function (a, b) { return a === b; })),
          L.extend({color: COAST, weight: 1, opacity: 0.9}, style), this._shapes);
      }
      var self = this, admin1 = this._admin1;
      this.options.admin1.forEach(function (code) {
        var url = self.options.admin1Url && self.options.admin1Url + code + ".js";
        withData("admin1-" + code, url, function (regions) {
          if (admin1 !== self._admin1) return;  // removed and added again since: that one draws them
          regions.forEach(function (region) {
            var rings = region[1].map(function (ring) {
              return ring.map(function (p) { return [p[1], p[0]]; });
            });
            admin1.addLayer(L.polyline(rings, L.extend({renderer: self._renderer,
              color: ADMIN1, weight: 1, dashArray: "4 3", opacity: 0.8}, style)));
          });
        });
      });
      map.on("zoomend moveend", this._update, this);
      this._update();
    },

    onRemove: function (map) {
      map.off("zoomend moveend", this._update, this);
      map.getContainer().style.background = this._background;
      [this._shapes, this._admin1, this._labels].forEach(function (g) { map.removeLayer(g); });
    },

    _add: function (geojson, options, group) {
      group.addLayer(L.geoJSON(geojson, {style: options, renderer: this._renderer,
        interactive: false, sitrepBasemap: true}));
    },

    _update: function () {
      var map = this._map;
      if (!map) return;
      var showAdmin1 = map.getZoom() >= ADMIN1_ZOOM;
      if (showAdmin1 !== map.hasLayer(this._admin1)) {
        if (showAdmin1) map.addLayer(this._admin1); else map.removeLayer(this._admin1);
      }
      this._placeLabels();
    },

    _placeLabels: function () {
      var map = this._map, zoom = map.getZoom(), size = map.getSize(), taken = [];
      this._labels.clearLayers();
      for (var i = 0; i < this._places.length && taken.length < this.options.maxLabels; i++) {
        var place = this._places[i];
        if (zoom < place.zoom) continue;
        var p = map.latLngToContainerPoint([place.lat, place.lon]);
        if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) continue;
        var country = place.kind === "country", font = country ? 12 : 11;
        var width = place.name.length * font * 0.56 + (country ? 4 : 12), height = font + 4;
        var box = country ? [p.x - width / 2, p.y - height / 2, p.x + width / 2, p.y + height / 2]
          : [p.x - 4, p.y - height / 2, p.x + width, p.y + height / 2];
        if (overlaps(box, taken)) continue;
        taken.push(box);
        this._labels.addLayer(L.marker([place.lat, place.lon], {icon: labelIcon(place),
          interactive: false, keyboard: false, pane: "sitrepLabels", sitrepBasemap: true}));
      }
    }
  });

  L.sitrepBasemap = function (options) { return new L.SitrepBasemap(options); };

  /* Show ``basemap`` instead of ``tiles`` when the tiles cannot load: on the first tile
   * error before any tile loaded, or when none loaded within ``waitMs``. Once only: a
   * person choosing the tiles again in the layer control keeps them. */
  L.sitrepFallback = function (map, tiles, basemap, waitMs) {
    var loaded = false, decided = false;
    function fallBack() {
      if (loaded || decided) return;
      decided = true;
      if (map.hasLayer(tiles)) { map.removeLayer(tiles); map.addLayer(basemap); }
    }
    tiles.on("tileload", function () { loaded = true; });
    tiles.on("tileerror", fallBack);
    setTimeout(fallBack, waitMs || 5000);
  };

  function compact(n) {
    return n >= 1e6 ? (n / 1e6).toFixed(1) + "M" : n >= 1e4 ? Math.round(n / 1e3) + "k"
      : n >= 1e3 ? (n / 1e3).toFixed(1) + "k" : String(n);
  }

  /* An aggregated cell: a ring split by event type (parts = [[colour, count], ...]) around
   * its number of events. Canvas renderer only (the map uses prefer_canvas). */
  L.SitrepPie = L.CircleMarker.extend({
    options: {parts: [], count: 0},

    _updatePath: function () {
      var renderer = this._renderer;
      if (!renderer._drawing || this._empty()) return;
      var ctx = renderer._ctx, p = this._point, r = Math.max(Math.round(this._radius), 1);
      var total = 0, angle = -Math.PI / 2;
      this.options.parts.forEach(function (part) { total += part[1]; });
      ctx.globalAlpha = 1;
      this.options.parts.forEach(function (part) {
        var next = angle + 2 * Math.PI * part[1] / total;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
        ctx.arc(p.x, p.y, r, angle, next);
        ctx.closePath();
        ctx.fillStyle = part[0];
        ctx.fill();
        angle = next;
      });
      ctx.beginPath();
      ctx.arc(p.x, p.y, r * 0.64, 0, 2 * Math.PI);
      ctx.fillStyle = "#ffffff";
      ctx.fill();
      ctx.beginPath();
      ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
      ctx.lineWidth = this.options.weight;
      ctx.strokeStyle = this.options.color;
      ctx.stroke();
      ctx.fillStyle = "#222222";
      ctx.font = "bold " + (r >= 14 ? 11 : 9) + "px sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText(compact(this.options.count), p.x, p.y + 0.5);
    }
  });
})();
