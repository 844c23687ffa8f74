"""Review: a person checks extracted events, edits fields, accepts or rejects each one.

Plain data in, plain data out, so the review page stays a thin layer of widgets:
``review_rows`` turns records into editable rows, ``apply_review`` turns the edited rows
back into validated records (``ReviewItem``: final record, the record before, and the
changed fields), which ``EventStore.save_review`` writes with a log row each.

Edits an analyst would expect: a new date sets the day (time precision 1); new
coordinates move the event to that point (geo-precision 1); a new place name is looked
up in the gazetteer (with the old country as context) and the event takes its geometry.
Errors name the event and the bad value; nothing is saved until every row is valid.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from events.errors import RecordError, SitrepError
from events.places import EMPTY, Gazetteer, place_fields, resolve_spans
from events.records.record import EventRecord, make_record

DECISIONS = {"undecided": "unreviewed", "accept": "accepted", "reject": "rejected"}
EDITABLE = ("event_date", "event_type", "sub_event_type", "status", "location", "latitude",
            "longitude", "actor1", "actor2", "fatalities", "injuries", "notes")  # fmt: skip
_DECISION_OF = {review: decision for decision, review in DECISIONS.items()}


@dataclass(frozen=True)
class ReviewItem:
    """One event after review: the final record (its ``review`` field holds the decision)
    and the record as it was before, kept in the log with the fields that changed."""

    record: EventRecord
    before: EventRecord
    changes: dict[str, list]


class ReviewError(SitrepError):
    """A reviewed row cannot become a valid record; names the event and the value."""


def review_rows(records: Iterable[EventRecord]) -> list[dict[str, Any]]:
    """One editable row per record, in the order given (row ``n`` is event ``n``)."""
    rows = []
    for n, record in enumerate(records, start=1):
        lon, lat = record.lonlat() or (None, None)
        rows.append({
            "n": n, "decision": _DECISION_OF[record.review],
            **{k: getattr(record, k) for k in EDITABLE if k not in ("latitude", "longitude")},
            "latitude": lat, "longitude": lon, "confidence": record.confidence,
            "source_text": record.source_text, "event_id": record.event_id,
        })  # fmt: skip
    return rows


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _clean(value: Any) -> Any:
    """Editor cells: NaN/'' -> None, pandas timestamps -> dates, text stripped."""
    if _blank(value):
        return None
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _changes(before: Mapping[str, Any], row: Mapping[str, Any]) -> dict[str, list]:
    changed = {}
    for key in EDITABLE:
        old, new = _clean(before.get(key)), _clean(row.get(key))
        if key in ("latitude", "longitude") and old is not None and new is not None:
            if abs(float(old) - float(new)) < 1e-6:
                continue
        if old != new:
            changed[key] = [old, new]
    return changed


def _relocate(record: EventRecord, name: str | None, gazetteer: Gazetteer) -> dict[str, Any]:
    """Place fields for a place name typed by the reviewer, resolved in the gazetteer."""
    if not name:
        return dict(EMPTY)
    parts = [p.strip() for p in name.split(",") if p.strip()]
    if record.country and len(parts) == 1:
        parts.append(record.country)  # the old country as context, as a writer would give it
    text = ", ".join(parts)
    spans, start = [], 0
    for part in parts:
        spans.append((start, start + len(part)))
        start += len(part) + 2
    resolved = resolve_spans(text, spans, gazetteer)[0]
    if resolved is None:
        raise ReviewError(f"place {name!r} is not in the gazetteer; give its latitude and longitude")
    fields = place_fields(resolved, gazetteer)
    fields.pop("notes", None)
    return {**fields, "place_evidence": [f"set by a reviewer: '{name}' -> {fields['gazetteer_id']}"]}


def _moved(lat: Any, lon: Any) -> dict[str, Any]:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError) as exc:
        raise ReviewError(f"latitude {lat!r} / longitude {lon!r} are not numbers") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ReviewError(f"latitude {lat} / longitude {lon} are outside -90..90 / -180..180")
    return {"geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
            "geo_precision": 1, "geonameid": None, "gazetteer_id": None,
            "place_evidence": [f"set by a reviewer: {lat:.5f}, {lon:.5f}"]}  # fmt: skip


def _edited(
    record: EventRecord, before: Mapping[str, Any], changes: Mapping[str, list], gazetteer: Gazetteer
) -> dict[str, Any]:
    fields = record.model_dump()
    new = {key: value for key, (_, value) in changes.items()}
    for key in ("event_type", "sub_event_type", "status", "actor1", "actor2", "fatalities", "injuries"):
        if key in new:
            fields[key] = new[key]
    if "notes" in new:
        fields["notes"] = new["notes"] or ""
    if "event_date" in new:
        day = new["event_date"]
        if not isinstance(day, dt.date):
            try:
                day = dt.date.fromisoformat(str(day))
            except ValueError as exc:
                raise ReviewError(f"date {day!r} is not YYYY-MM-DD") from exc
        fields.update(event_date=day, date_start=day, date_end=day, time_precision=1)
    if "latitude" in new or "longitude" in new:
        lat, lon = (new[k] if k in new else before[k] for k in ("latitude", "longitude"))
        if lat is None and lon is None:
            fields.update(_relocate(record, None, gazetteer))
        else:
            fields.update(_moved(lat, lon))
        if "location" in new:
            fields["location"] = new["location"]
    elif "location" in new:
        fields.update(_relocate(record, new["location"], gazetteer))
    return fields


def apply_review(
    records: list[EventRecord], rows: list[Mapping[str, Any]], gazetteer: Gazetteer
) -> list[ReviewItem]:
    """Edited rows (as from ``review_rows``) -> validated records with their decision.
    Raises ReviewError listing every row that is not valid; nothing is half-applied."""
    by_id = {r.event_id: r for r in records}
    items, problems = [], []
    for row in rows:
        record = by_id.get(str(row.get("event_id")))
        if record is None:
            problems.append(f"row {row.get('n')}: unknown event {row.get('event_id')!r}")
            continue
        decision = _clean(row.get("decision")) or "undecided"
        before = review_rows([record])[0]
        changes = _changes(before, row)
        try:
            if decision not in DECISIONS:
                raise ReviewError(f"decision {decision!r} is not one of {', '.join(DECISIONS)}")
            fields = _edited(record, before, changes, gazetteer) if changes else record.model_dump()
            fields["review"] = DECISIONS[decision]
            if changes:
                fields["origin"] = "edited" if record.origin == "extracted" else record.origin
            items.append(ReviewItem(make_record(**fields), record, changes))
        except (ReviewError, RecordError) as exc:
            problems.append(f"event {row.get('n')} ({record.location or 'no place'}): {exc}")
    if problems:
        raise ReviewError("; ".join(problems))
    return items
