"""Trends and surges per region (country or admin-1), in the spirit of ACLED's alerts.

For each region: events and fatalities in the latest period (``days`` long, ending at the
last event date in view) and in the period before, the change between them, and the
events of each of the last WEEKS weeks. A surge is a region whose events rose by at least
``min_rise`` (1.0 = 100%) to at least ``min_events``; a region with none before counts as
new. Events are dated by their coded date (the midpoint for week or month precision, as
ACLED codes them). Regions are keyed as filters.region_key names them.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from events.records.filters import region_key, region_label

WEEKS = 12
LEVELS = ("country", "admin1")
COLUMNS = [
    "region",
    "label",
    "change_text",
    "country",
    "admin1",
    "events",
    "events_before",
    "change",
    "fatalities",
    "fatalities_before",
    "fatalities_change",
    "weekly",
]


def period_end(frame: pd.DataFrame, end: dt.date | None = None) -> pd.Timestamp:
    """The last day of the latest period: ``end`` or the view's last coded date."""
    return pd.Timestamp(end) if end is not None else frame["event_date"].max().normalize()


def change_text(now: int, before: int) -> str:
    """'+150%', '-25%', or 'new' when there was nothing before."""
    return "new" if before == 0 else f"{(now - before) / before:+.0%}"


def _change(now: pd.Series, before: pd.Series) -> pd.Series:
    """Relative change (0.5 = +50%); NaN where there was nothing before."""
    return (now - before) / before.where(before > 0)


def _keys(frame: pd.DataFrame, level: str) -> pd.Series:
    country = frame["country"].fillna("").astype(str)
    if level == "country":
        return country
    admin1 = frame["admin1"].fillna("").astype(str)
    return pd.Series([region_key(c, a) for c, a in zip(country, admin1, strict=True)], index=frame.index)


def region_trends(
    frame: pd.DataFrame, level: str = "country", days: int = 7, end: dt.date | None = None
) -> pd.DataFrame:
    """One row per region with events in the last WEEKS weeks (see COLUMNS), most events in
    the latest period first (ties by region). ``frame``: one row per event, or per group of
    events with their number in an ``events`` column and their summed ``fatalities`` (what a
    store's view counts: events.store.views)."""
    if level not in LEVELS:
        raise ValueError(f"trend level {level!r}: not one of {LEVELS}")
    if frame.empty:
        return pd.DataFrame(columns=COLUMNS)
    last = period_end(frame, end)
    age = (last - frame["event_date"].dt.normalize()).dt.days  # 0 on the last day
    horizon = max(2 * days, 7 * WEEKS)
    recent = frame[(age >= 0) & (age < horizon)]
    if level == "admin1":
        recent = recent[recent["admin1"].notna()]
    if recent.empty:
        return pd.DataFrame(columns=COLUMNS)
    age = age[recent.index]
    table = pd.DataFrame(
        {
            "region": _keys(recent, level),
            "country": recent["country"],
            "admin1": recent["admin1"] if level == "admin1" else None,
            "fatalities": pd.to_numeric(recent["fatalities"], errors="coerce").fillna(0),
            "n": recent["events"] if "events" in recent else 1,
            "now": age < days,
            "before": (age >= days) & (age < 2 * days),
            "week": WEEKS - 1 - (age // 7),
        }
    )
    table = table[table["region"] != ""]
    table = table.assign(now_n=table["n"] * table["now"], before_n=table["n"] * table["before"])
    grouped = table.groupby("region", sort=False)
    out = pd.DataFrame(
        {
            "country": grouped["country"].first(),
            "admin1": grouped["admin1"].first(),
            "events": grouped["now_n"].sum(),
            "events_before": grouped["before_n"].sum(),
            "fatalities": table[table["now"]].groupby("region")["fatalities"].sum(),
            "fatalities_before": table[table["before"]].groupby("region")["fatalities"].sum(),
        }
    ).fillna({"fatalities": 0, "fatalities_before": 0})
    out = out.astype({"events": int, "events_before": int, "fatalities": int, "fatalities_before": int})
    out["change"] = _change(out["events"], out["events_before"])
    out["fatalities_change"] = _change(out["fatalities"], out["fatalities_before"])
    out["weekly"] = _weekly(table[table["week"] >= 0])
    out = out.reset_index().rename(columns={"index": "region"})
    out["label"] = [region_label(r) for r in out["region"]]
    out["change_text"] = [change_text(a, b) for a, b in zip(out["events"], out["events_before"], strict=True)]
    out["weekly"] = [w if isinstance(w, list) else [0] * WEEKS for w in out["weekly"]]
    out = out.sort_values(
        ["events", "events_before", "region"], ascending=[False, False, True], kind="stable"
    )
    return out[COLUMNS]


def _weekly(table: pd.DataFrame) -> pd.Series:
    """Region -> events in each of the last WEEKS weeks, oldest first."""
    counts = table.groupby(["region", "week"])["n"].sum()
    series = {}
    for region, weeks in counts.groupby(level=0):
        values = np.zeros(WEEKS, dtype=int)
        values[weeks.index.get_level_values(1).to_numpy(dtype=int)] = weeks.to_numpy()
        series[region] = values.tolist()
    return pd.Series(series, dtype=object)


def surges(trends: pd.DataFrame, min_events: int, min_rise: float = 1.0) -> pd.DataFrame:
    """The regions whose events rose by ``min_rise`` or more (or were none before) to at
    least ``min_events`` in the latest period, most events first."""
    if trends.empty:
        return trends
    rose = trends["events"] >= (1 + min_rise) * trends["events_before"]
    return trends[(trends["events"] >= max(1, min_events)) & rose]


def region_keys(frame: pd.DataFrame, limit: int = 600) -> list[str]:
    """The frame's countries and admin-1 regions (region keys), most events first, ties by
    key. ``frame``: one row per event, or per (country, admin1) with an ``events`` count."""
    if frame.empty:
        return []
    table = frame[["country", "admin1"]].assign(n=frame["events"] if "events" in frame else 1)
    table = table[table["country"].notna()]
    pairs = table[table["admin1"].notna()]
    keys = pd.concat(
        [
            table.groupby("country")["n"].sum(),
            pd.Series(pairs["n"].to_numpy(), index=[region_key(c, a) for c, a in zip(
                pairs["country"], pairs["admin1"], strict=True)], dtype="int64"),
        ]
    )  # fmt: skip
    totals = keys.groupby(level=0).sum().reset_index()
    totals.columns = ["key", "n"]
    totals = totals.sort_values(["n", "key"], ascending=[False, True], kind="stable")
    return [str(k) for k in totals["key"].iloc[:limit]]
