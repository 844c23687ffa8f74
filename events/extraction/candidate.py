"""What the per-sentence steps read and fill in: the ArticleContext every sentence of one
article reads (its text, places, actors, the report's shape, and the drafts and running
state so far) and the Candidate, the event words of one clause, which each step of
``sentence.STEPS`` fills in turn; and the constants the steps share."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from events.extraction import scene
from events.extraction.actors import ActorHit, Party, Roles
from events.extraction.casualties import Casualties
from events.extraction.draft import Draft
from events.extraction.lexicon import Actor, Lexicon, Trigger
from events.extraction.prefilter import finder
from events.extraction.report import Report
from events.extraction.timex import TimeRef
from events.extraction.triggers import Hit
from events.places import Gazetteer, Resolved
from events.reading.article import Article
from events.reading.text import Sentence

CROWDS = ("Protests", "Riots")
OPENING_PARAGRAPHS = 2  # paragraphs after the lede's that still tell the report's news
# "one of the worst mass slayings of security forces in recent years", "the deadliest attack since
# March": the event measured against the past, not background itself
SUPERLATIVE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|largest|biggest|heaviest|fiercest|most\s+(?:serious|violent|intense|"
    r"lethal|significant))\b(?:(?!\b(?:which|when|where)\b)[^.;:,]){0,100}$",
    re.I,
)
# what the earlier event measured against did ("since last year's violence, in which 300 people were
# killed"): background after all
TOLD_OF_IT = re.compile(r"\b(?:which|when|where|whom)\b", re.I)
ATTACH_WITHIN = 600  # characters: a count told this close after an event belongs to it
ANAPHOR_WITHIN = 1500  # characters: "the attacks" told this close after an event is that event
# "the strike", "these attacks": an event word that refers to one told before
ANAPHORIC_TRIGGER = re.compile(r"\b(?:this|that|the|these|those|such)\s+(?:[a-z-]+\s+)?$", re.I)
# an attribution a sentence opens on before its subject ("According to police, the attack took place ...")
ATTRIBUTION_OPENING = re.compile(r"(?:According\s+to|Citing|As\s+reported\s+by)\s[^,.;]{1,100},\s+")
# a source's telling the sentence opens on, before what it tells ("One of the humanitarian workers, citing
# witness accounts, said the strike ...")
SAID_OPENING = re.compile(
    r"[^.;:!?]{1,120}?\b(?:said|says|told\s+[^,.;]{1,40}?|reported|added|confirmed)\s+(?:that\s+)?"
    r"(?=(?:the|this|that|these|those)\s)"
)


def retold_subject(
    pattern: re.Pattern[str], text: str, said: bool = False
) -> tuple[int, re.Match[str] | None]:
    """The subject a sentence opens on that retells an event (``pattern``: the lexicon's
    retelling), past its leading spaces and an attribution (and, with ``said``, past a source's
    "... said"): (where the search began in ``text``, the match, whose offsets count from there)."""
    skip = len(text) - len(text.lstrip())
    attributed = ATTRIBUTION_OPENING.match(text, skip)
    skip = attributed.end() if attributed else skip
    found = pattern.search(text[skip:])
    telling = SAID_OPENING.match(text, skip) if said and found is None else None
    # "One of the aid workers said the strike at Mai Tsebri happened on Monday"
    if telling is not None and (retold := pattern.search(text[telling.end() :])) is not None:
        return telling.end(), retold
    return skip, found


# Types an event from its features; the second argument is what its words alone say.
Typer = Callable[..., tuple[str, str, float]]  # (features, fallback[, allowed types])


@dataclass
class ArticleContext:
    """What every sentence of one article reads: its text, places, actors, the report's
    shape, and the drafts and running state (the paragraph's time, the last armed actor,
    the speaker) so far."""

    article: Article
    undated_text: str  # the text with time expressions blanked
    places: list[Resolved]  # the places that can be an event's scene (not a dateline's)
    qualifiers: set[int]  # ids of mentions that only qualify the place before them
    actors: list[ActorHit]
    parties: list[Party]  # named and described actors
    gazetteer: Gazetteer
    lexicon: Lexicon
    report: Report
    typer: Typer
    sentences: list[Sentence] = field(default_factory=list)
    sentence_hits: list[list[Hit]] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)  # every time expression of the text
    weapons: list[tuple[int, int, str, str]] = field(default_factory=list)  # every weapon named
    drafts: list[Draft] = field(default_factory=list)
    this_sentence: list[Draft] = field(default_factory=list)  # the drafts of the sentence read now
    asides: dict[int, tuple[int, int] | None] = field(
        default_factory=dict
    )  # other_events.earlier_aside's, by sentence
    paragraph: int = -1
    paragraph_time: TimeRef | None = None
    lede_time: TimeRef | None = None  # the day the lede's event is told on: the story's day
    told_on: dt.date | None = None  # the day the lede was told, shortly before publication
    paragraph_actor: Actor | None = None
    speaker: Actor | None = None
    entry: bool = False  # an event log's entry read again for its one event (entries.entry_drafts)
    filed_from: Resolved | None = None  # the dateline's town (no scene of the report's events)
    countries: frozenset[str] = frozenset()  # the countries the report names by name
    peoples: frozenset[str] = frozenset()  # the countries it names by their people ("Ugandan")
    # where names start that the gazetteer has only outside the report's countries (left out as namesakes):
    # places it lacks ("killed 12 villagers in Kurya" of a report on Zamfara, the gazetteer's Kur'ya Russian)
    abroad: frozenset[int] = frozenset()
    # lacking's and background's answers by span (the steps ask of the same clause again and again;
    # not init fields, so that a copy made with dataclasses.replace starts its own)
    _lacking: dict[tuple[int, int], scene.RegionFallback | None] = field(
        default_factory=dict, init=False, repr=False
    )
    _background: dict[tuple[int, int], bool] = field(default_factory=dict, init=False, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def lacking(self, span: tuple[int, int]) -> scene.RegionFallback | None:
        """A scene in ``span`` the gazetteer lacks, named with its region, read in the report's
        countries (scene.unknown_place_in_region)."""
        if span not in self._lacking:
            self._lacking[span] = scene.unknown_place_in_region(
                self.text,
                span,
                self.gazetteer,
                self.lexicon.places,
                self.countries,
                self.peoples,
                self.placed_in,
            )
        return self._lacking[span]

    @cached_property
    def placed_in(self) -> tuple[tuple[int, str], ...]:
        """Where the report's places below a country lie: (position, country) of each town or division."""
        gazetteer = self.gazetteer
        return tuple((p.mention.start, gazetteer.country_code(p.entry)) for p in self.places
                     if gazetteer.kind(p.entry) != "country" and gazetteer.country_code(p.entry))  # fmt: skip

    @cached_property
    def opening_end(self) -> int:
        """The last paragraph of the report's opening: its lede's and the ones after it that
        still tell its news (an event log's entry is one paragraph, all opening)."""
        body = next((s.paragraph for s in self.sentences if self.report.role(s.start, s.end) == "body"), 0)
        return body + OPENING_PARAGRAPHS

    @cached_property
    def home_country(self) -> str:
        """The country most of the report's places lie in ('' when none)."""
        codes = Counter(self.gazetteer.country_code(p.entry) for p in self.places)
        codes.pop("", None)
        return codes.most_common(1)[0][0] if codes else ""

    def told_just_before(self, sentence: Sentence, diplomacy: bool = False) -> Draft | None:
        """The event told last before ``sentence`` (not a headline's, not diplomacy; with
        ``diplomacy``, the talks told last), when it is close enough for the sentence to tell more
        of it."""
        told = next(
            (d for d in reversed(self.drafts)
             if not d.headline and (d.event_type == "Diplomacy") == diplomacy),
            None,
        )  # fmt: skip
        if told is None or sentence.start - max(e for _, e in told.spans) > ATTACH_WITHIN:
            return None
        return told

    def below_opening(self, sentence: Sentence) -> bool:
        """Told below the report's opening: context."""
        return sentence.paragraph > self.opening_end

    def background(self, start: int, end: int) -> bool:
        """The span tells background (a toll, a habit, a trend), read with its time expressions
        blanked ("since the      coup") and as written ("so far this year" is one time
        expression, which blanking takes away with its "so far")."""
        if (start, end) not in self._background:
            found = self.lexicon.background
            self._background[start, end] = any(
                not (SUPERLATIVE.search(text, max(start, m.start() - 120), m.start())
                     and not TOLD_OF_IT.search(text, m.end(), end))
                for text in (self.undated_text, self.text)
                for m in finder(found).finditer(text, start, end)
            )  # fmt: skip
        return self._background[start, end]


@dataclass
class Candidate:
    """The event words of one clause, filled in by the steps of sentence.STEPS."""

    index: int  # the sentence's
    sentence: Sentence
    hit: Hit  # the anchor: the clause's first event word that is more than force
    hits: list[Hit]  # the clause's factual event words
    sentence_hits: list[Hit]  # the sentence's factual event words
    clause_spans: list[tuple[int, int]]
    times: list[TimeRef]
    actors: list[ActorHit]  # the sentence's named actors
    clause: tuple[int, int] = (0, 0)
    weapons: list[tuple[str, str]] = field(default_factory=list)
    targets: list[Resolved | None] = field(default_factory=list)
    unknown: str = ""
    casualties: Casualties = Casualties(None, None)
    counted_text: str = ""
    time: TimeRef | None = None
    time_source: str = "undated"
    roles: Roles = Roles((), (), ())
    actor1: str | None = None
    actor2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    civilian: bool = False
    event_type: str = ""
    sub_type: str = ""
    probability: float = 1.0
    features: list[str] = field(default_factory=list)
    status: str = "occurred"
    place_borrowed: bool = False  # placed where an earlier sentence of its paragraph set a scene
    confidence: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def trigger(self) -> Trigger:
        return self.hit.trigger

    @property
    def diplomatic(self) -> bool:
        return self.trigger.event_type == "Diplomacy"

    def roles_of(self, *names: str) -> bool:
        return all(h.trigger.role in names for h in self.hits)

    def clause_text(self, text: str) -> str:
        return text[self.clause[0] : self.clause[1]]
