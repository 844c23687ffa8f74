"""Step count: the candidate's casualties and roles, and whether its clause tells a new event or
more of one told just before. A count with no event of its own ("two people were killed"), a
definite "the strike", or force met by a crowd joins the event told just before (told_before); a
toll of many events or a demand of the governed tells none. A sentence that opens another incident
("Hours later, ...") joins nothing (other_events)."""

from __future__ import annotations

import re

from events.extraction.actors import OPENING, Party, Roles, roles
from events.extraction.candidate import (
    ANAPHORIC_TRIGGER,
    CROWDS,
    ArticleContext,
    Candidate,
)
from events.extraction.casualties import Casualties, parse_casualties
from events.extraction.clause_roles import CROWD, NON_STATE
from events.extraction.count_patterns import patterns
from events.extraction.count_told import toll_told
from events.extraction.counts import blank, by_party_type, reported
from events.extraction.other_events import (
    another_incident,
    earlier_aside,
    sequel_opening,
    without_grievance,
    without_mourned,
)
from events.extraction.timex import DAY
from events.extraction.timing import is_past, overlap
from events.extraction.told_before import attach_told, parties_in, upgrade_protest

REMOTE = "Explosions/Remote violence"


# "the gun battle that followed" (and "the ensuing clashes", modality.yaml: ensuing): a
# definite event word that opens a new event, told as following the one before
ENSUING_AFTER = re.compile(r"\s*(?:that|which)\s+(?:followed|ensued)\b", re.I)


AFTERMATH = {"other_development", "occurrence"}  # fleeing, displacement, curfews; "it took place"
# a predicate joined to the one before it by ", and", with no subject of its own ("The bandits rode into the
# settlement on motorcycles, and raided the villages"): a verb in the past tense right after the break
JOINED_PREDICATE = re.compile(r"(?:(?:then|later|also|reportedly|allegedly)\s+)?[a-z]+ed\b")
AND_BEFORE = re.compile(r",\s+and\s*$")


def _shared_subject(c: Candidate, ctx: ArticleContext) -> Party | None:
    """The subject the sentence opens with, when the clause is a predicate joined to the sentence's first
    one with no subject of its own (its actor acts in both); None otherwise."""
    text, start = ctx.text, c.clause[0]
    if start <= c.sentence.start or not AND_BEFORE.search(text, c.sentence.start, start):
        return None
    if not JOINED_PREDICATE.match(text, start):
        return None
    first = next((p for p in parties_in(c, ctx) if p.end <= start), None)
    if (
        first is None
        or first.type == "property"
        or not OPENING.fullmatch(text, c.sentence.start, first.start)
    ):
        return None
    return first


def count(c: Candidate, ctx: ArticleContext) -> bool:
    """Casualties. Force against a crowd, or a count with no event of its own ("two people
    were killed"; "the strike killed three"), goes to the event told just before."""
    # read with its time expressions blanked: "34 late on April 13 before one of the injured died"
    # counts no 13 injured
    undated = ctx.undated_text
    whole = undated[c.sentence.start : c.sentence.end]
    c.counted_text = c.clause_text(undated) if len(c.clause_spans) > 1 else whole
    # a meeting, a call or an agreement counts no dead ("The governor's visit to Bama came a day after
    # Boko Haram fighters attacked the town, killing nine"): the count is the attack's
    counted = without_mourned(c.counted_text, ctx.lexicon)
    base = c.clause[0] if len(c.clause_spans) > 1 else c.sentence.start
    # "The military operation ... comes a week after an airstrike ..., killed at least nine": that part
    # of the sentence tells what the earlier event did
    aside = earlier_aside(ctx, c.index)
    if aside is not None and not aside[0] <= c.hit.start < aside[1]:
        counted = blank(counted, base, aside)  # (an event word inside it counts its own)
    if c.trigger.event_type in CROWDS:
        # "demonstrators gathered in protest over a mine disaster that killed at least 245 people":
        # the grievance's dead, not the protest's
        counted = without_grievance(counted, ctx.lexicon)
    c.casualties = (
        Casualties(None, None)
        if c.diplomatic
        or c.trigger.sub_event_type == "Agreement"  # a deal counts no dead: the war's are not its
        else by_party_type(parse_casualties(counted), ctx.lexicon)
    )
    headline = ctx.report.role(c.sentence.start, c.sentence.end) == "headline"
    c.roles = roles(
        ctx.text,
        c.clause,
        # (not the event words of what people suffered or did after it, beside another: "Residents fled after
        # bandits invaded a village": the bandits act, not those who fled)
        [
            (h.start, h.end)
            for h in c.hits
            if h.trigger.id not in AFTERMATH or all(o.trigger.id in AFTERMATH for o in c.hits)
        ],
        parties_in(c, ctx),
        headline,
        ctx.lexicon,
    )
    if not c.roles.agents and (subject := _shared_subject(c, ctx)) is not None:
        c.roles = Roles((subject,), tuple(p for p in c.roles.victims if p is not subject), c.roles.others)
    # "Since August 5, only eight encounters have been reported ..., in which 16 were killed": the
    # sentence's frame makes every clause's count a period's toll (not another clause's campaign toll:
    # "Two soldiers were killed on Monday, while more than 300 have been killed since the insurgency began")
    found = patterns(ctx.lexicon.casualties)
    framed = len(c.clause_spans) > 1 and reported(c.casualties) and found.since_frame.match(whole) is not None
    if c.casualties.aggregate or framed or toll_told(ctx.text, c.hit.start, c.hit.end):
        return False  # a toll of the war (or of "this month", a time the blanking took away), not an event
    if reported(c.casualties) and not c.targets and found.period.search(counted):
        return False  # "25 Palestinians were killed in the past 24 hours": a tally of many events, no place
    if _many_events_toll(c, ctx):
        return False  # "The skirmishes ... have killed more than 300 Lebanese": a toll of many events
    if _demand_of_the_governed(c, ctx):
        return False  # "The Iran-backed militias ... demand a full withdrawal": no diplomacy
    if c.roles_of("force") and not c.targets:
        # "demonstrators threw stones at police, who responded with tear gas": the same crowd
        return not upgrade_protest(ctx.drafts + ctx.this_sentence, c, ctx)
    # the event word the clause tells: past its counts ("A young man died during the clashes")
    told = next((h for h in c.hits if h.trigger.role not in ("outcome", "locus")), c.hit)
    before = ctx.text[c.clause[0] : told.start]
    anaphoric = ANAPHORIC_TRIGGER.search(before) is not None and not (
        ctx.lexicon.ensuing.search(before) or ENSUING_AFTER.match(ctx.text, told.end)
    )
    struck_before = any(d.event_type == REMOTE for d in ctx.drafts)
    if anaphoric and told.trigger.event_type == REMOTE and not struck_before:
        # "the airstrikes" in a report that has told no strike ("called for air support and 27 were
        # killed during the airstrikes"): a strike of its own, not one told before
        anaphoric = False
    # a count or a scene with no event of its own, or a definite "the strike": told before
    told_before = c.roles_of("locus", "outcome") and (not c.roles.agents or not c.roles_of("outcome"))
    # "a homemade bomb injured at least seven people": a weapon that did it, a strike of its own
    told_before = told_before and not _weapon_did_it(c, ctx, told)
    if (told_before or anaphoric) and not another_incident(c, ctx):
        if aside is not None and aside[0] < c.hit.start < aside[1]:
            if sequel_opening(ctx, c.index) and c.targets:
                return True  # "The latest encounter came a day after three militants were killed in
                # neighbouring Kulgam district": the earlier event, told with a place of its own
            return False  # "the talks broke down after an attack earlier this year ..., that left nearly 100
            # dead": what the earlier event did, not the event told before
        if _dated_to_the_past(c, ctx):
            # "In June only 48 militants were killed during various encounters": not today's; "On Sunday, nine
            # civilians were killed" after Friday's shelling: an earlier event of its own, where that was
            return _earlier_this_week(c, ctx)
        attached = attach_told(c, ctx, anaphoric)  # "two people were killed", "the strikes on X killed one"
        # "it took place in X" is never an event alone, nor a count told with no event word or place
        return (
            not attached
            and not c.roles_of("locus")
            and not (ctx.below_opening(c.sentence) and c.roles_of("outcome") and not c.targets)
        )
    return True


def _dated_to_the_past(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause has a time of its own, of the past (background, older than the report's recent
    days, or before the event told just before): its counts are not that event's."""
    reported, recent = ctx.report.reported, ctx.lexicon.recent_days
    own = _own_times(c)
    last = ctx.drafts[-1] if ctx.drafts else None
    told = last.time if last is not None else None
    if told is not None and any(overlap(t, told) for t in own):
        return False  # "... earlier this month. On 3 June, 12 people were killed in the attack": its day
    # (or before the day the event told just before was told with: "Last week, it also assassinated X
    # in Beirut"; not before a day it was given for want of one)
    return bool(own) and all(
        t.is_background
        or is_past(t, reported, recent)
        or (told is not None and last.time_source == "explicit" and t.date_end < told.date_start)
        for t in own
    )


def _own_times(c: Candidate) -> list:
    """The clause's own times (not when something was told)."""
    return [t for t in c.times if c.clause[0] <= t.start < c.clause[1] and not t.speech]


def _earlier_this_week(c: Candidate, ctx: ArticleContext) -> bool:
    """A count dated before the event told just before, on a day of the report's recent days (not
    background, nor older), with dead or wounded of its own: an event of its own."""
    reported, recent = ctx.report.reported, ctx.lexicon.recent_days
    own = _own_times(c)
    recent_day = all(
        not t.is_background and not is_past(t, reported, recent) and t.precision <= 1 for t in own
    )
    counted = (c.casualties.fatalities or 0) + (c.casualties.injuries or 0) > 0
    return bool(own) and recent_day and counted


def _many_events_toll(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause counts the dead of many events, told in the perfect, with no day of its own and
    no place below a country (not "Russian strikes have killed three people in Kharkiv overnight",
    nor the day's lede "Russian missile strikes have killed at least 10 people in Odesa")."""
    if not patterns(ctx.lexicon.casualties).many_events.search(ctx.text, c.clause[0], c.clause[1]):
        return False
    if any(ctx.gazetteer.kind(p.entry) != "country" for p in c.targets):
        return False
    return not any(c.clause[0] <= t.start < c.clause[1] and t.precision <= DAY and not t.is_background
                   for t in ctx.times)  # fmt: skip


# the subject right before the verb: a name ("Tshisekedi", "Kenya's foreign ministry") or a noun with its
# determiner ("the opposition", "the two leaders", "a government spokesman"); not a pronoun or a
# possessive ("They", "He", "His mother"), nor "among other demands"
SUBJECT_BEFORE = re.compile(
    r"(?:\b(?!(?:They|It|We|The|This|That|On|In|At|But|And|Among|His|Her|Their|Its|He|She)\b)"
    r"[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,3}?"
    r"|\b(?i:the|its|a|an)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w'’-]+)"
    r"(?:\s+(?:has|have|had|also|again|\w+ly))*\s+$"
)


STANCE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:still\s+|also\s+|now\s+)?$")  # "the Kremlin is demanding"


def _demand_of_the_governed(c: Candidate, ctx: ArticleContext) -> bool:
    """A demand or a proposal made by armed men the text does not name ("the Iran-backed
    militias"), crowds or civilians (the clause's agent): what they want, not a move in talks
    (a named party's is: "Hamas proposed a new ceasefire deal", "the Taliban government demanded";
    a crowd's demand is its protest's cause)."""
    if not c.diplomatic or c.trigger.sub_event_type not in ("Demand", "Proposal"):
        return False
    # the clause's agent, else the party before it in the sentence ("the militias oppose X and demand Y")
    before = [p for p in c.roles.others if p.start < c.hit.start]
    agent = c.roles.agents[0] if c.roles.agents else before[-1] if before else None
    if agent is None and c.trigger.sub_event_type == "Demand":
        # made by a pronoun or among others ("among other demands they want the streets paved"): no one
        # named, no move in talks ("Tshisekedi demanded", "the opposition demanded an inquiry" are)
        if STANCE_BEFORE.search(ctx.text, max(c.clause[0], c.hit.start - 20), c.hit.start):
            return True  # a stance held ("the Kremlin is demanding"), no move
        return SUBJECT_BEFORE.search(ctx.text, max(c.clause[0], c.hit.start - 60), c.hit.start) is None
    if agent is None:
        return False
    unnamed = agent.type in NON_STATE and agent.actor is None
    return unnamed or agent.type in (*CROWD, "civilians")


STRIKING = ("remote", "ground", "air", "grenade")
# between the weapon and what it did: words, no clause break ("a homemade bomb injured", "a mortar
# shell fired by the rebels killed")
WEAPON_SUBJECT_GAP = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:also\s+|reportedly\s+)?$")


def _weapon_did_it(c: Candidate, ctx: ArticleContext, told) -> bool:
    """The clause's count is of a weapon's doing, named as its subject ("a homemade bomb injured at
    least seven people", "a landmine killed two soldiers"): the event of that weapon."""
    return any(
        c.clause[0] <= start and end <= told.start and delivery in STRIKING
        and WEAPON_SUBJECT_GAP.fullmatch(ctx.text, end, told.start)
        for start, end, _, delivery in ctx.weapons
    )  # fmt: skip
