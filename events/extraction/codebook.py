"""ACLED's codebook on each merged event: a peaceful protest hurts no one, the second actor a
sub-event type settles, the armed group a report says claimed an attack, described actors
named with the country of the event's place."""

from __future__ import annotations

import re

from events.extraction.actors import find_actors
from events.extraction.casualties import Casualties
from events.extraction.draft import VIOLENT, Draft
from events.extraction.kinds import BARE_LABEL, EXTERNAL, country_of, described_actor, inter_on
from events.extraction.lexicon import Actor, Lexicon
from events.places import Gazetteer


def peaceful_counts_none(draft: Draft) -> None:
    """A peaceful protest hurts no one (ACLED's codebook: no violence, no force met): the dead told
    beside it are what it is about ("in memory of a demonstrator who was killed"), not its own."""
    told = draft.casualties
    if draft.sub_event_type == "Peaceful protest" and (told.fatalities or told.injuries):
        draft.casualties = Casualties(None, None)
        draft.notes.append(
            "The deaths or injuries told beside this peaceful protest are its cause, not its own."
        )


# A named armed group's claim of an attack, or the report's attributing it ("Al Shabaab claimed
# responsibility", "Al Shabaab assumed responsible", "an IED likely planted by JNIM militants")
CLAIM_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:claimed|claims|has\s+claimed|have\s+claimed)\s+(?:responsibility|the\s+attack|"
    r"the\s+(?:bombing|blast|killing|strike|ambush))\b|\s+(?:\w+\s+)?(?:assumed|believed|suspected|thought)\s+"
    r"(?:to\s+be\s+)?responsible\b",
    re.I,
)


CLAIM_BEFORE = re.compile(
    r"\b(?:planted|claimed|carried\s+out)\s+by\s+(?:the\s+)?$|\b(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?$",
    re.I,
)


CLAIM_WITHIN = 300  # characters after the event's last sentence a claim may be told in


CLAIM_WORDS = re.compile(r"claim|responsib|(?:planted|carried out) by|blamed on|attributed to", re.I)


def claims_told(text: str, lexicon: Lexicon) -> list[tuple[int, Actor]]:
    """(position, actor) of each named armed group the text says claimed an attack or did it."""
    if not CLAIM_WORDS.search(text):
        return []  # most reports: no claim told (a quick test before the actors are looked up)
    out = []
    for hit in find_actors(text, lexicon):
        if hit.actor.kind not in ("armed_group", "militia"):
            continue
        if CLAIM_AFTER.match(text, hit.end) or CLAIM_BEFORE.search(text, max(0, hit.start - 30), hit.start):
            out.append((hit.start, hit.actor))
    return out


def claimed(draft: Draft, claims: list[tuple[int, Actor]], gazetteer: Gazetteer) -> None:
    """An attack by hands the report does not name, claimed by (or laid at the door of) a named
    armed group in its sentences or just after them: that group's."""
    if not claims or draft.event_type not in VIOLENT or draft.inter1 not in (None, 3):
        return
    if draft.actor1 is not None and not draft.actor1.startswith("Unidentified"):
        return
    start, end = draft.sentence.start, max(e for _, e in draft.spans) + CLAIM_WITHIN
    told = [actor for at, actor in claims if start <= at < end]
    if len({a.name for a in told}) != 1:
        return
    soil = gazetteer.country_code(draft.place.entry) if draft.place is not None else ""
    draft.actor1, draft.inter1 = told[0].name, inter_on(told[0], soil)
    draft.notes.append(f"First actor from the report's claim or attribution: {told[0].name}.")


def with_country(draft: Draft, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
    """An actor the text describes, named without its country where the sentence that told it had
    no place ("Civilians" from "nine people ... were killed" told after the strike), named with the
    country of the event's place ("Civilians (Palestinian Territory)")."""
    country = country_of([draft.place], gazetteer)
    if country is None:
        return
    for kind in lexicon.actor_types.values():
        bare = BARE_LABEL.sub("", kind.label)
        # (not forces told as foreign to the place: "the occupation forces" are no forces of its country)
        if draft.actor1 == bare and kind.inter and draft.inter1 != EXTERNAL:
            draft.actor1 = kind.label.replace("{country}", country)
        if draft.actor2 == bare and kind.inter and draft.inter2 != EXTERNAL:
            draft.actor2 = kind.label.replace("{country}", country)


# The sub-event types whose unnamed target is civilians ("looted an NGO office", "a suspected thief was
# beaten up by locals")
DONE_TO_CIVILIANS = ("Looting/property destruction", "Mob violence")


# The sub-event types of a protest that met force: the force is its second actor
FORCE_MET = ("Protest with intervention", "Excessive force against protesters")


def codebook_second_actor(draft: Draft, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
    """The second actor where the sub-event type settles it in ACLED's codebook: a peaceful
    protest met no force, so it has none (the police who watched are no party); one that met force
    has the force (the police, when the text names none: "Police arrested 23 demonstrators"); looting or
    destruction of property told with no owner is done to civilians ("looted an NGO office",
    "burnt eight houses", "seized a thousand heads of livestock"), as is a mob's violence against no
    one named otherwise ("a suspected thief was beaten up by locals"), and a remote attack
    whose victims, told in a later sentence of it, are civilians ("shelled Volfyne, hitting two
    houses. A civilian was killed.")."""
    if draft.sub_event_type == "Peaceful protest":
        draft.actor2, draft.inter2 = None, None
        return
    if draft.sub_event_type in FORCE_MET and draft.actor2 is None:  # met force: the police's, unless named
        draft.actor2, draft.inter2 = described_actor("police", country_of([draft.place], gazetteer), lexicon)
        return
    remote = draft.event_type == "Explosions/Remote violence"
    remote_on_civilians = remote and "victim:civilians" in draft.features
    if draft.actor2 is None and (draft.sub_event_type in DONE_TO_CIVILIANS or remote_on_civilians):
        country = country_of([draft.place], gazetteer)
        draft.actor2, draft.inter2 = described_actor("civilians", country, lexicon)
        draft.civilian_targeting = draft.civilian_targeting or remote_on_civilians
