"""Golden articles: each tests/data/expected/*.yaml names an article and the events it
must yield; with ``complete: true`` it must yield nothing else. Each check runs only on
the specs that set what it checks, so none passes for want of something to check."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from events.evaluate import matches

EXPECTED = sorted((Path(__file__).parent / "data" / "expected").glob("*.yaml"))
SPECS = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in EXPECTED}


def _setting(key: str) -> list[str]:
    """The specs that set ``key`` (a non-empty list, or true)."""
    return [name for name, spec in SPECS.items() if spec.get(key)]


@pytest.fixture(scope="module")
def extracted(pipeline):
    """name -> (spec, article, records), each article extracted once per module."""

    @cache
    def run(name: str):
        spec = SPECS[name]
        article = pipeline.read((EXPECTED[0].parent / spec["article"]).resolve(), None)
        return spec, article, pipeline.extract(article)

    return run


def _listing(records) -> str:
    return "\n".join(
        f"  {r.event_type}/{r.sub_event_type} {r.location} {r.country_code} {r.event_date} "
        f"p{r.time_precision} gp{r.geo_precision} f={r.fatalities} i={r.injuries} "
        f"{r.actor1}/{r.actor2}"
        for r in records
    )


@pytest.mark.parametrize("name", _setting("events"))
def test_expected_events_found(extracted, name):
    spec, _, records = extracted(name)
    for want in spec["events"]:
        hits = [r for r in records if matches(r, want)]
        assert hits, f"no event matches {want}; got:\n" + _listing(records)


@pytest.mark.parametrize("name", _setting("absent"))
def test_no_event_from_hypothetical_or_background_sentences(extracted, name):
    spec, article, records = extracted(name)
    for phrase in spec["absent"]:
        assert phrase in article.text, f"fixture phrase {phrase!r} not in the article"
        for record in records:
            for start, end in [record.source_span, *record.evidence_spans]:
                assert phrase not in article.text[start:end], (phrase, record.event_type)


@pytest.mark.parametrize("name", _setting("no_country"))
def test_forbidden_countries(extracted, name):
    spec, _, records = extracted(name)
    assert [r.location for r in records if r.country_code in spec["no_country"]] == []


@pytest.mark.parametrize("name", _setting("no_type"))
def test_forbidden_types(extracted, name):
    spec, _, records = extracted(name)
    assert [r.event_type for r in records if r.event_type in spec["no_type"]] == []


@pytest.mark.parametrize("name", _setting("events"))  # the articles that yield events
def test_provenance_points_into_the_article(extracted, name):
    _, article, records = extracted(name)
    assert records
    for record in records:
        start, end = record.source_span
        assert article.text[start:end] == record.source_text
        assert record.article_id == article.article_id
        assert 0 < record.confidence <= 1
        assert record.sources and record.sources[0].article_id == article.article_id
        if record.geometry is not None:
            assert record.gazetteer_id and record.place_evidence


@pytest.mark.parametrize("name", _setting("events"))
def test_no_country_centroid_pins(extracted, name):
    _, _, records = extracted(name)
    for record in records:
        if record.gazetteer_id and record.gazetteer_id.startswith("country:"):
            assert record.geometry is None


@pytest.mark.parametrize("name", _setting("complete"))
def test_complete_annotations_have_no_extra_events(extracted, name):
    spec, _, records = extracted(name)
    assert len(records) == len(spec["events"]), [
        f"{r.event_type}/{r.sub_event_type} {r.location}" for r in records
    ]


def test_dev_set_has_thirty_complete_articles():
    assert len(_setting("complete")) >= 30
