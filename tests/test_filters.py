"""EventFilter: apply, describe and URL round trip, table-driven on a literal frame."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from events.errors import SitrepError
from events.records.filters import (
    FILTERS,
    EventFilter,
    apply_filter,
    describe_filter,
    from_query_params,
    region_key,
    region_label,
    split_region,
    to_query_params,
)

COLUMNS = ("event_id", "date_start", "date_end", "event_type", "sub_event_type", "actor1", "actor2",
           "status", "country", "admin1", "geo_precision", "fatalities", "confidence", "review",
           "source_text", "notes")  # fmt: skip
ROWS = [
    ("kharkiv", "2024-05-24", "2024-05-24", "Explosions/Remote violence", "Shelling/artillery/missile attack",
     "Military Forces of Russia (2000-)", "Civilians (Ukraine)", "occurred", "Ukraine", "Kharkiv", 1, 4,
     0.79, "unreviewed", "Russian forces struck Kharkov with two ballistic missiles.", ""),
    ("pokrovsk", "2024-09-02", "2024-09-08", "Battles", "Armed clash",
     "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", "claimed", "Ukraine",
     "Donetsk", 2, None, 0.55, "unreviewed", "Fighting near Pokrovsk continued.", "week precision"),
    ("el-fasher", "2024-09-10", "2024-09-10", "Explosions/Remote violence", "Air/drone strike",
     "Rapid Support Forces", None, "occurred", "Sudan", "North Darfur", 1, 12, 0.9, "accepted",
     "A drone struck a market in El Fasher.", ""),
    ("omdurman", "2024-09-20", "2024-09-20", "Battles", "Armed clash", "Military Forces of Sudan (2019-)",
     "Rapid Support Forces", "occurred", "Sudan", "Khartoum", 2, 3, 0.4, "unreviewed",
     "Clashes broke out in Omdurman.", ""),
    ("tbilisi", "2024-12-01", "2024-12-01", "Protests", "Peaceful protest", "Protesters (Georgia)", None,
     "occurred", "Georgia", "Tbilisi", 1, 0, 0.8, "unreviewed", "Thousands rallied in Tbilisi.",
     "Also in Batumi."),
    ("paris", "2024-12-03", "2024-12-03", "Diplomacy", "Meeting", None, None, "planned", None, None, None,
     None, 0.7, "unreviewed", "Ministers will meet in Paris.", ""),
]  # fmt: skip


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    frame = pd.DataFrame(ROWS, columns=COLUMNS)
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


# (filter, the events that pass, how it reads after "n of 6 events: ")
CASES = [
    (EventFilter(), {"kharkiv", "pokrovsk", "el-fasher", "omdurman", "tbilisi", "paris"}, None),
    (EventFilter(event_types=("Protests",)), {"tbilisi"}, "Protests"),
    (EventFilter(event_types=("Battles", "Protests")), {"pokrovsk", "omdurman", "tbilisi"},
     "Battles or Protests"),
    (EventFilter(sub_event_types=("Armed clash",)), {"pokrovsk", "omdurman"}, "sub-type Armed clash"),
    (EventFilter(actors=("Rapid Support Forces",)), {"el-fasher", "omdurman"},
     "involving Rapid Support Forces"),
    (EventFilter(statuses=("claimed", "planned")), {"pokrovsk", "paris"}, "status claimed or planned"),
    (EventFilter(countries=("Sudan",)), {"el-fasher", "omdurman"}, "in Sudan"),
    (EventFilter(admin1s=("Tbilisi",)), {"tbilisi"}, "in Tbilisi"),
    (EventFilter(countries=("Sudan",), admin1s=("Khartoum",)), {"omdurman"}, "in Khartoum or Sudan"),
    (EventFilter(region="Sudan"), {"el-fasher", "omdurman"}, "in the region Sudan"),
    (EventFilter(region="Ukraine/Kharkiv"), {"kharkiv"}, "in the region Kharkiv, Ukraine"),
    (EventFilter(region="Ukraine/Nowhere"), set(), "in the region Nowhere, Ukraine"),
    (EventFilter(region="Tbilisi"), set(), "in the region Tbilisi"),  # an admin-1 alone is no country
    (EventFilter(geo_precisions=(2,)), {"pokrovsk", "omdurman"}, "geo-precision 2"),
    (EventFilter(geo_precisions=(1, 2), event_types=("Battles",)), {"pokrovsk", "omdurman"},
     "Battles, geo-precision 1 or 2"),
    (EventFilter(review_below=0.6), {"pokrovsk", "omdurman"}, "needing review (confidence below 0.6)"),
    (EventFilter(review_below=1.0), {"kharkiv", "pokrovsk", "omdurman", "tbilisi", "paris"},
     "needing review (confidence below 1)"),  # el-fasher is reviewed already
    (EventFilter(date_from=dt.date(2024, 9, 5)), {"pokrovsk", "el-fasher", "omdurman", "tbilisi", "paris"},
     "from 2024-09-05"),  # pokrovsk's week overlaps
    (EventFilter(date_to=dt.date(2024, 9, 5)), {"kharkiv", "pokrovsk"}, "until 2024-09-05"),
    (EventFilter(date_from=dt.date(2024, 9, 1), date_to=dt.date(2024, 9, 30)),
     {"pokrovsk", "el-fasher", "omdurman"}, "from 2024-09-01 to 2024-09-30"),
    (EventFilter(min_fatalities=4), {"kharkiv", "el-fasher"}, "with at least 4 fatalities"),
    (EventFilter(text="batumi"), {"tbilisi"}, "mentioning 'batumi'"),  # notes too, any case
    (EventFilter(text="  Omdurman "), {"omdurman"}, "mentioning 'Omdurman'"),
    (EventFilter(date_from=dt.date(2024, 1, 1), event_types=("Battles",), min_fatalities=3),
     {"omdurman"}, "Battles, from 2024-01-01, with at least 3 fatalities"),
    (EventFilter(event_types=("Riots",), region="Sudan", text="x", statuses=("denied",)), set(),
     "Riots, status denied, in the region Sudan, mentioning 'x'"),
]  # fmt: skip


@pytest.mark.parametrize(("f", "passing", "words"), CASES)
def test_apply(frame, f, passing, words):
    assert set(apply_filter(frame, f)["event_id"]) == passing


@pytest.mark.parametrize(("f", "passing", "words"), CASES)
def test_describe(frame, f, passing, words):
    shown = len(apply_filter(frame, f))
    expected = "All 6 events." if words is None else f"{shown} of 6 events: {words}."
    assert describe_filter(f, shown, len(frame)) == expected


@pytest.mark.parametrize(("f", "passing", "words"), CASES)
def test_url_round_trip(f, passing, words):
    params = to_query_params(f)
    assert all(isinstance(v, str) or all(isinstance(i, str) for i in v) for v in params.values())
    assert from_query_params(params) == f


def test_describe_counts():
    assert describe_filter(EventFilter(), 1, 1) == "All 1 event."
    assert describe_filter(EventFilter(), 0, 4) == "0 of 4 events."


def test_every_field_is_one_row_of_the_table():
    fields = [f.name for f in dataclasses.fields(EventFilter)]
    assert sorted(row.field for row in FILTERS) == sorted(fields)
    params = [row.param for row in FILTERS]
    assert len(set(params)) == len(params)


def test_every_field_is_in_the_cases():
    """Each row of the table is exercised by a case above that sets it."""
    defaults = EventFilter()
    tested = {row.field for f, _, _ in CASES for row in FILTERS if row.value(f) != row.value(defaults)}
    assert tested == {row.field for row in FILTERS}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, EventFilter()),
        ({"type": "Battles"}, EventFilter(event_types=("Battles",))),  # one value, not a list
        ({"geo": ["1", "3"]}, EventFilter(geo_precisions=(1, 3))),
        ({"from": ["2024-01-01", "2024-02-01"]}, EventFilter(date_from=dt.date(2024, 2, 1))),  # the last
        ({"min_fat": "-3"}, EventFilter()),  # clamped to 0
        ({"review": "7"}, EventFilter(review_below=1.0)),  # clamped to 1
        ({"q": "x" * 500}, EventFilter(text="x" * 200)),  # cut to 200 characters
        ({"unknown": "1"}, EventFilter()),
    ],
)
def test_url_values_are_read_and_bounded(params, expected):
    assert from_query_params(params) == expected


@pytest.mark.parametrize(
    "params", [{"from": "2024-02-30"}, {"geo": ["1", "x"]}, {"min_fat": "many"}, {"review": "high"}]
)
def test_bad_url_values_raise_the_projects_error(params):
    with pytest.raises(SitrepError, match="bad filter in the URL"):
        from_query_params(params)


def test_regions_are_named_and_read_plainly():
    params = to_query_params(EventFilter(region=region_key("Ukraine", "Kharkiv")))
    assert params == {"region": "Ukraine/Kharkiv"}
    assert split_region("Côte d'Ivoire/Vallée du Bandama/Nord") == ("Côte d'Ivoire", "Vallée du Bandama/Nord")
    assert region_label(region_key("Sudan")) == "Sudan"
    assert region_label("Ukraine/Kharkiv") == "Kharkiv, Ukraine"


def test_review_queue_of_a_frame_without_decisions(frame):
    """A frame with no review column (records never reviewed) queues on confidence alone."""
    queue = apply_filter(frame.drop(columns=["review"]), EventFilter(review_below=0.85))
    assert set(queue["event_id"]) == {"kharkiv", "pokrovsk", "omdurman", "tbilisi", "paris"}
