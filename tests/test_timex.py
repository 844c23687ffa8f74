"""Time expressions resolved against the publication date (table-driven)."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extraction.timex import find_times, news_day

SAT = dt.date(2024, 5, 25)  # a Saturday
D = dt.date


@pytest.mark.parametrize(
    ("text", "date", "start", "end", "precision"),
    [
        ("on Friday", D(2024, 5, 24), D(2024, 5, 24), D(2024, 5, 24), 1),
        ("overnight into Saturday", SAT, SAT, SAT, 1),
        ("overnight Friday", D(2024, 5, 24), D(2024, 5, 24), D(2024, 5, 24), 1),
        ("on Saturday", SAT, SAT, SAT, 1),
        ("Monday morning", D(2024, 5, 20), D(2024, 5, 20), D(2024, 5, 20), 1),
        ("yesterday", D(2024, 5, 24), D(2024, 5, 24), D(2024, 5, 24), 1),
        ("overnight", SAT, SAT, SAT, 1),
        ("on 13 May", D(2024, 5, 13), D(2024, 5, 13), D(2024, 5, 13), 1),
        ("on May 13, 2024", D(2024, 5, 13), D(2024, 5, 13), D(2024, 5, 13), 1),
        ("On Jan. 9", D(2024, 1, 9), D(2024, 1, 9), D(2024, 1, 9), 1),
        ("on 2024-05-20", D(2024, 5, 20), D(2024, 5, 20), D(2024, 5, 20), 1),
        ("on 20/05/2024", D(2024, 5, 20), D(2024, 5, 20), D(2024, 5, 20), 1),
        ("on the night of 5-6 May", D(2024, 5, 6), D(2024, 5, 5), D(2024, 5, 6), 1),
        ("on 28 December", D(2023, 12, 28), D(2023, 12, 28), D(2023, 12, 28), 1),
        ("in recent days", D(2024, 5, 21), D(2024, 5, 18), SAT, 2),
        ("last week", D(2024, 5, 16), D(2024, 5, 13), D(2024, 5, 19), 2),
        ("earlier this week", D(2024, 5, 22), D(2024, 5, 20), SAT, 2),
        ("over the past two weeks", D(2024, 5, 18), D(2024, 5, 11), SAT, 3),
        ("earlier this month", D(2024, 5, 13), D(2024, 5, 1), SAT, 3),
        ("last month", D(2024, 4, 15), D(2024, 4, 1), D(2024, 4, 30), 3),
        ("Last October", D(2023, 10, 16), D(2023, 10, 1), D(2023, 10, 31), 3),
        (
            "last May",
            D(2023, 5, 16),
            D(2023, 5, 1),
            D(2023, 5, 31),
            3,
        ),  # the month of publication: a year back
        ("last March", D(2024, 3, 16), D(2024, 3, 1), D(2024, 3, 31), 3),
        ("in April", D(2024, 4, 15), D(2024, 4, 1), D(2024, 4, 30), 3),
        ("annexed in 2014", D(2014, 7, 2), D(2014, 1, 1), D(2014, 12, 31), 4),
        ("three days ago", D(2024, 5, 22), D(2024, 5, 22), D(2024, 5, 22), 1),
        # weeks back: that day, give or take three (a week's precision)
        ("A week ago, rebels clashed", D(2024, 5, 18), D(2024, 5, 15), D(2024, 5, 21), 2),
        ("two weeks earlier", D(2024, 5, 11), D(2024, 5, 8), D(2024, 5, 14), 2),
        ("in mid-April", D(2024, 4, 15), D(2024, 4, 1), D(2024, 4, 30), 3),
        ("at the end of April", D(2024, 4, 15), D(2024, 4, 1), D(2024, 4, 30), 3),
        ("in the first week of May 2020", D(2020, 5, 4), D(2020, 5, 1), D(2020, 5, 7), 2),
        ("during the last week of April", D(2024, 4, 27), D(2024, 4, 24), D(2024, 4, 30), 2),
        ("at the end of May", D(2024, 5, 13), D(2024, 5, 1), SAT, 3),
        # a month and year naming an event ("an October 2017 truck-bombing attack")
        ("an October 2017 truck-bombing", D(2017, 10, 16), D(2017, 10, 1), D(2017, 10, 31), 3),
    ],
)
def test_expression(text, date, start, end, precision):
    refs = find_times(text, SAT)
    assert refs, text
    ref = refs[0]
    assert (ref.event_date, ref.date_start, ref.date_end, ref.precision) == (date, start, end, precision)
    assert text[ref.start : ref.end] == ref.expression


def test_impossible_dates_are_ignored():
    assert find_times("on 31 February", SAT) == []
    assert find_times("on 2024-13-40", SAT) == []


def test_may_the_verb_is_not_a_month():
    assert find_times("strikes may continue in may", SAT) == []


def test_an_undated_event_reported_as_news_is_coded_to_the_report_day():
    ref = news_day(SAT)
    assert (ref.event_date, ref.date_start, ref.date_end, ref.precision) == (SAT, SAT, SAT, 1)


@pytest.mark.parametrize(
    ("text", "date", "start", "end", "precision"),
    [  # ACLED's "Around D (...)": D is the date, the parenthesis bounds it
        (
            "Around 31 May 2020 (between 31 May - 1 June), gunmen",
            D(2020, 5, 31),
            D(2020, 5, 31),
            D(2020, 6, 1),
            1,
        ),
        ("Around 3 May 2020 (between 1 May - 3 May), gunmen", D(2020, 5, 3), D(2020, 5, 1), D(2020, 5, 3), 2),
        ("On 4 May 2020 (or 5 May), gunmen", D(2020, 5, 4), D(2020, 5, 4), D(2020, 5, 5), 1),
    ],
)
def test_a_parenthesis_after_a_date_bounds_it(text, date, start, end, precision):
    told, *qualifiers = find_times(text, D(2020, 6, 1))
    assert (told.event_date, told.date_start, told.date_end, told.precision) == (date, start, end, precision)
    assert qualifiers and all(q.qualifier for q in qualifiers)


def test_a_parenthesis_that_is_no_qualifier_keeps_its_own_time():
    times = find_times("Gunmen attacked Gao on 3 May (the army responded on 5 May).", D(2020, 6, 1))
    assert [(t.event_date.day, t.qualifier) for t in times] == [(3, False), (5, False)]


def test_today_with_its_weekday_in_brackets_is_that_day():
    """ "earlier today (Sunday)" in a report published the next morning: the Sunday, not the day of
    publication; a report published that Sunday reads the same day."""
    monday = dt.date(2018, 12, 10)
    found = find_times("flying into the city earlier today (Sunday).", monday)
    assert [(t.expression, t.date_start) for t in found] == [("earlier today (Sunday)", dt.date(2018, 12, 9))]
    sunday = dt.date(2018, 12, 9)
    assert [t.date_start for t in find_times("He arrived today (Sunday).", sunday)] == [sunday]
    saturday = dt.date(2018, 12, 8)  # never after the report
    assert [t.date_start for t in find_times("He arrived today (Sunday).", saturday)] == [
        dt.date(2018, 12, 2)
    ]


@pytest.mark.parametrize(
    "text",
    ["a summit slated for later this month", "talks slated for next Monday", "the vote this coming Friday"],
)
def test_a_time_to_come_is_no_time_of_an_event(text):
    # nor is its part that names a time of its own ("this month", "Monday", "Friday")
    assert find_times(text, SAT) == []


def test_a_time_beside_a_time_to_come_still_counts():
    refs = find_times("met on Monday ahead of a summit later this month", SAT)
    assert [r.expression for r in refs] == ["on Monday"]


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [("in the weekend attack", "2019-07-16", ("2019-07-13", "2019-07-14")),
     ("fighting over the weekend", "2019-07-15", ("2019-07-13", "2019-07-14")),
     ("clashes at the weekend", "2019-07-14", ("2019-07-13", "2019-07-14"))],
)  # fmt: skip
def test_the_weekend_is_the_one_just_past(text, published, days):
    (ref,) = find_times(text, dt.date.fromisoformat(published))
    assert (ref.date_start.isoformat(), ref.date_end.isoformat()) == days


def test_states_after_a_name_is_a_noun_not_a_telling():
    from events.extraction.lexicon import load_lexicon
    from events.extraction.timex import mark_telling

    telling = load_lexicon().telling
    text = "clashes between armed youths from Warrap and Unity states on Thursday"
    (ref,) = mark_telling(text, find_times(text, SAT), telling)
    assert not ref.speech
    text = "the ministry states on Thursday that"
    (ref,) = mark_telling(text, find_times(text, SAT), telling)
    assert ref.speech
    text = "Officials in Warrap and Unity states said on Thursday that"  # the telling is "said"
    (ref,) = mark_telling(text, find_times(text, SAT), telling)
    assert ref.speech


def test_the_will_of_the_people_is_no_future():
    from events.extraction.sentence_times import _to_come

    cases = [("rallied against the will of the people on Sunday", False),
             ("Independence Day, which will be marked on Thursday, November 15", True)]  # fmt: skip
    for text, to_come in cases:
        refs = find_times(text, SAT)
        assert _to_come(text, 0, refs[-1]) is to_come, text


def test_the_rules_are_tried_in_the_order_of_their_modules():
    # where two rules match one stretch the first tried wins: absolute dates, then times told from the
    # report's day, then months, then years (the order the rule modules are imported in by find)
    from events.extraction.timex.rules import RULES

    order = ["dates", "deictic", "months", "years"]
    modules = [func.__module__.rsplit(".", 1)[-1] for _, func in RULES]
    assert modules == sorted(modules, key=order.index), modules
