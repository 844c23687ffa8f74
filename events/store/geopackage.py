"""The event store as one GeoPackage file (SQLite), written with transactions: the first
implementation of events.store.EventStore.

Why GeoPackage: analysts open it directly in QGIS or ArcGIS, GDAL reads it, and
SQLite gives atomic, durable transactions and a lock shared between processes.
Every ingest of an article is one transaction that replaces that article's
events (stable ids: re-ingesting adds nothing), so a crash mid-write leaves the
previous state, and a writer that cannot take the lock in time gets
StoreBusyError instead of hanging.

Layers: ``events`` (features: flat ACLED-like columns for GIS users plus the full
record as JSON), ``articles`` (attributes: the source texts) and ``reviews``
(attributes: every review decision and edit, with the record as it was before).
A reviewed event (accepted or rejected) is never replaced or removed by
re-extracting its article: the person's decision wins over the rules.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from events.errors import StoreBusyError, StoreError
from events.reading.article import Article
from events.records.record import EventRecord
from events.store.gpkg_schema import FLAT_COLUMNS, MIGRATIONS, SCHEMA, blobs_as_geojson, encode_geometry
from events.store.interface import (
    REVIEW_COLUMNS,
    EventStore,
    IngestResult,
    ReviewItem,
    refuse_conflicts,
    review_log_rows,
    stamp,
)


class GeoPackageStore(EventStore):
    """The store as one GeoPackage file (see the module's docstring)."""

    def __init__(self, path: Path, lock_timeout: float = 10.0):
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._migrated = False

    @property
    def location(self) -> str:
        return str(self.path)

    def _migrate(self, connection: sqlite3.Connection) -> None:
        """Bring a store written by an older Sitrep up to date (once per instance)."""
        columns = {row[1] for row in connection.execute("PRAGMA table_info(events)")}
        missing = [sql for column, sql in MIGRATIONS if column not in columns]
        if columns and missing:
            connection.execute("BEGIN IMMEDIATE")
            for sql in missing:
                for statement in filter(str.strip, sql.split(";")):
                    connection.execute(statement)
            connection.commit()
        self._migrated = True

    def _connect(self) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(self.path, timeout=self.lock_timeout)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            if not self._migrated:
                self._migrate(connection)
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
        now = stamp()
        with self._write() as db:
            rows = db.execute(
                "SELECT event_id, record, review FROM events WHERE article_id = ?", (article.article_id,)
            ).fetchall()
            old = {eid: payload for eid, payload, _ in rows}
            reviewed = {eid for eid, _, review in rows if review != "unreviewed"}
            new_ids = {r.event_id for r in records}
            stale = [eid for eid in old if eid not in new_ids and eid not in reviewed]
            db.executemany("DELETE FROM events WHERE event_id = ?", [(e,) for e in stale])
            added = updated = unchanged = 0
            for record in records:
                payload = record.model_dump_json()
                if record.event_id in reviewed:
                    unchanged += 1  # a person's decision is not overwritten by the rules
                    continue
                if record.event_id in old:
                    if old[record.event_id] == payload:
                        unchanged += 1
                        continue
                    updated += 1
                else:
                    added += 1
                self._upsert(db, record, payload)
            self._put_article(db, article, now)
            self._touch(db)
        return IngestResult(article.article_id, added, updated, len(stale), unchanged)

    def _put_article(self, db: sqlite3.Connection, article: Article, now: str) -> None:
        db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(article_id) DO UPDATE"
            " SET title=excluded.title, published=excluded.published, source=excluded.source,"
            " url=excluded.url, origin=excluded.origin, sha256=excluded.sha256,"
            " ingested_at=excluded.ingested_at, text=excluded.text",
            (article.article_id, article.title, article.published.isoformat(),
             article.source, article.url, article.origin, article.sha256, now, article.text),
        )  # fmt: skip

    def add(self, records: Iterable[EventRecord], articles: Iterable[Article] = ()) -> int:
        """Write records (replacing same ids) and articles in one transaction (exports)."""
        now = stamp()
        count = 0
        with self._write() as db:
            for article in articles:
                self._put_article(db, article, now)
            for record in records:
                self._upsert(db, record, record.model_dump_json())
                count += 1
            self._touch(db)
        return count

    def save_review(self, article: Article, items: Iterable[ReviewItem]) -> int:
        """Write reviewed events, the article, and one log row per decided or edited event,
        in one transaction; StoreConflictError (nothing written) if any event changed since
        it was opened. Returns the number of log rows written."""
        items = list(items)
        now = stamp()
        with self._write() as db:
            stored = dict(db.execute(
                f"SELECT event_id, record FROM events WHERE event_id IN ({','.join('?' * len(items))})",
                [item.record.event_id for item in items]).fetchall())  # fmt: skip
            refuse_conflicts(self.location, items, stored)
            self._put_article(db, article, now)
            for item in items:
                self._upsert(db, item.record, item.record.model_dump_json())
            logged = review_log_rows(article.article_id, items, now)
            db.executemany(f"INSERT INTO reviews ({', '.join(REVIEW_COLUMNS)}) VALUES (?,?,?,?,?,?)", logged)
            self._touch(db)
        return len(logged)

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
        """Every record but rejected ones (see article_records), oldest first."""
        with self._read() as db:
            rows = db.execute(
                "SELECT record FROM events WHERE review != 'rejected' ORDER BY event_date, fid"
            ).fetchall()
        return [EventRecord.model_validate_json(row[0]) for row in rows]

    def records_where(self, origin_imported: bool) -> list[EventRecord]:
        """Records of extracted (False) or imported (True) events, rejected ones left out."""
        origins = "('imported')" if origin_imported else "('extracted', 'edited')"
        with self._read() as db:  # IN (...) and review IN (...) use the (origin, review) index
            rows = db.execute(f"SELECT record FROM events WHERE origin IN {origins}"
                              " AND review IN ('unreviewed', 'accepted')").fetchall()  # fmt: skip
        return [EventRecord.model_validate_json(row[0]) for row in rows]

    def article_records(self, article_id: str) -> list[EventRecord]:
        """One article's events, rejected ones included, in reading order."""
        with self._read() as db:
            rows = db.execute(
                "SELECT record FROM events WHERE article_id = ? ORDER BY fid", (article_id,)
            ).fetchall()
        records = [EventRecord.model_validate_json(row[0]) for row in rows]
        return sorted(records, key=lambda r: r.source_span)

    def article(self, article_id: str) -> Article:
        found = self.articles_by_id([article_id])
        if not found:
            raise StoreError(f"store {self.path} has no article {article_id!r}")
        return found[0]

    def articles_by_id(self, article_ids: Iterable[str]) -> list[Article]:
        """The stored articles (with their text) among these ids."""
        wanted, out = sorted(set(article_ids)), []
        with self._read() as db:
            for start in range(0, len(wanted), 900):
                chunk = wanted[start : start + 900]
                rows = db.execute(
                    "SELECT article_id, text, published, title, source, url, origin, sha256 FROM"
                    f" articles WHERE article_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
                out += [Article(r[0], r[1], dt.date.fromisoformat(r[2]), *r[3:]) for r in rows]
        return out

    def review_log(self, article_id: str) -> list[dict]:
        """The article's review decisions and edits, newest first."""
        with self._read() as db:
            rows = db.execute(
                "SELECT reviewed_at, event_id, decision, changes FROM reviews"
                " WHERE article_id = ? ORDER BY review_id DESC",
                (article_id,),
            ).fetchall()
        return [{"reviewed_at": at, "event_id": eid, "decision": decision, "changes": json.loads(changes)}
                for at, eid, decision, changes in rows]  # fmt: skip

    def records_by_id(self, event_ids: list[str]) -> list[EventRecord]:
        out: list[EventRecord] = []
        with self._read() as db:
            for start in range(0, len(event_ids), 900):
                chunk = event_ids[start : start + 900]
                marks = ",".join("?" * len(chunk))
                out += [EventRecord.model_validate_json(r[0]) for r in db.execute(
                    f"SELECT record FROM events WHERE event_id IN ({marks})", chunk)]  # fmt: skip
        return out

    def imported_frame(self, cached: bool = True):
        """See EventStore.imported_frame: read from the Parquet copy beside the file when it
        is current (``cached``), else from the file (writing a new copy)."""
        from events.store.framecache import imported_frame

        return imported_frame(self, cached)

    def after_import(self) -> None:
        self.imported_frame()  # the columnar copy the dashboard's next cold start reads

    def imported_columns(self):
        """Imported events as read from the file: flat columns (dates as text), geometry,
        and lon/lat for points (events.store.framecache keeps a copy of them)."""
        import pandas as pd

        columns = [c for c in FLAT_COLUMNS if c != "origin"]
        with self._read() as db:
            frame = pd.read_sql_query(
                f"SELECT {', '.join(columns)}, geom FROM events WHERE origin = 'imported'"
                " AND review != 'rejected'",
                db,
            )
        frame["geometry"], frame["lon"], frame["lat"] = blobs_as_geojson(frame.pop("geom"))
        return frame

    def imported_identity(self) -> tuple:
        """Changes whenever the imported events do: every import rewrites its article row
        (new ingested_at) and replaces its rows; reviews of imported rows are counted."""
        with self._read() as db:
            events = db.execute("SELECT count(*), min(fid), max(fid), total(review != 'unreviewed')"
                                " FROM events WHERE origin = 'imported'").fetchone()  # fmt: skip
            imports = db.execute(
                "SELECT count(*), max(ingested_at) FROM articles WHERE length(text) = 0"
            ).fetchone()
        return (*events, *imports)

    def articles(self) -> list[dict]:
        with self._read() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute(
                "SELECT article_id, title, published, source, url, origin, ingested_at,"
                " length(text) > 0 AS has_text FROM articles ORDER BY published DESC, article_id"
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

    def review_rows(self) -> list[dict]:
        with self._read() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute(
                f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews ORDER BY review_id"
            ).fetchall()
        return [dict(row) for row in rows]

    def add_review_rows(self, rows: Iterable[dict]) -> int:
        with self._write() as db:
            cursor = db.executemany(f"INSERT INTO reviews ({', '.join(REVIEW_COLUMNS)}) VALUES (?,?,?,?,?,?)",
                                    [[row[n] for n in REVIEW_COLUMNS] for row in rows])  # fmt: skip
            self._touch(db)
            return cursor.rowcount
