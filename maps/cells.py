"""Aggregated cells on the map: one ring per grid cell, split by the event types it holds
(every type visible, none covering another), its number of events in the middle. A click
opens the cell's breakdown (events and fatalities per type, busiest places) and zooms in
on the cell. Drawn by L.SitrepPie (static/sitrep/map.js) from one JSON array."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from branca.element import Element, MacroElement, Template

from maps.coords import latlon
from maps.popups import cell_popup_html, cell_tooltip
from maps.style import colour_of

MIN_RADIUS, MAX_RADIUS = 9.0, 14.0

_TEMPLATE = Template("""
{% macro script(this, kwargs) %}
(function () {
  var rows = {{ this.rows_json }};
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    var cell = new L.SitrepPie([r[0], r[1]], {radius: r[3], count: r[2], parts: r[4],
      color: "#333333", weight: 1, fill: true, fillOpacity: 0, sitrepCell: true});
    cell.bindTooltip(r[5]);
    cell.on("click", function (bounds, html) {
      return function (e) {  // a popup of its own: it stays while finer cells replace this one
        var map = this._map;
        map.fitBounds(bounds, {padding: [30, 30]});
        L.popup({maxWidth: 360, autoPan: false, className: "sitrep-cell-popup"})
          .setLatLng(e.latlng).setContent(html).openOn(map);
      };
    }([[r[7][0], r[7][1]], [r[7][2], r[7][3]]], r[6]));
    cell.addTo({{ this._parent.get_name() }});
  }
})();
{% endmacro %}
""")


def cell_radius(count: int, largest: int) -> float:
    """Pixels: the area grows with the count, relative to the largest cell in view."""
    share = math.sqrt(count / max(1, largest))
    return round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share, 1)


def cell_row(cell: Mapping[str, Any], largest: int) -> list:
    """[lat, lon, count, radius, [[colour, events], ...], tooltip, popup, [s, w, n, e]] (Leaflet's
    order: the map script reads it as it is)."""
    parts = [[colour_of(kind), n] for kind, n, _ in cell["types"]]
    return [
        *latlon((round(cell["lon"], 5), round(cell["lat"], 5))),
        cell["count"],
        cell_radius(cell["count"], largest),
        parts,
        cell_tooltip(cell),
        cell_popup_html(cell),
        [round(v, 5) for v in cell["bounds"]],
    ]


class _Rendered(Element):
    """Script text already rendered, put on the page as it is."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text.removesuffix("\n")  # as a template would: one final newline dropped

    def render(self, **kwargs) -> str:
        return self.text


class ScriptLayer(MacroElement):
    """A layer drawn in the browser by one loop over a JSON array. Its script is rendered
    once and added as text: branca would compile the rendered script as a Jinja template
    again, which for a large array costs more than making it."""

    def render(self, **kwargs) -> None:
        script = self._template.module.__dict__["script"]
        self.get_root().script.add_child(_Rendered(script(self, kwargs)), name=self.get_name())


class CellLayer(ScriptLayer):
    """Every aggregated cell of a view, drawn by one loop in the browser."""

    def __init__(self, cells: list[Mapping[str, Any]]):
        super().__init__()
        self._name = "CellLayer"
        self._template = _TEMPLATE
        largest = max((c["count"] for c in cells), default=1)
        rows = [cell_row(c, largest) for c in cells]
        self.rows_json = json.dumps(rows, ensure_ascii=False).replace("</", "<\\/")
