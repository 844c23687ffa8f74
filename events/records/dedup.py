"""Cross-article deduplication: the same event told by several articles becomes one record.

Two extracted events from different articles are the same event when they have the
same type and sub-type, their date ranges overlap, and their places agree: the same
gazetteer entry, or points within ``MAX_KM`` km; events without a place agree when
their actors are the same pair. The merged record keeps the most precise place,
lists every source, and counts casualties as ACLED does when sources differ: the
lowest reported figure. The store keeps each article's own records; merging happens
when records are read, so re-ingesting or deleting an article never loses a source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from events.places import haversine_km
from events.records.record import EventRecord

MAX_KM = 5.0


def same_event(a: EventRecord, b: EventRecord) -> bool:
    if a.article_id == b.article_id:
        return False
    if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
        return False
    if a.date_end < b.date_start or b.date_end < a.date_start:
        return False
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id and a.location == b.location:
        return True
    pa, pb = a.lonlat(), b.lonlat()
    if pa and pb:
        return haversine_km(pa[1], pa[0], pb[1], pb[0]) <= MAX_KM
    if a.geometry is None and b.geometry is None and a.location is None and b.location is None:
        return {a.actor1, a.actor2} == {b.actor1, b.actor2} and a.actor1 is not None
    return False


def _lowest(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None


def merge(group: list[EventRecord]) -> EventRecord:
    """One record for a group of reports of the same event."""
    primary = min(group, key=lambda r: (r.geo_precision or 9, r.time_precision, -r.confidence))
    sources = []
    for record in group:
        for source in record.sources:
            if source not in sources:
                sources.append(source)
    others = sorted({r.article_id for r in group} - {primary.article_id})
    fatalities = _lowest(r.fatalities for r in group)
    injuries = _lowest(r.injuries for r in group)
    note = f"Also reported by {', '.join(others)}."
    if len({r.fatalities for r in group if r.fatalities is not None}) > 1:
        note += " Sources differ on fatalities; the lowest figure is coded."
    return primary.model_copy(update={
        "sources": sources, "fatalities": fatalities, "injuries": injuries,
        "confidence": max(r.confidence for r in group),
        "actor1": primary.actor1 or next((r.actor1 for r in group if r.actor1), None),
        "actor2": primary.actor2 or next((r.actor2 for r in group if r.actor2), None),
        "notes": (primary.notes + " " + note).strip(),
    })  # fmt: skip


def deduplicate(records: Iterable[EventRecord]) -> list[EventRecord]:
    """Merge extracted events reported by several articles; other records pass through."""
    records = list(records)
    by_kind: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        if record.origin != "imported":
            by_kind[(record.event_type, record.sub_event_type)].append(i)
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in by_kind.values():
        members.sort(key=lambda i: records[i].date_start)
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if records[j].date_start > records[i].date_end:
                    break
                if same_event(records[i], records[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[EventRecord]] = defaultdict(list)
    for i, record in enumerate(records):
        groups[find(i)].append(record)
    return [group[0] if len(group) == 1 else merge(group) for group in groups.values()]
