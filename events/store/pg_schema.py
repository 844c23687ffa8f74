"""PostGIS plumbing for the store: the schema as numbered forward migrations, the flat
columns' SQL types, and what a URL may show of itself (never its password)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from events.store.gpkg_schema import FLAT_COLUMNS
from events.store.pg_summaries import tables as summary_tables

# The GeoPackage's column types -> PostgreSQL's (the same flat columns on both backends;
# event_id is the primary key here, so it needs no UNIQUE).
PG_TYPES = {"TEXT": "text", "DATE": "date", "INTEGER": "bigint", "REAL": "double precision"}
PG_COLUMNS = {name: " ".join([PG_TYPES[kind.split()[0]], *kind.split()[1:]]).replace(" UNIQUE", "")
              for name, kind in FLAT_COLUMNS.items()}  # fmt: skip

# Forward migrations: (version, statements). Applied in order when a store is opened, each
# in the transaction that records its number in sitrep_schema.
MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        f"""
CREATE TABLE events (
  fid bigserial UNIQUE,
  {", ".join(f"{k} {v}" for k, v in PG_COLUMNS.items())},
  geom geometry(Geometry, 4326),
  record text NOT NULL,
  row_version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (event_id));
CREATE INDEX events_geom ON events USING gist (geom);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_origin ON events (origin, review);
CREATE TABLE articles (article_id text PRIMARY KEY, title text, published date, source text,
  url text, origin text, sha256 text, ingested_at timestamptz, text text NOT NULL);
CREATE TABLE reviews (review_id bigserial PRIMARY KEY, event_id text NOT NULL,
  article_id text NOT NULL, reviewed_at timestamptz NOT NULL, decision text NOT NULL,
  changes text NOT NULL, original text NOT NULL);
CREATE INDEX reviews_article ON reviews (article_id);
CREATE TABLE sitrep_changes (serial bigint NOT NULL, last_change timestamptz NOT NULL);
INSERT INTO sitrep_changes VALUES (0, now());
""",
    ),
    # the dashboard's areas (few among many points) found without a scan of every event
    # (and statistics of the shapes' kinds: the planner took 'points only' for a rare case)
    (
        2,
        "CREATE INDEX events_shapes ON events (fid) WHERE GeometryType(geom) <> 'POINT';"
        " CREATE STATISTICS events_kinds ON (GeometryType(geom)) FROM events;",
    ),
    # a serial bumped by writes that change imported events only: the dashboard's answers about
    # them (events.store.pg_views) outlive reviews and ingests of articles
    (3, "ALTER TABLE sitrep_changes ADD COLUMN imported bigint NOT NULL DEFAULT 0;"),
    # the imported events counted per date and per place (events.store.pg_summaries), stamped with
    # the version of the imported events they count; empty (stale) until counted
    (4, summary_tables(PG_COLUMNS)),
]
SCHEMA_TABLE = "CREATE TABLE IF NOT EXISTS sitrep_schema (version integer NOT NULL)"
MIGRATION_LOCK = 7_314_159  # pg_advisory_xact_lock key: one migrator at a time


def is_url(location: str) -> bool:
    return bool(re.match(r"postgres(?:ql)?://", str(location)))


def redacted(url: str) -> str:
    """The URL without its password (and without query options): safe for messages and logs."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, f"{user}{host}{port}", parts.path, "", ""))


def host_port(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}"
