"""Every time expression in a text (find_times): the rules tried in order, the longest match kept
where two overlap, times to come left out, a parenthesised qualifier folded into the date it bounds;
a day told from the day before it ("the following day": relative_days)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from events.extraction.prefilter import finder

# the rule modules, imported for their rules in the order they are tried (dates, then times told from
# the report's day, months, years)
from events.extraction.timex import dates, deictic, months, years  # noqa: F401
from events.extraction.timex.rules import RULES
from events.extraction.timex.time_ref import DAY, TimeRef, latest_past, precision_of


def _ref(start: dt.date, end: dt.date, precision: int, match: re.Match[str]) -> TimeRef:
    if end < start:
        start, end = end, start
    middle = start + (end - start) / 2 if precision > DAY else end
    return TimeRef(middle, start, end, precision, match.group(0), match.start(), match.end())


AHEAD = re.compile(
    r"\b(?:later\s+this|next|the\s+coming)\s+(?:week|month|year)\b|\btomorrow\b"
    r"|\b(?:next|this\s+coming)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    # when a state begins ("a cessation of hostilities starting Friday", "a curfew effective Monday")
    r"|\b(?:starting|effective|as\s+of|with\s+effect\s+from)\s+(?:on\s+)?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|\bin\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months)\b",
    re.I,
)


def find_times(text: str, published: dt.date, offset: int = 0, holidays=()) -> list[TimeRef]:
    """Every time expression in ``text`` (longest match wins where two overlap); ``holidays``
    are (name pattern, month, day) of fixed-date holidays ("on Christmas")."""
    found: list[TimeRef] = []
    for pattern, month, day in holidays:
        for match in finder(pattern).finditer(text):
            date = latest_past(month, day, published)
            if date is not None:
                found.append(TimeRef(date, date, date, DAY, match.group(0), match.start() + offset,
                                     match.end() + offset))  # fmt: skip
    for pattern, resolve in RULES:
        for match in pattern.finditer(text):
            resolved = resolve(match, published)
            if resolved is None:
                continue
            start, end, precision = resolved
            ref = _ref(start, end, precision, match)
            found.append(
                TimeRef(
                    ref.event_date,
                    ref.date_start,
                    ref.date_end,
                    ref.precision,
                    ref.expression,
                    ref.start + offset,
                    ref.end + offset,
                )
            )
    # a time to come ("a summit slated for later this month", "talks next week"): no time of an event
    # told as news, nor is the part of it that names a time of the present ("this month")
    ahead = [(m.start() + offset, m.end() + offset) for m in AHEAD.finditer(text)]
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[TimeRef] = []
    for ref in found:
        if kept and ref.start < kept[-1].end:
            continue
        if any(a < ref.end and ref.start < b for a, b in ahead):
            continue
        kept.append(ref)
    return _qualified(text, kept, offset)


# A parenthesis right after a date that opens with another ("Around 31 May 2020 (between
# 31 May - 1 June)", "On 4 May (or 5 May)"): it bounds the date told before it, not a second time.
QUALIFIER_OPEN = re.compile(
    r"\s*\((?:\s*(?:between|from|or|and|possibly|likely|sometime|week\s+of))*\s*", re.I
)


def _qualified(text: str, times: list[TimeRef], offset: int) -> list[TimeRef]:
    """The times with each parenthesised qualifier folded into the date it follows: that
    date stays the event's, its range widens to the qualifier's (and its precision with it);
    the qualifier's own times stay in the list, marked (TimeRef.qualifier)."""
    out: list[TimeRef] = []
    lead, close = -1, -1  # the date being qualified (its index in out), the parenthesis's end
    for ref in times:
        if lead >= 0 and ref.start - offset < close:
            pass  # another time inside the same parenthesis
        elif (
            out
            and not out[-1].qualifier
            and QUALIFIER_OPEN.fullmatch(text, out[-1].end - offset, ref.start - offset)
        ):
            lead, close = len(out) - 1, text.find(")", ref.end - offset)
        else:
            lead, close = -1, -1
        if lead < 0 or close < 0:
            out.append(ref)
            continue
        told = out[lead]
        first, last = min(told.date_start, ref.date_start), max(told.date_end, ref.date_end)
        precision = max(told.precision, precision_of(first, last))
        out[lead] = replace(told, date_start=first, date_end=last, precision=precision)
        out.append(replace(ref, qualifier=True))
    return out


# a day told from the day before it in its paragraph ("raided on 26 January, and on the following day
# Mitambo came under attack"): one day after that time (a sentence that opens on "the day before" is
# read from the event told before it: sentence_times._the_day_before)
RELATIVE_DAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|a\s+day\s+later)\b",
    re.I,
)
RELATIVE_REACH = 300  # how far back the day it is told from may stand: its sentence or the one before


def relative_days(text: str, times: list[TimeRef]) -> list[TimeRef]:
    """The times with each day told from the last day before it (RELATIVE_DAY) added, dated the day
    after it (a telling's day is no event's to count from)."""
    added = []
    for m in RELATIVE_DAY.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in times):
            continue
        before = [t for t in times if m.start() - RELATIVE_REACH <= t.start and t.end <= m.start()
                  and t.precision == DAY and not (t.speech or t.qualifier)]  # fmt: skip
        if not before or "\n" in text[before[-1].end : m.start()]:
            continue  # (not across a paragraph)
        day = before[-1].event_date + dt.timedelta(days=1)
        added.append(TimeRef(day, day, day, DAY, m.group(0), m.start(), m.end()))
    return sorted(times + added, key=lambda t: t.start)
