"""The per-sentence core. The event words of a sentence that tell something that happened
(not a forecast, a negation, a question or background) are grouped by clause; each clause
with event words is one Candidate (events.extraction.candidate), which the named steps of
STEPS fill in turn: locate and arm (here), place (placing) and fall_back (fallbacks), count and fold
(counting), date (dating), kind, cast and qualify (kinds). A step that returns False drops
the candidate: it tells nothing new, or its count or force belongs to an event told just
before. What survives becomes one Draft per place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from events.extraction import classify, scene
from events.extraction.actors import ActorHit
from events.extraction.candidate import (
    ANAPHORIC_TRIGGER,
    CROWDS,
    OPENING_PARAGRAPHS,
    ArticleContext,
    Candidate,
)
from events.extraction.casualties import NUMBER, Casualties, number_value
from events.extraction.counting import another_incident, count, earlier_aside, fold, mourned_stretches
from events.extraction.counts import place_key, reported, split_count
from events.extraction.dating import date, measured_from
from events.extraction.draft import DATE_NOTES, VIOLENT, Draft
from events.extraction.fallbacks import fall_back
from events.extraction.kinds import cast, fallback, kind, qualify
from events.extraction.lexicon import PlaceWords
from events.extraction.modality import modality_blocks
from events.extraction.place_lists import listed_scenes
from events.extraction.placing import place
from events.extraction.timex import DAY, TimeRef
from events.extraction.triggers import LEADING_SUBORDINATE, Hit, clause_of, clauses
from events.places import Gazetteer, Resolved
from events.reading.text import Sentence, normalize_name

# a clause told as the setting of the one before ("..., as rival groups fight for control")
SUBORDINATE_OPENING = re.compile(r"\s*(?:as|while|amid|with)\b", re.I)
CROWD_PARTIES = ("protesters", "rioters")


def sentence_drafts(
    ctx: ArticleContext, index: int, times: list[TimeRef], actors: list[ActorHit]
) -> list[Draft] | None:
    """The drafts of one sentence: one candidate per clause with factual event words (None
    when it has no event word told as having happened)."""
    sentence = ctx.sentences[index]
    spans = clauses(sentence, ctx.sentence_hits[index])
    hits = ctx.sentence_hits[index] = _crowd_demands(ctx, sentence, spans, ctx.sentence_hits[index])
    protest = any(h.trigger.event_type in CROWDS for h in hits) or _crowd_goes_on(ctx, sentence)
    factual = [h for h in hits if ctx.entry or _factual(h, sentence, spans, ctx, protest)]
    factual = [h for h in factual if not _coordinated_with_unfactual(h, hits, factual, ctx)]
    factual = [h for h in factual if not _circumstance_of_violence(h, hits, ctx)]
    factual = [h for h in factual if not _figurative_clash(h, ctx)]
    factual = [h for h in factual if not _operation_of_arrests(h, factual, spans, ctx)]
    factual = [h for h in factual if not _armed_blockade(h, spans, ctx)]
    if not factual:
        return None  # nothing told as having happened: a count here belongs to an event before
    drafts: list[Draft] = []
    ctx.this_sentence = drafts
    unplaced = 0  # weak event words with no place of their own ("hospitalised with gunshot wounds")
    groups = _apart_from_aside(
        _outcome_with_its_event(_groups(factual, spans), spans, ctx), earlier_aside(ctx, index)
    )
    for group in groups:
        anchor = next((h for h in group if h.trigger.role != "force"), group[0])
        c = Candidate(index, sentence, anchor, group, factual, spans, times, actors)
        failed = next((step for step in STEPS if not step(c, ctx)), None)
        if failed is None:
            made = list(to_drafts(c, ctx))
            drafts.extend(made + gapped_drafts(c, made, ctx))
        elif failed is place and c.roles_of("weak"):
            unplaced += 1
    own_time = any(sentence.start <= t.start < sentence.end for t in times)
    if not drafts and unplaced == len(groups) and not own_time:
        # no event told: "Two others were hospitalised with gunshot wounds" counts the one before (not "the
        # deadliest attack since the 2019 massacre, in which 160 soldiers were killed": a time of its own)
        return None
    return drafts


def _cause_of_toll(hit: Hit, sentence: Sentence, ctx: ArticleContext, opener: int) -> bool:
    """ "Close to 20 people died and 60 were injured after a suicide bombing at a mosque": the
    sentence tells only the toll before "after", so the event after it is what caused the toll
    (unless that event has a time of its own: "died on Saturday after the bombing ... last Tuesday"
    tells later deaths of an earlier event)."""
    index = next(k for k, s in enumerate(ctx.sentences) if s.start == sentence.start)
    before = [h for h in ctx.sentence_hits[index] if h.start < opener]
    own_time = any(opener <= t.start < sentence.end for t in ctx.times) and any(
        sentence.start <= t.start < opener for t in ctx.times
    )  # the toll told at one time, its cause at another
    return (
        ctx.text[opener : opener + 5].lower() == "after"
        and not own_time
        and bool(before)
        and all(h.trigger.role == "outcome" for h in before)
    )


CROWD_SUBJECT = re.compile(r"\s*(?:They|The\s+(?:protesters|protestors|demonstrators|crowd|marchers))\b")


def _crowd_goes_on(ctx: ArticleContext, sentence) -> bool:
    """'They demanded ...' right after a demonstration told in the paragraph: the crowd's own words."""
    told = ctx.drafts[-1] if ctx.drafts else None
    return (
        told is not None
        and told.event_type in CROWDS
        and told.sentence.paragraph == sentence.paragraph
        and CROWD_SUBJECT.match(sentence.text) is not None
    )


def _crowd_demands(ctx: ArticleContext, sentence: Sentence, spans, hits: list[Hit]) -> list[Hit]:
    """A demand made by a crowd named before it in its clause, with no crowd event word in
    the sentence ("Hundreds of protesters forced their way into the palace to demand justice"): the
    crowd's protest, read as a protest word."""
    if any(h.trigger.event_type in CROWDS for h in hits):
        return hits
    crowds = [p.start for p in ctx.parties if p.type in CROWD_PARTIES and sentence.start <= p.start]
    protest = ctx.lexicon.trigger("protest")
    return [
        Hit(h.start, h.end, protest)
        if h.trigger.sub_event_type == "Demand"
        and any(clause_of(h.start, spans)[0] <= c < h.start for c in crowds)  # the crowd's own clause
        else h
        for h in hits
    ]


BLOCKADE = re.compile(r"(?P<verb>block(?:ed|ing)?\b)|blockaded|road ?blocks?", re.I)


def _armed_blockade(hit: Hit, spans, ctx: ArticleContext) -> bool:
    """A road blocked by no crowd: its subject (the party named last before it in its clause) is armed
    ("Police blocked the road to parliament", "M23 rebels blocked the main road to Goma"), a measure of
    force or control; or the verb "block" has no party before it at all ("a landslide blocked the
    highway"). Protesters, farmers and residents who block a highway protest ("Police said that farmers
    blocked ...")."""
    blockade = BLOCKADE.match(ctx.text, hit.start) if hit.trigger.id == "protest" else None
    if blockade is None:
        return False
    start = clause_of(hit.start, spans)[0]
    before = [p for p in ctx.parties if start <= p.start < hit.start]
    if not before:
        return blockade.group("verb") is not None  # "roadblocks went up across the city" stays a protest
    return classify.group_of(before[-1].type) == "armed"


# after a retelling subject ("This attack", "The Houthi attack"): what follows is set against it in time
COMES_AFTER = re.compile(
    r"\s+(?:comes?|came)\s+(?:(?:[\w-]+\s+){0,3}(?:after|before)|as|amid|while|at\s+the\s+same\s+time\s+as)\b"
)


# what opens a clause telling the circumstances of the event before it
CIRCUMSTANCE = re.compile(r"\bwhile\b", re.I)  # (not "when": "were killed when the landmines exploded")


def _circumstance_of_violence(hit: Hit, hits: list[Hit], ctx: ArticleContext) -> bool:
    """A development told in a clause of circumstance after a violent event word ("The clash happened
    while soldiers were on patrol"): what the violence befell, not a development of its own."""
    return hit.trigger.event_type == "Strategic developments" and any(
        v.trigger.event_type in VIOLENT
        and v.end <= hit.start
        and CIRCUMSTANCE.search(ctx.text, v.end, hit.start)
        for v in hits
    )


PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:[\w-]+\s+)?$", re.I)
OPERATION = re.compile(r"\boperations?\b", re.I)


SEIZURES = {"arrests", "interception"}  # what an operation made that is no fight: arrests, weapons seized


def _operation_of_arrests(hit: Hit, hits: list[Hit], spans, ctx: ArticleContext) -> bool:
    """ "A security operation captured two dissidents", "In an operation against smugglers, troops
    recovered a cache of arms": an operation told only by the arrests it made or the weapons it seized,
    with no other event word of violence in its clause (no fight, no one hurt, no strike; the weapons
    seized are no strike: "recovered two IEDs"), is the arrest or the seizure, no battle."""
    if hit.trigger.id != "fighting" or not OPERATION.search(ctx.text, hit.start, hit.end):
        return False
    clause = clause_of(hit.start, spans)
    own = [h for h in hits if h is not hit and clause[0] <= h.start < clause[1]]
    seized = [h for h in own if h.trigger.id in SEIZURES]
    told = {h.trigger.id for h in own if not any(s.start <= h.start and h.end <= s.end for s in seized)}
    return bool(seized) and not told & (classify.VIOLENT_WORDS | classify.REMOTE_WORDS)


FIRST_OF_TWO = re.compile(r"\s+between\s+(?P<first>[^,;.()]{1,60}?)\s+and\s")


def _figurative_clash(hit: Hit, ctx: ArticleContext) -> bool:
    """A clash between things that are no party, named or described ("a clash between political
    aspirations and law enforcement", "the clash between tradition and reform"): a figure of speech."""
    if hit.trigger.id != "clash":
        return False
    pair = FIRST_OF_TWO.match(ctx.text, hit.end)
    if pair is None:
        return False
    start, end = pair.span("first")
    named = re.search(r"\b[A-Z]", pair.group("first"))
    return not named and not any(start <= p.start < end for p in ctx.parties)


# what was heard ("explosions were heard", "residents heard gunfire"): a sound, not an attack told
HEARD_AFTER = re.compile(
    r"\s+(?:(?:was|were|could\s+be|can\s+be|could\s+also\s+be|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:\w+ly\s+)?heard\b",
    re.I,
)
HEARD_BEFORE = re.compile(
    r"\b(?:heard|hearing|hear)\s+(?:the\s+|an?\s+)?(?:(?:sound|sounds|noise)\s+of\s+)?"
    r"(?:(?:loud|heavy|several|multiple|sporadic|intense|powerful|huge|distant|two|three|four|five|\d+)\s+){0,2}$",
    re.I,
)
TOLD_AFTER_HEARD = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|dead|died|destroyed|destroying|damaged|"
    r"hit|struck|rocked|ripped|tore|targeted)\b",
    re.I,
)


# a clause set under the one told, after its event word ("met on Monday, ... as the two neighbours aimed
# to stabilise ties that have faltered in recent years"): its own time and habits, not the event's
SUBORDINATE_AFTER = re.compile(
    r"(?<!\bwell)(?<!\bmany)(?<!\bmuch)(?<!\bsuch)(?<!\bsoon)(?<!\bfar)"  # (not "as well as", "such as")
    r",?\s+(?:as(?!\s+(?:well|many|much|far|long|soon|part|of|such|a|an|the)\b)|while|amid|whereas|which|that|who)\s",
    re.I,
)


def _short_of_a_subordinate(text: str, hit: Hit, clause: tuple[int, int]) -> int:
    """Where the clause's own words end: at the first subordinate clause opening after the event word."""
    found = SUBORDINATE_AFTER.search(text, hit.end, clause[1])
    return found.start() if found else clause[1]


def _outside_relatives(
    words: tuple[int, int], clause: tuple[int, int], hit: Hit, spans
) -> list[tuple[int, int]]:
    """The clause's own words less the relative clauses told inside it before the event word
    (triggers._resumed: "The Arakan Army, which has been fighting the regime since 2023, took a camp":
    the subject's background, not the event's)."""
    pieces, start = [], words[0]
    for inner in sorted(s for s in spans if s != clause and clause[0] < s[0] and s[1] <= hit.start):
        if inner[0] > start:
            pieces.append((start, inner[0]))
        start = max(start, inner[1])
    return [*pieces, (start, words[1])]


def _factual(hit: Hit, sentence: Sentence, spans, ctx: ArticleContext, protest: bool) -> bool:
    """Not hypothetical, negated, a question or background; not a protest's demand; a
    weapon word only with a weapon; not the launch of what was then shot down."""
    clause = clause_of(hit.start, spans)
    trigger, text = hit.trigger, ctx.undated_text
    if modality_blocks(text, sentence, hit.start, hit.end, clause, trigger, ctx.lexicon):
        return False
    if trigger.sub_event_type == "Demand" and protest:
        return False  # "protesters demanding X": the protest's cause, not a diplomatic demand
    if trigger.event_type != "Diplomacy" and SOUGHT.search(
        ctx.text, max(clause[0], hit.start - 40), hit.start
    ):
        return False  # "demanding the arrest of the killers": what is sought, not what was done
    visit = "visit" in ctx.text[hit.start : hit.end].lower()
    if visit and AFTER_ITS.search(ctx.text, clause[0], hit.start):
        return False  # "After his visit to Kyiv, the chancellor held talks in Warsaw": a time, not news
    if VISIT_NOUN.search(ctx.text, hit.start, hit.end) and not _two_countries(ctx):
        return False  # "the president arrived in Maiduguri on a working visit": at home, no diplomacy
    if trigger.id == "phone_call" and (
        ctx.lexicon.told_by.search(ctx.text, max(sentence.start, hit.start - 80), hit.start)
        or TO_THE_PRESS.match(ctx.text, hit.end)
    ):
        # "he said by phone", "told Reuters by telephone", "talked by phone to AFP news agency": how
        # a source spoke, no call
        return False
    example = EXAMPLE_OF.search(ctx.text, max(clause[0], hit.start - 20), hit.start)
    example = example if example and COUNTED.search(ctx.text, hit.end, min(clause[1], hit.end + 60)) else None
    own_words = (example.start() if example else clause[0], _short_of_a_subordinate(ctx.text, hit, clause))
    cause = (
        ctx.lexicon.places.cause.search(ctx.text, hit.end, own_words[1])
        if trigger.event_type in CROWDS
        else None
    )
    if cause and not PERFECT_BEFORE.search(ctx.text, clause[0], hit.start):
        # "began mass protests ... over salaries left unpaid for months": the grievance's background (not
        # "have protested against the dam for years": a protest told in the perfect, long going on)
        own_words = (own_words[0], cause.start())
    if ctx.lexicon.forecast.match(ctx.text, hit.end):
        return False  # "Further military operations are possible ...": the event word is what is forecast
    setting = SETTING.match(ctx.text, _past_the_dateline(sentence, ctx), sentence.end)
    if setting is not None and own_words[0] < setting.end() <= hit.start:
        # "In keeping with the trend of almost daily civilian casualties in Saudi airstrikes, a Saudi
        # warplane on Thursday struck a house": the trend is the opening phrase's, the event the verb's
        own_words = (setting.end(), own_words[1])
    if any(ctx.background(*piece) for piece in _outside_relatives(own_words, clause, hit, spans)) and not (
        _told_beside_a_trend(hit, clause, ctx)
    ):
        return False  # a toll, a habit or a trend: background, not a new event
    if trigger.id in UNINFLICTED and _accident(clause, sentence, ctx):
        return False  # "killed when an artisanal gold mine collapsed": an accident, no conflict event
    opening = SUBORDINATE_OPENING.match(text, clause[0]) and not _past_tense(ctx.text, hit)
    own_time = any(clause[0] <= t.start < clause[1] for t in ctx.times)
    if opening and not own_time and ctx.background(sentence.start, clause[0]):
        # "... 1,000 homicides so far this year, as rival groups fight for control": its background
        return False
    heard = HEARD_AFTER.match(ctx.text, hit.end, clause[1]) or HEARD_BEFORE.search(
        ctx.text, max(clause[0], hit.start - 40), hit.start
    )
    if heard and not TOLD_AFTER_HEARD.search(ctx.text, hit.end, clause[1]):
        return False  # "Loud explosions heard since early morning caused panic": a sound, no event told
        # (not "heard the blast that killed five soldiers": the blast told by what it did)
    if _conceded(hit, sentence, ctx):
        return False  # "Despite ongoing peace talks, bandits kidnapped 12": the talks are the setting
    if _place_has_seen(hit, sentence, ctx):
        return False  # "The northern Sagaing region has seen fierce fighting": what a place has been through
    if _describes_a_place(hit, clause, ctx):
        return False  # "Djibo, a hotspot for attacks": what the place is known for, no event
    if _habitual_present(hit, clause, sentence, ctx):
        return False  # "where bandits attack travellers": what they do, no event told
    if _kind_described(hit, sentence, ctx):
        return False  # "Kidnappings for ransom are a lucrative business": the kind of event, none told
    if (
        trigger.event_type == "Diplomacy"
        and ctx.text[hit.start : hit.end].lower().endswith("ing")
        and ACTOR_DESCRIBED.search(ctx.text, max(sentence.start, hit.start - 80), hit.start)
    ):
        return False  # "separatists who are fighting the army and demanding independence": who they are
    if trigger.event_type != "Diplomacy" and ctx.lexicon.ending.search(
        ctx.text, max(clause[0], hit.start - 40), hit.start
    ):
        return False  # "agreed to end the fighting", "a cessation of hostilities": an aim, not an event
    if trigger.event_type == "Diplomacy" and ctx.lexicon.stalled.match(ctx.text, hit.end, clause[1]):
        return False  # "The Gaza ceasefire talks have stalled": the talks' state, no meeting
    if COMES_AFTER.match(ctx.text, hit.end) and ctx.lexicon.retelling.search(sentence.text.lstrip()):
        return False  # "This attack comes four days after bandits attacked a camp": a time for what follows
    framing = ctx.lexicon.framing.search(ctx.text, sentence.start, hit.start)
    dated = framing and any(framing.end() <= t.start < sentence.end and not t.is_background
                            for t in ctx.times)  # fmt: skip
    if framing and not dated:
        # "The strike came as ceasefire talks were under way in Cairo": the setting (not "The
        # announcement came as Russian missiles struck Kyiv early on Thursday": dated news of its own)
        return False
    if ctx.lexicon.reaction.search(ctx.text, max(clause[0], hit.start - 60), hit.start):
        return False  # "Aoun condemned the strike": a stance on an event told elsewhere
    if REACTED_AFTER.match(ctx.text, hit.end):
        return False  # "The Israeli strike was condemned by the UN": the same stance, in the passive
    if (
        trigger.event_type not in ("Protests", "Riots")
        and not _past_tense(ctx.text, hit)  # "protesters ... were attacked": an event, not a grievance
        and ctx.lexicon.grievance.search(ctx.text, max(clause[0], hit.start - 100), hit.start)
    ):
        return False  # "protesters demonstrating against a wave of abductions": the protest's grievance
    if trigger.event_type == "Diplomacy" and _talked_about(hit, clause, ctx):
        return False  # "exchanged views on the outcome of the talks held in Istanbul": a topic
    if trigger.event_type != "Diplomacy" and _discussed(hit, clause, ctx):
        return False  # "discussed ... the need to deescalate hostilities in El Fasher": what was talked about
    if trigger.event_type == "Diplomacy" and EARLIER_VISIT.search(
        ctx.text, max(sentence.start, hit.start - 60), hit.start
    ):
        return False  # "forced off a bus after they had visited an orphanage": what came before, no talks
    if (
        trigger.event_type == "Protests"
        and PLUPERFECT_RELATIVE.search(ctx.text, max(sentence.start, hit.start - 40), hit.start)
        and not DISPERSED.search(sentence.text)
    ):
        return False  # "gunmen killed a man who had protested the arrest of his son": his past
    earlier = ctx.lexicon.earlier_event.search(ctx.text, max(clause[0], hit.start - 60), hit.start)
    if (
        earlier
        and not _past_tense(ctx.text, hit)
        and not _cause_of_toll(hit, sentence, ctx, earlier.start())
        and not _first_told_after(earlier.start(), hit, clause, ctx)
    ):
        return False  # "after the Inata attack": an earlier event, named as a time (not "were recovered
        # after a clash with rebels": an event told for the first time, by what followed it)
    if ctx.lexicon.earlier_event_told.search(ctx.text, max(sentence.start, hit.start - 140), hit.start):
        return False  # "after the Inata attack, which caused the death of 53": what that event did
    if trigger.id == "ground_attack" and ARRESTED_IN.search(
        ctx.text, max(sentence.start, hit.start - 60), hit.start
    ):
        return False  # "a number of them were arrested in raids at their homes": how they were arrested
    if _mourned(hit, sentence, ctx):
        return False  # "a procession held to mourn the deaths of eight people killed in clashes": the dead
        # mourned, and all the stretch of the sentence after the words of mourning tells of them
    lead = LEADING_SUBORDINATE.match(sentence.text)
    lead_end = sentence.start + lead.end() if lead else 0
    told = ctx.lexicon.background.search(ctx.text, sentence.start, clause[1]) if lead else None
    if lead and lead_end <= clause[0] and told and told.start() < lead_end:
        return False  # "Since the war began, Russia has launched thousands of missiles" (read with its
        # dates: "Since November 2023, the Houthis have attacked more than 100 ships"; "Since the
        # lockdown, over 100 militants have been killed": a background that runs on into the clause)
    if trigger.needs_weapon:
        clause_text = ctx.text[clause[0] : clause[1]]
        if ctx.lexicon.intercepted.search(clause_text):
            return False
        if classify.weapons_within(ctx.weapons, *clause):
            return True
        # "Israeli strikes hit ...": a strike made by an armed actor needs no weapon named, nor
        # one in a report that has told a strike by its weapons ("88 missiles and 63 drones ...
        # In Khmelnytskyi Oblast, two strikes hit an infrastructure facility")
        striking = ctx.lexicon.strike_words.fullmatch(ctx.text, hit.start, hit.end) is not None
        # (a headline's strike that a body sentence told again counts: "an Israeli strike ... killed")
        told = any(
            d.event_type == "Explosions/Remote violence" and (not d.headline or len(d.spans) > 1)
            for d in ctx.drafts
        ) and not (
            ANAPHORIC_TRIGGER.search(ctx.text, clause[0], hit.start)  # "The strike came after": that one
            or ctx.lexicon.labour_strike.search(ctx.text, clause[0], hit.start)  # "a general strike"
        )
        return striking and (
            told or any(p.type in classify.ARMED and clause[0] <= p.start < hit.start for p in ctx.parties)
        )
    return True


# "after a clash", "following an attack": an event told for the first time, with the indefinite article
FIRST_TOLD_AFTER = re.compile(r"(?:after|following)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}", re.I)


# a verb of asking for something right before the event word ("demanded the arrest of", "calling for the
# immediate release of")
SOUGHT = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|press(?:es|ed|ing)?\s+for|"
    r"push(?:es|ed|ing)?\s+for)\s+(?:the\s+|an?\s+)?(?:immediate\s+|swift\s+|prompt\s+|speedy\s+)?$",
    re.I,
)


def _first_told_after(opener: int, hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """ "Firearms were recovered after a clash with rebels in Baao on Friday": an event told for the first
    time, with the indefinite article, by what followed it (not "the war, begun after a Hamas attack last
    year": one in the past of the report, told with a time of the background)."""
    return (
        hit.trigger.event_type in VIOLENT  # (a crowd's: "fired tear gas after a protest turned violent")
        and FIRST_TOLD_AFTER.fullmatch(ctx.text, opener, hit.start) is not None
        and not any(opener <= t.start < clause[1] and t.is_background for t in ctx.times)
        # (nor in a relative clause: "The fighting, which began after a militia attack, left 17 dead")
        and not IN_A_RELATIVE.search(ctx.text, max(0, opener - 80), opener)
    )


IN_A_RELATIVE = re.compile(r",\s*(?:which|who|that)\b[^,;.]*$", re.I)


def _conceded(hit: Hit, sentence: Sentence, ctx: ArticleContext) -> bool:
    """An event word in the phrase a sentence opens with to concede a state of affairs ("Despite
    ongoing peace talks in the region, ...", "In spite of the ceasefire, ..."), with no time, count
    or place of its own: what the news happened against, not news."""
    start = _past_the_dateline(sentence, ctx)
    opening = CONCEDING.match(ctx.text, start, sentence.end)
    if opening is None or hit.start >= opening.end():
        return False
    end = opening.end()
    if AMID_ONE.match(ctx.text, start, end):
        return False  # "Amid an attack on a police station, ...": one event, told as such
    # an event of its own in it is told as one: a time, a count or a place ("Despite an attack on a
    # police convoy in Kurram that killed 42 people, ..."); not a time the setting runs from ("Amid
    # fighting that has raged since April, ..."), nor the dateline's place or day
    return not (
        any(start <= t.start < end and not (t.is_background or measured_from(t, ctx.text)) for t in ctx.times)
        or COUNTED.search(ctx.text, start, end)
        or any(start <= r.mention.start < end for r in ctx.places)
    )


def _past_the_dateline(sentence: Sentence, ctx: ArticleContext) -> int:
    """Where the sentence's own words open: after the dateline that opens it ("DAMASCUS - Amid ...")."""
    dateline = ctx.report.dateline
    if dateline is not None and sentence.start <= dateline.span[0] < sentence.end:
        return max(sentence.start, dateline.span[1])
    return sentence.start


# a sentence opening on a concession or the state of affairs its news happened amid, up to its comma
CONCEDING_WORDS = r"Despite|In\s+spite\s+of|Notwithstanding|Amid|Amidst"
CONCEDING = re.compile(rf"\s*(?:{CONCEDING_WORDS})\b[^,;:.!?]*,")
# a single event the news happened amid, not a state of affairs
AMID_ONE = re.compile(r"\s*Amid(?:st)?\s+(?:a|an)\s", re.I)
# a sentence opening on the setting its news is set against, a concession or a trend, up to its comma ("In
# keeping with the trend of ...,", "Against the backdrop of ...,"): the words of a trend or a habit in it
# are that setting's
SETTING = re.compile(
    rf"\s*(?:{CONCEDING_WORDS}|In\s+(?:keeping|line)\s+with|Against\s+(?:the|a)\s+backdrop\s+of)\b[^,;:.!?]*,"
)


def _place_has_seen(hit: Hit, sentence: Sentence, ctx: ArticleContext) -> bool:
    """A sentence whose subject is a place that has been through something ("The northern Sagaing
    region has seen fierce fighting and bloody reprisals", "Borno has been plagued by attacks"),
    with no time expression and no count of its own: what the place has known, its background;
    every event word after the verb is part of it ("Gaza has been the scene of an Israeli strike
    that killed 20 people at a school" tells an event)."""
    if any(sentence.start <= t.start < sentence.end for t in ctx.times):
        return False
    places = sorted(ctx.places, key=lambda r: r.mention.start)
    for k, r in enumerate(places):
        start, end = r.mention.start, r.mention.end
        if start >= hit.start or start >= sentence.start + 40:
            break
        if start < sentence.start or not SUBJECT_OPENING.fullmatch(ctx.text, sentence.start, start):
            continue
        for later in places[k + 1 :]:  # a list of places, the subject ("Adamawa, Borno and Yobe have seen")
            if later.mention.start >= hit.start or not scene.LIST_GAP.fullmatch(
                ctx.text, end, later.mention.start
            ):
                break
            end = later.mention.end
        seen = ctx.lexicon.places.experienced.match(ctx.text, end)
        # (a count after the subject is an event's: "... has been the scene of a strike that killed 20")
        return (
            seen is not None and seen.end() <= hit.start and not COUNTED.search(ctx.text, end, sentence.end)
        )
    return False


# a sentence opening on its subject: "The northern ", "Southern ", "", "The three northeastern states of "
SUBJECT_OPENING = re.compile(r"\s*(?:(?:The|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:[\w-]+\s+){0,2}?of\s+)?")


def _describes_a_place(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """A bare plural event noun in a phrase set beside a place to say what it is ("south of
    Djibo, a hotspot for attacks"; "Mopti, a region prone to kidnappings"), or the participle
    of what befell that kind of place ("Burkina Faso and Mali, nations invaded by jihadists"):
    how the place is known, not an event told."""
    told = ctx.text[hit.start : hit.end].lower()
    if told.endswith("s"):
        described = PLACE_DESCRIBED.search(ctx.text, max(clause[0], hit.start - 60), hit.start)
    elif told.endswith("ed") and BY_AFTER.match(ctx.text, hit.end):  # "nations invaded by jihadists"
        described = ctx.lexicon.places.kind_before.search(ctx.text, max(clause[0], hit.start - 60), hit.start)
    else:
        return False
    return described is not None and any(r.mention.end == described.start() for r in ctx.places)


def _told_beside_a_trend(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """An event word past a trend's words and a comma or "where", in a clause with a day of its own
    ("have stepped up shelling of Kharkiv, killing five people on Saturday", "has stepped up its assault
    on El Fasher, where its fighters killed 10 people on Saturday"): the day's event, beside the trend."""
    trend = ctx.lexicon.background.search(ctx.text, clause[0], hit.start)
    return (
        trend is not None
        and BESIDE.search(ctx.text, trend.end(), hit.start) is not None
        and any(
            clause[0] <= t.start < clause[1] and t.precision <= DAY and not (t.is_background or t.speech)
            for t in ctx.times
        )
    )


# what sets an event word apart from a trend told before it in its clause
BESIDE = re.compile(r",|\bwhere\b")


def _habitual_present(hit: Hit, clause: tuple[int, int], sentence: Sentence, ctx: ArticleContext) -> bool:
    """An event verb in the simple present after a plural armed or described subject ("Insurgents also
    attack farmers in Gwoza", "Monguno lies near Maiduguri, where bandits attack travellers"), in a body
    sentence after the lede's paragraph with no time of its own: what they do, a habit, not an event told
    (a headline's present, "Gunmen kill five", and a caption's dated one stay events)."""
    word = ctx.text[hit.start : hit.end]
    if not BARE_VERB.fullmatch(word) or ctx.report.role(sentence.start, sentence.end) != "body":
        return False
    if sentence.paragraph <= ctx.opening_end - OPENING_PARAGRAPHS:
        return False  # the lede's paragraph
    if any(sentence.start <= t.start < sentence.end for t in ctx.times):
        return False
    return any(
        clause[0] <= p.start
        and p.end <= hit.start
        and PLURAL_SUBJECT.search(ctx.text, p.start, p.end)
        and PRESENT_GAP.fullmatch(ctx.text, p.end, hit.start)
        for p in ctx.parties
    )


def _kind_described(hit: Hit, sentence: Sentence, ctx: ArticleContext) -> bool:
    """A sentence whose subject is a bare plural event noun (no article, number or possessive) and whose
    verb is a present copula with an indefinite noun after it ("Kidnappings for ransom are a lucrative
    business for armed gangs", "Attacks on convoys remain a daily occurrence"): what such events are,
    a generic statement, no event told."""
    if not ctx.text[hit.start : hit.end].lower().endswith("s"):
        return False
    if any(sentence.start <= t.start < sentence.end and not (t.is_background or t.speech) for t in ctx.times):
        return False  # "Fresh clashes in El Fasher on Saturday are a blow to talks": events told, dated
    opening = _past_the_dateline(sentence, ctx)
    return (
        BARE_OPENING.fullmatch(ctx.text, opening, hit.start) is not None
        and GENERIC_PREDICATE.match(ctx.text, hit.end, sentence.end) is not None
    )


# up to two modifiers before a sentence's subject, none an article, a number or a possessive
BARE_OPENING = re.compile(
    r"\s*(?:(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|some|any|all|both|several|many|"
    r"two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands)\b)[A-Za-z-]+\s+){0,2}",
    re.I,
)
# the subject's rest ("for ransom", "on convoys in the north"), then a present copula and an indefinite noun
GENERIC_PREDICATE = re.compile(
    r"(?:\s+(?:of|for|on|by|in|against|across|along|near)\b[^,.;:]{0,80}?)?\s+(?:are|remain)\s+"
    r"(?:(?:still|now|also|often|sadly)\s+)?(?:a|an)\s",
    re.I,
)
# an event verb's bare form (not "attacks", "attacked", "attacking": a noun's plural or another tense;
# nor an irregular past, "insurgents shot two farmers", nor a form the past shares, "soldiers hit a camp")
BARE_VERB = re.compile(
    r"(?!(?:shot|hit|struck|beat|hurt|slew|fought|overran|took|stole|threw|blew|burnt|set|led|cut|shut)$)"
    r"[a-z]+(?<!s)(?<!ed)(?<!ing)"
)
# a plural subject's last word ("bandits", "insurgents", "the militiamen")
PLURAL_SUBJECT = re.compile(r"(?:[a-z]{2,}(?<!s)s|men)$", re.I)
# between the subject and its verb: nothing, or an adverb ("also", "often", "regularly")
PRESENT_GAP = re.compile(r"\s+(?:(?:also|still|often|sometimes|now|usually|[a-z]+ly)\s+)?")


# ", a hotspot for", ", an area prone to", ", a town plagued with": an indefinite phrase put
# beside a name (no number, no verb of its own before the noun it describes the place by)
PLACE_DESCRIBED = re.compile(
    r",\s+an?\s+(?:[^\W\d]+[\s-]+){1,3}?(?:for|of|to|with|by)\s+(?:[^\W\d]+\s+)?$", re.I
)
BY_AFTER = re.compile(r"\s+by\b")
# "a series of kidnappings over the past two weeks, including the abduction of 300 students in
# Niger State": one event of the trend, told as an example of it (its own background, if any, counts)
EXAMPLE_OF = re.compile(r"\bincluding\s+(?:the\s+|an?\s+)?$")
# the people the example counts ("of more than 300 students")
COUNTED = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b")
# "The strike was condemned by ...": a stance taken on an event told as known
REACTED_AFTER = re.compile(
    r"s?\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:condemned|criticised|criticized|denounced|"
    r"deplored|welcomed|praised|decried)\b",
    re.I,
)
# force against the crowd the relative clause describes ("Police dispersed residents who had marched")
DISPERSED = re.compile(r"\b(?:dispers|tear\s*-?gas|water\s+cannon|broke\s+up|break\s+up)", re.I)
# a relative clause in the present progressive that tells what an actor seeks ("separatists who are
# fighting the army and demanding independence"): who they are, no demand made (read for diplomacy's words
# only: "troops who are fighting Al-Shabaab captured ..." keeps its parties)
ACTOR_DESCRIBED = re.compile(
    r"\b(?:who|which|that)\s+(?:are|is)\s+(?:(?:still|now|also)\s+)?"
    r"(?:[\w-]+ing\s+(?:[\w'’-]+\s+){0,5}?(?:and|or)\s+)?$",
    re.I,
)
# the present perfect right before the event word ("the Houthis have damaged", "Al-Shabaab has severally
# planted", "have planned and launched", "have been killed")
PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|already|now|since|severally|repeatedly|reportedly|allegedly|long|often)\s+)*"
    r"(?:been\s+)?(?:[a-z]+ed\s+(?:and|or)\s+)?$",
    re.I,
)
# a time clause in the past perfect, just before the event word: what had happened before the news
EARLIER_VISIT = re.compile(
    r"\b(?:after|before|once|when)\s+(?:[\w'’-]+\s+){0,3}?had\s+(?:just\s+|already\s+|\w+ly\s+)?$", re.I
)
# "a man who had protested the arrest of his son": what a person had done before, told of them
PLUPERFECT_RELATIVE = re.compile(r"\b(?:who|which|that)\s+had\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
# an arrest told with how it was made ("arrested in raids", "detained during a night raid")
ARRESTED_IN = re.compile(
    r"\b(?:arrested|detained|rounded\s+up|picked\s+up|apprehended|nabbed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|during)\s+(?:(?:a|an|the|their|joint|police|security|night|dawn|overnight|separate|several|"
    r"series\s+of)\s+)*$",
    re.I,
)
# two event nouns joined by "and" or "or" ("called for marches and rallies"): one phrase
COORDINATED = re.compile(r"\s*,?\s+(?:and|or)\s+(?:(?:the|a|an|more|further|mass)\s+)?")


# where talks were had, not what they were about: "discussed the war during a phone call"
SETTING_BEFORE = re.compile(
    r"\b(?:in|during|at|by|for|over|via|after|before|ahead\s+of|on\s+the\s+sidelines\s+of)\s+"
    r"(?:(?:a|an|the|their|his|her|its|this|that)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


SETTING_WORD = re.compile(r"(?:by|over|via)\b", re.I)  # an event word that opens with its setting's word


# a clause of its own after the verb of talking ("welcomed Putin to Ankara, where the two leaders held
# talks", "reviewed progress and held talks")
CLAUSE_IN_TOPIC = re.compile(
    r",\s*(?:where|when|after|before|and)\b|\b(?:and|then)\s+(?:held|hosted|signed|began|opened|launched|met|"
    r"attended|chaired|joined|started|resumed)\b|\b(?:and|then)\s+$",
    re.I,
)


def _talked_about(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """A diplomatic event word that is what talks were about ("exchanged views on the outcome of
    the talks", "welcomed the agreements on ... and the preparation of proposals"), not where."""
    if SETTING_WORD.match(ctx.text, hit.start):
        return False  # the event word tells the setting itself: "discussed ... over the phone"
    topic = ctx.lexicon.topic.search(ctx.text, max(clause[0], hit.start - 140), hit.start)
    return (
        topic is not None
        and not SETTING_BEFORE.search(ctx.text, topic.end(1), hit.start)
        and not CLAUSE_IN_TOPIC.search(ctx.text, topic.end(1), hit.start)
    )


# event words that tell deaths, hurt or a blast without telling who caused them
UNINFLICTED = {"kill", "injure", "explosion", "occurrence", "loot"}


# a party named as who tells ("a Taliban government spokesman said", "police said")
SPEAKING = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:spokes(?:man|woman|person)|officials?|said|says|told)\b")


def _accident(clause: tuple[int, int], sentence: Sentence, ctx: ArticleContext) -> bool:
    """The clause tells an accident or a disaster (modality.yaml accident) and names no armed party and
    no weapon: deaths no one inflicted ("floods have killed 30"; not "gunmen killed seven amid floods",
    "a building collapsed after a missile strike")."""
    if not ctx.lexicon.accident.search(ctx.text, *clause):
        return False
    if any(clause[0] <= p.start < clause[1] and classify.group_of(p.type) == "armed"
           and not SPEAKING.match(ctx.text, p.end) for p in ctx.parties):  # fmt: skip
        return False  # (not the teller: "a Taliban government spokesman said")
    if any(w.pattern.search(ctx.text, *clause) for w in ctx.lexicon.weapons):
        return False
    if FLEEING.search(ctx.text, *clause):
        return False
    # nor an attack told before it in its sentence ("Gunmen opened fire on a minibus, and three passengers
    # were killed when the vehicle overturned")
    return not any(
        t.pattern.search(ctx.text, sentence.start, clause[0])
        for t in ctx.lexicon.triggers
        if t.id not in UNINFLICTED and t.event_type != "Diplomacy"
    )


# people fleeing or escaping in the accident's clause: the attack they fled caused it ("killed when their
# car overturned while fleeing an RSF attack")
FLEEING = re.compile(r"\b(?:fleeing|fled|escaping|escape|evading|chased|pursued)\b", re.I)


# verbs of talking whose object is what was talked about, whatever it is ("discussed the fighting in X")
DISCUSSED = re.compile(
    r"\b(discuss(?:ed|es|ing)?|exchanged views on|talked about)\b[^.;:!?]{0,120}$",
    re.I,
)


def _discussed(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """A violent or other event word that is what a talk was about ("The Secretary also discussed ...
    the need to protect civilians and deescalate hostilities in El Fasher"), not news of its own: in the
    talk's own clause, with no comma, clause word or relative between them."""
    topic = DISCUSSED.search(ctx.text, max(clause[0], hit.start - 140), hit.start)
    if topic is None or _past_tense(ctx.text, hit):  # "Protesters who had discussed the killings marched"
        return False
    start = topic.end(1)
    return (
        not CLAUSE_IN_TOPIC.search(ctx.text, start, hit.start)
        and not RELATIVE_IN_TOPIC.search(ctx.text, start, hit.start)
        # a topic told with what it did ("the strike on a school that killed 30 on Saturday"): news of its own
        # (a date is no sign: "discussed the attack on Tsafe with traditional rulers on Friday" is the talk's)
        and not TOLD_AS_NEWS.search(ctx.text, hit.end, clause[1])
    )


TOLD_AS_NEWS = re.compile(r"\b(?:that|which|who)\b", re.I)


# a clause with a verb of its own after the topic's verb ("discussed the attack in which gunmen killed 12",
# "discussed security after gunmen killed six", "discussed the situation, hours after rebels shelled Sake",
# "discussed how bandits abducted 50"): news told, not what was talked about
RELATIVE_IN_TOPIC = re.compile(
    r",|\b(?:in which|which|that|who|where|when|how|after|before|as|while|once|following|since|until|"
    r"because)\b",
    re.I,
)


def _coordinated_with_unfactual(hit: Hit, hits: list[Hit], factual: list[Hit], ctx: ArticleContext) -> bool:
    """An event noun joined by "and"/"or" to the one right before it shares its mood: "called for
    marches and rallies" is a call for both (a past-tense verb after "and" is a clause of its own)."""
    before = [h for h in hits if h.end <= hit.start]
    if not before or before[-1] in factual or _past_tense(ctx.text, hit):
        return False
    return COORDINATED.fullmatch(ctx.text, before[-1].end, hit.start) is not None


def _mourned(hit: Hit, sentence: Sentence, ctx: ArticleContext) -> bool:
    """The event word lies in the stretch of the sentence after words of mourning
    (counting.mourned_stretches) and that stretch gives no time of its own: it tells of the dead
    mourned ("to mourn relatives killed in an Israeli airstrike on Friday": dated, an event)."""
    return any(
        cue_end <= hit.start < stop and not any(cue_end <= t.start < stop for t in ctx.times)
        for _, cue_end, stop in mourned_stretches(ctx.text, ctx.lexicon, sentence.start, sentence.end)
    )


AFTER_ITS = re.compile(r"\b[Aa]fter\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?$")
# a visit, told as a noun or a verb ("on a working visit", "visited several relief camps")
VISIT_NOUN = re.compile(r"\bvisit(?:s|ed|ing)?$")


def _two_countries(ctx: ArticleContext) -> bool:
    """The report names places or peoples of two countries or more ("Kenya's foreign minister
    welcomed Haiti's Prime Minister Garry Conille in Nairobi"): a visit may cross a border."""
    codes = {ctx.gazetteer.country_code(p.entry) for p in ctx.places} | ctx.countries | ctx.peoples
    return len(codes - {""}) >= 2


# after a call: to whom a source spoke, the press ("talked by phone to AFP news agency")
TO_THE_PRESS = re.compile(
    r"\s+(?:to|with)\s+(?:the\s+)?(?:AFP|Reuters|AP|Associated\s+Press|Xinhua|Anadolu|BBC|Al\s+Jazeera|"
    r"Radio\s+\w+|reporters?|journalists?|press|(?:[\w.-]+\s+){0,3}(?:news\s+agency|newspaper|"
    r"television|radio|channel|outlet|website))\b",
    re.I,
)


def _past_tense(text: str, hit: Hit) -> bool:
    """A past-tense verb ("after the army attacked X" tells an event); else a noun."""
    return text[hit.start : hit.end].endswith("ed")


def _groups(hits: list[Hit], spans) -> list[list[Hit]]:
    """Non-overlapping hits (earliest, then longest first) grouped by clause; a clause that
    opens on its event word has no subject of its own and continues the clause before
    ("kidnapped, tortured, and killed a resident"); each diplomatic hit stands alone (a call
    and a meeting in one sentence are two events)."""
    kept: list[Hit] = []
    for hit in hits:
        if not any(k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    groups: dict[tuple[int, int], list[Hit]] = {}
    alone: list[list[Hit]] = []
    for hit in kept:
        if hit.trigger.event_type == "Diplomacy":
            alone.append([hit])
            continue
        clause = clause_of(hit.start, spans)
        earlier = [c for c in groups if c[1] <= clause[0]]
        if clause not in groups and earlier and hit.start - clause[0] <= 1:
            clause = earlier[-1]
        groups.setdefault(clause, []).append(hit)
    return sorted([*groups.values(), *alone], key=lambda g: g[0].start)


def _outcome_with_its_event(groups: list[list[Hit]], spans, ctx: ArticleContext) -> list[list[Hit]]:
    """A clause that tells only what befell people, with no place of its own, joined to the next clause's
    event ("Two fighters were killed, while three civilians were wounded, in air strikes near Damascus"):
    its counts are that event's, not the one told in an earlier sentence."""
    joined: list[list[Hit]] = []
    pending: list[Hit] = []
    for group in groups:
        if pending and any(h.trigger.role not in SAID_OF_IT for h in group):
            group, pending = pending + group, []
        elif pending:
            joined.append(pending)
            pending = []
        if all(h.trigger.role == "outcome" for h in group) and not _placed(group, spans, ctx):
            pending = group
        else:
            joined.append(group)
    return joined + ([pending] if pending else [])


def _placed(group: list[Hit], spans, ctx: ArticleContext) -> bool:
    """A place below a country named in the clauses of the group."""
    first, last = clause_of(group[0].start, spans), clause_of(group[-1].start, spans)
    return any(first[0] <= p.mention.start < last[1] and ctx.gazetteer.kind(p.entry) != "country"
               for p in ctx.places)  # fmt: skip


SAID_OF_IT = ("outcome", "locus", "force")  # event words that tell what an event did, where, or its force


def _apart_from_aside(groups: list[list[Hit]], aside: tuple[int, int] | None) -> list[list[Hit]]:
    """A clause's event words split where an earlier event is told after its cue ("declared a state of
    emergency on Sunday after an explosion in Guayaquil killed five people"): the earlier event's words
    are a candidate of their own, whose counts the aside holds (the clause's own event counts none)."""
    if aside is None:
        return groups
    split: list[list[Hit]] = []
    for group in groups:
        inside = [h for h in group if aside[0] <= h.start < aside[1]]
        outside = [h for h in group if h not in inside]
        # (an event word on each side, violence only in the aside; not "20 people died ... after a suicide
        # bombing", its outcome, nor "overran a base following a suicide car bombing", one attack)
        told = [[h for h in part if h.trigger.role not in SAID_OF_IT] for part in (inside, outside)]
        if (
            all(told)
            and any(h.trigger.event_type in VIOLENT for h in told[0])
            and not any(h.trigger.event_type in VIOLENT for h in told[1])
        ):
            split += [outside, inside]
        else:
            split.append(group)
    return split


def locate(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause: from the first to the last clause holding the candidate's event words."""
    first, last = clause_of(c.hits[0].start, c.clause_spans), clause_of(c.hits[-1].start, c.clause_spans)
    c.clause = (first[0], max(first[1], last[1]))
    return True


def arm(c: Candidate, ctx: ArticleContext) -> bool:
    if not c.diplomatic:
        c.weapons = classify.weapons_within(ctx.weapons, *c.clause)
    return True


STEPS = (locate, arm, place, count, fall_back, fold, date, kind, cast, qualify)


def _apart(targets: list[Resolved], gazetteer: Gazetteer, text: str, words: PlaceWords) -> list[Resolved]:
    """The places a count can be shared over: each entry once, and none that holds another of them
    ("in central Somalia" told twice, "in Bulabarte, a district in central Somalia": one scene), by
    the gazetteer or by the words ("in Zabid District of the port city of Hodeidah")."""
    told = sorted((t for t in targets if t is not None), key=lambda t: t.mention.start)
    held = {id(b) for a, b in zip(told, told[1:], strict=False)
            if words.division_of.fullmatch(text, a.mention.end, b.mention.start)}  # fmt: skip
    entries = list(dict.fromkeys(t.entry for t in targets if t is not None and id(t) not in held))
    kept = [e for e in entries if not any(o != e and gazetteer.contains(e, o) for o in entries)]
    return [next(t for t in targets if t is not None and t.entry == e) for e in kept]


# between two places told together: a comma or "and", within one clause ("strikes on Kharkiv, Sumy and Odesa",
# "Three people were killed in Pokrovsk in Donetsk Oblast and one in Dnipro", "four in Omdurman, eight in the
# city of Nyala")
JOINED_AT = re.compile(r"(?=[^.;:]{0,80}$)[^.;:]*?(?:,|\band\b|&)[^.;:]*")
AND = re.compile(r"\band\b|&")


def _coordinated(targets: list[Resolved], text: str) -> bool:
    """The places are told together, joined by "and" ("shelling of Kharkiv and Sumy killed four", "three
    were killed in Pokrovsk and one in Dnipro"): a count told for them is shared out; not places told in a
    chain ("in Abagana in Makurdi", "Mexico's Gulf coast city of Coatzacoalcos") or apart ("Eyewitnesses in
    Duhok reported ... killed in Kafiya"), where the count is the one event's."""
    told = sorted(targets, key=lambda t: t.mention.start)
    gaps = [text[a.mention.end : b.mention.start] for a, b in zip(told, told[1:], strict=False)]
    return all(JOINED_AT.fullmatch(gap) for gap in gaps) and any(AND.search(gap) for gap in gaps)


def to_drafts(c: Candidate, ctx: ArticleContext) -> Iterator[Draft]:
    """One draft per place (per settlement of a list the clause sets its event at, place_lists.listed_scenes);
    a count told for several places is shared out over them."""
    shares, share_note = {}, ""
    each = listed_scenes(c, ctx)
    notes = list(c.notes)
    if each is not None:
        names = [unknown or where.mention.text for where, unknown in each]
        notes.append(f"One of {len(each)} places its clause sets the event at ({', '.join(names)}): an event "
                     "at each, as ACLED codes one event per place and day.")  # fmt: skip
    if each is not None and reported(c.casualties):
        shares, share_note = split_count(c.casualties, c.counted_text, names, ctx.lexicon)
    elif reported(c.casualties) and not c.trigger.placeless:
        names = scene.listed_places(
            ctx.text, c.clause, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places
        )
        if len(names) < 2 and len(c.targets) > 1:
            apart = _apart(c.targets, ctx.gazetteer, ctx.text, ctx.lexicon.places)
            names = [p.mention.text for p in apart] if _coordinated(apart, ctx.text) else []
        # one scene holding every place the count is told for ("the districts of Salhuddien and Midan"
        # the gazetteer lacks, placed in Aleppo province): the whole count is its
        listed = {normalize_name(n) for n in names}
        whole = len(c.targets) == 1 and place_key(c.targets[0], c.unknown) not in listed
        # a village the gazetteer lacks, placed at the town named with it ("in Barangay San Jose, Mapanas,
        # Northern Samar"): an address, one scene, not a list of two
        whole = whole or (len(c.targets) == 1 and bool(c.unknown) and place_key(c.targets[0], "") in listed)
        if len(names) > 1 and not whole:
            shares, share_note = split_count(c.casualties, c.counted_text, names, ctx.lexicon)
    perfect = (
        c.time_source != "explicit" and PERFECT_BEFORE.search(ctx.text, c.clause[0], c.hit.start) is not None
    )
    targets = c.targets
    if c.diplomatic and len(targets) > 1:  # talks have one venue: the place told closest to them
        # (not the capitals that stand for the sides: "talks between Khartoum and Juba ... in Bahar Dar")
        venues = [p for p in targets if p.mention.relation != "between"] or targets
        targets = [min(venues, key=lambda p: _distance_to(p, c.hit))]
    scenes = each if each is not None else [(where, c.unknown) for where in targets or [None]]
    for where, unknown in scenes:
        place_factor = (where.confidence**0.5) if where else (1.0 if c.trigger.placeless else 0.7)
        own = c.casualties
        if shares:  # a scene outside the list told with the count takes the smallest share
            own = shares.get(place_key(where, unknown), list(shares.values())[-1])
        elif where is not None and (part := _part_told_at(c, where, ctx)) is not None:
            own = replace(own, fatalities=part)
        yield Draft(
            trigger=c.trigger, event_type=c.event_type, sub_event_type=c.sub_type, status=c.status,
            sentence=c.sentence, place=where, time=_time_at(c, where), time_source=c.time_source,
            casualties=own, actor1=c.actor1, actor2=c.actor2, inter1=c.inter1, inter2=c.inter2,
            weapons=[label for label, _ in c.weapons], civilian_targeting=c.civilian,
            confidence=round(c.confidence * place_factor, 3),
            notes=notes + ([share_note] if shares else []),
            spans=[(c.sentence.start, c.sentence.end)], unknown_place=unknown, listed=each is not None,
            headline=ctx.report.role(c.sentence.start, c.sentence.end) == "headline",
            features=set(c.features), modelled=bool(c.features), fallback=fallback(c.trigger, c.weapons),
            separate=another_incident(c, ctx), shared=len(shares),
            borrowed=c.place_borrowed and c.time_source == "inherited",
            perfect=perfect,
        )  # fmt: skip


# a conjunct that shares its clause's verb and tells only whom and when ("Saba'na was shot dead in Jenin on
# Tuesday, and Tayeh, 21, on Wednesday during a raid on the al-Fara'a camp"; "the 552nd battalion was captured
# on 25 March, the 564th battalion on 5 April"): a separator, then a noun phrase (an apposition's commas too),
# then its time
GAP_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
GAPPED_NOUN = re.compile(
    r"(?P<np>(?:(?:the|a|an|another)\s+[\w'’.-]+|[A-Z0-9][\w'’.-]*)(?:,?\s+[\w'’.-]+){0,6}?,?)\s+(?:on|in|at)?\s*"
)
# a finite verb, or a word that may be one (with the lexicon's verbs of telling): no gapped conjunct, a clause
# of its own ("..., and the army on Tuesday launched an offensive")
VERBISH = re.compile(r"\b(?i:was|were|is|are|has|have|had|been|be|will|would|did|does)\b|\b[a-z]{3,}ed\b")
SCENE_ORDER = {"poi": 0, "city": 0, "admin2": 1, "admin1": 2, "region": 2, "country": 3}


def _verbish(ctx: ArticleContext, start: int, end: int) -> bool:
    return bool(VERBISH.search(ctx.text, start, end) or ctx.lexicon.telling.search(ctx.text, start, end))


def gapped_drafts(c: Candidate, made: list[Draft], ctx: ArticleContext) -> list[Draft]:
    """One more event per gapped conjunct of the clause (GAPPED_NOUN) with a day of its own: the clause's
    event, on that day, at the place the conjunct names (else the clause's), with the one dead of its own
    when the clause told one dead ("Tayeh, 21, on Wednesday")."""
    if len(made) != 1 or c.time_source != "explicit" or c.time is None:
        return []
    # (the clause's time, and those after it in its sentence: a conjunct with no verb may stand outside the
    # clause its event words set)
    own = [t for t in c.times if c.clause[0] <= t.start < c.sentence.end
           and not (t.speech or t.qualifier) and t.precision == DAY]  # fmt: skip
    if len(own) < 2 or (own[0].start, own[0].end) != (c.time.start, c.time.end):
        return []
    main, text, out = made[0], ctx.text, []
    conjuncts = []
    for before, time in zip(own, own[1:], strict=False):
        sep = next((m for m in GAP_SEPARATOR.finditer(text, before.end, time.start)
                    if GAPPED_NOUN.fullmatch(text, m.end(), time.start)
                    and not _verbish(ctx, m.end(), time.start)), None)  # fmt: skip
        if sep is None or _verbish(ctx, before.end, sep.start()):
            return []  # a clause of its own between them: no gapping
        conjuncts.append((sep.end(), time))
    for k, (start, time) in enumerate(conjuncts):
        end = conjuncts[k + 1][0] if k + 1 < len(conjuncts) else c.sentence.end
        cut = next(GAP_SEPARATOR.finditer(text, time.end, end), None) if k + 1 < len(conjuncts) else None
        if _verbish(ctx, time.end, cut.start() if cut else end):
            return []
        if time.event_date == c.time.event_date or time.date_start > ctx.report.reported:
            continue
        where, unknown = _conjunct_scene(start, end, main, ctx)
        told = main.casualties
        count = number_value(text[start : time.start].split()[0].strip(","))
        fatalities = count if told.fatalities and count else 1 if told.fatalities == 1 else None
        notes = [n for n in main.notes if not n.startswith(DATE_NOTES)]
        out.append(replace(
            main, time=time, time_source="explicit", place=where, unknown_place=unknown,
            casualties=Casualties(fatalities, None), separate=True,
            notes=[*notes, f"A conjunct sharing its clause's verb, on its own day: '{time.expression}'."],
            spans=list(main.spans), features=set(main.features),
        ))  # fmt: skip
    return out


def _conjunct_scene(start: int, end: int, main: Draft, ctx: ArticleContext) -> tuple[Resolved | None, str]:
    """The place a gapped conjunct names (its most precise), a place the gazetteer lacks named there with its
    region, else the clause's."""
    gazetteer = ctx.gazetteer
    named = [p for p in ctx.places if start <= p.mention.start < end and id(p.mention) not in ctx.qualifiers]
    lacking = ctx.lacking((start, end))
    if lacking is not None:
        return lacking.region, lacking.place_name
    if named:
        return min(named, key=lambda p: SCENE_ORDER.get(gazetteer.kind(p.entry), 3)), ""
    return main.place, main.unknown_place


# "killed at least 30 Palestinians across the Gaza Strip ..., including 12 in a strike on a school in":
# the part of the count told at the place named next
INCLUDING_AT = re.compile(
    rf",?\s+including\s+{NUMBER}\s+(?:(?!including\b)[\w'’-]+,?\s+){{0,10}}?(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


SPREAD = re.compile(r"\b(?:across|throughout|all\s+over)\b", re.I)  # a count told over a whole area


def _part_told_at(c: Candidate, where: Resolved, ctx: ArticleContext) -> int | None:
    """The dead the clause tells at a town as a part of a count spread over an area ("killed at least 30
    across the Gaza Strip, including 12 in a strike on a school in Gaza City": 12 at Gaza City), when the
    record is placed at that town; None otherwise."""
    told = c.casualties.fatalities
    if not told or ctx.gazetteer.kind(where.entry) != "city":
        return None
    start = where.mention.start
    if not c.clause[0] <= start < c.clause[1]:
        return None
    found = INCLUDING_AT.search(ctx.text, max(c.clause[0], start - 160), start)
    if found is None or not SPREAD.search(ctx.text, c.clause[0], found.start()):
        return None  # (the whole count told at one place: "killed ten in X, including four children in Y")
    part = number_value(found.group("num"))
    return part if part is not None and part < told else None


def _time_at(c: Candidate, where: Resolved | None) -> TimeRef | None:
    """The candidate's time, or, when its clause tells two days each after its own place ("struck
    targets near Damascus on Friday and hit the area of Aleppo airport on Sunday"), the day told right
    after the place, before the next place."""
    own = [
        t for t in c.times if c.clause[0] <= t.start < c.clause[1] and not t.speech and not t.is_background
    ]
    if where is None or c.time_source != "explicit" or len(own) < 2 or len({t.event_date for t in own}) < 2:
        return c.time
    others = [p for p in c.targets if p is not None and p is not where]
    if not others:
        return c.time  # one place: "the toll from Saturday's strike on X rose on Sunday" is Saturday's
    # a day told before the places ("struck on Friday near Baalbek and on Sunday near Tyre"): not shared out
    if min(t.start for t in own) < min(p.mention.start for p in c.targets if p is not None):
        return c.time
    after = [t for t in own if t.start >= where.mention.end]
    nearest = min(after, key=lambda t: t.start, default=None)
    if nearest is None or any(where.mention.end <= p.mention.start < nearest.start for p in others):
        return c.time  # another place told between: the day is that place's
    if not TIME_GAP.fullmatch(
        c.sentence.text, where.mention.end - c.sentence.start, nearest.start - c.sentence.start
    ):
        return c.time
    return nearest


# between a place and the day told for it: a few words, no clause break
TIME_GAP = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+")


def _distance_to(place: Resolved, hit: Hit) -> int:
    return min(abs(place.mention.start - hit.end), abs(hit.start - place.mention.end))
