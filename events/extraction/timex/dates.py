"""Absolute dates: "2023-05-04", "4/5/2023", "4 May 2023", "the night of 4-5 May", "May 4, 2023"."""

from __future__ import annotations

import datetime as dt
import re

from events.extraction.timex.rules import MONTH_GROUP, YEAR_GROUP, rule
from events.extraction.timex.time_ref import DAY, MONTHS, latest_past, precision_of, safe_date


def _explicit_day(m: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date, int] | None:
    month = MONTHS[m.group("mon").lower()]
    day = int(m.group("day"))
    day2 = int(m.group("day2")) if m.groupdict().get("day2") else None
    if m.group("year"):
        first = safe_date(int(m.group("year")), month, day)
    else:
        first = latest_past(month, day2 or day, published)
        if first and day2:
            first = safe_date(first.year, month, day)
    if first is None:
        return None
    if day2:
        last = safe_date(first.year, month, day2)
        if last is None or last < first:
            return None
        return first, last, precision_of(first, last)
    return first, first, DAY


def _numeric(m: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date, int] | None:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    options = [d for d in (safe_date(year, b, a), safe_date(year, a, b)) if d]
    # Day-first (ACLED, most of the world) unless only month-first is possible or plausible.
    plausible = [d for d in options if d <= published + dt.timedelta(days=2)]
    chosen = (plausible or options or [None])[0]
    return (chosen, chosen, DAY) if chosen else None


@rule(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
def _iso(m: re.Match[str], published: dt.date):
    day = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return (day, day, DAY) if day else None


@rule(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b")
def _dmy(m: re.Match[str], published: dt.date):
    return _numeric(m, published)


@rule(
    r"\b(?:(?:on\s+)?the\s+night\s+of\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    + MONTH_GROUP
    + r"(?:,?\s+"
    + YEAR_GROUP
    + r")?\b"
)
def _day_month(m: re.Match[str], published: dt.date):
    return _explicit_day(m, published)


@rule(
    r"\b" + MONTH_GROUP + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+" + YEAR_GROUP + r")?\b"
)
def _month_day(m: re.Match[str], published: dt.date):
    return _explicit_day(m, published)
