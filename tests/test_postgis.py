"""What only the PostGIS store does (its contract with the GeoPackage is in test_store.py and
test_crash.py): the schema on the server, credentials kept out of messages, a server that is
down or unreachable, the dashboard and the CLI on a PostgreSQL URL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLES, fresh_schema
from streamlit.testing.v1 import AppTest

from events import DATA_DIR
from events.errors import StoreError
from events.records.filters import NO_FILTER
from events.store import PostgisStore, redacted, store_at

SITREP = str(Path(sys.executable).parent / "sitrep")
APP = str(Path(__file__).resolve().parent.parent / "app.py")
DOWN = "postgresql://analyst:s3cret@127.0.0.1:9/sitrep"  # nothing listens on port 9


@pytest.fixture
def url(postgres_url) -> str:
    return fresh_schema(postgres_url)


def env_for(store: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    return env | {"SITREP_STORE": store, "SITREP_EXAMPLE_DIR": str(DATA_DIR / "articles")}


def test_a_url_selects_the_postgis_store_and_never_shows_its_password():
    store = store_at(DOWN)
    assert isinstance(store, PostgisStore)
    assert store.location == redacted(DOWN) == "postgresql://analyst@127.0.0.1:9/sitrep"


def test_a_server_that_is_down_is_a_clear_error_naming_host_and_port():
    with pytest.raises(StoreError) as caught:
        store_at(DOWN).exists()
    message = str(caught.value)
    assert "127.0.0.1:9" in message and "cannot connect" in message and "s3cret" not in message


def test_the_cli_on_a_server_that_is_down_exits_non_zero_without_the_password(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("---\npublished: 2024-03-01\n---\nRussian drones struck Kharkiv on Friday.\n", "utf-8")
    result = subprocess.run([SITREP, "ingest", str(article)], env=env_for(DOWN), capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode != 0
    assert "127.0.0.1:9" in result.stderr and "s3cret" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_the_dashboard_on_a_server_that_is_down_shows_an_error(monkeypatch):
    monkeypatch.setenv("SITREP_STORE", DOWN)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    shown = " ".join(e.value for e in at.error).replace("\\", "")  # markdown escapes
    assert "127.0.0.1:9" in shown and "s3cret" not in shown


def test_the_schema_is_postgis_in_wgs84_with_a_gist_index_and_a_version(url):
    import psycopg

    store = PostgisStore(url)
    store.create()
    store.create()  # again: nothing to do
    with psycopg.connect(url) as db:
        srid, kind = db.execute(
            "SELECT srid, type FROM geometry_columns WHERE f_table_name = 'events'"
        ).fetchone()
        indexes = db.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'events'").fetchall()
        versions = db.execute("SELECT version FROM sitrep_schema").fetchall()
    assert (srid, kind) == (4326, "GEOMETRY")
    assert any("USING gist (geom)" in definition for (definition,) in indexes)
    assert any("WHERE (geometrytype(geom) <> 'POINT'::text)" in definition for (definition,) in indexes)
    assert versions == [(1,), (2,), (3,), (4,)]
    store.check()


def test_a_store_of_the_first_schema_is_migrated_when_opened(url):
    import psycopg

    PostgisStore(url).create()
    with psycopg.connect(url, autocommit=True) as db:  # as the first version left it
        db.execute("DROP INDEX events_shapes; DROP STATISTICS events_kinds")
        db.execute("ALTER TABLE sitrep_changes DROP COLUMN imported")
        db.execute("DROP TABLE event_days, event_places, sitrep_summaries")
        db.execute("DELETE FROM sitrep_schema WHERE version >= 2")
    assert PostgisStore(url).count() == 0
    with psycopg.connect(url) as db:
        versions = db.execute("SELECT version FROM sitrep_schema ORDER BY version").fetchall()
        found = db.execute(
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'events_shapes'"
            " AND schemaname = current_schema()"
        ).fetchone()[0]
        stamped = db.execute("SELECT imported FROM sitrep_summaries").fetchall()
    assert versions == [(1,), (2,), (3,), (4,)] and found == 1
    assert stamped == [(None,)]  # nothing counted yet: the views read the events
    assert PostgisStore(url).imported_version() == 0


def test_the_dashboard_and_the_cli_work_on_a_postgresql_url(url, tmp_path):
    at = AppTest.from_file(APP, default_timeout=120)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITREP_STORE", url)
        patch.setenv("SITREP_EXAMPLE_DIR", str(DATA_DIR / "articles"))
        at.run()
        at.button(key="show_details").click().run()  # the timeline and table, from SQL too
    assert not at.exception, at.exception
    assert {m.label: m.value for m in at.metric}["Events"] == "7"  # seeded with the bundled example
    assert len(at.get("vega_lite_chart")) == 1 and any("source_text" in d.value for d in at.dataframe)
    out = tmp_path / "events.geojson"
    result = subprocess.run([SITREP, "export", "--format", "geojson", "--output", str(out)], env=env_for(url),
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8").count('"event_id"') == 7
    copy = tmp_path / "copy.gpkg"
    result = subprocess.run([SITREP, "store", "copy", url, str(copy)], env=env_for(url), capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "7 events" in result.stderr and "counts verified" in result.stderr
    assert store_at(copy).count() == 7


def test_the_imported_events_answers_outlive_writes_that_leave_them_alone(url, settings, gazetteer):
    """The dashboard's SQL answers about imported events are kept per version of those
    events: reviews and ingests of articles keep them, writes of imported events renew them."""
    from events.exchange.imports import read_csv_records
    from events.records.review import ReviewItem
    from events.service import Pipeline

    store = PostgisStore(url)
    pipeline = Pipeline(settings, gazetteer)
    pipeline.open_store(store)  # seeded with the bundled example (extracted events)
    imports = Path(__file__).parent / "data" / "imports"
    store.ingest(*read_csv_records(imports / "acled_export.csv", "acled", 10**8))
    view = store.imported_view()
    assert view.total() == 3
    first = ARTICLES / sorted(os.listdir(ARTICLES))[0]
    outcome = pipeline.ingest_article(store, pipeline.read(first, None))
    assert outcome.error is None and store.imported_view() is view
    extracted = store.records_where(origin_imported=False)[0]
    article = store.article(extracted.article_id)
    accepted = extracted.model_copy(update={"review": "accepted"})
    store.save_review(article, [ReviewItem(accepted, extracted, {})])
    assert store.imported_view() is view
    imported = store.records_where(origin_imported=True)[0]
    rejected = imported.model_copy(update={"review": "rejected"})
    store.save_review(store.article(imported.article_id), [ReviewItem(rejected, imported, {})])
    renewed = store.imported_view()
    assert renewed is not view and renewed.total() == 2
    store.add([imported.model_copy(update={"event_id": "acled:copy"})])
    assert store.imported_view() is not renewed and store.imported_view().total() == 3


def _summaries(url: str) -> tuple[bool, int]:
    """(whether the summaries count the current imported events, the events they count)."""
    import psycopg

    from events.store.pg_summaries import FRESH

    with psycopg.connect(url) as db:
        fresh = db.execute(FRESH).fetchone()[0]
        counted = db.execute("SELECT coalesce(sum(n_events), 0) FROM event_days").fetchone()[0]
        assert counted == db.execute("SELECT coalesce(sum(n_events), 0) FROM event_places").fetchone()[0]
    return fresh, counted


def test_the_summaries_are_counted_at_import_and_again_after_writes_of_imported_events(url):
    """The imported events are counted into the summaries by an import (after_import) and by a
    view of a newer version of them; until then the views read the events (pg_views checks)."""
    from events.exchange.imports import read_csv_records
    from events.records.review import ReviewItem

    store = PostgisStore(url)
    store.create()
    imports = Path(__file__).parent / "data" / "imports"
    store.ingest(*read_csv_records(imports / "acled_export.csv", "acled", 10**8))
    assert _summaries(url) == (False, 0)
    store.after_import()
    assert _summaries(url) == (True, 3)
    imported = store.records_where(origin_imported=True)[0]
    rejected = imported.model_copy(update={"review": "rejected"})
    store.save_review(store.article(imported.article_id), [ReviewItem(rejected, imported, {})])
    assert _summaries(url) == (False, 3)  # stale: not read
    assert store.imported_view().tally(NO_FILTER).events == 2  # from the events
    assert _summaries(url) == (True, 2)  # the new view counted them again


def test_a_database_user_that_cannot_count_the_summaries_still_gets_answers(url, monkeypatch, caplog):
    from events.exchange.imports import read_csv_records

    store = PostgisStore(url)
    store.create()
    imports = Path(__file__).parent / "data" / "imports"
    store.ingest(*read_csv_records(imports / "acled_export.csv", "acled", 10**8))

    def refused() -> bool:
        raise StoreError(f"store {store.location} cannot count its imported events: permission denied")

    monkeypatch.setattr(store, "summarise", refused)
    assert store.imported_view().tally(NO_FILTER).events == 3
    assert "permission denied" in caplog.text and _summaries(url) == (False, 0)


def test_frames_are_read_on_one_kept_connection_and_a_server_ending_it_is_survived(url):
    """The dashboard's rows come through one kept ADBC connection (a new one per frame took
    0.1 s); when the server ends it (a restart), the next frame opens another."""
    import psycopg

    from events.exchange.imports import read_csv_records

    store = PostgisStore(url)
    store.create()
    imports = Path(__file__).parent / "data" / "imports"
    store.ingest(*read_csv_records(imports / "acled_export.csv", "acled", 10**8))
    assert len(store.imported_frame()) == 3
    kept = store._arrow
    assert len(store.imported_frame()) == 3 and store._arrow is kept
    with kept[0].cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    with psycopg.connect(url, autocommit=True) as db:
        assert db.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
    assert len(store.imported_frame()) == 3 and store._arrow is not kept
    assert not kept[1].alive  # the ended connection was closed (once), not left to the collector


def test_a_first_import_is_copied_straight_and_its_indexes_built_after(url, monkeypatch):
    """Into a store without events: no temporary table and no id lookup, the secondary indexes
    dropped and built again in the transaction; a re-import goes through the temporary table."""
    from events.exchange.acled_table import read_acled_table
    from events.exchange.imports import read_csv_records
    from events.store import pg_bulk

    path = Path(__file__).parent / "data" / "imports" / "acled_export.csv"
    monkeypatch.setattr(pg_bulk, "REINDEX_FROM", 1)
    ways = []

    def spy(name: str):
        way = getattr(pg_bulk, name)
        return lambda *args: ways.append(name) or way(*args)

    for name in ("_merge", "_ids_are_new"):
        monkeypatch.setattr(pg_bulk, name, spy(name))
    store = PostgisStore(url)
    store.create()
    first = store.ingest_table(*read_acled_table(path, 10**8))
    assert (first.added, ways) == (3, [])
    _, records = read_csv_records(path, "acled", 10**8)
    stored = sorted(r.model_dump_json() for r in store.records())
    assert stored == sorted(r.model_dump_json() for r in records)
    again = store.ingest_table(*read_acled_table(path, 10**8))
    assert (again.added, again.updated, again.removed, again.unchanged, ways) == (0, 0, 0, 3, ["_merge"])
    import psycopg

    with psycopg.connect(url) as db:
        indexes = {n for (n,) in db.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'events'"
                                            " AND schemaname = current_schema()")}  # fmt: skip
    assert {"events_geom", "events_article", "events_date", "events_origin", "events_shapes"} <= indexes
