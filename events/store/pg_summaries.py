"""Counts of a PostGIS store's imported events, kept in two small tables so that the
dashboard's usual questions (events.store.pg_views) read thousands of rows, not a million:

- ``event_days``: events, fatalities, injuries and events with no place per coded date, date
  range, time precision, type, sub-type, status, country, admin-1 and geo-precision (the
  timeline, the trends, the totals; date ranges filter it);
- ``event_places``: the same sums with the extent per place (location and, for a point, its
  coordinates), type, sub-type, status, actors, country, admin-1 and geo-precision (the
  sidebar's counts, distinct places, the map's points and cells).

They are counted again from ``events`` after an import and whenever a view of a newer version of
the imported events is opened (``rebuild``), in one snapshot of the events, and stamped with the
version of the imported events they count (``sitrep_summaries``): a view reads them only while
that is the current version, and reads ``events`` otherwise, so an answer is always the events'.
A summary answers a question when it keeps every column grouped by and every column the
filter reads (``FILTER_COLUMNS``); other questions (text, fatalities, review, or actors with
dates) read ``events``.
"""

from __future__ import annotations

from dataclasses import dataclass

from events.records.filters import FILTERS, EventFilter

IMPORTED = "origin = 'imported' AND review != 'rejected'"
POINT = "GeometryType(geom) = 'POINT'"
# a point's coordinates (NULL for other shapes: ST_X refuses them, and SQL may test them in any order)
LON, LAT = (f"(CASE WHEN {POINT} THEN {f}(geom) END)" for f in ("ST_X", "ST_Y"))

# The flat columns each filter of events.records.filters.FILTERS reads (a test keeps them in step).
FILTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "event_types": ("event_type",), "sub_event_types": ("sub_event_type",), "actors": ("actor1", "actor2"),
    "statuses": ("status",), "admin1s": ("admin1",), "countries": ("country",),
    "region": ("country", "admin1"), "geo_precisions": ("geo_precision",),
    "review_below": ("confidence", "review"), "date_from": ("date_end",), "date_to": ("date_start",),
    "min_fatalities": ("fatalities",), "text": ("source_text", "notes"),
}  # fmt: skip

DAYS_KEYS = ("event_date", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
             "status", "country", "admin1", "geo_precision")  # fmt: skip
PLACES_KEYS = ("location", "event_type", "sub_event_type", "status", "actor1", "actor2", "country",
               "admin1", "geo_precision")  # fmt: skip
# per group: events, fatalities, injuries, events with no place (n_*: never a flat column's name,
# so a filter on fatalities can never read a sum)
COUNTS = ("n_events bigint NOT NULL, n_fatalities bigint NOT NULL, n_injuries bigint NOT NULL,"
          " n_unplaced bigint NOT NULL")  # fmt: skip
COUNTED = ("count(*), coalesce(sum(fatalities), 0), coalesce(sum(injuries), 0),"
           " count(*) FILTER (WHERE geom IS NULL)")  # fmt: skip


@dataclass(frozen=True)
class Source:
    """Where a question is answered: the events themselves or one of the summaries, with the
    SQL of its sums (``events`` to ``unplaced``), of a point's coordinates (``lon``, ``lat``;
    NULL when not a point) and of the extent of its places (``west`` .. ``north``)."""

    table: str
    columns: frozenset[str] | None  # what it can group by and filter on (None: every flat column)
    rows: str  # the condition its rows meet to count
    events: str
    fatalities: str
    injuries: str
    unplaced: str
    lon: str
    lat: str
    lon_sum: str
    lat_sum: str
    west: str = "min(ST_XMin(geom))"
    south: str = "min(ST_YMin(geom))"
    east: str = "max(ST_XMax(geom))"
    north: str = "max(ST_YMax(geom))"

    def answers(self, f: EventFilter, keys: tuple[str, ...] = ()) -> bool:
        """Whether its rows hold every column of ``keys`` and every column ``f`` filters on."""
        if self.columns is None:
            return True
        read = {c for row in FILTERS if row.active(row.value(f)) for c in FILTER_COLUMNS[row.field]}
        return read | set(keys) <= self.columns


EVENTS = Source("events", None, IMPORTED, "count(*)", "coalesce(sum(fatalities), 0)::float8",
                "coalesce(sum(injuries), 0)", "count(*) FILTER (WHERE geom IS NULL)", LON, LAT,
                "sum(ST_X(geom))", "sum(ST_Y(geom))")  # fmt: skip
_SUMS = ("coalesce(sum(n_events), 0)::bigint", "coalesce(sum(n_fatalities), 0)::float8",
         "coalesce(sum(n_injuries), 0)::bigint", "coalesce(sum(n_unplaced), 0)::bigint")  # fmt: skip
DAYS = Source("event_days", frozenset(DAYS_KEYS), "TRUE", *_SUMS, "NULL::float8", "NULL::float8",
              "NULL::float8", "NULL::float8")  # fmt: skip
PLACES = Source("event_places", frozenset((*PLACES_KEYS, "lon", "lat")), "TRUE", *_SUMS, "lon", "lat",
                "sum(lon * n_events)", "sum(lat * n_events)", "min(west)", "min(south)", "max(east)",
                "max(north)")  # fmt: skip


def tables(types: dict[str, str]) -> str:
    """The summaries' tables (migration 4), their keys typed as the events' flat columns."""
    days = ", ".join(f"{k} {types[k].split()[0]}" for k in DAYS_KEYS)
    places = ", ".join(f"{k} {types[k].split()[0]}" for k in PLACES_KEYS)
    return (
        f"CREATE TABLE event_days ({days}, {COUNTS});"
        f" CREATE TABLE event_places ({places}, lon double precision, lat double precision, {COUNTS},"
        " west double precision, south double precision, east double precision, north double precision);"
        " CREATE TABLE sitrep_summaries (imported bigint); INSERT INTO sitrep_summaries VALUES (NULL);"
    )


FRESH = "SELECT s.imported IS NOT DISTINCT FROM c.imported FROM sitrep_summaries s, sitrep_changes c"
REBUILD_LOCK = 7_314_160  # pg_try_advisory_xact_lock key: one rebuild at a time


def rebuild(db) -> bool:
    """Count the imported events into the summaries unless they count the current version
    already. ``db`` is in a REPEATABLE READ transaction, so the counts and the version they are
    stamped with come from one snapshot. False when another rebuild is under way (the views
    read the events meanwhile)."""
    if not db.execute("SELECT pg_try_advisory_xact_lock(%s)", (REBUILD_LOCK,)).fetchone()[0]:
        return False
    if db.execute(FRESH).fetchone()[0]:
        return True
    # hashed, not sorted: the planner cannot know how few groups there are and sorted a million
    # rows by eleven keys (13 s against 6 s for the places)
    db.execute("SET LOCAL jit = off; SET LOCAL work_mem = '256MB'; SET LOCAL enable_sort = off")
    days = ", ".join(DAYS_KEYS)
    places = ", ".join(PLACES_KEYS)
    db.execute("DELETE FROM event_days; DELETE FROM event_places")
    db.execute(
        f"INSERT INTO event_days SELECT {days}, {COUNTED} FROM events WHERE {IMPORTED} GROUP BY {days}"
    )
    db.execute(
        f"INSERT INTO event_places SELECT {places}, {LON}, {LAT}, {COUNTED}, min(ST_XMin(geom)),"
        f" min(ST_YMin(geom)), max(ST_XMax(geom)), max(ST_YMax(geom)) FROM events WHERE {IMPORTED}"
        f" GROUP BY {places}, {LON}, {LAT}"
    )
    db.execute("UPDATE sitrep_summaries SET imported = (SELECT imported FROM sitrep_changes)")
    return True
