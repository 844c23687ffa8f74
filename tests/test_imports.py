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
from events.exchange.acled_table import read_acled_table
from events.exchange.imports import read_csv_records, read_geojson_records
from events.store.tables import records_table

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
    with pytest.raises(ArticleError) as by_columns:
        read_acled_table(path, LIMIT)
    assert str(by_columns.value) == str(caught.value)


def same_by_columns(path: Path) -> str:
    """Read by rows and by columns: the same error, or the same records (their JSON byte for byte,
    their flat columns and points); returns the error or "same"."""
    try:
        _, records = read_csv_records(path, "acled", LIMIT)
    except ArticleError as exc:
        with pytest.raises(ArticleError) as caught:
            read_acled_table(path, LIMIT)
        assert str(caught.value) == str(exc)
        return str(exc)
    article, table = read_acled_table(path, LIMIT)
    assert article.article_id == f"import-acled-{path.stem}"
    expected = records_table(records)
    for name in expected.column_names:
        assert table.column(name).to_pylist() == expected.column(name).to_pylist(), name
    return "same"


AWKWARD = [  # (column, value): values the columns vouch for, and values only the row path judges
    ("notes", 'He said "no"\nthen\tleft \\ é\u2028\x01'), ("notes", ""), ("event_id_cnty", 'X"1'),
    ("event_date", "2023-08-14T10:00:00"), ("event_date", "1/2/2023"), ("event_date", "0999-01-01"),
    ("event_date", "20230814"), ("event_date", " 14/08/2023"), ("time_precision", "2.0"),
    ("time_precision", " 3 "), ("fatalities", ""), ("fatalities", "1e1"), ("fatalities", "nan"),
    ("fatalities", "inf"),
    ("geo_precision", "+1"), ("latitude", " 49.9 "), ("latitude", "1e-5"), ("latitude", "-90"),
    ("longitude", "180.0000001"), ("latitude", ""), ("inter1", "²"), ("inter1", " 9"), ("inter1", "abc"),
    ("civilian_targeting", " "), ("source", ""), ("actor2", " "), ("event_id_cnty", "X" * 59),
    ("event_type", "Battles"), ("sub_event_type", "Peaceful protest"),
]  # fmt: skip


@pytest.mark.parametrize(("column", "value"), AWKWARD)
def test_the_columns_read_what_the_rows_read(tmp_path, column, value):
    """One awkward value in the second row: the columnar reader gives what the row reader gives."""
    rows = list(csv.reader(io.StringIO((DATA / "acled_export.csv").read_text("utf-8"))))
    rows[2][rows[0].index(column)] = value
    path = tmp_path / "awkward.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    same_by_columns(path)


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: t.replace(",1692000000\n", ",1692000000,extra\n", 1),  # a cell too many
        lambda t: t.replace(",,1692000000\n", ",1692000000\n", 1),  # one too few: blank, as csv reads it
        lambda t: t.replace("notes,fatalities", "notes,notes"),  # a repeated column name
        lambda t: t.split("\n")[0] + "\n",  # a header only
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "\ufeff" + t,
        lambda t: t.replace('"On 14 August', '"On 14\nAugust'),  # a newline inside a quoted cell
        lambda t: t.replace("Kharkiv,49.9808", '"Khar""kiv"x,49.9808'),  # text after a closing quote
        lambda t: t.replace("Kharkiv,49.9808", 'Khar"kiv,49.9808'),  # a quote inside a cell
        lambda t: t.replace("TST2", "TST1"),  # a repeated id
    ],
)
def test_files_only_the_row_reader_may_read_alike_give_its_answer(tmp_path, edit):
    path = tmp_path / "odd.csv"
    path.write_bytes(edit((DATA / "acled_export.csv").read_text("utf-8")).encode("utf-8"))
    same_by_columns(path)


def test_a_million_rows_are_not_needed_to_see_the_table_is_the_records(tmp_path):
    """Many rows of every event type, outlets and blank places: the table is the records'."""
    from events.records.record import taxonomy

    pairs = [(kind, sub) for kind, subs in taxonomy().items() for sub in subs]
    header = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
              "actor2", "inter1", "inter2", "country", "admin1", "location", "latitude", "longitude",
              "geo_precision", "source", "notes", "fatalities", "civilian_targeting"]  # fmt: skip
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(header)
        for n in range(3000):
            kind, sub = pairs[n % len(pairs)]
            day = dt.date(2020, 1, 1) + dt.timedelta(days=n % 900)
            point = ("", "") if n % 7 == 0 else (f"{45 + n % 97 / 7:.5f}", f"{30 + n % 89 / 3:.4f}")
            out.writerow([f"N{n}", day.strftime("%d/%m/%Y") if n % 2 else day.isoformat(), 1 + n % 3,
                          kind, sub, f"Actor {n % 11}", "" if n % 3 else "Civilians", n % 9, "",
                          "Ukraine", "" if n % 5 == 0 else f"Oblast {n % 24}", f"Place {n % 300}",
                          *point, 1 + n % 3, ["", "Ukrinform", "Telegram"][n % 3],
                          f"Report {n}: \"quoted\"" if n % 13 == 0 else f"Report {n}.", n % 5,
                          "Civilian targeting" if n % 4 == 0 else ""])  # fmt: skip
    assert same_by_columns(path) == "same"


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
