"""The store's contract (events.store.EventStore), run against every backend in
conftest.STORES: creation, idempotent ingest, reviews and their log, imports, reads and
errors. What only the GeoPackage file does is in test_geopackage.py."""

from __future__ import annotations

import datetime as dt
import inspect

import pandas as pd
import pytest

from events.errors import StoreConflictError, StoreError
from events.reading.article import Article, parse_article
from events.records.filters import placed, point_geometry
from events.records.record import Source, make_record
from events.store import EventStore, GeoPackageStore, PostgisStore, ReviewItem

ARTICLE = ("---\npublished: 2024-05-25\ntitle: t\n---\nRussian forces struck Kharkiv with "
           "missiles on Friday, killing four people.\n")  # fmt: skip
KHARKIV = {"type": "Point", "coordinates": [36.25475, 49.98177]}
SQUARE = {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 50]]]}


def _article(text=ARTICLE, article_id="a1"):
    return parse_article(text, where=article_id, article_id=article_id)


def _record(event_id: str, article_id: str = "a1", day: int = 24, **fields):
    values = dict(event_id=event_id, article_id=article_id, event_date=dt.date(2024, 5, day),
                  date_start=dt.date(2024, 5, day), date_end=dt.date(2024, 5, day), time_precision=1,
                  event_type="Battles", sub_event_type="Armed clash", status="occurred",
                  source_text=f"Event {event_id}.", source_span=(day, day + 5), confidence=0.8,
                  geometry=KHARKIV, location="Kharkiv", country="Ukraine")  # fmt: skip
    return make_record(**(values | fields))


def _dataset(name: str = "acled.csv") -> Article:
    """An imported dataset stands in the store as one article without text."""
    return Article(name, "", dt.date(2024, 6, 1), name, "ACLED", None, name, "0" * 64)


@pytest.fixture
def store(new_store) -> EventStore:
    new_store.create()
    return new_store


# --- with extraction (the pipeline writes through the interface) ----------------------


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


def test_records_keep_their_dates(empty):
    pipeline, store = empty
    pipeline.ingest_article(store, _article())
    (record,) = store.records()
    assert record.event_date == dt.date(2024, 5, 24)


# --- literal records --------------------------------------------------------------------


def test_a_new_store_exists_and_is_empty(new_store):
    assert not new_store.exists()
    new_store.create()
    new_store.create()  # created meanwhile: kept
    assert new_store.exists() and new_store.count() == 0 and new_store.records() == []
    new_store.check()
    assert new_store.location


def test_reading_a_missing_store_is_a_clear_error(new_store):
    with pytest.raises(StoreError, match="does not exist"):
        new_store.records()


def test_ingest_counts_and_replaces_an_articles_events(store):
    article = _article()
    first = store.ingest(article, [_record("e1"), _record("e2", day=23)])
    assert first.article_id == "a1"
    assert (first.added, first.updated, first.removed, first.unchanged) == (2, 0, 0, 0)
    again = store.ingest(article, [_record("e1", fatalities=4)])
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 1, 1, 0)
    (kept,) = store.records()
    assert kept.event_id == "e1" and kept.fatalities == 4 and kept.geometry == KHARKIV
    assert [a["article_id"] for a in store.articles()] == ["a1"]


def test_the_version_follows_every_write(store):
    versions = [store.version()]
    store.ingest(_article(), [_record("e1")])
    versions.append(store.version())
    store.add([_record("e2")])
    versions.append(store.version())
    assert len(set(versions)) == 3
    assert store.version() == versions[-1]  # reading changes nothing


def test_reviews_are_logged_and_survive_reextraction(store):
    article = _article()
    one, two, three = _record("e1"), _record("e2", day=23), _record("e3", day=22)
    store.ingest(article, [one, two, three])
    items = [ReviewItem(one.model_copy(update={"review": "accepted", "fatalities": 5}), one,
                        {"fatalities": [None, 5]}),
             ReviewItem(two.model_copy(update={"review": "rejected"}), two, {}),
             ReviewItem(three, three, {})]  # fmt: skip
    assert store.save_review(article, items) == 2  # the untouched event is not logged
    log = store.review_log("a1")
    assert [(row["event_id"], row["decision"]) for row in log] in (
        [("e2", "rejected"), ("e1", "accepted")],
        [("e1", "accepted"), ("e2", "rejected")],
    )
    assert {row["event_id"]: row["changes"] for row in log} == {"e1": {"fatalities": [None, 5]}, "e2": {}}
    assert store.review_log("other") == []
    # re-extracting the article keeps both decisions and removes only the unreviewed event
    result = store.ingest(article, [_record("e1"), _record("e2", day=23)])
    assert (result.unchanged, result.removed) == (2, 1)
    assert [r.event_id for r in store.records()] == ["e1"]  # rejected events leave reads
    assert [(r.event_id, r.review) for r in store.article_records("a1")] == [
        ("e2", "rejected"),
        ("e1", "accepted"),
    ]  # reading order (source spans)
    assert store.records_by_id(["e1"])[0].fatalities == 5


def test_imported_and_extracted_records_are_read_apart(store):
    store.ingest(_article(), [_record("e1")])
    dataset = _dataset()
    source = Source(article_id=dataset.article_id, source="ACLED")
    imported = [_record(f"acled:{n}", dataset.article_id, day=1 + n % 28, origin="imported",
                        sources=[source], fatalities=n) for n in range(30)]  # fmt: skip
    imported[0] = imported[0].model_copy(update={"geometry": SQUARE, "geo_precision": 3})
    imported[1] = imported[1].model_copy(update={"geometry": None})
    result = store.ingest(dataset, imported)
    assert result.added == 30
    assert [r.event_id for r in store.records_where(origin_imported=False)] == ["e1"]
    assert len(store.records_where(origin_imported=True)) == 30
    frame = store.imported_frame()
    assert len(frame) == 30 and "e1" not in set(frame["event_id"])
    assert pd.api.types.is_datetime64_any_dtype(frame["event_date"])
    by_id = frame.set_index("event_id")
    assert by_id.loc["acled:0", "geometry"]["type"] == "Polygon" and pd.isna(by_id.loc["acled:0", "lon"])
    assert by_id.loc["acled:1", "geometry"] is None
    assert by_id.loc["acled:2", "geometry"] is None  # a point: its lon/lat hold it
    assert (by_id.loc["acled:2", "lon"], by_id.loc["acled:2", "lat"]) == (36.25475, 49.98177)
    assert placed(frame).sum() == 29 and point_geometry(by_id.loc["acled:2"]) == KHARKIV
    assert {a["article_id"]: a["has_text"] for a in store.articles()} == {"a1": 1, "acled.csv": 0}


def test_the_imported_frame_keeps_awkward_text_and_empty_columns(store):
    """Text with the characters a bulk reader must escape comes back as it went in; a column
    no row fills reads as None, as in the GeoPackage's columnar copy."""
    dataset = _dataset()
    source = Source(article_id=dataset.article_id, source="ACLED")
    awkward = 'Shelling, "heavy"\nnear the \\N road;\ttab \u00e9\u0646'
    imported = [_record("acled:a", dataset.article_id, origin="imported", sources=[source],
                        source_text=awkward, location="\\N", actor1="", fatalities=2),
                _record("acled:b", dataset.article_id, origin="imported", sources=[source])]  # fmt: skip
    store.ingest(dataset, imported)
    by_id = store.imported_frame().set_index("event_id")
    assert by_id.loc["acled:a", "source_text"] == awkward
    assert by_id.loc["acled:a", "location"] == "\\N" and by_id.loc["acled:b", "location"] == "Kharkiv"
    assert by_id.loc["acled:a", "fatalities"] == 2 and pd.isna(by_id.loc["acled:b", "fatalities"])
    assert by_id["geonameid"].tolist() == [None, None]


def test_many_records_and_articles_by_id(store):
    records = [_record(f"e{n}", f"a{n % 3}") for n in range(2000)]
    articles = [_article(article_id=f"a{n}") for n in range(3)]
    assert store.add(records, articles) == 2000
    assert store.add(records[:1]) == 1 and store.count() == 2000  # same id: replaced
    wanted = [f"e{n}" for n in range(0, 2000, 2)] + ["nope"]
    assert sorted(r.event_id for r in store.records_by_id(wanted)) == sorted(wanted[:-1])
    assert [a.article_id for a in store.articles_by_id(["a2", "a0", "zz"])] == ["a0", "a2"]
    assert store.article("a1").text == articles[1].text
    assert store.article("a1").published == dt.date(2024, 5, 25)
    with pytest.raises(StoreError, match="no article 'zz'"):
        store.article("zz")


def test_every_backend_implements_the_whole_interface():
    declared = {name for name, member in inspect.getmembers(EventStore)
                if getattr(member, "__isabstractmethod__", False)}  # fmt: skip
    assert {"ingest", "save_review", "imported_frame", "version", "location"} <= declared
    assert not GeoPackageStore.__abstractmethods__ and not PostgisStore.__abstractmethods__


# --- a team on one store: concurrent reviewers, and moving between backends ------------


def test_two_reviewers_different_events_both_save_and_the_same_event_conflicts(store):
    article = _article()
    one, two = _record("e1"), _record("e2", day=23)
    store.ingest(article, [one, two])
    opened_by_a = store.article_records("a1")  # both reviewers open the article
    opened_by_b = store.article_records("a1")
    first_a, second_b = opened_by_a[1], opened_by_b[0]  # reading order: e2 (day 23 span) ... e1
    assert {first_a.event_id, second_b.event_id} == {"e1", "e2"}
    a = ReviewItem(first_a.model_copy(update={"review": "accepted"}), first_a, {})
    b = ReviewItem(second_b.model_copy(update={"review": "rejected"}), second_b, {})
    assert store.save_review(article, [a]) == 1 and store.save_review(article, [b]) == 1
    # a third reviewer who opened the article before those saves edits the first event
    stale = opened_by_a[1]
    late = ReviewItem(stale.model_copy(update={"fatalities": 9}), stale, {"fatalities": [None, 9]})
    with pytest.raises(StoreConflictError, match="changed since they were opened"):
        store.save_review(article, [late])
    assert store.records_by_id([stale.event_id])[0].fatalities is None  # nothing written
    assert len(store.review_log("a1")) == 2
    fresh = store.records_by_id([stale.event_id])[0]  # reopened: the save goes through
    again = ReviewItem(fresh.model_copy(update={"fatalities": 9}), fresh, {"fatalities": [None, 9]})
    assert store.save_review(article, [again]) == 1


def test_a_store_copies_to_the_other_backend_and_back(store, tmp_path, request):
    from events.service import copy_store

    store.ingest(_article(), [_record("e1"), _record("e2", day=23)])
    store.ingest(_dataset(), [_record(f"acled:{n}", "acled.csv", origin="imported") for n in range(5)])
    [one] = store.records_by_id(["e1"])
    store.save_review(_article(), [ReviewItem(one.model_copy(update={"review": "rejected"}), one, {})])
    other_kind = "postgis" if isinstance(store, GeoPackageStore) else "geopackage"
    url = request.getfixturevalue("postgres_url")
    from conftest import STORES

    there = STORES[other_kind](tmp_path / "there", url)
    copied = copy_store(store, there)
    assert (copied.articles, copied.events, copied.reviews) == (2, 7, 1)
    assert {r.event_id: r.review for r in there.article_records("a1")} == {
        "e1": "rejected",
        "e2": "unreviewed",
    }
    assert there.review_rows() == store.review_rows()
    back = STORES["postgis" if other_kind == "geopackage" else "geopackage"](tmp_path / "back", url)
    assert copy_store(there, back) == copied
    assert sorted(r.model_dump_json() for r in back.records()) == sorted(
        r.model_dump_json() for r in store.records()
    )
    with pytest.raises(StoreError, match="not empty"):
        copy_store(store, back)


# --- a dataset as one table (ingest_table: `sitrep import acled`) -----------------------


@pytest.mark.parametrize("reindexed", [False, True])
def test_a_records_table_is_ingested_as_its_records_are(new_store, tmp_path, request, monkeypatch, reindexed):
    """ingest_table follows ingest's rules on every backend: counts, reviewed events kept, stale
    ones removed, unchanged ones left, the last of a repeated id winning, an id taken over from
    another article; on PostGIS also through the load that drops and rebuilds the indexes."""
    from conftest import STORES

    from events.store import pg_bulk
    from events.store.tables import records_table

    monkeypatch.setattr(pg_bulk, "REINDEX_FROM", 1 if reindexed else 10**9)
    kind = request.node.callspec.params["new_store"]
    url = request.getfixturevalue("postgres_url") if kind == "postgis" else None
    by_records, by_table = new_store, STORES[kind](tmp_path / "table", url)
    dataset, other = _dataset(), _article()

    def row(n: int, **fields):
        return _record(f"acled:{n}", dataset.article_id, day=1 + n, origin="imported", **fields)

    first = [row(n) for n in range(6)]
    changed = [row(0, fatalities=3), row(1, fatalities=7), row(3), row(4, fatalities=1), row(4, fatalities=2),
               row(5), row(6)]  # fmt: skip
    outcomes = []
    for store in (by_records, by_table):
        store.create()
        store.ingest(other, [_record("acled:5")])  # the dataset takes this id over
        ingest = store.ingest
        if store is by_table:
            ingest = lambda a, rs, s=store: s.ingest_table(a, records_table(rs))  # noqa: E731
        results = [ingest(dataset, first[:5]), ingest(dataset, first)]  # new ids, then one taken over
        [one] = store.records_by_id(["acled:1"])
        store.save_review(dataset, [ReviewItem(one.model_copy(update={"review": "accepted"}), one, {})])
        results.append(ingest(dataset, changed))
        records = sorted(r.model_dump_json() for r in store.records())
        outcomes.append(([(r.added, r.updated, r.removed, r.unchanged) for r in results], records))
    assert outcomes[0] == outcomes[1]
    counts, records = outcomes[1]
    assert counts == [(5, 0, 0, 0), (1, 0, 0, 5), (1, 3, 1, 3)]
    assert '"fatalities":2' in next(r for r in records if '"acled:4"' in r)  # the last of a repeated id
    assert by_table.records_by_id(["acled:1"])[0].review == "accepted"
    if kind == "postgis":  # every index is there again after a load that rebuilt them
        import psycopg

        with psycopg.connect(by_table.url) as db:
            names = {n for (n,) in db.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'events'"
                                              " AND schemaname = current_schema()")}  # fmt: skip
        assert {"events_geom", "events_article", "events_date", "events_origin", "events_shapes"} <= names
