"""A resolved place -> the record's location fields and GeoJSON geometry.

City or point of interest: a Point, geo_precision 1 (2 when the text says "near").
First-level division or named region: its approximate outline (see events.places.outlines),
geo_precision 3. Country: no geometry at all (never a centroid pin), geo_precision 3.
"""

from __future__ import annotations

from typing import Any

import shapely
from shapely.geometry import mapping

from events.places.gazetteer import PRECISION, Gazetteer
from events.places.resolved import Resolved
from events.text import normalize_name

EMPTY = {
    "location": None, "admin1": None, "country": None, "country_code": None,
    "geo_precision": None, "geonameid": None, "gazetteer_id": None, "geometry": None,
    "place_evidence": [],
}  # fmt: skip


def _rounded(geometry: shapely.Geometry) -> dict[str, Any]:
    rounded = shapely.set_precision(geometry, 1e-5)
    as_dict = mapping(rounded)
    return _lists(as_dict)


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(v) for v in value]
    return value


def place_fields(place: Resolved | None, gazetteer: Gazetteer, unknown_place: str = "") -> dict[str, Any]:
    """Location fields; ``unknown_place`` names a village the gazetteer lacks, which is
    then placed in ``place`` (its region) with geo_precision 2 and a note."""
    if place is None and unknown_place:
        note = f"{unknown_place} is not in the gazetteer and no region is named with it; no geometry."
        return {**EMPTY, "location": unknown_place, "notes": [note]}
    if place is None:
        return {**EMPTY, "notes": ["No place for this event in the text."]}
    ix = gazetteer.index
    i = place.entry
    kind = ix.kinds[i]
    cc = ix.country[i] or None
    notes: list[str] = []
    same_name = normalize_name(place.mention.text) == normalize_name(ix.names[i])
    fields = {
        "location": place.mention.text if same_name else ix.names[i],
        "admin1": gazetteer.admin1_name(ix.admin1[i]) if ix.admin1[i] else None,
        "country": gazetteer.country_name(cc) if cc else None,
        "country_code": cc,
        "geo_precision": PRECISION[kind],
        "geonameid": ix.geonameid[i] or None,
        "gazetteer_id": ix.ids[i],
        "geometry": None,
        "place_evidence": [f"'{place.mention.text}' -> {e}" for e in place.evidence[:1]]
        + list(place.evidence[1:]),
    }
    if kind in ("city", "poi"):
        lon, lat = gazetteer.point(i)
        fields["geometry"] = {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}
    elif kind in ("admin1", "region"):
        outline = gazetteer.outline(i)
        fields["geometry"] = _rounded(outline) if outline is not None else None
    if kind == "poi":
        town = gazetteer.town_of(i)
        notes.append(f"At {ix.names[i]}.")
        if town is not None:
            fields["location"] = ix.names[town]
    if unknown_place:
        fields["location"] = unknown_place
        fields["geo_precision"] = 2
        notes.append(f"{unknown_place} is not in the gazetteer within {ix.names[i]}; mapped as part of it.")
    elif place.mention.near:
        fields["geo_precision"] = max(2, fields["geo_precision"])
        notes.append(f"Near {ix.names[i]}, not in it.")
    if place.mention.direction and kind in ("country", "admin1", "region"):
        notes.append(f"The text says {place.mention.direction} {place.mention.text}.")
    return {**fields, "notes": notes}
