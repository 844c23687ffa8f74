"""The drafts of one article -> one event per type, place and day (merge_drafts): crowds turned
violent, headlines folded, events placed in the story, summaries and sums set beside their parts."""

from __future__ import annotations

from shapely.geometry import Point, shape

from events.extraction.counts import combine
from events.extraction.draft import VIOLENT, Draft
from events.extraction.headlines import fold_headlines
from events.extraction.one_event import merge_pairs, places_compatible
from events.extraction.timing import overlap
from events.places import Gazetteer, place_fields


def merge_drafts(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """One event per type, place and day; a headline's events folded into the body's; no
    country-wide summary beside the events it sums up."""
    body = merge_pairs(_crowds_turned_violent([d for d in drafts if not d.headline], gazetteer), gazetteer)
    merged = fold_headlines(body, [d for d in drafts if d.headline], gazetteer)
    merged = merge_pairs(_placed_in_the_story(merged, gazetteer), gazetteer)
    merged = [d for d in merged if not _summarised(d, merged, gazetteer)]
    kept = []
    for draft in merged:
        parts = _parts_of_its_sum(draft, merged, gazetteer)
        if parts:  # the parts are the events; the first takes the total's sentences as evidence
            parts[0].spans = sorted(set(parts[0].spans + draft.spans))
        else:
            kept.append(draft)
    return kept


def _parts_of_its_sum(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """A toll told first and then told again place by place, on the same day and in the same first-level
    division ("Israeli air strikes killed at least 15 Palestinians in the southern Gaza Strip on Sunday"
    ... "Eight people were killed when a strike hit a house in Rafah, and seven others died in a strike on
    a car in Khan Younis"): the parts are the events, the total no event of its own. The parts (none when
    the draft is no such total)."""
    total = draft.casualties.fatalities
    if draft.event_type not in VIOLENT or not total or total < 2 or draft.place is None:
        return []
    region = (
        gazetteer.division_holding(draft.place.entry)
        if gazetteer.kind(draft.place.entry) != "admin1"
        else draft.place.entry
    )
    if region is None:
        return []
    parts = [o for o in drafts if o is not draft and min(o.spans)[0] > min(draft.spans)[0]
             and o.event_type in VIOLENT and o.place is not None and o.casualties.fatalities
             and overlap(o.time, draft.time)
             and gazetteer.division_holding(o.place.entry) == region]  # fmt: skip
    return parts if len(parts) >= 2 and sum(o.casualties.fatalities for o in parts) == total else []


def _told_in(draft: Draft, detail: Draft, gazetteer: Gazetteer) -> bool:
    """The detail's event could be the one the draft tells more loosely: of its type, or both
    violent, on the same day, placed within the draft's country (or anywhere, if it has none),
    by the same side (when both name one), and not with a toll of its own beside the draft's
    unless the draft names the part of the country that holds it."""
    if detail is draft or detail.place is None or gazetteer.kind(detail.place.entry) == "country":
        return False
    if draft.actor1 and detail.actor1 and draft.actor1 != detail.actor1:
        return False  # "RSF shelling killed 30 ... army drones struck Nyala": another side's, another event
    if (
        draft.casualties.fatalities
        and detail.casualties.fatalities is not None
        and not _in_its_part(detail, draft, gazetteer)
    ):
        return False  # two tolls: two events ("killing four officers across Haiti" ... "three residents"),
        # unless the loose one names the part of the country the other lies in ("in central Mali")
    if not ({draft.event_type, detail.event_type} <= VIOLENT or draft.event_type == detail.event_type):
        return False
    country = draft.place.entry if draft.place is not None else None
    return (country is None or gazetteer.contains(country, detail.place.entry)) and (
        detail.time.event_date == draft.time.event_date
    )


def _placed_in_the_story(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """An event told with no place at all ("Police charges, tear gas and rubber bullets injured at
    least 50 party activists on Tuesday") on the day of the report's first placed event happened
    where that event did: it takes that place (a town or a division, not a country), with a note
    saying so. On another day, or opened as another incident ("Elsewhere on Sunday, a drone attack
    wounded three people"), it may be anywhere: it keeps no place."""
    story = next((d for d in drafts if d.place is not None and d.event_type != "Diplomacy"
                  and gazetteer.kind(d.place.entry) != "country"), None)  # fmt: skip
    if story is None:
        return drafts
    for draft in drafts:
        if (
            draft.place is None
            and not draft.unknown_place
            and draft.event_type != "Diplomacy"
            and not draft.separate  # "Elsewhere on Sunday, ...", "In a separate incident, ..."
            and overlap(draft.time, story.time)
        ):
            draft.place = story.place
            draft.notes.append(f"No place in its sentences: placed where the report's first event is, "
                               f"'{story.place.mention.text}', that day.")  # fmt: skip
    return drafts


def _summarised(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer) -> bool:
    """An event told only in a country, or nowhere ("Fighting raged across Sudan on Monday"),
    beside an event the report places within it that day that it may tell more loosely
    (_told_in: "... in El Fasher"): a summary of it, not an event of its own. That event takes
    its sentences as evidence, and its toll when it has none ("jihadists killed at least eight
    people Sunday in a raid on an army camp in central Mali" ... "stormed Dioura army camp")."""
    if draft.event_type == "Diplomacy" or draft.unknown_place:
        return False
    if draft.separate:
        return False  # "Elsewhere on Sunday, a drone attack wounded three": another incident
    country = draft.place.entry if draft.place is not None else None
    if country is not None and gazetteer.kind(country) != "country":
        detail = _area_told_after(draft, drafts, gazetteer)
        if detail is None:
            return False
        detail.features |= draft.features  # (typed again on all its tellings)
        detail.mixed = detail.modelled = detail.modelled or draft.modelled
    else:
        detail = next((o for o in drafts if _told_in(draft, o, gazetteer)), None)
    if detail is None:
        return False
    detail.spans = sorted(set(detail.spans + draft.spans))
    if detail.casualties.fatalities is None and detail.casualties.injuries is None:
        detail.casualties = draft.casualties
    return True


def _area_told_after(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer) -> Draft | None:
    """A lede that tells its event in a division only, with no day of its own ("Troops have beaten back
    an attack on a military base in Borno State"), and the next event the report tells within that
    division, of a violent type, on the report's day or the day before ("the terrorists invaded
    Kunnari, a village near Buratai town, at about 3am yesterday"): one event, told loosely and then
    precisely. -> the precise telling, which keeps its place and day and takes the lede's sentences,
    words and toll (_summarised); None when there is none."""
    if draft.place is None or draft.time.expression or draft.context:
        return None
    if (
        gazetteer.kind(draft.place.entry) not in ("admin1", "admin2", "region")
        or draft.event_type not in VIOLENT
    ):
        return None
    later = [o for o in drafts if o is not draft and min(o.spans)[0] > min(draft.spans)[0]]
    detail = next((o for o in later if o.event_type != "Diplomacy"), None)
    if (
        detail is None
        or detail.place is None
        or detail.event_type not in VIOLENT
        or detail.separate
        or (detail.place.entry == draft.place.entry and not detail.unknown_place)
        or not (
            detail.place.entry == draft.place.entry
            or gazetteer.contains(draft.place.entry, detail.place.entry)
        )
        or not 0 <= (draft.time.event_date - detail.time.event_date).days <= 1
        or _other_sides(draft, detail)
    ):
        return None
    return detail


def _other_sides(a: Draft, b: Draft) -> bool:
    """Both name the two sides, and no side of one is a side of the other (one side named tells too
    little: "Troops beat back an attack" ... "the terrorists invaded Kunnari")."""
    sides_a, sides_b = {a.actor1, a.actor2} - {None}, {b.actor1, b.actor2} - {None}
    return len(sides_a) == len(sides_b) == 2 and not sides_a & sides_b


def _in_its_part(detail: Draft, draft: Draft, gazetteer: Gazetteer) -> bool:
    """The draft names a part of a country ("central Mali") that holds the detail's place."""
    if draft.place is None or not draft.place.mention.direction or detail.place is None:
        return False
    drawn = place_fields(draft.place, gazetteer)["geometry"]
    point = gazetteer.lonlat(detail.place.entry)
    return drawn is not None and point is not None and shape(drawn).contains(Point(*point))


def _crowds_turned_violent(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """ "Police fired tear gas to disperse workers, who had taken to the streets and pelted
    stones": a protest met with force and a riot told in one sentence are one crowd, which
    turned violent: the riot, with the force's counts and its sentence as evidence."""
    out: list[Draft] = []
    for draft in drafts:
        riot = draft.event_type == "Protests" and next(
            (d for d in drafts if d.event_type == "Riots" and places_compatible(d, draft, gazetteer)
             and (d.sentence.start == draft.sentence.start or _one_scene_day(d, draft))), None)  # fmt: skip
        if not riot:
            out.append(draft)
            continue
        riot.spans = sorted(set(riot.spans + draft.spans))
        riot.casualties = combine(riot.casualties, draft.casualties)
        if riot.actor2 is None and draft.actor2 not in (None, riot.actor1):
            riot.actor2, riot.inter2 = draft.actor2, draft.inter2
    return out


def _one_scene_day(a: Draft, b: Draft) -> bool:
    """Told at one place (both placed) on one day: one crowd, as ACLED codes a location-day."""
    return (
        a.place is not None
        and b.place is not None
        and a.place.entry == b.place.entry
        and overlap(a.time, b.time)
    )
