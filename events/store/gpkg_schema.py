"""GeoPackage plumbing for the store: the schema (OGC GeoPackage 1.3 tables plus Sitrep's
layers) and the geometry blob format (header, envelope, little-endian WKB)."""

from __future__ import annotations

import struct

import shapely
from shapely.geometry import shape

FLAT_COLUMNS = {
    "event_id": "TEXT NOT NULL UNIQUE", "article_id": "TEXT NOT NULL", "event_date": "DATE",
    "date_start": "DATE", "date_end": "DATE", "time_precision": "INTEGER",
    "event_type": "TEXT", "sub_event_type": "TEXT", "status": "TEXT", "actor1": "TEXT",
    "actor2": "TEXT", "fatalities": "INTEGER", "injuries": "INTEGER", "location": "TEXT",
    "admin1": "TEXT", "country": "TEXT", "country_code": "TEXT", "geo_precision": "INTEGER",
    "geonameid": "INTEGER", "confidence": "REAL", "source_text": "TEXT", "notes": "TEXT",
    "origin": "TEXT", "review": "TEXT NOT NULL DEFAULT 'unreviewed'",
}  # fmt: skip
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
SCHEMA = f"""
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10300;
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL, description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{WGS84_WKT}', 'longitude/latitude WGS 84');
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
  identifier TEXT UNIQUE, description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,
  m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
CREATE TABLE events (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB,
  {", ".join(f"{k} {v}" for k, v in FLAT_COLUMNS.items())}, record TEXT NOT NULL);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(event_date);
CREATE TABLE articles (article_id TEXT PRIMARY KEY, title TEXT, published DATE, source TEXT,
  url TEXT, origin TEXT, sha256 TEXT, ingested_at DATETIME, text TEXT NOT NULL);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  VALUES ('events', 'features', 'events', 'Sitrep event records', 4326),
         ('articles', 'attributes', 'articles', 'Source articles', 0);
INSERT INTO gpkg_geometry_columns VALUES ('events', 'geom', 'GEOMETRY', 4326, 0, 0);
"""
REVIEWS_TABLE = """
CREATE TABLE IF NOT EXISTS reviews (review_id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT NOT NULL, article_id TEXT NOT NULL, reviewed_at DATETIME NOT NULL,
  decision TEXT NOT NULL, changes TEXT NOT NULL, original TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reviews_article ON reviews(article_id);
CREATE INDEX IF NOT EXISTS events_origin ON events(origin, review);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  VALUES ('reviews', 'attributes', 'reviews', 'Review decisions and edits, with the record as it was', 0);
"""
SCHEMA += REVIEWS_TABLE
# Stores written by an older Sitrep gain what they lack: (missing column, statements).
MIGRATIONS = [
    ("review", "ALTER TABLE events ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed';" + REVIEWS_TABLE),
]


def encode_geometry(geometry: dict | None) -> bytes | None:
    """GeoJSON dict -> GeoPackage binary (header + envelope + little-endian WKB)."""
    if geometry is None:
        return None
    geom = shape(geometry)
    if geom.geom_type == "Point":
        header = b"GP" + bytes([0, 0b00000001]) + struct.pack("<i", 4326)
    else:
        minx, miny, maxx, maxy = geom.bounds
        header = b"GP" + bytes([0, 0b00000011]) + struct.pack("<i4d", 4326, minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geom, byte_order=1)


_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}  # envelope code in the flags -> its bytes


def blobs_as_geojson(blobs) -> tuple[list[dict | None], list[float], list[float]]:
    """Many GeoPackage blobs -> GeoJSON dicts of the shapes other than points (None for
    points and no place), and the longitudes and latitudes of the points (NaN for other
    shapes), decoded in one vectorised shapely call (loading a million imported events
    spends its time here otherwise)."""
    import numpy as np

    wkb = np.array([blob[8 + _ENVELOPE.get((blob[3] >> 1) & 0b111, 0):] if blob else None
                    for blob in blobs], dtype=object)  # fmt: skip
    return wkb_as_geojson(wkb)


def wkb_as_geojson(wkb) -> tuple[list[dict | None], list[float], list[float]]:
    """Many WKB geometries (None for none) -> GeoJSON dicts of the shapes other than points
    (None for points: a dict each for a million points costs seconds) and the points' lon
    and lat."""
    import numpy as np

    geometries = shapely.from_wkb(np.asarray(wkb, dtype=object))
    is_point = shapely.get_type_id(geometries) == 0
    xs = np.where(is_point, shapely.get_x(geometries), np.nan).tolist()
    ys = np.where(is_point, shapely.get_y(geometries), np.nan).tolist()
    out: list[dict | None] = [None] * len(xs)
    for k in np.flatnonzero(~is_point & ~shapely.is_missing(geometries)).tolist():
        out[k] = shapely.geometry.mapping(geometries[k])
    return out, xs, ys
