"""`sitrep import`: ACLED and UCDP CSVs and Sitrep GeoJSON, validated before anything is written."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from events.errors import ArticleError
from events.exchange.imports import read_csv_records, read_geojson_records

DATA = Path(__file__).parent / "data" / "imports"
SITREP = str(Path(sys.executable).parent / "sitrep")
LIMIT = 10_000_000


def run(*args, store):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_STORE=str(store), SITREP_EXAMPLE_DIR="none")
    return subprocess.run([SITREP, *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def test_acled_dates_inter_codes_and_precision():
    _, records = read_csv_records(DATA / "acled_export.csv", "acled", LIMIT)
    first, second, third = records
    assert (first.event_date, second.event_date, third.event_date) == (
        dt.date(2023, 8, 14), dt.date(2023, 8, 15), dt.date(2023, 8, 16))  # fmt: skip
    assert first.fatalities == 2 and first.civilian_targeting and first.origin == "imported"
    assert second.time_precision == 2 and second.geo_precision == 2  # kept, not re-extracted
    assert first.geometry == {"type": "Point", "coordinates": [36.2527, 49.9808]}
    assert first.sources[0].source == "Ukrinform"


def test_acled_rows_of_one_outlet_share_its_source(tmp_path):
    text = (DATA / "acled_export.csv").read_text("utf-8").replace(",Telegram,", ",Ukrinform,")
    (tmp_path / "outlets.csv").write_text(text, "utf-8")
    _, records = read_csv_records(tmp_path / "outlets.csv", "acled", LIMIT)
    outlets = [r.sources[0] for r in records]
    assert [s.source for s in outlets] == ["Ukrinform", "Ukrinform", outlets[2].source]
    assert outlets[0] is outlets[1] and outlets[0].article_id == records[0].article_id


def test_ucdp_precision_and_deaths_mapping():
    _, records = read_csv_records(DATA / "ucdp_ged.csv", "ucdp", LIMIT)
    exact, month, country = records
    assert (exact.geo_precision, exact.time_precision, exact.fatalities) == (1, 1, 6)
    assert "low 5, high 9" in exact.notes and exact.admin1 == "Donetsk"
    assert month.event_type == "Violence against civilians" and month.time_precision == 3
    assert month.date_start <= month.event_date <= month.date_end
    assert country.geometry is None and country.geo_precision == 3  # no country pin


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda t: t.replace(",notes,", ",remarks,"), "missing column(s) notes"),
        (lambda t: t.replace("14/08/2023", "31/02/2023"), "impossible"),
        (lambda t: t.replace("49.9808,36.2527", "149.9808,36.2527"), "out of range"),
        (lambda t: t.replace("Shelling/artillery/missile attack", "Carpet bombing"), "unknown event"),
        (lambda t: t.replace(",2,,1692000000", ",-2,,1692000000"), "fatalities"),
    ],
)
def test_bad_csv_is_refused_whole_with_the_row(tmp_path, edit, problem):
    path = tmp_path / "bad.csv"
    path.write_text(edit((DATA / "acled_export.csv").read_text("utf-8")), "utf-8")
    with pytest.raises(ArticleError) as caught:
        read_csv_records(path, "acled", LIMIT)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_geojson_round_trip_and_bad_coordinates(tmp_path):
    store = tmp_path / "s.gpkg"
    assert run("import", "acled", DATA / "acled_export.csv", store=store).returncode == 0
    exported = tmp_path / "export.geojson"
    assert run("export", "--output", exported, store=store).returncode == 0
    _, records = read_geojson_records(exported, LIMIT)
    assert len(records) == 3 and all(r.origin == "imported" for r in records)
    data = json.loads(exported.read_text("utf-8"))
    data["features"][1]["geometry"]["coordinates"] = [200.0, 95.0]
    bad = tmp_path / "bad.geojson"
    bad.write_text(json.dumps(data), "utf-8")
    before = store.read_bytes()
    result = run("import", "geojson", bad, store=store)
    assert result.returncode == 1
    assert "bad.geojson" in result.stderr and "feature 1" in result.stderr
    assert "outside lon -180..180" in result.stderr
    assert store.read_bytes() == before


def test_import_is_idempotent_and_csv_export_neutralises_formulas(tmp_path):
    store = tmp_path / "s.gpkg"
    run("import", "acled", DATA / "acled_export.csv", store=store)
    again = run("import", "acled", DATA / "acled_export.csv", store=store)
    assert "0 new" in again.stderr
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", store=store).stdout)))
    assert len(rows) == 3
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert protest["source"].startswith("'=HYPERLINK")
    assert protest["source_text"].startswith("'=cmd")
