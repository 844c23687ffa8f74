"""Score extraction against annotated articles (tests/data/expected/*.yaml).

An annotation names an article and lists the events it must yield, each as field
constraints (see ``matches``). With ``complete: true`` the list is exhaustive, so
precision can be measured too. An extracted event matches an expected one when the
type agrees, the date agrees and the place agrees (a point within the expected
radius, default 25 km, or the same location name, or both without a place).

``near: [lat, lon, km]`` is written latitude first, the order people read and copy
coordinates in (and the order ``haversine_km`` takes); ``contains`` lists GeoJSON
[lon, lat] points.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from shapely.geometry import Point, shape

from events.places import haversine_km
from events.reading.text import normalize_name
from events.records.record import EventRecord

FIELDS = ("sub_event_type", "fatalities", "injuries", "event_date", "actor1")


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def field_matches(record: EventRecord, key: str, value: Any) -> bool:
    """One constraint of an annotation against one record."""
    if key == "near":
        lat, lon, km = value
        if record.geometry is None or record.geometry["type"] != "Point":
            return False
        rlon, rlat = record.geometry["coordinates"][:2]
        return haversine_km(lat, lon, rlat, rlon) <= km
    if key == "location":
        return normalize_name(record.location or "") == normalize_name(value)
    if key == "geometry_type":
        return (record.geometry["type"] if record.geometry else None) in value
    if key == "contains":
        return record.geometry is not None and all(shape(record.geometry).contains(Point(p)) for p in value)
    if key == "weapons_include":
        return value in record.weapons
    if key in ("event_date", "date_start", "date_end"):
        return getattr(record, key) == _as_date(value)
    if key in ("event_type", "sub_event_type") and isinstance(value, list):
        return getattr(record, key) in value  # where ACLED's practice is genuinely ambiguous
    return getattr(record, key) == value


def matches(record: EventRecord, want: dict[str, Any]) -> bool:
    return all(field_matches(record, k, v) for k, v in want.items())


def core_match(record: EventRecord, want: dict[str, Any]) -> bool:
    """Type, date and place agree (the event-level match used for precision and recall)."""
    core = {k: v for k, v in want.items()
            if k in ("event_type", "event_date", "near", "location", "geometry_type")}  # fmt: skip
    return matches(record, core)


@dataclass
class Score:
    expected: int = 0
    extracted: int = 0
    matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_annotation(path: Path) -> tuple[dict[str, Any], Path]:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return spec, (path.parent / spec["article"]).resolve()


def score_article(spec: dict[str, Any], records: list[EventRecord], score: Score, name: str) -> None:
    """Add one article to ``score`` (greedy one-to-one matching)."""
    free = list(records)
    score.expected += len(spec["events"])
    score.extracted += len(records)
    for want in spec["events"]:
        hit = next((r for r in free if core_match(r, want)), None)
        if hit is None:
            score.misses.append(
                f"{name}: missed {want.get('event_type')} {want.get('location') or want.get('near') or ''}"
            )
            continue
        free.remove(hit)
        score.matched += 1
        for key in FIELDS:
            if key in want:
                score.fields[key][1] += 1
                score.fields[key][0] += field_matches(hit, key, want[key])
    score.misses += [f"{name}: extra {r.event_type} {r.location}" for r in free]


def evaluate(folder: Path, extract) -> Score:
    """Score every complete annotation in ``folder``; ``extract(path) -> records``."""
    score = Score()
    for path in sorted(Path(folder).glob("*.yaml")):
        spec, article = load_annotation(path)
        if spec.get("complete"):
            score_article(spec, extract(article), score, path.stem)
    return score


def report(score: Score) -> list[str]:
    lines = [
        f"events expected {score.expected}, extracted {score.extracted}, matched {score.matched}",
        f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}",
    ]
    for key, (good, total) in score.fields.items():
        if total:
            lines.append(f"  {key:15s} {good / total:.3f}  ({good}/{total} matched events)")
    lines += [f"  {miss}" for miss in score.misses]
    return lines
