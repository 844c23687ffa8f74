"""The record screen (events/extraction/screen.py): its fitted file, its features, what it keeps,
and the setting that turns it on."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from events.errors import SitrepError
from events.extraction import extract_article
from events.extraction.screen import (
    SCREEN_PATH,
    Screen,
    features,
    judged,
    kept,
    known_features,
    load_screen,
    read_screen,
)
from events.reading.article import parse_article
from events.service import Pipeline
from events.settings import load_settings

# A lede with the news (a strike today) and a later paragraph (a clash five days back).
REPORT = (
    "Drone strike kills four in Kharkiv\n\n"
    "A Russian drone struck a residential building in Kharkiv on Sunday, killing four people, "
    "officials said.\n\n"
    "On Tuesday, Russian troops attacked Ukrainian positions near Vovchansk, killing two soldiers."
)
SUNDAY = dt.date(2025, 12, 28)


def _records(gazetteer, lexicon, screened: bool):
    article = parse_article(REPORT, where="test", article_id="test", published=SUNDAY)
    return article, extract_article(article, gazetteer, lexicon, screened=screened)


def test_the_shipped_screen_loads_and_names_only_known_features():
    raw = json.loads(SCREEN_PATH.read_text(encoding="utf-8"))
    assert set(raw["weights"]) <= known_features()
    screen = load_screen()
    assert 0 < screen.threshold < 1
    assert raw["trained_on"] and all(source["articles"] > 0 for source in raw["trained_on"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 9}, "screen version 9"),
        ({"weights": {"a word": 1.0}}, "unknown feature 'a word'"),
        ({"threshold": 1.5}, "threshold 1.5 is not a probability"),
        ({"threshold": None}, "'threshold' is None, not a finite number"),
        ({"bias": "high"}, "'bias' is 'high', not a finite number"),
        ({"weights": {"confidence": float("nan")}}, "'confidence' is nan, not a finite number"),
        ({"weights": [1.0]}, "'weights' must map feature names to numbers"),
        ({"bias": ...}, "no 'bias'"),
    ],
)
def test_a_bad_screen_file_is_an_error_naming_the_file(tmp_path, change, message):
    raw = json.loads(SCREEN_PATH.read_text(encoding="utf-8"))
    raw = {k: v for k, v in {**raw, **change}.items() if v is not ...}
    path = tmp_path / "screen.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(SitrepError, match=message) as caught:
        read_screen(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("content", "message"), [("{not json", "cannot be read"), ("[1, 2]", "not list")])
def test_an_unreadable_screen_file_is_an_error(tmp_path, content, message):
    path = tmp_path / "screen.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SitrepError, match=message):
        read_screen(path)


@pytest.mark.parametrize(
    ("probabilities", "expected"),
    [
        ([0.9, 0.1, 0.5], [True, False, True]),  # over the threshold (0.4) or under it
        ([0.1, 0.2, 0.1], [False, True, False]),  # all under: the most probable stays
        ([0.2, 0.2], [True, False]),  # a tie: the first told
        ([None, 0.1, 0.2], [True, False, True]),  # not judged: kept, and no stand-in for the best
        ([None, None], [True, True]),
        ([], []),
    ],
)
def test_kept_keeps_the_unjudged_the_most_probable_and_those_over_the_threshold(probabilities, expected):
    assert kept(probabilities, 0.4) == expected


def test_features_read_the_shape_of_the_report(gazetteer, lexicon):
    article, records = _records(gazetteer, lexicon, screened=False)
    assert len(records) >= 2, [(r.event_type, r.location) for r in records]
    lede = features(records, 0, article.text, article.published)
    assert lede["same day"] == 1 and lede["paragraph 2"] == 1 and lede["killed"] == 1
    assert "2-7 days back" not in lede and "paragraph 3" not in lede
    background = features(records, len(records) - 1, article.text, article.published)
    assert background["2-7 days back"] == 1 and background["paragraph 3"] == 1
    assert background["rank"] > lede.get("rank", 0)
    assert set(lede) | set(background) <= known_features()
    # front matter leaves a blank line before the headline: paragraphs are the non-empty lines
    front = parse_article(
        "---\ntitle: t\npublished: 2025-12-28\n---\n\n" + REPORT, where="test", article_id="test"
    )
    ahead = extract_article(front, gazetteer, lexicon, screened=False)
    assert features(ahead, 0, front.text, front.published)["paragraph 2"] == 1


def test_a_report_of_one_line_or_one_record_is_not_judged(gazetteer, lexicon):
    article, records = _records(gazetteer, lexicon, screened=False)
    assert judged(records, article.text) == [True] * len(records)
    assert judged(records, article.text.replace("\n", " ")) == [False] * len(records)
    assert judged(records[:1], article.text) == [False]


def test_the_screen_keeps_the_most_probable_record_and_those_over_its_threshold(gazetteer, lexicon):
    article, records = _records(gazetteer, lexicon, screened=False)
    strict = Screen({"2-7 days back": -20.0}, bias=2.0, threshold=0.5)
    kept = strict.keep(records, article.text, article.published)
    assert [r.event_date for r in kept] == [SUNDAY]
    nothing = Screen({}, bias=-20.0, threshold=0.5)  # every record under the threshold: the best one stays
    assert len(nothing.keep(records, article.text, article.published)) == 1
    assert nothing.keep(records[:1], article.text, article.published) == records[:1]


def test_what_is_proposed_or_demanded_is_never_screened_out(gazetteer, lexicon):
    text = (
        "Russia proposed a ceasefire in Donbas on Sunday.\n\nA drone struck Kharkiv on Sunday, killing two."
    )
    article = parse_article(text, where="test", article_id="test", published=SUNDAY)
    records = extract_article(article, gazetteer, lexicon)
    proposed = [r for r in records if r.status == "proposed"]
    assert proposed, [(r.event_type, r.status) for r in records]
    assert judged(records, article.text) == [r.status != "proposed" for r in records]
    harsh = Screen({}, bias=-20.0, threshold=0.9)
    left = harsh.keep(records, article.text, article.published)
    assert all(r in left for r in proposed)


def test_the_screen_is_on_by_default_and_the_setting_turns_it_off(gazetteer, lexicon):
    article, everything = _records(gazetteer, lexicon, screened=False)
    assert load_settings({}, environ={}).screen_records is True
    off = Pipeline(load_settings({"screen_records": False}, environ={}), gazetteer).extract(article)
    assert off == everything
    on = Pipeline(load_settings({}, environ={}), gazetteer).extract(article)
    assert on == load_screen().keep(everything, article.text, article.published)
    assert set(r.event_id for r in on) <= set(r.event_id for r in everything)


def test_a_text_of_one_paragraph_is_never_screened(gazetteer, lexicon):
    # an ACLED note, a wire brief: no headline or paragraphs to read, so every record stays
    text = REPORT.replace("\n\n", " ")
    article = parse_article(text, where="test", article_id="test", published=SUNDAY)
    records = extract_article(article, gazetteer, lexicon, screened=False)
    assert len(records) >= 2
    assert Screen({}, bias=-20.0, threshold=0.9).keep(records, article.text, article.published) == records
