"""The event store in PostgreSQL with PostGIS: the second implementation of
events.store.EventStore, for a team on one server.

The same layers as the GeoPackage (``events`` with a PostGIS geometry column in WGS 84 and a
GiST index, ``articles``, ``reviews``), the same stable event ids (re-ingesting adds
nothing), a ``sitrep_schema`` table whose forward migrations are applied when a store is
opened, and a ``row_version`` per event. Every article ingest and every review save is one
transaction; ingests of one article are serialised by an advisory lock, so overlapping
ingests leave one copy; a review save whose events changed since they were opened raises
StoreConflictError and writes nothing. Bulk writes (imports) stream with COPY.

Credentials come from the URL, a .pgpass file or PGPASSWORD (libpq reads them); the
password never appears in a message or a log line (``redacted``).
"""

from __future__ import annotations

import json
import logging
import struct
import threading
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from events.errors import StoreBusyError, StoreError
from events.reading.article import Article
from events.records.record import EventRecord
from events.store.gpkg_schema import FLAT_COLUMNS
from events.store.interface import (
    REVIEW_COLUMNS,
    EventStore,
    IngestResult,
    ReviewItem,
    refuse_conflicts,
    review_log_rows,
    stamp,
)
from events.store.pg_schema import MIGRATION_LOCK, MIGRATIONS, SCHEMA_TABLE, host_port, redacted
from events.store.pg_summaries import rebuild as rebuild_summaries

log = logging.getLogger(__name__)

COLUMNS = list(FLAT_COLUMNS)
CONNECT_TIMEOUT_S = 5
BULK = 500  # more rows than this are written through COPY


POINT_EWKB = "0101000020E6100000"  # little-endian, Point with an SRID, 4326


def _ewkb(geometry: dict | None) -> str | None:
    """GeoJSON -> hex EWKB with SRID 4326 (what COPY and parameters give PostGIS); points,
    most of a big import, are packed directly."""
    if geometry is None:
        return None
    if geometry["type"] == "Point":
        lon, lat = geometry["coordinates"][:2]
        return POINT_EWKB + struct.pack("<dd", lon, lat).hex().upper()
    import shapely
    from shapely.geometry import shape

    return shapely.to_wkb(shapely.set_srid(shape(geometry), 4326), hex=True, include_srid=True)


def _row(record: EventRecord, payload: str) -> list:
    """The record's row: its flat columns as they are (psycopg adapts dates and numbers),
    the geometry as EWKB, the whole record as JSON."""
    return [*(getattr(record, c) for c in COLUMNS), _ewkb(record.geometry), payload]


class PostgisStore(EventStore):
    """The store in a PostgreSQL database with PostGIS (see the module's docstring)."""

    def __init__(self, url: str, lock_timeout: float = 10.0):
        self.url = str(url)
        self.lock_timeout = lock_timeout
        self._migrated = False
        # one ADBC connection for the frames, kept (connecting took 0.1 s a frame), and its closer
        self._arrow: tuple[object, weakref.finalize] | None = None
        self._arrow_lock = threading.Lock()

    @property
    def location(self) -> str:
        return redacted(self.url)

    @property
    def address(self) -> str:
        return self.url

    # --- connections -------------------------------------------------------------------

    def _connect(self):
        import psycopg

        try:
            connection = psycopg.connect(self.url, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(
                f"store {self.location}: cannot connect to the PostgreSQL server at {host_port(self.url)}"
                f" ({_reason(exc, self.url)})"
            ) from None
        try:  # the server may end the connection at once (a restart, a cut): the same clear error
            connection.execute(f"SET lock_timeout = {int(self.lock_timeout * 1000)}")
        except psycopg.Error as exc:
            connection.close()
            raise self._error("connection lost", exc) from None
        return connection

    def _error(self, what: str, exc: Exception) -> StoreError:
        import psycopg.errors

        if isinstance(exc, psycopg.errors.LockNotAvailable) or getattr(exc, "sqlstate", None) == "55P03":
            return StoreBusyError(f"store {self.location} is busy: another writer holds its lock for over "
                                  f"{self.lock_timeout:g} s; try again")  # fmt: skip
        return StoreError(f"store {self.location} {what}: {_reason(exc, self.url)}")

    @contextmanager
    def _transaction(self, what: str) -> Iterator:
        import psycopg

        connection = self._connect()
        try:
            if not self._migrated:
                self._migrate(connection, create=False)
            with connection.transaction():
                yield connection
        except psycopg.Error as exc:
            raise self._error(what, exc) from None
        finally:
            connection.close()

    def _write(self):
        return self._transaction("write failed")

    @contextmanager
    def _read(self) -> Iterator:
        with self._transaction("read failed") as connection:
            if not _has_events(connection):
                raise StoreError(f"store {self.location} does not exist (no Sitrep tables in the database)")
            yield connection

    def _migrate(self, connection, create: bool) -> None:
        """Apply the forward migrations this database lacks (all of them when ``create``);
        a store that does not exist yet is left alone unless ``create``."""
        if not create and not _has_events(connection):
            return
        with connection.transaction():
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            connection.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public")
            connection.execute(SCHEMA_TABLE)
            done = connection.execute("SELECT coalesce(max(version), 0) FROM sitrep_schema").fetchone()[0]
            for version, sql in MIGRATIONS:
                if version > done:
                    connection.execute(sql)
                    connection.execute("INSERT INTO sitrep_schema VALUES (%s)", (version,))
        self._migrated = True

    # --- life --------------------------------------------------------------------------

    def exists(self) -> bool:
        import psycopg

        connection = self._connect()
        try:
            return _has_events(connection)
        except psycopg.Error as exc:
            raise self._error("read failed", exc) from None
        finally:
            connection.close()

    def create(self) -> None:
        """Create the tables (a store created meanwhile by another process is kept)."""
        import psycopg

        connection = self._connect()
        try:
            self._migrate(connection, create=True)
        except psycopg.Error as exc:
            raise self._error("cannot be created", exc) from None
        finally:
            connection.close()

    def version(self) -> str:
        with self._read() as db:
            serial, last = db.execute("SELECT serial, last_change FROM sitrep_changes").fetchone()
        return f"{last.isoformat()}:{serial}"

    def check(self) -> None:
        with self._read() as db:
            versions = [v for (v,) in db.execute("SELECT version FROM sitrep_schema")]
            invalid = db.execute(
                "SELECT count(*) FROM events WHERE geom IS NOT NULL AND NOT ST_IsValid(geom)"
            )
            bad = invalid.fetchone()[0]
        if max(versions, default=0) < MIGRATIONS[-1][0]:
            raise StoreError(f"store {self.location} is at schema version {max(versions, default=0)}")
        if bad:
            raise StoreError(f"store {self.location} is damaged: {bad} events with an invalid geometry")

    # --- writes ------------------------------------------------------------------------

    def ingest(self, article: Article, records: Iterable[EventRecord]) -> IngestResult:
        records = list(records)
        with self._write() as db:
            db.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (article.article_id,))
            rows = db.execute("SELECT event_id, record, review FROM events WHERE article_id = %s FOR UPDATE",
                              (article.article_id,)).fetchall()  # fmt: skip
            old = {eid: payload for eid, payload, _ in rows}
            imported = any(r.origin == "imported" for r in records) or _holds_imported(
                db, {r.event_id for r in records} | set(old)
            )
            reviewed = {eid for eid, _, review in rows if review != "unreviewed"}
            new_ids = {r.event_id for r in records}
            stale = [eid for eid in old if eid not in new_ids and eid not in reviewed]
            if stale:
                db.execute("DELETE FROM events WHERE event_id = ANY(%s)", (stale,))
            added = updated = unchanged = 0
            rows = []
            for record in records:
                payload = record.model_dump_json()
                if record.event_id in reviewed or old.get(record.event_id) == payload:
                    unchanged += 1  # a person's decision is not overwritten by the rules
                    continue
                updated += record.event_id in old
                added += record.event_id not in old
                rows.append(_row(record, payload))
            self._upsert(db, rows, unique=len(new_ids) == len(records))
            self._put_article(db, article)
            _touch(db, imported)
        return IngestResult(article.article_id, added, updated, len(stale), unchanged)

    def ingest_table(self, article: Article, table) -> IngestResult:
        """``ingest`` for a records table (a dataset import), written by the server from rows
        streamed with binary COPY on an ADBC connection, in one transaction (events.store.pg_bulk).
        The imported events' version is bumped whatever the rows' origin (their summaries are
        counted again): a table is a dataset."""
        from events.store.pg_bulk import load

        with self._bulk() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext($1))", (article.article_id,))
            # locked as ingest locks them: a review save of one of them waits for the import
            cursor.execute("SELECT count(*) FROM (SELECT 1 FROM events WHERE article_id = $1 FOR UPDATE)"
                           " AS held", (article.article_id,))  # fmt: skip
            added, updated, removed, unchanged = load(cursor, article.article_id, table)
            cursor.execute(_numbered(ARTICLE_UPSERT), _article_row(article))
            _touch(cursor, imported=True)  # a dataset: the imported events' answers are counted again
        return IngestResult(article.article_id, added, updated, removed, unchanged)

    @contextmanager
    def _bulk(self) -> Iterator:
        """A write transaction on a new ADBC connection (bulk writes stream Arrow tables with
        binary COPY); errors as the store's, lock timeout as ``_connect`` sets it."""
        from adbc_driver_postgresql import dbapi

        if not self._migrated:
            with self._transaction("write failed"):
                pass  # migrations first, on psycopg's connection
        try:
            connection = dbapi.connect(self.url)
        except dbapi.Error as exc:
            raise StoreError(
                f"store {self.location}: cannot connect to the PostgreSQL server at {host_port(self.url)}"
                f" ({_reason(exc, self.url)})"
            ) from None
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"SET lock_timeout = {int(self.lock_timeout * 1000)}")
                yield cursor
            connection.commit()
        except dbapi.Error as exc:
            raise self._error("write failed", exc) from None
        finally:
            _close_quietly(connection)

    def add(self, records: Iterable[EventRecord], articles: Iterable[Article] = ()) -> int:
        """Write records (replacing same ids) and articles in one transaction: the records
        stream into a temporary table with COPY, then one upsert moves them in."""
        with self._write() as db:
            for article in articles:
                self._put_article(db, article)
            seen = {"imported": False}

            def rows() -> Iterator[list]:
                for record in records:
                    seen["imported"] = seen["imported"] or record.origin == "imported"
                    yield _row(record, record.model_dump_json())

            count = _copy_upsert(db, rows(), seen=seen)
            _touch(db, seen["imported"])
        return count

    def save_review(self, article: Article, items: Iterable[ReviewItem]) -> int:
        """Write reviewed events, the article and their log rows in one transaction; if any
        of the events changed since it was opened (its stored record is no longer the one
        the reviewer saw), raise StoreConflictError and write nothing."""
        items = list(items)
        with self._write() as db:
            ids = [item.record.event_id for item in items]
            locked = "SELECT event_id, record FROM events WHERE event_id = ANY(%s) FOR UPDATE"
            refuse_conflicts(self.location, items, dict(db.execute(locked, (ids,)).fetchall()))
            imported = any("imported" in (i.record.origin, i.before.origin) for i in items)
            imported = imported or _holds_imported(db, set(ids))
            self._put_article(db, article)
            self._upsert(db, [_row(item.record, item.record.model_dump_json()) for item in items])
            logged = review_log_rows(article.article_id, items, stamp())
            marks = ", ".join(["%s"] * len(REVIEW_COLUMNS))
            db.cursor().executemany(
                f"INSERT INTO reviews ({', '.join(REVIEW_COLUMNS)}) VALUES ({marks})", logged
            )
            _touch(db, imported)
        return len(logged)

    def _upsert(self, db, rows: list[list], unique: bool = False) -> None:
        """Insert or replace rows (``unique``: no event id repeats among them)."""
        if len(rows) > BULK:
            _copy_upsert(db, rows, unique)
            return
        if not rows:
            return
        names = ", ".join([*COLUMNS, "geom", "record"])
        marks = ", ".join(["%s"] * (len(COLUMNS) + 2))
        db.cursor().executemany(
            f"INSERT INTO events ({names}) VALUES ({marks})"
            f" ON CONFLICT (event_id) DO UPDATE SET {_updates()}",
            rows,
        )

    def _put_article(self, db, article: Article) -> None:
        db.execute(ARTICLE_UPSERT, _article_row(article))

    # --- reads -------------------------------------------------------------------------

    def count(self) -> int:
        with self._read() as db:
            return db.execute("SELECT count(*) FROM events").fetchone()[0]

    def _records(self, sql: str, params=()) -> list[EventRecord]:
        with self._read() as db:
            rows = db.execute(sql, params).fetchall()
        return [EventRecord.model_validate_json(row[0]) for row in rows]

    def records(self) -> list[EventRecord]:
        return self._records("SELECT record FROM events WHERE review != 'rejected' ORDER BY event_date, fid")

    def records_where(self, origin_imported: bool) -> list[EventRecord]:
        origins = ["imported"] if origin_imported else ["extracted", "edited"]
        sql = ("SELECT record FROM events WHERE origin = ANY(%s)"
               " AND review IN ('unreviewed', 'accepted') ORDER BY fid")  # fmt: skip
        return self._records(sql, (origins,))

    def records_by_id(self, event_ids: list[str]) -> list[EventRecord]:
        return self._records("SELECT record FROM events WHERE event_id = ANY(%s)", (list(event_ids),))

    def article_records(self, article_id: str) -> list[EventRecord]:
        records = self._records("SELECT record FROM events WHERE article_id = %s ORDER BY fid", (article_id,))
        return sorted(records, key=lambda r: r.source_span)

    def imported_frame(self):
        """Imported events as a frame, fetched as Arrow columns by the ADBC PostgreSQL driver
        (binary COPY read in C: 200,000 events in 1.5 s, against 4.1 s for a COPY as CSV read
        a row at a time through libpq and parsed by pandas); points as lon/lat, other shapes
        as GeoJSON. The server returns rows in table order, sorted here by ``fid`` only when
        needed (ORDER BY made the server sort every wide row: half of its time)."""
        return self.frame_where("WHERE origin = 'imported' AND review != 'rejected'", [], "", None)

    def after_import(self) -> None:
        """Statistics for the planner after a dataset import (autovacuum would take its time),
        and the imported events counted into the dashboard's summaries (pg_summaries)."""
        with self._write() as db:
            db.execute("ANALYZE events")
        self.summarise()

    def summarise(self) -> bool:
        """Count the imported events into the summaries the dashboard reads (pg_summaries), unless
        they count the current version of them already; False when another process is counting
        them (the views read the events until it is done)."""
        import psycopg

        connection = self._connect()
        try:
            if not self._migrated:
                self._migrate(connection, create=False)
            with connection.transaction():
                connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                return rebuild_summaries(connection)
        except psycopg.errors.SerializationFailure:
            return False  # another process counted them meanwhile
        except psycopg.Error as exc:
            raise self._error("cannot count its imported events", exc) from None
        finally:
            connection.close()

    def imported_version(self) -> int:
        """Changes whenever the imported events change (not with reviews of extracted ones)."""
        with self._read() as db:
            return db.execute("SELECT imported FROM sitrep_changes").fetchone()[0]

    def imported_view(self):
        """The dashboard's questions about the imported events, answered in SQL; one view per
        version of the imported events, so its answers outlive other writes."""
        from events.store.pg_views import view_of

        return view_of(self, self.imported_version(), self._summarised)

    def _summarised(self) -> None:
        """Summaries for a new view; a database user that may only read gets views reading events."""
        try:
            self.summarise()
        except StoreError as exc:
            log.warning("%s; the dashboard reads the events instead", exc)

    def frame_where(self, where: str, params: list, order: str, limit: int | None):
        """The events a WHERE clause (psycopg placeholders, ``params``) keeps, as the frame
        imported_frame makes, in ``order`` (an ORDER BY clause, or "" for ``fid`` order)."""
        import pandas as pd
        import psycopg
        from adbc_driver_postgresql import dbapi

        from events.store.framecache import with_geometry

        with self._read() as db:  # exists, migrated, and a clear error when the server is down
            sql = psycopg.ClientCursor(db).mogrify(_frame_sql(where, order, limit), params)
        with self._arrow_lock:  # one query at a time on the kept connection (sessions share the store)
            try:
                table = self._arrow_table(sql)
            except dbapi.Error:  # the kept connection may have been ended (a server restart): once more
                self._close_arrow()
                try:
                    table = self._arrow_table(sql)
                except dbapi.Error as exc:
                    self._close_arrow()
                    raise self._error("read failed", exc) from None
        fid = table.column("fid").to_numpy()
        if not order and len(fid) > 1 and (fid[1:] < fid[:-1]).any():
            table = table.take(fid.argsort(kind="stable"))
        frame = table.drop_columns(["fid"]).to_pandas(date_as_object=False)
        for column in frame.columns:  # a column with no value at all: None, as the GeoPackage's copy reads
            if column not in ("lon", "lat", "geometry_json") and len(frame) and frame[column].isna().all():
                frame[column] = pd.Series([None] * len(frame), dtype=object)
        for column in ("event_date", "date_start", "date_end"):
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
        return with_geometry(frame)

    def _arrow_table(self, sql: str):
        """The rows of ``sql`` as an Arrow table, read on the kept ADBC connection (autocommit:
        no transaction is left open between frames)."""
        from adbc_driver_postgresql import dbapi

        if self._arrow is None:
            connection = dbapi.connect(self.url, autocommit=True)
            # closed with the store, or at exit while the driver is still loaded (left to the
            # garbage collector, it was closed after the driver was gone: "Exception ignored")
            self._arrow = connection, weakref.finalize(self, _close_quietly, connection)
        with self._arrow[0].cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetch_arrow_table()

    def _close_arrow(self) -> None:
        kept, self._arrow = self._arrow, None
        if kept is not None:
            kept[1]()  # the finalizer: closes the connection, once

    def article(self, article_id: str) -> Article:
        found = self.articles_by_id([article_id])
        if not found:
            raise StoreError(f"store {self.location} has no article {article_id!r}")
        return found[0]

    def articles_by_id(self, article_ids: Iterable[str]) -> list[Article]:
        with self._read() as db:
            sql = ("SELECT article_id, text, published, title, source, url, origin, sha256"
                   " FROM articles WHERE article_id = ANY(%s)")  # fmt: skip
            rows = db.execute(sql, (sorted(set(article_ids)),)).fetchall()
        return [Article(r[0], r[1], r[2], *r[3:]) for r in rows]

    def articles(self) -> list[dict]:
        with self._read() as db:
            cursor = db.execute(
                "SELECT article_id, title, published::text, source, url, origin, ingested_at,"
                " length(text) > 0 AS has_text FROM articles ORDER BY published DESC, article_id"
            )
            names = [c.name for c in cursor.description]
            rows = cursor.fetchall()
        out = [dict(zip(names, row, strict=True)) for row in rows]
        return [row | {"ingested_at": stamp(row["ingested_at"])} for row in out]

    def review_log(self, article_id: str) -> list[dict]:
        with self._read() as db:
            sql = ("SELECT reviewed_at, event_id, decision, changes FROM reviews"
                   " WHERE article_id = %s ORDER BY review_id DESC")  # fmt: skip
            rows = db.execute(sql, (article_id,)).fetchall()
        return [{"reviewed_at": stamp(at),
                 "event_id": eid, "decision": decision, "changes": json.loads(changes)}
                for at, eid, decision, changes in rows]  # fmt: skip

    def review_rows(self) -> list[dict]:
        with self._read() as db:
            cursor = db.execute(f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews ORDER BY review_id")
            rows = [dict(zip(REVIEW_COLUMNS, row, strict=True)) for row in cursor.fetchall()]
        return [row | {"reviewed_at": stamp(row["reviewed_at"])} for row in rows]

    def add_review_rows(self, rows: Iterable[dict]) -> int:
        count = 0
        with self._write() as db:
            with db.cursor().copy(f"COPY reviews ({', '.join(REVIEW_COLUMNS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[n] for n in REVIEW_COLUMNS])
                    count += 1
            _touch(db)
        return count


ARTICLE_UPSERT = (
    "INSERT INTO articles VALUES (%s,%s,%s,%s,%s,%s,%s,now(),%s) ON CONFLICT (article_id) DO UPDATE"
    " SET title=excluded.title, published=excluded.published, source=excluded.source,"
    " url=excluded.url, origin=excluded.origin, sha256=excluded.sha256,"
    " ingested_at=excluded.ingested_at, text=excluded.text"
)


def _article_row(article: Article) -> tuple:
    return (article.article_id, article.title, article.published, article.source, article.url,
            article.origin, article.sha256, article.text)  # fmt: skip


def _numbered(sql: str) -> str:
    """psycopg's %s placeholders as ADBC's $1, $2, ..."""
    pieces = sql.split("%s")
    return "".join(f"{piece}${n}" for n, piece in enumerate(pieces[:-1], 1)) + pieces[-1]


def _frame_sql(where: str, order: str, limit: int | None) -> str:
    """The frame's columns (points as lon/lat, other shapes as GeoJSON text) of the rows kept."""
    columns = [c for c in COLUMNS if c != "origin"]
    point = "GeometryType(geom) = 'POINT'"
    return (
        f"SELECT fid, {', '.join(columns)}, CASE WHEN {point} THEN ST_X(geom) END AS lon,"
        f" CASE WHEN {point} THEN ST_Y(geom) END AS lat,"
        f" CASE WHEN NOT {point} THEN ST_AsGeoJSON(geom, 15) END AS geometry_json"
        f" FROM events {where} {order}" + (f" LIMIT {int(limit)}" if limit is not None else "")
    )


def _copy_upsert(db, rows: Iterable[list], unique: bool = False, seen: dict | None = None) -> int:
    """Stream rows into a temporary table with COPY, then upsert them in one statement (the
    last of a repeated id wins; with ``unique``, no id repeats and no sort is needed). With
    ``seen``, its "imported" is set when the rows replace imported events (unless the rows
    said so themselves while streaming)."""
    db.execute(
        "CREATE TEMPORARY TABLE IF NOT EXISTS incoming (LIKE events INCLUDING DEFAULTS) ON COMMIT DROP"
    )
    names = ", ".join([*COLUMNS, "geom", "record"])
    count = 0
    with db.cursor().copy(f"COPY incoming ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    if seen is not None and not seen["imported"]:
        seen["imported"] = db.execute("SELECT EXISTS (SELECT 1 FROM incoming JOIN events USING (event_id)"
                                      " WHERE events.origin = 'imported')").fetchone()[0]  # fmt: skip
    latest = ("", "") if unique else (" DISTINCT ON (event_id)", " ORDER BY event_id, fid DESC")
    db.execute(
        f"INSERT INTO events ({names}) SELECT{latest[0]} {names} FROM incoming{latest[1]}"
        f" ON CONFLICT (event_id) DO UPDATE SET {_updates()}"
    )
    db.execute("TRUNCATE incoming")
    return count


def _updates() -> str:
    assignments = [f"{c}=excluded.{c}" for c in [*COLUMNS[1:], "geom", "record"]]
    return ", ".join([*assignments, "row_version = events.row_version + 1"])


def _touch(db, imported: bool = False) -> None:
    """A change: the store's serial; with ``imported``, that of its imported events too."""
    more = ", imported = imported + 1" if imported else ""
    db.execute(f"UPDATE sitrep_changes SET serial = serial + 1, last_change = clock_timestamp(){more}")


def _holds_imported(db, event_ids: set[str]) -> bool:
    """Whether any of these events is stored as imported (a write replacing it changes them)."""
    if not event_ids:
        return False
    sql = "SELECT EXISTS (SELECT 1 FROM events WHERE event_id = ANY(%s) AND origin = 'imported')"
    return db.execute(sql, (sorted(event_ids),)).fetchone()[0]


def _has_events(connection) -> bool:
    return connection.execute("SELECT to_regclass('events') IS NOT NULL").fetchone()[0]


def _reason(exc: Exception, url: str) -> str:
    """The driver's message, first line only, with the URL's password cut out."""
    from urllib.parse import urlsplit

    text = str(exc).strip().split("\n")[0] or type(exc).__name__
    password = urlsplit(url).password
    return text.replace(password, "***") if password else text


def _close_quietly(connection) -> None:
    """Close a kept ADBC connection; one already broken has nothing more to release."""
    try:
        connection.close()
    except Exception:  # noqa: BLE001
        log.debug("closing a broken ADBC connection failed", exc_info=True)
