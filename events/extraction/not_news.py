"""Events a report tells as its setting, not as its news: the loosest developments below its
opening, events placed nowhere (or only in a country), the present perfect's background."""

from __future__ import annotations

import re

from events.extraction.draft import Draft
from events.extraction.told_apart import ANOTHER
from events.places import Gazetteer, place_fields

# the loosest developments, a report's context (context_development, without_context)
CONTEXT_KINDS = ("Other", "Change to group/activity")


def context_development(draft: Draft) -> bool:
    """A development of the loosest kinds (a group's changed activity, a curfew, people
    fleeing, an announcement) told below a report's opening paragraphs without a day or a
    place of its own: the report's context, not its news ("On Sunday, the governor declared a
    state of emergency in Zamfara state" stays an event)."""
    return draft.context and _loose_development(draft) and not _dated_and_placed(draft)


def unplaced(draft: Draft, loose: bool) -> bool:
    """An event of a report of several paragraphs with no place at all, even after its
    headline's, or only a country (``loose``: "struck Hezbollah targets deep inside Lebanon"):
    told too loosely to code (ACLED codes no event without a location). Talks, calls and
    agreements need no place."""
    if not draft.paragraphed or not loose:
        return False
    return draft.event_type != "Diplomacy" and draft.sub_event_type != "Agreement"


def without_context(drafts: list[Draft]) -> list[Draft]:
    """A report of several paragraphs that tells events of its own tells its loosest developments ("Army
    personnel patrol an area", "the fifth day of the 'week of resistance' declared by organisers") as their
    setting, not as events, wherever it tells them (context_development: below its opening, whatever
    else it tells); told alone, or in an entry of one paragraph (an ACLED note), they stand."""
    if all(_loose_development(d) for d in drafts):
        return drafts
    return [d for d in drafts if not (d.paragraphed and _loose_development(d) and not _dated_and_placed(d))]


def perfect_background(draft: Draft, gazetteer: Gazetteer) -> bool:
    """Told below the report's opening in the present perfect, with no time of its own and in no other
    sentence, and told as many or of no one town ("the Houthis have damaged dozens of ships", "Al-Shabaab
    has severally planted IEDs on roads"): what has happened over time, the report's background, not a new
    event. Not one told apart ("Separately, settlers have torched cars in Burqa") or with its dead, nor
    one at a town ("gunmen have also stormed a hospital in Zawiya")."""
    if not (draft.perfect and draft.context and len(draft.spans) == 1 and draft.time_source != "explicit"):
        return False
    if draft.separate or ANOTHER.search(draft.sentence.text):
        return False
    many = MANY_TIMES.search(draft.sentence.text) is not None
    at_a_town = draft.place is not None and gazetteer.kind(draft.place.entry) in ("city", "poi")
    hurt = bool(draft.casualties.fatalities or draft.casualties.injuries)
    return many or not (at_a_town or hurt)


# many events in one telling ("dozens of ships", "a series of attacks", "severally", "repeatedly")
MANY_TIMES = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|a\s+series|series|several|many|numerous|multiple|countless)\s+of\b"
    r"|\b(?:severally|repeatedly|routinely|regularly|frequently|often)\b",
    re.I,
)


def _loose_development(draft: Draft) -> bool:
    return draft.event_type == "Strategic developments" and draft.sub_event_type in CONTEXT_KINDS


def _dated_and_placed(draft: Draft) -> bool:
    """Told with a day and a place of its own: news ("On Wednesday, the government imposed a curfew in
    Dhaka")."""
    return draft.time_source == "explicit" and draft.place is not None


def loosely_placed(draft: Draft, gazetteer: Gazetteer) -> bool:
    """Placed nowhere, or only in a country (not a part of one the text names: "northern Mali")."""
    if draft.unknown_place:
        return False
    if draft.place is None:
        return True
    country = gazetteer.kind(draft.place.entry) == "country"
    return country and place_fields(draft.place, gazetteer)["geometry"] is None
