"""When: the time expression an event takes, from its clause, its sentence or its paragraph."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from events.extraction.timex import MONTH, TimeRef


def pick_time(
    times: list[TimeRef],
    anchor: int,
    clause: tuple[int, int],
    inherited: TimeRef | None,
    published: dt.date,
    text: str,
) -> tuple[TimeRef | None, str]:
    """The clause's own time expression, else the sentence's, else the paragraph's."""
    usable = [t for t in times if t.date_start <= published + dt.timedelta(days=1)]
    own = [t for t in usable if clause[0] <= t.start < clause[1]]
    usable = own or [t for t in usable if not t.is_background]
    if usable:  # the event's own time before the telling's ("said on Monday that ... on Sunday"),
        # then the most precise, then the nearest ("Around 20 December (between 18 - 21 December)")
        chosen = min(usable, key=lambda t: (t.speech, t.precision, abs(t.start - anchor)))
        return _from_the_telling(chosen, times, published, text), "explicit"
    if inherited is not None:
        return inherited, "inherited"
    return None, "undated"


# Times told from the day the teller speaks: "overnight", "today", "yesterday", "last night".
DEICTIC = re.compile(r"(?:overnight|today|tonight|yesterday|last\s+night|earlier\s+today|"
                     r"this\s+(?:morning|afternoon|evening))", re.I)  # fmt: skip


# after a telling, what it governs: a complement clause ("the ban the army said on Wednesday it
# would enforce") is told after it, not before it
COMPLEMENT_AFTER = re.compile(r"\s+(?:that|it|they|he|she|we|there|its|their)\b", re.I)
THAT_AFTER = re.compile(r"\s+that\b", re.I)


def _from_the_telling(time: TimeRef, times: list[TimeRef], published: dt.date, text: str) -> TimeRef:
    """ "Overnight fighting killed 13, emergency services said Friday": "overnight" is the
    night before the Friday the teller spoke on, not before the day the report came out: a
    telling after it ("..., officials said on Friday in a statement"), unless that telling has its
    own complement ("... today, defying the ban the army said on Wednesday it would enforce"), or
    a telling before it that introduces it ("The army said on Wednesday that overnight ...")."""
    told = [t for t in times if t.speech and t.precision == time.precision and t.date_end < published
            and (THAT_AFTER.match(text, t.end) if t.end <= time.start
                 else not COMPLEMENT_AFTER.match(text, t.end))]  # fmt: skip
    if time.speech or not told or not DEICTIC.fullmatch(time.expression.strip()):
        return time
    shift = told[0].date_end - published
    return replace(time, event_date=time.event_date + shift, date_start=time.date_start + shift,
                   date_end=time.date_end + shift)  # fmt: skip


def is_past(time: TimeRef, reported: dt.date, recent_days: int) -> bool:
    """Whether the time ended before the report's recent past, or is a month (or longer) all
    before the report's month ("In July, three terrorists were killed" in an August report): background,
    not news."""
    if time.precision >= MONTH and time.date_end < reported.replace(day=1):
        return True
    return time.date_end < reported - dt.timedelta(days=recent_days)


def past_of(times: list[TimeRef], span: tuple[int, int], day: dt.date, recent_days: int) -> bool:
    """Whether the span tells a time (not a telling's, nor a qualifier) in the past of ``day``, as a
    report's past is reckoned (is_past): "It marks the day in 1990 when ...", "Protests broke out in July"
    after a September rally."""
    return any(span[0] <= t.start < span[1] and not t.speech and not t.qualifier
               and is_past(t, day, recent_days) for t in times)  # fmt: skip


def dates_telling(later: TimeRef, told: TimeRef) -> bool:
    """Whether a later sentence's time dates an event first told only by when it was told
    ("said on Monday" ... "on Sunday"): a time of the event itself, no later than the telling."""
    return told.speech and not later.speech and later.date_end <= told.date_end


# How far back a time of telling reaches: "said on Monday" tells of the weekend too.
TELLING_REACH = dt.timedelta(days=2)
ONE_DAY = dt.timedelta(days=1)


def overlap(a: TimeRef, b: TimeRef) -> bool:
    """Whether two times can be one event's; a time of telling reaches back a few days."""
    a_start = a.date_start - TELLING_REACH if a.speech else a.date_start - _night_before(a, b)
    b_start = b.date_start - TELLING_REACH if b.speech else b.date_start - _night_before(b, a)
    return a_start <= b.date_end and b_start <= a.date_end


NIGHT = re.compile(r"\b(?:night|evening|overnight|late)\b", re.I)
DAYTIME = re.compile(r"\b(?:morning|afternoon|noon|midday|daytime|dawn)\b", re.I)


def _night_before(time: TimeRef, other: TimeRef) -> dt.timedelta:
    """ "overnight", reported on Tuesday, began on Monday night: it reaches back to the night before (a
    time told as that day or its night, not its morning or afternoon)."""
    overnight = time.expression.lower().startswith("overnight")
    by_day = NIGHT.search(other.expression) or not DAYTIME.search(other.expression)  # "on Monday" too
    return ONE_DAY if overnight and by_day else dt.timedelta(0)
