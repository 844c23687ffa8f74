"""Map and timeline builders: escaped popups, local assets, dashed proposals, legend, the
offline basemap, aggregated cells showing every type."""

from __future__ import annotations

import json
import re

import pandas as pd

from events.filters import records_frame
from maps.aggregate import aggregate_points
from maps.event_map import build_event_map, popup_html
from maps.popups import cell_popup_html
from maps.standalone import standalone_html
from maps.timeline import build_timeline, timeline_frame

HOSTILE = "<script>window.pwned=1</script><img src=x onerror=alert(1)> ${alert(2)} `x`"


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
    assert "/app/static/vendor/leaflet/dist/leaflet.js" in html
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="https?://', html)
    assert '"dashArray": "8 6"' in html  # the proposed Donbas zone
    assert "sitrep-legend" in html and "Explosions/Remote violence" in html
    assert len(circles(html)) == sum(
        1 for r in rows if r["geometry"] and r["geometry"]["type"] == "Point")  # fmt: skip


def test_no_tiles_setting_gives_a_blank_background(seeded):
    _, store = seeded
    html = build_event_map(records_frame(store.records()).to_dict("records"), tiles="none")
    assert "tile.openstreetmap" not in html.get_root().render()


def test_timeline_counts_per_day_and_type():
    frame = pd.DataFrame({"event_date": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-02"]),
                          "event_type": ["Battles", "Battles", "Riots"]})  # fmt: skip
    counts = timeline_frame(frame)
    assert counts["events"].tolist() == [2, 1]
    spec = build_timeline(frame).to_dict()
    assert spec["mark"]["type"] == "bar"


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
    assert len(html) < 2_000_000 and "narrow the filter or the dates" in html


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
    for path in ("vendor/basemap/world.js", "vendor/basemap/labels.js", "vendor/basemap/admin1-UA.js",
                 "vendor/topojson-client/dist/topojson-client.min.js", "sitrep/map.js"):  # fmt: skip
        assert f'src="/app/static/{path}"' in html
    online = build_event_map(rows).get_root().render()  # tiles first, the offline map instead
    assert "L.sitrepFallback(" in online and "tile.openstreetmap" in online
    assert "Offline map (Natural Earth)" in online


def test_standalone_export_carries_the_basemap(seeded):
    _, store = seeded
    html = standalone_html(build_event_map(records_frame(store.records()).to_dict("records")))
    assert not re.search(r'<script[^>]+src="', html)  # every script inlined
    assert 'SITREP_BASEMAP["world"]=' in html and '"Ukraine"' in html
    assert "L.SitrepBasemap = L.Layer.extend" in html
