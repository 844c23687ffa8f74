"""The per-sentence core. The event words of a sentence that tell something that happened
(not a forecast, a negation, a question or background) are grouped by clause; each clause
with event words is one Candidate (events.extraction.candidate), which the named steps of
STEPS fill in turn: locate and arm (here), place (placing) and fall_back (fallbacks), count
(counting) and fold (folding), date (dating), kind, cast and qualify (kinds). A step that returns False drops
the candidate: it tells nothing new, or its count or force belongs to an event told just
before. What survives becomes one Draft per place.

The factual filter is events.extraction.factuality (with background, talks and clause_tense); the event
words that tell no event of their own are not_events'; the drafts per place are per_place's, a gapped
conjunct's gapping's."""

from __future__ import annotations

from events.extraction.actors import ActorHit
from events.extraction.candidate import CROWDS, ArticleContext, Candidate
from events.extraction.clause_roles import weapons_within
from events.extraction.counting import count
from events.extraction.dating import date
from events.extraction.draft import VIOLENT, Draft
from events.extraction.factuality import told_as_fact
from events.extraction.fallbacks import fall_back
from events.extraction.folding import fold
from events.extraction.gapping import gapped_drafts
from events.extraction.kinds import cast, kind, qualify
from events.extraction.not_events import (
    armed_blockade,
    circumstance_of_violence,
    coordinated_with_unfactual,
    crowd_demands,
    crowd_goes_on,
    figurative_clash,
    operation_of_arrests,
)
from events.extraction.other_events import earlier_aside
from events.extraction.per_place import to_drafts
from events.extraction.placing import place
from events.extraction.timex import TimeRef
from events.extraction.triggers import Hit, clause_of, clauses


def sentence_drafts(
    ctx: ArticleContext, index: int, times: list[TimeRef], actors: list[ActorHit]
) -> list[Draft] | None:
    """The drafts of one sentence: one candidate per clause with factual event words (None
    when it has no event word told as having happened)."""
    sentence = ctx.sentences[index]
    spans = clauses(sentence, ctx.sentence_hits[index])
    hits = ctx.sentence_hits[index] = crowd_demands(ctx, sentence, spans, ctx.sentence_hits[index])
    protest = any(h.trigger.event_type in CROWDS for h in hits) or crowd_goes_on(ctx, sentence)
    factual = [h for h in hits if ctx.entry or told_as_fact(h, sentence, spans, ctx, protest)]
    factual = [h for h in factual if not coordinated_with_unfactual(h, hits, factual, ctx)]
    factual = [h for h in factual if not circumstance_of_violence(h, hits, ctx)]
    factual = [h for h in factual if not figurative_clash(h, ctx)]
    factual = [h for h in factual if not operation_of_arrests(h, factual, spans, ctx)]
    factual = [h for h in factual if not armed_blockade(h, spans, ctx)]
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
        c.weapons = weapons_within(ctx.weapons, *c.clause)
    return True


STEPS = (locate, arm, place, count, fall_back, fold, date, kind, cast, qualify)
