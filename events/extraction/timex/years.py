"""Years: "in 2019", "in late 2014", "the first seven months of 2019", "the 2019 Pulwama bombing",
"last year", "this year" (a year's precision: background)."""

from __future__ import annotations

import datetime as dt
import re

from events.extraction.timex.rules import YEAR_GROUP, rule
from events.extraction.timex.time_ref import YEAR


# "in 2019", "in late 2014", "the first seven months of 2019", and a year that names an event: "the 2019
# Pulwama bombing", "its 2014 offensive"
@rule(
    r"\b(?:(?:in|since|during|by)\s+(?:(?:early|late|mid)[\s-]+)?|(?:early|late|mid)[\s-]+"
    r"|(?:months?|weeks?|half|quarter|part|end|start|beginning|middle)\s+of\s+"
    r"|(?:the|its|their|a)\s+(?=\d{4}\s+[A-Za-z]))" + YEAR_GROUP + r"\b"
)
def _year(m: re.Match[str], published: dt.date):
    year = int(m.group("year"))
    if year == published.year:
        return dt.date(year, 1, 1), published, YEAR
    return dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR


@rule(r"\b(?:last|previous)\s+year\b")
def _last_year(m: re.Match[str], published: dt.date):
    year = published.year - 1
    return dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR


@rule(r"\b(?:earlier\s+|so\s+far\s+)?this\s+year\b")
def _this_year(m: re.Match[str], published: dt.date):
    return dt.date(published.year, 1, 1), published, YEAR
