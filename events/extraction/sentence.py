"""The per-sentence core: each trigger of a sentence becomes a Candidate, which named steps
fill in turn (clause, modality, weapons, scene, counts, time, actors, kind, status); a step
that returns False drops it. What survives becomes one Draft per place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from events.article import Article
from events.extraction import classify, scene
from events.extraction.actors import ActorHit
from events.extraction.casualties import Casualties, parse_casualties
from events.extraction.counts import combine, place_key, reported, split_count
from events.extraction.draft import VIOLENT, Draft
from events.extraction.lexicon import Actor, Lexicon
from events.extraction.merge import SEVERITY
from events.extraction.modality import in_quotes, modality_blocks
from events.extraction.report import Report
from events.extraction.timex import TimeRef, news_day
from events.extraction.timing import is_past, pick_time
from events.extraction.triggers import Hit, clause_of, clauses, scene_clause
from events.gazetteer import AREA_KINDS, Gazetteer
from events.geocode import Resolved
from events.text import Sentence, squash

ANAPHORIC_TRIGGER = re.compile(r"\b(?:this|that|the|these|those|such)\s+(?:[a-z-]+\s+)?$", re.I)
PROTEST_SENTENCE = re.compile(r"\b(?:protest|rall(?:y|ies|ied)|demonstrat|march|picket)", re.I)
# What a crowd wants or opposes: places named after it are its cause, not its scene.
PROTEST_CAUSE = re.compile(r"\b(?:demanding|to demand|calling for|called for|urging|against|"
                           r"in support of|in solidarity with|over)\b", re.I)  # fmt: skip
CROWDS = ("Protests", "Riots")
PRONOUN_START = re.compile(r"(?:He|She|They)\b")
TIME_WEIGHT = {"explicit": 1.0, "inherited": 0.9, "undated": 0.75}


@dataclass
class ArticleContext:
    """What every sentence of one article reads: its text, places, actors, and the drafts and
    running state (the paragraph's time, the last armed actor, the speaker) so far."""

    article: Article
    undated_text: str  # the text with time expressions blanked
    places: list[Resolved]  # the places that can be an event's scene (not a dateline's)
    qualifiers: set[int]  # ids of mentions that only qualify the place before them
    actors: list[ActorHit]
    gazetteer: Gazetteer
    lexicon: Lexicon
    report: Report
    drafts: list[Draft] = field(default_factory=list)
    paragraph: int = -1
    paragraph_time: TimeRef | None = None
    paragraph_actor: Actor | None = None
    speaker: Actor | None = None

    @property
    def text(self) -> str:
        return self.article.text


@dataclass
class Candidate:
    """One trigger of one sentence, filled in by the steps below."""

    sentence: Sentence
    hit: Hit
    clause_spans: list[tuple[int, int]]
    hits: list[Hit]
    times: list[TimeRef]
    actors: list[ActorHit]  # the sentence's
    clause: tuple[int, int] = (0, 0)
    weapons: list[tuple[str, str]] = field(default_factory=list)
    targets: list[Resolved | None] = field(default_factory=list)
    unknown: str = ""
    casualties: Casualties = Casualties(None, None)
    counted_text: str = ""
    time: TimeRef | None = None
    time_source: str = "undated"
    actor1: str | None = None
    actor2: str | None = None
    civilian: bool = False
    event_type: str = ""
    sub_type: str = ""
    status: str = "occurred"
    confidence: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def trigger(self):
        return self.hit.trigger

    def clause_text(self, text: str) -> str:
        return text[self.clause[0] : self.clause[1]]


def sentence_drafts(ctx: ArticleContext, sentence: Sentence, hits: list[Hit], times: list[TimeRef],
                    actors: list[ActorHit]) -> list[Draft]:  # fmt: skip
    """The drafts of one sentence, trigger by trigger; words that made an event are used up."""
    spans = clauses(sentence)
    used: list[tuple[int, int]] = []
    drafts: list[Draft] = []
    for hit in hits:
        if any(s < hit.end and hit.start < e for s, e in used):
            continue
        c = Candidate(sentence, hit, spans, hits, times, actors)
        if all(step(c, ctx) for step in STEPS):
            used.append((hit.start, hit.end))
            drafts.extend(to_drafts(c, ctx))
    return drafts


def locate(c: Candidate, ctx: ArticleContext) -> bool:
    c.clause = clause_of(c.hit.start, c.clause_spans)
    return True


def is_factual(c: Candidate, ctx: ArticleContext) -> bool:
    """Not hypothetical, negated or a question; not a protest's demand; not the launch of
    what was then shot down."""
    hit = c.hit
    if modality_blocks(ctx.undated_text, c.sentence, hit.start, hit.end, c.clause, c.trigger, ctx.lexicon):
        return False
    if c.trigger.sub_event_type == "Demand" and PROTEST_SENTENCE.search(c.sentence.text):
        return False  # "protesters demanding X": the protest's cause, not a diplomatic demand
    if ctx.lexicon.background.search(ctx.undated_text, c.clause[0], c.clause[1]):
        return False  # a toll, a habit or a trend: background, not a new event
    return not (c.trigger.id == "remote_generic" and classify.INTERCEPTION.search(c.clause_text(ctx.text)))


def arm(c: Candidate, ctx: ArticleContext) -> bool:
    if c.trigger.event_type != "Diplomacy":
        c.weapons = classify.weapons_in(c.clause_text(ctx.text), ctx.lexicon)
    return not (c.trigger.needs_weapon and not c.weapons)


def place(c: Candidate, ctx: ArticleContext) -> bool:
    """The scene: the clause's places, else a later trigger-free clause's, else an anaphor
    ("in the region"), else a named place the gazetteer lacks."""
    if c.trigger.placeless:
        return True
    text, gazetteer = ctx.text, ctx.gazetteer
    c.targets = _scene_places(c, ctx, c.clause)
    if c.trigger.needs_place:
        c.targets = [p for p in c.targets if _near_trigger(p, c.hit, c.trigger.reach)]
    elif not c.targets and not scene.unknown_place_in_region(text, c.clause, gazetteer):
        c.clause = scene_clause(c.clause, c.clause_spans, c.hits)
        c.targets = _scene_places(c, ctx, c.clause)
    return True


def _scene_places(c: Candidate, ctx: ArticleContext, clause: tuple[int, int]) -> list[Resolved]:
    text = ctx.text
    targets = scene.event_places(text, clause, ctx.places, ctx.qualifiers, ctx.gazetteer)
    cause = PROTEST_CAUSE.search(text, c.hit.end, clause[1]) if c.trigger.event_type in CROWDS else None
    if cause and (within := scene.event_places(text, (clause[0], cause.start()), ctx.places, ctx.qualifiers,
                                               ctx.gazetteer)):  # fmt: skip
        return within  # "a protest in Lutsk demanding the return of prisoners from Mariupol"
    return targets


def count(c: Candidate, ctx: ArticleContext) -> bool:
    """Casualties; force against a protest, or a count for an event just told ("the strike
    killed three"), goes to that earlier draft instead."""
    c.counted_text = c.clause_text(ctx.text) if len(c.clause_spans) > 1 else c.sentence.text
    c.casualties = parse_casualties(c.counted_text)
    if not c.targets and c.trigger.id == "protest_force":
        _upgrade_protest(ctx.drafts, c.sentence, c.casualties)
        return False
    before = ctx.text[c.clause[0] : c.hit.start]
    return not (not c.targets and ANAPHORIC_TRIGGER.search(before)
                and _attach(ctx.drafts, c.trigger, c.sentence, c.casualties))  # fmt: skip


def fall_back(c: Candidate, ctx: ArticleContext) -> bool:
    """A village the gazetteer lacks, named with its region; an anaphor; an unknown name."""
    if c.trigger.placeless:
        return True
    text, gazetteer = ctx.text, ctx.gazetteer
    fallback = scene.unknown_place_in_region(text, c.clause, gazetteer)
    areas_only = all(gazetteer.index.kinds[p.entry] in AREA_KINDS for p in c.targets)
    if fallback is not None and areas_only:
        c.targets, c.unknown = [fallback.region], fallback.place_name
    elif not c.targets:
        anaphor, note = scene.resolve_anaphor(text, c.clause, ctx.places, gazetteer)
        if anaphor is not None:
            c.targets, c.notes = [anaphor], [note]
        else:
            c.unknown = scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon)
    return not (c.trigger.needs_place and not c.targets and not c.unknown)


def date(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause's, sentence's or paragraph's time; none: the day the report speaks from.
    Background (only a year, or older than the report's recent past) is not a new event."""
    reported = ctx.report.reported
    c.time, c.time_source = pick_time(c.times, c.hit.start, c.clause, ctx.paragraph_time, reported)
    if c.time is not None and (c.time.is_background or is_past(c.time, reported, ctx.lexicon.recent_days)):
        return False
    if c.time_source == "inherited":
        c.notes.append(f"Date from an earlier sentence: '{c.time.expression}'.")
    elif c.time is None:
        c.time = news_day(reported)
        c.notes.append("No date in the text; reported as news: the report's day (or the day before).")
    return True


def cast(c: Candidate, ctx: ArticleContext) -> bool:
    """Actors: who acted, and on whom; civilians as the target of a violent event."""
    speaker = ctx.speaker if PRONOUN_START.match(c.sentence.text) else None
    country = _country_of(c.targets, ctx.gazetteer)
    c.actor1, c.actor2 = _actors(c.trigger, c.clause, c.hit.start, c.actors, ctx.paragraph_actor, speaker,
                                 country)  # fmt: skip
    return True


def kind(c: Candidate, ctx: ArticleContext) -> bool:
    text, clause_text = ctx.text, c.clause_text(ctx.text)
    c.event_type, c.sub_type = classify.event_kind(
        c.trigger, c.weapons, clause_text, text, c.sentence.text, c.casualties, c.hit.end, c.clause,
        c.hit.start)
    c.civilian = classify.civilian_target(clause_text, c.trigger.event_type) or (
        c.trigger.id == "ground_attack" and c.event_type == "Violence against civilians")
    if c.civilian and c.event_type in VIOLENT:
        country = _country_of(c.targets, ctx.gazetteer)
        civilians = f"Civilians ({country})" if country else "Civilians"
        c.actor1 = c.actor1 if c.actor1 != civilians else None
        c.actor2 = civilians
    return True


def qualify(c: Candidate, ctx: ArticleContext) -> bool:
    """Status (a claim, a denial) and confidence."""
    c.status = c.trigger.status
    lexicon = ctx.lexicon
    if lexicon.claim.search(c.sentence.text) and c.status == "occurred":
        c.status = "claimed"
        c.notes.append("Reported as a claim: " + squash(c.sentence.text)[:160])
        if lexicon.denial.search(c.sentence.text):
            c.notes.append("The claim is denied in the same report.")
    c.confidence = c.trigger.weight * TIME_WEIGHT[c.time_source]
    if in_quotes(ctx.text, c.hit.start, c.sentence):
        c.confidence *= 0.85
    return True


STEPS = (locate, is_factual, arm, place, count, fall_back, date, cast, kind, qualify)


def to_drafts(c: Candidate, ctx: ArticleContext) -> Iterator[Draft]:
    """One draft per place; a count told for several places is shared out over them."""
    shares, share_note = {}, ""
    if reported(c.casualties) and not c.trigger.placeless:
        names = scene.listed_places(ctx.text, c.clause, ctx.places, ctx.qualifiers, ctx.gazetteer)
        if len(names) < 2 and len(c.targets) > 1:
            names = [p.mention.text for p in c.targets]
        if len(names) > 1:
            shares, share_note = split_count(c.casualties, c.counted_text, names, ctx.lexicon)
    for where in c.targets or [None]:
        place_factor = (where.confidence ** 0.5) if where else (1.0 if c.trigger.placeless else 0.7)
        own = c.casualties
        if shares:  # a scene outside the list told with the count takes the smallest share
            own = shares.get(place_key(where, c.unknown), list(shares.values())[-1])
        yield Draft(
            trigger=c.trigger, event_type=c.event_type, sub_event_type=c.sub_type, status=c.status,
            sentence=c.sentence, place=where, time=c.time, time_source=c.time_source,
            casualties=own, actor1=c.actor1, actor2=c.actor2,
            weapons=[label for label, _ in c.weapons], civilian_targeting=c.civilian,
            confidence=round(c.confidence * place_factor, 3),
            notes=list(c.notes) + ([share_note] if shares else []),
            spans=[(c.sentence.start, c.sentence.end)], unknown_place=c.unknown,
            headline=ctx.report.role(c.sentence.start, c.sentence.end) == "headline",
        )  # fmt: skip


def _upgrade_protest(previous: list[Draft], sentence: Sentence, casualties: Casualties) -> None:
    """'Police fired tear gas at protesters': the protest just told met force."""
    for draft in reversed(previous[-4:]):
        if draft.event_type == "Protests" and sentence.start - draft.sentence.end < 400:
            level = classify.force_level(sentence.text, casualties)
            if SEVERITY[level] > SEVERITY.get(draft.sub_event_type, 0):
                draft.sub_event_type = level
            draft.casualties = combine(draft.casualties, casualties)
            draft.actor2 = draft.actor2 or "Police Forces"
            draft.spans.append((sentence.start, sentence.end))
            return


def _near_trigger(place: Resolved, hit: Hit, reach: int) -> bool:
    """Weak triggers ("talks", "fighting") only take a place named close to them."""
    return place.mention.end >= hit.start - reach and place.mention.start <= hit.end + reach


def _attach(previous: list[Draft], trigger, sentence: Sentence, casualties: Casualties) -> bool:
    """'The strike killed three': add to the last event of this type nearby, if any."""
    for draft in reversed(previous[-6:]):
        same_kind = draft.event_type == trigger.event_type and (
            trigger.sub_event_type == "by_weapon" or draft.sub_event_type == trigger.sub_event_type
        )
        if same_kind and sentence.paragraph == draft.sentence.paragraph:
            draft.casualties = combine(draft.casualties, casualties)
            if (sentence.start, sentence.end) not in draft.spans:
                draft.spans.append((sentence.start, sentence.end))
            return True
    return False


def _actors(trigger, clause, trigger_start, sentence_actors, paragraph_actor, speaker, country):
    in_clause = [a for a in sentence_actors if clause[0] <= a.start < clause[1]]
    hits = in_clause or sentence_actors
    pool = [a.actor for a in hits]
    names: list[str] = []
    if trigger.event_type == "Diplomacy":
        nearest = sorted(hits, key=lambda a: abs(a.start - trigger_start))
        names = [a.actor.name for a in nearest if a.actor.kind in ("government", "organisation")]
        if not names and speaker is not None:
            names = [speaker.name]
    elif trigger.event_type in CROWDS:
        names = [a.name for a in pool if a.kind in ("police", "government", "military")]
        crowd = "Protesters" if trigger.event_type == "Protests" else "Rioters"
        names.insert(0, f"{crowd} ({country})" if country else crowd)
    else:
        names = [a.name for a in pool if a.kind in ("military", "armed_group", "police")]
        if not names and paragraph_actor is not None and trigger.event_type in VIOLENT:
            names = [paragraph_actor.name]
    unique = list(dict.fromkeys(names))
    return (unique[0] if unique else None), (unique[1] if len(unique) > 1 else None)


def _country_of(targets, gazetteer: Gazetteer) -> str | None:
    for where in targets:
        if where is not None:
            return gazetteer.country_name(gazetteer.index.country[where.entry])
    return None
