"""Shared fixtures: one gazetteer for the session (built once into data/cache), temp stores
of every backend (STORES: the store tests and the fixtures built on ``new_store`` run
against each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from events import DATA_DIR
from events.extraction.lexicon import load_lexicon
from events.service import Pipeline
from events.settings import load_settings
from events.store import EventStore, GeoPackageStore

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


# Store backends, by name -> a new (not yet created) store in a folder. A PostGIS backend
# adds an entry here (skipping when no server is configured).
STORES = {
    "geopackage": lambda folder: GeoPackageStore(folder / "store.gpkg", 2.0),
}


@pytest.fixture(params=list(STORES))
def new_store(request, tmp_path) -> EventStore:
    """A store of each backend, not yet created."""
    return STORES[request.param](tmp_path)


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
