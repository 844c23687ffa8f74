"""Event rows -> an Altair timeline: events per day (per week over spans longer than a
year), stacked by type in the colour-blind-safe palette, with an x-axis brush whose
range (``brush_range``) narrows the rest of the view, and a PNG export.

Events known only to the week or month are counted on their coded (midpoint) date.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping

import altair as alt
import pandas as pd

from maps.style import TYPE_COLOURS

WEEKLY_AFTER_DAYS = 366


def timeline_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Counts per day (or week) and type, with each bucket's end (plain data, testable
    without Altair): a bar spans its whole bucket, so weekly bars stay visible."""
    if frame.empty:
        return pd.DataFrame(columns=["day", "end", "event_type", "events"])
    days = pd.to_datetime(frame["event_date"]).dt.normalize()
    width = pd.Timedelta(days=1)
    if (days.max() - days.min()).days > WEEKLY_AFTER_DAYS:
        days = days - pd.to_timedelta(days.dt.weekday, unit="D")  # the week's Monday
        width = pd.Timedelta(days=7)
    counts = (
        pd.DataFrame({"day": days, "event_type": frame["event_type"]})
        .groupby(["day", "event_type"]).size().rename("events").reset_index()
    )  # fmt: skip
    counts.insert(1, "end", counts["day"] + width)
    return counts


BRUSH = "brush"


def build_timeline(frame: pd.DataFrame, height: int = 180, brush: bool = False) -> alt.Chart:
    """Stacked bars per day (or week); with ``brush``, a drag along the x axis selects a range."""
    counts = timeline_frame(frame)
    present = [t for t in TYPE_COLOURS if t in set(counts["event_type"])]
    present += sorted(set(counts["event_type"]) - set(present))
    scale = alt.Scale(domain=present, range=[TYPE_COLOURS.get(t, "#000000") for t in present])
    data = counts.assign(  # plain ISO dates and strings: what every Vega renderer reads alike
        day=counts["day"].dt.strftime("%Y-%m-%d"), end=counts["end"].dt.strftime("%Y-%m-%d"),
        event_type=counts["event_type"].astype(object))  # fmt: skip
    chart = (
        alt.Chart(data, height=height)
        .mark_bar()
        .encode(
            x=alt.X("day:T", title="Date"),
            x2="end:T",
            y=alt.Y("sum(events):Q", title="Events", stack="zero"),
            color=alt.Color("event_type:N", scale=scale, title="Event type",
                            legend=alt.Legend(orient="bottom", columns=4)),  # fmt: skip
            tooltip=[alt.Tooltip("day:T", title="From", format="%d %b %Y"),
                     alt.Tooltip("event_type:N", title="Type"),
                     alt.Tooltip("sum(events):Q", title="Events")],  # fmt: skip
        )
    )
    if brush:
        chart = chart.add_params(alt.selection_interval(name=BRUSH, encodings=["x"]))
    return chart


def _day(value: object) -> dt.date:
    if isinstance(value, int | float):
        return pd.Timestamp(value, unit="ms").date()
    return pd.Timestamp(str(value)).date()


def brush_range(selection: Mapping | None) -> tuple[dt.date, dt.date] | None:
    """The dates a brush covers, from Streamlit's chart selection state (or None)."""
    chosen = (selection or {}).get(BRUSH) or {}
    for values in chosen.values() if isinstance(chosen, Mapping) else ():
        if isinstance(values, list | tuple) and len(values) == 2:
            try:
                start, end = sorted((_day(values[0]), _day(values[1])))
            except (ValueError, TypeError, OverflowError):
                return None
            return start, end
    return None


def timeline_png(frame: pd.DataFrame, width: int = 900, scale: float = 2.0) -> bytes:
    """The timeline as a PNG (rendered offline by vl-convert)."""
    chart = build_timeline(frame).properties(width=width, title="Sitrep: events over time")
    buffer = io.BytesIO()
    chart.save(buffer, format="png", scale_factor=scale)
    return buffer.getvalue()
