"""Golden articles: each tests/data/expected/*.yaml names an article and the events it
must yield; with ``complete: true`` it must yield nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from events.evaluate import matches

EXPECTED = sorted((Path(__file__).parent / "data" / "expected").glob("*.yaml"))


@pytest.fixture(scope="module", params=EXPECTED, ids=[p.stem for p in EXPECTED])
def case(request, pipeline):
    spec = yaml.safe_load(request.param.read_text(encoding="utf-8"))
    path = (request.param.parent / spec["article"]).resolve()
    article = pipeline.read(path, None)
    return spec, article, pipeline.extract(article)


def test_expected_events_found(case):
    spec, _, records = case
    for want in spec["events"]:
        hits = [r for r in records if matches(r, want)]
        assert hits, f"no event matches {want}; got:\n" + "\n".join(
            f"  {r.event_type}/{r.sub_event_type} {r.location} {r.country_code} {r.event_date} "
            f"p{r.time_precision} gp{r.geo_precision} f={r.fatalities} i={r.injuries} "
            f"{r.actor1}/{r.actor2}"
            for r in records
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


COMPLETE = [p for p in EXPECTED if yaml.safe_load(p.read_text(encoding="utf-8")).get("complete")]


@pytest.mark.parametrize("path", COMPLETE, ids=[p.stem for p in COMPLETE])
def test_complete_annotations_have_no_extra_events(path, pipeline):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    records = pipeline.extract(pipeline.read((path.parent / spec["article"]).resolve(), None))
    assert len(records) == len(spec["events"]), [
        f"{r.event_type}/{r.sub_event_type} {r.location}" for r in records
    ]


def test_dev_set_has_thirty_complete_articles():
    assert len(COMPLETE) >= 30
