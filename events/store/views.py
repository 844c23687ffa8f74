"""What the dashboard asks of a store's events under a filter, answered where the events are.

``EventView`` declares the questions (a tally, counts of a column's values, sums grouped by a
few columns, grid cells of points, the first rows, the rows near the map's view); each
answer is small and mergeable (counts and sums, never a million rows), so the builders in
maps/ and events/records/ make the same map, timeline, trends and table from any view:

- ``FrameView``: pandas over a frame in memory (the GeoPackage's columnar cache; extracted
  events merged across articles);
- ``events.store.pg_views.PostgisView``: the same answers as SQL in the database, for a
  server's imported events (PostgisStore.imported_view);
- ``CombinedView``: the sum of two views' answers (a server's extracted events, merged in
  Python, beside its imported ones in SQL), as if they were one frame, extracted rows first.
"""

from __future__ import annotations

import abc
import datetime as dt
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from events.records.filters import NO_FILTER, EventFilter, apply_filter, placed, with_points, within_dates

SUMS = ("events", "fatalities")  # what groups add up per key
DATES = ("event_date", "date_start", "date_end")
TIMELINE = ("event_date", "date_start", "date_end", "time_precision", "event_type")  # maps.timeline's
TRENDS = ("event_date", "country", "admin1")  # events.records.trends'...
CELL_KEYS = ("gx", "gy", "event_type", "location")
CELL_SUMS = ("events", "fatalities", "lon", "lat")  # lon, lat: sums (a cell's centre is their mean)
Bounds = list[list[float]]  # Leaflet's [[south, west], [north, east]]


@dataclass(frozen=True)
class Tally:
    """A view's totals: events, fatalities, injuries, distinct places (locations), events with
    no place, the first start and last end dates, and the latest coded date."""

    events: int = 0
    fatalities: int = 0
    injuries: int = 0
    places: int = 0
    unplaced: int = 0
    first: dt.date | None = None
    last: dt.date | None = None
    latest: dt.date | None = None


def widened(bounds: Bounds | None, margin: float = 0.25) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of Leaflet bounds widened by ``margin`` of their size: the
    points drawn for a view (a little beyond it, so a small pan shows no gap)."""
    if not bounds:
        return None
    (south, west), (north, east) = bounds
    dy, dx = (north - south) * margin, (east - west) * margin
    return west - dx, south - dy, east + dx, north + dy


def ranked(counts: pd.Series) -> pd.Series:
    """Counts most first, ties by value (the same order whichever backend counted)."""
    if counts.empty:
        return counts.astype("int64")
    table = pd.DataFrame({"value": counts.index.astype(str), "n": counts.to_numpy(dtype="int64")})
    table = table.groupby("value", sort=False)["n"].sum().reset_index()
    table = table.sort_values(["n", "value"], ascending=[False, True], kind="stable")
    return pd.Series(table["n"].to_numpy(), index=table["value"].to_numpy(), dtype="int64")


def summed(frame: pd.DataFrame, keys: tuple[str, ...], sums: tuple[str, ...] = SUMS) -> pd.DataFrame:
    """Rows with the same keys added up (missing keys are a key too, after the others), in key
    order. Keys are numbered (pd.factorize) and added with numpy: a pandas groupby on several
    text columns, missing values kept, took seconds for a million events."""
    if frame.empty:
        return pd.DataFrame(columns=[*keys, *sums])
    codes, values = [], []
    for key in keys:
        code, found = pd.factorize(frame[key], sort=True, use_na_sentinel=False)
        codes.append(code)
        values.append(found)
    sizes = [max(1, len(v)) for v in values]
    if math.prod(sizes) >= 2**62:  # too many combinations to number: pandas groups them
        out = frame.groupby(list(keys), dropna=False, sort=True)[list(sums)].sum().reset_index()
        return out.astype({"events": "int64"})
    flat = np.ravel_multi_index(codes, sizes) if len(keys) > 1 else codes[0]
    groups, inverse = np.unique(flat, return_inverse=True)
    first = np.zeros(len(groups), dtype=np.int64)
    first[inverse[::-1]] = np.arange(len(inverse))[::-1]  # a row of each group
    out = pd.DataFrame({key: values[k].take(codes[k][first]) for k, key in enumerate(keys)})
    for name in sums:
        weights = pd.to_numeric(frame[name]).to_numpy(dtype=float)
        out[name] = np.bincount(inverse.ravel(), weights=weights, minlength=len(groups))
    return out.astype({"events": "int64"})


class EventView(abc.ABC):
    """The dashboard's questions about one set of events (see the module's docstring)."""

    @abc.abstractmethod
    def total(self) -> int:
        """Every event of the view, unfiltered."""

    @abc.abstractmethod
    def tally(self, f: EventFilter, also: frozenset[str] = frozenset()) -> Tally:
        """Totals of the events passing ``f`` (distinct places counted with ``also``'s)."""

    @abc.abstractmethod
    def locations(self, f: EventFilter) -> frozenset[str]:
        """The distinct places (locations) of the events passing ``f``."""

    @abc.abstractmethod
    def counts(self, column: str, f: EventFilter = NO_FILTER) -> pd.Series:
        """Events per value of ``column`` (no value: left out), most first, ties by value."""

    @abc.abstractmethod
    def groups(self, keys: tuple[str, ...], f: EventFilter = NO_FILTER) -> pd.DataFrame:
        """Events and fatalities per distinct ``keys`` (dates as datetimes), in key order."""

    @abc.abstractmethod
    def rows(self, f: EventFilter, limit: int | None = None, by_confidence: bool = False) -> pd.DataFrame:
        """The first ``limit`` events passing ``f`` as frame rows (lowest confidence first
        with ``by_confidence``, events with none left out)."""

    @abc.abstractmethod
    def event_ids(self, f: EventFilter) -> list[str]:
        """The ids of every event passing ``f``, in the view's order."""

    @abc.abstractmethod
    def points(self, f: EventFilter, bounds: Bounds | None = None) -> tuple[int, tuple | None]:
        """(point events passing ``f`` within the widened ``bounds``, their (west, south, east,
        north) extent or None)."""

    @abc.abstractmethod
    def point_rows(self, f: EventFilter, bounds: Bounds | None = None, event_id: str | None = None):
        """Those point events as frame rows (only ``event_id``'s, when given)."""

    @abc.abstractmethod
    def cell_groups(self, f: EventFilter, step: float, bounds: Bounds | None = None) -> pd.DataFrame:
        """Those point events per grid square of ``step`` degrees (gx, gy: floor(lon / step),
        floor(lat / step)), type and place: CELL_KEYS and CELL_SUMS."""

    @abc.abstractmethod
    def area_rows(self, f: EventFilter) -> pd.DataFrame:
        """The events passing ``f`` drawn as shapes (not points), as frame rows."""

    @abc.abstractmethod
    def extent(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of every placed event of the view, unfiltered."""


class FrameView(EventView):
    """The answers from a frame in memory (pandas); the last few filtered frames are kept
    (the dashboard's sessions share one view: a lock guards them)."""

    def __init__(self, frame: pd.DataFrame, keep: int = 4):
        self.frame = with_points(frame) if "geometry" in frame or frame.empty else frame
        self._kept: OrderedDict[EventFilter, pd.DataFrame] = OrderedDict()
        self._keep = keep
        self._lock = threading.Lock()

    def _view(self, f: EventFilter) -> pd.DataFrame:
        with self._lock:
            if f in self._kept:
                self._kept.move_to_end(f)
                return self._kept[f]
        view = apply_filter(self.frame, f) if f != NO_FILTER and not self.frame.empty else self.frame
        with self._lock:
            self._kept[f] = view
            if len(self._kept) > self._keep:
                self._kept.popitem(last=False)
        return view

    def _points(self, f: EventFilter, bounds: Bounds | None) -> pd.DataFrame:
        view = self._view(f)
        if view.empty or "lat" not in view:
            return view.iloc[0:0]
        mask = view["lat"].notna()
        box = widened(bounds)
        if box:
            west, south, east, north = box
            mask &= view["lat"].between(south, north) & view["lon"].between(west, east)
        return view[mask]

    def total(self) -> int:
        return len(self.frame)

    def tally(self, f: EventFilter, also: frozenset[str] = frozenset()) -> Tally:
        view = self._view(f)
        if view.empty:
            return Tally(places=len(also))
        return Tally(
            events=len(view),
            fatalities=int(pd.to_numeric(view["fatalities"], errors="coerce").fillna(0).sum()),
            injuries=int(pd.to_numeric(view["injuries"], errors="coerce").fillna(0).sum()),
            places=len(self.locations(f) | also) if also else int(view["location"].nunique()),
            unplaced=int((~placed(view)).sum()),
            first=view["date_start"].min().date(),
            last=view["date_end"].max().date(),
            latest=view["event_date"].max().date(),
        )

    def locations(self, f: EventFilter) -> frozenset[str]:
        view = self._view(f)
        return frozenset(view["location"].dropna().astype(str)) if len(view) else frozenset()

    def counts(self, column: str, f: EventFilter = NO_FILTER) -> pd.Series:
        view = self._view(f)
        if view.empty or column not in view:
            return pd.Series(dtype="int64")
        return ranked(view[column].dropna().astype(str).value_counts())

    def groups(self, keys: tuple[str, ...], f: EventFilter = NO_FILTER) -> pd.DataFrame:
        view = self._view(f)
        if view.empty:
            return pd.DataFrame(columns=[*keys, *SUMS])
        table = view[list(keys)].assign(
            events=1, fatalities=pd.to_numeric(view["fatalities"], errors="coerce").fillna(0).to_numpy()
        )
        for key in set(keys) & set(DATES):  # one resolution whichever store read them
            table[key] = table[key].astype("datetime64[ns]")
        return summed(table, keys)

    def rows(self, f: EventFilter, limit: int | None = None, by_confidence: bool = False) -> pd.DataFrame:
        view = self._view(f)
        if by_confidence and len(view):
            return view.nsmallest(limit if limit is not None else len(view), "confidence")
        return view if limit is None else view.head(limit)

    def event_ids(self, f: EventFilter) -> list[str]:
        view = self._view(f)
        return view["event_id"].tolist() if len(view) else []

    def points(self, f: EventFilter, bounds: Bounds | None = None) -> tuple[int, tuple | None]:
        points = self._points(f, bounds)
        if points.empty:
            return 0, None
        return len(points), _union([(points["lon"].min(), points["lat"].min(), points["lon"].max(),
                                     points["lat"].max())])  # fmt: skip

    def point_rows(self, f: EventFilter, bounds: Bounds | None = None, event_id: str | None = None):
        points = self._points(f, bounds)
        return points[points["event_id"] == event_id] if event_id is not None else points

    def cell_groups(self, f: EventFilter, step: float, bounds: Bounds | None = None) -> pd.DataFrame:
        points = self._points(f, bounds)
        if points.empty:
            return pd.DataFrame(columns=[*CELL_KEYS, *CELL_SUMS])
        lons, lats = points["lon"].to_numpy(dtype=float), points["lat"].to_numpy(dtype=float)
        table = pd.DataFrame({
            "gx": np.floor(lons / step).astype(np.int64), "gy": np.floor(lats / step).astype(np.int64),
            "event_type": points["event_type"].to_numpy(), "location": points["location"].to_numpy()
            if "location" in points else None, "events": 1,
            "fatalities": pd.to_numeric(points["fatalities"], errors="coerce").fillna(0).to_numpy(),
            "lon": lons, "lat": lats})  # fmt: skip
        return summed(table, CELL_KEYS, CELL_SUMS)

    def area_rows(self, f: EventFilter) -> pd.DataFrame:
        view = self._view(f)
        if view.empty:
            return view
        return view[placed(view) & view["lat"].isna()] if "lat" in view else view[placed(view)]

    def extent(self) -> tuple[float, float, float, float] | None:
        frame = self.frame
        if frame.empty:
            return None
        boxes = [_box(g["coordinates"]) for g in frame.loc[placed(frame) & frame["lat"].isna(), "geometry"]]
        points = frame[frame["lat"].notna()]
        if len(points):
            boxes.append((points["lon"].min(), points["lat"].min(), points["lon"].max(), points["lat"].max()))
        return _union(boxes)


class CombinedView(EventView):
    """Two views answering as one frame would, ``first``'s rows before ``second``'s."""

    def __init__(self, first: EventView, second: EventView):
        self.first, self.second = first, second

    def total(self) -> int:
        return self.first.total() + self.second.total()

    def tally(self, f: EventFilter, also: frozenset[str] = frozenset()) -> Tally:
        a, b = self.first.tally(f), self.second.tally(f, also | self.first.locations(f))
        dates = [(a.first, a.last, a.latest)] if a.events else []
        dates += [(b.first, b.last, b.latest)] if b.events else []
        return Tally(
            events=a.events + b.events, fatalities=a.fatalities + b.fatalities,
            injuries=a.injuries + b.injuries, places=b.places, unplaced=a.unplaced + b.unplaced,
            first=min((d[0] for d in dates), default=None), last=max((d[1] for d in dates), default=None),
            latest=max((d[2] for d in dates), default=None),
        )  # fmt: skip

    def locations(self, f: EventFilter) -> frozenset[str]:
        return self.first.locations(f) | self.second.locations(f)

    def counts(self, column: str, f: EventFilter = NO_FILTER) -> pd.Series:
        return ranked(pd.concat([self.first.counts(column, f), self.second.counts(column, f)]))

    def groups(self, keys: tuple[str, ...], f: EventFilter = NO_FILTER) -> pd.DataFrame:
        return summed(_joined(self.first.groups(keys, f), self.second.groups(keys, f)), keys)

    def rows(self, f: EventFilter, limit: int | None = None, by_confidence: bool = False) -> pd.DataFrame:
        head = self.first.rows(f, limit, by_confidence)
        if not by_confidence and limit is not None and len(head) >= limit:
            return head
        rest = limit - len(head) if limit is not None and not by_confidence else limit
        both = _joined(head, self.second.rows(f, rest, by_confidence))
        if by_confidence and len(both):
            return both.nsmallest(limit if limit is not None else len(both), "confidence")
        return both

    def event_ids(self, f: EventFilter) -> list[str]:
        return self.first.event_ids(f) + self.second.event_ids(f)

    def points(self, f: EventFilter, bounds: Bounds | None = None) -> tuple[int, tuple | None]:
        (n, a), (m, b) = self.first.points(f, bounds), self.second.points(f, bounds)
        return n + m, _union([a, b])

    def point_rows(self, f: EventFilter, bounds: Bounds | None = None, event_id: str | None = None):
        return _joined(
            self.first.point_rows(f, bounds, event_id), self.second.point_rows(f, bounds, event_id)
        )

    def cell_groups(self, f: EventFilter, step: float, bounds: Bounds | None = None) -> pd.DataFrame:
        both = _joined(self.first.cell_groups(f, step, bounds), self.second.cell_groups(f, step, bounds))
        return summed(both, CELL_KEYS, CELL_SUMS)

    def area_rows(self, f: EventFilter) -> pd.DataFrame:
        return _joined(self.first.area_rows(f), self.second.area_rows(f))

    def extent(self) -> tuple[float, float, float, float] | None:
        return _union([self.first.extent(), self.second.extent()])


def _union(boxes) -> tuple[float, float, float, float] | None:
    """The (west, south, east, north) box holding every box given (None ones left out)."""
    boxes = [b for b in boxes if b is not None]
    if not boxes:
        return None
    return (float(min(b[0] for b in boxes)), float(min(b[1] for b in boxes)), float(max(b[2] for b in boxes)),
            float(max(b[3] for b in boxes)))  # fmt: skip


def _box(coords) -> tuple[float, float, float, float]:
    """(west, south, east, north) of a GeoJSON geometry's coordinates."""
    flat = np.asarray(_flat(coords), dtype=float).reshape(-1, 2)
    return flat[:, 0].min(), flat[:, 1].min(), flat[:, 0].max(), flat[:, 1].max()


def _flat(coords) -> list[float]:
    if coords and isinstance(coords[0], int | float):
        return [coords[0], coords[1]]
    return [v for item in coords for v in _flat(item)]


def _joined(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """``a``'s rows then ``b``'s (either may be empty), with a fresh index."""
    if a.empty:
        return b.reset_index(drop=True)
    if b.empty:
        return a.reset_index(drop=True)
    return pd.concat([a, b], ignore_index=True)


def narrowed(f: EventFilter, brushed: tuple[dt.date, dt.date] | None) -> tuple[EventFilter, EventFilter]:
    """(shown, wide): ``f`` within the ``brushed`` dates, and the same for every region (what
    the trends compare); see events.records.filters.narrowed_views for frames."""
    shown = within_dates(f, *brushed) if brushed else f
    return shown, replace(shown, region="")
