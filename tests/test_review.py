"""Review: editable rows -> validated records with decisions; the store keeps decisions,
edits and the record as it was; re-extraction never overrides a person."""

from __future__ import annotations

import datetime as dt

import pytest

from events.reading.article import parse_article
from events.records.review import ReviewError, apply_review, review_rows
from events.service import load_frame

ARTICLE = ("---\npublished: 2024-05-25\ntitle: t\n---\nRussian forces struck Kharkiv with "
           "missiles on Friday, killing four people. Shelling hit Kherson on Thursday, "
           "wounding two residents.\n")  # fmt: skip


@pytest.fixture
def drafted(empty, gazetteer):
    pipeline, store = empty
    article = parse_article(ARTICLE, where="a1", article_id="a1")
    records = pipeline.extract(article)
    assert [r.location for r in records] == ["Kharkiv", "Kherson"]
    return store, article, records, gazetteer


def test_rows_round_trip_without_changes(drafted):
    store, article, records, gazetteer = drafted
    items = apply_review(records, review_rows(records), gazetteer)
    assert [i.changes for i in items] == [{}, {}]
    assert [i.record for i in items] == records


@pytest.mark.parametrize(("edit", "check"), [
    ({"fatalities": 5}, lambda r: r.fatalities == 5),
    ({"event_date": dt.date(2024, 5, 20)},
     lambda r: (r.event_date, r.date_start, r.date_end, r.time_precision)
     == (dt.date(2024, 5, 20),) * 3 + (1,)),
    ({"location": "Odesa"},
     lambda r: r.location == "Odesa" and r.admin1 == "Odesa" and 30 < r.geometry["coordinates"][0] < 31),
    ({"latitude": 49.0, "longitude": 36.0},
     lambda r: r.geometry == {"type": "Point", "coordinates": [36.0, 49.0]} and r.geo_precision == 1
     and r.gazetteer_id is None),
    ({"location": None, "latitude": None, "longitude": None}, lambda r: r.geometry is None),
    ({"event_type": "Battles", "sub_event_type": "Armed clash"},
     lambda r: (r.event_type, r.sub_event_type) == ("Battles", "Armed clash")),
])  # fmt: skip
def test_edits_become_valid_records(drafted, edit, check):
    _, _, records, gazetteer = drafted
    rows = review_rows(records)
    rows[0].update(edit)
    item = apply_review(records, rows, gazetteer)[0]
    assert check(item.record), item.record
    assert item.record.origin == "edited" and set(item.changes) == set(edit)
    assert item.before == records[0]
    assert item.record.source_text == records[0].source_text  # provenance is kept


@pytest.mark.parametrize(("edit", "message"), [
    ({"latitude": 95.0}, "outside"),
    ({"location": "Qwxzyville"}, "not in the gazetteer"),
    ({"sub_event_type": "Peaceful protest"}, "unknown event type"),
    ({"fatalities": -3}, "fatalities"),
    ({"event_date": "2024-02-30"}, "not YYYY-MM-DD"),
    ({"decision": "maybe"}, "decision 'maybe'"),
])  # fmt: skip
def test_bad_edits_name_the_event_and_value(drafted, edit, message):
    _, _, records, gazetteer = drafted
    rows = review_rows(records)
    rows[1].update(edit)
    with pytest.raises(ReviewError, match=message) as caught:
        apply_review(records, rows, gazetteer)
    assert "event 2 (Kherson)" in str(caught.value)


def test_saved_review_is_logged_and_survives_reextraction(drafted, empty):
    store, article, records, gazetteer = drafted
    pipeline, _ = empty
    rows = review_rows(records)
    rows[0].update(decision="accept", fatalities=5)
    rows[1].update(decision="reject")
    assert store.save_review(article, apply_review(records, rows, gazetteer)) == 2
    log = store.review_log("a1")
    assert [(e["decision"], e["changes"]) for e in reversed(log)] == [
        ("accepted", {"fatalities": [4, 5]}),
        ("rejected", {}),
    ]
    original = store.review_rows()[0]["original"]  # the log keeps the record as extracted
    assert '"fatalities":4' in original
    # the rejected event leaves the map, the table and exports, but stays in the store
    assert [r.location for r in store.records()] == ["Kharkiv"]
    assert list(load_frame(store)["location"]) == ["Kharkiv"]
    assert len(store.article_records("a1")) == 2
    # re-extracting the article changes nothing a person decided
    outcome = pipeline.ingest_article(store, article)
    assert outcome.result.unchanged == 2
    kept = {r.location: r for r in store.article_records("a1")}
    assert kept["Kharkiv"].fatalities == 5 and kept["Kherson"].review == "rejected"
