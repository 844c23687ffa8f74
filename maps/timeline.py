"""Event rows -> an Altair timeline: events per day (per week over spans longer than a
year), stacked by type in the colour-blind-safe palette.

Events known only to the week or month are counted on their coded (midpoint) date.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from maps.style import TYPE_COLOURS

WEEKLY_AFTER_DAYS = 366


def timeline_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Counts per day and type (plain data, testable without Altair)."""
    if frame.empty:
        return pd.DataFrame(columns=["day", "event_type", "events"])
    days = pd.to_datetime(frame["event_date"]).dt.normalize()
    if (days.max() - days.min()).days > WEEKLY_AFTER_DAYS:
        days = days - pd.to_timedelta(days.dt.weekday, unit="D")  # the week's Monday
    counts = (
        pd.DataFrame({"day": days, "event_type": frame["event_type"]})
        .groupby(["day", "event_type"]).size().rename("events").reset_index()
    )  # fmt: skip
    return counts


def build_timeline(frame: pd.DataFrame, height: int = 180) -> alt.Chart:
    counts = timeline_frame(frame)
    present = [t for t in TYPE_COLOURS if t in set(counts["event_type"])]
    present += sorted(set(counts["event_type"]) - set(present))
    scale = alt.Scale(domain=present, range=[TYPE_COLOURS.get(t, "#000000") for t in present])
    return (
        alt.Chart(counts, height=height)
        .mark_bar()
        .encode(
            x=alt.X("yearmonthdate(day):T", title="Date"),
            y=alt.Y("sum(events):Q", title="Events per day or week"),
            color=alt.Color("event_type:N", scale=scale, title="Event type",
                            legend=alt.Legend(orient="bottom", columns=4)),  # fmt: skip
            tooltip=[alt.Tooltip("yearmonthdate(day):T", title="Date"),
                     alt.Tooltip("event_type:N", title="Type"),
                     alt.Tooltip("sum(events):Q", title="Events")],  # fmt: skip
        )
    )
