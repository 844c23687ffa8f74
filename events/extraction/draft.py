"""A draft: one trigger in one clause at one place, before drafts are merged into events."""

from __future__ import annotations

from dataclasses import dataclass, field

from events.extraction.casualties import Casualties
from events.extraction.lexicon import Trigger
from events.extraction.timex import TimeRef
from events.places import Resolved
from events.reading.text import Sentence

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# How the notes that say where an event's date was read begin: one such note per event
DATE_NOTES = ("No date in the text", "Date from")


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
    shared: int = 0  # the number of places its sentence's count was divided over (0: not divided)
    headline: bool = False  # read from the headline, which retells the body
    features: set[str] = field(default_factory=set)  # of every sentence that tells it (for the model)
    modelled: bool = False  # typed by the fitted model (retyped on all its sentences once merged)
    fallback: tuple[str, str] = ("", "")  # the type its anchor word alone gives
    separate: bool = False  # its sentence opens another incident ("Hours later, ...")
    context: bool = False  # told below a report's opening paragraphs (drafting.article_drafts)
    borrowed: bool = False  # its place and its day both from earlier sentences: nothing of its own
    mixed: bool = False  # merged from tellings typed apart (same_event.same_toll): typed again on them all
    # told in the present perfect with no time of its own ("have damaged dozens of ships")
    perfect: bool = False
    paragraphed: bool = False  # told in a report of more than one paragraph (not a one-paragraph entry)
    # one of the settlements of a list its clause set its event at (place_lists.listed_scenes)
    listed: bool = False

    def absorb(self, sentence: Sentence, casualties: Casualties | None, features: list[str]) -> None:
        """A later sentence that tells more of this event: its features, and, when it counts
        the dead or hurt, its counts and its sentence as evidence."""
        from events.extraction.counts import combine, reported

        self.features.update(features)
        if casualties is None or not reported(casualties):
            return  # nothing counted: its words inform the event's type, not its evidence
        self.casualties = combine(self.casualties, casualties, later=True)
        if (sentence.start, sentence.end) not in self.spans:
            self.spans.append((sentence.start, sentence.end))
