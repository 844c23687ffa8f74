"""Shared fixtures: one gazetteer for the session (built once into data/cache), temp stores
of every backend (STORES: the store tests and the fixtures built on ``new_store`` run
against each)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from events import DATA_DIR
from events.extraction.lexicon import load_lexicon
from events.service import Pipeline
from events.settings import load_settings
from events.store import EventStore, GeoPackageStore, PostgisStore

TESTS = Path(__file__).parent
ARTICLES = TESTS / "data" / "articles"


def gdal_layer(path: Path, layer: str | None = None) -> tuple[str, dict[str, list]]:
    """A layer as GDAL reads it (QGIS opens files the same way): its CRS ("EPSG:4326") and
    its columns, the geometry as shapely shapes (None where there is none)."""
    import pyogrio.raw
    import shapely

    meta, _, geometry, fields = pyogrio.raw.read(path, layer=layer)
    columns = {name: list(values) for name, values in zip(meta["fields"], fields, strict=True)}
    columns["geometry"] = [] if geometry is None else list(shapely.from_wkb(geometry))
    return meta["crs"], columns


# Store backends, by name -> a new (not yet created) store, given a temp folder and the
# PostgreSQL server's URL (None for the GeoPackage).
STORES = {
    "geopackage": lambda folder, url: GeoPackageStore(folder / "store.gpkg", 2.0),
    "postgis": lambda folder, url: PostgisStore(fresh_schema(url), 2.0),
}
PG_SCRIPT = TESTS.parent / ".ci" / "postgres"


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory):
    """A PostgreSQL server with PostGIS for the tests: $TEST_POSTGRES_URL, else a throwaway
    cluster started by .ci/postgres (Debian's postgresql and postgresql-15-postgis-3) and
    stopped at the end. Without either the PostGIS tests skip; in CI (CI=true) they fail."""
    url = os.environ.get("TEST_POSTGRES_URL")
    if url:
        yield url
        return
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb") or not glob.glob(
        "/usr/share/postgresql/*/extension/postgis.control"
    ):
        message = "PostgreSQL and PostGIS are not installed (Debian: postgresql postgresql-15-postgis-3)"
        if os.environ.get("CI"):
            pytest.fail(message + ": .ci/run must install them")
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    port = _free_port()
    started = subprocess.run([str(PG_SCRIPT), "start", str(folder), str(port)], capture_output=True,
                             text=True, timeout=120)  # fmt: skip
    if started.returncode != 0:
        pytest.fail(f"the throwaway PostgreSQL cluster did not start: {started.stderr.strip()}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(PG_SCRIPT), "stop", str(folder)], capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fresh_schema(url: str) -> str:
    """A new empty schema on the server, and the URL of a store that lives in it (the store
    creates the PostGIS extension in ``public`` when it is first created)."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {name}")
    return f"{url}?options=" + quote(f"-c search_path={name},public")


@pytest.fixture(params=list(STORES))
def new_store(request, tmp_path) -> EventStore:
    """A store of each backend, not yet created."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgis" else None
    return STORES[request.param](tmp_path, url)


@pytest.fixture(scope="session")
def settings():
    return load_settings(environ={})


@pytest.fixture(scope="session")
def pipeline(settings) -> Pipeline:
    pipeline = Pipeline(settings)
    _ = pipeline.gazetteer
    return pipeline


@pytest.fixture(scope="session")
def gazetteer(pipeline):
    return pipeline.gazetteer


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon()


@pytest.fixture
def store_settings(tmp_path):
    """Settings pointing at a fresh store in tmp_path, seeded with the bundled example."""
    return load_settings({"store": tmp_path / "store.gpkg", "example_dir": DATA_DIR / "articles"}, environ={})


@pytest.fixture
def empty_store_settings(tmp_path):
    """Settings pointing at a fresh store in tmp_path that starts empty."""
    return load_settings({"store": tmp_path / "store.gpkg", "example_dir": "none"}, environ={})


@pytest.fixture
def seeded(store_settings, gazetteer, new_store):
    """(pipeline, store) on a new store seeded with the bundled example."""
    pipeline = Pipeline(store_settings, gazetteer)
    return pipeline, pipeline.open_store(new_store)


@pytest.fixture
def empty(empty_store_settings, gazetteer, new_store):
    """(pipeline, store) on a new, empty store."""
    pipeline = Pipeline(empty_store_settings, gazetteer)
    return pipeline, pipeline.open_store(new_store)
