"""Filters are data: a frozen EventFilter, a pure apply_filter, the same test as SQL for a
store on a server (``where_sql``), a plain-English description, and a round trip through URL
query parameters so that a view is a shareable link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from events.errors import SitrepError


@dataclass(frozen=True)
class EventFilter:
    """What the person chose; every field is declared once in FILTERS below."""

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


NO_FILTER = EventFilter()  # every event
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


def placed(frame: pd.DataFrame) -> pd.Series:
    """Which events have a place: a shape in ``geometry``, or a point in ``lon``/``lat``
    (large frames keep points there only, with no GeoJSON dict each)."""
    shaped = frame["geometry"].notna() if "geometry" in frame else pd.Series(False, index=frame.index)
    return (shaped | frame["lat"].notna()) if "lat" in frame else shaped


def point_geometry(row: Mapping[str, Any]) -> dict | None:
    """A frame row's GeoJSON geometry: its shape, or its point made from ``lon``/``lat``."""
    geometry = row.get("geometry")
    if isinstance(geometry, dict):
        return geometry
    lon, lat = row.get("lon"), row.get("lat")
    if lon is None or lat is None or pd.isna(lon) or pd.isna(lat):
        return None
    return {"type": "Point", "coordinates": [float(lon), float(lat)]}


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


# --- the filters, one row each ----------------------------------------------------------


@dataclass(frozen=True)
class Filter:
    """One filter: the EventFilter field it fills, the URL parameter it travels in (a list
    repeats the parameter), how one URL value is read, which rows pass, and how it reads
    in English (None: another row says it, as "from A to B" says both dates)."""

    field: str
    param: str
    many: bool
    read: Callable[[str], Any]
    passes: Callable[[pd.DataFrame, Any], pd.Series]
    reads: Callable[[Any, EventFilter], str | None]
    sql: Callable[[Any], tuple[str, list]]  # the same test over the store's flat columns
    active: Callable[[Any], bool] = bool

    def value(self, f: EventFilter) -> Any:
        return getattr(f, self.field)


def _either(values: tuple) -> str:
    return " or ".join(map(str, values))


def _isin(column: str) -> Callable[[pd.DataFrame, tuple], pd.Series]:
    return lambda frame, values: frame[column].isin(values)


def _any(column: str) -> Callable[[tuple], tuple[str, list]]:
    return lambda values: (f"{column} = ANY(%s)", [list(values)])


def _clip(low: float, high: float, kind: type) -> Callable[[str], Any]:
    return lambda raw: min(kind(high), max(kind(low), kind(raw)))


def _text(raw: str) -> str:
    return str(raw)[:200]


def _positive(value: float) -> bool:
    return value > 0


def _in_region(frame: pd.DataFrame, region: str) -> pd.Series:
    country, admin1 = split_region(region)
    mask = frame["country"] == country
    return mask & (frame["admin1"] == admin1) if admin1 is not None else mask


def _needs_review(frame: pd.DataFrame, below: float) -> pd.Series:
    """The review queue: low confidence, not yet reviewed."""
    mask = frame["confidence"] < below
    return mask & (frame["review"].fillna("unreviewed") == "unreviewed") if "review" in frame else mask


def _mentions(frame: pd.DataFrame, text: str) -> pd.Series:
    haystack = frame["source_text"].fillna("") + " " + frame["notes"].fillna("")
    return haystack.str.contains(text.strip(), case=False, regex=False)


def _region_sql(region: str) -> tuple[str, list]:
    country, admin1 = split_region(region)
    return (
        ("country = %s AND admin1 = %s", [country, admin1])
        if admin1 is not None
        else ("country = %s", [country])
    )


# pandas' case-blind contains compares upper-cased strings: so does this (as the database's
# locale upper-cases: beyond ASCII only under a UTF-8 locale)
MENTIONS_SQL = "strpos(upper(coalesce(source_text, '') || ' ' || coalesce(notes, '')), upper(%s)) > 0"


def _places(admin1s: tuple, f: EventFilter) -> str:
    return "in " + _either(admin1s + f.countries)


def _dates(date_from: dt.date, f: EventFilter) -> str:
    return f"from {date_from} to {f.date_to}" if f.date_to else f"from {date_from}"


# In the order describe_filter says them. An event passes a date range it overlaps.
FILTERS: tuple[Filter, ...] = (
    Filter("event_types", "type", True, str, _isin("event_type"), lambda v, f: _either(v),
           _any("event_type")),
    Filter("sub_event_types", "sub", True, str, _isin("sub_event_type"),
           lambda v, f: "sub-type " + _either(v), _any("sub_event_type")),
    Filter("actors", "actor", True, str,
           lambda frame, v: frame["actor1"].isin(v) | frame["actor2"].isin(v),
           lambda v, f: "involving " + _either(v),
           lambda v: ("(actor1 = ANY(%s) OR actor2 = ANY(%s))", [list(v), list(v)])),
    Filter("statuses", "status", True, str, _isin("status"), lambda v, f: "status " + _either(v),
           _any("status")),
    Filter("admin1s", "admin1", True, str, _isin("admin1"), _places, _any("admin1")),
    Filter("countries", "country", True, str, _isin("country"),
           lambda v, f: None if f.admin1s else _places((), f), _any("country")),
    Filter("region", "region", False, _text, _in_region,
           lambda v, f: f"in the region {region_label(v)}", _region_sql),
    Filter("geo_precisions", "geo", True, int, _isin("geo_precision"),
           lambda v, f: "geo-precision " + _either(v), _any("geo_precision")),
    Filter("review_below", "review", False, _clip(0.0, 1.0, float), _needs_review,
           lambda v, f: f"needing review (confidence below {v:g})",
           lambda v: ("confidence < %s AND coalesce(review, 'unreviewed') = 'unreviewed'", [v]), _positive),
    Filter("date_from", "from", False, dt.date.fromisoformat,
           lambda frame, v: frame["date_end"] >= pd.Timestamp(v), _dates, lambda v: ("date_end >= %s", [v])),
    Filter("date_to", "to", False, dt.date.fromisoformat,
           lambda frame, v: frame["date_start"] <= pd.Timestamp(v),
           lambda v, f: None if f.date_from else f"until {v}", lambda v: ("date_start <= %s", [v])),
    Filter("min_fatalities", "min_fat", False, lambda raw: max(0, int(raw)),
           lambda frame, v: frame["fatalities"].fillna(0) >= v,
           lambda v, f: f"with at least {v} fatalities", lambda v: ("coalesce(fatalities, 0) >= %s", [v]),
           _positive),
    Filter("text", "q", False, _text, _mentions, lambda v, f: f"mentioning '{v.strip()}'",
           lambda v: (MENTIONS_SQL, [v.strip()]), lambda v: bool(v.strip())),
)  # fmt: skip


def _set(f: EventFilter) -> list[tuple[Filter, Any]]:
    """The filters ``f`` sets, with their values."""
    return [(row, row.value(f)) for row in FILTERS if row.active(row.value(f))]


def apply_filter(frame: pd.DataFrame, f: EventFilter) -> pd.DataFrame:
    """Rows of ``frame`` that pass every filter ``f`` sets."""
    mask = pd.Series(True, index=frame.index)
    for row, value in _set(f):
        mask &= row.passes(frame, value)
    return frame[mask]


def where_sql(f: EventFilter) -> tuple[str, list]:
    """The filters ``f`` sets as one SQL condition over the store's flat columns (psycopg's
    ``%s`` placeholders) and its parameters: the rows it keeps are apply_filter's."""
    parts = [row.sql(value) for row, value in _set(f)]
    return " AND ".join(f"({sql})" for sql, _ in parts) or "TRUE", [p for _, params in parts for p in params]


def within_dates(f: EventFilter, first: dt.date, last: dt.date) -> EventFilter:
    """``f`` narrowed to events overlapping ``first``..``last`` as well (an event passes both
    date ranges exactly when it passes the later start and the earlier end)."""
    return replace(f, date_from=max(f.date_from or first, first), date_to=min(f.date_to or last, last))


def describe_filter(f: EventFilter, shown: int, total: int) -> str:
    """'3 of 9 events: Explosions/Remote violence, from 2025-12-01 to 2025-12-31.'"""
    parts = [text for row, value in _set(f) if (text := row.reads(value, f)) is not None]
    noun = "event" if total == 1 else "events"
    head = f"{shown} of {total} {noun}" if shown != total or parts else f"All {total} {noun}"
    return head + (": " + ", ".join(parts) if parts else "") + "."


def to_query_params(f: EventFilter) -> dict[str, str | list[str]]:
    """The URL parameters of ``f``: a list repeats its parameter, values are strings."""
    params: dict[str, str | list[str]] = {}
    for row in FILTERS:
        value = row.value(f)
        if row.many and value:
            params[row.param] = [str(v) for v in value]
        elif not row.many and value not in (None, "", 0):
            params[row.param] = str(value)
    return params


def from_query_params(params: Mapping[str, str | list[str]]) -> EventFilter:
    """Inverse of to_query_params; bad values raise SitrepError naming them."""
    values: dict[str, object] = {}
    try:
        for row in (r for r in FILTERS if r.param in params):
            raw = params[row.param]
            items = tuple(raw) if isinstance(raw, list | tuple) else (raw,)
            values[row.field] = tuple(map(row.read, items)) if row.many else row.read(items[-1])
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
    return week_starts_between(view["date_start"].min().date(), view["date_end"].max().date())


def week_starts_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The Mondays of every week from ``first`` to ``last``."""
    monday = first - dt.timedelta(days=first.weekday())
    return [monday + dt.timedelta(weeks=k) for k in range((last - monday).days // 7 + 1)]
