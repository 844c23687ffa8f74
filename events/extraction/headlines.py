"""Headlines folded: a headline's events into the body's that retell them (fold_headlines), with
the headline's counts, place and date where the body's are vaguer."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.casualties import Casualties
from events.extraction.counts import combine, reported
from events.extraction.draft import VIOLENT, Draft
from events.extraction.one_event import date_from, merge_pairs, places_compatible
from events.extraction.told_apart import on_its_edge
from events.places import Gazetteer, haversine_km


def fold_headlines(body: list[Draft], headlines: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """A headline retells the body: its event joins the body's event of the same type at a
    compatible place (whatever the day: headlines rarely say it), adding its sentence as
    evidence and its counts only where the body gives none. A headline event at a place
    the body tells another type of event at is the body's (the body says more); a headline
    event the body does not tell at all stands on its own. A body event it joins that has no
    place takes the headline's."""
    kept: list[Draft] = []
    for draft in headlines:
        near = [b for b in body if places_compatible(b, draft, gazetteer) or _stand_in(draft, b, gazetteer)
                or _district_of(b, draft, gazetteer) or on_its_edge(draft, b, gazetteer)
                or _close_to(draft, b, gazetteer)]  # fmt: skip
        same = [b for b in near if b.event_type == draft.event_type] or [
            b for b in near if {b.event_type, draft.event_type} <= VIOLENT
        ]  # one attack told as an attack in the headline, as a strike or a massacre in the body
        if not near:  # its town read as the province it names, when the body tells nothing at the town itself
            named = [b for b in body if _province_named(b, draft, gazetteer)]
            same = [b for b in named if b.event_type == draft.event_type] or [
                b for b in named if {b.event_type, draft.event_type} <= VIOLENT
            ]
        if same:
            target = same[0]
            target.spans = sorted(set(target.spans + draft.spans))
            target.features |= draft.features
            told = (draft.sentence.start, draft.sentence.end)
            if any(span != told for span in draft.spans) and reported(draft.casualties):
                # the headline took the lede's counts ("shot five men to death", told right under it): the
                # body's own telling of them
                target.casualties = combine(target.casualties, draft.casualties)
            else:
                target.casualties = _headline_counts(target.casualties, draft.casualties)
            _place_from(target, draft)
            date_from(target, draft)  # "The attack took place early Thursday", read with the headline's
        elif near:
            _place_from(near[0], draft)
        else:
            kept.append(draft)
    return body + merge_pairs(kept, gazetteer)


def _headline_counts(body: Casualties, headline: Casualties) -> Casualties:
    """The counts of a body event a headline retells: the headline's where the body gives none; where the
    body gives one kind, the headline's other kind when the kind both give agrees ("One killed, five
    wounded in camp attack" over "A displaced person was killed in the camp": five wounded); the headline's
    figure where the body tells only a bound it exceeds ("more than 40")."""
    if body.fatalities is None and body.injuries is None:
        return headline
    if body.above and not headline.above and (headline.fatalities or 0) > (body.fatalities or 0):
        # "At Least 43 Dead" over "More than 40 people have been killed": the figure the body's bound holds
        return replace(body, fatalities=headline.fatalities, above=False)
    if body.injuries is None and headline.injuries is not None and body.fatalities == headline.fatalities:
        return replace(body, injuries=headline.injuries)
    if body.fatalities is None and headline.fatalities is not None and body.injuries == headline.injuries:
        return replace(body, fatalities=headline.fatalities)
    return body


def _place_from(target: Draft, headline: Draft) -> None:
    """A body event told with no place takes the place of the headline that retells it."""
    if target.place is None and not target.unknown_place and headline.place is not None:
        target.place, target.unknown_place = headline.place, headline.unknown_place
        target.notes.append(f"Place from the headline: '{headline.place.mention.text}'.")


NEAR_KM = 50.0  # a town this close to the one a headline says an event was near may be where it was


def _close_to(headline: Draft, body: Draft, gazetteer: Gazetteer) -> bool:
    """The headline tells its scene as near a town or on its outskirts ("clash near Goma"); the body
    tells it at a town within NEAR_KM of that one ("around the town of Sake, 25 km west of Goma")."""
    if (
        headline.place is None
        or body.place is None
        or headline.place.mention.relation not in ("near", "outskirts")
    ):
        return False
    a, b = gazetteer.lonlat(headline.place.entry), gazetteer.lonlat(body.place.entry)
    return (
        a is not None
        and b is not None
        and gazetteer.kind(body.place.entry) == "city"
        and haversine_km(a[1], a[0], b[1], b[0]) <= NEAR_KM
    )


def _stand_in(headline: Draft, body: Draft, gazetteer: Gazetteer) -> bool:
    """A headline's scene the gazetteer lacks, placed at a stand-in ("armed gang attack in Rohingya
    refugee camp", placed at the dateline's Dhaka), tells no place against the body's in the same
    country."""
    if not headline.unknown_place or headline.place is None or body.place is None:
        return False
    return gazetteer.country_code(headline.place.entry) == gazetteer.country_code(body.place.entry)


def _district_of(body: Draft, headline: Draft, gazetteer: Gazetteer) -> bool:
    """A headline's town and a body event placed at a second-level division of the same province
    ("Clashes in Herat" over "in Kohna Deh village, Pashtun Zarghun district"): the town names the
    province the district lies in."""
    if body.place is None or headline.place is None or _told_as_a_town(headline):
        return False
    district, town = body.place.entry, headline.place.entry
    if gazetteer.kind(district) != "admin2" or gazetteer.kind(town) != "city":
        return False
    province = gazetteer.entry(district)["admin1_code"]
    return bool(province) and province == gazetteer.entry(town)["admin1_code"]


TOWN_AFTER = re.compile(r"\s+(?:metropolis|city|town|municipality)\b", re.I)


def _told_as_a_town(headline: Draft) -> bool:
    """ "in Katsina metropolis", "the town of X": the headline names the town itself, not its province."""
    mention, sentence = headline.place.mention, headline.sentence
    return bool(mention.settlement_word) or (
        sentence.start <= mention.start < sentence.end
        and TOWN_AFTER.match(sentence.text, mention.end - sentence.start) is not None
    )


def _province_named(body: Draft, headline: Draft, gazetteer: Gazetteer) -> bool:
    """A headline's town named as its province is ("Ranger hurt in Pattani bomb blast" over "in Mayo
    district of Pattani"): a body event placed anywhere in the first-level division of the town's name."""
    if body.place is None or headline.place is None:
        return False
    mention, sentence = headline.place.mention, headline.sentence
    if not sentence.start <= mention.start < sentence.end or _told_as_a_town(headline):
        return False  # (a place the headline took from elsewhere names no province in it)
    town, place = headline.place.entry, body.place.entry
    if gazetteer.kind(town) != "city" or town == place:
        return False
    division = gazetteer.division_holding(town)
    return (
        division is not None
        and gazetteer.division_holding(place) == division
        and gazetteer.key_of(division) == gazetteer.key_of(town)
    )
