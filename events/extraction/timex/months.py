"""Months by name: "in May 2020", "mid-March", "the May 2023 clashes", "a January airstrike",
"last October", "the end of April", "the first week of May"."""

from __future__ import annotations

import datetime as dt
import re

from events.extraction.timex.rules import MONTH_GROUP, YEAR_GROUP, rule
from events.extraction.timex.time_ref import MONTH, MONTHS, WEEK, month_range


def _month_of(m: re.Match[str], published: dt.date, after_of: bool = False) -> tuple[dt.date, dt.date] | None:
    """The month a name (with or without its year) points to: the latest one not after
    publication. None for a bare "May", which is far more often the verb, except after
    "of" ("the first week of May")."""
    month = MONTHS[m.group("mon").lower()]
    if m.group("mon").lower() == "may" and not m.group("year") and not after_of:
        return None
    year = int(m.group("year")) if m.group("year") else published.year
    if not m.group("year") and month > published.month:
        year -= 1
    return month_range(year, month)


def _in_month(m: re.Match[str], published: dt.date, after_of: bool = False):
    month = _month_of(m, published, after_of)
    if month is None:
        return None
    first, last = month
    return first, min(last, max(first, published)), MONTH


@rule(r"\b(?:(?:in|since|during|by|early|late|mid)\s+|mid-)" + MONTH_GROUP + r"(?:\s+" + YEAR_GROUP + r")?\b")
def _month_name(m: re.Match[str], published: dt.date):
    return _in_month(m, published)


# a month and year that name an event: "an October 2017 truck-bombing attack", "the May 2023 clashes"
@rule(r"\b(?:the|its|their|a|an)\s+" + MONTH_GROUP + r"\s+" + YEAR_GROUP + r"(?=\s+[A-Za-z])")
def _month_naming_event(m: re.Match[str], published: dt.date):
    return _in_month(m, published)


# a month alone that names an event ("whose leader was killed in a January US airstrike in Baghdad"): the
# latest such month not after publication (a capital letter: "a march on parliament" is none; no "May"; the
# year group never matches, for _month_of)
@rule(
    r"\b(?:the|its|their|a|an)\s+(?-i:(?P<mon>January|February|March|April|June|July|August|September|"
    r"October|November|December))(?P<year>(?!))?(?!\s+\d)(?=\s+(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*strikes?|attacks?|strikes?|raids?|bombings?|blasts?|explosions?|clash(?:es)?|offensive|"
    r"ambush(?:es)?|assaults?|massacres?|killings?|shelling|coup|uprising)\b)"
)
def _month_naming_event_alone(m: re.Match[str], published: dt.date):
    return _in_month(m, published)


# "last October": the latest October before the month of publication (a year back in October)
@rule(r"\b(?:last|this\s+past)\s+" + MONTH_GROUP + r"\b")
def _last_named_month(m: re.Match[str], published: dt.date):
    month = MONTHS[m.group("mon").lower()]
    year = published.year if month < published.month else published.year - 1
    return (*month_range(year, month), MONTH)


# "the end of April", "the beginning of May 2020": within that month
@rule(r"\b(?:end|beginning|start|middle)\s+of\s+" + MONTH_GROUP + r"(?:\s+" + YEAR_GROUP + r")?\b")
def _part_of_month(m: re.Match[str], published: dt.date):
    return _in_month(m, published, after_of=True)


ORDINAL_WEEKS = {"first": 0, "second": 7, "third": 14, "fourth": 21}


# "the first week of May 2020", "the last week of April": that week
@rule(
    r"\b(?P<ord>first|second|third|fourth|last)\s+week\s+of\s+"
    + MONTH_GROUP
    + r"(?:\s+"
    + YEAR_GROUP
    + r")?\b"
)
def _week_of_month(m: re.Match[str], published: dt.date):
    first, last = _month_of(m, published, after_of=True)
    if m.group("ord").lower() == "last":
        start = last - dt.timedelta(days=6)
    else:
        start = first + dt.timedelta(days=ORDINAL_WEEKS[m.group("ord").lower()])
    return start, min(start + dt.timedelta(days=6), last), WEEK
