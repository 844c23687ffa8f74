"""The store stage: records and articles in, records, articles and frames out.

``EventStore`` (interface.py) declares what the faces and the other stages ask of a
store; ``GeoPackageStore`` (geopackage.py, its schema and geometry blobs in
gpkg_schema.py, the Parquet copy of imported events in framecache.py) is the first
implementation; ``PostgisStore`` (postgis.py, its schema and migrations in pg_schema.py)
the one for a team on one server (a dataset's table written by pg_bulk.py). Records travel
as one Arrow table for bulk imports (tables.py). ``store_at`` opens the store a setting names.
"""

from __future__ import annotations

from pathlib import Path

from events.store.geopackage import GeoPackageStore
from events.store.interface import EventStore, IngestResult, ReviewItem
from events.store.pg_schema import is_url, redacted
from events.store.postgis import PostgisStore

__all__ = ["EventStore", "GeoPackageStore", "IngestResult", "PostgisStore", "ReviewItem", "is_url",
           "redacted", "store_at"]  # fmt: skip


def store_at(location: str | Path, lock_timeout: float = 10.0) -> EventStore:
    """The store at ``location``: a PostgreSQL URL (``postgresql://user@host:port/db``) opens
    a PostGIS store; anything else is a GeoPackage file path."""
    if is_url(str(location)):
        return PostgisStore(str(location), lock_timeout)
    return GeoPackageStore(Path(location), lock_timeout)
