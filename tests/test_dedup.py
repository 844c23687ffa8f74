"""Cross-article deduplication: one event, several sources, the lowest casualty figure."""

from __future__ import annotations

from events.reading.article import parse_article
from events.records.dedup import deduplicate


def _article(article_id: str, body: str, published: str = "2024-05-25"):
    return parse_article(
        f"---\npublished: {published}\n---\n{body}\n", where=article_id, article_id=article_id
    )


def test_same_strike_in_two_articles_is_one_event(pipeline):
    a = pipeline.extract(
        _article("wire-a", "Russian missiles struck Kharkiv on Friday, killing seven people.")
    )
    b = pipeline.extract(_article("local-b", "A Russian missile attack hit Kharkiv on Friday. "
                                             "Officials said five people were killed."))  # fmt: skip
    c = pipeline.extract(_article("later-c", "Russian missiles struck Kharkiv on Tuesday.", "2024-05-29"))
    merged = deduplicate(a + b + c)
    kharkiv = sorted((r for r in merged if r.location == "Kharkiv"), key=lambda r: r.event_date)
    assert len(kharkiv) == 2
    first, second = kharkiv
    assert {s.article_id for s in first.sources} == {"wire-a", "local-b"}
    assert first.fatalities == 5  # sources differ: the lowest
    assert "Also reported by" in first.notes and "lowest" in first.notes
    assert [s.article_id for s in second.sources] == ["later-c"]


def test_events_of_one_article_are_not_merged_again(pipeline):
    records = pipeline.extract(
        _article("one", "Russian drones hit Odesa on Friday. Russian drones hit Izmail on Friday.")
    )
    assert len(deduplicate(records)) == len(records) == 2


def test_phone_calls_merge_on_the_same_pair_of_actors(pipeline):
    a = pipeline.extract(_article("x", "Donald Trump spoke by phone with Vladimir Putin on Friday."))
    b = pipeline.extract(_article("y", "Vladimir Putin held a phone call with Donald Trump on Friday."))
    merged = deduplicate(a + b)
    assert len(merged) == 1 and len(merged[0].sources) == 2


def test_events_per_article_limit(gazetteer, tmp_path):
    from events.errors import ArticleError
    from events.service import Pipeline
    from events.settings import load_settings

    strict = Pipeline(load_settings({"max_events_per_article": 3}, environ={}), gazetteer)
    towns = ["Kharkiv", "Odesa", "Kherson", "Sumy", "Dnipro"]
    body = " ".join(f"Russian drones struck {t} on Friday." for t in towns)
    try:
        strict.extract(_article("many", body))
    except ArticleError as exc:
        assert "5 events found, over the limit of 3" in str(exc)
    else:
        raise AssertionError("the limit was not applied")
