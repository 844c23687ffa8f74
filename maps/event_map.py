"""Event rows -> a folium map: one layer per event type, points as circle markers,
regions as outlines (dashed when the event is only proposed, demanded or claimed),
escaped popups with the source sentence, a legend, and locally served assets."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from typing import Any

import folium
import pandas as pd
from branca.element import MacroElement, Template

from events.filters import with_points
from maps import safe
from maps.aggregate import MAX_MARKERS, aggregate_points, unique_areas
from maps.assets import localize
from maps.style import TENTATIVE_STATUSES, TYPE_COLOURS, TYPE_ICONS, colour_of

PRECISION_WORDS = {1: "exact day", 2: "within a week", 3: "within a month"}
# A point known only "near" a town (2) or to its region (3) is drawn as an area of
# about this radius, never as a pin that would invent a hotspot.
PRECISION_RADIUS_M = {2: 10_000, 3: 40_000}
GEO_WORDS = {1: "town", 2: "near / part of a region", 3: "region"}
MAX_ZOOM = 18


def latlon(position: Iterable[float]) -> list[float]:
    """GeoJSON [lon, lat] -> folium [lat, lon]; the only place the order flips."""
    lon, lat = list(position)[:2]
    return [lat, lon]


def _value(row: Mapping[str, Any], key: str) -> Any:
    value = row.get(key)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _day(value: Any) -> str:
    return str(value)[:10] if value is not None else ""


def popup_html(row: Mapping[str, Any]) -> str:
    """The popup of one event; every value from the data is escaped."""
    t = safe.text
    precision = _value(row, "time_precision")
    date = _day(_value(row, "event_date"))
    if precision and int(precision) > 1:
        date += f" ({PRECISION_WORDS[int(precision)]}: {_day(row.get('date_start'))} to " \
                f"{_day(row.get('date_end'))})"  # fmt: skip
    elif precision:
        date += " (exact day)"
    place = ", ".join(str(v) for v in (row.get("location"), row.get("admin1"), row.get("country"))
                      if _value(row, "location") is not None and v)  # fmt: skip
    geo = _value(row, "geo_precision")
    if geo:
        place += f" (precision {int(geo)}: {GEO_WORDS[int(geo)]})"
    actors = " · ".join(str(a) for a in (row.get("actor1"), row.get("actor2")) if a) or "—"

    def count(key: str) -> str:
        value = _value(row, key)
        return "not reported" if value is None else str(int(value))

    sources = row.get("sources") or []
    titles = "; ".join(
        f"{s.get('title') or s.get('article_id')} ({_day(s.get('published'))})" for s in sources
    )
    rows = [
        ("Date", date), ("Place", place or "not determined"), ("Fatalities", count("fatalities")),
        ("Injuries", count("injuries")), ("Actors", actors), ("Status", row.get("status")),
        ("Confidence", f"{float(row.get('confidence') or 0):.2f}"), ("Sources", titles),
    ]  # fmt: skip
    table = "".join(f"<tr><th style='text-align:left;padding-right:6px'>{t(k)}</th>"
                    f"<td>{t(v)}</td></tr>" for k, v in rows)  # fmt: skip
    return (
        f"<div class='sitrep-popup'><b>{t(row.get('event_type'))}</b> · "
        f"{t(row.get('sub_event_type'))}<table>{table}</table>"
        f"<blockquote style='margin:6px 0;padding-left:6px;border-left:3px solid #999'>"
        f"{t(row.get('source_text'))}</blockquote>"
        f"<small>{t(row.get('notes'))}</small></div>"
    )


def tooltip_text(row: Mapping[str, Any]) -> str:
    where = row.get("location") or "no place"
    return safe.text(f"{row.get('sub_event_type')} — {where}, {_day(row.get('event_date'))}")


_LEGEND = Template("""
{% macro html(this, kwargs) %}
<div class="sitrep-legend" style="position:absolute;z-index:9999;bottom:24px;left:10px;
  background:rgba(255,255,255,.92);padding:6px 9px;border-radius:4px;font:12px sans-serif;
  box-shadow:0 1px 4px rgba(0,0,0,.3)">
  <b>Event type</b><br>
  {% for name, colour, icon in this.entries %}
  <span style="display:inline-block;width:11px;height:11px;border-radius:50%;
    background:{{ colour }};border:1px solid #333;margin-right:4px"></span>
  <i class="fa-solid {{ icon }}" style="width:14px"></i> {{ name }}<br>
  {% endfor %}
  <span style="display:inline-block;width:16px;border-top:2px dashed #333;margin-right:4px;
    vertical-align:middle"></span> proposed / claimed area
</div>
{% endmacro %}
""")


class Legend(MacroElement):
    """A fixed legend of the event types present (trusted content only)."""

    default_css = [("awesome_markers_font_css", "https://cdn.jsdelivr.net/npm/@fortawesome/"
                    "fontawesome-free@6.2.0/css/all.min.css")]  # fmt: skip

    def __init__(self, types: Iterable[str]):
        super().__init__()
        self._name = "Legend"
        self._template = _LEGEND
        self.entries = [(t, TYPE_COLOURS.get(t, "#000"), TYPE_ICONS.get(t, "fa-circle"))
                        for t in types]  # fmt: skip


def _point_row(row: Mapping[str, Any], highlighted: bool = False) -> list:
    """One point event for CircleLayer: a marker, or for a point known only near a town or
    to its region (geo-precision 2-3) a dashed circle of that size in metres."""
    lat, lon = latlon(row["geometry"]["coordinates"])
    colour = colour_of(str(row.get("event_type")))
    precision = _value(row, "geo_precision")
    tooltip, popup = tooltip_text(row), popup_html(row)
    if precision and int(precision) > 1:
        return [lat, lon, 1, PRECISION_RADIUS_M[int(precision)], colour, 3 if highlighted else 1.5,
                "4 4", 0.15, tooltip, popup]  # fmt: skip
    dash = "3 3" if row.get("status") in TENTATIVE_STATUSES else None
    return [lat, lon, 0, 11 if highlighted else 8, "#000" if highlighted else "#333",
            3 if highlighted else 1.2, dash, 0.9, tooltip, popup]  # fmt: skip


def _cell_row(cell: Mapping[str, Any]) -> list:
    """One aggregated grid cell for CircleLayer: a circle sized by its number of events."""
    text = (f"{cell['count']:,} {cell['event_type']} events, {cell['fatalities']:,} fatalities "
            f"(cell of {cell['cell_deg']}°; zoom in or narrow the filter for single events)")
    radius = round(min(22.0, 3 + 2.5 * math.log2(cell["count"])), 1)
    return [round(cell["lat"], 5), round(cell["lon"], 5), 0, radius, "#333", 1, None, 0.75,
            safe.text(text), None]  # fmt: skip


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


class CircleLayer(MacroElement):
    """Point events or aggregated cells of one event type, drawn by one loop in the browser
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
    return with_points(frame[frame["geometry"].notna()])


def _types(frame: pd.DataFrame) -> list[str]:
    present = {str(t) for t in frame["event_type"].unique()}
    return [t for t in TYPE_COLOURS if t in present] + sorted(present - set(TYPE_COLOURS))


def event_layers(
    events: pd.DataFrame | Iterable[Mapping[str, Any]], highlight: str | None = None,
    max_markers: int = MAX_MARKERS,
) -> list[folium.FeatureGroup]:
    """One layer per event type.

    Up to ``max_markers`` point events are drawn one by one with popups; above that they
    are aggregated into grid cells per type, so the payload stays bounded; the
    ``highlight``ed event is always drawn as itself, emphasised.
    """
    frame = _mappable(events)
    is_point = frame["lat"].notna()
    if int(is_point.sum()) > max_markers:
        cells = aggregate_points(frame[is_point])
        areas = unique_areas(frame[~is_point].to_dict("records"))
        singles = frame[is_point & (frame["event_id"] == highlight)] if highlight else frame.iloc[0:0]
    else:
        cells = []
        areas = frame[~is_point].to_dict("records")
        singles = frame[is_point]
    singles = singles.to_dict("records")
    groups = []
    for event_type in _types(frame):
        group = folium.FeatureGroup(name=safe.text(event_type))
        rows = [_cell_row(c) for c in cells if c["event_type"] == event_type]
        rows += [_point_row(row, row.get("event_id") == highlight) for row in singles
                 if row.get("event_type") == event_type]  # fmt: skip
        if rows:
            CircleLayer(rows, colour_of(event_type)).add_to(group)
        for row in areas:
            if row.get("event_type") == event_type:
                _add_area(group, row, highlighted=row.get("event_id") == highlight)
        groups.append(group)
    return groups


def map_bounds(events: pd.DataFrame | Iterable[Mapping[str, Any]]) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the events, from their geometries' extents."""
    frame = _mappable(events)
    if frame.empty:
        return None
    lons, lats = [], []
    for geometry in frame["geometry"]:
        if geometry["type"] == "Point":
            lons.append(geometry["coordinates"][0])
            lats.append(geometry["coordinates"][1])
        else:
            west, south, east, north = _extent(geometry["coordinates"])
            lons += [west, east]
            lats += [south, north]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


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


def base_map(types: Iterable[str], bounds: list[list[float]] | None,
             tiles: str = "OpenStreetMap") -> folium.Map:  # fmt: skip
    """The map without events: basemap (or a blank background), legend, view, local assets."""
    fig = folium.Map(location=[30, 20], zoom_start=2, tiles=None, control_scale=True,
                     prefer_canvas=True)  # fmt: skip
    fig.options["maxZoom"] = MAX_ZOOM
    if tiles.lower() != "none":
        folium.TileLayer(tiles, name="Basemap", max_zoom=MAX_ZOOM).add_to(fig)
    types = list(types)
    if types:
        Legend(types).add_to(fig)
    if bounds:
        fig.fit_bounds(bounds, padding=(30, 30), max_zoom=10)
    return localize(fig)


def build_event_map(
    events: pd.DataFrame | Iterable[Mapping[str, Any]], tiles: str = "OpenStreetMap",
    highlight: str | None = None, max_markers: int = MAX_MARKERS,
) -> folium.Map:
    """A standalone map of the events that have a geometry (a frame, or record dicts)."""
    frame = _mappable(events)
    groups = event_layers(frame, highlight, max_markers)
    fig = base_map(_types(frame), map_bounds(frame), tiles)
    for group in groups:
        group.add_to(fig)
    if groups:
        folium.LayerControl(collapsed=True).add_to(fig)
    return fig  # base_map localised the assets; layers and the control load none
