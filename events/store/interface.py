"""What the faces and stages ask of an event store, declared once.

Records and articles go in (an article's events upserted in one transaction, reviews
with their log, imported datasets); records, articles and frames come out. A backend
(the GeoPackage file today, PostGIS next) implements every method; the contract tests in
tests/test_store.py run against each backend.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from events.reading.article import Article
from events.records.record import EventRecord
from events.records.review import ReviewItem

if TYPE_CHECKING:  # pandas is imported when a frame is asked for (the CLI starts faster)
    import pandas as pd


@dataclass(frozen=True)
class IngestResult:
    article_id: str
    added: int
    updated: int
    removed: int
    unchanged: int


class EventStore(abc.ABC):
    """The event store. Every write is one transaction (all or nothing); a writer that
    cannot take the store's lock in time raises StoreBusyError; reading a store that does
    not exist raises StoreError; a store written by an older Sitrep is migrated when
    opened. A reviewed event (accepted or rejected) is never replaced or removed by
    re-extracting its article: the person's decision wins over the rules."""

    @property
    @abc.abstractmethod
    def location(self) -> str:
        """Where the store is (a path or a URL without its password): names it in messages."""

    @property
    def address(self) -> str:
        """What ``store_at`` needs to open this store again (cache keys): the location, or
        for a server the whole URL, which may hold credentials and is never shown."""
        return self.location

    # --- life ------------------------------------------------------------------------

    @abc.abstractmethod
    def exists(self) -> bool:
        """Whether the store has been created."""

    @abc.abstractmethod
    def create(self) -> None:
        """Create an empty store (atomically; a store created meanwhile by another process
        is kept)."""

    @abc.abstractmethod
    def version(self) -> str:
        """Changes whenever the store's content changes (the app's cache key)."""

    @abc.abstractmethod
    def check(self) -> None:
        """Raise StoreError unless the store is intact."""

    # --- writes ----------------------------------------------------------------------

    @abc.abstractmethod
    def ingest(self, article: Article, records: Iterable[EventRecord]) -> IngestResult:
        """Replace one article's events and text (an extracted article, or an imported
        dataset standing as one article): same ids are updated, missing ones removed,
        reviewed ones kept as they are."""

    @abc.abstractmethod
    def add(self, records: Iterable[EventRecord], articles: Iterable[Article] = ()) -> int:
        """Write records (replacing same ids) and articles; returns the records written."""

    @abc.abstractmethod
    def save_review(self, article: Article, items: Iterable[ReviewItem]) -> int:
        """Write reviewed events, the article, and one log row per decided or edited event.
        Returns the number of log rows written."""

    # --- reads -----------------------------------------------------------------------

    @abc.abstractmethod
    def count(self) -> int:
        """Events in the store, rejected ones included."""

    @abc.abstractmethod
    def records(self) -> list[EventRecord]:
        """Every record but rejected ones, by event date."""

    @abc.abstractmethod
    def records_where(self, origin_imported: bool) -> list[EventRecord]:
        """Records of extracted (False) or imported (True) events, rejected ones left out."""

    @abc.abstractmethod
    def records_by_id(self, event_ids: list[str]) -> list[EventRecord]:
        """The records among these ids (any number of them)."""

    @abc.abstractmethod
    def article_records(self, article_id: str) -> list[EventRecord]:
        """One article's events, rejected ones included, in reading order."""

    @abc.abstractmethod
    def imported_frame(self) -> pd.DataFrame:
        """Imported events as a columnar frame (flat columns, dates as datetimes, GeoJSON
        geometry, lon/lat for points), rejected ones left out, without validating each
        record again: they were validated when written."""

    def after_import(self) -> None:
        """Ready what the dashboard's next cold start reads, after a dataset import (the
        GeoPackage writes its columnar copy; a server has nothing to do)."""
        return None

    @abc.abstractmethod
    def article(self, article_id: str) -> Article:
        """One stored article; StoreError when there is none."""

    @abc.abstractmethod
    def articles_by_id(self, article_ids: Iterable[str]) -> list[Article]:
        """The stored articles (with their text) among these ids."""

    @abc.abstractmethod
    def articles(self) -> list[dict]:
        """Every article's metadata (article_id, title, published, source, url, origin,
        ingested_at, has_text), newest first."""

    @abc.abstractmethod
    def review_log(self, article_id: str) -> list[dict]:
        """The article's review decisions and edits (reviewed_at, event_id, decision,
        changes), newest first."""

    # --- moving between stores ----------------------------------------------------------

    @abc.abstractmethod
    def review_rows(self) -> list[dict]:
        """Every review log row as stored (event_id, article_id, reviewed_at, decision,
        changes, original), oldest first: what ``sitrep store copy`` carries over."""

    @abc.abstractmethod
    def add_review_rows(self, rows: Iterable[dict]) -> int:
        """Append review log rows as ``review_rows`` gives them (one transaction)."""
