"""Drafts -> one event per type, place and day (merge_pairs): each draft joins the first event it
tells again, which takes its place, date, counts, actors and evidence."""

from __future__ import annotations

from dataclasses import replace

from events.extraction.counts import combine
from events.extraction.draft import DATE_NOTES, VIOLENT, Draft
from events.extraction.same_event import (
    SEVERITY,
    retold_apart,
    same_event,
    same_toll,
    specificity,
    told_from,
    unarmed,
)
from events.extraction.timex import TimeRef
from events.extraction.timing import dates_telling
from events.places import Gazetteer


def date_from(target: Draft, draft: Draft) -> None:
    """The date of two tellings of one event: the one that dates it, over one that gives only
    when it was told, or none (unless it is a coarser time holding the day the undated one is
    told on); the more precise of two alike, never the report's day of an undated headline over
    a date the text gives ("The attack happened last week") unless that date holds the day ("in
    November" in a November report)."""
    if (
        dates_telling(draft.time, target.time)
        or (
            target.time_source == "undated"
            and draft.time_source != "undated"
            and not _holds(draft.time, target.time)
        )
        or (
            draft.time.speech == target.time.speech
            and draft.time.precision < target.time.precision
            and (
                draft.time_source != "undated"
                or target.time_source == "undated"
                or _holds(target.time, draft.time)
            )
        )
    ):
        target.time, target.time_source = draft.time, draft.time_source
        told = [n for n in draft.notes if n.startswith(DATE_NOTES)][-1:]  # where the date was read
        target.notes = [n for n in target.notes if not n.startswith(DATE_NOTES)] + told


def _holds(coarse: TimeRef, day: TimeRef) -> bool:
    """A coarser time that holds the day an undated event is told on ("in September", of a report
    on 25 September): no more than that day says."""
    return coarse.precision > day.precision and coarse.date_start <= day.event_date <= coarse.date_end


def places_compatible(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    if a.place is None or b.place is None:
        return True
    return (a.place.entry == b.place.entry or gazetteer.contains(a.place.entry, b.place.entry)
            or gazetteer.contains(b.place.entry, a.place.entry))  # fmt: skip


def merge_pairs(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    merged: list[Draft] = []
    counted: Draft | None = None  # the event whose dead were told last
    for draft in drafts:
        target = next((m for m in merged if same_event(m, draft, gazetteer)), None)
        if draft.casualties.more and target is not None and counted is not None and counted is not target:
            # "six other people were killed ... in eastern Khan Younis" after another event's dead: others
            # than those, not more than the event it joins had
            draft.casualties = replace(draft.casualties, more=False)
        if draft.casualties.fatalities:
            counted = target or draft
        if target is None:
            merged.append(draft)
            continue
        one_toll = same_toll(target, draft)  # (read before the target takes anything of the draft)
        apart = retold_apart(target, draft)
        if target.sub_event_type == "Looting/property destruction" and draft.event_type in VIOLENT:
            target.event_type, target.sub_event_type = draft.event_type, draft.sub_event_type
            target.sentence, target.trigger = draft.sentence, draft.trigger  # the attack's telling
        elif one_toll or apart:
            # one toll, or one incident, told twice and typed apart: typed again on both tellings' words
            target.mixed = True
            target.modelled = target.modelled or draft.modelled
        elif draft.event_type == target.event_type and (
            SEVERITY.get(draft.sub_event_type, 0) > SEVERITY.get(target.sub_event_type, 0)
            or (unarmed(target) and not unarmed(draft))
        ):
            target.sub_event_type = draft.sub_event_type
        if (
            specificity(draft, gazetteer) < specificity(target, gazetteer)
            or told_from(draft, target)
            or (
                draft.unknown_place
                and not target.unknown_place
                and draft.place is not None
                and target.place is not None
                and draft.place.entry == target.place.entry
            )
        ):  # a more precise place, or a village the gazetteer lacks within the same one
            target.place, target.sentence = draft.place, draft.sentence
            target.unknown_place = draft.unknown_place
        date_from(target, draft)
        if one_toll:  # the same dead told twice: not summed; the wounded from either
            target.casualties = replace(
                target.casualties, injuries=target.casualties.injuries or draft.casualties.injuries
            )
        else:
            target.casualties = combine(target.casualties, draft.casualties, later=True)
        if target.actor1 is None:
            target.actor1, target.inter1 = draft.actor1, draft.inter1
        if target.actor2 is None and draft.actor2 not in (None, target.actor1):
            target.actor2, target.inter2 = draft.actor2, draft.inter2
        elif (
            target.event_type == "Battles"
            and target.actor2 is None
            and draft.actor1 not in (None, target.actor1)
        ):
            # "Russian forces attacked near X, but were repelled by the Ukrainian military": a battle's
            # other side, told as the agent of its other clause
            target.actor2, target.inter2 = draft.actor1, draft.inter1
        target.weapons = list(dict.fromkeys(target.weapons + draft.weapons))
        target.civilian_targeting |= draft.civilian_targeting
        target.confidence = max(target.confidence, draft.confidence)
        target.spans = sorted(set(target.spans + draft.spans))
        target.features |= draft.features
        other_notes = [n for n in draft.notes if not n.startswith(DATE_NOTES)]  # date_from has the date's
        target.notes = list(dict.fromkeys(target.notes + other_notes))
    return merged
