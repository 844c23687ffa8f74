"""Time expressions -> event_date, date range and ACLED time_precision, against the publication date.

Precision follows ACLED: 1 = the exact day, 2 = within a week (the midpoint is
coded), 3 = within a month. Sitrep adds 4 = only the year is known, used to
recognise background history (such events are not coded as new).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from events.extraction import prefilter
from events.extraction.prefilter import finder
from events.reading.numbers import CARDINALS

DAY, WEEK, MONTH, YEAR = 1, 2, 3, 4

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"


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


def _ref(start: dt.date, end: dt.date, precision: int, match: re.Match[str]) -> TimeRef:
    if end < start:
        start, end = end, start
    middle = start + (end - start) / 2 if precision > DAY else end
    return TimeRef(middle, start, end, precision, match.group(0), match.start(), match.end())


def _precision_of(start: dt.date, end: dt.date) -> int:
    days = (end - start).days
    return DAY if days <= 1 else WEEK if days <= 7 else MONTH


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _latest_past(month: int, day: int, published: dt.date) -> dt.date | None:
    """The date with this month and day nearest before (or just after) publication."""
    for year in (published.year, published.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate and candidate <= published + dt.timedelta(days=2):
            return candidate
    return None


def _last_weekday(name: str, published: dt.date) -> dt.date:
    back = (published.weekday() - WEEKDAYS.index(name)) % 7
    return published - dt.timedelta(days=back)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _explicit_day(m: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date, int] | None:
    month = MONTHS[m.group("mon").lower()]
    day = int(m.group("day"))
    day2 = int(m.group("day2")) if m.groupdict().get("day2") else None
    if m.group("year"):
        first = _safe_date(int(m.group("year")), month, day)
    else:
        first = _latest_past(month, day2 or day, published)
        if first and day2:
            first = _safe_date(first.year, month, day)
    if first is None:
        return None
    if day2:
        last = _safe_date(first.year, month, day2)
        if last is None or last < first:
            return None
        return first, last, _precision_of(first, last)
    return first, first, DAY


def _numeric(m: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date, int] | None:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    options = [d for d in (_safe_date(year, b, a), _safe_date(year, a, b)) if d]
    # Day-first (ACLED, most of the world) unless only month-first is possible or plausible.
    plausible = [d for d in options if d <= published + dt.timedelta(days=2)]
    chosen = (plausible or options or [None])[0]
    return (chosen, chosen, DAY) if chosen else None


_RULES: list[tuple[re.Pattern[str], object]] = []


def _rule(pattern: str):
    def register(func):
        _RULES.append((prefilter.compiled(pattern, re.I), func))
        return func

    return register


@_rule(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
def _iso(m: re.Match[str], published: dt.date):
    day = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return (day, day, DAY) if day else None


@_rule(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b")
def _dmy(m: re.Match[str], published: dt.date):
    return _numeric(m, published)


@_rule(
    r"\b(?:(?:on\s+)?the\s+night\s+of\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    + _MON
    + r"(?:,?\s+"
    + _YEAR
    + r")?\b"
)
def _day_month(m: re.Match[str], published: dt.date):
    return _explicit_day(m, published)


@_rule(
    r"\b" + _MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+" + _YEAR + r")?\b"
)
def _month_day(m: re.Match[str], published: dt.date):
    return _explicit_day(m, published)


@_rule(
    r"\b(?:overnight\s+(?:(?:into|to|on)\s+)?|(?:on|last|early|late)\s+)?"
    + _WD
    + r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
def _weekday(m: re.Match[str], published: dt.date):
    day = _last_weekday(m.group("wd").lower(), published)
    return day, day, DAY


@_rule(r"\b(?:yesterday|last\s+night)\b")
def _yesterday(m: re.Match[str], published: dt.date):
    day = published - dt.timedelta(days=1)
    return day, day, DAY


@_rule(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)\s*\(" + _WD + r"\)")
def _today_named(m: re.Match[str], published: dt.date):
    """ "earlier today (Sunday)" in a report published the next morning: the day it names."""
    day = _last_weekday(m.group("wd").lower(), published + dt.timedelta(days=1))
    if day > published:  # (never after the report: "today (Sunday)" in Saturday's paper is a slip)
        day -= dt.timedelta(days=7)
    return day, day, DAY


@_rule(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|overnight)\b")
def _today(m: re.Match[str], published: dt.date):
    return published, published, DAY


@_rule(r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six)\s+days?\s+(?:ago|earlier)\b")
def _days_ago(m: re.Match[str], published: dt.date):
    words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    n = words.get(m.group("n").lower()) or int(m.group("n"))
    day = published - dt.timedelta(days=n)
    return day, day, DAY


@_rule(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?\s+ago\b")
def _months_ago(m: re.Match[str], published: dt.date):
    """ "six months ago": that many months before the report, give or take half a month (a month's
    precision)."""
    word = m.group("n").lower()
    n = 1 if word == "a" else int(word) if word.isdecimal() else CARDINALS[word]
    day = published - dt.timedelta(days=round(30.44 * n))
    return day - dt.timedelta(days=15), min(day + dt.timedelta(days=15), published), MONTH


@_rule(r"\b(?P<n>a|one|two|three|[1-3])\s+weeks?\s+(?:ago|earlier)\b")
def _weeks_ago(m: re.Match[str], published: dt.date):
    """ "a week ago", "two weeks earlier": that many weeks before the report, give or take three days."""
    n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(m.group("n").lower()) or int(m.group("n"))
    day = published - dt.timedelta(days=7 * n)
    return day - dt.timedelta(days=3), min(day + dt.timedelta(days=3), published), WEEK


@_rule(
    r"\b(?:in\s+|over\s+)?(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?days\b"
    r"|\b(?:the\s+)?past\s+week\b|\bthis\s+week\b|\bearlier\s+this\s+week\b"
)
def _recent_days(m: re.Match[str], published: dt.date):
    if "this week" in m.group(0).lower():
        return published - dt.timedelta(days=published.weekday()), published, WEEK
    return published - dt.timedelta(days=7), published, WEEK


@_rule(r"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:past|last)\s+(?P<n>two|three|four|[2-4])\s+weeks\b")
def _recent_weeks(m: re.Match[str], published: dt.date):
    """ "over the past two weeks": that span, to the report's day (honest precision: a month's)."""
    n = {"two": 2, "three": 3, "four": 4}.get(m.group("n").lower()) or int(m.group("n"))
    return published - dt.timedelta(days=7 * n), published, MONTH


@_rule(r"\blast\s+week(?:end)?\b")
def _last_week(m: re.Match[str], published: dt.date):
    monday = published - dt.timedelta(days=published.weekday() + 7)
    if m.group(0).lower().endswith("weekend"):
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), WEEK
    return monday, monday + dt.timedelta(days=6), WEEK


@_rule(
    r"\b(?:(?:over|at|during)\s+)?the\s+weekend\b|\bweekend(?=\s+(?:attacks?|raids?|clashes|fighting|strikes?|"
    r"violence|protests?|shooting|bombing|killings?|ambush))"
)
def _the_weekend(m: re.Match[str], published: dt.date):
    """ "over the weekend", "in the weekend attack": the Saturday and Sunday just past (or the report's)."""
    day = published.weekday()
    if day >= 5:  # a report of the weekend itself
        return published - dt.timedelta(days=day - 5), published, WEEK
    sunday = published - dt.timedelta(days=day + 1)
    return sunday - dt.timedelta(days=1), sunday, WEEK


@_rule(r"\b(?:earlier\s+)?this\s+month\b")
def _this_month(m: re.Match[str], published: dt.date):
    return published.replace(day=1), published, MONTH


@_rule(r"\blast\s+month\b")
def _last_month(m: re.Match[str], published: dt.date):
    previous = published.replace(day=1) - dt.timedelta(days=1)
    return (*_month_range(previous.year, previous.month), MONTH)


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
    return _month_range(year, month)


def _in_month(m: re.Match[str], published: dt.date, after_of: bool = False):
    month = _month_of(m, published, after_of)
    if month is None:
        return None
    first, last = month
    return first, min(last, max(first, published)), MONTH


@_rule(r"\b(?:(?:in|since|during|by|early|late|mid)\s+|mid-)" + _MON + r"(?:\s+" + _YEAR + r")?\b")
def _month_name(m: re.Match[str], published: dt.date):
    return _in_month(m, published)


# a month and year that name an event: "an October 2017 truck-bombing attack", "the May 2023 clashes"
@_rule(r"\b(?:the|its|their|a|an)\s+" + _MON + r"\s+" + _YEAR + r"(?=\s+[A-Za-z])")
def _month_naming_event(m: re.Match[str], published: dt.date):
    return _in_month(m, published)


# a month alone that names an event ("whose leader was killed in a January US airstrike in Baghdad"): the
# latest such month not after publication (a capital letter: "a march on parliament" is none; no "May"; the
# year group never matches, for _month_of)
@_rule(
    r"\b(?:the|its|their|a|an)\s+(?-i:(?P<mon>January|February|March|April|June|July|August|September|"
    r"October|November|December))(?P<year>(?!))?(?!\s+\d)(?=\s+(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*strikes?|attacks?|strikes?|raids?|bombings?|blasts?|explosions?|clash(?:es)?|offensive|"
    r"ambush(?:es)?|assaults?|massacres?|killings?|shelling|coup|uprising)\b)"
)
def _month_naming_event_alone(m: re.Match[str], published: dt.date):
    return _in_month(m, published)


# "last October": the latest October before the month of publication (a year back in October)
@_rule(r"\b(?:last|this\s+past)\s+" + _MON + r"\b")
def _last_named_month(m: re.Match[str], published: dt.date):
    month = MONTHS[m.group("mon").lower()]
    year = published.year if month < published.month else published.year - 1
    return (*_month_range(year, month), MONTH)


# "the end of April", "the beginning of May 2020": within that month
@_rule(r"\b(?:end|beginning|start|middle)\s+of\s+" + _MON + r"(?:\s+" + _YEAR + r")?\b")
def _part_of_month(m: re.Match[str], published: dt.date):
    return _in_month(m, published, after_of=True)


ORDINAL_WEEKS = {"first": 0, "second": 7, "third": 14, "fourth": 21}


# "the first week of May 2020", "the last week of April": that week
@_rule(r"\b(?P<ord>first|second|third|fourth|last)\s+week\s+of\s+" + _MON + r"(?:\s+" + _YEAR + r")?\b")
def _week_of_month(m: re.Match[str], published: dt.date):
    first, last = _month_of(m, published, after_of=True)
    if m.group("ord").lower() == "last":
        start = last - dt.timedelta(days=6)
    else:
        start = first + dt.timedelta(days=ORDINAL_WEEKS[m.group("ord").lower()])
    return start, min(start + dt.timedelta(days=6), last), WEEK


# "in 2019", "in late 2014", "the first seven months of 2019", and a year that names an event: "the 2019
# Pulwama bombing", "its 2014 offensive"
@_rule(
    r"\b(?:(?:in|since|during|by)\s+(?:(?:early|late|mid)[\s-]+)?|(?:early|late|mid)[\s-]+"
    r"|(?:months?|weeks?|half|quarter|part|end|start|beginning|middle)\s+of\s+"
    r"|(?:the|its|their|a)\s+(?=\d{4}\s+[A-Za-z]))" + _YEAR + r"\b"
)
def _year(m: re.Match[str], published: dt.date):
    year = int(m.group("year"))
    if year == published.year:
        return dt.date(year, 1, 1), published, YEAR
    return dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR


@_rule(r"\b(?:last|previous)\s+year\b")
def _last_year(m: re.Match[str], published: dt.date):
    year = published.year - 1
    return dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR


@_rule(r"\b(?:earlier\s+|so\s+far\s+)?this\s+year\b")
def _this_year(m: re.Match[str], published: dt.date):
    return dt.date(published.year, 1, 1), published, YEAR


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
            date = _latest_past(month, day, published)
            if date is not None:
                found.append(TimeRef(date, date, date, DAY, match.group(0), match.start() + offset,
                                     match.end() + offset))  # fmt: skip
    for pattern, resolve in _RULES:
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
        precision = max(told.precision, _precision_of(first, last))
        out[lead] = replace(told, date_start=first, date_end=last, precision=precision)
        out.append(replace(ref, qualifier=True))
    return out


def mark_telling(text: str, times: list[TimeRef], telling: re.Pattern[str]) -> list[TimeRef]:
    """The times that date a telling ("officials said on Monday", "told AFP on Sunday",
    "said in a statement Tuesday"), marked as such (TimeRef.speech)."""
    tail = _telling_tail(telling.pattern)
    head = _telling_head(telling.pattern)
    verb = _telling_next(telling.pattern)
    marked = []
    for t in times:
        told = tail.search(text, max(0, t.start - 60), t.start)
        if (
            told is not None
            and told.group().lower().startswith("states")
            and NAME_BEFORE.search(text, max(0, told.start() - 40), told.start())
        ):
            told = None  # "clashes between youths from Warrap and Unity states on Thursday": a noun
        told = told or (
            SENTENCE_OPENING.search(text, max(0, t.start - 4), t.start) and head.match(text, t.end)
        )  # "On Saturday, the defense ministry said that ..."
        # "Nigerian police on Tuesday confirmed that ...": the time between the teller and the verb
        if told is None and not SENTENCE_OPENING.search(text, max(0, t.start - 4), t.start):
            told = verb.match(text, t.end)
        # "Fresh violence was reported on Tuesday": the event told, when it happened (not "it was")
        passive = (told is not None and told.group().lower().startswith("reported")
                   and EVENT_PASSIVE.search(text, max(0, told.start() - 30), told.start()))  # fmt: skip
        marked.append(replace(t, speech=True) if told and not passive else t)
    return marked


# "states" after a name is a plural noun, no verb of telling ("Warrap and Unity states", "Gulf states")
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
# before a verb of telling: a passive whose subject is what happened, not "it" ("it was reported")
EVENT_PASSIVE = re.compile(r"(?<!\bit )(?<!\bIt )\b(?:was|were)\s+$")


# where a sentence opens (a time there, set off by a comma, may date the telling after it)
SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?i:on\s+|late\s+|early\s+)?$")


@lru_cache(maxsize=4)
def _telling_head(verbs: str) -> re.Pattern[str]:
    """After a time that opens a sentence: a comma, a short subject with no clause break, and a
    verb of telling ("On Saturday, the defense ministry said"; not "On Saturday, gunmen killed
    five, police said"); with no comma, a verb of telling and "that" ("On Saturday the defense
    ministry reported that ten soldiers were killed"; not across "and": "On Saturday rebels shelled
    Goma and officials said that ...")."""
    return re.compile(
        rf",\s+(?:[\w'’.-]+\s+){{1,5}}?(?i:{verbs})\b"
        rf"|\s+(?:(?!(?i:and|but|or)\b)[\w'’.-]+\s+){{1,5}}?(?i:{verbs})\s+that\b"
    )


@lru_cache(maxsize=4)
def _telling_next(verbs: str) -> re.Pattern[str]:
    """A verb of telling and its "that" right after a time inside a sentence ("The army on Monday said
    that"; not "... last week claimed 14 lives", "the ministry on Monday said it shot down drones launched
    overnight")."""
    return re.compile(rf"\s+(?i:{verbs})\s+that\b")


@lru_cache(maxsize=4)
def _telling_tail(verbs: str) -> re.Pattern[str]:
    """A verb of telling, then what may stand before its time: "in a statement", "to
    reporters", a name ("told AFP"), where it was told ("told DAILY POST in Kaduna"), "late", "on"
    (compiled once per lexicon)."""
    return re.compile(
        rf"(?i:{verbs})(?:\s+(?:(?i:in\s+a\s+\w+(?:\s+\w+)?|to\s+\w+|reporters)"
        r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
        r"(?:\s+(?i:late|early))?(?:\s+(?i:on))?\s*$"
    )


def news_day(reported: dt.date) -> TimeRef:
    """The time of an event reported as news with no time expression: the day the report
    speaks from, or the day before ("overnight"); coded to that day."""
    return TimeRef(reported, reported, reported, DAY, "", -1, -1)


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
