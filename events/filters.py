"""Filters are data: a frozen EventFilter, a pure apply_filter, a plain-English description,
and a round trip through URL query parameters so that a view is a shareable link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import pandas as pd

from events.errors import SitrepError


@dataclass(frozen=True)
class EventFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1s: tuple[str, ...] = ()
    geo_precisions: tuple[int, ...] = ()
    min_fatalities: int = 0
    text: str = ""
    review_below: float = 0.0  # > 0: only unreviewed events whose confidence is below this
    region: str = ""  # one country ("Ukraine") or admin-1 ("Ukraine/Kharkiv"): see region_key


REGION_SEPARATOR = "/"


def region_key(country: str, admin1: str | None = None) -> str:
    """A region as the filter and the URL name it: "Ukraine", or "Ukraine/Kharkiv"."""
    return f"{country}{REGION_SEPARATOR}{admin1}" if admin1 else str(country)


def split_region(region: str) -> tuple[str, str | None]:
    """Inverse of region_key (a country name never holds the separator; an admin-1 may)."""
    country, _, admin1 = region.partition(REGION_SEPARATOR)
    return country, admin1 or None


def region_label(region: str) -> str:
    """How people read a region key: "Kharkiv, Ukraine"."""
    country, admin1 = split_region(region)
    return f"{admin1}, {country}" if admin1 else country


def records_frame(records: Iterable) -> pd.DataFrame:
    """EventRecords -> one row each (all fields; dates as datetime64)."""
    rows = [r.model_dump(mode="json") for r in records]
    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame(columns=["event_id", "event_date", "date_start", "date_end",
                                      "event_type", "status", "country", "fatalities",
                                      "source_text", "notes", "geometry"])  # fmt: skip
    for column in ("event_date", "date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def with_points(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with ``lon``/``lat`` columns for point events (NaN otherwise), computed
    once so that maps and filters never walk the geometry dicts again."""
    if {"lon", "lat"} <= set(frame.columns):
        return frame
    coords = [g["coordinates"][:2] if isinstance(g, dict) and g.get("type") == "Point" else (None, None)
              for g in frame.get("geometry", pd.Series([], dtype=object))]  # fmt: skip
    lon = [c[0] for c in coords]
    lat = [c[1] for c in coords]
    return frame.assign(lon=pd.to_numeric(pd.Series(lon, index=frame.index, dtype=object)),
                        lat=pd.to_numeric(pd.Series(lat, index=frame.index, dtype=object)))  # fmt: skip


def apply_filter(frame: pd.DataFrame, f: EventFilter) -> pd.DataFrame:
    """Rows of ``frame`` that pass ``f`` (an event passes a date range it overlaps)."""
    mask = pd.Series(True, index=frame.index)
    if f.date_from is not None:
        mask &= frame["date_end"] >= pd.Timestamp(f.date_from)
    if f.date_to is not None:
        mask &= frame["date_start"] <= pd.Timestamp(f.date_to)
    if f.event_types:
        mask &= frame["event_type"].isin(f.event_types)
    if f.sub_event_types:
        mask &= frame["sub_event_type"].isin(f.sub_event_types)
    if f.actors:
        mask &= frame["actor1"].isin(f.actors) | frame["actor2"].isin(f.actors)
    if f.statuses:
        mask &= frame["status"].isin(f.statuses)
    if f.countries:
        mask &= frame["country"].isin(f.countries)
    if f.admin1s:
        mask &= frame["admin1"].isin(f.admin1s)
    if f.geo_precisions:
        mask &= frame["geo_precision"].isin(f.geo_precisions)
    if f.region:
        country, admin1 = split_region(f.region)
        mask &= frame["country"] == country
        if admin1 is not None:
            mask &= frame["admin1"] == admin1
    if f.review_below > 0:  # the review queue: low confidence, not yet reviewed
        mask &= frame["confidence"] < f.review_below
        if "review" in frame:
            mask &= frame["review"].fillna("unreviewed") == "unreviewed"
    if f.min_fatalities > 0:
        mask &= frame["fatalities"].fillna(0) >= f.min_fatalities
    if f.text.strip():
        needle = f.text.strip()
        haystack = frame["source_text"].fillna("") + " " + frame["notes"].fillna("")
        mask &= haystack.str.contains(needle, case=False, regex=False)
    return frame[mask]


def describe_filter(f: EventFilter, shown: int, total: int) -> str:
    """'3 of 9 events: Explosions/Remote violence, from 2025-12-01 to 2025-12-31.'"""
    parts = []
    if f.event_types:
        parts.append(" or ".join(f.event_types))
    if f.sub_event_types:
        parts.append("sub-type " + " or ".join(f.sub_event_types))
    if f.actors:
        parts.append("involving " + " or ".join(f.actors))
    if f.statuses:
        parts.append("status " + " or ".join(f.statuses))
    if f.countries or f.admin1s:
        parts.append("in " + " or ".join(f.admin1s + f.countries))
    if f.region:
        parts.append(f"in the region {region_label(f.region)}")
    if f.geo_precisions:
        parts.append("geo-precision " + " or ".join(map(str, f.geo_precisions)))
    if f.review_below > 0:
        parts.append(f"needing review (confidence below {f.review_below:g})")
    if f.date_from and f.date_to:
        parts.append(f"from {f.date_from} to {f.date_to}")
    elif f.date_from:
        parts.append(f"from {f.date_from}")
    elif f.date_to:
        parts.append(f"until {f.date_to}")
    if f.min_fatalities:
        parts.append(f"with at least {f.min_fatalities} fatalities")
    if f.text.strip():
        parts.append(f"mentioning '{f.text.strip()}'")
    noun = "event" if total == 1 else "events"
    head = f"{shown} of {total} {noun}" if shown != total or parts else f"All {total} {noun}"
    return head + (": " + ", ".join(parts) if parts else "") + "."


_LISTS = {"event_types": "type", "sub_event_types": "sub", "actors": "actor", "statuses": "status",
          "countries": "country", "admin1s": "admin1", "geo_precisions": "geo"}  # fmt: skip
_SCALARS = {"date_from": "from", "date_to": "to", "min_fatalities": "min_fat", "text": "q",
            "review_below": "review", "region": "region"}  # fmt: skip


def to_query_params(f: EventFilter) -> dict[str, str | list[str]]:
    params: dict[str, str | list[str]] = {}
    for name, key in _LISTS.items():
        if getattr(f, name):
            params[key] = [str(v) for v in getattr(f, name)]
    for name, key in _SCALARS.items():
        value = getattr(f, name)
        if value not in (None, "", 0):
            params[key] = str(value)
    return params


def from_query_params(params: Mapping[str, str | list[str]]) -> EventFilter:
    """Inverse of to_query_params; bad values raise SitrepError naming them."""

    def as_list(value) -> tuple[str, ...]:
        return tuple(value) if isinstance(value, list | tuple) else (value,)

    values: dict[str, object] = {}
    try:
        for name, key in _LISTS.items():
            if key in params:
                items = as_list(params[key])
                values[name] = tuple(int(i) for i in items) if name == "geo_precisions" else items
        for name, key in _SCALARS.items():
            if key not in params:
                continue
            raw = params[key]
            raw = raw[-1] if isinstance(raw, list | tuple) else raw
            if name.startswith("date"):
                values[name] = dt.date.fromisoformat(raw)
            elif name == "min_fatalities":
                values[name] = max(0, int(raw))
            elif name == "review_below":
                values[name] = min(1.0, max(0.0, float(raw)))
            else:
                values[name] = str(raw)[:200]
    except ValueError as exc:
        raise SitrepError(f"bad filter in the URL: {exc}") from exc
    return replace(EventFilter(), **values)


def narrowed_views(frame: pd.DataFrame, f: EventFilter, brushed: tuple[dt.date, dt.date] | None = None):
    """(view, shown, wide): the events passing ``f``, the same within the ``brushed`` dates,
    and the brushed events of every region (for trends); one pass over the whole frame."""
    wide = apply_filter(frame, replace(f, region="")) if not frame.empty else frame
    view = apply_filter(wide, EventFilter(region=f.region)) if f.region else wide
    if not brushed:
        return view, view, wide
    dates = EventFilter(date_from=brushed[0], date_to=brushed[1])
    shown = apply_filter(view, dates)
    return view, shown, apply_filter(wide, dates) if f.region else shown


def week_starts(view: pd.DataFrame) -> list[dt.date]:
    """The Mondays of every week from the view's first event to its last."""
    if view.empty:
        return []
    first = view["date_start"].min().date()
    last = view["date_end"].max().date()
    monday = first - dt.timedelta(days=first.weekday())
    return [monday + dt.timedelta(weeks=k) for k in range((last - monday).days // 7 + 1)]
