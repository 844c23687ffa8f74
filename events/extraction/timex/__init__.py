"""Time expressions -> event_date, date range and ACLED time_precision, against the publication date.

Precision follows ACLED: 1 = the exact day, 2 = within a week (the midpoint is
coded), 3 = within a month. Sitrep adds 4 = only the year is known, used to
recognise background history (such events are not coded as new).

The modules:
  time_ref  TimeRef (a time found: date, range, precision, span), the precisions, month and
            weekday names, date arithmetic; news_day (an event told as news with no time)
  rules     the rule registry (tried in order) and the pattern parts the rules share
  dates     absolute dates: "2023-05-04", "4/5/2023", "4 May 2023", "May 4-5"
  deictic   times told from the report's day: "today", "on Monday", "three days ago", "last week"
  months    months by name: "in May 2020", "a January airstrike", "last October", "the first week of May"
  years     years: "in 2019", "the 2014 offensive", "last year", "this year"
  find      find_times: every time in a text (times to come left out, qualifiers folded in);
            relative_days: a day told from the day before it ("the following day")
  telling   mark_telling: the times that date a telling ("officials said on Monday")
"""

from events.extraction.timex.find import find_times, relative_days
from events.extraction.timex.telling import mark_telling
from events.extraction.timex.time_ref import DAY, MONTH, MONTHS, WEEK, WEEKDAYS, YEAR, TimeRef, news_day

__all__ = ["DAY", "MONTH", "MONTHS", "WEEK", "WEEKDAYS", "YEAR", "TimeRef", "find_times", "mark_telling",
           "news_day", "relative_days"]  # fmt: skip
