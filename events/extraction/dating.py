"""The date step: when the candidate's event happened. It takes the clause's, sentence's or
paragraph's time (else the lede's, else the day the report speaks from) and drops an event
told as background (only a year, or older than the report's recent past). A later sentence
may date an event told before it undated, or only by when it was told (``date_later``,
``date_told_event``), unless its time is when a campaign began."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from events.extraction.candidate import ANAPHOR_WITHIN, ArticleContext, Candidate
from events.extraction.draft import DATE_NOTES, VIOLENT, Draft
from events.extraction.timex import DAY, WEEK, TimeRef, news_day
from events.extraction.timing import dates_telling, is_past, pick_time
from events.reading.text import Sentence

# a time another is measured from ("the deadliest since March", "the worst until May")
MEASURED_FROM = re.compile(r"\b(?:since|until|till|before)\s+$", re.I)


# a time in a clause a count or span is measured from ("the third since AQAP's former leader, Khaled
# Batarfi, died on March 10"): through an apposition's commas, not past the sentence's end
SINCE_CLAUSE = re.compile(r"\bsince\s[^;:.!?]{0,80}$", re.I)


def measured_from(time: TimeRef, text: str) -> bool:
    return (
        MEASURED_FROM.search(text, max(0, time.start - 12), time.start) is not None
        or MEASURED_FROM.match((time.expression.split() or [""])[0] + " ") is not None
        or SINCE_CLAUSE.search(text, max(0, time.start - 90), time.start) is not None
    )


def date_told_event(
    ctx: ArticleContext,
    sentence: Sentence,
    times: list[TimeRef],
    old: bool = False,
    talks: bool = False,
    kinds: frozenset[str] = frozenset(),
) -> None:
    """A sentence with event words but no event of its own ("Tedros said the hospital was hit
    on Friday") dates the event told just before it, if that was told undated or only by when
    it was told; with ``talks`` (its event words all diplomacy's: "The talks, held on Sunday at an
    undisclosed location, were fruitful"), the talks told just before it. With ``old`` (a sentence
    that names the event again: "The attack took place last January"), a time before the report's
    recent past dates it too: told at its own time."""
    told = ctx.told_just_before(sentence, diplomacy=talks)
    if told is not None and not talks and told.event_type not in kinds:
        # "Fighting has broken out in recent days ... Villages were shelled since 4 February ... On 5
        # February, fighting flared": the event of the sentence's kind told last, not another kind's
        told = next((d for d in reversed(ctx.drafts) if not d.headline and d.event_type in kinds
                     and sentence.start - max(e for _, e in d.spans) <= ANAPHOR_WITHIN), told)  # fmt: skip
    if told is not None:
        date_later(told, [t for t in times if not t.speech], ctx, old)


# a day's event named by its day ("Wednesday's attack", "Sunday’s deadly strike"): the event word
# at most two words after the possessive
POSSESSIVE_DAY = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")


def date_named_event(ctx: ArticleContext, index: int, times: list[TimeRef]) -> None:
    """An event named by its day in a later sentence ("shortly before Wednesday's attack in Erbil,
    two rockets landed"), whatever else that sentence tells: the latest violent event told before
    it undated, close enough to be the one named, happened that day."""
    sentence = ctx.sentences[index]
    told = next((d for d in reversed(ctx.drafts) if not d.headline and d.event_type in VIOLENT), None)
    if (
        told is None
        or told.time_source != "undated"
        or sentence.start - max(e for _, e in told.spans) > ANAPHOR_WITHIN
    ):
        return
    for time in times:
        if time.speech or time.precision > DAY:
            continue
        named = next(
            (h for h in ctx.sentence_hits[index] if h.trigger.event_type in VIOLENT
             and POSSESSIVE_DAY.fullmatch(ctx.text, time.end, h.start)),
            None,
        )  # fmt: skip
        if named is None or is_past(time, ctx.report.reported, ctx.lexicon.recent_days):
            continue
        if CAME_AFTER_NAMED.search(ctx.text, max(sentence.start, time.start - 40), time.start):
            continue  # "The killings came after Sunday's attack on a church": another event, before them
        if _placed_elsewhere(named.end, sentence, told, ctx):
            continue  # "Friday's shooting of a lawmaker in Owerri": an event at another place
        told.time, told.time_source = time, "explicit"
        told.notes = [n for n in told.notes if not n.startswith(DATE_NOTES)]
        told.notes.append(f"Date from a later sentence that names it by its day: '{time.expression}'.")
        return


# what the event told before came after: "came after", "followed", "following"
CAME_AFTER_NAMED = re.compile(
    r"\b(?:(?:come|comes|came|coming)\s+(?:[\w-]+\s+){0,3}?after|follow(?:s|ed|ing)|in\s+the\s+wake\s+of)\s+$",
    re.I,
)


def _placed_elsewhere(end: int, sentence: Sentence, told: Draft, ctx: ArticleContext) -> bool:
    """A place named shortly after the event word ("Saturday's counter-offensive near Arbinda") that
    is not where the event told before was, nor holds it or lies in it."""
    here = told.place.entry if told.place is not None else None
    gazetteer = ctx.gazetteer

    def apart(entry: int) -> bool:
        return here is None or not (gazetteer.contains(entry, here) or gazetteer.contains(here, entry))

    return any(end <= p.mention.start < min(sentence.end, end + 60) and p.entry != here and apart(p.entry)
               for p in ctx.places)  # fmt: skip


# a word and the relative pronoun after it: a noun's relative clause ("the Rwandan force that
# deployed to Mozambique last month"), or a telling's complement ("officials said that ...")
RELATIVE = re.compile(r"(?<![\w-])([a-z][\w-]*)\s+(?:that|which|who)\b")
CLAUSE_END = re.compile(r"[,;:.!?]")
NON_RESTRICTIVE = re.compile(r"\s*(?:which|who|whose)\b")  # a relative clause opening after a comma
# a name just before that comma, not the object of a preposition ("The raid on Nur Shams, which began
# on Thursday night": the clause is the raid's)
NAMED_BEFORE = re.compile(
    r"(?:^|\s)(?!(?i:on|in|at|of|near|against)\s)(?![A-Z])[\w'’-]+\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,$"
)


def in_relative_clause(time: TimeRef, ctx: ArticleContext) -> bool:
    """The time is told inside a noun's relative clause (no clause break between them): when that
    noun's clause happened, not the event told before."""
    sentence = next((s for s in ctx.sentences if s.start <= time.start < s.end), None)
    if sentence is None:
        return False
    breaks = [m.end() for m in CLAUSE_END.finditer(ctx.text, sentence.start, time.start)]
    opening = NON_RESTRICTIVE.match(ctx.text, breaks[-1], time.start) if breaks else None
    if opening is not None and (
        NAMED_BEFORE.search(ctx.text, max(0, breaks[-1] - 40), breaks[-1])
        # "who" and "whose" tell of a person, never of an event ("the deputy governor of Badakhshan, who was
        # killed on his way to work on Tuesday"): a name after a preposition too
        or (
            PERSON_PRONOUN.match(ctx.text, opening.start(), opening.end())
            and NAME_BEFORE_COMMA.search(ctx.text, max(0, breaks[-1] - 40), breaks[-1])
        )
    ):
        # "for Moscow, which last week took over Avdiivka": of the name before the comma (not "the
        # incident, which happened on Saturday": the event's own time)
        return True
    found = list(RELATIVE.finditer(ctx.text, breaks[-1] if breaks else sentence.start, time.start))
    if not found or ctx.lexicon.telling.fullmatch(found[-1].group(1)):
        return False
    if _complement_of_a_telling(found[-1], ctx):
        return False  # "said in a statement that the attack took place on Sunday": what was said
    # "A resident who asked not to be named said the attack took place on Wednesday": the clause
    # ended where the sentence's own verb of telling comes, a word or more after the pronoun (not
    # "the official who said on Monday ...": that telling is the clause's)
    first_word = re.match(r"\s*\S+", ctx.text[found[-1].end() : time.start])
    after = found[-1].end() + (first_word.end() if first_word else 0)
    return not any(  # (not the clause's own verb after its auxiliary: "who had reported threats on Monday")
        not AUXILIARY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        for m in ctx.lexicon.telling.finditer(ctx.text, after, time.start)
    )


# what a telling's "that" may follow: its occasion or its hearers ("said in a statement that", "told
# reporters on Monday that"), a few words with no clause break
TOLD_BEFORE_THAT = 40


def _complement_of_a_telling(found: re.Match[str], ctx: ArticleContext) -> bool:
    """The "that" opens what a verb of telling a few words before it said ("Kabore said in a statement
    that the attack took place on Sunday", "police told reporters that ..."), not a relative clause of
    the noun before it (not "the militants who attacked ...", nor "a statement that was released")."""
    if not found.group(0).endswith("that"):
        return False
    start = found.start(1)
    window = max(0, start - TOLD_BEFORE_THAT)
    before = ctx.text[window:start]
    verbs = list(ctx.lexicon.telling.finditer(before))
    return (
        bool(verbs)
        and CLAUSE_END.search(before, verbs[-1].end()) is None
        # (the press told and the occasion between them, no noun of the "that"'s own: "told reporters the
        # convoy that left Djibo on Wednesday", "said the statement that was released on Monday")
        and ctx.lexicon.told_before_that.fullmatch(ctx.text, window + verbs[-1].end(), found.end(1))
        is not None
    )


PERSON_PRONOUN = re.compile(r"\s*(?:who|whose)\b")
# a name after a preposition, before the comma ("the deputy governor of Badakhshan,"): a noun's, not the
# sentence's subject ("Gunmen, who arrived on motorbikes on Tuesday, killed 12": the event's own time)
NAME_BEFORE_COMMA = re.compile(
    r"\b(?:of|in|from|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"(?:\s+(?:province|region|state|district|county))?,$"
)
AUXILIARY_BEFORE = re.compile(r"\b(?:had|has|have|was|were|is|are|been|be)\s+$", re.I)


# another event of its kind told before the time ("a similar joint operation", "another raid", "a second
# strike"): that event's day, not the one told before (not "another soldier died", "a second day")
OTHER_OF_ITS_KIND = re.compile(
    r"(?<!\bone\s)\b(?:an?\s+similar|another|an?\s+(?:second|third)|(?:a\s+)?separate)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|air\s*strikes?|raids?|operations?|incidents?|blasts?|explosions?|clash(?:es)?|protests?|"
    r"bombings?|ambush(?:es)?|assaults?|shelling)\b",
    re.I,
)


def date_later(draft: Draft, times: list[TimeRef], ctx: ArticleContext, old: bool = False) -> bool:
    """An event told undated, or told only by when it was told, takes the first time of a later
    sentence about it (not background; a recent one, unless ``old``); whether it did."""
    usable = [t for t in times if not (t.is_background or measured_from(t, ctx.text)
                                       or in_relative_clause(t, ctx))]  # fmt: skip
    # the event's own time before the day it was told on ("told DAILY POST on Monday that the incident
    # took place on Sunday": Sunday)
    time = next((t for t in usable if not t.speech), usable[0] if usable else None)
    if time is None or not (
        draft.time_source == "undated" or dates_telling(time, draft.time) or _narrows(time, draft.time)
    ):
        return False
    if ctx.lexicon.campaign_begun.search(ctx.text, max(0, time.start - 80), time.start):
        return False  # "The offensive was launched on Wednesday": when the campaign began, not this event
    sentence = next((s for s in ctx.sentences if s.start <= time.start < s.end), None)
    if sentence is not None and OTHER_OF_ITS_KIND.search(ctx.text, sentence.start, time.start):
        return False  # "Forces had launched a similar operation at Malangpora late last night": another's day
    if not old and is_past(time, ctx.report.reported, ctx.lexicon.recent_days):
        return False
    draft.time, draft.time_source = time, "explicit"
    draft.notes = [n for n in draft.notes if not n.startswith(DATE_NOTES)]
    draft.notes.append(f"Date from a later sentence: '{time.expression}'.")
    return True


def _overnight_of_the_story(time: TimeRef, ctx: ArticleContext) -> bool:
    """'Also overnight, ...' in a report whose lede dates its story days before the report's day:
    the night of that story, not the night before the report came out."""
    lede = ctx.lede_time
    return (
        time.expression.lower() == "overnight"
        and lede is not None
        and lede.precision == 1
        and (ctx.report.reported - lede.event_date).days >= 2
    )


def _narrows(time: TimeRef, told: TimeRef) -> bool:
    """A later day inside the span the event was told in ("over the last week" ... "the May 10
    attack"): the event's day, told more precisely."""
    return (
        not time.speech
        and time.precision < told.precision
        and told.date_start <= time.date_start
        and time.date_end <= told.date_end
    )


# "The latest incident came a day after six civilians were killed in Beni": the event after it
# is the one told before, this one that many days earlier
DAYS_AFTER = re.compile(
    r"\b(?:came|comes|happened|occurred|took\s+place|followed|follows)\s+"
    r"(?:(?:just|only|barely|nearly|almost|about|some|less\s+than)\s+)?(?P<n>a|one|two|three|four|five|six|\d)"
    # (through an apposition, "three militants, among them ...,", not into a clause of its own: ", as
    # tanks shelled Jabalia")
    r"\s+days?\s+after\s+(?:(?!,\s+(?:as|while|and|but|when|after|before)\b)[^;:.!?]){0,160}$",
    re.I,
)
DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _days_before_the_story(c: Candidate, ctx: ArticleContext) -> TimeRef | None:
    """The clause's event told as so many days before the event told before it ("came a day
    after ..."), dated from that event's time."""
    found = DAYS_AFTER.search(ctx.text, c.sentence.start, c.hit.start)
    told = dated_before(ctx) if found is not None else None
    if told is None or told.time.precision > WEEK:
        return None
    n = found.group("n").lower()
    return days_earlier(told.time, DAY_COUNTS.get(n) or int(n), found.group(0).split(" after ")[0],
                        found.start(), found.end())  # fmt: skip


def days_earlier(time: TimeRef, days: int, expression: str, start: int, end: int) -> TimeRef:
    """That time moved so many days back, told by the expression at [start, end)."""
    shift = dt.timedelta(days=days)
    return TimeRef(time.event_date - shift, time.date_start - shift, time.date_end - shift, time.precision,
                   expression, start, end)  # fmt: skip


# "That same night, Makulo village ... came under attack": the day of the event told before
SAME_DAY = re.compile(
    r"\b(?:that|the)\s+same\s+(?:day|night|evening|morning|afternoon)\b[^.;:!?]{0,200}$|"
    r"\blater\s+(?:that|the\s+same)\s+(?:day|night|evening)\b[^.;:!?]{0,200}$",
    re.I,
)


def _the_same_day(c: Candidate, ctx: ArticleContext) -> TimeRef | None:
    """The clause's event told as on the same day or night as the event told before it, with
    no time of its own: that event's time."""
    if not SAME_DAY.search(ctx.text, c.sentence.start, c.hit.start):
        return None
    told = dated_before(ctx)
    if told is None or told.time_source == "undated" or told.time.precision > DAY:
        return None
    return told.time


def _same_day_as_the_past(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause's event told as on the same day as what the sentence before it dated to the
    past ("In August, police found 19 bodies ... The same day, ... there were fierce clashes"):
    background too, though the event told last is today's."""
    if not SAME_DAY.search(ctx.text, c.sentence.start, c.hit.start):
        return False
    # (a time measured from, "since March 2023", dates no event)
    before = [t for t in ctx.times if t.end <= c.sentence.start and not t.speech
              and not t.expression.lower().startswith("since")]  # fmt: skip
    if not before:
        return False
    last = before[-1]
    told = dated_before(ctx)
    if told is not None and told.time_source != "undated" and told.time.start >= last.start:
        return False  # the event told last was dated by that time (or a later one)
    # (a background time dates nothing: "the deadliest attack since March 2023. The same day, ...")
    return not last.is_background and is_past(last, ctx.report.reported, ctx.lexicon.recent_days)


def dated_before(ctx: ArticleContext) -> Draft | None:
    """The last event the body told with a time (a headline's retells the lede's)."""
    return next((d for d in reversed(ctx.drafts) if d.time is not None and not d.headline), None)


# a verb telling, in the present, that something goes on
GOING_ON = re.compile(
    r"\b(?:continues|continue|(?:is|are)\s+continuing|rages|rage|persists|persist|goes\s+on)\b", re.I
)
RELATIVE_TO = re.compile(
    r"\b(?:before|after|following|since|ahead\s+of|until|by|on|at|during)\s+(?:the\s+)?$", re.I
)


def _day_of_another(time: TimeRef, c: Candidate, text: str) -> bool:
    """The time names the day of a thing that is not the candidate's event ("kept a vigil where
    results from Tuesday's vote were expected to be released": the vote's day, not the vigil's; not
    "Tuesday's attack killed five", nor "shortly before Wednesday's attack, rockets landed": a time
    the event is told relative to)."""
    if text[time.end : time.end + 2] not in ("'s", "’s") or any(
        POSSESSIVE_DAY.fullmatch(text, time.end, h.start) for h in c.hits
    ):
        return False  # no day's thing, or the event's own ("Tuesday's deadly attack")
    return RELATIVE_TO.search(text, max(0, time.start - 30), time.start) is None


def _count_measured_from(time: TimeRef, c: Candidate, text: str) -> bool:
    """The time is what a count set off after the event word is measured from ("A teenager was killed in
    a raid on Beitin, the fourth death in the West Bank since Monday"): the count's first day, not the
    event's (not "Clashes have raged in Gusau since Monday": the clause's own span). (A count since a time
    of the past, "the death tally since December 2020", still tells of the past: date keeps it.)"""
    measured = MEASURED_FROM.search(text, max(0, time.start - 12), time.start) or MEASURED_FROM.match(
        (time.expression.split() or [""])[0] + " "
    )
    if time.start < c.hit.end or not measured:
        return False
    return "," in text[c.hit.end : time.start]


# a relative clause in the perfect after the event word: a time in it is that clause's ("the war that has
# killed ... since April")
PERFECT_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:has|have|had)\b")


def date(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause's, sentence's or paragraph's time; none: the day the report speaks from.
    Background (only a year, or older than the report's recent past) is not a new event."""
    reported = ctx.report.reported
    # (not a relative clause's time after the event word: "resumed negotiations aimed at ending the war that
    # has killed more than 9,000 people since April" tells when the war's dead fell, not the talks)
    times = [t for t in c.times if not _day_of_another(t, c, ctx.text)
             and not PERFECT_RELATIVE.search(ctx.text, c.hit.end, t.start)
             and not (_count_measured_from(t, c, ctx.text)
                      and not is_past(t, reported, ctx.lexicon.recent_days))]  # fmt: skip
    c.time, c.time_source = pick_time(times, c.hit.start, c.clause, ctx.paragraph_time, reported, ctx.text)
    if c.time is not None and (c.time.is_background or is_past(c.time, reported, ctx.lexicon.recent_days)):
        return False
    if c.time is not None and _overnight_of_the_story(c.time, ctx):
        c.time = replace(ctx.lede_time, expression=c.time.expression, start=c.time.start, end=c.time.end)
        c.notes.append(f"'{c.time.expression}' read as the night of the story the lede dates.")
    own = c.time_source == "explicit"
    if not own and _same_day_as_the_past(c, ctx):
        return False
    same = None if own else _the_same_day(c, ctx)
    days_before = None if own or same is not None else _days_before_the_story(c, ctx)
    if same is not None:
        c.time, c.time_source = same, "inherited"
        c.notes.append(f"Date of the event told before ('{same.expression}'): told as the same day or night.")
    elif days_before is not None:
        c.time, c.time_source = days_before, "explicit"
        c.notes.append(f"Dated from the event told before: '{c.time.expression}'.")
    elif c.time_source == "inherited":
        c.notes.append(f"Date from an earlier sentence: '{c.time.expression}'.")
    elif c.time is None and GOING_ON.search(ctx.text, *c.clause):
        c.time = news_day(reported)  # "Fighting continues in Ann": going on as the report speaks
        c.notes.append("No date in the text; told as going on: the report's day (or the day before).")
    elif c.time is None and ctx.lede_time is not None:  # more of the story the lede dates
        c.time, c.time_source = ctx.lede_time, "inherited"
        c.notes.append(f"Date from the lede: '{c.time.expression}'.")
    elif c.time is None and ctx.told_on is not None:  # "the ISPR said on Tuesday": the report's day
        c.time = news_day(ctx.told_on)
        c.notes.append(
            "No date in the text; reported as news: the day the lede was told (or the day before)."
        )
    elif c.time is None:
        c.time = news_day(reported)
        c.notes.append("No date in the text; reported as news: the report's day (or the day before).")
    return True
