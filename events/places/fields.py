"""A resolved place -> the record's location fields and GeoJSON geometry.

City or point of interest: a Point, geo_precision 1 (2 when the text says "near", "outskirts
of", "between", or "20 km north of": then a point computed from the bearing and distance).
Second-level division: its approximate outline (the part of its first-level division nearest to
its settlements) or settlement-weighted centre, geo_precision 2, said in notes; with no
settlement filed under it, the outline of the first-level division that holds it, geo_precision 3.
First-level division or named region: its approximate outline (see events.places.outlines),
geo_precision 3; a surveyed boundary (Natural Earth's 1:10m, simplified to ~1 km) widened by
outlines.NEAR_DEG (~2 km), its accuracy: of the GeoNames settlements filed under a division, 3.0%
lie outside its boundary, 1.2% more than 1 km and 0.7% more than 2 km outside (231,000 settlements
in 3,295 divisions), so a town on a coast or a border ("Rathedaung, Rakhine", 0.35 km off the
coastline) is in its division's area. Country: no geometry at all (never a centroid pin),
geo_precision 3; a part of one the text names by its direction ("northern Mali", "northeast
Lebanon", "central Mali"): the outlines of its first-level divisions that lie that way from its
middle, geo_precision 3.
"""

from __future__ import annotations

import math
from typing import Any

import shapely
import shapely.affinity
from shapely.geometry import mapping

from events.places.gazetteer import PRECISION, Gazetteer, haversine_km
from events.places.mentions import Mention
from events.places.outlines import NEAR_DEG
from events.places.relative import BEARINGS
from events.places.resolved import Resolved
from events.reading.text import normalize_name

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
    if isinstance(value, (list, tuple)):  # (not list | tuple: slower, and an outline has many positions)
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
    # the article's spelling of the name, unless set in capitals (a dateline's "N'DJAMENA")
    shouted = place.mention.text.isupper() and len(place.mention.text) > 3
    same_name = normalize_name(place.mention.text) == normalize_name(ix.names[i]) and not shouted
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
        lon, lat = gazetteer.lonlat(i)
        fields["geometry"] = {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}
    elif kind == "admin2" and gazetteer.outline(i) is not None:
        fields["geometry"] = _rounded(gazetteer.outline(i))
        notes.append(f"{ix.names[i]} (second-level division): an approximate outline, the part of its "
                     "first-level division nearest to its settlements, not its border.")  # fmt: skip
    elif kind == "admin2" and gazetteer.lonlat(i) is not None:
        lon, lat = gazetteer.lonlat(i)
        fields["geometry"] = {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}
        notes.append(
            f"The centre of {ix.names[i]} (second-level division), approximate: weighted by its settlements."
        )
    elif kind == "admin2":
        _drawn_as_its_division(fields, notes, i, gazetteer)
    elif kind in ("admin1", "region"):
        outline = gazetteer.outline(i)
        if outline is not None and gazetteer.has_boundary(i):  # drawn as far as the boundary is sure
            outline = shapely.buffer(outline, NEAR_DEG, quad_segs=2)
        fields["geometry"] = _rounded(outline) if outline is not None else None
        if outline is None and gazetteer.lonlat(i) is None:
            _drawn_at_its_namesake(fields, notes, i, gazetteer)
    if kind == "poi":
        town = gazetteer.town_of(i)
        notes.append(f"At {ix.names[i]}.")
        if town is not None:
            fields["location"] = ix.names[town]
    if unknown_place:
        fields["location"] = unknown_place
        # a second-level division keeps 2 (3 when drawn as its division); a country keeps 3
        if kind not in ("admin2", "country"):
            fields["geo_precision"] = 2
        notes.append(f"{unknown_place} is not in the gazetteer within {ix.names[i]}; mapped as part of it.")
    elif place.mention.relation and kind in ("city", "poi"):
        _relative(fields, notes, place, ix.names[i])
        if place.mention.measured:  # "Pobeda, a village 5 km west of Donetsk": Pobeda, placed by the measure
            fields["location"] = place.mention.text
            notes.append(f"{place.mention.text} is not in the gazetteer where the text puts it.")
    elif place.mention.near:
        fields["geo_precision"] = max(2, fields["geo_precision"])
        notes.append(f"Near {ix.names[i]}, not in it.")
    if place.mention.direction and kind in ("country", "admin1", "region"):
        told = place.mention.text  # the name, or the whole phrase ("the north of the country")
        said = told if place.mention.direction in told.lower() else f"{place.mention.direction} {told}"
        notes.append(f"The text says {said}.")
    if place.mention.direction and kind == "country":  # of a village it lacks too: the part holds it
        _country_part(fields, notes, i, place.mention.direction, gazetteer)
    return {**fields, "notes": notes}


DIAGONAL_SPREAD = 60.0  # degrees either side of a diagonal bearing ("northeast") a part spans
PIN_WITHIN_KM = 25.0  # an offset with no direction up to this far is pinned on its place
KM_PER_DEGREE = 111.32
CENTRAL_SHARE = 0.4  # "central": divisions whose middle lies within this share of the farthest's distance


def _country_part(
    fields: dict[str, Any], notes: list[str], i: int, direction: str, gazetteer: Gazetteer
) -> None:
    """ "northern Mali": the part of the country the text names (_drawn_part), drawn at
    geo_precision 3 with a note naming its divisions; nothing when it cannot be told."""
    key = (i, direction.lower())
    if key not in gazetteer.country_parts:  # worked out once per country and direction
        gazetteer.country_parts[key] = _drawn_part(i, key[1], gazetteer)
    drawn = gazetteer.country_parts[key]
    if drawn is not None:
        fields["geometry"], names = drawn
        notes.append(
            f"Drawn as the part of {gazetteer.index.names[i]} the text names: its divisions {names}."
        )


def _drawn_part(i: int, word: str, gazetteer: Gazetteer) -> tuple[dict[str, Any], str] | None:
    """ "northern Mali": the first-level divisions whose middles lie north of the mean of all
    their middles (longitudes scaled by latitude; "northeast": within DIAGONAL_SPREAD of that
    way); "central Mali": those nearest that middle. Their union and their names, or None (too
    few divisions, an unknown direction, or every division)."""
    ix = gazetteer.index
    divisions = gazetteer.divisions_of(ix.country[i])
    if len(divisions) < 3:
        return None  # too few divisions to tell a part of the country by
    outlines = [gazetteer.outline(d) for d in divisions]
    middles = [o.centroid for o in outlines]
    mx, my = sum(m.x for m in middles) / len(middles), sum(m.y for m in middles) / len(middles)
    scale = math.cos(math.radians(my))
    offsets = [((m.x - mx) * scale, m.y - my) for m in middles]
    if word in ("central", "centre", "center"):
        far = max(math.hypot(x, y) for x, y in offsets)
        chosen = [k for k, (x, y) in enumerate(offsets) if math.hypot(x, y) <= CENTRAL_SHARE * far]
    else:
        # "north-central": the north, coarsely
        bearing = BEARINGS.get(word.removesuffix("central").removesuffix("ern").replace("-", ""))
        if bearing is None:
            return None
        # the half of the country the bearing points to ("north": within 90 degrees of it); for a
        # diagonal, within DIAGONAL_SPREAD of it: "southeast" Central African Republic holds
        # Haut-Mbomou, a little north of the country's middle and far east of it; "southwest"
        # Saudi Arabia Jazan, a little east of its middle; "northeast" Nigeria no Sokoto
        spread = 90.0 if bearing % 90 == 0 else DIAGONAL_SPREAD
        chosen = [
            k
            for k, (x, y) in enumerate(offsets)
            if (x or y) and abs((math.degrees(math.atan2(x, y)) - bearing + 180) % 360 - 180) < spread
        ]
    if not chosen or len(chosen) == len(divisions):
        return None
    names = ", ".join(sorted(ix.names[divisions[k]] for k in chosen))
    part = shapely.union_all([outlines[k] for k in chosen])
    if any(gazetteer.has_boundary(divisions[k]) for k in chosen):  # as far as the boundary is sure
        part = shapely.buffer(part, NEAR_DEG, quad_segs=2)
    return _rounded(part), names


def _drawn_as_its_division(fields: dict[str, Any], notes: list[str], i: int, gazetteer: Gazetteer) -> None:
    """A second-level division with no settlement filed under it (so neither outline nor
    centre): drawn as the first-level division that holds it, at geo_precision 3, never as a
    pin at that division's capital."""
    ix = gazetteer.index
    division = ix.by_id.get(f"admin1:{ix.admin1[i]}") if ix.admin1[i] else None
    outline = gazetteer.outline(division) if division is not None else None
    if outline is None:
        return
    fields["geometry"] = _rounded(outline)
    fields["geo_precision"] = 3
    notes.append(
        f"{ix.names[i]} (second-level division) cannot be drawn: no settlement of the gazetteer lies "
        f"in it; drawn as {ix.names[division]}, the first-level division that holds it."
    )


def _drawn_at_its_namesake(fields: dict[str, Any], notes: list[str], i: int, gazetteer: Gazetteer) -> None:
    """A first-level division with neither outline nor centre in the gazetteer (the Palestinian
    governorates, filed apart from the towns in them): pinned at the town of its name in its country,
    if there is one, at geo_precision 3 and so noted; else left undrawn."""
    ix = gazetteer.index
    namesakes = [e for e, _ in gazetteer.lookup_key(gazetteer.key_of(i)) if ix.country[e] == ix.country[i]]
    towns = [e for e in namesakes if ix.kinds[e] == "city" and gazetteer.lonlat(e) is not None]
    if not towns:
        return
    town = max(towns, key=lambda e: ix.population[e])
    lon, lat = gazetteer.lonlat(town)
    fields["geometry"] = {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}
    notes.append(
        f"{ix.names[i]} (first-level division) has no outline or centre in the gazetteer: pinned at "
        f"{ix.names[town]}, the town of its name (an approximate place for the division)."
    )


def _relative(fields: dict[str, Any], notes: list[str], place: Resolved, name: str) -> None:
    """'20 km north of X' -> a point 20 km north of X; '20km from X', 'near X', 'the outskirts of
    X', 'between X and Y' -> X's point; all with geo_precision 2 and a note saying which."""
    mention = place.mention
    fields["geo_precision"] = 2
    if mention.relation == "offset" and mention.bearing is not None and fields["geometry"]:
        lon, lat = fields["geometry"]["coordinates"]
        lon2, lat2 = destination_lonlat(lon, lat, mention.offset_km, mention.bearing)
        fields["geometry"] = {"type": "Point", "coordinates": [round(lon2, 5), round(lat2, 5)]}
        notes.append(
            f"{mention.offset_km:g} km {_heading(mention.bearing)} of {name}: a point computed from {name}'s."
        )
    elif mention.relation == "offset" and mention.offset_km > PIN_WITHIN_KM and fields["geometry"]:
        # "about 200 km from Bamako": somewhere that far, in no direction told: the disc, not a pin
        lon, lat = fields["geometry"]["coordinates"]
        fields["geometry"] = _rounded(_disc(lon, lat, mention.offset_km))
        fields["geo_precision"] = 3
        notes.append(f"Within {mention.offset_km:g} km of {name} (no direction given): drawn as the disc of "
                     f"that radius around {name}'s point.")  # fmt: skip
    elif mention.relation == "offset":
        notes.append(f"Within {mention.offset_km:g} km of {name} (no direction given): {name}'s point.")
    elif mention.relation == "outskirts":
        notes.append(f"On the outskirts of {name}: {name}'s point.")
    elif mention.relation == "between":
        notes.append(f"Between {name} and another place: {name}'s point.")
    else:
        notes.append(f"Near {name}, not in it.")


def _disc(lon: float, lat: float, km: float) -> shapely.Geometry:
    """The points within ``km`` of (lon, lat), as a polygon in degrees (longitudes widened by
    latitude; coarse near the poles, which no report's offsets reach)."""
    circle = shapely.Point(lon, lat).buffer(km / KM_PER_DEGREE, quad_segs=8)
    return shapely.affinity.scale(circle, 1 / max(math.cos(math.radians(lat)), 0.1), 1.0, origin=(lon, lat))


def destination_lonlat(lon: float, lat: float, km: float, bearing: float) -> tuple[float, float]:
    """(lon, lat) of the point ``km`` from (lon, lat) along ``bearing`` degrees (great circle)."""
    angular = km / 6371.0088
    theta, phi1, lam1 = math.radians(bearing), math.radians(lat), math.radians(lon)
    sin_phi2 = math.sin(phi1) * math.cos(angular) + math.cos(phi1) * math.sin(angular) * math.cos(theta)
    phi2 = math.asin(sin_phi2)
    lam2 = lam1 + math.atan2(math.sin(theta) * math.sin(angular) * math.cos(phi1),
                             math.cos(angular) - math.sin(phi1) * math.sin(phi2))  # fmt: skip
    return (math.degrees(lam2) + 540) % 360 - 180, math.degrees(phi2)


# degrees: a bearing told in news copy is rounded, or loose; never the other side
BEARING_SLACK = 90.0
MEASURE_SLACK_KM = 25.0  # a distance told fits a reading this far off (or half the distance, if more)


def fits_measure(here: tuple[float, float], anchor: tuple[float, float], mention: Mention) -> bool:
    """Whether a reading (lon, lat) lies where the measure before ``mention`` puts it ("five
    kilometres west of Donetsk", "20 km from Bambari"), allowing for a rounded distance and a
    bearing told to the nearest point of the compass."""
    km = haversine_km(here[1], here[0], anchor[1], anchor[0])
    if abs(km - mention.offset_km) > max(MEASURE_SLACK_KM, mention.offset_km / 2):
        return False
    if mention.bearing is None or km <= MEASURE_SLACK_KM:
        return True
    turn = abs((_bearing_to(anchor, here) - mention.bearing + 180) % 360 - 180)
    return turn <= BEARING_SLACK


def _bearing_to(start: tuple[float, float], end: tuple[float, float]) -> float:
    """The initial great-circle bearing from (lon, lat) ``start`` to ``end``, degrees from north."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*start, *end))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.degrees(math.atan2(y, x)) % 360


def _heading(bearing: float) -> str:
    names = ("north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest")
    return names[round(bearing / 45) % 8]
