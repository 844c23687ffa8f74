"""Keep the map's payload bounded: above a threshold, point events are aggregated into
square grid cells (counted where the events are: see events.store.views), each with its
count, fatalities, mix of event types and busiest places, and identical area outlines are
drawn once with their count."""

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


def cells_of(groups: pd.DataFrame, step: float) -> list[dict[str, Any]]:
    """Point events counted per grid square, type and place (events.store.views.CELL_KEYS and
    CELL_SUMS: gx, gy, event_type, location, events, fatalities, lon and lat sums; from any
    store's view) -> one cell per grid square, in (gx, gy) order: centre (mean position),
    count, fatalities, ``types`` as (type, events, fatalities) in the palette's order,
    ``places`` (the TOP_PLACES busiest, ties by name), ``bounds`` (Leaflet's [south, west,
    north, east]) and ``cell_deg``."""
    if groups.empty:
        return []
    groups = groups.sort_values(["gx", "gy"], kind="stable")
    by_cell = groups.groupby(["gx", "gy"], sort=True)
    totals = by_cell[["events", "fatalities", "lon", "lat"]].sum()
    kinds = groups.dropna(subset=["event_type"]).groupby(["gx", "gy", "event_type"], sort=True)
    kind_sums = kinds[["events", "fatalities"]].sum()
    named = groups.dropna(subset=["location"])
    place_sums = named.groupby(["gx", "gy", "location"], sort=True)["events"].sum().reset_index()
    place_sums = place_sums.sort_values(
        ["gx", "gy", "events", "location"], ascending=[True, True, False, True], kind="stable"
    )
    places: dict[tuple[int, int], list[tuple[str, int]]] = {}
    for gx, gy, name, n in place_sums.itertuples(index=False):
        top = places.setdefault((int(gx), int(gy)), [])
        if len(top) < TOP_PLACES:
            top.append((str(name), int(n)))
    types: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    for (gx, gy, kind), n, dead in zip(
        kind_sums.index, kind_sums["events"], kind_sums["fatalities"], strict=True
    ):
        types.setdefault((int(gx), int(gy)), []).append((str(kind), int(n), int(dead)))
    out = []
    sums = zip(totals["events"], totals["fatalities"], totals["lon"], totals["lat"], strict=True)
    for (gx, gy), (n, dead, lon, lat) in zip(totals.index, sums, strict=True):
        key = (int(gx), int(gy))
        out.append(
            {
                "count": int(n),
                "lon": float(lon) / int(n),
                "lat": float(lat) / int(n),
                "fatalities": int(dead),
                "types": sorted(
                    (t for t in types.get(key, []) if t[1]), key=lambda t: (_type_order(t[0]), t[0])
                ),
                "places": places.get(key, []),
                "cell_deg": step,
                "bounds": [
                    *latlon((key[0] * step, key[1] * step)),
                    *latlon(((key[0] + 1) * step, (key[1] + 1) * step)),
                ],
            }
        )
    return out


def grid_step(extent: list[list[float]] | None, points: tuple | None) -> float:
    """The grid step for cells: one fitting the ``extent`` in view (Leaflet's [[south, west],
    [north, east]]), else the points' (west, south, east, north) box."""
    if extent:
        (south, west), (north, east) = extent
        view_lons, view_lats = [max(-180.0, west), min(180.0, east)], [max(-85.0, south), min(85.0, north)]
        return cell_size(view_lons, view_lats, TARGET_VIEW_CELLS)
    west, south, east, north = points
    return cell_size([west, east], [south, north])


def aggregate_points(frame: pd.DataFrame, extent: list[list[float]] | None = None) -> list[dict[str, Any]]:
    """Point events (event_type, lon/lat or geometry, fatalities, location) -> one cell per
    grid square (see cells_of). The grid step fits the ``extent`` in view, else the points'."""
    from events.records.filters import EventFilter
    from events.store.views import FrameView

    view = FrameView(frame)
    count, box = view.points(EventFilter())
    if not count:
        return []
    step = grid_step(extent, box)
    return cells_of(view.cell_groups(EventFilter(), step), step)


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
