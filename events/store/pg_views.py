"""The dashboard's questions (events.store.views.EventView) answered in SQL by a PostGIS
store, over its imported events: filters as one WHERE clause (events.records.filters.where_sql),
counts and sums with GROUP BY, grid cells binned in the database (floor of the point's
coordinates over the step, as the frame's cells are: ST_SnapToGrid would round to the
nearest line instead), points near the map's view found through the GiST index
(``geom && ST_MakeEnvelope``), and only the rows a table or a map draws fetched whole.
Counts, sums and cells are read from the summaries kept at import (events.store.pg_summaries)
whenever one of them answers the question and counts the current imported events.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict

import pandas as pd

from events.records.filters import NO_FILTER, EventFilter, where_sql
from events.store.gpkg_schema import FLAT_COLUMNS
from events.store.pg_summaries import DAYS, EVENTS, FRESH, PLACES, POINT, Source
from events.store.views import (
    CELL_KEYS,
    CELL_SUMS,
    DATES,
    SUMS,
    TIMELINE,
    TRENDS,
    Bounds,
    EventView,
    Tally,
    ranked,
    widened,
)

SHAPE = "GeometryType(geom) <> 'POINT'"  # and not NULL: no place


def _column(name: str) -> str:
    """A flat column's name, checked (names are put in SQL text, never values)."""
    if name not in FLAT_COLUMNS:
        raise ValueError(f"no flat column {name!r}")
    return name


# One scan answers several questions about one filter (GROUPING SETS: a hash table each).
# A view's: its totals, its places, the timeline's and the trends' sums (asked of the same
# filter unless a brush or a region narrows one of them), its types (the map's layers) and
# sub-types (the sidebar's, for the types chosen).
VIEW_KEYS = ("event_date", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
             "country", "admin1", "location")  # fmt: skip
VIEW_SETS = {(): "()", ("location",): "(location)", TIMELINE: f"({', '.join(TIMELINE)})",
             TRENDS: f"({', '.join(TRENDS)})", ("event_type",): "(event_type)",
             ("sub_event_type",): "(sub_event_type)"}  # fmt: skip
# The same from the summaries: all but the places from the dated one, the places from the other.
DAY_KEYS = tuple(k for k in VIEW_KEYS if k != "location")
DAY_SETS = {keys: sql for keys, sql in VIEW_SETS.items() if keys != ("location",)}
# The sidebar's (once per store version): events per value of each column, the regions.
FACETS = ("event_type", "sub_event_type", "status", "actor1", "actor2", "country", "admin1")
FACET_SETS = {(): "()", **{(c,): f"({c})" for c in FACETS}, ("country", "admin1"): "(country, admin1)"}
MEMO = 64  # answers kept per view (one store version)
# For these reads only: no JIT (compiling took 0.2 s of each 1-2 s scan of a million events),
# and room to group in memory rather than sorting on disk.
READING = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'"


def _remembered(method):
    """A PostgisView method whose answers are kept with the view's others (the map asks again
    on every rerun of its fragment: a pan, a zoom, a row picked in the table)."""

    @functools.wraps(method)
    def kept(self, *args, **kwargs):
        key = (method.__name__, repr(args), repr(sorted(kwargs.items())))
        return self._kept(key, lambda: method(self, *args, **kwargs))

    return kept


def _grouping(keys: tuple[str, ...], columns: tuple[str, ...]) -> int:
    """GROUPING()'s value over ``columns`` for the set of ``keys``: a bit set (first column the
    highest bit) for each column not grouped by."""
    return sum(1 << (len(columns) - 1 - k) for k, c in enumerate(columns) if c not in keys)


class PostgisView(EventView):
    """A PostGIS store's imported events, answered in SQL (see the module's docstring).
    Answers are kept (the view stands for one store version): the dashboard's sessions ask
    the same questions, and ``sitrep serve`` asks the first map's before anyone comes."""

    def __init__(self, store):
        self.store = store
        self._memo: OrderedDict[tuple, object] = OrderedDict()
        self._lock = threading.Lock()

    def _kept(self, key: tuple, make):
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = make()
        with self._lock:
            self._memo[key] = value
            while len(self._memo) > MEMO:
                self._memo.popitem(last=False)
        return value

    def _where(self, f: EventFilter, extra: str = "", params: tuple = (), source: Source = EVENTS):
        condition, values = where_sql(f)
        return f"WHERE {source.rows} AND ({condition}){extra}", [*values, *params]

    def _ask(self, f: EventFilter, keys: tuple[str, ...], sources: tuple[Source, ...], question):
        """The rows of ``question(source)`` (statements: [(sql, params)], run in one transaction):
        asked of the first of ``sources`` that answers ``f`` grouped by ``keys``, while the
        summaries count the current imported events, else of the events themselves."""
        with self.store._read() as db:
            db.execute(READING)
            usable = [s for s in sources if s.answers(f, keys)]
            source = usable[0] if usable and db.execute(FRESH).fetchone()[0] else EVENTS
            return source, [self._execute(db, sql, params) for sql, params in question(source)]

    def _execute(self, db, sql: str, params: list) -> list[tuple]:
        return db.execute(sql, params).fetchall()

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        return self._ask(NO_FILTER, (), (), lambda source: [(sql, params)])[1][0]

    def _box(self, bounds: Bounds | None, source: Source = EVENTS) -> tuple[str, tuple]:
        box = widened(bounds)
        point = f" AND {POINT}" if source is EVENTS else f" AND {source.lon} IS NOT NULL"
        if box is None:
            return point, ()
        west, south, east, north = box
        near = " AND geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)" if source is EVENTS else ""
        return (f"{point}{near} AND {source.lon} BETWEEN %s AND %s AND {source.lat} BETWEEN %s AND %s",
                (*((west, south, east, north) if near else ()), west, east, south, north))  # fmt: skip

    def _grouped(self, columns: tuple[str, ...], sets: dict, rows: list[tuple]) -> dict[tuple, list]:
        """GROUPING SETS rows -> {keys: [(key values..., sums...)]} per set."""
        by_mask = {_grouping(keys, columns): keys for keys in sets}
        out: dict[tuple, list] = {keys: [] for keys in sets}
        for row in rows:
            keys = by_mask[row[0]]
            values = row[1 : 1 + len(columns)]
            out[keys].append((*(values[columns.index(k)] for k in keys), *row[1 + len(columns) :]))
        return out

    def _sets_sql(self, f: EventFilter, columns, sets: dict, sums: str, source: Source) -> tuple[str, list]:
        where, params = self._where(f, source=source)
        return (f"SELECT GROUPING({', '.join(columns)}), {', '.join(columns)}, {sums} FROM {source.table}"
                f" {where} GROUP BY GROUPING SETS ({', '.join(sets.values())})", params)  # fmt: skip

    def _view_sets(self, f: EventFilter) -> dict[tuple, list]:
        """The view's totals, places, types, sub-types, timeline and trend sums: one scan of the
        events, or the dated summary and the places (the summary of places when it answers)."""

        def question(source: Source) -> list[tuple[str, list]]:
            s = source
            sums = (f"{s.events}, {s.fatalities}, {s.injuries}, {s.unplaced}, min(date_start),"
                    " max(date_end), max(event_date)")  # fmt: skip
            if source is EVENTS:
                return [self._sets_sql(f, VIEW_KEYS, VIEW_SETS, sums, source)]
            places = PLACES if PLACES.answers(f, ("location",)) else EVENTS
            where, params = self._where(f, " AND location IS NOT NULL", source=places)
            located = f"SELECT location, {places.events} FROM {places.table} {where} GROUP BY 1"
            return [self._sets_sql(f, DAY_KEYS, DAY_SETS, sums, source), (located, params)]

        def make() -> dict[tuple, list]:
            source, found = self._ask(f, DAY_KEYS, (DAYS,), question)
            if source is EVENTS:
                return self._grouped(VIEW_KEYS, VIEW_SETS, found[0])
            return self._grouped(DAY_KEYS, DAY_SETS, found[0]) | {("location",): found[1]}

        return self._kept(("view", f), make)

    def _facet_sets(self, f: EventFilter) -> dict[tuple, list]:
        def question(s: Source) -> list[tuple[str, list]]:
            sums = f"{s.events}, {s.fatalities}, {s.west}, {s.south}, {s.east}, {s.north}"
            return [self._sets_sql(f, FACETS, FACET_SETS, sums, s)]

        def make() -> dict[tuple, list]:
            return self._grouped(FACETS, FACET_SETS, self._ask(f, FACETS, (PLACES,), question)[1][0])

        return self._kept(("facets", f), make)

    def total(self) -> int:
        (row,) = self._facet_sets(NO_FILTER)[()] or [(0,)]
        return int(row[0])

    def extent(self) -> tuple[float, float, float, float] | None:
        rows = self._facet_sets(NO_FILTER)[()]
        if not rows or rows[0][2] is None:
            return None
        return tuple(float(v) for v in rows[0][2:6])

    def tally(self, f: EventFilter, also: frozenset[str] = frozenset()) -> Tally:
        found = self._view_sets(f)
        if not found[()] or not found[()][0][0]:
            return Tally(places=len(also))
        events, dead, hurt, unplaced, first, last, latest = found[()][0][:7]
        places = {row[0] for row in found[("location",)] if row[0] is not None}
        return Tally(events, int(dead), int(hurt), len(places | also), unplaced, first, last, latest)

    def locations(self, f: EventFilter) -> frozenset[str]:
        return frozenset(row[0] for row in self._view_sets(f)[("location",)] if row[0] is not None)

    def counts(self, column: str, f: EventFilter = NO_FILTER) -> pd.Series:
        if column in FACETS and f == NO_FILTER:  # the sidebar's, once per version
            rows = [(row[0], row[1]) for row in self._facet_sets(f)[(column,)] if row[0] is not None]
        elif (column,) in VIEW_SETS:  # with the view's totals
            rows = [(row[0], row[1]) for row in self._view_sets(f)[(column,)] if row[0] is not None]
        else:
            name = _column(column)

            def question(s: Source) -> list[tuple[str, list]]:
                where, params = self._where(f, f" AND {name} IS NOT NULL", source=s)
                return [(f"SELECT {name}::text, {s.events} FROM {s.table} {where} GROUP BY 1", params)]

            rows = self._ask(f, (name,), (PLACES, DAYS), question)[1][0]
        return ranked(pd.Series([n for _, n in rows], index=[str(v) for v, _ in rows], dtype="int64"))

    def groups(self, keys: tuple[str, ...], f: EventFilter = NO_FILTER) -> pd.DataFrame:
        if keys in VIEW_SETS and keys:
            rows = [row[: len(keys) + 2] for row in self._view_sets(f)[keys]]
        elif keys == ("country", "admin1"):
            rows = [row[:4] for row in self._facet_sets(f)[keys]]
        else:
            names = ", ".join(_column(k) for k in keys)

            def question(s: Source) -> list[tuple[str, list]]:
                where, params = self._where(f, source=s)
                sql = f"SELECT {names}, {s.events}, {s.fatalities} FROM {s.table} {where} GROUP BY {names}"
                return [(sql, params)]

            rows = self._ask(f, keys, (DAYS, PLACES), question)[1][0]
        table = pd.DataFrame(rows, columns=[*keys, *SUMS])
        for key in keys:
            if key in DATES:
                table[key] = pd.to_datetime(table[key]).astype("datetime64[ns]")
        table = table.astype({"events": "int64", "fatalities": "float64"})
        return table.sort_values(list(keys), kind="stable", na_position="last").reset_index(drop=True)

    def rows(self, f: EventFilter, limit: int | None = None, by_confidence: bool = False) -> pd.DataFrame:
        if limit is None:  # every row (a download): not kept
            return self._rows(f, limit, by_confidence)
        return self._kept(("rows", f, limit, by_confidence), lambda: self._rows(f, limit, by_confidence))

    def _rows(self, f: EventFilter, limit: int | None, by_confidence: bool) -> pd.DataFrame:
        where, params = self._where(f, " AND confidence IS NOT NULL" if by_confidence else "")
        order = "ORDER BY confidence, fid" if by_confidence else "ORDER BY fid"
        return self.store.frame_where(where, params, order, limit)

    def event_ids(self, f: EventFilter) -> list[str]:
        where, params = self._where(f)
        return [row[0] for row in self._fetch(f"SELECT event_id FROM events {where} ORDER BY fid", params)]

    @_remembered
    def points(self, f: EventFilter, bounds: Bounds | None = None) -> tuple[int, tuple | None]:
        def question(s: Source) -> list[tuple[str, list]]:
            where, params = self._where(f, *self._box(bounds, s), source=s)
            return [(f"SELECT {s.events}, min({s.lon}), min({s.lat}), max({s.lon}), max({s.lat})"
                     f" FROM {s.table} {where}", params)]  # fmt: skip

        ((n, west, south, east, north),) = self._ask(f, (), (PLACES,), question)[1][0]
        n = int(n or 0)
        return n, (west, south, east, north) if n else None

    @_remembered
    def point_rows(self, f: EventFilter, bounds: Bounds | None = None, event_id: str | None = None):
        extra, values = self._box(bounds)
        if event_id is not None:
            extra, values = extra + " AND event_id = %s", (*values, event_id)
        where, params = self._where(f, extra, values)
        return self.store.frame_where(where, params, "ORDER BY fid", None)

    @_remembered
    def cell_groups(self, f: EventFilter, step: float, bounds: Bounds | None = None) -> pd.DataFrame:
        def question(s: Source) -> list[tuple[str, list]]:
            where, params = self._where(f, *self._box(bounds, s), source=s)
            sql = (f"SELECT floor({s.lon} / %s)::bigint AS gx, floor({s.lat} / %s)::bigint AS gy,"
                   f" event_type, location, {s.events}, {s.fatalities}, {s.lon_sum}, {s.lat_sum}"
                   f" FROM {s.table} {where} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")  # fmt: skip
            return [(sql, [step, step, *params])]

        rows = self._ask(f, ("event_type", "location"), (PLACES,), question)[1][0]
        table = pd.DataFrame(rows, columns=[*CELL_KEYS, *CELL_SUMS])
        return table.astype({"gx": "int64", "gy": "int64", "events": "int64", "fatalities": "float64"})

    @_remembered
    def area_rows(self, f: EventFilter) -> pd.DataFrame:
        where, params = self._where(f, f" AND {SHAPE}")  # events_shapes, a partial index, finds them
        return self.store.frame_where(where, params, "ORDER BY fid", None)


_VIEWS: OrderedDict[tuple[str, int], PostgisView] = OrderedDict()
_VIEWS_LOCK = threading.Lock()


def view_of(store, imported_version: int, ready=None) -> PostgisView:
    """The view of a store's imported events at this version of them (the last two kept, with
    their answers: a review or an ingested article leaves them as they were); ``ready()`` is
    called before a new one is made (the store counts its summaries)."""
    key = (store.address, imported_version)
    with _VIEWS_LOCK:
        if key not in _VIEWS:
            if ready is not None:
                ready()
            _VIEWS[key] = PostgisView(store)
            while len(_VIEWS) > 2:
                _VIEWS.popitem(last=False)
        _VIEWS.move_to_end(key)
        return _VIEWS[key]
