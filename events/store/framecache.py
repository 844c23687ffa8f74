"""A columnar (Parquet) copy of the store's imported events, so that a dashboard starting
cold on a million imported events reads one file instead of a million SQLite rows.

The copy lives beside the store (``<store>.imported-<key>.parquet``) and is keyed by the
imported rows' identity (see GeoPackageStore.imported_identity: every import rewrites its
article row and rows) and by the flat schema, so any change to the imports makes a new
copy; older copies are deleted. It is a cache: if it is missing, unreadable or cannot be
written, the frame comes from the store as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from events.store.gpkg_schema import FLAT_COLUMNS

if TYPE_CHECKING:
    from events.store.geopackage import GeoPackageStore

log = logging.getLogger(__name__)
FORMAT = "1"


def _key(store: GeoPackageStore) -> str:
    text = "|".join([FORMAT, ",".join(FLAT_COLUMNS), *map(str, store.imported_identity())])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def _to_parquet(frame: pd.DataFrame, path: Path) -> None:
    flat = frame.drop(columns=["geometry"]).assign(
        geometry_json=[None if g is None or g.get("type") == "Point" else json.dumps(g)
                       for g in frame["geometry"]])  # fmt: skip
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    flat.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def _from_parquet(path: Path) -> pd.DataFrame:
    return with_geometry(pd.read_parquet(path))


def with_geometry(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame's ``geometry`` column built from its ``geometry_json`` column (shapes other
    than points, as GeoJSON text), which it replaces: GeoJSON dicts for areas, None for
    points (their ``lon``/``lat`` hold them: events.records.filters.placed) and for no place.
    How columnar copies and the PostGIS store keep shapes; a million point dicts cost 2.5 s."""
    shapes = frame.pop("geometry_json")
    geometry: list = [None] * len(frame)
    for k in np.flatnonzero(shapes.notna().to_numpy()).tolist():
        geometry[k] = json.loads(shapes.iat[k])
    frame["geometry"] = pd.Series(geometry, index=frame.index, dtype=object)
    return frame


def imported_frame(store: GeoPackageStore, cached: bool = True) -> pd.DataFrame:
    """The store's imported events as a frame (dates as datetimes), from the Parquet copy
    beside the store when it is current; writes a new copy when it is not."""
    path = store.path.with_name(f"{store.path.name}.imported-{_key(store)}.parquet") if cached else None
    if path is not None and path.exists():
        try:
            return _from_parquet(path)
        except (OSError, ValueError, KeyError) as exc:  # a damaged copy: rebuild it
            log.warning("frame cache %s unreadable (%s); rebuilding", path, exc)
    frame = store.imported_columns()
    for column in ("event_date", "date_start", "date_end"):  # stored as dates, read as dates
        frame[column] = pd.to_datetime(frame[column])
    if path is None:
        return frame
    try:
        for old in path.parent.glob(f"{store.path.name}.imported-*.parquet"):
            old.unlink(missing_ok=True)
        if len(frame):
            _to_parquet(frame, path)
    except (OSError, ValueError) as exc:
        log.warning("frame cache %s not written (%s)", path, exc)
    return frame
