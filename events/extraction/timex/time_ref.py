"""TimeRef: a time found in a text (its date, range, precision and span), and the date arithmetic
the rules share: ACLED's precisions, month and weekday names, a day that exists, the latest past
day of a month, a month's first and last day; news_day, the time of an event told as news with no
time expression.

Precision follows ACLED: 1 = the exact day, 2 = within a week (the midpoint is
coded), 3 = within a month. Sitrep adds 4 = only the year is known, used to
recognise background history (such events are not coded as new).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DAY, WEEK, MONTH, YEAR = 1, 2, 3, 4

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(frozen=True)
class TimeRef:
    event_date: dt.date
    date_start: dt.date
    date_end: dt.date
    precision: int
    expression: str
    start: int = -1
    end: int = -1
    # the time of the telling ("officials said on Monday that ..."): the event happened
    # then or shortly before, and a sentence that dates the event itself says more
    speech: bool = False
    # a time in a parenthesis that bounds the date before it ("Around 31 May 2020 (between
    # 31 May - 1 June)"): folded into that date's range, never an event's time of its own
    # (extraction leaves it out of the sentence's times; it still keeps names off its words)
    qualifier: bool = False

    @property
    def is_background(self) -> bool:
        return self.precision == YEAR


def precision_of(start: dt.date, end: dt.date) -> int:
    days = (end - start).days
    return DAY if days <= 1 else WEEK if days <= 7 else MONTH


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def latest_past(month: int, day: int, published: dt.date) -> dt.date | None:
    """The date with this month and day nearest before (or just after) publication."""
    for year in (published.year, published.year - 1):
        candidate = safe_date(year, month, day)
        if candidate and candidate <= published + dt.timedelta(days=2):
            return candidate
    return None


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def news_day(reported: dt.date) -> TimeRef:
    """The time of an event reported as news with no time expression: the day the report
    speaks from, or the day before ("overnight"); coded to that day."""
    return TimeRef(reported, reported, reported, DAY, "", -1, -1)
