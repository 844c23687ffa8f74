"""Outlines and centres of areas: Natural Earth's for first-level divisions, else derived
from the gazetteer's own settlements.

A first-level division's outline is Natural Earth's boundary (events.places.natural_earth)
when the set-up installed it; otherwise the concave hull of the GeoNames cities500
settlements that GeoNames files under it, buffered by ~11 km and simplified. Its centre is
that outline's centroid (a point inside it when the centroid is not) and its population the
sum of its settlements'. A second-level division with a settlement filed under it gets the part
of its first-level division's outline nearest to its settlements (_districts_by_nearest_town;
with no outline of the first-level division, three or more settlements give it their hull); its
centre stays the middle of its settlements (their hull's centroid with three or more, else its
own point), where the resolver measures distances from (the cell's middle instead: GeoWebNews
left out 0.835 -> 0.831). A
named region is the union of its members. Countries get a population-weighted centre (used only to measure
distances), never an outline or a pin. The hulls are approximations for maps and
containment tests, not boundaries (``Index.official`` lists the areas whose outline is a
boundary); all outlines are in longitude/latitude degrees. A boundary that holds fewer than
half of the settlements GeoNames files under its division is another unit's, and the hull
stands in (_agrees).
"""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import shapely

BUFFER_DEG = 0.1  # ~11 km: the settlements hull closest to real boundaries (bench/outline_buffer.py)
SIMPLIFY_DEG = 0.01
HULL_RATIO = 0.3
MIN_TOWNS = 3  # a second-level division gets an outline from this many settlements up
AGREEMENT = 0.5  # share of its settlements a boundary must hold to be the division's (_agrees)
NEAR_DEG = 0.02  # about 2 km: a coastal town just off a simplified boundary is in it


def _inliers(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Drop misfiled settlements: farther from the median than 3x the 90th-percentile distance."""
    if len(lons) < 10:
        return np.ones(len(lons), dtype=bool)
    distance = np.hypot(lons - np.median(lons), lats - np.median(lats))
    return distance <= 3 * max(np.percentile(distance, 90), 0.05)


def settlement_outline(lons: np.ndarray, lats: np.ndarray, buffer: float = BUFFER_DEG):
    """The outline settlements give an area: their concave hull (misfiled ones left out),
    buffered by ``buffer`` degrees and simplified."""
    keep = _inliers(lons, lats)
    lons, lats = lons[keep], lats[keep]
    points = shapely.multipoints(np.column_stack([lons, lats]))
    hull = shapely.concave_hull(points, ratio=HULL_RATIO) if len(lons) >= 3 else points
    return shapely.simplify(shapely.buffer(hull, buffer, quad_segs=4), SIMPLIFY_DEG)


def _districts_by_nearest_town(index, lon: np.ndarray, lat: np.ndarray, by_admin1: dict) -> dict:
    """Second-level division -> its outline as the part of its first-level division's outline
    nearest to its own settlements: the division's outline cut into the Voronoi cells of all the
    settlements filed under it, each cell given to the second-level division its settlement is
    filed under. A district with one or two towns (Chikun LGA) gets an area of about its size, not
    a point, and one with a few gets its countryside, which a hull round three towns leaves out
    (Bijapur's was a third of the district). Against Natural Earth's boundaries of admin-2-sized
    first-level divisions cut the same way out of their countries (bench/outline_buffer.py), the
    cells overlap the boundary at 0.77 median IoU and cover 0.90 of it, where the buffered hull
    overlaps it at 0.54 and covers 0.78."""
    district_of = {t: area for area, towns in index.towns_in.items() for t in towns}
    out: dict[int, shapely.Geometry] = {}
    for code, towns in by_admin1.items():
        division = index.by_id.get(f"admin1:{code}")
        if division is None or division not in index.outlines:
            continue
        rows = np.asarray(towns, dtype=int)
        named = [district_of.get(int(t)) for t in rows]
        if not any(d is not None for d in named):
            continue
        outline = shapely.from_wkb(index.outlines[division])
        for area, cell in nearest_town_cells(lon[rows], lat[rows], named, outline).items():
            if not cell.is_empty and cell.area > 0:  # towns off a simplified coast: no cell
                out[area] = _polygonal(shapely.simplify(cell, SIMPLIFY_DEG))
    return out


def nearest_town_cells(lons: np.ndarray, lats: np.ndarray, labels: list, outline) -> dict:
    """Label -> the part of ``outline`` nearer to the settlements so labelled than to any other:
    the union of their Voronoi cells within it (a None label: a settlement filed under no
    division, whose cell goes to none)."""
    points = shapely.points(lons, lats)
    if len(points) == 1:
        return {labels[0]: outline} if labels[0] is not None else {}
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(points), extend_to=outline))
    tree = shapely.STRtree(points)
    cell_index, point_index = tree.query(cells, predicate="contains")
    parts: dict = defaultdict(list)
    for c, p in zip(cell_index.tolist(), point_index.tolist(), strict=True):
        if labels[p] is not None:
            parts[labels[p]].append(cells[c])
    return {label: _polygonal(shapely.intersection(shapely.union_all(shapes), outline))
            for label, shapes in parts.items()}  # fmt: skip


def _polygonal(geometry):
    """Only the polygons of an intersection (cells meeting along an edge leave lines too)."""
    parts = [p for p in shapely.get_parts(geometry) if shapely.get_type_id(p) in (3, 6)]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def _agrees(outline: bytes, lons: np.ndarray, lats: np.ndarray) -> bool:
    """A boundary is the division's when it holds (within ~2 km) at least half of the settlements
    GeoNames files under it (misfiled ones left out), or when fewer than MIN_TOWNS are filed."""
    if len(lons) < MIN_TOWNS:
        return True
    keep = _inliers(lons, lats)
    points = shapely.points(np.column_stack([lons[keep], lats[keep]]))
    return float((shapely.distance(shapely.from_wkb(outline), points) <= NEAR_DEG).mean()) >= AGREEMENT


def _set_area(index, i: int, geometry, population: int) -> None:
    centre = geometry.centroid  # the middle, when it lies inside (England's is near Leicester)
    if not geometry.contains(centre):
        centre = geometry.representative_point()
    index.lon[i], index.lat[i] = round(centre.x, 5), round(centre.y, 5)
    index.population[i] = population
    index.outlines[i] = shapely.to_wkb(geometry)


def add_area_geometry(index, official: dict[str, bytes] | None = None) -> None:
    """Fill outlines, centres and populations of divisions, regions and countries.
    ``official``: GeoNames admin-1 code -> WKB outline, preferred to the settlements' hull."""
    official = official or {}
    drawn: set[int] = set()
    lat = np.asarray(index.lat, dtype=float)
    lon = np.asarray(index.lon, dtype=float)
    pop = np.asarray(index.population, dtype=float)
    by_admin1: dict[str, list[int]] = defaultdict(list)
    by_country: dict[str, list[int]] = defaultdict(list)
    for i, kind in enumerate(index.kinds):
        if kind == "city":
            by_admin1[index.admin1[i]].append(i)
            by_country[index.country[i]].append(i)
    for i, kind in enumerate(index.kinds):
        boundary = official.get(index.admin1[i]) if kind == "admin1" else None
        rows = np.asarray(by_admin1.get(index.admin1[i], []), dtype=int) if boundary else None
        if boundary and _agrees(boundary, lon[rows], lat[rows]):
            _set_area(index, i, shapely.from_wkb(boundary), int(pop[rows].sum()))
            drawn.add(i)
        elif kind == "admin1" and index.admin1[i] in by_admin1:
            rows = np.asarray(by_admin1[index.admin1[i]])
            _set_area(index, i, settlement_outline(lon[rows], lat[rows]), int(pop[rows].sum()))
        elif kind == "country" and index.country[i] in by_country:
            rows = np.asarray(by_country[index.country[i]])
            if math.isnan(index.lat[i]):  # no published centre: weight by settlements
                weights = np.sqrt(pop[rows] + 1)
                index.lat[i] = float(np.average(lat[rows], weights=weights))
                index.lon[i] = float(np.average(lon[rows], weights=weights))
            index.population[i] = max(index.population[i], int(pop[rows].sum()))
    tessellated = _districts_by_nearest_town(index, lon, lat, by_admin1)
    for area, towns in index.towns_in.items():
        rows = np.fromiter(towns, int, len(towns))
        if len(towns) >= MIN_TOWNS:  # its centre: the middle of where its people live
            _set_area(index, area, settlement_outline(lon[rows], lat[rows]), int(pop[rows].sum()))
        if area in tessellated:  # its area: its share of its first-level division
            index.outlines[area] = shapely.to_wkb(tessellated[area])
            index.population[area] = int(pop[rows].sum())
    for i, members in index.members.items():
        parts = [shapely.from_wkb(index.outlines[m]) for m in members if m in index.outlines]
        population = sum(index.population[m] for m in members)
        if parts and all(index.kinds[m] in ("admin1", "admin2") for m in members):
            _set_area(index, i, shapely.union_all(parts), population)
            if all(m in drawn for m in members):
                drawn.add(i)
        else:
            centres = [(index.lat[m], index.lon[m]) for m in members if not math.isnan(index.lat[m])]
            if centres and math.isnan(index.lat[i]):
                index.lat[i] = float(np.mean([c[0] for c in centres]))
                index.lon[i] = float(np.mean([c[1] for c in centres]))
            index.population[i] = population
    index.official = frozenset(drawn)
