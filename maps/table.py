"""Events as people read them in the dashboard's table: readable column labels, empty cells
empty (never "None"), dates written with their precision, the source sentence and the
article beside each event. ACLED's column names stay in the downloads (events.exchange.export).
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from maps.safe import http_url

# column -> label, in the table's order (event_id is kept, hidden, to match rows to events)
LABELS = {
    "when": "Date",
    "event_type": "Type",
    "sub_event_type": "Sub-type",
    "status": "Status",
    "location": "Place",
    "admin1": "Region",
    "country": "Country",
    "place_known_to": "Place known to",
    "fatalities": "Fatalities",
    "injuries": "Injuries",
    "actor1": "Actor",
    "actor2": "Other actor",
    "source_text": "Source sentence",
    "article": "Article",
    "link": "Link",
    "confidence": "Confidence",
    "review": "Review",
    "notes": "Notes",
}
PLACE_WORDS = {1: "town", 2: "near a town", 3: "region"}
TEXT_COLUMNS = [
    "event_type",
    "sub_event_type",
    "status",
    "location",
    "admin1",
    "country",
    "actor1",
    "actor2",
    "source_text",
    "review",
    "notes",
]


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT


def date_with_precision(day: Any, start: Any, end: Any, precision: Any) -> str:
    """'24 May 2024' (the day), 'week of 20–26 May 2024', or 'May 2024' (ACLED's 1, 2, 3)."""
    if _missing(day):
        return ""
    day = pd.Timestamp(day)
    level = 1 if _missing(precision) else int(precision)
    if level == 3:
        return f"{day:%B %Y}"
    if level == 2 and not _missing(start) and not _missing(end):
        first, last = pd.Timestamp(start), pd.Timestamp(end)
        head = f"{first:%d}" if (first.year, first.month) == (last.year, last.month) else f"{first:%d %b}"
        if first.year != last.year:
            head = f"{first:%d %b %Y}"
        return f"week of {head}–{last:%d %b %Y}"
    return f"{day:%d %b %Y}"


def _first_source(sources: Any) -> dict:
    return sources[0] if isinstance(sources, list) and sources and isinstance(sources[0], dict) else {}


def _article(sources: Any) -> str:
    """The articles an event comes from: the first one's title (or id), and how many more."""
    first = _first_source(sources)
    if not first:
        return ""
    name = str(first.get("title") or first.get("article_id") or "")
    more = len(sources) - 1
    return f"{name} (+{more} more)" if more > 0 else name


def people_table(view: pd.DataFrame) -> pd.DataFrame:
    """The view's rows as the table shows them: LABELS' columns (plus event_id), in order."""
    out = pd.DataFrame(index=view.index)
    out["event_id"] = view["event_id"]
    out["when"] = [
        date_with_precision(*row)
        for row in zip(
            view["event_date"],
            view.get("date_start", view["event_date"]),
            view.get("date_end", view["event_date"]),
            view.get("time_precision", pd.Series(1, index=view.index)),
            strict=True,
        )
    ]
    for column in TEXT_COLUMNS:
        values = view[column] if column in view else pd.Series("", index=view.index)
        out[column] = values.astype(object).where(values.notna(), "").astype(str)
    geo = pd.to_numeric(view.get("geo_precision", pd.Series(dtype=float)), errors="coerce")
    out["place_known_to"] = [
        PLACE_WORDS.get(int(g), "") if not math.isnan(g) else "" for g in geo.reindex(view.index)
    ]
    for column in ("fatalities", "injuries"):
        out[column] = pd.to_numeric(view[column], errors="coerce").astype("Int64") if column in view else None
    out["confidence"] = pd.to_numeric(view.get("confidence"), errors="coerce")
    sources = view["sources"] if "sources" in view else pd.Series([None] * len(view), index=view.index)
    out["article"] = [_article(s) for s in sources]
    out["link"] = [http_url(_first_source(s).get("url")) for s in sources]
    return out[["event_id", *LABELS]].reset_index(drop=True)


def event_sources(row: pd.Series) -> list[dict]:
    """Every source of one event as {title, published, source, url (http(s) only), article_id}."""
    sources = row.get("sources")
    out = []
    for source in sources if isinstance(sources, list) else []:
        out.append(
            {
                "title": source.get("title") or source.get("article_id"),
                "article_id": source.get("article_id"),
                "published": str(source.get("published") or "")[:10],
                "source": source.get("source") or "",
                "url": http_url(source.get("url")),
            }
        )
    return out
