"""The embedded event store: one GeoPackage file (SQLite), written with transactions.

Why GeoPackage: analysts open it directly in QGIS or ArcGIS, GDAL reads it, and
SQLite gives atomic, durable transactions and a lock shared between processes.
Every ingest of an article is one transaction that replaces that article's
events (stable ids: re-ingesting adds nothing), so a crash mid-write leaves the
previous state, and a writer that cannot take the lock in time gets
StoreBusyError instead of hanging.

Layers: ``events`` (features: flat ACLED-like columns for GIS users plus the full
record as JSON) and ``articles`` (attributes: the source texts).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import shape

from events.article import Article
from events.errors import StoreBusyError, StoreError
from events.records import EventRecord

FLAT_COLUMNS = {
    "event_id": "TEXT NOT NULL UNIQUE", "article_id": "TEXT NOT NULL", "event_date": "DATE",
    "date_start": "DATE", "date_end": "DATE", "time_precision": "INTEGER",
    "event_type": "TEXT", "sub_event_type": "TEXT", "status": "TEXT", "actor1": "TEXT",
    "actor2": "TEXT", "fatalities": "INTEGER", "injuries": "INTEGER", "location": "TEXT",
    "admin1": "TEXT", "country": "TEXT", "country_code": "TEXT", "geo_precision": "INTEGER",
    "geonameid": "INTEGER", "confidence": "REAL", "source_text": "TEXT", "notes": "TEXT",
    "origin": "TEXT",
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


@dataclass(frozen=True)
class IngestResult:
    article_id: str
    added: int
    updated: int
    removed: int
    unchanged: int


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


def decode_geometry(blob: bytes | None):
    """GeoPackage binary -> shapely geometry (or None)."""
    if not blob:
        return None
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 0b111, 0)
    return shapely.from_wkb(blob[8 + envelope :])


def _as_geojson(geometry) -> dict | None:
    if geometry is None:
        return None
    if geometry.geom_type == "Point":
        return {"type": "Point", "coordinates": [geometry.x, geometry.y]}
    return shapely.geometry.mapping(geometry)


class EventStore:
    def __init__(self, path: Path, lock_timeout: float = 10.0):
        self.path = Path(path)
        self.lock_timeout = lock_timeout

    def _connect(self) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(self.path, timeout=self.lock_timeout)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as exc:
            raise self._error("cannot be opened", exc) from exc
        return connection

    def _error(self, what: str, exc: sqlite3.Error) -> StoreError:
        if "locked" in str(exc) or "busy" in str(exc):
            return StoreBusyError(
                f"store {self.path} is busy: another process holds its lock for over "
                f"{self.lock_timeout:g} s; try again"
            )
        return StoreError(f"store {self.path} {what}: {exc}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction holding the write lock; rolled back on any error."""
        connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield connection
            connection.commit()
        except sqlite3.Error as exc:
            connection.rollback()
            raise self._error("write failed", exc) from exc
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        if not self.path.exists():
            raise StoreError(f"store {self.path} does not exist")
        connection = self._connect()
        try:
            yield connection
        except sqlite3.Error as exc:
            raise self._error("read failed", exc) from exc
        finally:
            connection.close()

    def exists(self) -> bool:
        return self.path.exists()

    def create(self) -> None:
        """Create an empty store (atomically: build aside, then rename into place)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".creating")
        tmp.unlink(missing_ok=True)
        try:
            connection = sqlite3.connect(tmp)
            connection.executescript(SCHEMA)
            connection.commit()
            connection.close()
            if self.path.exists():  # another process won the race
                tmp.unlink()
            else:
                tmp.replace(self.path)
        except (sqlite3.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"store {self.path} cannot be created: {exc}") from exc

    def ingest(self, article: Article, records: Iterable[EventRecord]) -> IngestResult:
        """Replace one article's events and text in a single transaction."""
        records = list(records)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._write() as db:
            old = dict(db.execute("SELECT event_id, record FROM events WHERE article_id = ?",
                                  (article.article_id,)).fetchall())  # fmt: skip
            new_ids = {r.event_id for r in records}
            stale = [eid for eid in old if eid not in new_ids]
            db.executemany("DELETE FROM events WHERE event_id = ?", [(e,) for e in stale])
            added = updated = unchanged = 0
            for record in records:
                payload = record.model_dump_json()
                if record.event_id in old:
                    if old[record.event_id] == payload:
                        unchanged += 1
                        continue
                    updated += 1
                else:
                    added += 1
                self._upsert(db, record, payload)
            db.execute(
                "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(article_id) DO UPDATE"
                " SET title=excluded.title, published=excluded.published, source=excluded.source,"
                " url=excluded.url, origin=excluded.origin, sha256=excluded.sha256,"
                " ingested_at=excluded.ingested_at, text=excluded.text",
                (article.article_id, article.title, article.published.isoformat(),
                 article.source, article.url, article.origin, article.sha256, now, article.text),
            )  # fmt: skip
            self._touch(db)
        return IngestResult(article.article_id, added, updated, len(stale), unchanged)

    def _upsert(self, db: sqlite3.Connection, record: EventRecord, payload: str) -> None:
        flat = record.model_dump(mode="json", include=set(FLAT_COLUMNS))
        columns = list(FLAT_COLUMNS)
        values = [flat.get(c) for c in columns]
        placeholders = ",".join("?" * (len(columns) + 2))
        updates = ",".join(f"{c}=excluded.{c}" for c in ["geom", *columns[1:], "record"])
        db.execute(
            f"INSERT INTO events (geom, {','.join(columns)}, record) VALUES ({placeholders})"
            f" ON CONFLICT(event_id) DO UPDATE SET {updates}",
            [encode_geometry(record.geometry), *values, payload],
        )

    def _touch(self, db: sqlite3.Connection) -> None:
        db.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'),"
            " min_x = -180, min_y = -90, max_x = 180, max_y = 90 WHERE table_name = 'events'"
        )

    def records(self) -> list[EventRecord]:
        with self._read() as db:
            rows = db.execute("SELECT record FROM events ORDER BY event_date, fid").fetchall()
        return [EventRecord.model_validate_json(row[0]) for row in rows]

    def records_where(self, origin_imported: bool) -> list[EventRecord]:
        """Records of extracted (False) or imported (True) events."""
        op = "=" if origin_imported else "!="
        with self._read() as db:
            rows = db.execute(f"SELECT record FROM events WHERE origin {op} 'imported'").fetchall()
        return [EventRecord.model_validate_json(row[0]) for row in rows]

    def records_by_id(self, event_ids: list[str]) -> list[EventRecord]:
        out: list[EventRecord] = []
        with self._read() as db:
            for start in range(0, len(event_ids), 900):
                chunk = event_ids[start : start + 900]
                marks = ",".join("?" * len(chunk))
                out += [EventRecord.model_validate_json(r[0]) for r in db.execute(
                    f"SELECT record FROM events WHERE event_id IN ({marks})", chunk)]  # fmt: skip
        return out

    def imported_frame(self):
        """Imported events as a columnar frame (flat columns and geometry), without
        validating each record again: they were validated when written."""
        import pandas as pd

        columns = [c for c in FLAT_COLUMNS if c != "origin"]
        with self._read() as db:
            frame = pd.read_sql_query(
                f"SELECT {', '.join(columns)}, geom FROM events WHERE origin = 'imported'", db)
        frame["geometry"] = [_as_geojson(decode_geometry(blob)) for blob in frame.pop("geom")]
        return frame

    def articles(self) -> list[dict]:
        with self._read() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute(
                "SELECT article_id, title, published, source, url, origin, ingested_at"
                " FROM articles ORDER BY published DESC, article_id"
            ).fetchall()
        return [dict(row) for row in rows]

    def version(self) -> str:
        """Changes whenever the store's content changes (cache key for the app)."""
        with self._read() as db:
            row = db.execute(
                "SELECT last_change, (SELECT count(*) FROM events) FROM gpkg_contents"
                " WHERE table_name = 'events'"
            ).fetchone()
        return f"{row[0]}:{row[1]}"

    def count(self) -> int:
        with self._read() as db:
            return db.execute("SELECT count(*) FROM events").fetchone()[0]

    def check(self) -> None:
        """Raise StoreError unless SQLite's integrity check passes."""
        with self._read() as db:
            result = db.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise StoreError(f"store {self.path} is damaged: {result}")
