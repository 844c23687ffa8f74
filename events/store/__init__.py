"""The store stage: records and articles in, records, articles and frames out.

``EventStore`` (interface.py) declares what the faces and the other stages ask of a
store; ``GeoPackageStore`` (geopackage.py, its schema and geometry blobs in
gpkg_schema.py, the Parquet copy of imported events in framecache.py) is the first
implementation. ``store_at`` opens the store a setting names.
"""

from __future__ import annotations

from pathlib import Path

from events.store.geopackage import GeoPackageStore
from events.store.interface import EventStore, IngestResult, ReviewItem

__all__ = ["EventStore", "GeoPackageStore", "IngestResult", "ReviewItem", "store_at"]


def store_at(location: str | Path, lock_timeout: float = 10.0) -> EventStore:
    """The store at ``location``: a GeoPackage file path (the only backend so far)."""
    return GeoPackageStore(Path(location), lock_timeout)
