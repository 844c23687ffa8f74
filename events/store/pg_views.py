"""The dashboard's questions (events.store.views.EventView) answered in SQL by a PostGIS
store, over its imported events: filters as one WHERE clause (events.records.filters.where_sql),
counts and sums with GROUP BY, grid cells binned in the database (floor of the point's
coordinates over the step, as the frame's cells are: ST_SnapToGrid would round to the
nearest line instead), points near the map's view found through the GiST index
(``geom && ST_MakeEnvelope``), and only the rows a table or a map draws fetched whole.
"""

from __future__ import annotations

import pandas as pd

from events.records.filters import NO_FILTER, EventFilter, where_sql
from events.store.gpkg_schema import FLAT_COLUMNS
from events.store.views import CELL_KEYS, CELL_SUMS, DATES, SUMS, Bounds, EventView, Tally, ranked, widened

IMPORTED = "origin = 'imported' AND review != 'rejected'"
POINT = "GeometryType(geom) = 'POINT'"
# a point's coordinates (NULL for other shapes: ST_X refuses them, and SQL may test them in any order)
LON, LAT = (f"(CASE WHEN {POINT} THEN {f}(geom) END)" for f in ("ST_X", "ST_Y"))


def _column(name: str) -> str:
    """A flat column's name, checked (names are put in SQL text, never values)."""
    if name not in FLAT_COLUMNS:
        raise ValueError(f"no flat column {name!r}")
    return name


class PostgisView(EventView):
    """A PostGIS store's imported events, answered in SQL (see the module's docstring)."""

    def __init__(self, store):
        self.store = store

    def _where(self, f: EventFilter, extra: str = "", params: tuple = ()) -> tuple[str, list]:
        condition, values = where_sql(f)
        return f"WHERE {IMPORTED} AND ({condition}){extra}", [*values, *params]

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        with self.store._read() as db:
            return db.execute(sql, params).fetchall()

    def _box(self, bounds: Bounds | None) -> tuple[str, tuple]:
        box = widened(bounds)
        if box is None:
            return f" AND {POINT}", ()
        west, south, east, north = box
        return (f" AND {POINT} AND geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)"
                f" AND {LON} BETWEEN %s AND %s AND {LAT} BETWEEN %s AND %s",
                (west, south, east, north, west, east, south, north))  # fmt: skip

    def total(self) -> int:
        return self._fetch(f"SELECT count(*) FROM events WHERE {IMPORTED}", [])[0][0]

    def tally(self, f: EventFilter, also: frozenset[str] = frozenset()) -> Tally:
        where, params = self._where(f)
        (events, dead, hurt, places, unplaced, first, last, latest), = self._fetch(
            "SELECT count(*), coalesce(sum(fatalities), 0), coalesce(sum(injuries), 0),"
            " count(DISTINCT location), count(*) FILTER (WHERE geom IS NULL), min(date_start),"
            f" max(date_end), max(event_date) FROM events {where}", params)  # fmt: skip
        if also:
            places = self._fetch(f"SELECT count(*) FROM (SELECT location FROM events {where}"
                                 " UNION SELECT unnest(%s::text[])) s WHERE location IS NOT NULL",
                                 [*params, sorted(also)])[0][0]  # fmt: skip
        return Tally(events, int(dead), int(hurt), places, unplaced, first, last, latest)

    def locations(self, f: EventFilter) -> frozenset[str]:
        where, params = self._where(f, " AND location IS NOT NULL")
        return frozenset(
            row[0] for row in self._fetch(f"SELECT DISTINCT location FROM events {where}", params)
        )

    def counts(self, column: str, f: EventFilter = NO_FILTER) -> pd.Series:
        name = _column(column)
        where, params = self._where(f, f" AND {name} IS NOT NULL")
        rows = self._fetch(f"SELECT {name}::text, count(*) FROM events {where} GROUP BY 1", params)
        return ranked(pd.Series([n for _, n in rows], index=[v for v, _ in rows], dtype="int64"))

    def groups(self, keys: tuple[str, ...], f: EventFilter = NO_FILTER) -> pd.DataFrame:
        names = ", ".join(_column(k) for k in keys)
        where, params = self._where(f)
        sums = "count(*), coalesce(sum(fatalities), 0)::float8"
        rows = self._fetch(
            f"SELECT {names}, {sums} FROM events {where} GROUP BY {names} ORDER BY {names}", params
        )
        table = pd.DataFrame(rows, columns=[*keys, *SUMS])
        for key in keys:
            if key in DATES:
                table[key] = pd.to_datetime(table[key]).astype("datetime64[ns]")
        return table.astype({"events": "int64", "fatalities": "float64"})

    def rows(self, f: EventFilter, limit: int | None = None, by_confidence: bool = False) -> pd.DataFrame:
        where, params = self._where(f, " AND confidence IS NOT NULL" if by_confidence else "")
        order = "ORDER BY confidence, fid" if by_confidence else "ORDER BY fid"
        return self.store.frame_where(where, params, order, limit)

    def event_ids(self, f: EventFilter) -> list[str]:
        where, params = self._where(f)
        return [row[0] for row in self._fetch(f"SELECT event_id FROM events {where} ORDER BY fid", params)]

    def points(self, f: EventFilter, bounds: Bounds | None = None) -> tuple[int, tuple | None]:
        where, params = self._where(f, *self._box(bounds))
        (n, west, south, east, north), = self._fetch(
            "SELECT count(*), min(ST_X(geom)), min(ST_Y(geom)), max(ST_X(geom)), max(ST_Y(geom))"
            f" FROM events {where}", params)  # fmt: skip
        return n, (west, south, east, north) if n else None

    def point_rows(self, f: EventFilter, bounds: Bounds | None = None, event_id: str | None = None):
        extra, values = self._box(bounds)
        if event_id is not None:
            extra, values = extra + " AND event_id = %s", (*values, event_id)
        where, params = self._where(f, extra, values)
        return self.store.frame_where(where, params, "ORDER BY fid", None)

    def cell_groups(self, f: EventFilter, step: float, bounds: Bounds | None = None) -> pd.DataFrame:
        where, params = self._where(f, *self._box(bounds))
        rows = self._fetch(
            "SELECT floor(ST_X(geom) / %s)::bigint AS gx, floor(ST_Y(geom) / %s)::bigint AS gy, event_type,"
            " location, count(*), coalesce(sum(fatalities), 0)::float8, sum(ST_X(geom)), sum(ST_Y(geom))"
            f" FROM events {where} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
            [step, step, *params],
        )
        table = pd.DataFrame(rows, columns=[*CELL_KEYS, *CELL_SUMS])
        return table.astype({"gx": "int64", "gy": "int64", "events": "int64", "fatalities": "float64"})

    def area_rows(self, f: EventFilter) -> pd.DataFrame:
        where, params = self._where(f, f" AND geom IS NOT NULL AND NOT {POINT}")
        return self.store.frame_where(where, params, "ORDER BY fid", None)

    def extent(self) -> tuple[float, float, float, float] | None:
        (box,) = self._fetch(f"SELECT min(ST_XMin(geom)), min(ST_YMin(geom)), max(ST_XMax(geom)),"
                             f" max(ST_YMax(geom)) FROM events WHERE {IMPORTED}", [])  # fmt: skip
        return None if box[0] is None else tuple(float(v) for v in box)
