"""More of the event told just before. A count with no event of its own ("two people were killed")
or a definite "the strike" joins it at the same place (attach_told): a count told for several
places is shared out over their events, a division's event split over the towns a later sentence
names in it; force met by a crowd is the crowd's event's (upgrade_protest). Also what the count and
fold steps both ask: the parties a sentence names, background told since the event."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import scene
from events.extraction.actors import Party
from events.extraction.candidate import (
    ANAPHOR_WITHIN,
    ATTACH_WITHIN,
    CROWDS,
    ArticleContext,
    Candidate,
)
from events.extraction.casualties import Casualties
from events.extraction.clause_features import SEPARATOR
from events.extraction.clause_roles import force_level
from events.extraction.codebook_ranks import FORCE_MET, SETTLED
from events.extraction.counts import attach_counts, reported, split_count
from events.extraction.dating import date_later
from events.extraction.draft import VIOLENT, Draft
from events.extraction.kinds import acled_actor, country_of, event_features
from events.extraction.other_events import earlier_aside
from events.extraction.same_event import SEVERITY
from events.extraction.timing import past_of
from events.places import AREA_KINDS, Gazetteer, Resolved, same_name
from events.reading.text import Sentence, normalize_name

RIOT_RANK = 8  # as codebook_ranks.codebook settles a demonstration turned violent


def parties_in(c: Candidate, ctx: ArticleContext) -> list[Party]:
    return [p for p in ctx.parties if c.sentence.start <= p.start < c.sentence.end]


def upgrade_protest(previous: list[Draft], c: Candidate, ctx: ArticleContext) -> bool:
    """'Police fired tear gas at protesters': the protest just told met force, the force's (the
    soldiers or police the sentence names, else the police) its second actor."""
    sentence, casualties = c.sentence, c.casualties
    for draft in reversed(previous[-4:]):
        if draft.event_type in CROWDS and sentence.start - draft.sentence.end < 400:
            settled: list[str] = []
            if draft.event_type == "Protests":
                level = force_level(sentence.text, casualties)
                if SEVERITY[level] > SEVERITY.get(draft.sub_event_type, 0):
                    draft.sub_event_type = level
                # what the codebook settles, so that typing the event again keeps it
                settled = [f"{SETTLED}{FORCE_MET}:Protests{SEPARATOR}{draft.sub_event_type}"]
            draft.absorb(sentence, casualties, settled)
            if (sentence.start, sentence.end) not in draft.spans:  # the force is told: evidence of it
                draft.spans.append((sentence.start, sentence.end))
            if draft.actor2 is None:
                force = next((p for p in parties_in(c, ctx) if p.type in ("state_forces", "police")), None)
                force = force or Party(0, 0, "police")
                draft.actor2, draft.inter2 = acled_actor(force, country_of([draft.place], ctx.gazetteer), ctx)
            return True
    return False


def attach_told(c: Candidate, ctx: ArticleContext, anaphoric: bool = False) -> bool:
    """'Two people were killed.' or 'The strikes on X killed one.' after an event: more of
    that event, not a new one. It joins the latest violent event of the body (the headline
    retells it) told shortly before at the same place (or, told with no place, the latest
    one). A count told for several places is shared out over the events at them
    (counts.attach_counts). "The attack took place 60 km from X" tells where the attack told
    before was, relative to X: that attack, not another."""
    text, gazetteer = ctx.text, ctx.gazetteer
    areas = all(gazetteer.kind(p.entry) in AREA_KINDS for p in c.targets)
    lacking = ctx.lacking(c.clause) if areas else None
    # a scene of its own the gazetteer lacks ("in the town of X in Plateau state", "in X"): more of
    # the event told there (or told in that region with no more precise place), else a new event
    if lacking:
        own = lacking.place_name
    else:
        own = None if c.targets else scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon, ctx.abroad)
    names = scene.listed_places(
        ctx.text, c.clause, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places
    )
    if len(names) > 1 and c.roles_of("outcome", "locus"):
        attach_counts(
            ctx.drafts, c.sentence, ctx.lexicon, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.text
        )
        return True
    relative = anaphoric and all(t is not None and t.mention.relation for t in c.targets)
    told_in_body = any(not d.headline for d in ctx.drafts)
    for draft in reversed(ctx.drafts[-8:]):
        if draft.event_type not in (*VIOLENT, *CROWDS) or (
            draft.headline and (told_in_body or not c.targets)
        ):
            continue  # the headline retells the lede: the body's sentences tell the body's events (the
            # headline's own, when the body has told none of its own, its lede folded into it, and the
            # sentence names where: "the incident, which happened ... in Magami village")
        within = ANAPHOR_WITHIN if anaphoric else ATTACH_WITHIN
        if c.sentence.start - max(e for _, e in draft.spans) > within:
            return False
        if c.targets and not relative and not _same_place(draft, c.targets, ctx.gazetteer):
            division = None if own or not _retold_there(c, ctx) else _namesake_division(draft, c.targets, ctx)
            if division is None:
                continue
            draft.place = division  # "in Batangas" then "the encounter in Balayan": Batangas province
        if own and draft.unknown_place != own:
            if lacking and _in_region(draft, lacking, gazetteer):
                draft.place, draft.unknown_place = lacking.region, own
            elif anaphoric and _area_only(draft, gazetteer):
                draft.unknown_place = own  # "attacked a town in Artibonite" ... "The attack in Pont-Sonde"
            else:
                continue
        if background_between(max(e for _, e in draft.spans), draft, c, ctx):
            return True  # it goes on with the background told since ("Protests began in April. Police
            # dispersed some of those protests"): no more of this event
        aside = earlier_aside(ctx, c.index)
        # "The attack comes days after an unnamed cartel set up an explosive device": the words after the
        # cue are the other event's, no feature of this one
        told = [] if aside is not None and c.hit.end <= aside[0] else event_features(c, ctx)
        draft.absorb(c.sentence, c.casualties, told + _forces_hurt(draft, c))
        _refine(draft, c, ctx.gazetteer)
        _split_over_places(draft, c, ctx)
        if relative and c.targets and draft.place is None and not draft.unknown_place:
            draft.place = c.targets[0]  # told with no place before: where it was, relative to X
        date_later(draft, c.times, ctx)
        return True
    return False


def _forces_hurt(draft: Draft, c: Candidate) -> list[str]:
    """Security forces killed or wounded at a demonstration ("One Abu Tira soldier was killed"):
    the crowd turned violent, the codebook's violent demonstration."""
    hurt = (c.casualties.fatalities or 0) + (c.casualties.injuries or 0) > 0
    forces = any(p.type in ("state_forces", "police") for p in c.roles.victims)
    if draft.event_type != "Protests" or not hurt or not forces:
        return []
    return [f"{SETTLED}{RIOT_RANK}:Riots{SEPARATOR}Violent demonstration"]


def _area_only(draft: Draft, gazetteer: Gazetteer) -> bool:
    """The draft is placed at an area (a division, a region, a country) and no more precisely."""
    return (
        draft.place is not None
        and gazetteer.kind(draft.place.entry) in AREA_KINDS
        and not draft.unknown_place
    )


def _in_region(draft: Draft, lacking: scene.RegionFallback, gazetteer: Gazetteer) -> bool:
    """The draft is told in the region a place the gazetteer lacks is named with (or in an area
    holding it), with no more precise place of its own."""
    here = draft.place.entry if draft.place is not None else None
    region = lacking.region.entry
    inside = here is not None and (here == region or gazetteer.contains(here, region))
    return inside and not draft.unknown_place


def _refine(draft: Draft, c: Candidate, gazetteer: Gazetteer) -> None:
    """'Belgorod region' then 'the drone struck Novaya Naumovka': the event is at the
    village, the more precise place the later sentence names within the first (not the same
    name told again: "the province of Kandahar" ... "the attack in Kandahar")."""
    here = draft.place.entry if draft.place is not None else None
    inside = [t for t in c.targets if t is not None and here is not None and t.entry != here
              and gazetteer.contains(here, t.entry) and not same_name(draft.place, t)]  # fmt: skip
    if len(inside) == 1:
        draft.place, draft.unknown_place = inside[0], ""
        if (c.sentence.start, c.sentence.end) not in draft.spans:
            draft.spans.append((c.sentence.start, c.sentence.end))


def _split_over_places(draft: Draft, c: Candidate, ctx: ArticleContext) -> None:
    """ "Russian forces shelled the Kherson region, killing two people" then "A man was killed in the
    village of Bilozerka and a woman died in Antonivka": the division's event is one event at each
    town the later sentence names within it (as ACLED codes a location-day), its count shared out."""
    gazetteer = ctx.gazetteer
    if draft.place is None or gazetteer.kind(draft.place.entry) not in ("admin1", "admin2", "region"):
        return
    here = draft.place.entry
    towns = list({t.entry: t for t in c.targets if t is not None and gazetteer.kind(t.entry) == "city"
                  and gazetteer.contains(here, t.entry)}.values())  # fmt: skip
    if len(towns) < 2:
        return
    shares, note = split_count(
        draft.casualties, c.sentence.text, [t.mention.text for t in towns], ctx.lexicon
    )
    copies = [draft] + [replace(draft, spans=list(draft.spans), notes=list(draft.notes),
                                features=set(draft.features)) for _ in towns[1:]]  # fmt: skip
    for copy, town in zip(copies, towns, strict=True):
        copy.place, copy.unknown_place = town, ""
        copy.casualties = shares.get(normalize_name(town.mention.text), Casualties(None, None))
        copy.notes = [*copy.notes, note] if note else copy.notes
    at = ctx.drafts.index(draft)
    ctx.drafts[at + 1 : at + 1] = copies[1:]


def _retold_there(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause tells where the event told before took place, and nothing of its own: no count,
    no day, no "more" or "also" ("the encounter in Balayan took place at 1:38 am"; not "The strike in
    Chuhuiv killed two more", "On Tuesday, one person was killed in Izmail")."""
    own_time = any(not t.is_background and not t.speech for t in c.times)
    return not reported(c.casualties) and not own_time and not MORE_OR_ALSO.search(c.counted_text or "")


MORE_OR_ALSO = re.compile(r"\b(?:more|also|another|other|further|separate(?:ly)?)\b", re.I)


def _namesake_division(draft: Draft, targets: list[Resolved | None], ctx: ArticleContext) -> Resolved | None:
    """The draft's town has a division of its name among its candidates that holds the place the
    later sentence names ("an encounter in Batangas" read as the city, then "the encounter in
    Balayan", a town of Batangas province): the division was meant. Not a town told as one ("the city
    of Kharkiv", "Donetsk city") or filed from ("KHARKIV, Ukraine (Reuters) -")."""
    gazetteer = ctx.gazetteer
    if draft.place is None or gazetteer.kind(draft.place.entry) != "city" or draft.unknown_place:
        return None
    mention = draft.place.mention
    dateline = ctx.report.dateline.place if ctx.report.dateline else (0, 0)
    if mention.settlement_word or dateline[0] <= mention.start < dateline[1]:
        return None
    named = [t for t in targets if t is not None and gazetteer.kind(t.entry) == "city"]
    for entry, _ in draft.place.mention.candidates:
        if (
            gazetteer.kind(entry) in ("admin1", "admin2")
            and named
            and all(gazetteer.contains(entry, t.entry) for t in named)
        ):
            why = f"'{draft.place.mention.text}' read as the division holding '{named[0].mention.text}'"
            return replace(draft.place, entry=entry, evidence=(*draft.place.evidence, why))
    return None


def _same_place(draft: Draft, targets: list[Resolved | None], gazetteer: Gazetteer) -> bool:
    """A target is the draft's place, holds it, or lies in it; not a town in the area a scene the
    gazetteer lacks was placed in ("a clash was reported in West Wollo, Degollo Jama", put in Amhara,
    is not retold by "Fano forces are no longer in Bahir Dar, Gondar"): that scene is the name it lacks."""
    if draft.place is None:
        return False
    here = draft.place.entry
    return any(t is not None and (t.entry == here or gazetteer.contains(t.entry, here)
                                  or (not draft.unknown_place and gazetteer.contains(here, t.entry)))
               for t in targets)  # fmt: skip


def background_between(told_end: int, target: Draft, c: Candidate, ctx: ArticleContext) -> bool:
    """A sentence between the event told and this one tells background ("Yemen has been engulfed
    by civil war since 2015, months after the Houthi rebels seized control of Sanaa. They took over
    much of the country's north"): this one goes on with the background, not with the event,
    unless it gives the count the event lacks."""
    told, more = target.casualties, c.casualties
    if (more.fatalities and told.fatalities is None) or (more.injuries and told.injuries is None):
        return False  # "Dozens were arrested and 12 injured, police said": the count the event lacked
    between = [s for s in ctx.sentences if told_end <= s.start and s.end <= c.sentence.start]
    return any(ctx.background(s.start, s.end) or _dated_earlier(s, target, ctx) for s in between)


def _dated_earlier(sentence: Sentence, target: Draft, ctx: ArticleContext) -> bool:
    """The sentence is dated in the past of the event's day ("Protests broke out in Moscow in July"
    before a rally in September): what follows it goes on with that time, not with the event."""
    if target.time is None or (sentence.start, sentence.end) in target.spans:
        return False
    span = (sentence.start, sentence.end)
    return past_of(ctx.times, span, target.time.date_start, ctx.lexicon.recent_days)
