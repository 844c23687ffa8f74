"""The factual filter: an event word told as having happened, not hypothetical, negated, a question
or background; not a demand, a sound heard, a stance on an event told elsewhere, an earlier event
named as a time (its background and habits: events.extraction.background; its talks:
events.extraction.talks)."""

from __future__ import annotations

import re

from events.extraction.actors import ARMED_TYPES
from events.extraction.background import (
    UNINFLICTED,
    accident,
    conceded,
    describes_a_place,
    habitual_present,
    kind_described,
    mourned,
    place_has_seen,
    told_before_a_series,
    told_beside_a_trend,
)
from events.extraction.candidate import ANAPHORIC_TRIGGER, CROWDS, ArticleContext
from events.extraction.clause_roles import weapons_within
from events.extraction.clause_tense import (
    COUNTED,
    PERFECT_BEFORE,
    outside_relatives,
    past_tense,
    past_the_dateline,
    short_of_a_subordinate,
)
from events.extraction.draft import VIOLENT
from events.extraction.modality import modality_blocks
from events.extraction.talks import (
    AFTER_ITS,
    VISIT_NOUN,
    discussed,
    talked_about,
    two_countries,
)
from events.extraction.triggers import LEADING_SUBORDINATE, Hit, clause_of
from events.reading.text import Sentence

# a clause told as the setting of the one before ("..., as rival groups fight for control")
SUBORDINATE_OPENING = re.compile(r"\s*(?:as|while|amid|with)\b", re.I)


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


# after a retelling subject ("This attack", "The Houthi attack"): what follows is set against it in time
COMES_AFTER = re.compile(
    r"\s+(?:comes?|came)\s+(?:(?:[\w-]+\s+){0,3}(?:after|before)|as|amid|while|at\s+the\s+same\s+time\s+as)\b"
)


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


def told_as_fact(hit: Hit, sentence: Sentence, spans, ctx: ArticleContext, protest: bool) -> bool:
    """Not hypothetical, negated, a question or background; not a protest's demand; a
    weapon word only with a weapon; not the launch of what was then shot down."""
    clause = clause_of(hit.start, spans)
    trigger, text = hit.trigger, ctx.undated_text
    if modality_blocks(text, sentence, hit.start, hit.end, clause, trigger, ctx.lexicon):
        return False
    if trigger.sub_event_type == "Demand" and protest:
        return False  # "protesters demanding X": the protest's cause, not a diplomatic demand
    if trigger.event_type != "Diplomacy" and ctx.lexicon.sought.search(
        ctx.text, max(clause[0], hit.start - 40), hit.start
    ):
        return False  # "demanding the arrest of the killers": what is sought, not what was done
    visit = "visit" in ctx.text[hit.start : hit.end].lower()
    if visit and AFTER_ITS.search(ctx.text, clause[0], hit.start):
        return False  # "After his visit to Kyiv, the chancellor held talks in Warsaw": a time, not news
    if VISIT_NOUN.search(ctx.text, hit.start, hit.end) and not two_countries(ctx):
        return False  # "the president arrived in Maiduguri on a working visit": at home, no diplomacy
    if trigger.id == "phone_call" and (
        ctx.lexicon.told_by.search(ctx.text, max(sentence.start, hit.start - 80), hit.start)
        or ctx.lexicon.to_the_press.match(ctx.text, hit.end)
    ):
        # "he said by phone", "told Reuters by telephone", "talked by phone to AFP news agency": how
        # a source spoke, no call
        return False
    example = EXAMPLE_OF.search(ctx.text, max(clause[0], hit.start - 20), hit.start)
    example = example if example and COUNTED.search(ctx.text, hit.end, min(clause[1], hit.end + 60)) else None
    own_words = (example.start() if example else clause[0], short_of_a_subordinate(ctx.text, hit, clause))
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
    # a sentence opening on the setting its news is set against, a concession or a trend, up to its comma ("In
    # keeping with the trend of ...,", "Against the backdrop of ...,"): the words of a trend or a habit in it
    # are that setting's
    setting = ctx.lexicon.setting_opening.match(ctx.text, past_the_dateline(sentence, ctx), sentence.end)
    if setting is not None and own_words[0] < setting.end() <= hit.start:
        # "In keeping with the trend of almost daily civilian casualties in Saudi airstrikes, a Saudi
        # warplane on Thursday struck a house": the trend is the opening phrase's, the event the verb's
        own_words = (setting.end(), own_words[1])
    if any(ctx.background(*piece) for piece in outside_relatives(own_words, clause, hit, spans)) and not (
        told_beside_a_trend(hit, clause, ctx) or told_before_a_series(hit, clause, ctx)
    ):
        return False  # a toll, a habit or a trend: background, not a new event
    if trigger.id in UNINFLICTED and accident(clause, sentence, ctx):
        return False  # "killed when an artisanal gold mine collapsed": an accident, no conflict event
    opening = SUBORDINATE_OPENING.match(text, clause[0]) and not past_tense(ctx.text, hit)
    own_time = any(clause[0] <= t.start < clause[1] for t in ctx.times)
    if opening and not own_time and ctx.background(sentence.start, clause[0]):
        # "... 1,000 homicides so far this year, as rival groups fight for control": its background
        return False
    heard = HEARD_AFTER.match(ctx.text, hit.end, clause[1]) or HEARD_BEFORE.search(
        ctx.text, max(clause[0], hit.start - 40), hit.start
    )
    if heard and not ctx.lexicon.harm_heard.search(ctx.text, hit.end, clause[1]):
        return False  # "Loud explosions heard since early morning caused panic": a sound, no event told
        # (not "heard the blast that killed five soldiers": the blast told by what it did)
    if conceded(hit, sentence, ctx):
        return False  # "Despite ongoing peace talks, bandits kidnapped 12": the talks are the setting
    if place_has_seen(hit, sentence, ctx):
        return False  # "The northern Sagaing region has seen fierce fighting": what a place has been through
    if describes_a_place(hit, clause, ctx):
        return False  # "Djibo, a hotspot for attacks": what the place is known for, no event
    if habitual_present(hit, clause, sentence, ctx):
        return False  # "where bandits attack travellers": what they do, no event told
    if kind_described(hit, sentence, ctx):
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
    if ctx.lexicon.reacted_after.match(ctx.text, hit.end):
        return False  # "The Israeli strike was condemned by the UN": the same stance, in the passive
    if (
        trigger.event_type not in ("Protests", "Riots")
        and not past_tense(ctx.text, hit)  # "protesters ... were attacked": an event, not a grievance
        and ctx.lexicon.grievance.search(ctx.text, max(clause[0], hit.start - 100), hit.start)
    ):
        return False  # "protesters demonstrating against a wave of abductions": the protest's grievance
    if trigger.event_type == "Diplomacy" and talked_about(hit, clause, ctx):
        return False  # "exchanged views on the outcome of the talks held in Istanbul": a topic
    if trigger.event_type != "Diplomacy" and discussed(hit, clause, ctx):
        return False  # "discussed ... the need to deescalate hostilities in El Fasher": what was talked about
    if trigger.event_type == "Diplomacy" and EARLIER_VISIT.search(
        ctx.text, max(sentence.start, hit.start - 60), hit.start
    ):
        return False  # "forced off a bus after they had visited an orphanage": what came before, no talks
    if (
        trigger.event_type == "Protests"
        and PLUPERFECT_RELATIVE.search(ctx.text, max(sentence.start, hit.start - 40), hit.start)
        and not ctx.lexicon.dispersed.search(sentence.text)
    ):
        return False  # "gunmen killed a man who had protested the arrest of his son": his past
    earlier = ctx.lexicon.earlier_event.search(ctx.text, max(clause[0], hit.start - 60), hit.start)
    if (
        earlier
        and not past_tense(ctx.text, hit)
        and not _cause_of_toll(hit, sentence, ctx, earlier.start())
        and not _first_told_after(earlier.start(), hit, clause, ctx)
    ):
        return False  # "after the Inata attack": an earlier event, named as a time (not "were recovered
        # after a clash with rebels": an event told for the first time, by what followed it)
    if ctx.lexicon.earlier_event_told.search(ctx.text, max(sentence.start, hit.start - 140), hit.start):
        return False  # "after the Inata attack, which caused the death of 53": what that event did
    if trigger.id == "ground_attack" and ctx.lexicon.arrested_in.search(
        ctx.text, max(sentence.start, hit.start - 60), hit.start
    ):
        return False  # "a number of them were arrested in raids at their homes": how they were arrested
    if mourned(hit, sentence, ctx):
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
        if weapons_within(ctx.weapons, *clause):
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
            told or any(p.type in ARMED_TYPES and clause[0] <= p.start < hit.start for p in ctx.parties)
        )
    return True


# "after a clash", "following an attack": an event told for the first time, with the indefinite article
FIRST_TOLD_AFTER = re.compile(r"(?:after|following)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}", re.I)


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
# "a series of kidnappings over the past two weeks, including the abduction of 300 students in
# Niger State": one event of the trend, told as an example of it (its own background, if any, counts)
EXAMPLE_OF = re.compile(r"\bincluding\s+(?:the\s+|an?\s+)?$")
# a relative clause in the present progressive that tells what an actor seeks ("separatists who are
# fighting the army and demanding independence"): who they are, no demand made (read for diplomacy's words
# only: "troops who are fighting Al-Shabaab captured ..." keeps its parties)
ACTOR_DESCRIBED = re.compile(
    r"\b(?:who|which|that)\s+(?:are|is)\s+(?:(?:still|now|also)\s+)?"
    r"(?:[\w-]+ing\s+(?:[\w'’-]+\s+){0,5}?(?:and|or)\s+)?$",
    re.I,
)
# a time clause in the past perfect, just before the event word: what had happened before the news
EARLIER_VISIT = re.compile(
    r"\b(?:after|before|once|when)\s+(?:[\w'’-]+\s+){0,3}?had\s+(?:just\s+|already\s+|\w+ly\s+)?$", re.I
)
# "a man who had protested the arrest of his son": what a person had done before, told of them
PLUPERFECT_RELATIVE = re.compile(r"\b(?:who|which|that)\s+had\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
