"""triggers.yaml and weapons.yaml: the event words and the weapons (a trigger's "{ground}", filled
from places.yaml's ground_words); note_labels.yaml (an ACLED note's opening label) and holidays.yaml
(holidays, which are no places)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.errors import SitrepError
from events.extraction.lexicon.files import (
    _alternation,
    _alternation_of,
    _check_keys,
    _compiled,
    _read,
    words,
)
from events.extraction.timex import MONTHS

# Trigger ids that the code refers to (what each does is said where it is used).
REQUIRED_TRIGGERS = frozenset({"remote_generic", "protest_force", "interception", "kill", "injure", "protest",
                               "riot", "phone_call", "meeting", "proposal", "demand"})  # fmt: skip
ROLES = ("strong", "weak", "weapon", "outcome", "force", "locus")
TRIGGER_KEYS = {"id", "pattern", "event_type", "sub_event_type", "default", "role", "placeless", "status",
                "weight", "reach", "sides"}  # fmt: skip
STATUSES = ("occurred", "claimed", "proposed", "demanded", "planned", "denied")


@dataclass(frozen=True)
class Trigger:
    id: str
    pattern: re.Pattern[str]
    event_type: str
    sub_event_type: str
    default: str = ""
    role: str = "strong"
    placeless: bool = False
    status: str = "occurred"
    weight: float = 0.7
    reach: int = 120
    sides: bool = False  # an event only with two sides as its subject ("X and his counterpart discussed")
    takes_ground: bool = False  # its pattern holds "{ground}": a verb of taking ground

    @property
    def needs_weapon(self) -> bool:
        return self.role == "weapon"

    @property
    def needs_place(self) -> bool:
        return self.role == "weak"


@dataclass(frozen=True)
class Weapon:
    label: str
    pattern: re.Pattern[str]
    delivery: str


GROUND = "{ground}"  # in a trigger pattern: ground follows (see _ground)
NOT_MODIFIER = "in|at|on|near|from|after|before|by|with|and|or|during|who|which|while|as|when|to|for"


def _ground(words_: str) -> str:
    """What "{ground}" stands for: a name right after the verb (or after "the"), or a word of
    ground (``words_``, the alternation of places.yaml ground_words) after up to six modifiers
    that are no preposition or conjunction ("captured the ruby-mining town"; not "captured two
    Ukrainian soldiers")."""
    modifiers = rf"(?:(?!(?:{NOT_MODIFIER})\b)[\w’'-]+\s+){{0,6}}"
    return rf"(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+{modifiers}(?:{words_})\b)"


def _trigger(raw: Any, taxonomy: dict[str, tuple[str, ...]], ground: str = "") -> Trigger:
    entry = str(raw.get("id", "?")) if isinstance(raw, dict) else "?"
    _check_keys("triggers.yaml", entry, raw, TRIGGER_KEYS)
    for key in ("id", "pattern", "event_type", "sub_event_type"):
        if key not in raw:
            raise SitrepError(f"triggers.yaml: {entry}: '{key}' is missing")
    role = raw.get("role", "strong")
    if role not in ROLES:
        raise SitrepError(f"triggers.yaml: {entry}: role {role!r} is not one of {', '.join(ROLES)}")
    status = raw.get("status", "occurred")
    if status not in STATUSES:
        raise SitrepError(f"triggers.yaml: {entry}: status {status!r} is not one of {', '.join(STATUSES)}")
    trigger = Trigger(
        id=raw["id"], event_type=raw["event_type"],
        pattern=_compiled("triggers.yaml", entry, str(raw["pattern"]).replace(GROUND, ground), scans=True),
        sub_event_type=raw["sub_event_type"], default=raw.get("default", ""), role=role,
        placeless=bool(raw.get("placeless", False)), status=status, weight=float(raw.get("weight", 0.7)),
        reach=int(raw.get("reach", 120)), sides=bool(raw.get("sides", False)),
        takes_ground=GROUND in str(raw["pattern"]),
    )  # fmt: skip
    sub = trigger.default if trigger.sub_event_type == "by_weapon" else trigger.sub_event_type
    if sub not in taxonomy.get(trigger.event_type, ()):
        raise SitrepError(f"triggers.yaml: {entry}: {trigger.event_type}/{sub} is not in taxonomy.yaml")
    return trigger


def _triggers(directory: Path, taxonomy: dict[str, tuple[str, ...]], ground: str) -> tuple[Trigger, ...]:
    triggers = tuple(_trigger(raw, taxonomy, ground) for raw in _read(directory / "triggers.yaml"))
    ids = [t.id for t in triggers]
    doubled = sorted({i for i in ids if ids.count(i) > 1})
    if doubled:
        raise SitrepError(f"triggers.yaml: {', '.join(doubled)}: the id is used twice")
    missing = sorted(REQUIRED_TRIGGERS - set(ids))
    if missing:
        raise SitrepError(
            f"triggers.yaml: {', '.join(missing)}: the code refers to this trigger id, but the file lacks it"
        )
    return triggers


def _weapons(directory: Path) -> tuple[Weapon, ...]:
    weapons = []
    for raw in _read(directory / "weapons.yaml"):
        entry = str(raw.get("label", "?")) if isinstance(raw, dict) else "?"
        _check_keys("weapons.yaml", entry, raw, {"label", "pattern", "delivery"})
        weapons.append(
            Weapon(
                entry,
                _compiled("weapons.yaml", entry, raw.get("pattern"), scans=True),
                raw.get("delivery", ""),
            )
        )
    return tuple(weapons)


def _note_labels(directory: Path, taxonomy: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    raw = _read(directory / "note_labels.yaml")
    _check_keys("note_labels.yaml", "(file)", raw, {"labels"})
    labels = raw.get("labels")
    if not isinstance(labels, dict) or not labels:
        raise SitrepError("note_labels.yaml: labels: expected a mapping of labels to classes")
    classes = {}
    for label, name in labels.items():
        kind, _, sub = str(name).partition("::")
        if sub not in taxonomy.get(kind, ()):
            raise SitrepError(
                f"note_labels.yaml: {label}: {name!r} is not 'Event type::Sub-event type' of taxonomy.yaml"
            )
        classes[str(label).lower()] = str(name)
    # (as ACLED's notes go on: a date, "On 3 May 2020", "Around 9 May", "On or about October 8"; not a
    # headline's "Strikes: Israeli jets pound Gaza City", nor "Strikes: In Gaza City overnight, 14 ...")
    months = "|".join(sorted(MONTHS, key=len, reverse=True))  # (timex's: names and abbreviations)
    pattern = re.compile(
        rf"\s*({_alternation(list(labels))})\s*:\s+"
        rf"(?=(?:(?:On|Around|Between|Sometime|As\s+of|During|In|Overnight)"
        rf"\s+(?:(?-i:[a-z]+)\s+){{0,3}})?(?:\d|(?:{months})\b))",
        re.I,
    )
    return {"note_label": pattern, "note_label_class": classes}


def _holidays(directory: Path) -> dict[str, Any]:
    raw = _read(directory / "holidays.yaml")
    _check_keys("holidays.yaml", "(file)", raw, {"fixed", "movable"})
    fixed = []
    for entry in raw.get("fixed") or []:
        name = str(entry.get("name", "?")) if isinstance(entry, dict) else "?"
        _check_keys("holidays.yaml", name, entry, {"name", "month", "day"})
        try:
            dt.date(2000, int(entry["month"]), int(entry["day"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise SitrepError(f"holidays.yaml: {name}: month and day must make a date ({exc})") from exc
        fixed.append(
            (_compiled("holidays.yaml", name, name, flags=0), int(entry["month"]), int(entry["day"]))
        )
    movable = _alternation_of("holidays.yaml", "movable", raw.get("movable") or ["(?!x)x"])
    return {"holidays": tuple(fixed), "movable_holidays": words(movable, flags=0)}
