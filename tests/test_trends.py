"""Trends and surges per region (events.records.trends), table-driven on small frames."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from events.records.trends import WEEKS, change_text, region_keys, region_trends, surges

END = dt.date(2025, 12, 28)


def _frame(rows: list[tuple[str, str | None, int, int]]) -> pd.DataFrame:
    """(country, admin1, days before END, fatalities) per event."""
    return pd.DataFrame({
        "country": [r[0] for r in rows], "admin1": [r[1] for r in rows],
        "event_date": [pd.Timestamp(END) - pd.Timedelta(days=r[2]) for r in rows],
        "fatalities": [r[3] for r in rows],
    })  # fmt: skip


FRAME = _frame(
    [("Ukraine", "Kharkiv", d, 1) for d in (0, 1, 2, 3, 4, 5)]  # 6 this week
    + [("Ukraine", "Kharkiv", d, 0) for d in (8, 9)]  # 2 the week before: +200%
    + [("Ukraine", "Donetsk", d, 2) for d in (0, 1, 2)]  # 3 this week
    + [("Ukraine", "Donetsk", d, 0) for d in (7, 8, 9, 10)]  # 4 before: -25%
    + [("Sudan", "North Darfur", d, 5) for d in (0, 1, 2, 3, 4)]  # 5 this week, none before: new
    + [("Sudan", None, 30, 0)]  # no admin-1: counted for the country only
)


def test_events_and_fatalities_against_the_previous_period():
    trends = region_trends(FRAME, "admin1", days=7).set_index("region")
    assert trends.loc["Ukraine/Kharkiv", ["events", "events_before", "fatalities"]].tolist() == [6, 2, 6]
    assert trends.loc["Ukraine/Kharkiv", "change"] == pytest.approx(2.0)
    assert trends.loc["Ukraine/Donetsk", "change"] == pytest.approx(-0.25)
    assert pd.isna(trends.loc["Sudan/North Darfur", "change"])  # nothing before: no ratio
    assert trends.loc["Sudan/North Darfur", "fatalities"] == 25
    assert list(trends.index[:2]) == ["Ukraine/Kharkiv", "Sudan/North Darfur"]  # most events first
    weekly = trends.loc["Ukraine/Kharkiv", "weekly"]
    assert len(weekly) == WEEKS and weekly[-1] == 6 and weekly[-2] == 2  # oldest first


def test_country_level_and_longer_periods():
    trends = region_trends(FRAME, "country", days=28).set_index("region")
    assert trends.loc["Ukraine", "events"] == 15 and trends.loc["Ukraine", "events_before"] == 0
    assert trends.loc["Sudan", ["events", "events_before"]].tolist() == [5, 1]


@pytest.mark.parametrize(
    ("min_events", "expected"),
    [(1, {"Ukraine/Kharkiv", "Sudan/North Darfur"}),  # doubled, or new; Donetsk fell
     (6, {"Ukraine/Kharkiv"}), (7, set())],
)  # fmt: skip
def test_surges_need_a_doubling_and_enough_events(min_events, expected):
    found = surges(region_trends(FRAME, "admin1", days=7), min_events)
    assert set(found["region"]) == expected


def test_empty_and_unknown_levels():
    assert region_trends(FRAME.iloc[0:0], "admin1").empty
    with pytest.raises(ValueError, match="trend level"):
        region_trends(FRAME, "oblast")


def test_region_keys_most_events_first():
    keys = region_keys(FRAME)
    assert keys[0] == "Ukraine" and "Ukraine/Kharkiv" in keys and "Sudan/North Darfur" in keys


@pytest.mark.parametrize(
    ("now", "before", "text"), [(6, 2, "+200%"), (3, 4, "-25%"), (5, 0, "new"), (2, 2, "+0%")]
)
def test_change_is_written_for_people(now, before, text):
    assert change_text(now, before) == text
    assert (
        region_trends(FRAME, "admin1").set_index("region").loc["Ukraine/Kharkiv", "label"]
        == "Kharkiv, Ukraine"
    )
