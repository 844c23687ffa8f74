"""Map and timeline builders: escaped popups, local assets, dashed proposals, legend."""

from __future__ import annotations

import json
import re

import pandas as pd

from events.filters import records_frame
from maps.event_map import build_event_map, popup_html
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
    """Every circle (event or cell) a rendered map draws: the rows of its CircleLayers."""
    return [row for found in re.findall(r"var rows = (\[.*?\]);\n", html) for row in json.loads(found)]


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
    assert len(circles(html)) <= 1_300  # aggregated: bounded, whatever the count
    assert len(html) < 2_000_000 and "zoom in or narrow the filter" in html
