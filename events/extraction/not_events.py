"""Event words that tell no event of their own, read before a sentence's clauses are grouped: a
crowd's demand (read as its protest), a noun sharing the mood of the one before it, a development in
a circumstance of violence, a figurative clash, an operation told by its arrests, an armed blockade."""

from __future__ import annotations

import re

from events.extraction.candidate import CROWDS, ArticleContext
from events.extraction.clause_roles import REMOTE_WORDS, VIOLENT_WORDS, group_of
from events.extraction.clause_tense import past_tense
from events.extraction.draft import VIOLENT
from events.extraction.triggers import Hit, clause_of
from events.reading.text import Sentence

CROWD_PARTIES = ("protesters", "rioters")


def crowd_goes_on(ctx: ArticleContext, sentence) -> bool:
    """'They demanded ...' right after a demonstration told in the paragraph: the crowd's own words."""
    told = ctx.drafts[-1] if ctx.drafts else None
    return (
        told is not None
        and told.event_type in CROWDS
        and told.sentence.paragraph == sentence.paragraph
        and ctx.lexicon.crowd_subject.match(sentence.text) is not None
    )


def crowd_demands(ctx: ArticleContext, sentence: Sentence, spans, hits: list[Hit]) -> list[Hit]:
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


def armed_blockade(hit: Hit, spans, ctx: ArticleContext) -> bool:
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
    return group_of(before[-1].type) == "armed"


# what opens a clause telling the circumstances of the event before it
CIRCUMSTANCE = re.compile(r"\bwhile\b", re.I)  # (not "when": "were killed when the landmines exploded")


def circumstance_of_violence(hit: Hit, hits: list[Hit], ctx: ArticleContext) -> bool:
    """A development told in a clause of circumstance after a violent event word ("The clash happened
    while soldiers were on patrol"): what the violence befell, not a development of its own."""
    return hit.trigger.event_type == "Strategic developments" and any(
        v.trigger.event_type in VIOLENT
        and v.end <= hit.start
        and CIRCUMSTANCE.search(ctx.text, v.end, hit.start)
        for v in hits
    )


OPERATION = re.compile(r"\boperations?\b", re.I)


SEIZURES = {"arrests", "interception"}  # what an operation made that is no fight: arrests, weapons seized


def operation_of_arrests(hit: Hit, hits: list[Hit], spans, ctx: ArticleContext) -> bool:
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
    return bool(seized) and not told & (VIOLENT_WORDS | REMOTE_WORDS)


FIRST_OF_TWO = re.compile(r"\s+between\s+(?P<first>[^,;.()]{1,60}?)\s+and\s")


def figurative_clash(hit: Hit, ctx: ArticleContext) -> bool:
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


# two event nouns joined by "and" or "or" ("called for marches and rallies"): one phrase
COORDINATED = re.compile(r"\s*,?\s+(?:and|or)\s+(?:(?:the|a|an|more|further|mass)\s+)?")


def coordinated_with_unfactual(hit: Hit, hits: list[Hit], factual: list[Hit], ctx: ArticleContext) -> bool:
    """An event noun joined by "and"/"or" to the one right before it shares its mood: "called for
    marches and rallies" is a call for both (a past-tense verb after "and" is a clause of its own)."""
    before = [h for h in hits if h.end <= hit.start]
    if not before or before[-1] in factual or past_tense(ctx.text, hit):
        return False
    return COORDINATED.fullmatch(ctx.text, before[-1].end, hit.start) is not None
