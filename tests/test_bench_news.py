"""The news benchmark's scoring (bench/_news.py): errors counted by kind, and further folders."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def news():
    sys.path.insert(0, str(BENCH))
    try:
        import _news
        import extraction
    finally:
        sys.path.pop(0)
    return SimpleNamespace(scoring=_news, bench=extraction)


def record(kind="Battles", lat=10.0, lon=20.0, day=dt.date(2024, 5, 3), text="Gunmen attacked the town."):
    return SimpleNamespace(
        event_type=kind, sub_event_type="Armed clash", event_date=day, date_start=day, date_end=day,
        geometry={"type": "Point", "coordinates": [lon, lat]}, location="X", fatalities=None, injuries=None,
        source_text=text, source_span=(0, len(text)), evidence_spans=[],
    )  # fmt: skip


GOLD = {"name": "clash", "types": ["Battles"], "lat": 10.0, "lon": 20.0, "radius_km": 20,
        "date_from": "2024-05-02", "date_to": "2024-05-03"}  # fmt: skip


def test_a_missed_event_is_counted_by_the_one_field_its_records_got_wrong(news):
    why = news.scoring.missed_because
    assert why(GOLD, []) == "no record at all"
    assert why(GOLD, [record(kind="Riots")]) == "type wrong"
    assert why(GOLD, [record(lat=12.0)]) == "place wrong"  # some 220 km away
    assert why(GOLD, [record(day=dt.date(2024, 4, 1))]) == "day wrong"
    assert why(GOLD, [record(kind="Riots", lat=12.0)]) == "one field fits"
    assert why(GOLD, [record(kind="Riots", lat=12.0, day=dt.date(2024, 4, 1))]) == "nothing near"
    assert why(GOLD, [record()]) == "record taken"  # it fits: another gold event took it


def test_an_extra_record_is_counted_as_a_second_telling_or_by_its_wrong_field(news):
    why = news.scoring.extra_because
    assert why(record(), [GOLD], {0}) == "second record"  # the event was matched by another record
    assert why(record(kind="Riots"), [GOLD], set()) == "type wrong"
    assert why(record(lat=12.0), [GOLD], {0}) == "place wrong"
    assert why(record(kind="Riots", lat=12.0, day=dt.date(2024, 4, 1)), [GOLD], set()) == "nothing near"
    assert why(record(), [], set()) == "nothing near"


def test_an_article_is_scored_with_its_errors_by_kind(news):
    score = news.scoring.NewsScore()
    second = dict(GOLD, name="strike", types=["Explosions/Remote violence"], lat=11.0)
    entry = {"id": "a", "events": [GOLD, second]}
    news.scoring.score_article(entry, "text", [record(), record(), record(kind="Riots", lat=11.0)], score)
    assert (score.tp, score.fp, score.fn) == (1, 2, 1)
    assert score.missed == {"type wrong": 1}
    assert score.extra == {"second record": 1, "type wrong": 1}


def test_two_records_of_one_town_and_day_are_paired_by_the_counts_they_give(news):
    # both records fit both gold events by type, place and day: the pairing follows their counts
    first, second = dict(GOLD, fatalities=3), dict(GOLD, name="second clash", fatalities=5)
    five, three = record(), record()
    five.fatalities, three.fatalities = 5, 3
    assert news.scoring._matching([first, second], [five, three]) == {0: 1, 1: 0}
    score = news.scoring.NewsScore()
    news.scoring.score_article({"id": "a", "events": [first, second]}, "text", [five, three], score)
    assert (score.tp, score.fp, score.fn, score.casualties) == (2, 0, 0, [2, 2])


def test_required_events_are_matched_before_optional_ones(news):
    optional = dict(GOLD, name="maybe", optional=True, fatalities=1)
    one = record()
    one.fatalities = 1  # fits the optional event's count, yet the required event takes it
    assert news.scoring._matching([optional, GOLD], [one]) == {1: 0}


def test_the_pooled_f1_has_an_interval_from_resampled_articles(news):
    score = news.scoring.NewsScore()
    assert score.f1_interval() == (0.0, 0.0)  # nothing scored: no interval
    score.articles = [(1, 0, 0)] * 10
    assert score.f1_interval() == (1.0, 1.0)  # every article right: no spread
    score.articles = [(1, 0, 0), (0, 1, 1)] * 20
    score.tp, score.fp, score.fn = 20, 20, 20
    low, high = score.f1_interval()
    assert low < score.f1 < high and high - low < 0.4
    assert score.f1_interval() == (low, high)  # seeded: the same run prints the same interval
    entry = {"id": "a", "events": [GOLD]}
    scored = news.scoring.NewsScore()
    news.scoring.score_article(entry, "text", [record(), record(kind="Riots")], scored)
    assert scored.articles == [(1, 1, 0)]  # each article's own counts, for the resampling


def test_further_news_folders_are_scored_whole_and_a_folder_without_gold_is_named(news, tmp_path, capsys):
    folder = tmp_path / "extra"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "a.txt").write_text("Gunmen attacked the town.", encoding="utf-8")
    (folder / "gold.yaml").write_text(
        "articles:\n- id: a\n  file: texts/a.txt\n  published: 2024-05-03\n  events:\n"
        "  - {name: clash, types: [Battles], lat: 10.0, lon: 20.0, radius_km: 20, date_from: 2024-05-02,"
        " date_to: 2024-05-03}\n",
        encoding="utf-8",
    )

    def extract(text, published, article_id, kind):
        assert published == dt.date(2024, 5, 3) and article_id == "a"
        return SimpleNamespace(text=text), [record(), record(kind="Riots")]

    news.bench.score_news_folders(extract, [folder, tmp_path / "absent"], None)
    out = capsys.readouterr().out
    assert "absent: no gold.yaml there" in out
    figures = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert figures["precision"] == ["0.500", "0.500"]  # the folder, and all folders pooled
    assert "type wrong" in out and "second record" in out


def test_check_folders_are_pooled_apart_and_their_errors_never_written(news, tmp_path, capsys):
    folders = []
    for name in ("tune", "held"):
        folder = tmp_path / name
        (folder / "texts").mkdir(parents=True)
        (folder / "texts" / "a.txt").write_text("Gunmen attacked the town.", encoding="utf-8")
        (folder / "gold.yaml").write_text(
            "articles:\n- id: a\n  file: texts/a.txt\n  published: 2024-05-03\n  events:\n"
            "  - {name: clash, types: [Battles], lat: 10.0, lon: 20.0, radius_km: 20}\n",
            encoding="utf-8",
        )
        folders.append(folder)
    found = {"tune": [record()], "held": [record(kind="Riots")]}
    calls = []

    def extract(text, published, article_id, kind):
        calls.append(article_id)
        return SimpleNamespace(text=text), found["tune" if len(calls) == 1 else "held"]

    errors = tmp_path / "errors"
    errors.mkdir()
    news.bench.score_news_folders(extract, [folders[0]], errors, [folders[1]])
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if "tuning" in line and "check" in line).split()
    assert header == ["tune", "held", "tuning", "check", "all"]  # each folder, each part, all
    figures = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert figures["precision"] == ["1.000", "0.000", "1.000", "0.000", "0.500"]
    assert "F1 95% interval" in out
    assert [p.name for p in errors.iterdir()] == ["news-tune.txt"]  # the check folder's errors unwritten


def test_the_place_ceiling_counts_events_no_name_in_the_text_can_place(news, gazetteer):
    text = "Gunmen attacked a village in Kandahar province, and a town near Kabul, and a ship at sea."
    golds = [
        dict(GOLD, name="town near Kabul", lat=34.53, lon=69.17),  # a named town's point is within reach
        dict(GOLD, name="village", lat=31.0, lon=65.4),  # 30 km from any named point, inside the province
        dict(GOLD, name="ship", lat=12.0, lon=45.0),  # at sea: no name in the text places it
        {"name": "a call", "types": ["Diplomacy"]},  # no place to reach
    ]
    assert news.scoring.reachable_places(golds, text, gazetteer) == {0, 1}
    score = news.scoring.NewsScore()
    news.scoring.score_article({"id": "a", "events": golds}, text, [], score, {0, 1})
    assert score.placed == [2, 3]  # the required events with a place, two of them reachable
    assert score.missed_unreachable == 1  # the ship, missed as no reading of the text could place it
