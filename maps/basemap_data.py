"""The offline basemap's data files, written once by the set-up (``python -m maps.assets``)
into static/vendor/basemap/, where Streamlit serves them and the standalone export inlines
them:

- ``world.js``: Natural Earth 1:50m countries and land (the npm package world-atlas,
  public domain), unchanged, as a script that stores it in ``SITREP_BASEMAP.world``;
- ``labels.js``: a label point for each country (the pole of inaccessibility of its
  largest part) and the gazetteer's cities of LARGE_CITY people or more, and capitals;
- ``admin1-<CC>.js``: one country's first-level outlines (the gazetteer's: Natural Earth's
  boundaries, see events/places/natural_earth.py and outlines.py), simplified to DRAW_DEG,
  loaded only for the countries that have events;
- ``manifest.json``: country name -> code of the admin-1 files (read by the server).

Every file is a script (not JSON) so that the map loads it like Leaflet, with no fetch,
and the standalone export inlines it like the other local scripts.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import shapely
from shapely.ops import polylabel

log = logging.getLogger(__name__)

LARGE_CITY = 100_000
PRECISION_DEG = 0.001  # about 100 m: finer than any zoom the outlines are drawn at
DRAW_DEG = 0.02  # about 2 km: admin-1 lines as fine as the 1:50m country borders drawn with them
WORLD = "world-atlas/countries-50m.json"


def _script(key: str, value: object) -> str:
    """A script storing ``value`` in window.SITREP_BASEMAP[key] (JSON: no code, no markup)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.SITREP_BASEMAP=window.SITREP_BASEMAP||{{}};SITREP_BASEMAP[{json.dumps(key)}]={text};\n"


def decode_arcs(topology: dict) -> list[np.ndarray]:
    """A quantised TopoJSON topology's arcs as arrays of [lon, lat] (delta-decoded)."""
    (kx, ky), (dx, dy) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        steps = np.cumsum(np.asarray(arc, dtype=float), axis=0)
        arcs.append(np.column_stack([steps[:, 0] * kx + dx, steps[:, 1] * ky + dy]))
    return arcs


def _ring(arcs: list[np.ndarray], indexes: list[int]) -> np.ndarray:
    parts = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in indexes]
    return np.concatenate([p if n == 0 else p[1:] for n, p in enumerate(parts)])


def topology_shapes(topology: dict, name: str) -> list[tuple[str, object]]:
    """(name property, shapely geometry) of each geometry of one TopoJSON object."""
    arcs = decode_arcs(topology)
    shapes = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry.get("type")
        polygons = {"Polygon": [geometry.get("arcs")], "MultiPolygon": geometry.get("arcs")}.get(kind)
        if not polygons:
            continue
        parts = [
            shapely.Polygon(_ring(arcs, rings[0]), [_ring(arcs, r) for r in rings[1:]]) for rings in polygons
        ]
        label = str(geometry.get("properties", {}).get("name", ""))
        shapes.append((label, shapely.make_valid(shapely.MultiPolygon(parts))))
    return shapes


def country_labels(topology: dict) -> list[list]:
    """[name, lon, lat, area in square degrees] per country, largest first; the point lies
    inside the country's largest part (France's label in France, not French Guiana)."""
    labels = []
    for name, shape in topology_shapes(topology, "countries"):
        parts = [g for g in getattr(shape, "geoms", [shape]) if g.geom_type == "Polygon"]
        if not name or not parts:
            continue
        largest = max(parts, key=lambda p: p.area)
        point = polylabel(largest, tolerance=0.05)
        labels.append([name, round(point.x, 3), round(point.y, 3), round(shape.area, 2)])
    return sorted(labels, key=lambda row: -row[3])


def city_labels(gazetteer, min_population: int = LARGE_CITY) -> list[list]:
    """[name, lon, lat, population, capital 0/1] of the large cities, most populous first."""
    index = gazetteer.index
    rows = []
    for i, kind in enumerate(index.kinds):
        capital = i in index.capitals
        if kind != "city" or (index.population[i] < min_population and not capital):
            continue
        point = gazetteer.lonlat(i)
        if point is not None:
            rows.append(
                [
                    index.names[i],
                    round(point[0], 3),
                    round(point[1], 3),
                    int(index.population[i]),
                    int(capital),
                ]
            )
    return sorted(rows, key=lambda row: (-row[4], -row[3]))


def _coordinates(geometry) -> list:
    """Rings of a (multi)polygon as lists of [lon, lat], rounded (lines only: no fill)."""
    rings = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            rings.append(np.round(np.asarray(ring.coords), 3).tolist())
    return rings


def admin1_outlines(gazetteer) -> dict[str, list[list]]:
    """Country code -> [[admin-1 name, rings], ...]: the gazetteer's outlines (Natural Earth's
    boundaries where installed, else drawn around settlements), simplified for drawing."""
    index = gazetteer.index
    by_country: dict[str, list[list]] = {}
    for i, kind in enumerate(index.kinds):
        if kind != "admin1":
            continue
        outline = gazetteer.outline(i)
        if outline is None:
            continue
        drawn = shapely.simplify(outline, DRAW_DEG, preserve_topology=True)
        rings = _coordinates(shapely.set_precision(drawn, PRECISION_DEG))
        if rings:
            by_country.setdefault(index.country[i], []).append([index.names[i], rings])
    return by_country


def write_basemap(node_modules: Path, destination: Path, gazetteer) -> list[Path]:
    """Write every basemap file into ``destination`` (see the module's docstring)."""
    destination.mkdir(parents=True, exist_ok=True)
    topology = json.loads((node_modules / WORLD).read_text(encoding="utf-8"))
    files = {
        "world.js": _script("world", topology),
        "labels.js": _script(
            "labels", {"countries": country_labels(topology), "cities": city_labels(gazetteer)}
        ),
    }
    manifest = {}
    for code, outlines in sorted(admin1_outlines(gazetteer).items()):
        files[f"admin1-{code}.js"] = _script(f"admin1-{code}", outlines)
        name = gazetteer.country_name(code)
        if name:
            manifest[name] = code
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=0, sort_keys=True)
    written = []
    for name, text in files.items():
        path = destination / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    log.info("basemap: %d files in %s", len(written), destination)
    return written
