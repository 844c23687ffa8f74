"""The extraction lexicon: data files under data/lexicon/, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from events import DATA_DIR
from events.errors import SitrepError

LEXICON_DIR = DATA_DIR / "lexicon"


@dataclass(frozen=True)
class Trigger:
    id: str
    pattern: re.Pattern[str]
    event_type: str
    sub_event_type: str
    default: str = ""
    needs_weapon: bool = False
    needs_place: bool = False
    placeless: bool = False
    status: str = "occurred"
    weight: float = 0.7
    reach: int = 120


@dataclass(frozen=True)
class Weapon:
    label: str
    pattern: re.Pattern[str]
    delivery: str


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    country: str
    aliases: tuple[str, ...]
    person_aliases: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    taxonomy: dict[str, tuple[str, ...]]
    triggers: tuple[Trigger, ...]
    weapons: tuple[Weapon, ...]
    actors: tuple[Actor, ...]
    actor_pattern: re.Pattern[str]
    actor_by_alias: dict[str, Actor]
    person_pattern: re.Pattern[str] | None
    hypothetical: re.Pattern[str]
    negation: re.Pattern[str]
    governing: re.Pattern[str]
    claim: re.Pattern[str]
    denial: re.Pattern[str]
    attribution: re.Pattern[str]
    background: re.Pattern[str]
    claimed_tally_cap: int | None
    recent_days: int


def words(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    """Compile an alternation so that it matches whole words only."""
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", flags)


def _alternation(aliases: list[str]) -> str:
    return "|".join(re.escape(a) for a in sorted(set(aliases), key=len, reverse=True))


def _read(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SitrepError(f"lexicon file {path} cannot be read: {exc}") from exc


def build_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Read and check every lexicon file; errors name the file and entry."""
    taxonomy = {k: tuple(v) for k, v in _read(directory / "taxonomy.yaml").items()}
    triggers = []
    for raw in _read(directory / "triggers.yaml"):
        trigger = Trigger(
            id=raw["id"],
            pattern=words(raw["pattern"]),
            event_type=raw["event_type"],
            sub_event_type=raw["sub_event_type"],
            default=raw.get("default", ""),
            needs_weapon=bool(raw.get("needs_weapon", False)),
            needs_place=bool(raw.get("needs_place", False)),
            placeless=bool(raw.get("placeless", False)),
            status=raw.get("status", "occurred"),
            weight=float(raw.get("weight", 0.7)),
            reach=int(raw.get("reach", 120)),
        )
        sub = trigger.default if trigger.sub_event_type == "by_weapon" else trigger.sub_event_type
        if sub not in taxonomy.get(trigger.event_type, ()):
            raise SitrepError(f"triggers.yaml: {trigger.id}: {trigger.event_type}/{sub} unknown")
        triggers.append(trigger)
    weapons = tuple(
        Weapon(w["label"], words(w["pattern"]), w["delivery"])
        for w in _read(directory / "weapons.yaml")
    )
    actor_file = _read(directory / "actors.yaml")
    nouns = {"military": actor_file["military_nouns"], "government": actor_file["government_nouns"]}
    actors = tuple(
        Actor(a["name"], a["kind"], a.get("country", ""),
              tuple(a["aliases"]) + tuple(f"{d} {n}" for d in a.get("demonyms", ())
                                          for n in nouns.get(a["kind"], ())),
              tuple(a.get("person_aliases", ())))  # fmt: skip
        for a in actor_file["actors"]
    )
    by_alias = {alias: actor for actor in reversed(actors) for alias in actor.aliases}
    persons = [p for actor in actors for p in actor.person_aliases]
    modality = _read(directory / "modality.yaml")
    cap = modality.get("claimed_tally_cap")
    if cap is not None and (not isinstance(cap, int) or isinstance(cap, bool) or cap < 0):
        raise SitrepError(f"modality.yaml: claimed_tally_cap must be a whole number, not {cap!r}")
    return Lexicon(
        taxonomy=taxonomy,
        triggers=tuple(triggers),
        weapons=weapons,
        actors=actors,
        actor_pattern=words(_alternation(list(by_alias)), flags=0),
        actor_by_alias=by_alias,
        person_pattern=words(_alternation(persons), flags=0) if persons else None,
        hypothetical=words(modality["hypothetical"]),
        negation=words(modality["negation"]),
        governing=words(modality["governing"]),
        claim=words(modality["claim"]),
        denial=words(modality["denial"]),
        attribution=words(modality["attribution"]),
        background=words(modality["background"]),
        claimed_tally_cap=cap,
        recent_days=int(modality["recent_days"]),
    )


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    return build_lexicon(directory)
