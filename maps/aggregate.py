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
    area = max(1e-6, (max(lons) - min(lons)) * (max(lats) - min(lats)))
    step = math.sqrt(area / target)
    return next((nice for nice in NICE_STEPS if step <= nice), 10.0)


def _type_order(kind: str) -> int:
    order = list(TYPE_COLOURS)
    return order.index(kind) if kind in order else len(order)


def _places(table: pd.DataFrame) -> dict[tuple, list[tuple[str, int]]]:
    """(gx, gy) -> the cell's TOP_PLACES locations with their counts."""
    counts = table.dropna(subset=["location"]).groupby(["gx", "gy", "location"], observed=True).size()
    top = counts.rename("n").reset_index().sort_values("n", ascending=False, kind="stable")
    top = top.groupby(["gx", "gy"], sort=False).head(TOP_PLACES)
    places: dict[tuple, list[tuple[str, int]]] = {}
    for gx, gy, name, n in top.itertuples(index=False):
        places.setdefault((gx, gy), []).append((str(name), int(n)))
    return places


def aggregate_points(frame: pd.DataFrame, extent: list[list[float]] | None = None) -> list[dict[str, Any]]:
    """Point events (event_type, lon/lat or geometry, fatalities, location) -> one cell per
    grid square: centre (mean position), count, fatalities, ``types`` as (type, events,
    fatalities) in the palette's order, ``places``, ``bounds`` (Leaflet's [south, west,
    north, east]) and ``cell_deg``. The grid step fits the ``extent`` in view (Leaflet's
    [[south, west], [north, east]]), else the points'."""
    from events.records.filters import with_points

    frame = with_points(frame)
    points = frame[frame["lat"].notna()]
    if points.empty:
        return []
    lons, lats = points["lon"].to_numpy(dtype=float), points["lat"].to_numpy(dtype=float)
    if extent:
        (south, west), (north, east) = extent
        view_lons, view_lats = [max(-180.0, west), min(180.0, east)], [max(-85.0, south), min(85.0, north)]
        step = cell_size(view_lons, view_lats, TARGET_VIEW_CELLS)
    else:
        step = cell_size(lons, lats)
    table = pd.DataFrame(
        {
            "gx": np.floor(lons / step),
            "gy": np.floor(lats / step),
            "lon": lons,
            "lat": lats,
            "event_type": points["event_type"].to_numpy(),
            "location": points["location"].to_numpy() if "location" in points else None,
            "fatalities": pd.to_numeric(points["fatalities"], errors="coerce").fillna(0).to_numpy(),
        }
    )
    cells = table.groupby(["gx", "gy"]).agg(
        count=("lon", "size"), lon=("lon", "mean"), lat=("lat", "mean"), dead=("fatalities", "sum")
    )
    kinds = table.groupby(["gx", "gy", "event_type"]).agg(n=("lon", "size"), dead=("fatalities", "sum"))
    types: dict[tuple, list] = {}
    for (gx, gy, kind), n, dead in zip(kinds.index, kinds["n"], kinds["dead"], strict=True):
        types.setdefault((gx, gy), []).append((str(kind), int(n), int(dead)))
    places = _places(table)
    out = []
    for (gx, gy), count, lon, lat, dead in zip(
        cells.index, cells["count"], cells["lon"], cells["lat"], cells["dead"], strict=True
    ):
        out.append(
            {
                "count": int(count),
                "lon": float(lon),
                "lat": float(lat),
                "fatalities": int(dead),
                "types": sorted(types[(gx, gy)], key=lambda t: _type_order(t[0])),
                "places": places.get((gx, gy), []),
                "cell_deg": step,
                "bounds": [*latlon((gx * step, gy * step)), *latlon(((gx + 1) * step, (gy + 1) * step))],
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
