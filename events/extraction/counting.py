"""The count and fold steps: the candidate's casualties and roles, and whether its clause
tells a new event or more of one told just before. A count with no event of its own ("two
people were killed"), a definite "the strike", or force met by a crowd joins the event told
just before at the same place (a count told for several places is shared out over their
events); an event word with no scene of its own (fold) joins the event told before it as
evidence, with its counts. A sentence that opens another incident ("Hours later, ...") joins
nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import scene
from events.extraction.actors import OPENING, Party, Roles, roles
from events.extraction.candidate import (
    ANAPHOR_WITHIN,
    ANAPHORIC_TRIGGER,
    ATTACH_WITHIN,
    CROWDS,
    ArticleContext,
    Candidate,
)
from events.extraction.casualties import Casualties, parse_casualties
from events.extraction.clause_features import SEPARATOR
from events.extraction.clause_roles import CROWD, NON_STATE, force_level
from events.extraction.codebook_ranks import FORCE_MET, SETTLED
from events.extraction.count_patterns import patterns
from events.extraction.count_told import toll_told
from events.extraction.counts import attach_counts, blank, by_party_type, reported, split_count
from events.extraction.dating import OTHER_OF_ITS_KIND, date_later
from events.extraction.draft import VIOLENT, Draft
from events.extraction.kinds import acled_actor, country_of, event_features
from events.extraction.same_event import SEVERITY
from events.extraction.timex import DAY, TimeRef
from events.extraction.timing import is_past, overlap, past_of
from events.extraction.triggers import Hit
from events.places import AREA_KINDS, Gazetteer, Resolved, same_name
from events.reading.text import Sentence, normalize_name

REMOTE = "Explosions/Remote violence"
RIOT_RANK = 8  # as codebook_ranks.codebook settles a demonstration turned violent
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
    first = next((p for p in _parties_in(c, ctx) if p.end <= start), None)
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
        counted = _without_grievance(counted, ctx.lexicon)
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
        _parties_in(c, ctx),
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
        return not _upgrade_protest(ctx.drafts + ctx.this_sentence, c, ctx)
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
            if _sequel(ctx, c.index) and c.targets:
                return True  # "The latest encounter came a day after three militants were killed in
                # neighbouring Kulgam district": the earlier event, told with a place of its own
            return False  # "the talks broke down after an attack earlier this year ..., that left nearly 100
            # dead": what the earlier event did, not the event told before
        if _dated_to_the_past(c, ctx):
            # "In June only 48 militants were killed during various encounters": not today's; "On Sunday, nine
            # civilians were killed" after Friday's shelling: an earlier event of its own, where that was
            return _earlier_this_week(c, ctx)
        attached = _attach_told(c, ctx, anaphoric)  # "two people were killed", "the strikes on X killed one"
        # "it took place in X" is never an event alone, nor a count told with no event word or place
        return (
            not attached
            and not c.roles_of("locus")
            and not (ctx.below_opening(c.sentence) and c.roles_of("outcome") and not c.targets)
        )
    return True


# an earlier event introduced as a new one, by an indefinite article ("after an airstrike", "after a
# bombing last month"; not "after the attack", which points back at the event told before)
INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her)\b", re.I)
# a sentence whose subject is the event told before, set after another ("The attack comes days after",
# "It came a week after", "The killing also follows by days")
COMES_AFTER = re.compile(
    # the subject: "It", or the event told before by its noun ("The attack", "The Russian attack on Kyiv",
    # not "The soldiers came under attack after ..."); then how long after and the cue, or the cue and a new
    # event (not "came after the gunmen stopped the vehicle": the same event's people)
    r"(?:It|(?:The|This|That|Its)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|killings?|raids?|strikes?|bombings?|"
    r"violence|incidents?|ambush(?:es)?|massacre|shootings?|explosions?|blasts?|assault|offensive|clash(?:es)?|"
    r"encounter|unrest|protests?|demonstrations?)"
    r"(?:\s+(?:on|in|at|near|against)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)"
    r"\s+(?:also\s+)?(?:comes?|came|follows?|followed)\s+(?!under\b)"
    r"(?:(?:just\s+|only\s+|barely\s+|(?:less|more)\s+than\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|"
    r"several|a\s+few|\d+)\s+)?(?:minutes|hours?|days?|weeks?|months?|years?|nights?)\s+"
    r"(?P<cue>after|on\s+the\s+heels\s+of)\s"
    r"|(?P<bare>after|on\s+the\s+heels\s+of)\s+"
    r"(?!(?:the|its|their|his|her|this|that|these|those|it|they|he|she|them)\b))"
)
# where the main clause takes up again after it: a participle of its own (", killing 17 soldiers")
PARTICIPLE_AFTER = re.compile(r",\s+(?:also\s+)?[a-z]+ing\b")
RELATIVE_OPENING = re.compile(r"\s*(?:which|who)\b")  # a relative clause set off by commas


def earlier_aside(ctx: ArticleContext, index: int) -> tuple[int, int] | None:
    """(Read once per sentence: count, fold, the told event's words and the article loop all ask.)"""
    if index not in ctx.asides:
        ctx.asides[index] = _earlier_aside(ctx, index)
    return ctx.asides[index]


def _earlier_aside(ctx: ArticleContext, index: int) -> tuple[int, int] | None:
    """The stretch of sentence ``index`` that tells an earlier event introduced as such after its
    opening ("... comes a week after an airstrike carried out by the
    army, supported by its allies, killed at least nine"; "The raid came after a bombing last month
    that killed 12"): from the cue to the main clause's next participle (", killing 17"), else to the
    sentence's end. None when there is none, when the sentence opens on it ("After an attack on the
    town, five were killed": its own event), when it points back with a definite article ("after the
    attack, which killed 40": the event told before) or in words of mourning."""
    sentence = ctx.sentences[index]
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip(" \"“'"))
    sequel = _sequel(ctx, index)
    if sequel is not None:
        # "The attack comes days after an unnamed cartel set up an explosive device ..., injuring three":
        # the sentence sets the event told before after another; all after the cue is that other's
        return sequel.start("cue" if sequel.group("cue") else "bare"), sentence.end
    for h in ctx.sentence_hits[index]:  # every event word of the sentence, the earlier ones too
        cue = ctx.lexicon.earlier_event.search(ctx.text, max(sentence.start, h.start - 60), h.start)
        if (
            cue is not None
            and cue.start() > opening
            # set against an event the sentence tells before it ("The raid came after a bombing"; not
            # "Police are investigating after a man was shot": the news itself)
            and any(e.end <= cue.start() for e in ctx.sentence_hits[index])
            and INDEFINITE.search(cue.group())
            # (past the cue's own words, whose article is none of the event's: "in the wake of an attack")
            and not DEFINITE.search(cue.group(), _cue_words_end(ctx, cue.group()))
            and not ctx.lexicon.mourning.match(ctx.text, cue.start())
        ):
            comma = ctx.text.rfind(",", sentence.start, cue.start())
            if comma >= 0 and RELATIVE_OPENING.match(ctx.text, comma + 1):
                # "The fighting, which began on Saturday after a militia attack on a camp, left 17 dead":
                # the relative clause closes at its comma, and the main clause takes up again
                closing = ctx.text.find(",", h.end, sentence.end)
                return cue.start(), closing if closing >= 0 else sentence.end
            resumed = PARTICIPLE_AFTER.search(ctx.text, h.end, sentence.end)
            return cue.start(), resumed.start() if resumed else sentence.end
    return None


def _cue_words_end(ctx: ArticleContext, cue: str) -> int:
    """Where the words of an earlier event's cue ("after", "in the wake of") end in its text."""
    words = ctx.lexicon.earlier_cue.match(cue)
    return words.end() if words else 0


def _sequel(ctx: ArticleContext, index: int) -> re.Match[str] | None:
    """The opening of sentence ``index`` when it sets the event told before after another ("The attack
    comes days after ...") and tells an event word after its cue."""
    sentence = ctx.sentences[index]
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip(" \"“'"))
    sequel = COMES_AFTER.match(ctx.text, opening, sentence.end)
    if sequel is None or not any(h.start >= sequel.end() for h in ctx.sentence_hits[index]):
        return None
    return sequel


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
    r"(?:\b(?!(?:They|It|We|The|This|That|On|In|At|But|And|Among|His|Her|Their|Its|He|She)\b)[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,3}?"
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


# what ends one stretch of a sentence: a comma, semicolon, colon, bracket or dash, or a clause of
# its own ("... to mourn a rider killed by police when soldiers shot dead two mourners")
STRETCH_BREAK = re.compile(
    r"[,;:()–—]|\s-\s|\b(?:when|while|whereas|as|after|before|because|but|and\s+(?:then\s+)?[a-z]+ed)\b"
)


def mourned_stretches(
    text: str, lexicon, start: int = 0, end: int | None = None
) -> list[tuple[int, int, int]]:
    """(cue start, cue end, stretch end) of each run of words of mourning in text[start:end]: what
    follows the cue to the end of its stretch tells of the dead mourned."""
    end = len(text) if end is None else end
    out = []
    for cue in lexicon.mourning.finditer(text, start, end):
        stop = STRETCH_BREAK.search(text, cue.end(), end)
        out.append((cue.start(), cue.end(), stop.start() if stop else end))
    return out


def without_mourned(text: str, lexicon) -> str:
    """The text with the dead its words of mourning name blanked, to the end of their stretch
    ("a procession held to mourn the deaths of eight people killed on Tuesday" counts no dead)."""
    for cue_start, _, stop in reversed(mourned_stretches(text, lexicon)):
        text = text[:cue_start] + " " * (stop - cue_start) + text[stop:]
    return text


def _without_grievance(text: str, lexicon) -> str:
    """The text with a protest's grievance blanked: its cue and the noun phrase after it (up to a
    verb of its own: "were shot by police who killed six" is the protest's)."""
    for cue in reversed(list(lexicon.grievance_cue.finditer(text))):
        text = text[: cue.start()] + " " * (cue.end() - cue.start()) + text[cue.end() :]
    return text


# armed men who are not the forces that meet a crowd (police, troops, peacekeepers): what they do is not
# more of a crowd's event, unless done to the crowd ("RSF militiamen opened fire on the march")
GUNMEN = ("rebels", "political_militia", "identity_militia")
CROWD_MET = re.compile(
    r"\b(?:crowds?|march(?:es|ers)?|protest(?:ers|ors|s)?|demonstrat(?:ors|ions?)|rall(?:y|ies)|sit-ins?)\b",
    re.I,
)


def _parties_in(c: Candidate, ctx: ArticleContext) -> list[Party]:
    return [p for p in ctx.parties if c.sentence.start <= p.start < c.sentence.end]


def _upgrade_protest(previous: list[Draft], c: Candidate, ctx: ArticleContext) -> bool:
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
                force = next((p for p in _parties_in(c, ctx) if p.type in ("state_forces", "police")), None)
                force = force or Party(0, 0, "police")
                draft.actor2, draft.inter2 = acled_actor(force, country_of([draft.place], ctx.gazetteer), ctx)
            return True
    return False


def _attach_told(c: Candidate, ctx: ArticleContext, anaphoric: bool = False) -> bool:
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
        if _background_between(max(e for _, e in draft.spans), draft, c, ctx):
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
        and any(p.type in GUNMEN for p in _parties_in(c, ctx))
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
    if c.sentence.start - told_end <= ATTACH_WITHIN and not _background_between(told_end, target, c, ctx):
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
            force = next((p for p in _parties_in(c, ctx) if p.type in ("state_forces", "police")), None)
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


def _background_between(told_end: int, target: Draft, c: Candidate, ctx: ArticleContext) -> bool:
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


def another_incident(c: Candidate, ctx: ArticleContext) -> bool:
    """'Hours later, in Bannu district, militants took over a centre': the sentence opens
    another incident, which is not the event told before."""
    if ctx.lexicon.another_incident.search(c.sentence.text.lstrip()) is not None:
        return True
    # "A second airstrike struck a car carrying civilians, killing three": the clause's event word told as
    # another of its kind at the sentence's opening (not "another soldier died", a count of the same event)
    opening = c.sentence.start + len(c.sentence.text) - len(c.sentence.text.lstrip())
    told = OTHER_OF_ITS_KIND.match(ctx.text, opening)
    if told is not None and told.start() <= c.hit.start < told.end():
        return True
    # "A third civilian died in another strike": the deed told as done in another of its kind, after
    # the verb (the clause's only event word)
    other = OTHER_OF_ITS_KIND.search(ctx.text, *c.clause)
    return (
        other is not None
        and other.start() > opening
        and all(other.start() <= h.start < other.end() or h.trigger.role == "outcome" for h in c.hits)
        and any(other.start() <= h.start < other.end() for h in c.hits)
    )
