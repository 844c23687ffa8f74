"""What: an event's type and sub-type, from its trigger, the weapons of its clause, and who
it struck."""

from __future__ import annotations

import re

from events.extraction.casualties import Casualties
from events.extraction.lexicon import Lexicon, Trigger

CIVILIAN = re.compile(
    r"\b(?:civilians?|residential|homes?|houses?|apartments?|apartment\s+blocks?|"
    r"hospitals?|schools?|kindergartens?|markets?|residents?|churches|mosques?|shops?|stores?|"
    r"supermarkets?|malls?|restaurants?|cafes?|hotels?|"
    r"shopping|playgrounds?|humanitarian|evacuation\s+(?:bus|train)|passenger|villagers?|"
    r"women|children|displaced|refugees?|camps?\s+for|aid\s+(?:convoy|trucks?|distribution)|"
    r"crowds?|people\s+waiting|worshippers|funeral|wedding)\b",
    re.I,
)
SMALL_ARMS = ("Battles", "Armed clash")
DELIVERY_TO_SUB = {
    "air": "Air/drone strike",
    "ground": "Shelling/artillery/missile attack",
    "remote": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
}
INTERCEPTION = re.compile(r"\b(?:shot down|intercepted|downed|destroyed in (?:the )?air)\b", re.I)
# "shot down a Ukrainian Su-25 aircraft": what follows an interception verb is a crewed
# aircraft (not a drone or a missile); "fighter aircraft shot down": the shooter flies.
MANNED_AIRCRAFT = re.compile(
    r"\s+(?:(?:an?|the|two|three|\d+|several)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:fighter\s+)?jets?|fighters?|(?:war)?planes?|aircraft|helicopters?|bombers?|"
    r"(?:Su|MiG|Ka|Mi|Tu|Il|An|F)-\d+\w*)\b(?!\s+(?:drones?|missiles?))", re.I
)
SHOOTING_AIRCRAFT = re.compile(r"\b(?:fighter\s+(?:jets?|aircraft)|fighters|warplanes?|jets?|pilots?)\b",
                               re.I)  # fmt: skip
LETHAL_FORCE = re.compile(r"\b(?:live (?:rounds|ammunition|fire)|opened fire|shot dead|killing|killed)\b",
                          re.I)  # fmt: skip


def weapons_in(text: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """(label, delivery) of the weapons named in ``text``, the first pattern to claim a span winning."""
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for weapon in lexicon.weapons:
        for match in weapon.pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            if (weapon.label, weapon.delivery) not in found:
                found.append((weapon.label, weapon.delivery))
    return found


def sub_event_type(trigger: Trigger, weapons: list[tuple[str, str]]) -> str:
    if trigger.sub_event_type != "by_weapon":
        return trigger.sub_event_type
    deliveries = {d for _, d in weapons}
    for delivery in ("air", "ground", "remote", "grenade"):
        if delivery in deliveries:
            return DELIVERY_TO_SUB[delivery]
    return trigger.default


def civilian_target(text: str, event_type: str) -> bool:
    return event_type == "Violence against civilians" or (
        event_type == "Explosions/Remote violence" and CIVILIAN.search(text) is not None
    )


def force_level(text: str, casualties: Casualties) -> str:
    """Force against a protest: lethal force is excessive, any other is an intervention."""
    lethal = (casualties.fatalities or 0) > 0 or LETHAL_FORCE.search(text) is not None
    return "Excessive force against protesters" if lethal else "Protest with intervention"


def event_kind(trigger: Trigger, weapons: list[tuple[str, str]], clause_text: str, text: str,
               sentence_text: str, casualties: Casualties, trigger_end: int,
               clause: tuple[int, int], trigger_start: int) -> tuple[str, str]:  # fmt: skip
    """(event type, sub-event type) of one trigger in its clause."""
    event_type, sub_type = trigger.event_type, sub_event_type(trigger, weapons)
    if trigger.id == "protest_force":
        sub_type = force_level(sentence_text, casualties)
    if trigger.id == "ground_attack" and CIVILIAN.search(clause_text):
        # An armed group attacking a village or civilians, not an opposing force.
        event_type, sub_type = "Violence against civilians", "Attack"
    if trigger.event_type == "Explosions/Remote violence" and any(d == "small_arms" for _, d in weapons):
        event_type, sub_type = SMALL_ARMS
    if trigger.id == "interception" and MANNED_AIRCRAFT.match(text, trigger_end,
                                                              min(clause[1], trigger_end + 60)):  # fmt: skip
        # a crewed aircraft shot down is an attack on it, not a disrupted weapon
        by_air = SHOOTING_AIRCRAFT.search(text, clause[0], trigger_start)
        event_type, sub_type = SMALL_ARMS if by_air else ("Explosions/Remote violence",
                                                          "Shelling/artillery/missile attack")  # fmt: skip
    return event_type, sub_type
