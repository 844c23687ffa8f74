"""The dashboard's questions (events.store.views) give the same answers on every backend: the
GeoPackage answers from its frame in pandas, PostGIS in SQL for its imported events beside
the extracted ones in pandas. One store of each (STORES) holds the same events: the bundled
example articles (extracted: ranges, areas, several sources), a synthetic ACLED export
(points, no place, week and month precision, two countries, admin-1s missing), the UCDP
sample, and imported areas; each filter of a table is asked of both."""

from __future__ import annotations

import csv
import datetime as dt
import random
import re

import pandas as pd
import pytest
from conftest import STORES, TESTS

from events import DATA_DIR
from events.exchange.imports import read_csv_records
from events.records.filters import MENTIONS_SQL, NO_FILTER, EventFilter, apply_filter, where_sql
from events.records.trends import region_keys, region_trends
from events.service import Pipeline, load_view
from events.settings import load_settings
from events.store.views import CELL_KEYS, CombinedView, FrameView
from maps.aggregate import cells_of, grid_step
from maps.event_map import map_layers
from maps.timeline import timeline_frame

TIMELINE = ("event_date", "date_start", "date_end", "time_precision", "event_type")
TRENDS = ("event_date", "country", "admin1")
PLACES = {"Ukraine": [("Kharkiv", 49.98, 36.25), ("Donetsk", 48.0, 37.8), (None, 50.45, 30.52)],
          "Sudan": [("Khartoum", 15.5, 32.56), ("Darfur", 13.0, 24.0)]}  # fmt: skip
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Protests", "Peaceful protest"), ("Violence against civilians", "Attack")]  # fmt: skip
ACTORS = ["Military Forces of Russia (2000-)", "Rapid Support Forces", "Protesters (Sudan)"]


def _write_acled(path, rows: int = 400) -> None:
    rng = random.Random(7)
    header = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
              "actor1", "inter1", "actor2", "inter2", "country", "admin1", "location", "latitude",
              "longitude", "geo_precision", "source", "notes", "fatalities"]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(header)
        for n in range(rows):
            country = rng.choice(list(PLACES))
            admin1, lat, lon = rng.choice(PLACES[country])
            kind, sub = rng.choice(TYPES)
            day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(200))
            placed = n % 17 != 0
            out.writerow([f"V{n}", day.isoformat(), day.year, rng.choice([1, 1, 2, 3]), kind, sub,
                          rng.choice(ACTORS), 1, rng.choice(["", ACTORS[0]]), "", country, admin1 or "",
                          f"{admin1 or 'Kyiv'} town {n % 5}",
                          f"{lat + rng.uniform(-2, 2):.4f}" if placed else "",
                          f"{lon + rng.uniform(-2, 2):.4f}" if placed else "", rng.choice([1, 2, 3]),
                          "Wire", f"Event {n}: shelling near the {'River' if n % 3 else 'market'}.",
                          rng.choice([0, 0, 1, 3, 12])])  # fmt: skip


@pytest.fixture(scope="module")
def views(tmp_path_factory, gazetteer, request):
    """{backend: the store's view} for stores of every backend holding the same events."""
    folder = tmp_path_factory.mktemp("views")
    acled = folder / "acled.csv"
    _write_acled(acled)
    settings = load_settings(
        {"store": folder / "unused.gpkg", "example_dir": DATA_DIR / "articles"}, environ={}
    )
    out = {}
    for name, make in STORES.items():
        url = request.getfixturevalue("postgres_url") if name == "postgis" else None
        store = Pipeline(settings, gazetteer).open_store(make(tmp_path_factory.mktemp(name), url))
        for path, kind in ((acled, "acled"), (TESTS / "data" / "imports" / "ucdp_ged.csv", "ucdp")):
            store.ingest(*read_csv_records(path, kind, 10**8))
        areas = [r for r in store.records() if r.geometry and r.geometry["type"] != "Point"]
        store.add([r.model_copy(update={"event_id": f"area:{k}", "origin": "imported", "article_id": "areas"})
                   for k, r in enumerate(areas * 3)])  # fmt: skip
        store.after_import()
        out[name] = load_view(store)
    assert isinstance(out["postgis"], CombinedView) and isinstance(out["geopackage"], FrameView)
    return out


FILTERS = [
    NO_FILTER,
    EventFilter(event_types=("Battles", "Protests")),
    EventFilter(sub_event_types=("Air/drone strike",)),
    EventFilter(actors=("Military Forces of Russia (2000-)",)),
    EventFilter(statuses=("occurred",)),
    EventFilter(countries=("Sudan",)),
    EventFilter(admin1s=("Kharkiv", "Darfur")),
    EventFilter(region="Ukraine"),
    EventFilter(region="Ukraine/Donetsk"),
    EventFilter(geo_precisions=(2, 3)),
    EventFilter(review_below=0.9),
    EventFilter(date_from=dt.date(2024, 3, 1)),
    EventFilter(date_to=dt.date(2024, 2, 10)),
    EventFilter(date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 4, 30), event_types=("Battles",)),
    EventFilter(min_fatalities=3),
    EventFilter(text="RIVER"),
    EventFilter(text="market", countries=("Ukraine",), min_fatalities=1),
    EventFilter(event_types=("Riots",)),  # none
]
IDS = [repr({k: v for k, v in vars(f).items() if v not in ((), "", 0, 0.0, None)}) or "all" for f in FILTERS]


def _same_groups(a: pd.DataFrame, b: pd.DataFrame, keys) -> None:
    a, b = a.reset_index(drop=True), b.reset_index(drop=True)
    assert list(a.columns) == list(b.columns)
    assert len(a) == len(b)
    for column in a.columns:
        if column in keys or column == "events":
            assert a[column].astype(object).where(a[column].notna(), None).tolist() == \
                   b[column].astype(object).where(b[column].notna(), None).tolist(), column  # fmt: skip
        else:
            assert a[column].astype(float).tolist() == pytest.approx(b[column].astype(float).tolist()), column


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_tallies_counts_and_groups_are_the_same_on_every_backend(views, f):
    gpkg, pg = views["geopackage"], views["postgis"]
    assert gpkg.total() == pg.total() > 400
    assert gpkg.tally(f) == pg.tally(f)
    for column in ("event_type", "sub_event_type", "actor1", "country", "admin1", "status"):
        assert gpkg.counts(column, f).to_dict() == pg.counts(column, f).to_dict(), column
        assert list(gpkg.counts(column, f).index) == list(pg.counts(column, f).index), column
    for keys in (TIMELINE, TRENDS, ("country", "admin1")):
        _same_groups(gpkg.groups(keys, f), pg.groups(keys, f), keys)


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_rows_and_ids_are_the_same_on_every_backend(views, f):
    gpkg, pg = views["geopackage"], views["postgis"]
    assert gpkg.event_ids(f) == pg.event_ids(f)
    for limit in (None, 25, 450):
        assert gpkg.rows(f, limit)["event_id"].tolist() == pg.rows(f, limit)["event_id"].tolist()
        by_confidence = [v.rows(f, limit, by_confidence=True) for v in (gpkg, pg)]
        assert by_confidence[0]["event_id"].tolist() == by_confidence[1]["event_id"].tolist()
    assert pg.rows(f)["event_id"].tolist() == apply_filter(gpkg.frame, f)["event_id"].tolist()
    assert sorted(gpkg.area_rows(f)["event_id"]) == sorted(pg.area_rows(f)["event_id"])


BOUNDS = [None, [[48.0, 34.0], [51.0, 39.0]], [[10.0, 20.0], [20.0, 35.0]]]


@pytest.mark.parametrize("bounds", BOUNDS, ids=["everywhere", "eastern-ukraine", "sudan"])
@pytest.mark.parametrize("f", FILTERS[:8], ids=IDS[:8])
def test_map_cells_and_points_are_the_same_on_every_backend(views, f, bounds):
    gpkg, pg = views["geopackage"], views["postgis"]
    (n, box), (m, other) = gpkg.points(f, bounds), pg.points(f, bounds)
    assert n == m
    assert (box is None) == (other is None) and (box is None or box == pytest.approx(other))
    assert gpkg.point_rows(f, bounds)["event_id"].tolist() == pg.point_rows(f, bounds)["event_id"].tolist()
    if not n:
        return
    step = grid_step(bounds, box)
    _same_groups(gpkg.cell_groups(f, step, bounds), pg.cell_groups(f, step, bounds), CELL_KEYS)
    cells = [cells_of(v.cell_groups(f, step, bounds), step) for v in (gpkg, pg)]
    drawn = [
        [(c["count"], c["fatalities"], c["types"], c["places"], c["bounds"]) for c in found]
        for found in cells
    ]
    assert drawn[0] == drawn[1]
    centres = [[v for c in found for v in (c["lon"], c["lat"])] for found in cells]
    assert centres[0] == pytest.approx(centres[1])
    assert sum(c["count"] for c in cells[0]) == n


@pytest.mark.parametrize("f", FILTERS[:4], ids=IDS[:4])
def test_the_map_timeline_and_trends_built_from_either_backend_are_the_same(views, f):
    gpkg, pg = views["geopackage"], views["postgis"]
    for markers in (10, 3_000):  # cells, then every event as itself
        rendered = [[_layer_text(g) for g in map_layers(v, f, max_markers=markers)] for v in (gpkg, pg)]
        assert rendered[0] == rendered[1]
    timelines = [timeline_frame(v.groups(TIMELINE, f)) for v in (gpkg, pg)]
    pd.testing.assert_frame_equal(timelines[0], timelines[1])
    frame = apply_filter(gpkg.frame, f)
    pd.testing.assert_frame_equal(timelines[0], timeline_frame(frame), check_dtype=False)  # as from rows
    for level in ("country", "admin1"):
        trends = [region_trends(v.groups(TRENDS, f), level, days=28) for v in (gpkg, pg)]
        pd.testing.assert_frame_equal(trends[0].reset_index(drop=True), trends[1].reset_index(drop=True))
        from_rows = region_trends(frame, level, days=28).reset_index(drop=True)
        pd.testing.assert_frame_equal(trends[0].reset_index(drop=True), from_rows, check_dtype=False)
    regions = [region_keys(v.groups(("country", "admin1"))) for v in (gpkg, pg)]
    assert regions[0] == regions[1] == region_keys(gpkg.frame)


def _layer_text(group) -> list:
    """A layer group's name and its children's rows (cells and markers: their JSON arrays,
    rounded as drawn)."""
    return [group.layer_name, *[getattr(child, "rows_json", type(child).__name__)
                                for child in group._children.values()]]  # fmt: skip


def test_the_extent_is_the_same_on_every_backend(views):
    assert views["geopackage"].extent() == pytest.approx(views["postgis"].extent())


def test_every_filter_has_its_sql_and_it_keeps_what_apply_filter_keeps():
    """where_sql joins each set filter's clause; the comparisons above run them on a server."""
    sql, params = where_sql(EventFilter(event_types=("Battles",), region="Ukraine/Kharkiv", text=" Shell "))
    assert sql == "(event_type = ANY(%s)) AND (country = %s AND admin1 = %s) AND (" + MENTIONS_SQL + ")"
    assert "upper(coalesce(source_text, '') || ' ' || coalesce(notes, ''))" in MENTIONS_SQL
    assert params == [["Battles"], "Ukraine", "Kharkiv", "Shell"]
    assert where_sql(NO_FILTER) == ("TRUE", [])


def test_a_frame_view_answers_as_its_frame(views):
    """The GeoPackage's answers are its frame's (as the dashboard read them before views)."""
    gpkg = views["geopackage"]
    frame = gpkg.frame
    assert gpkg.tally(NO_FILTER).events == len(frame)
    assert gpkg.tally(NO_FILTER).places == frame["location"].dropna().nunique()
    assert gpkg.counts("event_type").sum() == frame["event_type"].notna().sum()
    kharkiv = EventFilter(admin1s=("Kharkiv",))
    assert gpkg.tally(kharkiv).fatalities == int(apply_filter(frame, kharkiv)["fatalities"].fillna(0).sum())


def _page_queries(views, monkeypatch, f: EventFilter) -> list[str]:
    """The statements PostGIS runs for one view of the page, shown twice (a rerun, another session)."""
    imported = views["postgis"].second
    queries = []
    execute = imported._execute
    monkeypatch.setattr(
        imported, "_execute", lambda db, sql, params: queries.append(sql) or execute(db, sql, params)
    )
    bounds = [[10.0, 20.0], [55.0, 40.0]]
    for _ in range(2):
        views["postgis"].tally(f)
        for column in ("event_type", "sub_event_type"):
            views["postgis"].counts(column, f)
        for keys in (TIMELINE, TRENDS):
            views["postgis"].groups(keys, f)
        map_layers(views["postgis"], f, max_markers=10, view=bounds)
    return queries


def test_a_filter_change_the_summaries_cannot_answer_reads_the_events_twice_and_a_rerun_not_at_all(
    views, monkeypatch
):
    """A filter on fatalities (not kept in the summaries): the totals, places, types, sub-types,
    timeline and trend sums in one scan of the events, the map's cells in a second; the same
    page again in none."""
    queries = _page_queries(
        views, monkeypatch, EventFilter(event_types=("Battles", "Protests"), min_fatalities=1)
    )
    assert len(queries) == 2, queries
    assert "GROUPING SETS" in queries[0] and "floor((CASE WHEN" in queries[1]
    assert all(" FROM events " in q for q in queries)


def test_a_filter_change_the_summaries_answer_never_reads_the_events(views, monkeypatch):
    """A filter on types and status: the sums from the dated summary, the places and the map's cells from the
    summary of places (events.store.pg_summaries); the same page again reads nothing."""
    f = EventFilter(event_types=("Battles", "Protests"), statuses=("occurred",))  # asked by no other test
    queries = _page_queries(views, monkeypatch, f)
    assert len(queries) == 3, queries
    assert "FROM event_days" in queries[0] and "GROUPING SETS" in queries[0]
    assert "FROM event_places" in queries[1] and "FROM event_places" in queries[2]
    assert not any(" FROM events " in q for q in queries)


COUNTED = ("event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "status", "location")
GROUPED = (TIMELINE, TRENDS, ("country", "admin1"), ("event_type", "location"), ("event_date",))


def _answers(view, f: EventFilter) -> dict:
    out = {"total": view.total(), "extent": view.extent(), "tally": view.tally(f)}
    out |= {column: view.counts(column, f).to_dict() for column in COUNTED}
    out |= {keys: view.groups(keys, f) for keys in GROUPED}
    for n, bounds in enumerate(BOUNDS):
        out[("points", n)] = view.points(f, bounds)
        out |= {("cells", n, step): view.cell_groups(f, step, bounds) for step in (0.5, 2.0)}
    return out


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_the_summaries_answer_as_the_events_do(views, f, monkeypatch):
    """Every answer read from the summaries is the one a scan of the events gives."""
    from events.store import pg_views

    store = views["postgis"].second.store
    summarised = _answers(pg_views.PostgisView(store), f)
    monkeypatch.setattr(pg_views, "FRESH", "SELECT false")  # as if a write had made them stale
    scanned = _answers(pg_views.PostgisView(store), f)
    assert set(summarised) == set(scanned)
    for key, value in summarised.items():
        if isinstance(value, pd.DataFrame):
            _same_groups(scanned[key], value, CELL_KEYS if key[0] == "cells" else key)
        elif key == "extent":
            assert scanned[key] == pytest.approx(value)
        elif isinstance(key, tuple) and key[0] == "points":
            (n, box), (m, other) = scanned[key], value
            assert (
                n == m and (box is None) == (other is None) and (box is None or box == pytest.approx(other))
            )
        else:
            assert scanned[key] == value, key


def test_every_filter_says_which_columns_it_reads():
    """A summary answers a filter only when it keeps the columns the filter reads: a new filter
    must say which (events.store.pg_summaries.FILTER_COLUMNS)."""
    from events.records.filters import FILTERS as ROWS
    from events.store.gpkg_schema import FLAT_COLUMNS
    from events.store.pg_summaries import DAYS, FILTER_COLUMNS, PLACES

    assert set(FILTER_COLUMNS) == {row.field for row in ROWS}
    assert all(set(columns) <= set(FLAT_COLUMNS) for columns in FILTER_COLUMNS.values())
    for f in FILTERS:
        sql = where_sql(f)[0]
        for summary in (DAYS, PLACES):
            if summary.answers(f):  # every column its SQL names is one the summary keeps
                named = {c for c in FLAT_COLUMNS if re.search(rf"\b{c}\b", sql)}
                assert named <= summary.columns, (f, summary.table)
    assert not DAYS.answers(EventFilter(min_fatalities=1)) and not PLACES.answers(EventFilter(text="x"))
    assert DAYS.answers(EventFilter(date_from=dt.date(2024, 1, 1))) and not PLACES.answers(
        EventFilter(date_from=dt.date(2024, 1, 1))
    )
