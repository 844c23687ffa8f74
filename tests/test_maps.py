"""Map and timeline builders: escaped popups, local assets, dashed proposals, legend, the
offline basemap, aggregated cells showing every type."""

from __future__ import annotations

import json
import re

import folium
import pandas as pd

from events.records.filters import placed, point_geometry, records_frame, with_points
from maps.aggregate import aggregate_points
from maps.assets import BUNDLED, FRAME_BUNDLE, localize, write_bundle
from maps.basemap import OfflineBasemap
from maps.event_map import build_event_map, map_bounds, popup_html
from maps.popups import cell_popup_html
from maps.standalone import standalone_html
from maps.timeline import APPROXIMATE, EXACT, build_timeline, tick_dates, timeline_bin, timeline_frame

HOSTILE = "<script>window.pwned=1</script><img src=x onerror=alert(1)> ${alert(2)} `x`"


def scripts(html: str) -> list[str]:
    """The local scripts a rendered map loads, in order (paths under /app/static/), the set-up's
    bundle (maps.assets.FRAME_BUNDLE, when written) read as the scripts it holds."""
    found = re.findall(r'<script src="/app/static/([^"]+)"', html)
    bundled = [f"vendor/{path}" for path in BUNDLED]
    return [p for s in found for p in (bundled if s == f"vendor/{FRAME_BUNDLE}" else [s])]


def test_popup_escapes_untrusted_text():
    html = popup_html({"event_type": "Battles", "sub_event_type": HOSTILE, "source_text": HOSTILE,
                       "notes": HOSTILE, "location": HOSTILE, "country": "X",
                       "status": "occurred", "confidence": 0.5})  # fmt: skip
    assert "<script>" not in html and "<img" not in html
    assert "${" not in html and "`" not in html
    assert "&lt;script&gt;" in html


def circles(html: str) -> list[list]:
    """Every circle (event or cell) a rendered map draws: the rows of its Circle/CellLayers."""
    return [row for found in re.findall(r"var rows = (\[.*?\]);\n", html) for row in json.loads(found)]


def cells(html: str) -> list[list]:
    """The aggregated cells a rendered map draws (rows of its CellLayer)."""
    return [row for row in circles(html) if isinstance(row[4], list)]


def test_seed_map_uses_local_assets_and_dashes_proposals(seeded):
    _, store = seeded
    rows = records_frame(store.records()).to_dict("records")
    html = build_event_map(rows).get_root().render()
    assert "vendor/leaflet/dist/leaflet.js" in scripts(html)
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="https?://', html)
    assert '"dashArray": "8 6"' in html  # the proposed Donbas zone
    assert "sitrep-legend" in html and "Explosions/Remote violence" in html
    assert len(circles(html)) == sum(1 for r in rows if r["geometry"] and r["geometry"]["type"] == "Point")


def test_no_tiles_setting_gives_a_blank_background(seeded):
    _, store = seeded
    html = build_event_map(records_frame(store.records()).to_dict("records"), tiles="none")
    assert "tile.openstreetmap" not in html.get_root().render()


def test_timeline_counts_per_day_and_type():
    frame = pd.DataFrame({"event_date": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-02"]),
                          "event_type": ["Battles", "Battles", "Riots"]})  # fmt: skip
    counts = timeline_frame(frame)
    assert counts["events"].tolist() == [2, 1]
    assert set(counts["known_to"]) == {EXACT}
    spec = build_timeline(frame).to_dict()
    assert spec["mark"]["type"] == "bar"


def _dated(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    """(event_date, date_start, date_end, time_precision) rows of Battles."""
    frame = pd.DataFrame(rows, columns=["event_date", "date_start", "date_end", "time_precision"])
    for column in ("event_date", "date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.assign(event_type="Battles")


def test_week_and_month_dates_are_spread_over_their_range_never_a_point():
    frame = _dated([("2025-12-24", "2025-12-21", "2025-12-27", 2),  # known to the week
                    ("2025-12-15", "2025-12-01", "2025-12-31", 3),  # known to the month
                    ("2025-12-22", "2025-12-22", "2025-12-22", 1)])  # fmt: skip
    counts = timeline_frame(frame, unit="day")
    week = counts[(counts["known_to"] == APPROXIMATE) & counts["start"].between("2025-12-21", "2025-12-27")]
    assert len(counts[counts["known_to"] == APPROXIMATE]["start"].unique()) == 31  # every day of December
    assert abs(counts[counts["known_to"] == APPROXIMATE]["events"].sum() - 2) < 1e-9  # two events in all
    assert abs(week["events"].sum() - (1 + 7 / 31)) < 1e-9
    exact = counts[counts["known_to"] == EXACT]
    assert exact["start"].tolist() == [pd.Timestamp("2025-12-22")] and exact["events"].tolist() == [1]


def test_the_bin_follows_the_span_and_ticks_are_dates():
    day = pd.Timestamp("2024-01-01")
    assert timeline_bin(day, day)[0] == "day"
    assert timeline_bin(day, day + pd.Timedelta(days=200))[0] == "week"
    assert timeline_bin(day, day + pd.Timedelta(days=1_000))[0] == "month"
    ticks = tick_dates(day, day + pd.Timedelta(days=400), "week")
    assert all(t.weekday() == 0 for t in ticks) and 5 <= len(ticks) <= 14  # Mondays, a handful
    months = tick_dates(day, day + pd.Timedelta(days=1_460), "month")
    assert {t.month for t in months} == {1, 7}
    frame = _dated([("2025-12-24", "2025-12-21", "2025-12-27", 2)] * 3)  # the bundled example's shape
    spec = build_timeline(frame).to_dict()
    axis = spec["encoding"]["x"]["axis"]
    assert axis["format"] == "%d %b" and "%H" not in axis["format"]  # dates, not hours
    assert spec["encoding"]["opacity"]["scale"]["range"] == [1.0, 0.4]  # approximate: paler
    assert spec["encoding"]["y"]["title"] == "Events per day"


def test_empty_views_and_large_views():
    import pandas as pd

    empty = pd.DataFrame({"geometry": [], "event_type": []})
    assert "L.map(" in build_event_map(empty).get_root().render()
    assert "L.map(" in build_event_map([]).get_root().render()
    rows = [{"event_id": str(i), "event_type": "Battles" if i % 2 else "Riots",
             "geometry": {"type": "Point", "coordinates": [30 + i % 97 / 10, 46 + i % 89 / 20]},
             "geo_precision": 1, "fatalities": 1, "status": "occurred"} for i in range(20_000)]  # fmt: skip
    html = build_event_map(pd.DataFrame(rows), tiles="none").get_root().render()
    assert 0 < len(circles(html)) <= 1_300  # aggregated: bounded, whatever the count
    assert len(circles(html)) == len(cells(html))
    assert len(html) < 2_000_000 and "then single events" in html


def _points(kinds: list[str], lon: float = 30.0, lat: float = 50.0, place: str = "Town") -> list[dict]:
    return [{"event_id": f"{place}{i}", "event_type": kind, "location": place, "fatalities": i % 3,
             "geometry": {"type": "Point", "coordinates": [lon + i * 1e-4, lat]}, "geo_precision": 1,
             "status": "occurred"} for i, kind in enumerate(kinds)]  # fmt: skip


def test_a_cell_shows_every_type_it_holds():
    rows = _points(["Battles"] * 5 + ["Riots"] * 3 + ["Diplomacy"] * 2)
    rows += _points(["Protests"] * 4, lon=35.0, lat=47.0, place="Elsewhere")
    html = build_event_map(pd.DataFrame(rows), tiles="none", max_markers=5).get_root().render()
    found = {row[2]: row for row in cells(html)}
    assert set(found) == {10, 4}  # one ring per cell, whatever its types
    parts = found[10][4]
    assert [n for _, n in parts] == [5, 3, 2]  # Battles, Riots, Diplomacy: all three drawn
    assert {colour for colour, _ in parts} == {"#D55E00", "#F0E442", "#0072B2"}
    assert "a cell of n events" in html  # the legend explains the rings
    south, west, north, east = found[10][7]
    assert south <= 50.0 <= north and west <= 30.0 <= east  # the bounds a click zooms to


def test_cell_breakdown_lists_types_and_places_escaped():
    rows = _points(["Battles", "Battles", "Riots"], place=HOSTILE)
    (cell,) = aggregate_points(pd.DataFrame(rows))
    assert cell["types"] == [("Battles", 2, 1), ("Riots", 1, 2)]
    html = cell_popup_html(cell)
    assert "<script>" not in html and "<img" not in html and "${" not in html and "`" not in html
    assert "&lt;script&gt;" in html and "(3)" in html  # the place, escaped, with its count
    assert "Fatalities" in html


def test_offline_basemap_is_drawn_from_local_files(seeded):
    _, store = seeded
    rows = records_frame(store.records()).to_dict("records")
    html = build_event_map(rows, tiles="none").get_root().render()
    assert "L.sitrepBasemap(" in html and "L.sitrepFallback" not in html  # no tiles: the only one
    for path in ("vendor/basemap/world.js", "vendor/basemap/labels.js",
                 "vendor/topojson-client/dist/topojson-client.min.js", "sitrep/map.js"):  # fmt: skip
        assert path in scripts(html)
    # the admin-1 outlines of the events' countries: loaded by map.js, all at once
    admin1 = re.search(r'"admin1": (\[[^\]]*\]), "admin1Url": "/app/static/vendor/basemap/admin1-"', html)
    assert admin1 and "UA" in json.loads(admin1.group(1))
    assert "admin1-UA.js" not in html
    # the view is set before the basemap is added, not animated: its outlines are projected once
    assert html.index(".fitBounds(") < html.index("L.sitrepBasemap(") and '"animate": false' in html
    online = build_event_map(rows).get_root().render()  # tiles first, the offline map instead
    assert "L.sitrepFallback(" in online and "tile.openstreetmap" in online
    assert "Offline map (Natural Earth)" in online


def test_standalone_export_carries_the_basemap(seeded):
    _, store = seeded
    html = standalone_html(build_event_map(records_frame(store.records()).to_dict("records")))
    assert not re.search(r'<script[^>]+src="', html)  # every script inlined
    assert html.count('SITREP_BASEMAP["world"]=') == 1 and '"Ukraine"' in html  # once, bundled or not
    assert html.count("L.SitrepBasemap = L.Layer.extend") == 1
    assert html.count('SITREP_BASEMAP["admin1-UA"]=') == 1  # inlined: map.js loads none offline
    assert '"admin1Url": ""' in html and "/app/static" not in html


def test_the_set_up_scripts_load_as_one_file_before_the_maps_own(tmp_path):
    """Leaflet, jQuery, topojson-client, the world and its names, in that order, in one file
    written by the set-up, loaded where Leaflet was; map.js (committed) and the admin-1
    outlines after it. Without the file (set-up not yet rerun) each loads on its own."""

    def rendered() -> str:
        fig = folium.Map(tiles=None)
        OfflineBasemap(["UA"]).add_to(fig)
        return localize(fig, vendor=tmp_path).get_root().render()

    for path in BUNDLED:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(f"/* {path} */", encoding="utf-8")
    apart = rendered()
    bundle = write_bundle(tmp_path).read_text(encoding="utf-8")
    where = [bundle.index(f"/* {path} */") for path in BUNDLED]
    assert where == sorted(where)  # in BUNDLED's order: Leaflet first
    together = rendered()
    found = re.findall(r'<script src="/app/static/([^"]+)"', together)
    assert found == [f"vendor/{FRAME_BUNDLE}", "sitrep/map.js"]  # map.js loads the admin-1 files
    assert re.findall(r'<script src="/app/static/([^"]+)"', apart) == scripts(together)


def test_points_kept_as_lon_lat_only_are_drawn_like_geojson_points():
    """Large frames (a store's imported events) keep a point as lon/lat with no GeoJSON dict:
    the map draws, bounds and counts it as the same point given as GeoJSON."""
    as_geojson = _points(["Battles", "Riots"]) + [
        {"event_id": "area", "event_type": "Riots", "location": "Region", "fatalities": 0,
         "geometry": {"type": "Polygon", "coordinates": [[[31, 51], [32, 51], [32, 52], [31, 51]]]},
         "geo_precision": 3, "status": "occurred"},
        {"event_id": "call", "event_type": "Diplomacy", "geometry": None, "status": "occurred"},
    ]  # fmt: skip
    as_columns = [dict(row) for row in as_geojson]
    for row in as_columns:
        point = row["geometry"] if row["geometry"] and row["geometry"]["type"] == "Point" else None
        row["lon"], row["lat"] = point["coordinates"] if point else (float("nan"), float("nan"))
        row["geometry"] = None if point else row["geometry"]
    frames = [pd.DataFrame(as_geojson), pd.DataFrame(as_columns)]
    assert [placed(with_points(f)).tolist() for f in frames] == [[True, True, True, False]] * 2
    first, second = (build_event_map(f, tiles="none").get_root().render() for f in frames)
    assert circles(first) == circles(second) and len(circles(first)) == 2
    assert map_bounds(frames[0]) == map_bounds(frames[1]) == [[50.0, 30.0], [52.0, 32.0]]
    assert point_geometry(frames[1].iloc[0]) == as_geojson[0]["geometry"]
