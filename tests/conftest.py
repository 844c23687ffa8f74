"""Shared fixtures: one gazetteer for the session (built once into data/cache), temp stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from events import DATA_DIR
from events.extraction.lexicon import load_lexicon
from events.service import Pipeline
from events.settings import load_settings

TESTS = Path(__file__).parent
ARTICLES = TESTS / "data" / "articles"


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
    return load_settings({"store": tmp_path / "store.gpkg", "example_dir": DATA_DIR / "articles"},
                         environ={})


@pytest.fixture
def empty_store_settings(tmp_path):
    """Settings pointing at a fresh store in tmp_path that starts empty."""
    return load_settings({"store": tmp_path / "store.gpkg", "example_dir": "none"}, environ={})


@pytest.fixture
def seeded(store_settings, gazetteer):
    """(pipeline, store) on a new store seeded with the bundled example."""
    from events.store import EventStore

    pipeline = Pipeline(store_settings, gazetteer)
    return pipeline, pipeline.open_store(EventStore(store_settings.store, 2.0))


@pytest.fixture
def empty(empty_store_settings, gazetteer):
    """(pipeline, store) on a new, empty store."""
    from events.store import EventStore

    pipeline = Pipeline(empty_store_settings, gazetteer)
    return pipeline, pipeline.open_store(EventStore(empty_store_settings.store, 2.0))
