"""Popups and tooltips: one event's details, and an aggregated cell's breakdown by type.
Every value from the data is escaped (maps.safe.text): place names, sentences, notes and
titles come from articles and imported files."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from maps import safe
from maps.style import colour_of

PRECISION_WORDS = {1: "exact day", 2: "within a week", 3: "within a month"}
GEO_WORDS = {1: "town", 2: "near / part of a region", 3: "region"}


def _value(row: Mapping[str, Any], key: str) -> Any:
    value = row.get(key)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _day(value: Any) -> str:
    return str(value)[:10] if value is not None else ""


def popup_html(row: Mapping[str, Any]) -> str:
    """The popup of one event; every value from the data is escaped."""
    t = safe.text
    precision = _value(row, "time_precision")
    date = _day(_value(row, "event_date"))
    if precision and int(precision) > 1:
        date += (
            f" ({PRECISION_WORDS[int(precision)]}: {_day(row.get('date_start'))} to "
            f"{_day(row.get('date_end'))})"
        )
    elif precision:
        date += " (exact day)"
    place = ", ".join(
        str(v)
        for v in (row.get("location"), row.get("admin1"), row.get("country"))
        if _value(row, "location") is not None and v
    )
    geo = _value(row, "geo_precision")
    if geo:
        place += f" (precision {int(geo)}: {GEO_WORDS[int(geo)]})"
    actors = " · ".join(str(a) for a in (row.get("actor1"), row.get("actor2")) if a) or "—"

    def count(key: str) -> str:
        value = _value(row, key)
        return "not reported" if value is None else str(int(value))

    sources = row.get("sources")
    sources = sources if isinstance(sources, list) else []  # NaN: an imported row beside extracted ones
    titles = "; ".join(
        f"{s.get('title') or s.get('article_id')} ({_day(s.get('published'))})" for s in sources
    )
    rows = [
        ("Date", date),
        ("Place", place or "not determined"),
        ("Fatalities", count("fatalities")),
        ("Injuries", count("injuries")),
        ("Actors", actors),
        ("Status", row.get("status")),
        ("Confidence", f"{float(row.get('confidence') or 0):.2f}"),
        ("Sources", titles),
    ]
    table = "".join(
        f"<tr><th style='text-align:left;padding-right:6px'>{t(k)}</th><td>{t(v)}</td></tr>" for k, v in rows
    )
    return (
        f"<div class='sitrep-popup'><b>{t(row.get('event_type'))}</b> · "
        f"{t(row.get('sub_event_type'))}<table>{table}</table>"
        f"<blockquote style='margin:6px 0;padding-left:6px;border-left:3px solid #999'>"
        f"{t(row.get('source_text'))}</blockquote>"
        f"<small>{t(row.get('notes'))}</small></div>"
    )


def tooltip_text(row: Mapping[str, Any]) -> str:
    where = row.get("location") or "no place"
    return safe.text(f"{row.get('sub_event_type')} — {where}, {_day(row.get('event_date'))}")


def cell_tooltip(cell: Mapping[str, Any]) -> str:
    parts = ", ".join(f"{n:,} {t}" for t, n, _ in cell["types"][:3])
    more = " …" if len(cell["types"]) > 3 else ""
    return safe.text(f"{cell['count']:,} events: {parts}{more} (click for the breakdown)")


def cell_popup_html(cell: Mapping[str, Any]) -> str:
    """An aggregated cell's breakdown: events and fatalities per type, its busiest places."""
    t = safe.text
    rows = "".join(
        f"<tr><td><span style='display:inline-block;width:10px;height:10px;border-radius:50%;"
        f"background:{colour_of(str(kind))};border:1px solid #333'></span> {t(kind)}</td>"
        f"<td style='text-align:right'>{n:,}</td><td style='text-align:right'>{dead:,}</td></tr>"
        for kind, n, dead in cell["types"]
    )
    places = ", ".join(f"{t(name)} ({n:,})" for name, n in cell.get("places", []))
    return (
        f"<div class='sitrep-cell'><b>{cell['count']:,} events</b> in a cell of "
        f"{t(cell['cell_deg'])}°<table><tr><th style='text-align:left'>Type</th>"
        f"<th>Events</th><th>Fatalities</th></tr>{rows}</table>"
        + (f"<div>Most events at: {places}</div>" if places else "")
        + "<small>Zoomed in on the cell: finer cells, then single events, as you zoom in "
        "(or narrow the filter or the dates).</small></div>"
    )
