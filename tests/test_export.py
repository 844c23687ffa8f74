"""CSV and GeoJSON exports: ACLED columns, formula neutralisation, RFC 7946 geometry."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from events.exchange.export import CSV_COLUMNS, neutralise, to_csv, to_geojson
from events.records.record import make_record


def _record(**overrides):
    fields = dict(
        event_id="e1", article_id="a1", event_date=dt.date(2024, 5, 24),
        date_start=dt.date(2024, 5, 24), date_end=dt.date(2024, 5, 24), time_precision=1,
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        status="occurred", source_text="=HYPERLINK(\"http://evil\")", source_span=(0, 10),
        confidence=0.8, notes="+1 -2 @3", actor1="-cmd|' /C calc'!A0", location="Kyiv",
        geometry={"type": "Point", "coordinates": [30.5238, 50.45466]}, geo_precision=1,
        fatalities=2,
    )  # fmt: skip
    fields.update(overrides)
    return make_record(**fields)


def test_formula_cells_are_neutralised_and_read_back_for_humans():
    text = to_csv([_record()])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == CSV_COLUMNS
    row = rows[0]
    assert row["source_text"] == '\'=HYPERLINK("http://evil")'
    assert row["notes"] == "'+1 -2 @3"
    assert row["actor1"].startswith("'-cmd")
    assert row["source_text"][1:] == '=HYPERLINK("http://evil")'  # the human value survives
    assert row["longitude"] == "30.5238" and row["fatalities"] == "2"


def test_neutralise_table():
    for value in ["=1", "+1", "-1", "@a", "\tx", "\rx"]:
        assert neutralise(value) == "'" + value
    assert neutralise("Kyiv") == "Kyiv"


def test_area_events_get_a_representative_point_in_csv():
    square = {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]]}
    row = next(csv.DictReader(io.StringIO(to_csv([_record(geometry=square, geo_precision=3)]))))
    assert 50 <= float(row["latitude"]) <= 51 and 30 <= float(row["longitude"]) <= 31


def test_geojson_is_rfc7946():
    collection = json.loads(to_geojson([_record(), _record(event_id="e2", geometry=None)]))
    assert collection["type"] == "FeatureCollection"
    first, second = collection["features"]
    assert first["geometry"]["coordinates"] == [30.5238, 50.45466]  # lon, lat
    assert second["geometry"] is None
