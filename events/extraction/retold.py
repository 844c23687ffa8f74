"""A sentence that retells an event told before it: more of that event, not one of its own
(told_again: its place, day and counts join it; violence told again at a crowd's gathering),
or the place of an event told with none (place_told_event)."""

from __future__ import annotations

import re

from events.extraction import scene
from events.extraction.candidate import (
    ANAPHORIC_TRIGGER,
    ATTACH_WITHIN,
    CROWDS,
    ArticleContext,
    retold_subject,
)
from events.extraction.draft import DATE_NOTES, VIOLENT, Draft
from events.extraction.timing import dates_telling
from events.extraction.triggers import Hit
from events.places import Gazetteer, Resolved, haversine_km
from events.reading.text import Sentence, normalize_name


def told_again(ctx: ArticleContext, sentence: Sentence, hits: list[Hit], new: list[Draft]) -> bool:
    """A sentence whose subject retells the event just told ("The latest fighting took place at
    Al-Kasarah, west of the regional capital"), with one violent event and no day of its own: more of
    that event, which takes its place when it is within the event's (or the event had none)."""
    told = ctx.told_just_before(sentence) or _only_violent(ctx)
    if told is None or len(new) != 1 or told.event_type not in VIOLENT:
        return False
    draft = new[0]
    if _at_a_crowd(ctx, sentence, hits, told, draft):
        return True
    if draft.event_type not in VIOLENT:
        return False
    # its own day dates the event told before when that had none but its telling's ("aid workers told
    # AFP on Tuesday" ... "the strike at Mai Tsebri happened on Monday")
    redated = draft.time_source not in ("undated", "inherited")
    if redated and (
        told.time is None or not (told.time_source == "undated" or dates_telling(draft.time, told.time))
    ):
        return False
    skip, subject = retold_subject(ctx.lexicon.retelling, sentence.text, said=True)
    opening = sentence.start + skip
    if any(sentence.start <= h.start < opening for h in hits):
        return False  # an event word before the subject: a sentence of its own
    # (words of where or when it happened, "took place", tell no event of their own)
    # (what it did, "and killed 17 civilians", is more of it)
    said_of_it = ("locus", "outcome")
    if subject is None or any(
        h.start >= opening + subject.end() and h.trigger.role not in said_of_it for h in hits
    ):
        return False  # another event word after the subject ("The attack came as gunmen raided ...")
    gazetteer = ctx.gazetteer
    # a scene the gazetteer lacks, put in a place found outside its sentence ("The attack in Pont-Sonde
    # was blamed on ...", put in the dateline's town): the scene is named, its container only a guess
    guessed = (
        draft.place is not None
        and bool(draft.unknown_place)
        and not sentence.start <= draft.place.mention.start < sentence.end
        and told.place is not None
        and not told.unknown_place
    )
    if (
        draft.place is not None
        and told.place is not None
        and not guessed
        and not (
            draft.place.entry == told.place.entry or gazetteer.contains(told.place.entry, draft.place.entry)
        )
    ):
        return False  # told elsewhere: another event
    if guessed:
        told.unknown_place = draft.unknown_place
        told.notes.append(
            f"Scene from a later sentence that retells it: '{draft.unknown_place}', not in the gazetteer; "
            f"placed where the event was told, '{told.place.mention.text}'."
        )
    elif draft.place is not None:
        told.place, told.unknown_place = draft.place, draft.unknown_place
        told.notes.append(f"Place from a later sentence that retells it: '{draft.place.mention.text}'.")
    told.spans = sorted(set(told.spans + draft.spans))
    told.absorb(sentence, draft.casualties, [])  # its counts ("and killed 17 civilians"), if it gives any
    if redated:
        told.time, told.time_source = draft.time, draft.time_source
        told.notes = [n for n in told.notes if not n.startswith(DATE_NOTES)]
        told.notes.append(f"Date from a later sentence that retells it: '{draft.time.expression}'.")
    return True


# the retold violence's setting, a crowd's gathering ("The violence broke out at a protest against ...")
AT_A_CROWD = re.compile(r"\b(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _at_a_crowd(ctx: ArticleContext, sentence: Sentence, hits: list[Hit], told: Draft, draft: Draft) -> bool:
    """ "Israeli soldiers shot dead a Palestinian teenager during a clash in the West Bank ... The violence
    broke out at a protest against Israeli settlements near Ramallah": the violence told again, set at a
    crowd's gathering, was that crowd's (its riot, or force against its demonstration), at the place it
    names within the first telling's; one event, with the first telling's counts, the forces that met the
    crowd its second actor."""
    if draft.event_type not in CROWDS or draft.time_source not in ("undated", "inherited"):
        return False
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    subject = ctx.lexicon.retelling.search(sentence.text.lstrip())
    if subject is None or not VIOLENCE_NOUN.search(subject.group(0)):
        return False
    later = [h for h in hits if h.start >= opening + subject.end() and h.trigger.role != "locus"]
    if not later or any(
        h.trigger.event_type not in CROWDS
        or not AT_A_CROWD.search(ctx.text, max(opening, h.start - 40), h.start)
        for h in later
    ):
        return False
    gazetteer = ctx.gazetteer
    if (
        draft.place is not None
        and told.place is not None
        and not (
            draft.place.entry == told.place.entry or gazetteer.contains(told.place.entry, draft.place.entry)
        )
    ):
        return False
    told.event_type, told.sub_event_type = draft.event_type, draft.sub_event_type
    if draft.event_type == "Protests":  # a demonstration met by the violence told: force against it
        lethal = bool(told.casualties.fatalities)
        told.sub_event_type = "Excessive force against protesters" if lethal else "Protest with intervention"
    force = (told.actor1, told.inter1) if told.actor1 not in (None, draft.actor1) else (None, None)
    told.actor1, told.inter1, told.actor2, told.inter2 = (
        draft.actor1,
        draft.inter1,
        draft.actor2,
        draft.inter2,
    )
    if told.actor2 is None:
        told.actor2, told.inter2 = force  # the forces who met the crowd
    told.modelled = False  # the crowd's type stands (not typed again on the first telling's words)
    told.features |= draft.features
    if draft.place is not None:
        told.place, told.unknown_place = draft.place, draft.unknown_place
    told.spans = sorted(set(told.spans + draft.spans))
    told.notes.append(
        "Told again as violence at a crowd's gathering: the crowd's event, typed by that telling."
    )
    return True


# the general nouns of violence a retelling may open with ("The violence", "The clashes")
VIOLENCE_NOUN = re.compile(r"\b(?:violence|clashes|unrest|confrontations?|fighting)\b", re.I)


def _only_violent(ctx: ArticleContext) -> Draft | None:
    """The one violent event the body has told so far, however far back ("gang members attacked a
    small town ..." ... "The attack in Pont-Sonde was blamed on the Grand Grif gang")."""
    told = [d for d in ctx.drafts if d.event_type in VIOLENT and (not d.headline or len(d.spans) > 1)]
    return told[0] if len(told) == 1 else None  # (a headline's event the lede told again, too)


def _lede_told(ctx: ArticleContext, sentence: Sentence) -> Draft | None:
    """The headline's event when the lede was told as it (its spans reach into the body) and no
    other event was told since."""
    if not ctx.drafts or not ctx.drafts[-1].headline:
        return None
    told = ctx.drafts[-1]
    body = [e for s, e in told.spans if s >= told.sentence.end]
    if not body or sentence.start - max(body) > ATTACH_WITHIN:
        return None
    return told


NEARBY_TOWN_KM = 25.0  # a town told again this close to the one the event was placed at is where it fell


def _nearby_town(place: Resolved, other: Resolved, gazetteer: Gazetteer) -> bool:
    here, there = gazetteer.lonlat(place.entry), gazetteer.lonlat(other.entry)
    return (
        gazetteer.kind(other.entry) == "city"
        and other.entry != place.entry
        and here is not None
        and there is not None
        and gazetteer.country_code(place.entry) == gazetteer.country_code(other.entry)
        and haversine_km(here[1], here[0], there[1], there[0]) <= NEARBY_TOWN_KM
    )


def _within_its_name(told: Draft, place: Resolved, span: tuple[int, int], ctx: ArticleContext) -> bool:
    """The sentence that retells the event names its scene in the division of the name the event was
    told at ("killed ... in a disputed border area in Ubon Ratchathani" ... "The incident occurred near
    Chong Bok in Nam Yuen district of Ubon Ratchathani"): the town read first was that division, and the
    scene told again lies in it."""
    gazetteer, name = ctx.gazetteer, normalize_name(told.place.mention.text)
    return any(
        span[0] <= q.mention.start < span[1]
        and gazetteer.kind(q.entry) in ("admin1", "admin2")
        and normalize_name(q.mention.text) == name
        and gazetteer.contains(q.entry, told.place.entry)
        and gazetteer.contains(q.entry, place.entry)
        for q in ctx.places
    )


def place_told_event(ctx: ArticleContext, index: int) -> None:
    """A sentence that retells the event told just before it by a definite event word, with
    no event of its own ("According to the military, the fighting started ... in a town in
    Negros Occidental province"), in the same paragraph, places that event if it was told with
    no place: its one scene is the event's."""
    sentence = ctx.sentences[index]
    # "The attack happened in El Aguaje, a town in ...": a sentence opening on the event told
    # again places it though a paragraph apart, and within the country it was told in
    subject = ctx.lexicon.retelling.search(sentence.text.lstrip()) is not None
    told = ctx.told_just_before(sentence) or (_lede_told(ctx, sentence) if subject else None)
    gazetteer = ctx.gazetteer
    country = told is not None and told.place is not None and gazetteer.kind(told.place.entry) == "country"
    # "... killed 11 people in central Gaza. The strike hit an encampment in Deir al-Balah": a town
    # told again nearby, where the event told loosely fell
    town = told is not None and told.place is not None and gazetteer.kind(told.place.entry) == "city"
    if (
        told is None
        or told.unknown_place
        or (told.place is not None and not (subject and (country or town)))
        or (told.sentence.paragraph != sentence.paragraph and not subject)
    ):
        return
    if not subject and not any(
        ANAPHORIC_TRIGGER.search(ctx.text, sentence.start, h.start) for h in ctx.sentence_hits[index]
    ):
        return
    span = (sentence.start, sentence.end)
    scenes = [p for p in scene.event_places(ctx.text, span, ctx.places, ctx.qualifiers, gazetteer,
                                            ctx.lexicon.places)
              if gazetteer.kind(p.entry) != "country"]  # fmt: skip
    lacking = ctx.lacking(span)
    if lacking is not None and (not scenes or any(p.mention.start == lacking.start for p in scenes)):
        scenes = [lacking.region]  # "in El Aguaje, a town in the Aguililla region": the region
    if len(scenes) != 1 or (country and not gazetteer.contains(told.place.entry, scenes[0].entry)):
        return
    if town and not (
        _nearby_town(told.place, scenes[0], gazetteer) or _within_its_name(told, scenes[0], span, ctx)
    ):
        return
    told.place = scenes[0]
    told.unknown_place = lacking.place_name if lacking is not None and scenes[0] is lacking.region else ""
    told.spans.append(span)
    told.notes.append(f"Place from a later sentence: '{told.unknown_place or scenes[0].mention.text}'.")
