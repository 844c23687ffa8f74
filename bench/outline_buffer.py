"""How far to buffer a division's settlement hull (events.places.outlines.BUFFER_DEG).

A second-level division has no published boundary here, only the GeoNames settlements filed
under it, so its outline is their concave hull, buffered. This measures which buffer makes
such a hull stand best for a real boundary, on the divisions that have one: every
first-level division of admin-2 size (under ~3 square degrees) whose Natural Earth outline
the index holds and with three or more settlements. For each buffer it prints, median over
the divisions, the overlap with the boundary (intersection over union), the share of the
boundary's area the hull covers (sampled points) and the hull's area over the boundary's.
Last, the same for the outline a second-level division now gets (outlines.nearest_town_cells):
each division's country (the union of its boundaries) cut into the Voronoi cells of all its
settlements, a division taking the cells of its own.
No shared corpus is read: the figure is fitted on the packages' own data.

Usage: .venv/bin/python bench/outline_buffer.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from events.places import OUTLINE_BUFFER_DEG, load_gazetteer, nearest_town_cells, settlement_outline  # noqa: E402
from events.settings import load_settings  # noqa: E402

BUFFERS = (0.05, 0.08, 0.1, 0.12, 0.15)
MAX_AREA = 3.0  # square degrees: admin-2 sized
SAMPLES = 400


def _divisions(index):
    lon, lat = np.asarray(index.lon, float), np.asarray(index.lat, float)
    towns = defaultdict(list)
    for i, kind in enumerate(index.kinds):
        if kind == "city":
            towns[index.admin1[i]].append(i)
    rng = np.random.default_rng(0)
    for i in sorted(index.official):
        rows = np.asarray(towns.get(index.admin1[i], []), dtype=int)
        truth = shapely.from_wkb(index.outlines[i])
        if index.kinds[i] != "admin1" or len(rows) < 3 or truth.area > MAX_AREA:
            continue
        west, south, east, north = truth.bounds
        points = shapely.points(rng.uniform(west, east, SAMPLES), rng.uniform(south, north, SAMPLES))
        points = points[shapely.contains(truth, points)]
        if len(points) >= 20:
            yield index.admin1[i], lon[rows], lat[rows], truth, points


def _cells(index) -> dict:
    """Admin-1 code -> the part of its country nearest to its settlements."""
    lon, lat = np.asarray(index.lon, float), np.asarray(index.lat, float)
    land, towns = defaultdict(list), defaultdict(list)
    for i in index.official:
        if index.kinds[i] == "admin1":
            land[index.country[i]].append(shapely.from_wkb(index.outlines[i]))
    for i, kind in enumerate(index.kinds):
        if kind == "city" and index.country[i] in land:
            towns[index.country[i]].append(i)
    out = {}
    for cc, rows in towns.items():
        rows = np.asarray(rows, dtype=int)
        codes = [index.admin1[i] for i in rows]
        out.update(nearest_town_cells(lon[rows], lat[rows], codes, shapely.union_all(land[cc])))
    return out


def main() -> None:
    index = load_gazetteer(load_settings().cache_dir).index
    divisions = list(_divisions(index))
    if not divisions:  # Natural Earth's boundaries come with the set-up's npm packages
        print("no first-level division with a boundary in the index: run the set-up (Natural Earth) first")
        return
    print(f"{len(divisions)} first-level divisions under {MAX_AREA} square degrees with a boundary")
    print("buffer (deg)   IoU   covered  area ratio   (medians)")
    for buffer in BUFFERS:
        rows = []
        for _, lons, lats, truth, points in divisions:
            rows.append(_fit(settlement_outline(lons, lats, buffer), truth, points))
        iou, covered, ratio = np.median(np.asarray(rows), axis=0)
        mark = "   <- shipped" if buffer == OUTLINE_BUFFER_DEG else ""
        print(f"  {buffer:<10}  {iou:.3f}   {covered:.3f}     {ratio:.2f}{mark}")
    cells = _cells(index)
    rows = [_fit(cells[code], truth, points) for code, _, _, truth, points in divisions if code in cells]
    iou, covered, ratio = np.median(np.asarray(rows), axis=0)
    print(f"  nearest-town cells ({len(rows)})  {iou:.3f}   {covered:.3f}     {ratio:.2f}")


def _fit(outline, truth, points) -> tuple[float, float, float]:
    """Overlap with the boundary, share of its area covered, area over the boundary's."""
    return (outline.intersection(truth).area / outline.union(truth).area,
            shapely.contains(outline, points).mean(), outline.area / truth.area)  # fmt: skip


if __name__ == "__main__":
    main()
