"""Use cases shared by the CLI and the app: extract, ingest, seed the store."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from events.errors import ArticleError, SitrepError, StoreError
from events.extraction import extract_article
from events.extraction.lexicon import load_lexicon
from events.places import Gazetteer, load_gazetteer
from events.reading.article import SUFFIXES, Article, read_article
from events.records.record import EventRecord
from events.settings import Settings

if TYPE_CHECKING:  # (the store, and pandas under it, load only when a store is used)
    from events.store import EventStore, IngestResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: its records and store result, or the error."""

    source: str
    records: tuple[EventRecord, ...] = ()
    result: IngestResult | None = None
    error: SitrepError | None = None


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders expand to their article files, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
        else:
            yield path


def load_frame(store: EventStore):
    """Every event of the store as one columnar frame: extracted events merged across
    articles (few, validated records), imported datasets read straight from columns (or
    as the store keeps them: the GeoPackage from a Parquet copy beside it)."""
    import pandas as pd

    from events.records.dedup import deduplicate
    from events.records.filters import records_frame, with_points

    extracted = with_points(records_frame(deduplicate(store.records_where(origin_imported=False))))
    imported = store.imported_frame()  # with lon/lat and dates already
    if imported.empty:
        return extracted
    return pd.concat([extracted, imported], ignore_index=True) if len(extracted) else imported


def load_view(store: EventStore):
    """Every event of the store as one events.store.views.EventView, what the dashboard asks:
    over the frame of load_frame (the GeoPackage), or, when the store answers for its imported
    events itself (PostGIS, in SQL), over the extracted events merged here beside them."""
    from events.records.dedup import deduplicate
    from events.records.filters import records_frame, with_points
    from events.store.views import CombinedView, FrameView

    imported = store.imported_view()
    if imported is None:
        return FrameView(load_frame(store))
    extracted = with_points(records_frame(deduplicate(store.records_where(origin_imported=False))))
    return CombinedView(FrameView(extracted), imported)


# Views being loaded while the dashboard's server starts (sitrep serve), by (store location,
# version): handed over once to the app's cached loader, then dropped.
_PRELOADING: dict[tuple[str, str], Future] = {}


def preload_view(store: EventStore) -> None:
    """Start loading the store's view in the background, so the first visitor of a freshly
    started dashboard does not wait for it (the server starts meanwhile)."""
    if store.exists():
        _PRELOADING[(store.address, store.version())] = ThreadPoolExecutor(1).submit(warmed_view, store)


def warmed_view(store: EventStore):
    """The store's view, having answered what the first map asks (a server keeps the answers)."""
    from events.records.filters import NO_FILTER
    from events.store.views import TIMELINE, TRENDS

    view = load_view(store)
    view.total(), view.extent(), view.tally(NO_FILTER), view.points(NO_FILTER)
    view.groups(TIMELINE), view.groups(TRENDS)
    return view


def preloaded_view(location: str, version: str):
    """The view preload_view started for this store and version, or None."""
    started = _PRELOADING.pop((location, version), None)
    if started is None:
        return None
    try:
        return started.result()
    except SitrepError:
        return None  # the caller loads it again and reports what is wrong


def view_records(store: EventStore, event_ids: list[str]) -> list[EventRecord]:
    """The records behind a view's event ids (as in load_frame: events merged across
    articles keep all their sources), in the order given."""
    from events.records.dedup import deduplicate

    merged = {r.event_id: r for r in deduplicate(store.records_where(origin_imported=False))}
    missing = [e for e in event_ids if e not in merged]
    found = {r.event_id: r for r in store.records_by_id(missing)} if missing else {}
    return [merged.get(e) or found[e] for e in event_ids if e in merged or e in found]


def source_articles(store: EventStore, records: Iterable[EventRecord]) -> list[Article]:
    """The stored articles the records were read from (imported datasets included)."""
    return store.articles_by_id(
        {s.article_id for r in records for s in r.sources} | {r.article_id for r in records}
    )


@dataclass(frozen=True)
class Copied:
    articles: int
    events: int
    reviews: int


def copy_store(source: EventStore, target: EventStore) -> Copied:
    """Copy every article, event (rejected ones included) and review log row of ``source``
    into ``target``, which must be new or empty; the counts are verified after."""
    if not target.exists():
        target.create()
    if target.count() or target.articles():
        raise StoreError(f"store {target.location} is not empty: copy into a new or empty store")
    ids = [a["article_id"] for a in source.articles()]
    events = 0
    for start in range(0, len(ids), 200):
        articles = source.articles_by_id(ids[start : start + 200])
        records = [r for a in articles for r in source.article_records(a.article_id)]
        events += target.add(records, articles)
    reviews = target.add_review_rows(source.review_rows())
    copied = Copied(len(ids), events, reviews)
    found = Copied(len(target.articles()), target.count(), len(target.review_rows()))
    wanted = Copied(len(ids), source.count(), len(source.review_rows()))
    if found != wanted or copied != wanted:
        raise StoreError(f"copy to {target.location} does not add up: {found} in it, {wanted} in the source")
    return copied


class Pipeline:
    """Extraction with the gazetteer loaded once."""

    def __init__(self, settings: Settings, gazetteer: Gazetteer | None = None):
        self.settings = settings
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer(self.settings.cache_dir)
        return self._gazetteer

    def extract(self, article: Article) -> list[EventRecord]:
        return extract_article(
            article,
            self.gazetteer,
            load_lexicon(),
            self.settings.max_events_per_article,
            screened=self.settings.screen_records,
        )

    def draft(self, store: EventStore, article: Article) -> list[EventRecord]:
        """The article's events for review: freshly extracted, except those a person has
        already reviewed (from an earlier save), which come back as they were saved."""
        records = self.extract(article)
        if not store.exists():
            return records
        reviewed = {
            r.event_id: r for r in store.article_records(article.article_id) if r.review != "unreviewed"
        }
        fresh = [reviewed.pop(r.event_id, r) for r in records]
        return sorted(fresh + list(reviewed.values()), key=lambda r: r.source_span)

    def read(self, path: Path, published: dt.date | None) -> Article:
        return read_article(path, published, self.settings.max_article_bytes)

    def extract_paths(self, paths: Iterable[Path], published: dt.date | None = None) -> Iterator[Outcome]:
        for path in paths:
            try:
                yield Outcome(str(path), tuple(self.extract(self.read(path, published))))
            except SitrepError as exc:
                yield Outcome(str(path), error=exc)

    def ingest_article(self, store: EventStore, article: Article) -> Outcome:
        records = self.extract(article)
        return Outcome(article.origin, tuple(records), store.ingest(article, records))

    def ingest_paths(
        self,
        store: EventStore,
        paths: Iterable[Path],
        published: dt.date | None = None,
        on_done: Callable[[Outcome], None] | None = None,
    ) -> list[Outcome]:
        """Each file in its own transaction: a bad file is reported and skipped."""
        self.open_store(store)
        outcomes = []
        for path in paths:
            try:
                outcome = self.ingest_article(store, self.read(path, published))
            except ArticleError as exc:
                outcome = Outcome(str(path), error=exc)
            outcomes.append(outcome)
            if on_done is not None:
                on_done(outcome)
        return outcomes

    def open_store(self, store: EventStore) -> EventStore:
        """Create the store on first use, seeded with the bundled example articles."""
        if store.exists():
            return store
        store.create()
        folder = self.settings.example_dir
        if str(folder).lower() in {"", "none"} or not Path(folder).is_dir():
            return store
        for path in expand_paths([Path(folder)]):
            try:
                self.ingest_article(store, self.read(path, None))
            except ArticleError as exc:
                log.warning("bundled example %s skipped: %s", path, exc)
        return store
