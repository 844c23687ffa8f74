"""What only the GeoPackage backend does: GDAL reads it, geometry blobs, one transaction
per write (SQLite's), its lock, and the migration of older files."""

from __future__ import annotations

import math
import sqlite3

import pytest
from conftest import gdal_layer

from events.errors import StoreBusyError
from events.reading.article import parse_article
from events.store import GeoPackageStore
from events.store.gpkg_schema import blobs_as_geojson, encode_geometry

ARTICLE = ("---\npublished: 2024-05-25\ntitle: t\n---\nRussian forces struck Kharkiv with "
           "missiles on Friday, killing four people.\n")  # fmt: skip


@pytest.fixture
def new_store(tmp_path) -> GeoPackageStore:
    """This module's stores are GeoPackages only (conftest's runs every backend)."""
    return GeoPackageStore(tmp_path / "store.gpkg", 2.0)


def _article(text=ARTICLE, article_id="a1"):
    return parse_article(text, where=article_id, article_id=article_id)


def test_gdal_reads_the_store(seeded):
    _, store = seeded
    crs, layer = gdal_layer(store.path, layer="events")
    assert len(layer["event_id"]) == store.count()
    assert crs == "EPSG:4326"
    kinds = {g.geom_type for g in layer["geometry"] if g is not None}
    assert "Point" in kinds and kinds <= {"Point", "Polygon", "MultiPolygon"}


def test_geometry_blob_round_trip():
    point = {"type": "Point", "coordinates": [30.5, 50.4]}
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    assert encode_geometry(None) is None
    (point_back, square_back, nothing), lons, lats = blobs_as_geojson(
        [encode_geometry(point), encode_geometry(square), None]
    )  # the vectorised reader: points as lon/lat only (no dict each)
    assert point_back is None and nothing is None
    assert lons[0] == 30.5 and lats[0] == 50.4 and all(math.isnan(v) for v in lons[1:] + lats[1:])
    assert square_back["type"] == "Polygon"
    assert [list(p) for p in square_back["coordinates"][0]] == square["coordinates"][0]


def test_failure_mid_write_leaves_the_previous_store(empty, monkeypatch):
    pipeline, store = empty
    pipeline.ingest_article(store, _article())
    before = [r.model_dump() for r in store.records()]

    def explode(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(GeoPackageStore, "_touch", explode)  # fails after the rows are written
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


def test_an_old_store_gains_the_review_layer(tmp_path):
    path = tmp_path / "old.gpkg"
    store = GeoPackageStore(path)
    store.create()
    with sqlite3.connect(path) as db:  # as written by a Sitrep without reviews
        db.execute("DROP TABLE reviews")
        db.execute("DROP INDEX events_origin")
        db.execute("ALTER TABLE events DROP COLUMN review")
    assert GeoPackageStore(path).records() == []
    assert GeoPackageStore(path).review_log("x") == []
    with sqlite3.connect(path) as db:
        indexes = {row[1] for row in db.execute("PRAGMA index_list(events)")}
    assert "events_origin" in indexes
