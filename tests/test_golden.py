"""Golden articles: each tests/data/expected/*.yaml names an article and the events it must yield."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from shapely.geometry import Point, shape

from events.gazetteer import haversine_km
from events.text import normalize_name

EXPECTED = sorted((Path(__file__).parent / "data" / "expected").glob("*.yaml"))


def _matches(record, want: dict) -> bool:
    for key, value in want.items():
        if key == "near":
            lat, lon, km = value
            if record.geometry is None or record.geometry["type"] != "Point":
                return False
            rlon, rlat = record.geometry["coordinates"]
            if haversine_km(lat, lon, rlat, rlon) > km:
                return False
        elif key == "location":
            if normalize_name(record.location or "") != normalize_name(value):
                return False
        elif key == "geometry_type":
            kind = record.geometry["type"] if record.geometry else None
            if kind not in value:
                return False
        elif key == "contains":
            if record.geometry is None or not all(
                shape(record.geometry).contains(Point(p)) for p in value
            ):
                return False
        elif key == "weapons_include":
            if value not in record.weapons:
                return False
        elif key in ("event_date", "date_start", "date_end"):
            if getattr(record, key) != (value if isinstance(value, dt.date) else
                                        dt.date.fromisoformat(value)):  # fmt: skip
                return False
        elif getattr(record, key) != value:
            return False
    return True


@pytest.fixture(scope="module", params=EXPECTED, ids=[p.stem for p in EXPECTED])
def case(request, pipeline):
    spec = yaml.safe_load(request.param.read_text(encoding="utf-8"))
    path = (request.param.parent / spec["article"]).resolve()
    article = pipeline.read(path, None)
    return spec, article, pipeline.extract(article)


def test_expected_events_found(case):
    spec, _, records = case
    for want in spec["events"]:
        hits = [r for r in records if _matches(r, want)]
        assert hits, f"no event matches {want}; got:\n" + "\n".join(
            f"  {r.event_type}/{r.sub_event_type} {r.location} {r.country_code} {r.event_date} "
            f"p{r.time_precision} gp{r.geo_precision} f={r.fatalities} i={r.injuries} "
            f"{r.actor1}/{r.actor2}" for r in records
        )


def test_no_event_from_hypothetical_or_background_sentences(case):
    spec, article, records = case
    for phrase in spec.get("absent", []):
        assert phrase in article.text, f"fixture phrase {phrase!r} not in the article"
        for record in records:
            for start, end in [record.source_span, *record.evidence_spans]:
                assert phrase not in article.text[start:end], (phrase, record.event_type)


def test_forbidden_countries_and_types(case):
    spec, _, records = case
    assert not [r for r in records if r.country_code in spec.get("no_country", [])]
    assert not [r for r in records if r.event_type in spec.get("no_type", [])]


def test_provenance_points_into_the_article(case):
    _, article, records = case
    for record in records:
        start, end = record.source_span
        assert article.text[start:end] == record.source_text
        assert record.article_id == article.article_id
        assert 0 < record.confidence <= 1
        assert record.sources and record.sources[0].article_id == article.article_id
        if record.geometry is not None:
            assert record.gazetteer_id and record.place_evidence


def test_no_country_centroid_pins(case):
    _, _, records = case
    for record in records:
        if record.gazetteer_id and record.gazetteer_id.startswith("country:"):
            assert record.geometry is None
