"""Keep the map's payload bounded: above a threshold, point events are aggregated in
Python into grid cells per event type (count, fatalities), and identical area
outlines are drawn once with their count."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

MAX_MARKERS = 3_000  # individual markers up to this many point events in view
TARGET_CELLS = 1_200  # roughly how many aggregated cells to draw in all (bounded payload)


def cell_size(lons, lats, groups: int) -> float:
    """A grid step (degrees) giving about TARGET_CELLS cells in all, over ``groups`` types."""
    area = max(1e-6, (max(lons) - min(lons)) * (max(lats) - min(lats)))
    step = math.sqrt(area * max(1, groups) / TARGET_CELLS)
    for nice in (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0):
        if step <= nice:
            return nice
    return 10.0


def aggregate_points(frame) -> list[dict[str, Any]]:
    """Point events (a DataFrame with event_type, geometry or lon/lat, fatalities) -> one cell per
    (grid cell, type): centre, count, fatalities. Vectorised: no per-event objects."""
    import numpy as np
    import pandas as pd

    from events.filters import with_points

    frame = with_points(frame)
    points = frame[frame["lat"].notna()]
    if points.empty:
        return []
    lons, lats = points["lon"].to_numpy(dtype=float), points["lat"].to_numpy(dtype=float)
    step = cell_size(lons, lats, points["event_type"].nunique())
    table = pd.DataFrame({
        "event_type": points["event_type"].to_numpy(), "lon": lons, "lat": lats,
        "gx": np.floor(lons / step), "gy": np.floor(lats / step),
        "fatalities": pd.to_numeric(points["fatalities"], errors="coerce").fillna(0).to_numpy(),
    })  # fmt: skip
    cells = table.groupby(["gx", "gy", "event_type"]).agg(
        count=("lon", "size"), lon=("lon", "mean"), lat=("lat", "mean"),
        fatalities=("fatalities", "sum")).reset_index()  # fmt: skip
    return [{"event_type": r.event_type, "count": int(r.count), "lon": float(r.lon),
             "lat": float(r.lat), "fatalities": int(r.fatalities), "cell_deg": step}
            for r in cells.itertuples(index=False)]  # fmt: skip


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
