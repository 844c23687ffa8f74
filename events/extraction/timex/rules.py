"""The rules that read a time expression, registered in the order they are tried (where two
match the same stretch, the first registered wins: the rule modules are imported in that order, by
find), and the pattern parts they share (a month's name, a weekday, a year)."""

from __future__ import annotations

import re

from events.extraction import prefilter
from events.extraction.timex.time_ref import MONTHS, WEEKDAYS

MONTH_GROUP = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY_GROUP = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
YEAR_GROUP = r"(?P<year>(?:19|20)\d\d)"

RULES: list[tuple[re.Pattern[str], object]] = []


def rule(pattern: str):
    def register(func):
        RULES.append((prefilter.compiled(pattern, re.I), func))
        return func

    return register
