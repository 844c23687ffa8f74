"""Keep the map's payload bounded: above a threshold, point events are aggregated in
Python into square grid cells, each with its count, fatalities, mix of event types and
busiest places, and identical area outlines are drawn once with their count."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from maps.coords import latlon
from maps.style import TYPE_COLOURS

MAX_MARKERS = 3_000  # individual markers up to this many point events in view
TARGET_CELLS = 400  # roughly how many aggregated cells over the events' extent
TARGET_VIEW_CELLS = 1_000  # over the map's view (wider than the events: more cells fit)
TOP_PLACES = 3  # busiest places named in a cell's breakdown
NICE_STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0)


def cell_size(lons, lats, target: int = TARGET_CELLS) -> float:
    """A grid step (degrees) giving about ``target`` cells over the points' extent."""
    lons, lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    area = max(1e-6, float(lons.max() - lons.min()) * float(lats.max() - lats.min()))
    step = math.sqrt(area / target)
    return next((nice for nice in NICE_STEPS if step <= nice), 10.0)


def _type_order(kind: str) -> int:
    order = list(TYPE_COLOURS)
    return order.index(kind) if kind in order else len(order)


def _counts(cell: np.ndarray, codes: np.ndarray, cells: int, weights: np.ndarray | None = None) -> np.ndarray:
    """(cells, distinct codes) table of events (or ``weights``) per cell and code; code -1
    (a missing value) is left out."""
    known = codes >= 0
    width = int(codes.max()) + 1 if known.any() else 0
    flat = cell[known] * width + codes[known]
    kept = None if weights is None else weights[known]
    return np.bincount(flat, weights=kept, minlength=cells * width).reshape(cells, width)


def _places(cell: np.ndarray, locations: pd.Series, cells: int) -> list[list[tuple[str, int]]]:
    """Per cell, its TOP_PLACES locations with their counts (most first; ties by name)."""
    codes, names = pd.factorize(locations, sort=True)
    known = codes >= 0
    pairs, counts = np.unique(cell[known] * max(1, len(names)) + codes[known], return_counts=True)
    owner, place = pairs // max(1, len(names)), pairs % max(1, len(names))
    ranked = np.lexsort((place, -counts, owner))
    owner, place, counts = owner[ranked], place[ranked], counts[ranked]
    rank = np.arange(len(owner)) - np.searchsorted(owner, owner)  # 0 for each cell's busiest
    places: list[list[tuple[str, int]]] = [[] for _ in range(cells)]
    for k, name, n in zip(owner[rank < TOP_PLACES].tolist(), place[rank < TOP_PLACES].tolist(),
                          counts[rank < TOP_PLACES].tolist(), strict=True):  # fmt: skip
        places[k].append((str(names[name]), int(n)))
    return places


def aggregate_points(frame: pd.DataFrame, extent: list[list[float]] | None = None) -> list[dict[str, Any]]:
    """Point events (event_type, lon/lat or geometry, fatalities, location) -> one cell per
    grid square: centre (mean position), count, fatalities, ``types`` as (type, events,
    fatalities) in the palette's order, ``places``, ``bounds`` (Leaflet's [south, west,
    north, east]) and ``cell_deg``. The grid step fits the ``extent`` in view (Leaflet's
    [[south, west], [north, east]]), else the points'. Cells are counted on integer keys
    with numpy: no per-event Python, no string columns copied."""
    from events.records.filters import with_points

    frame = with_points(frame)
    is_point = frame["lat"].notna().to_numpy()
    if not is_point.any():
        return []
    lons = frame["lon"].to_numpy(dtype=float)[is_point]
    lats = frame["lat"].to_numpy(dtype=float)[is_point]
    if extent:
        (south, west), (north, east) = extent
        view_lons, view_lats = [max(-180.0, west), min(180.0, east)], [max(-85.0, south), min(85.0, north)]
        step = cell_size(view_lons, view_lats, TARGET_VIEW_CELLS)
    else:
        step = cell_size(lons, lats)
    gx, gy = np.floor(lons / step).astype(np.int64), np.floor(lats / step).astype(np.int64)
    keys, cell = np.unique(
        (gx - gx.min()) * (int(gy.max() - gy.min()) + 1) + (gy - gy.min()), return_inverse=True
    )
    cell = cell.ravel()
    cells = len(keys)
    dead = pd.to_numeric(frame["fatalities"], errors="coerce").fillna(0).to_numpy(dtype=float)[is_point]
    centres = pd.DataFrame({"cell": cell, "lon": lons, "lat": lats}).groupby("cell").mean()
    member = np.zeros(cells, dtype=np.int64)
    member[cell] = np.arange(len(cell))  # any event of each cell: they share its grid square
    kinds, names = pd.factorize(frame["event_type"][is_point], sort=True)
    kind_events, kind_dead = _counts(cell, kinds, cells), _counts(cell, kinds, cells, dead)
    order = sorted(range(len(names)), key=lambda k: _type_order(str(names[k])))
    kind_names = [str(names[t]) for t in order]
    kind_events, kind_dead = kind_events[:, order].tolist(), kind_dead[:, order].tolist()
    if "location" in frame:
        places = _places(cell, frame["location"][is_point], cells)
    else:
        places = [[] for _ in range(cells)]
    counts = np.bincount(cell, minlength=cells).tolist()
    fatalities = np.bincount(cell, weights=dead, minlength=cells).tolist()
    mean_lons, mean_lats = centres["lon"].tolist(), centres["lat"].tolist()
    out = []
    for k, (x, y) in enumerate(zip(gx[member].tolist(), gy[member].tolist(), strict=True)):
        out.append(
            {
                "count": int(counts[k]),
                "lon": float(mean_lons[k]),
                "lat": float(mean_lats[k]),
                "fatalities": int(fatalities[k]),
                "types": [
                    (name, int(n), int(d))
                    for name, n, d in zip(kind_names, kind_events[k], kind_dead[k], strict=True)
                    if n
                ],  # fmt: skip
                "places": places[k],
                "cell_deg": step,
                "bounds": [*latlon((x * step, y * step)), *latlon(((x + 1) * step, (y + 1) * step))],
            }
        )
    return out


def unique_areas(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Area events grouped by identical outline: one shape per place and type, with a count."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        geometry = row.get("geometry")
        if not geometry or geometry["type"] == "Point":
            continue
        key = (str(row.get("location")), str(row.get("event_type")))
        group = groups.setdefault(key, {**row, "count": 0})
        group["count"] += 1
    return list(groups.values())
