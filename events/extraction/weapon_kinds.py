"""Weapons: where a text names them (weapon_spans), and the sub-event type an event word takes
from their delivery (sub_event_type)."""

from __future__ import annotations

import re

from events.extraction.lexicon import Lexicon, Trigger
from events.extraction.scene import title_case_line
from events.extraction.triggers import modifies_a_role

DELIVERY_TO_SUB = {
    "air": "Air/drone strike",
    "ground": "Shelling/artillery/missile attack",
    "remote": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
}


def sub_event_type(trigger: Trigger, weapons: list[tuple[str, str]]) -> str:
    """The trigger's own sub-type: by the weapons named where it says 'by_weapon'."""
    if trigger.sub_event_type != "by_weapon":
        return trigger.sub_event_type
    deliveries = {d for _, d in weapons}
    for delivery in ("air", "ground", "remote", "grenade"):
        if delivery in deliveries:
            return DELIVERY_TO_SUB[delivery]
    return trigger.default


# a weapon an armed side had or was backed by, told as its means at hand ("the military had drones
# and a helicopter in support", "troops backed by helicopters"), not as what struck
HELD_BEFORE = re.compile(
    r"\b(?:had|has|have|having|possess(?:es|ed|ing)?|equipped\s+with|backed\s+by|supported\s+by|"
    r"with\s+the\s+support\s+of)\s+(?:(?:a|an|the|two|three|several|some|its|their|armed|attack|combat)\s+)?"
    r"(?:[\w-]+\s+and\s+(?:a\s+|an\s+)?)?$",  # (another weapon listed first; no verb: "has launched drones")
    re.I,
)


def weapon_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int, str, str]]:
    """(start, end, label, delivery) of every weapon named in the text, in lexicon order; the
    first pattern to claim a span wins it."""
    found: list[tuple[int, int, str, str]] = []
    for weapon in lexicon.weapons:
        for match in weapon.pattern.finditer(text):
            if modifies_a_role(text, match.start(), match.end()):
                continue  # "an IED expert", "a bomb maker": a description, no weapon used
            if HELD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "the military had drones and a helicopter in support": held, not used
            if _a_name_of(text, match):
                continue  # "the Assam Rifles recovered a cache": a force's name, no weapon
            if not any(s < match.end() and match.start() < e for s, e, _, _ in found):
                found.append((match.start(), match.end(), weapon.label, weapon.delivery))
    return found


NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]*[ \t]+$")


def _a_name_of(text: str, match: re.Match[str]) -> bool:
    """The weapon word is a capitalised word of a name, after another ("Assam Rifles", "the Strategic Rocket
    Forces"): a force's name, no weapon told as used (not in a headline that capitalises every word)."""
    return (
        match.group(0).istitle()
        and NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
        and not title_case_line(text, match.start())
    )
