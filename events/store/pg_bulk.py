"""A records table (events.store.tables) into PostGIS's ``events``: what ``ingest`` does for
one article's records, done by the server on rows streamed with binary COPY.

The write runs on an ADBC connection (its own transaction, all or nothing): the driver streams
an Arrow table with binary COPY, converted in C (the point as EWKB, the record's JSON as it
is); a CSV COPY through psycopg took twice as long on the server, plus writing the CSV. Two ways
in, the fastest first:

- the article has no event yet, no id repeats and none is stored under another article: the
  rows are copied straight into ``events``;
- else a temporary table, then the counts, the stale events' removal and one upsert in SQL,
  with ``ingest``'s rules (reviewed events kept, unchanged ones not written, the last of a
  repeated id wins).

When the table brings more rows than ``events`` holds (a first import, most of all), the
secondary indexes are dropped and built again after the load (a GiST index built at once
from a million points takes seconds; filled a row at a time, most of the load's time),
under an exclusive lock on ``events`` that readers wait for until the import commits.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from events.store.gpkg_schema import FLAT_COLUMNS

COLUMNS = list(FLAT_COLUMNS)
NAMES = ", ".join([*COLUMNS, "geom", "record"])
POINT_EWKB = bytes.fromhex("0101000020E6100000")  # little-endian, Point with an SRID, 4326
REINDEX_FROM = 50_000  # at least this many rows, and more than events holds: indexes built after


def load(cursor, article_id: str, table: pa.Table) -> tuple[int, int, int, int]:
    """Write the table as the article's events (``cursor``: an ADBC cursor inside the
    ingest's transaction, the article's advisory lock taken): (added, updated, removed,
    unchanged), counted as ``ingest`` counts them."""
    rows = table.num_rows
    unique = pc.count_distinct(table.column("event_id")).as_py() == rows
    rows_out = _rows(table)
    indexes = _drop_indexes(cursor) if rows >= REINDEX_FROM and _fewer_events(cursor, rows) else []
    # (no event stored: no id to look for, 2 s per million rows)
    if unique and _new_article(cursor, article_id) and (_none_stored(cursor) or _ids_are_new(cursor, table)):
        cursor.adbc_ingest("events", rows_out, mode="append")
        counts = rows, 0, 0, 0
    else:
        counts = _merge(cursor, article_id, rows_out, unique)
    for sql in indexes:  # a failure before this rolls the whole transaction back, drops included
        cursor.execute(sql)
    return counts


def _one(cursor, sql: str, params: tuple = ()):
    cursor.execute(sql, params) if params else cursor.execute(sql)
    return cursor.fetchone()[0]


def _new_article(cursor, article_id: str) -> bool:
    return _one(cursor, "SELECT NOT EXISTS (SELECT 1 FROM events WHERE article_id = $1)", (article_id,))


def _none_stored(cursor) -> bool:
    return _one(cursor, "SELECT NOT EXISTS (SELECT 1 FROM events)")


def _fewer_events(cursor, rows: int) -> bool:
    """Whether ``events`` holds fewer rows than ``rows`` (counting no further)."""
    return _one(cursor, f"SELECT count(*) FROM (SELECT 1 FROM events LIMIT {int(rows)}) AS head") < rows


def _drop_indexes(cursor) -> list[str]:
    """Drop the secondary indexes of ``events`` (not those of its keys) after locking it;
    returns the statements that build them again."""
    cursor.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE")
    cursor.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
        " WHERE i.indrelid = 'events'::regclass"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
    )
    found = cursor.fetchall()
    for name, _ in found:
        cursor.execute(f"DROP INDEX {name}")
    cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
    return [sql for _, sql in found]


def _ids_are_new(cursor, table: pa.Table) -> bool:
    """Whether none of the table's event ids is stored (under any article): its ids are sent on
    their own into a temporary table and joined with ``events``."""
    cursor.execute("CREATE TEMPORARY TABLE IF NOT EXISTS incoming_ids (event_id text) ON COMMIT DROP")
    cursor.adbc_ingest("incoming_ids", table.select(["event_id"]), mode="append", temporary=True)
    new = _one(cursor, "SELECT NOT EXISTS (SELECT 1 FROM incoming_ids JOIN events USING (event_id))")
    cursor.execute("TRUNCATE incoming_ids")
    return new


def _merge(cursor, article_id: str, rows: pa.Table, unique: bool) -> tuple[int, int, int, int]:
    """Through a temporary table, with ``ingest``'s rules; the counts come from the same join."""
    cursor.execute(
        "CREATE TEMPORARY TABLE IF NOT EXISTS incoming (LIKE events INCLUDING DEFAULTS) ON COMMIT DROP"
    )
    cursor.adbc_ingest("incoming", rows, mode="append", temporary=True)
    cursor.execute("ANALYZE incoming")
    # a stored event of this article is kept as it is when reviewed or when its record is the same
    kept = "o.article_id = $1 AND (o.review <> 'unreviewed' OR o.record = i.record)"
    cursor.execute(
        "SELECT count(*) FILTER (WHERE o.event_id IS NULL),"
        f" count(*) FILTER (WHERE o.event_id IS NOT NULL AND NOT ({kept})),"
        f" count(*) FILTER (WHERE o.event_id IS NOT NULL AND {kept})"
        " FROM incoming i LEFT JOIN events o ON o.event_id = i.event_id AND o.article_id = $1",
        (article_id,),
    )
    added, updated, unchanged = cursor.fetchone()
    removed = _one(
        cursor,
        "WITH gone AS (DELETE FROM events e WHERE e.article_id = $1 AND e.review = 'unreviewed'"
        " AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.event_id = e.event_id) RETURNING 1)"
        " SELECT count(*) FROM gone",
        (article_id,),
    )
    latest = ("", "") if unique else (" DISTINCT ON (i.event_id)", " ORDER BY i.event_id, i.fid DESC")
    columns = ", ".join(f"i.{c}" for c in [*COLUMNS, "geom", "record"])
    updates = ", ".join([*(f"{c}=excluded.{c}" for c in [*COLUMNS[1:], "geom", "record"]),
                         "row_version = events.row_version + 1"])  # fmt: skip
    cursor.execute(
        f"INSERT INTO events ({NAMES}) SELECT{latest[0]} {columns} FROM incoming i"
        f" WHERE NOT EXISTS (SELECT 1 FROM events o WHERE o.event_id = i.event_id AND {kept}){latest[1]}"
        f" ON CONFLICT (event_id) DO UPDATE SET {updates}",
        (article_id,),
    )
    cursor.execute("TRUNCATE incoming")
    return added, updated, removed, unchanged


def _rows(table: pa.Table) -> pa.Table:
    """The rows as ``events`` takes them: the flat columns, the point as EWKB (SRID 4326; null
    where there is no place), the record."""
    lon, lat = table.column("lon").combine_chunks(), table.column("lat").combine_chunks()
    xy = np.empty((len(lon), 2), dtype="<f8")
    xy[:, 0] = lon.to_numpy(zero_copy_only=False)
    xy[:, 1] = lat.to_numpy(zero_copy_only=False)
    pairs = pa.FixedSizeBinaryArray.from_buffers(pa.binary(16), len(lon), [None, pa.py_buffer(xy.tobytes())])
    coordinates = pairs.cast(pa.binary())
    points = pc.binary_join_element_wise(POINT_EWKB, coordinates, b"")
    geom = pc.if_else(pc.is_null(lon), pa.scalar(None, pa.binary()), points)
    return pa.table([*(table.column(c) for c in COLUMNS), geom, table.column("record")],
                    names=[*COLUMNS, "geom", "record"])  # fmt: skip
