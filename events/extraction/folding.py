"""Step fold: an event word with no scene of its own (no place, or only a country) in an article
that has already told an event joins the event told before it as evidence, with its counts; not
conduct charged in general, how things stand, a day or a year of its own, a run of events, nor an
earlier event the sentence sets aside (that one stands where the sentence places it)."""

from __future__ import annotations

import re

from events.extraction.candidate import (
    ATTACH_WITHIN,
    CROWDS,
    ArticleContext,
    Candidate,
)
from events.extraction.casualties import Casualties
from events.extraction.counts import reported
from events.extraction.dating import date_later
from events.extraction.draft import Draft
from events.extraction.kinds import acled_actor, country_of, event_features
from events.extraction.other_events import another_incident, earlier_aside
from events.extraction.timex import TimeRef
from events.extraction.timing import overlap
from events.extraction.told_before import background_between, parties_in
from events.extraction.triggers import Hit

# armed men who are not the forces that meet a crowd (police, troops, peacekeepers): what they do is not
# more of a crowd's event, unless done to the crowd ("RSF militiamen opened fire on the march")
GUNMEN = ("rebels", "political_militia", "identity_militia")
CROWD_MET = re.compile(
    r"\b(?:crowds?|march(?:es|ers)?|protest(?:ers|ors|s)?|demonstrat(?:ors|ions?)|rall(?:y|ies)|sit-ins?)\b",
    re.I,
)


# what people are charged with, in general: bare nouns after "accused ... of" ("accuse each other of
# attacks on civilians, rape and looting"; not "accused the rebels of the attack", the one told)
CHARGED_OF = re.compile(
    r"\baccus(?:e|es|ed|ing)\b[^.;:]{0,40}?\bof\s+(?:[\w-]+(?:,\s+|\s+and\s+|\s+))*$", re.I
)
DETERMINED = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|\d+)\s+(?:[\w-]+\s+){0,2}$", re.I
)


def _charged_in_general(hit: Hit, c: Candidate, ctx: ArticleContext) -> bool:
    """The event word is a bare noun of what someone is accused of ("accuse each other of attacks on
    civilians, rape and looting"): conduct charged in general, no event told."""
    before = ctx.text[max(c.sentence.start, hit.start - 80) : hit.start]
    return CHARGED_OF.search(before) is not None and DETERMINED.search(before[-30:]) is None


# a clause told in the present as going on ("is being conducted", "are carried out"), not as done
GOING_ON_NOW = re.compile(r"\b(?:is|are)\s+(?:being\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ing)\b")


def fold(c: Candidate, ctx: ArticleContext) -> bool:
    """An event word with no scene of its own (no place, or only a country) in an article
    that has already told an event tells more of that event, not a new one: close to it,
    its sentence joins it as evidence with its counts (and its country, if the event had no place);
    far from it, it adds nothing."""
    if c.diplomatic or c.unknown or c.trigger.placeless or another_incident(c, ctx):
        return True
    if any(t is not None and ctx.gazetteer.kind(t.entry) != "country" for t in c.targets):
        return True
    # (not a headline's: the lede with no scene of its own is the body's first event, not more of the
    # headline, which retells it and is folded into the body's events at the end: headlines.fold_headlines)
    previous = [d for d in ctx.drafts if d.event_type != "Diplomacy" and not d.headline]
    if not previous:
        return True
    aside = earlier_aside(ctx, c.index)
    if aside is not None and aside[0] <= c.hit.start < aside[1]:
        # "This attack comes four days after bandits attacked a camp and killed 17 security agents in Dama
        # village under Sabon Birni": the earlier event, where the rest of the sentence places it; else no
        # part of the event told ("The attack comes days after a cartel set up an explosive device")
        return _placed_in_aside(c, ctx, aside)
    target = previous[-1]
    if not reported(c.casualties) and GOING_ON_NOW.search(ctx.text, *c.clause):
        return False  # "Bombing is being conducted by land and sea": how things stand, no more of the event
    if not reported(c.casualties) and all(_charged_in_general(h, c, ctx) for h in c.hits):
        return False  # "The army and NAS accuse each other of attacks on civilians, rape and looting"
    own_time = [t for t in c.times if not t.is_background]
    if (
        target.event_type in CROWDS
        and target.time is not None
        and target.time.speech
        and any(not t.speech for t in own_time)
        and any(p.type in GUNMEN for p in parties_in(c, ctx))
        and not CROWD_MET.search(c.sentence.text)
    ):
        # "Reuters reported on Friday that protesters set fire to ... He died on Wednesday when unknown
        # gunmen fired at his car": armed men's deed on a day of its own, not the crowd's event's day
        return True
    if date_later(target, own_time, ctx):
        pass  # the event told undated is dated by this later sentence ("on Saturday ... joined the protest")
    elif own_time and not any(overlap(t, target.time) for t in own_time):
        return True  # a day of its own: another event, placed nowhere the text says
    elif not own_time and _years_before(c.times, target):
        return True  # "It marks the day in 1990 when violent protests broke out": a year long past
    if ctx.background(*c.clause) or AGGREGATE.search(ctx.text, *c.clause):
        return False  # "This month the insurgents have launched a wave of attacks across the country": the
        # run of events the one told is part of (or the report's background), no more of it
    told_end = max(e for _, e in target.spans)
    if c.sentence.start - told_end <= ATTACH_WITHIN and not background_between(told_end, target, c, ctx):
        # (not the counts of another event the sentence brings in: "including an attack on a police van a
        # few days ago in which five policemen were martyred")
        counted = Casualties(None, None) if _counted_for_another(c, ctx) else c.casualties
        target.absorb(c.sentence, counted, event_features(c, ctx))
        if target.place is None and not target.unknown_place and c.targets and c.targets[0] is not None:
            target.place = c.targets[0]  # told with no place, then in a country: at least the country
            target.notes.append(f"Place from a later sentence: '{c.targets[0].mention.text}'.")
        if (c.sentence.start, c.sentence.end) not in target.spans:  # more of it: evidence of it
            target.spans.append((c.sentence.start, c.sentence.end))
        if target.event_type in CROWDS and target.actor2 is None:  # the police who met the crowd
            force = next((p for p in parties_in(c, ctx) if p.type in ("state_forces", "police")), None)
            target.actor2, target.inter2 = acled_actor(force, country_of([target.place], ctx.gazetteer), ctx)
    return False


# an event word brought in as a new one, by an indefinite article ("an attack on a police van", "a raid")
BROUGHT_IN = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# then the relative clause its counts are told in ("... a few days ago in which five policemen were martyred",
# "a raid that killed an ISIS leader"), with no clause break before it
ITS_RELATIVE = re.compile(
    r"[^.;:]{0,80}?\b(?:that|which|in\s+which|during\s+which|where)\s+[^.;:,]{0,30}", re.I
)


def _counted_for_another(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause's counts are told in a relative clause of an event word the sentence brings in as a new
    one ("had been involved in attacks ..., including an attack on a police van a few days ago in which
    five policemen were martyred"; "also announced that it had conducted a raid that killed an ISIS
    leader"): that event's, not the event told before (which the sentence would name by "the")."""
    spans = [s for s in (c.casualties.fatal_span, c.casualties.injury_span) if s is not None and s[0] >= 0]
    if not spans:
        return False
    base = c.clause[0] if len(c.clause_spans) > 1 else c.sentence.start
    start = base + min(s[0] for s in spans)
    for h in ctx.sentence_hits[c.index]:
        brought = BROUGHT_IN.search(ctx.text, max(c.sentence.start, h.start - 40), h.start)
        if brought is not None and h.end <= start and ITS_RELATIVE.fullmatch(ctx.text, h.end, start):
            return True
    return False


# many events told together, beyond what the background lexicon reads (modality.yaml "background": "so far
# this year", "in recent weeks", "since the start of"): a run of them, over a country or a month
AGGREGATE = re.compile(
    r"\b(?:a\s+(?:wave|series|spate|string|spree|surge|rise)\s+of|across\s+the\s+(?:country|region|nation)"
    r"|(?:this|last)\s+(?:month|year))\b",
    re.I,
)


def _years_before(times: list[TimeRef], target: Draft) -> bool:
    """The sentence is dated by years alone, each over before the event's day began ("in 1990")."""
    years = [t for t in times if t.is_background and not t.speech]
    return bool(years) and target.time is not None and all(t.date_end < target.time.date_start for t in years)


def _placed_in_aside(c: Candidate, ctx: ArticleContext, aside: tuple[int, int]) -> bool:
    """The earlier event told after "comes ... after", placed by the stretch of the sentence that tells
    it (a place the gazetteer lacks named with its division, or a place below a country named as a
    scene, "in X", "in Dama village under X"; not where people came from or went to): it stands."""
    lacking = ctx.lacking(aside)
    if lacking is not None:
        c.targets, c.unknown = [lacking.region], lacking.place_name
        return True
    words = ctx.lexicon.places
    # (or the region a place the gazetteer lacks is named with: "in Dama village under Sabon Birni")
    regions = {m.start("region") for m in words.unknown_with_region.finditer(ctx.text, *aside)}
    named = [p for p in ctx.places if aside[0] <= p.mention.start < aside[1]
             and ctx.gazetteer.kind(p.entry) != "country"
             and id(p.mention) not in ctx.qualifiers
             and (words.locative.search(ctx.text, max(aside[0], p.mention.start - 60), p.mention.start)
                  or p.mention.start in regions)
             and not _came_or_went(ctx.text, p.mention.start, words)]  # fmt: skip
    if named:
        c.targets = named[:1]
        return True
    return False


def _came_or_went(text: str, start: int, words) -> bool:
    """The name is where people came from or went to ("traders from Damaturu", "a bus carrying
    passengers to Mopti", "a train bound for Kyiv"), not where something happened."""
    before = text[max(0, start - 60) : start]
    return bool(words.origin.search(before) or words.destination.search(before) or words.route.search(before)
                or FROM_OR_TO.search(before))  # fmt: skip


FROM_OR_TO = re.compile(r"\b(?:from|to|for|toward|towards)\s+(?:the\s+)?$", re.I)
