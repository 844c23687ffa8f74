"""The columnar copy of imported events: same frame as the store's, rebuilt when the
imports change, ignored when damaged."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from events.exchange.imports import read_csv_records
from events.store import GeoPackageStore

DATA = Path(__file__).resolve().parent / "data" / "imports"


def _store(tmp_path) -> GeoPackageStore:
    store = GeoPackageStore(tmp_path / "s.gpkg")
    store.create()
    for name, kind in (("acled_export.csv", "acled"), ("ucdp_ged.csv", "ucdp")):
        store.ingest(*read_csv_records(DATA / name, kind, 10_000_000))
    return store


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a["event_id"]) == list(b["event_id"])
    assert a["geometry"].tolist() == b["geometry"].tolist()
    pd.testing.assert_series_equal(a["fatalities"], b["fatalities"], check_dtype=False)
    assert a["location"].fillna("").tolist() == b["location"].fillna("").tolist()


def test_the_copy_gives_the_same_frame_and_follows_the_imports(tmp_path):
    store = _store(tmp_path)
    direct = store.imported_frame(cached=False)
    first = store.imported_frame()  # builds the copy beside the store
    (copy,) = tmp_path.glob("s.gpkg.imported-*.parquet")
    second = store.imported_frame()  # reads it
    _same(direct, first)
    _same(direct, second)
    article, records = read_csv_records(DATA / "acled_export.csv", "acled", 10_000_000)
    store.ingest(article, [r.model_copy(update={"fatalities": 99}) for r in records])  # re-import
    third = store.imported_frame()
    assert 99 in set(third["fatalities"]) and not copy.exists()  # a new copy; the old one gone
    assert len(list(tmp_path.glob("*.parquet"))) == 1


def test_a_damaged_copy_is_rebuilt(tmp_path):
    store = _store(tmp_path)
    store.imported_frame()
    (copy,) = tmp_path.glob("*.parquet")
    copy.write_bytes(b"not parquet")
    _same(store.imported_frame(cached=False), store.imported_frame())
