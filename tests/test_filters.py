"""EventFilter: apply, describe and URL round trip (table-driven)."""

from __future__ import annotations

import datetime as dt

import pytest

from events.errors import SitrepError
from events.filters import (
    EventFilter,
    apply_filter,
    describe_filter,
    from_query_params,
    records_frame,
    region_key,
    region_label,
    split_region,
    to_query_params,
)


@pytest.fixture(scope="module")
def frame(pipeline):
    from conftest import ARTICLES

    records = []
    for name in ("kharkiv-missiles", "bryansk-odessa-texas", "sudan-el-fasher", "georgia-protests",
                 "gaza-rafah", "paris-talks", "pokrovsk-front"):  # fmt: skip
        records += pipeline.extract(pipeline.read(ARTICLES / f"{name}.md", None))
    return records_frame(records)


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (EventFilter(event_types=("Protests",)), {"Protests"}),
        (EventFilter(event_types=("Battles", "Protests")), {"Battles", "Protests"}),
        (EventFilter(min_fatalities=10), {"Explosions/Remote violence"}),
        (EventFilter(text="Batumi"), {"Protests"}),
    ],
)
def test_apply(frame, f, expected):
    assert set(apply_filter(frame, f)["event_type"]) == expected


def test_date_range_keeps_overlapping_events(frame):
    view = apply_filter(frame, EventFilter(date_from=dt.date(2024, 9, 1),
                                           date_to=dt.date(2024, 9, 30)))  # fmt: skip
    assert len(view) and (view["date_end"] >= "2024-09-01").all()
    assert (view["date_start"] <= "2024-09-30").all()


def test_describe():
    f = EventFilter(date_from=dt.date(2024, 1, 1), event_types=("Battles",), min_fatalities=5)
    assert describe_filter(f, 3, 10) == (
        "3 of 10 events: Battles, from 2024-01-01, with at least 5 fatalities.")  # fmt: skip
    assert describe_filter(EventFilter(), 4, 4) == "All 4 events."


def test_query_params_round_trip():
    f = EventFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 2, 1),
                    event_types=("Battles", "Riots"), statuses=("claimed",), text="Kyiv",
                    min_fatalities=3)  # fmt: skip
    assert from_query_params(to_query_params(f)) == f
    assert from_query_params({}) == EventFilter()


def test_bad_query_params_raise_the_projects_error():
    with pytest.raises(SitrepError, match="bad filter"):
        from_query_params({"from": "2024-02-30"})


def test_round_trip_of_every_field():
    f = EventFilter(sub_event_types=("Armed clash",), actors=("Rapid Support Forces",),
                    countries=("Sudan",), admin1s=("Khartoum",), geo_precisions=(1, 2),
                    review_below=0.6)  # fmt: skip
    params = to_query_params(f)
    assert all(isinstance(v, str) or all(isinstance(i, str) for i in v) for v in params.values())
    assert from_query_params(params) == f


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (EventFilter(actors=("Rapid Support Forces",)), {"Explosions/Remote violence", "Battles"}),
        (EventFilter(admin1s=("Tbilisi",)), {"Protests"}),
        (EventFilter(geo_precisions=(2,), event_types=("Battles",)), {"Battles"}),
    ],
)
def test_more_fields(frame, f, expected):
    assert set(apply_filter(frame, f)["event_type"]) == expected


def test_review_queue_leaves_out_reviewed_events(frame):
    queue = apply_filter(frame, EventFilter(review_below=1.0))
    assert len(queue) == len(frame)
    decided = frame.assign(review=["accepted"] + ["unreviewed"] * (len(frame) - 1))
    assert len(apply_filter(decided, EventFilter(review_below=1.0))) == len(frame) - 1


@pytest.mark.parametrize(
    ("region", "expected"),
    [("Georgia", {"Protests"}), ("Georgia/Tbilisi", {"Protests"}), ("Georgia/Nowhere", set()),
     ("Tbilisi", set())],  # an admin-1 alone is no country
)  # fmt: skip
def test_region_filter(frame, region, expected):
    assert set(apply_filter(frame, EventFilter(region=region))["event_type"]) == expected


def test_region_round_trips_through_the_url_and_reads_plainly():
    f = EventFilter(region=region_key("Ukraine", "Kharkiv"), event_types=("Battles",))
    params = to_query_params(f)
    assert params["region"] == "Ukraine/Kharkiv"
    assert from_query_params(params) == f
    assert describe_filter(f, 2, 9) == "2 of 9 events: Battles, in the region Kharkiv, Ukraine."
    assert split_region("Côte d'Ivoire/Vallée du Bandama/Nord") == ("Côte d'Ivoire", "Vallée du Bandama/Nord")
    assert region_label(region_key("Sudan")) == "Sudan"
