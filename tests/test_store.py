"""The GeoPackage store: creation, idempotent ingest, GDAL compatibility, failures."""

from __future__ import annotations

import datetime as dt
import math
import sqlite3

import pyogrio
import pytest

from events.article import parse_article
from events.errors import StoreBusyError, StoreError
from events.gpkg import blobs_as_geojson, encode_geometry
from events.store import EventStore

ARTICLE = ("---\npublished: 2024-05-25\ntitle: t\n---\nRussian forces struck Kharkiv with "
           "missiles on Friday, killing four people.\n")  # fmt: skip


def _article(text=ARTICLE, article_id="a1"):
    return parse_article(text, where=article_id, article_id=article_id)


def test_first_use_creates_a_seeded_store(seeded):
    _, store = seeded
    assert store.count() >= 4
    assert [a["article_id"] for a in store.articles()] == ["seed-2025-12-28"]


def test_reingest_adds_nothing(empty):
    pipeline, store = empty
    first = pipeline.ingest_article(store, _article())
    again = pipeline.ingest_article(store, _article())
    assert first.result.added == 1 and store.count() == 1
    assert (again.result.added, again.result.updated, again.result.unchanged) == (0, 0, 1)


def test_reingest_of_an_edited_article_replaces_its_events(empty):
    pipeline, store = empty
    pipeline.ingest_article(store, _article())
    edited = ARTICLE.replace("Kharkiv", "Odesa")
    outcome = pipeline.ingest_article(store, _article(edited))
    assert outcome.result.removed == 1
    assert [r.location for r in store.records()] == ["Odesa"]


def test_gdal_reads_the_store(seeded):
    _, store = seeded
    frame = pyogrio.read_dataframe(store.path, layer="events")
    assert len(frame) == store.count()
    assert frame.crs.to_epsg() == 4326
    assert set(frame.geometry.geom_type.dropna()) <= {"Point", "Polygon", "MultiPolygon"}


def test_geometry_blob_round_trip():
    point = {"type": "Point", "coordinates": [30.5, 50.4]}
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    assert encode_geometry(None) is None
    (point_back, square_back, nothing), lons, lats = blobs_as_geojson(
        [encode_geometry(point), encode_geometry(square), None])  # the vectorised reader
    assert point_back == point and nothing is None
    assert lons[0] == 30.5 and lats[0] == 50.4 and all(math.isnan(v) for v in lons[1:] + lats[1:])
    assert square_back["type"] == "Polygon"
    assert [list(p) for p in square_back["coordinates"][0]] == square["coordinates"][0]


def test_failure_mid_write_leaves_the_previous_store(empty, monkeypatch):
    pipeline, store = empty
    pipeline.ingest_article(store, _article())
    before = [r.model_dump() for r in store.records()]

    def explode(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(EventStore, "_touch", explode)  # fails after the rows are written
    with pytest.raises(RuntimeError):
        pipeline.ingest_article(store, _article(ARTICLE.replace("Kharkiv", "Odesa"), "a2"))
    monkeypatch.undo()
    assert [r.model_dump() for r in store.records()] == before
    store.check()


def test_busy_store_reports_instead_of_hanging(empty):
    pipeline, store = empty
    store.lock_timeout = 0.2
    blocker = sqlite3.connect(store.path)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusyError, match="busy"):
            pipeline.ingest_article(store, _article())
    finally:
        blocker.rollback()
        blocker.close()


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        EventStore(tmp_path / "nope.gpkg").records()


def test_records_keep_their_dates(empty):
    pipeline, store = empty
    pipeline.ingest_article(store, _article())
    (record,) = store.records()
    assert record.event_date == dt.date(2024, 5, 24)
