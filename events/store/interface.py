"""What the faces and stages ask of an event store, declared once.

Records and articles go in (an article's events upserted in one transaction, reviews
with their log, imported datasets); records, articles and frames come out. A backend
(the GeoPackage file, PostGIS on a server) implements every method; the contract tests in
tests/test_store.py run against each backend. What both backends do the same way when a
review is saved (the conflict check, the log rows, the timestamps) is written once here.
"""

from __future__ import annotations

import abc
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from events.errors import StoreConflictError
from events.reading.article import Article
from events.records.record import EventRecord
from events.records.review import ReviewItem

if TYPE_CHECKING:  # pandas is imported when a frame is asked for (the CLI starts faster)
    import pandas as pd
    import pyarrow as pa


REVIEW_COLUMNS = ("event_id", "article_id", "reviewed_at", "decision", "changes", "original")


def stamp(moment: dt.datetime | None = None) -> str:
    """A moment (now by default) as both backends write it: 2025-12-28T10:15:00.000Z."""
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def refuse_conflicts(location: str, items: list[ReviewItem], stored: Mapping[str, str]) -> None:
    """Optimistic concurrency for a review save: every event must still be stored as the
    reviewer opened it (``stored``: event id -> stored record JSON, read inside the write
    transaction); else StoreConflictError, and the caller writes nothing."""
    changed = [item.record.event_id for item in items
               if item.record.event_id in stored
               and stored[item.record.event_id] != item.before.model_dump_json()]  # fmt: skip
    if changed:
        raise StoreConflictError(
            f"store {location}: {len(changed)} event(s) changed since they were opened "
            f"({', '.join(changed[:5])}); reload them, your edits are kept on the page"
        )


def review_log_rows(article_id: str, items: list[ReviewItem], reviewed_at: str) -> list[tuple]:
    """One log row (in REVIEW_COLUMNS order) per event decided or edited; untouched ones
    are not logged."""
    return [(item.record.event_id, article_id, reviewed_at, item.record.review,
             json.dumps(item.changes, ensure_ascii=False, default=str), item.before.model_dump_json())
            for item in items if item.changes or item.record.review != item.before.review]  # fmt: skip


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

    def ingest_table(self, article: Article, table: pa.Table) -> IngestResult:
        """``ingest`` for records given as one Arrow table (events.store.tables: a dataset
        import); the same outcome. This reads the records back from their JSON; a server
        overrides it with a columnar path."""
        from events.store.tables import table_records

        return self.ingest(article, table_records(table))

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

    def imported_view(self):
        """The imported events as an events.store.views.EventView answering in the store
        itself (a server answers in SQL), or None: the dashboard then reads imported_frame."""
        return None

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
