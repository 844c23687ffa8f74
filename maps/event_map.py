"""Event rows -> a folium map over the offline basemap: one layer per event type, points as
circle markers, regions as outlines (dashed when the event is only proposed, demanded or
claimed), aggregated cells as rings of their types, escaped popups, a legend, and
locally served assets."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import folium
import pandas as pd
from branca.element import Template
from folium.map import FitBounds

from events.records.filters import EventFilter, placed, point_geometry, with_points
from maps import safe
from maps.aggregate import MAX_MARKERS, cells_of, grid_step, unique_areas
from maps.assets import localize
from maps.basemap import add_basemap
from maps.cells import CellLayer, ScriptLayer
from maps.coords import latlon, latlon_bounds
from maps.legend import Legend
from maps.popups import _value, popup_html, tooltip_text
from maps.style import TENTATIVE_STATUSES, TYPE_COLOURS, colour_of

if TYPE_CHECKING:
    from events.store.views import EventView

__all__ = ["base_map", "build_event_map", "event_layers", "map_bounds", "map_layers", "popup_html"]

# A point known only "near" a town (2) or to its region (3) is drawn as an area of
# about this radius, never as a pin that would invent a hotspot.
PRECISION_RADIUS_M = {2: 10_000, 3: 40_000}
MAX_ZOOM = 18


def _point_row(row: Mapping[str, Any], highlighted: bool = False) -> list:
    """One point event for CircleLayer: a marker, or for a point known only near a town or
    to its region (geo-precision 2-3) a dashed circle of that size in metres."""
    position = latlon(point_geometry(row)["coordinates"])  # Leaflet's [lat, lon]
    colour = colour_of(str(row.get("event_type")))
    precision = _value(row, "geo_precision")
    tooltip, popup = tooltip_text(row), popup_html(row)
    if precision and int(precision) > 1:
        return [*position, 1, PRECISION_RADIUS_M[int(precision)], colour, 3 if highlighted else 1.5,
                "4 4", 0.15, tooltip, popup]  # fmt: skip
    dash = "3 3" if row.get("status") in TENTATIVE_STATUSES else None
    return [*position, 0, 11 if highlighted else 8, "#000" if highlighted else "#333",
            3 if highlighted else 1.2, dash, 0.9, tooltip, popup]  # fmt: skip


def _add_area(group: folium.FeatureGroup, row: Mapping[str, Any], highlighted: bool) -> None:
    colour = colour_of(str(row.get("event_type")))
    tentative = row.get("status") in TENTATIVE_STATUSES
    style = {"color": colour, "weight": 4 if highlighted else 2.5, "fillColor": colour,
             "fillOpacity": 0.15, "dashArray": "8 6" if tentative else None}  # fmt: skip
    layer = folium.GeoJson({"type": "Feature", "geometry": row["geometry"], "properties": {}},
                           style_function=lambda _f, s=style: s)  # fmt: skip
    folium.Popup(folium.Html(popup_html(row), script=True), max_width=420).add_to(layer)
    folium.Tooltip(tooltip_text(row)).add_to(layer)
    layer.add_to(group)


_CIRCLES = Template("""
{% macro script(this, kwargs) %}
(function () {
  var rows = {{ this.rows_json }};
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    var options = {radius: r[3], color: r[4], weight: r[5], dashArray: r[6], fill: true,
      fillColor: {{ this.colour_json }}, fillOpacity: r[7]};
    var layer = r[2] ? L.circle([r[0], r[1]], options) : L.circleMarker([r[0], r[1]], options);
    layer.bindTooltip(r[8]);
    if (r[9]) { layer.bindPopup(r[9], {maxWidth: 420}); }
    layer.addTo({{ this._parent.get_name() }});
  }
})();
{% endmacro %}
""")


class CircleLayer(ScriptLayer):
    """Point events of one event type, drawn by one loop in the browser
    from a JSON array (escaped tooltip and popup HTML). One template for all of them: a
    folium marker per event compiles a Jinja template each (2 s for 1,250 markers)."""

    def __init__(self, rows: list[list], colour: str):
        super().__init__()
        self._name = "CircleLayer"
        self._template = _CIRCLES
        self.rows_json = json.dumps(rows, ensure_ascii=False).replace("</", "<\\/")
        self.colour_json = json.dumps(colour)


def _mappable(events: pd.DataFrame | Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    frame = events if isinstance(events, pd.DataFrame) else pd.DataFrame(list(events))
    if frame.empty or "geometry" not in frame:
        return pd.DataFrame(columns=["geometry", "event_type", "lon", "lat"])
    frame = with_points(frame)
    return frame[placed(frame)]


def _types(frame: pd.DataFrame) -> list[str]:
    return _type_order(frame["event_type"].dropna().unique())


def _type_order(types: Iterable) -> list[str]:
    """Event types in the palette's order, others after by name."""
    present = {str(t) for t in types}
    return [t for t in TYPE_COLOURS if t in present] + sorted(present - set(TYPE_COLOURS))


def leaflet_bounds(bounds: Mapping | None) -> list[list[float]] | None:
    """Leaflet's {_southWest: {lat, lng}, _northEast: ...} -> [[south, west], [north, east]]."""
    try:
        south_west, north_east = bounds["_southWest"], bounds["_northEast"]
        box = [[float(south_west["lat"]), float(south_west["lng"])],
               [float(north_east["lat"]), float(north_east["lng"])]]  # fmt: skip
    except (TypeError, KeyError, ValueError):
        return None
    return box if box[0][0] < box[1][0] and box[0][1] < box[1][1] else None


def event_layers(
    events: pd.DataFrame | Iterable[Mapping[str, Any]],
    highlight: str | None = None,
    max_markers: int = MAX_MARKERS,
    view: list[list[float]] | None = None,
) -> list[folium.FeatureGroup]:
    """map_layers for events in a frame (or record dicts)."""
    from events.store.views import FrameView

    return map_layers(FrameView(_mappable(events)), EventFilter(), highlight, max_markers, view)


def map_layers(
    events: EventView,
    f: EventFilter,
    highlight: str | None = None,
    max_markers: int = MAX_MARKERS,
    view: list[list[float]] | None = None,
) -> list[folium.FeatureGroup]:
    """One layer per event type, and above ``max_markers`` point events one layer of cells,
    for the events of a store's view (events.store.views) passing ``f``.

    Up to ``max_markers`` point events (in the ``view`` bounds, when given) are drawn one by
    one with popups; above that they are aggregated into grid cells showing every type
    (counted where the events are: in SQL on a server), so the payload stays bounded; the
    ``highlight``ed event is always drawn as itself.
    """
    if view:  # the step fits the view: one pass counts the cells, and the points with them
        step = grid_step(view, None)
        counted = events.cell_groups(f, step, view)
        count = int(counted["events"].sum())
    else:  # the step fits the points: their extent first
        count, box = events.points(f, view)
        step = grid_step(view, box) if count else 1.0
        counted = events.cell_groups(f, step, view) if count > max_markers else None
    cells: list[dict[str, Any]] = []
    area_rows = events.area_rows(f)
    if count > max_markers:
        cells = cells_of(counted, step)
        areas = unique_areas(area_rows.to_dict("records"))
        singles = events.point_rows(f, view, highlight).to_dict("records") if highlight else []
    else:
        areas = area_rows.to_dict("records")
        singles = events.point_rows(f, view).to_dict("records")
    groups = []
    if cells:
        group = folium.FeatureGroup(name="Cells of many events (all types)")
        CellLayer(cells).add_to(group)
        groups.append(group)
    for event_type in _type_order(events.counts("event_type", f).index):
        group = folium.FeatureGroup(name=safe.text(event_type))
        rows = [_point_row(row, row.get("event_id") == highlight) for row in singles
                if row.get("event_type") == event_type]  # fmt: skip
        if rows:
            CircleLayer(rows, colour_of(event_type)).add_to(group)
        for row in areas:
            if row.get("event_type") == event_type:
                _add_area(group, row, highlighted=row.get("event_id") == highlight)
        groups.append(group)
    return groups


def latlon_of(events: EventView, f: EventFilter, event_id: str | None) -> list[float] | None:
    """Leaflet's [lat, lon] of a point event passing ``f`` (to centre the map on a selected row)."""
    if not event_id:
        return None
    rows = events.point_rows(f, None, event_id)
    return latlon((float(rows["lon"].iloc[0]), float(rows["lat"].iloc[0]))) if len(rows) else None


def map_bounds(events: pd.DataFrame | Iterable[Mapping[str, Any]]) -> list[list[float]] | None:
    """Leaflet's [[south, west], [north, east]] of the events, from their geometries' extents."""
    frame = _mappable(events)
    if frame.empty:
        return None
    points = frame["lat"].notna()
    lons, lats = frame.loc[points, "lon"].tolist(), frame.loc[points, "lat"].tolist()
    lons, lats = ([min(lons), max(lons)], [min(lats), max(lats)]) if lons else ([], [])
    for geometry in frame.loc[~points, "geometry"]:  # areas (points read as columns above)
        west, south, east, north = _extent(geometry["coordinates"])
        lons += [west, east]
        lats += [south, north]
    return latlon_bounds(min(lons), min(lats), max(lons), max(lats))


def _extent(coords) -> tuple[float, float, float, float]:
    flat: list[list[float]] = []

    def walk(c):
        if c and isinstance(c[0], int | float):
            flat.append(c)
        else:
            for item in c:
                walk(item)

    walk(coords)
    return (min(p[0] for p in flat), min(p[1] for p in flat), max(p[0] for p in flat),
            max(p[1] for p in flat))  # fmt: skip


def base_map(types: Iterable[str], bounds: list[list[float]] | None, tiles: str = "OpenStreetMap",
             countries: Iterable[str] = (), cells: bool = False) -> folium.Map:  # fmt: skip
    """The map without events: the offline basemap (admin-1 outlines of ``countries``) and
    the tiles it stands in for, the legend (explaining cells when ``cells``), the view, and
    local assets."""
    fig = folium.Map(location=[30, 20], zoom_start=2, tiles=None, control_scale=True, prefer_canvas=True)
    fig.options["maxZoom"] = MAX_ZOOM
    if bounds:  # the view first, not animated: the basemap is projected once, at the zoom shown
        view = FitBounds(bounds, padding=(30, 30), max_zoom=10)
        view.options["animate"] = False
        fig.add_child(view)
    add_basemap(fig, tiles, countries)
    types = list(types)
    if types:
        Legend(types, cells=cells).add_to(fig)
    return localize(fig)


def countries_by_events(frame: pd.DataFrame) -> list[str]:
    """The countries of the events, most events first (whose admin-1 outlines to draw)."""
    if "country" not in frame or frame.empty:
        return []
    return [str(c) for c in frame["country"].value_counts().index]


def build_event_map(
    events: pd.DataFrame | Iterable[Mapping[str, Any]],
    tiles: str = "OpenStreetMap",
    highlight: str | None = None,
    max_markers: int = MAX_MARKERS,
) -> folium.Map:
    """A standalone map of the events that have a geometry (a frame, or record dicts)."""
    frame = _mappable(events)
    groups = event_layers(frame, highlight, max_markers)
    cells = bool(groups) and groups[0].layer_name.startswith("Cells")
    fig = base_map(_types(frame), map_bounds(frame), tiles, countries_by_events(frame), cells)
    for group in groups:
        group.add_to(fig)
    folium.LayerControl(collapsed=True).add_to(fig)
    return fig  # base_map localised the assets; layers and the control load none
