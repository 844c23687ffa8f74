"""A draft: one trigger in one clause at one place, before drafts are merged into events."""

from __future__ import annotations

from dataclasses import dataclass, field

from events.extraction.casualties import Casualties
from events.extraction.lexicon import Trigger
from events.extraction.timex import TimeRef
from events.geocode import Resolved
from events.text import Sentence

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@dataclass
class Draft:
    trigger: Trigger
    event_type: str
    sub_event_type: str
    status: str
    sentence: Sentence
    place: Resolved | None
    time: TimeRef
    time_source: str
    casualties: Casualties
    actor1: str | None
    actor2: str | None
    inter1: int | None
    inter2: int | None
    weapons: list[str]
    civilian_targeting: bool
    confidence: float
    notes: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    unknown_place: str = ""  # a village the gazetteer lacks, placed in its region
    headline: bool = False  # read from the headline, which retells the body
