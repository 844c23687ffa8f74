"""EventRecord: the one typed, validated record, and its GeoJSON form (the CSV and GeoPackage
exports are events/exchange/export.py's; the dashboard's frame is events/records/filters.py: records_frame).

Geometry is GeoJSON (RFC 7946: longitude, latitude, WGS84): a Point, Polygon or
MultiPolygon, or None when the place cannot be determined. Never a country pin.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from events import DATA_DIR
from events.errors import RecordError, SitrepError

STATUSES = ("occurred", "claimed", "proposed", "demanded", "planned", "denied")
GEOMETRY_TYPES = ("Point", "Polygon", "MultiPolygon")


TAXONOMY_PATH = DATA_DIR / "lexicon" / "taxonomy.yaml"


def read_taxonomy(path: Path = TAXONOMY_PATH) -> dict[str, tuple[str, ...]]:
    """ACLED's event types (and Sitrep's Diplomacy) with their sub-event types, from
    taxonomy.yaml; errors name the file."""
    import yaml

    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SitrepError(f"taxonomy file {path} cannot be read: {exc}") from exc
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise SitrepError(f"{path}: expected event types, each with a list of sub-event types")
    return {str(k): tuple(str(s) for s in v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, tuple[str, ...]]:
    return read_taxonomy()


class Source(BaseModel):
    """One article an event was read from."""

    model_config = ConfigDict(frozen=True)
    article_id: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    source_text: str = ""
    source_span: tuple[int, int] | None = None


NUMBER = (int, float)


def _check_position(position: Any) -> None:
    if not isinstance(position, (list, tuple)) or len(position) < 2:
        raise ValueError(f"position {position!r} is not [lon, lat]")
    lon, lat = position[0], position[1]
    if not (
        isinstance(lon, NUMBER) and isinstance(lat, NUMBER) and math.isfinite(lon) and math.isfinite(lat)
    ):
        raise ValueError(f"position {position!r} is not numeric")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(f"position {position!r} is outside lon -180..180, lat -90..90")


def check_geometry(geometry: Any) -> dict[str, Any] | None:
    """Validate a GeoJSON geometry dict (or None); raises ValueError naming the bad value."""
    if geometry is None:
        return None
    if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
        raise ValueError(f"geometry must be a Point, Polygon or MultiPolygon, not {geometry!r:.80}")
    coords = geometry.get("coordinates")
    kind = geometry["type"]
    try:
        if kind == "Point":
            _check_position(coords)
        else:
            polygons = coords if kind == "MultiPolygon" else [coords]
            for polygon in polygons:
                for ring in polygon:
                    if len(ring) < 4:
                        raise ValueError("a polygon ring needs at least 4 positions")
                    for position in ring:
                        _check_position(position)
    except TypeError as exc:
        raise ValueError(f"{kind} coordinates are malformed") from exc
    return geometry


class EventRecord(BaseModel):
    """One event, with its provenance."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    event_id: str = Field(min_length=1, max_length=64)
    article_id: str = Field(min_length=1, max_length=200)
    event_date: dt.date
    date_start: dt.date
    date_end: dt.date
    time_precision: Literal[1, 2, 3]
    event_type: str
    sub_event_type: str
    status: Literal["occurred", "claimed", "proposed", "demanded", "planned", "denied"]
    actor1: str | None = None
    actor2: str | None = None
    inter1: int | None = Field(default=None, ge=1, le=8)  # ACLED actor type of actor1
    inter2: int | None = Field(default=None, ge=1, le=8)
    civilian_targeting: bool = False
    weapons: list[str] = Field(default_factory=list)
    fatalities: int | None = Field(default=None, ge=0)
    injuries: int | None = Field(default=None, ge=0)
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = Field(default=None, max_length=3)
    geo_precision: Literal[1, 2, 3] | None = None
    geonameid: int | None = None
    gazetteer_id: str | None = None
    geometry: dict[str, Any] | None = None
    source_text: str
    source_span: tuple[int, int]
    evidence_spans: list[tuple[int, int]] = Field(default_factory=list)
    confidence: float = Field(ge=0, le=1)
    notes: str = ""
    time_expression: str = ""
    place_evidence: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    origin: Literal["extracted", "imported", "edited"] = "extracted"
    review: Literal["unreviewed", "accepted", "rejected"] = "unreviewed"

    def lonlat(self) -> tuple[float, float] | None:
        """(lon, lat) of a Point geometry; None for areas and for no place."""
        if self.geometry and self.geometry["type"] == "Point":
            lon, lat = self.geometry["coordinates"][:2]
            return lon, lat
        return None

    @field_validator("geometry")
    @classmethod
    def _geometry(cls, value: Any) -> dict[str, Any] | None:
        return check_geometry(value)

    @model_validator(mode="after")
    def _consistent(self) -> EventRecord:
        if self.sub_event_type not in taxonomy().get(self.event_type, ()):
            raise ValueError(f"unknown event type {self.event_type!r}/{self.sub_event_type!r}")
        if not self.date_start <= self.event_date <= self.date_end:
            raise ValueError(f"event_date {self.event_date} is outside {self.date_start}..{self.date_end}")
        if self.source_span[0] < 0 or self.source_span[1] < self.source_span[0]:
            raise ValueError(f"source_span {self.source_span} is not [start, end]")
        return self


def make_record(**fields: Any) -> EventRecord:
    """Build a record; validation errors become RecordError naming the bad values."""
    try:
        return EventRecord(**fields)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}" for e in exc.errors())
        raise RecordError(f"invalid event record: {problems}") from exc


def stable_id(*parts: object) -> str:
    """Same inputs -> same id (re-ingesting an article adds nothing)."""
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


# --- GeoJSON ---------------------------------------------------------------


def to_feature(record: EventRecord) -> dict[str, Any]:
    properties = record.model_dump(mode="json", exclude={"geometry"})
    return {"type": "Feature", "id": record.event_id, "geometry": record.geometry, "properties": properties}


def to_feature_collection(records: Iterable[EventRecord]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [to_feature(r) for r in records]}


def from_feature(feature: dict[str, Any]) -> EventRecord:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise RecordError("not a GeoJSON Feature")
    properties = feature.get("properties") or {}
    if not isinstance(properties, dict) or not all(isinstance(k, str) for k in properties):
        raise RecordError("a Feature's properties must be an object")
    if "geometry" in properties:
        raise RecordError("'geometry' belongs beside the properties, not inside them")
    return make_record(**properties, geometry=feature.get("geometry"))


def dumps_geojson(records: Iterable[EventRecord]) -> str:
    return json.dumps(to_feature_collection(records), ensure_ascii=False, indent=1)
