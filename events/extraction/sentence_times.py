"""What a sentence reads from the article before its steps run: its times (less the dateline's,
qualifiers', an earlier event's and what is to come; the day before the event told before)
and its actors; and what it hands on to the sentences after it (carry)."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.actors import ActorHit
from events.extraction.candidate import ArticleContext
from events.extraction.dating import dated_before, days_earlier
from events.extraction.kinds import PRONOUN_START
from events.extraction.timex import DAY, TimeRef, news_day
from events.reading.text import Sentence


def sentence_times(ctx: ArticleContext, sentence: Sentence) -> list[TimeRef]:
    """The sentence's times, less the dateline's, qualifiers and an earlier event's time."""
    dateline = ctx.report.dateline.span if ctx.report.dateline else (0, 0)
    earlier = ctx.lexicon.earlier_event_time  # "since a clash ... on Feb. 28": that clash's time
    times = [t for t in ctx.times if sentence.start <= t.start and t.end <= sentence.end
             and not dateline[0] <= t.start < dateline[1] and not t.qualifier
             and not (earlier.search(ctx.text, sentence.start, t.start)
                      and not FIRST_TOLD_BEFORE.search(ctx.text, sentence.start, t.start))
             and not _to_come(ctx.text, sentence.start, t)]  # fmt: skip
    before = _the_day_before(ctx, sentence)
    return sorted([*times, before], key=lambda t: t.start) if before is not None else times


# "were recovered after a clash with rebels in Baao on Friday": the time of an event told for the first
# time after "after" (factuality.FIRST_TOLD_AFTER), not of an earlier one ("a day after a bomb attack on
# Monday")
FIRST_TOLD_BEFORE = re.compile(
    r"(?<!\bday\s)(?<!\bdays\s)(?<!\bhours\s)(?<!\bweeks\s)(?<!\bweek\s)\b(?:after|following)\s+(?:a|an)\s+"
    r"[^,;:.!?]{0,120}?(?:\s+on)?\s*$",
    re.I,
)


# a verb of the future before a time in its clause ("Independence Day, which will be marked on Thursday")
FUTURE_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\bown\s)\b(?:will|shall|won['’]t)\s+(?!of\b)(?:[\w'’-]+,?\s+){0,5}$", re.I
)


# a day and its date joined by a comma ("on Thursday, November 15"): one time, no clause break
DAY_COMMA = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,$")


def _to_come(text: str, start: int, time: TimeRef) -> bool:
    """The time is told in the future ("which will be marked on Thursday"): no event's."""
    # (the clause opens at the last comma, unless the comma only joins a day and its date: "on Thursday,
    # November 15")
    breaks = [start + m.end() for m in re.finditer(r"[,;:]", text[start : time.start])
              if not DAY_COMMA.search(text, start, start + m.end())]  # fmt: skip
    return FUTURE_BEFORE.search(text, max([start, *breaks]), time.start) is not None


# a sentence that opens on the day before the event told before ("In addition, the day before, the
# community came under fire", "A day earlier, a drone struck Omdurman"); not a day inside a clause
# ("protested following the death of a student the day before": that death's day)
DAY_BEFORE = re.compile(
    r"\s*(?:(?:in\s+addition|also|meanwhile|and|separately),?\s+)?(?:on\s+)?"
    r"(?P<e>the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening)|a\s+day\s+(?:earlier|before))"
    r"(?=\s*,|\s+(?:the|a|an|[A-Z]))",
    re.I,
)


# the day before told inside a clause in the past perfect ("a resident, who had been injured the previous
# afternoon in a drone attack on the city, died in hospital"): told from the day the report speaks of
DAY_BEFORE_PERFECT = re.compile(
    r"\bhad\s+(?:been\s+)?[a-z]+ed\s+(?P<e>the\s+(?:day|night|evening)\s+before|"
    r"the\s+previous\s+(?:day|night|evening|morning|afternoon)|a\s+day\s+(?:earlier|before))\b",
    re.I,
)


def _the_day_before(ctx: ArticleContext, sentence: Sentence) -> TimeRef | None:
    """The day before the event told before (or the lede's day), when the sentence opens on it, or tells it
    in the past perfect (DAY_BEFORE_PERFECT) and no other time."""
    found = DAY_BEFORE.match(ctx.text, sentence.start) or DAY_BEFORE_PERFECT.search(
        ctx.text, sentence.start, sentence.end
    )
    if found is None or any(
        t.start < found.end() or found.re is DAY_BEFORE_PERFECT
        for t in ctx.times
        if sentence.start <= t.start < sentence.end
    ):
        return None
    if found.re is DAY_BEFORE_PERFECT and ctx.lexicon.earlier_event_time.search(
        ctx.text, sentence.start, found.start("e")
    ):
        return None  # "protested over the death of a man who had been shot the day before": that death's day
    told = dated_before(ctx)
    anchor = told.time if told is not None else ctx.lede_time
    if found.re is DAY_BEFORE_PERFECT:  # the day before the one the report speaks of, not a span's
        anchor = anchor or news_day(ctx.report.reported)
        anchor = replace(anchor, date_start=anchor.event_date, date_end=anchor.event_date)
    if anchor is None or anchor.precision > DAY:
        return None
    return days_earlier(anchor, 1, found.group("e"), found.start("e"), found.end("e"))


def sentence_actors(ctx: ArticleContext, sentence: Sentence) -> list[ActorHit]:
    return [a for a in ctx.actors if sentence.start <= a.start < sentence.end]


def carry(ctx: ArticleContext, sentence, times, actors) -> None:
    """What the next sentences inherit: the paragraph's time, the last armed actor, the speaker."""
    dated = [t for t in times if not t.is_background and not no_day_of_its_own(ctx.text, sentence.start, t)]
    ctx.paragraph_time = dated[-1] if dated else ctx.paragraph_time
    fighters = [a.actor for a in actors if a.actor.kind in ("military", "armed_group")]
    ctx.paragraph_actor = fighters[-1] if fighters else ctx.paragraph_actor
    leaders = [a.actor for a in actors if a.actor.kind == "government"]
    ctx.speaker = leaders[0] if leaders and not PRONOUN_START.match(sentence.text) else ctx.speaker


# spans of weeks to the report's day ("over the past two weeks"; "in recent days" still dates the
# paragraph's strikes: the bundled example)
RECENT_SPAN = re.compile(r"\b(?:past|last)\s+(?:two|three|four|[2-4])\s+weeks\b", re.I)


# "since she won a fourth term in an election in January": what a span is measured from
SINCE_BEFORE = re.compile(r"\bsince\b[^,;:.!?]{0,120}$", re.I)


# a sentence opened by what came before ("Following last week's invasion ..., officials said")
OPENED_BY_BEFORE = re.compile(r"(?:following|after|in\s+the\s+wake\s+of)\s+[^,;:.!?]*$", re.I)


def day_of_what_came_before(text: str, start: int, time: TimeRef) -> bool:
    """A day told as whose a thing is ("last week's invasion") in the phrase that opens the sentence on what
    came before: that earlier thing's day, not the lede's."""
    if text[time.end : time.end + 2] not in ("'s", "’s"):
        return False
    return OPENED_BY_BEFORE.fullmatch(text, start, time.start) is not None


def no_day_of_its_own(text: str, start: int, time: TimeRef) -> bool:
    """A time inside a 'since' clause dates what a span is measured from, and a span of weeks to
    the report's day is no day of its own: neither dates the paragraph or the lede."""
    if text[time.start : time.start + 6].lower() == "since ":  # "since February 2022"
        return True
    if RECENT_SPAN.search(time.expression):  # "over the past two weeks": a span to the report's day
        return True
    return SINCE_BEFORE.search(text, max(start, time.start - 120), time.start) is not None
