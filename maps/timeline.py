"""Event rows -> an Altair timeline that respects the precision of each date.

Bars count events per day, week or month (the bin follows the span shown: BIN_RULES),
stacked by type in the colour-blind-safe palette. An event known to the day counts in its
bin; an event known only to the week or month (ACLED time_precision 2-3, or any range) is
spread evenly over the days of its range and drawn paler, so it is never shown as a point
in time. Ticks are dates. An x-axis brush selects a range (``brush_range``) that narrows
the rest of the view; ``timeline_png`` exports it.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Mapping

import altair as alt
import numpy as np
import pandas as pd

from maps.style import TYPE_COLOURS

# (longest span in days shown with this bin, bin, tick format)
BIN_RULES = ((92, "day", "%d %b"), (730, "week", "%d %b %Y"), (math.inf, "month", "%b %Y"))
EXACT, APPROXIMATE = "the day", "the week or month, spread over it"
COLUMNS = ["start", "end", "event_type", "known_to", "events"]
MAX_TICKS = 10
TICK_STEPS = {"day": (1, 2, 7, 14), "week": (1, 2, 4, 8, 13, 26), "month": (1, 2, 3, 6, 12, 24, 60)}
FREQUENCY = {"day": "D", "week": "W-MON", "month": "MS"}
BRUSH = "brush"


def timeline_bin(first: pd.Timestamp, last: pd.Timestamp) -> tuple[str, str]:
    """The bin ('day', 'week' or 'month') and tick format for a span of dates."""
    days = (last - first).days + 1
    return next((unit, fmt) for longest, unit, fmt in BIN_RULES if days <= longest)


def bin_start(days: pd.Series, unit: str) -> pd.Series:
    """The start of each date's bin: the day, its week's Monday, or its month's first day."""
    days = pd.to_datetime(days).dt.normalize()
    if unit == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if unit == "month":
        return days.dt.to_period("M").dt.start_time
    return days


def _bin_end(starts: pd.Series, unit: str) -> pd.Series:
    if unit == "month":
        return starts + pd.offsets.MonthBegin(1)
    return starts + pd.Timedelta(days=7 if unit == "week" else 1)


def _exact_days(frame: pd.DataFrame) -> pd.Series:
    """Which events are known to the day (precision 1, or a one-day range)."""
    precision = pd.to_numeric(frame.get("time_precision", pd.Series(1, index=frame.index)), errors="coerce")
    same_day = frame["date_start"].dt.normalize() == frame["date_end"].dt.normalize()
    return precision.fillna(1).eq(1) | same_day


def _spread(frame: pd.DataFrame, unit: str) -> pd.DataFrame:
    """Approximate events spread over the days of their range: (bin start, type, share)."""
    ranges = frame.groupby(["date_start", "date_end", "event_type"], observed=True)["n"].sum().reset_index()
    ranges = ranges.rename(columns={"n": 0})
    starts = ranges["date_start"].dt.normalize().to_numpy()
    lengths = ((ranges["date_end"].dt.normalize() - ranges["date_start"].dt.normalize()).dt.days + 1).clip(1)
    repeat = lengths.to_numpy()
    offsets = np.arange(repeat.sum()) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    days = pd.Series(np.repeat(starts, repeat) + offsets.astype("timedelta64[D]"))
    return pd.DataFrame(
        {
            "start": bin_start(days, unit).to_numpy(),
            "event_type": np.repeat(ranges["event_type"].to_numpy(), repeat),
            "events": np.repeat((ranges[0] / lengths).to_numpy(), repeat),
        }
    )


def timeline_frame(frame: pd.DataFrame, unit: str | None = None) -> pd.DataFrame:
    """Events per bin, type and precision (plain data, testable without Altair): start, end,
    event_type, known_to (EXACT or APPROXIMATE), events (a share for spread events).
    ``frame``: one row per event, or per group of events with their number in an ``events``
    column (what a store's view counts: events.store.views)."""
    if frame.empty:
        return pd.DataFrame(columns=COLUMNS)
    frame = pd.DataFrame(  # only the columns read here: no copy of the others
        {
            "event_date": frame["event_date"],
            "date_start": pd.to_datetime(frame.get("date_start", frame["event_date"])),
            "date_end": pd.to_datetime(frame.get("date_end", frame["event_date"])),
            "event_type": frame["event_type"],
            "n": pd.to_numeric(frame["events"]).astype(float) if "events" in frame else 1.0,
            **({"time_precision": frame["time_precision"]} if "time_precision" in frame else {}),
        }
    )
    unit = unit or timeline_bin(frame["date_start"].min(), frame["date_end"].max())[0]
    exact = _exact_days(frame)
    parts = []
    if exact.any():
        known = frame[exact]
        parts.append(
            pd.DataFrame(
                {
                    "start": bin_start(known["event_date"], unit).to_numpy(),
                    "event_type": known["event_type"].array,
                    "events": known["n"].to_numpy(),
                    "known_to": EXACT,
                }
            )
        )
    if (~exact).any():
        parts.append(_spread(frame[~exact], unit).assign(known_to=APPROXIMATE))
    counts = pd.concat(parts).groupby(["start", "event_type", "known_to"], observed=True)["events"].sum()
    counts = counts.reset_index()
    counts.insert(1, "end", _bin_end(counts["start"], unit))
    return counts[COLUMNS]


def tick_dates(first: pd.Timestamp, last: pd.Timestamp, unit: str) -> list[pd.Timestamp]:
    """Tick dates: bin starts (Mondays for weeks), every few bins so at most ~MAX_TICKS; months
    on calendar multiples (January and July for every six)."""
    starts = pd.date_range(first, last, freq=FREQUENCY[unit])
    steps = TICK_STEPS[unit]
    step = next((k for k in steps if k >= len(starts) / MAX_TICKS), steps[-1])
    if unit == "month":
        return (
            [d for d in starts if (d.month - 1) % step == 0]
            if step <= 12
            else [d for d in starts if d.month == 1 and d.year % (step // 12) == 0]
        )
    return list(starts[::step])


def _axis(first: pd.Timestamp, last: pd.Timestamp, unit: str, fmt: str) -> alt.Axis:
    """Date ticks at bin starts, never hours."""
    values = [alt.DateTime(year=d.year, month=d.month, date=d.day) for d in tick_dates(first, last, unit)]
    return alt.Axis(format=fmt, values=values, labelOverlap=True, title="Date")


def build_timeline(frame: pd.DataFrame, height: int = 180, brush: bool = False) -> alt.Chart:
    """Stacked bars per bin; approximate dates paler. With ``brush``, a drag along the x
    axis selects a range."""
    counts = timeline_frame(frame)
    present = [t for t in TYPE_COLOURS if t in set(counts["event_type"])]
    present += sorted(set(counts["event_type"]) - set(present))
    scale = alt.Scale(domain=present, range=[TYPE_COLOURS.get(t, "#000000") for t in present])
    if len(counts):
        unit, fmt = timeline_bin(counts["start"].min(), counts["end"].max() - pd.Timedelta(days=1))
        first, last = counts["start"].min(), counts["end"].max()
    else:
        unit, fmt, first, last = "day", "%d %b", pd.Timestamp.today().normalize(), pd.Timestamp.today()
    data = counts.assign(  # plain ISO dates and strings: what every Vega renderer reads alike
        start=counts["start"].dt.strftime("%Y-%m-%d"),
        end=counts["end"].dt.strftime("%Y-%m-%d"),
        event_type=counts["event_type"].astype(object),
        known_to=counts["known_to"].astype(object),
        order=(counts["known_to"] == APPROXIMATE).astype(int),
    )
    domain = [first.strftime("%Y-%m-%d"), last.strftime("%Y-%m-%d")]
    chart = (
        alt.Chart(data, height=height)
        .mark_bar()
        .encode(
            x=alt.X("start:T", axis=_axis(first, last, unit, fmt), scale=alt.Scale(domain=domain)),
            x2="end:T",
            y=alt.Y("sum(events):Q", title=f"Events per {unit}", stack="zero"),
            color=alt.Color(
                "event_type:N",
                scale=scale,
                title="Event type",
                legend=alt.Legend(orient="bottom", columns=4, labelLimit=0),
            ),
            opacity=alt.Opacity(
                "known_to:N",
                title="Date known to",
                scale=alt.Scale(domain=[EXACT, APPROXIMATE], range=[1.0, 0.4]),
                legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=0),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("start:T", title="From", format="%d %b %Y"),
                alt.Tooltip("event_type:N", title="Type"),
                alt.Tooltip("known_to:N", title="Date known to"),
                alt.Tooltip("sum(events):Q", title="Events", format=".1f"),
            ],
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
