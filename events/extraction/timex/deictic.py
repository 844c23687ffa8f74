"""Times told from the report's day: "today", "yesterday", "on Monday", "three days ago", "six
months ago", "in the past few days", "last week", "over the weekend", "this month", "last month"."""

from __future__ import annotations

import datetime as dt
import re

from events.extraction.timex.rules import WEEKDAY_GROUP, rule
from events.extraction.timex.time_ref import DAY, MONTH, WEEK, WEEKDAYS, month_range
from events.reading.numbers import CARDINALS


def _last_weekday(name: str, published: dt.date) -> dt.date:
    back = (published.weekday() - WEEKDAYS.index(name)) % 7
    return published - dt.timedelta(days=back)


@rule(
    r"\b(?:overnight\s+(?:(?:into|to|on)\s+)?|(?:on|last|early|late)\s+)?"
    + WEEKDAY_GROUP
    + r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
def _weekday(m: re.Match[str], published: dt.date):
    day = _last_weekday(m.group("wd").lower(), published)
    return day, day, DAY


@rule(r"\b(?:yesterday|last\s+night)\b")
def _yesterday(m: re.Match[str], published: dt.date):
    day = published - dt.timedelta(days=1)
    return day, day, DAY


@rule(
    r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)\s*\(" + WEEKDAY_GROUP + r"\)"
)
def _today_named(m: re.Match[str], published: dt.date):
    """ "earlier today (Sunday)" in a report published the next morning: the day it names."""
    day = _last_weekday(m.group("wd").lower(), published + dt.timedelta(days=1))
    if day > published:  # (never after the report: "today (Sunday)" in Saturday's paper is a slip)
        day -= dt.timedelta(days=7)
    return day, day, DAY


@rule(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|overnight)\b")
def _today(m: re.Match[str], published: dt.date):
    return published, published, DAY


@rule(r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six)\s+days?\s+(?:ago|earlier)\b")
def _days_ago(m: re.Match[str], published: dt.date):
    words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    n = words.get(m.group("n").lower()) or int(m.group("n"))
    day = published - dt.timedelta(days=n)
    return day, day, DAY


@rule(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?\s+ago\b")
def _months_ago(m: re.Match[str], published: dt.date):
    """ "six months ago": that many months before the report, give or take half a month (a month's
    precision)."""
    word = m.group("n").lower()
    n = 1 if word == "a" else int(word) if word.isdecimal() else CARDINALS[word]
    day = published - dt.timedelta(days=round(30.44 * n))
    return day - dt.timedelta(days=15), min(day + dt.timedelta(days=15), published), MONTH


@rule(r"\b(?P<n>a|one|two|three|[1-3])\s+weeks?\s+(?:ago|earlier)\b")
def _weeks_ago(m: re.Match[str], published: dt.date):
    """ "a week ago", "two weeks earlier": that many weeks before the report, give or take three days."""
    n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(m.group("n").lower()) or int(m.group("n"))
    day = published - dt.timedelta(days=7 * n)
    return day - dt.timedelta(days=3), min(day + dt.timedelta(days=3), published), WEEK


@rule(
    r"\b(?:in\s+|over\s+)?(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?days\b"
    r"|\b(?:the\s+)?past\s+week\b|\bthis\s+week\b|\bearlier\s+this\s+week\b"
)
def _recent_days(m: re.Match[str], published: dt.date):
    if "this week" in m.group(0).lower():
        return published - dt.timedelta(days=published.weekday()), published, WEEK
    return published - dt.timedelta(days=7), published, WEEK


@rule(r"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:past|last)\s+(?P<n>two|three|four|[2-4])\s+weeks\b")
def _recent_weeks(m: re.Match[str], published: dt.date):
    """ "over the past two weeks": that span, to the report's day (honest precision: a month's)."""
    n = {"two": 2, "three": 3, "four": 4}.get(m.group("n").lower()) or int(m.group("n"))
    return published - dt.timedelta(days=7 * n), published, MONTH


@rule(r"\blast\s+week(?:end)?\b")
def _last_week(m: re.Match[str], published: dt.date):
    monday = published - dt.timedelta(days=published.weekday() + 7)
    if m.group(0).lower().endswith("weekend"):
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), WEEK
    return monday, monday + dt.timedelta(days=6), WEEK


@rule(
    r"\b(?:(?:over|at|during)\s+)?the\s+weekend\b"
    r"|\bweekend(?=\s+(?:attacks?|raids?|clashes|fighting|strikes?|"
    r"violence|protests?|shooting|bombing|killings?|ambush))"
)
def _the_weekend(m: re.Match[str], published: dt.date):
    """ "over the weekend", "in the weekend attack": the Saturday and Sunday just past (or the report's)."""
    day = published.weekday()
    if day >= 5:  # a report of the weekend itself
        return published - dt.timedelta(days=day - 5), published, WEEK
    sunday = published - dt.timedelta(days=day + 1)
    return sunday - dt.timedelta(days=1), sunday, WEEK


@rule(r"\b(?:earlier\s+)?this\s+month\b")
def _this_month(m: re.Match[str], published: dt.date):
    return published.replace(day=1), published, MONTH


@rule(r"\blast\s+month\b")
def _last_month(m: re.Match[str], published: dt.date):
    previous = published.replace(day=1) - dt.timedelta(days=1)
    return (*month_range(previous.year, previous.month), MONTH)
