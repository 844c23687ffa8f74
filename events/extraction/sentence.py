"""The per-sentence core. The event words of a sentence that tell something that happened
(not a forecast, a negation, a question or background) are grouped by clause; each clause
with event words is one Candidate, which named steps fill in turn (weapons, scene, counts,
fallback place, time, actors, kind, status). A step that returns False drops the candidate:
it tells nothing new, or its count or force belongs to an event told just before. What
survives becomes one Draft per place."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from events.extraction import classify, scene
from events.extraction.actors import ActorHit, Party, Roles, roles
from events.extraction.casualties import Casualties, parse_casualties
from events.extraction.counts import attach_counts, place_key, reported, split_count
from events.extraction.draft import DATE_NOTES, VIOLENT, Draft
from events.extraction.lexicon import ARMED_KINDS, Actor, Lexicon, Trigger
from events.extraction.merge import SEVERITY
from events.extraction.modality import in_quotes, modality_blocks
from events.extraction.report import Report
from events.extraction.timex import TimeRef, news_day
from events.extraction.timing import dates_telling, is_past, overlap, pick_time
from events.extraction.triggers import LEADING_SUBORDINATE, Hit, clause_of, clauses, scene_clause
from events.places import AREA_KINDS, Gazetteer, Resolved
from events.reading.article import Article
from events.reading.text import Sentence, squash

ANAPHORIC_TRIGGER = re.compile(r"\b(?:this|that|the|these|those|such)\s+(?:[a-z-]+\s+)?$", re.I)
# a clause told as the setting of the one before ("..., as rival groups fight for control")
SUBORDINATE_OPENING = re.compile(r"\s*(?:as|while|amid|with)\b", re.I)
# a campaign's beginning told with its time ("The offensive was launched on Wednesday")
CAMPAIGN_BEGUN = re.compile(
    r"\b(?:offensive|campaign)s?\s+(?:[\w-]+\s+){0,4}?(?:was |were |had been |has been )?"
    r"(?:launched|began|begun|started)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# a head of state or government named by title ("President William Ruto"): a government's party
# (not one who only tells of it: "..., President Tinubu said")
HEAD_OF_STATE = re.compile(
    r"(?<!Vice )\b(?:President|Prime Minister|Chancellor|King|Emir)\s+[A-Z]"
    r"(?![\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:said|says|told|tells|announced|stated)\b)"
)
# a labour strike, which a strike word with no weapon never is ("a general strike was called")
LABOUR_STRIKE = re.compile(
    r"\b(?:general|hunger|labou?r|nationwide|workers'?|indefinite|sit-down|token)\s+$", re.I
)
# "the gun battle that followed" (and "the ensuing clashes", modality.yaml: ensuing): a
# definite event word that opens a new event, told as following the one before
ENSUING_AFTER = re.compile(r"\s*(?:that|which)\s+(?:followed|ensued)\b", re.I)
# What a crowd wants or opposes: places named after it are its cause, not its scene.
PROTEST_CAUSE = re.compile(r"\b(?:demanding|to demand|calling for|called for|urging|against|"
                           r"in support of|in solidarity with|over)\b", re.I)  # fmt: skip
CROWDS = ("Protests", "Riots")
CROWD_PARTIES = ("protesters", "rioters")
PRONOUN_START = re.compile(r"(?:He|She|They)\b")
TIME_WEIGHT = {"explicit": 1.0, "inherited": 0.9, "undated": 0.8}
OPENING_PARAGRAPHS = 2  # paragraphs after the lede's that still tell the report's news
ATTACH_WITHIN = 600  # characters: a count told this close after an event belongs to it
ANAPHOR_WITHIN = 1500  # characters: "the attacks" told this close after an event is that event
FOLLOWING = 2  # sentences of the paragraph after this one whose event words are features
# Types an event from its features; the second argument is what its words alone say.
Typer = Callable[[list[str], tuple[str, str]], tuple[str, str, float]]


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
    paragraph: int = -1
    paragraph_time: TimeRef | None = None
    lede_time: TimeRef | None = None  # the day the lede's event is told on: the story's day
    paragraph_actor: Actor | None = None
    speaker: Actor | None = None
    entry: bool = False  # an event log's entry read again for its one event (core._entry_drafts)
    filed_from: Resolved | None = None  # the dateline's town (no scene of the report's events)

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def opening_end(self) -> int:
        """The last paragraph of the report's opening: its lede's and the ones after it that
        still tell its news (an event log's entry is one paragraph, all opening)."""
        body = next((s.paragraph for s in self.sentences if self.report.role(s.start, s.end) == "body"), 0)
        return body + OPENING_PARAGRAPHS

    def below_opening(self, sentence: Sentence) -> bool:
        """Told below the report's opening: context."""
        return sentence.paragraph > self.opening_end

    def background(self, start: int, end: int) -> bool:
        """The span tells background (a toll, a habit, a trend), read with its time expressions
        blanked ("since the      coup") and as written ("so far this year" is one time
        expression, which blanking takes away with its "so far")."""
        found = self.lexicon.background
        return any(found.search(text, start, end) for text in (self.undated_text, self.text))


@dataclass
class Candidate:
    """The event words of one clause, filled in by the steps below."""

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


def sentence_drafts(
    ctx: ArticleContext, index: int, times: list[TimeRef], actors: list[ActorHit]
) -> list[Draft] | None:
    """The drafts of one sentence: one candidate per clause with factual event words (None
    when it has no event word told as having happened)."""
    sentence = ctx.sentences[index]
    spans = clauses(sentence)
    ctx.sentence_hits[index] = _crowd_demands(ctx, sentence, spans, ctx.sentence_hits[index])
    protest = any(h.trigger.event_type in CROWDS for h in ctx.sentence_hits[index])
    factual = [h for h in ctx.sentence_hits[index] if ctx.entry or _factual(h, sentence, spans, ctx, protest)]
    if not factual:
        return None  # nothing told as having happened: a count here belongs to an event before
    drafts: list[Draft] = []
    ctx.this_sentence = drafts
    for group in _groups(factual, spans):
        anchor = next((h for h in group if h.trigger.role != "force"), group[0])
        c = Candidate(index, sentence, anchor, group, factual, spans, times, actors)
        if all(step(c, ctx) for step in STEPS):
            drafts.extend(to_drafts(c, ctx))
    return drafts


def _crowd_demands(ctx: ArticleContext, sentence: Sentence, spans, hits: list[Hit]) -> list[Hit]:
    """A demand made by a crowd named before it in its clause, with no crowd event word in
    the sentence ("Hundreds of protesters forced their way into the palace to demand justice"): the
    crowd's protest, read as a protest word."""
    if any(h.trigger.event_type in CROWDS for h in hits):
        return hits
    crowds = [p.start for p in ctx.parties if p.type in CROWD_PARTIES and sentence.start <= p.start]
    protest = ctx.lexicon.trigger("protest")
    return [
        Hit(h.start, h.end, protest)
        if h.trigger.sub_event_type == "Demand"
        and any(clause_of(h.start, spans)[0] <= c < h.start for c in crowds)  # the crowd's own clause
        else h
        for h in hits
    ]


def _factual(hit: Hit, sentence: Sentence, spans, ctx: ArticleContext, protest: bool) -> bool:
    """Not hypothetical, negated, a question or background; not a protest's demand; a
    weapon word only with a weapon; not the launch of what was then shot down."""
    clause = clause_of(hit.start, spans)
    trigger, text = hit.trigger, ctx.undated_text
    if modality_blocks(text, sentence, hit.start, hit.end, clause, trigger, ctx.lexicon):
        return False
    if trigger.sub_event_type == "Demand" and protest:
        return False  # "protesters demanding X": the protest's cause, not a diplomatic demand
    if trigger.id == "phone_call" and ctx.lexicon.told_by.search(
        ctx.text, max(sentence.start, hit.start - 80), hit.start
    ):
        return False  # "he said by phone", "told Reuters by telephone": how a source spoke, no call
    if ctx.background(*clause):
        return False  # a toll, a habit or a trend: background, not a new event
    opening = SUBORDINATE_OPENING.match(text, clause[0]) and not _past_tense(ctx.text, hit)
    own_time = any(clause[0] <= t.start < clause[1] for t in ctx.times)
    if opening and not own_time and ctx.background(sentence.start, clause[0]):
        # "... 1,000 homicides so far this year, as rival groups fight for control": its background
        return False
    if ctx.lexicon.reaction.search(ctx.text, max(clause[0], hit.start - 60), hit.start):
        return False  # "Aoun condemned the strike": a stance on an event told elsewhere
    earlier = ctx.lexicon.earlier_event.search(ctx.text, max(clause[0], hit.start - 60), hit.start)
    if earlier and not _past_tense(ctx.text, hit):
        return False  # "after the Inata attack": an earlier event, named as a time
    if ctx.lexicon.earlier_event_told.search(ctx.text, max(sentence.start, hit.start - 140), hit.start):
        return False  # "after the Inata attack, which caused the death of 53": what that event did
    lead = LEADING_SUBORDINATE.match(sentence.text)
    lead_end = sentence.start + lead.end() if lead else 0
    if lead and lead_end <= clause[0] and ctx.lexicon.background.search(ctx.text, sentence.start, lead_end):
        return False  # "Since the war began, Russia has launched thousands of missiles" (read with its
        # dates: "Since November 2023, the Houthis have attacked more than 100 ships")
    if trigger.needs_weapon:
        clause_text = ctx.text[clause[0] : clause[1]]
        if INTERCEPTED.search(clause_text):
            return False
        if classify.weapons_within(ctx.weapons, *clause):
            return True
        # "Israeli strikes hit ...": a strike made by an armed actor needs no weapon named, nor
        # one in a report that has told a strike by its weapons ("88 missiles and 63 drones ...
        # In Khmelnytskyi Oblast, two strikes hit an infrastructure facility")
        striking = STRIKE_WORDS.fullmatch(ctx.text, hit.start, hit.end) is not None
        told = any(
            d.event_type == "Explosions/Remote violence" and not d.headline for d in ctx.drafts
        ) and not (
            ANAPHORIC_TRIGGER.search(ctx.text, clause[0], hit.start)  # "The strike came after": that one
            or LABOUR_STRIKE.search(ctx.text, clause[0], hit.start)
        )
        return striking and (
            told or any(p.type in classify.ARMED and clause[0] <= p.start < hit.start for p in ctx.parties)
        )
    return True


def _past_tense(text: str, hit: Hit) -> bool:
    """A past-tense verb ("after the army attacked X" tells an event); else a noun."""
    return text[hit.start : hit.end].endswith("ed")


STRIKE_WORDS = re.compile(r"(?i:strikes?|struck|striking|hits?|pounded|barrages?|fired(?: on| at| upon)?)")
INTERCEPTED = re.compile(r"\b(?:shot down|intercepted|downed|destroyed in (?:the )?air)\b", re.I)


def _groups(hits: list[Hit], spans) -> list[list[Hit]]:
    """Non-overlapping hits (earliest, then longest first) grouped by clause; a clause that
    opens on its event word has no subject of its own and continues the clause before
    ("kidnapped, tortured, and killed a resident"); each diplomatic hit stands alone (a call
    and a meeting in one sentence are two events)."""
    kept: list[Hit] = []
    for hit in hits:
        if not any(k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    groups: dict[tuple[int, int], list[Hit]] = {}
    alone: list[list[Hit]] = []
    for hit in kept:
        if hit.trigger.event_type == "Diplomacy":
            alone.append([hit])
            continue
        clause = clause_of(hit.start, spans)
        earlier = [c for c in groups if c[1] <= clause[0]]
        if clause not in groups and earlier and hit.start - clause[0] <= 1:
            clause = earlier[-1]
        groups.setdefault(clause, []).append(hit)
    return sorted([*groups.values(), *alone], key=lambda g: g[0].start)


def locate(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause: from the first to the last clause holding the candidate's event words."""
    first, last = clause_of(c.hits[0].start, c.clause_spans), clause_of(c.hits[-1].start, c.clause_spans)
    c.clause = (first[0], max(first[1], last[1]))
    return True


def arm(c: Candidate, ctx: ArticleContext) -> bool:
    if not c.diplomatic:
        c.weapons = classify.weapons_within(ctx.weapons, *c.clause)
    return True


def place(c: Candidate, ctx: ArticleContext) -> bool:
    """The scene: the clause's places (weak event words only with a place close to them),
    else those of a later trigger-free clause of the sentence."""
    if c.trigger.placeless:
        return True
    text, gazetteer = ctx.text, ctx.gazetteer
    c.targets = _scene_places(c, ctx, c.clause)
    if c.roles_of("weak") and not ctx.entry:
        c.targets = [p for p in c.targets if any(_near_trigger(p, h) for h in c.hits)]
        return bool(c.targets or scene.unknown_place_in_region(text, c.clause, gazetteer, ctx.lexicon.places)
                    or scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon))  # fmt: skip
    if not c.targets and not scene.unknown_place_in_region(text, c.clause, gazetteer, ctx.lexicon.places):
        c.clause = scene_clause(c.clause, c.clause_spans, c.sentence_hits)
        c.targets = _scene_places(c, ctx, c.clause)
    return True


def _scene_places(c: Candidate, ctx: ArticleContext, clause: tuple[int, int]) -> list[Resolved]:
    text = ctx.text
    targets = scene.event_places(text, clause, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places)
    crowd = any(h.trigger.event_type in CROWDS for h in c.hits)
    cause = PROTEST_CAUSE.search(text, c.hit.end, clause[1]) if crowd else None
    within = (scene.event_places(text, (clause[0], cause.start()), ctx.places, ctx.qualifiers, ctx.gazetteer,
                                 ctx.lexicon.places) if cause else [])  # fmt: skip
    if within:
        return within  # "a protest in Lutsk demanding the return of prisoners from Mariupol"
    return targets


def count(c: Candidate, ctx: ArticleContext) -> bool:
    """Casualties. Force against a crowd, or a count with no event of its own ("two people
    were killed"; "the strike killed three"), goes to the event told just before."""
    # read with its time expressions blanked: "34 late on April 13 before one of the injured died"
    # counts no 13 injured
    undated = ctx.undated_text
    whole = undated[c.sentence.start : c.sentence.end]
    c.counted_text = c.clause_text(undated) if len(c.clause_spans) > 1 else whole
    c.casualties = parse_casualties(c.counted_text)
    c.roles = roles(ctx.text, c.clause, [(h.start, h.end) for h in c.hits], _parties_in(c, ctx))
    if c.casualties.aggregate:
        return False  # a toll of the war, not an event
    if c.roles_of("force") and not c.targets:
        # "demonstrators threw stones at police, who responded with tear gas": the same crowd
        return not _upgrade_protest(ctx.drafts + ctx.this_sentence, c.sentence, c.casualties)
    # the event word the clause tells: past its counts ("A young man died during the clashes")
    told = next((h for h in c.hits if h.trigger.role not in ("outcome", "locus")), c.hit)
    before = ctx.text[c.clause[0] : told.start]
    anaphoric = ANAPHORIC_TRIGGER.search(before) is not None and not (
        ctx.lexicon.ensuing.search(before) or ENSUING_AFTER.match(ctx.text, told.end)
    )
    # a count or a scene with no event of its own, or a definite "the strike": told before
    told_before = c.roles_of("locus", "outcome") and (not c.roles.agents or not c.roles_of("outcome"))
    if (told_before or anaphoric) and not _another_incident(c, ctx):
        attached = _attach_told(c, ctx, anaphoric)  # "two people were killed", "the strikes on X killed one"
        # "it took place in X" is never an event alone, nor a count told with no event word or place
        return (
            not attached
            and not c.roles_of("locus")
            and not (ctx.below_opening(c.sentence) and c.roles_of("outcome") and not c.targets)
        )
    return True


def _parties_in(c: Candidate, ctx: ArticleContext) -> list[Party]:
    return [p for p in ctx.parties if c.sentence.start <= p.start < c.sentence.end]


def fall_back(c: Candidate, ctx: ArticleContext) -> bool:
    """A village the gazetteer lacks, named with its region; an anaphor; an unknown name."""
    if c.trigger.placeless:
        return True
    text, gazetteer = ctx.text, ctx.gazetteer
    fallback = scene.unknown_place_in_region(text, c.clause, gazetteer, ctx.lexicon.places)
    areas_only = all(gazetteer.kind(p.entry) in AREA_KINDS for p in c.targets)
    if fallback is not None and areas_only:
        c.targets, c.unknown = [fallback.region], fallback.place_name
    elif c.targets and all(gazetteer.kind(p.entry) == "country" for p in c.targets):
        # a country alone ("the forces of Mozambique bombed ... in the Mbau area (Mocimboa Da
        # Praia, Cabo Delgado)") gives way to a division the text names in parentheses
        named, how = scene.division_named(text, c.clause, ctx.places, gazetteer), "in parentheses"
        if named is None:  # "in Di, Sourou Province near the Mali border"
            named, how = scene.division_by_kind_word(c.clause, ctx.places, gazetteer), "with its kind"
        _place_at_division(c, ctx, named, how)
    elif not c.targets:
        anaphor, note = scene.resolve_anaphor(text, c.clause, ctx.places, gazetteer, ctx.lexicon.places)
        named = None if anaphor else scene.division_named(text, c.clause, ctx.places, gazetteer)
        if anaphor is not None:
            c.targets, c.notes = [anaphor], [note]
        elif named is not None:
            _place_at_division(c, ctx, named)
        else:
            c.unknown = scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon)
            if c.unknown:
                (home, why), lacking = _home_place(c, ctx), None
            else:
                (home, lacking), why = _earlier_scene(c, ctx), ""
            if home is not None and c.unknown:
                c.targets = [home]
                label = ctx.gazetteer.label(home.entry)
                c.notes.append(f"{c.unknown} is not in the gazetteer; placed at {label}, {why}.")
            elif home is not None:
                c.targets, c.unknown = [home], lacking or ""
                c.notes.append(f"Place from an earlier sentence: '{home.mention.text}'.")
            else:  # "Minbya Town, Minbya Township, Mrauk-U District, Rakhine State, ... clashed"
                named = scene.division_by_kind_word(c.clause, ctx.places, gazetteer)
                _place_at_division(c, ctx, named, "with its kind")
    return True


def _place_at_division(
    c: Candidate, ctx: ArticleContext, named: tuple[Resolved, str | None] | None, how: str = "in parentheses"
) -> None:
    """The scene is the division the text names (in an ACLED-style parenthesis, or by its
    kind: "Mrauk-U District"); the place itself is not in the gazetteer."""
    if named is None:
        return
    division, name = named
    c.targets = [division]
    c.unknown = name or scene.unknown_place(ctx.text, c.clause, ctx.gazetteer, ctx.lexicon)
    c.notes.append(
        f"Placed at {ctx.gazetteer.label(division.entry)}, the division the text names {how}; "
        "the scene itself is not in the gazetteer."
    )


def _earlier_scene(c: Candidate, ctx: ArticleContext) -> tuple[Resolved | None, str | None]:
    """An event told with no place of its own takes the scene an earlier sentence of its
    paragraph set and told no event at ("Demonstrators gathered in Gedaref. Soldiers
    dispersed the crowds."), as it takes that sentence's date."""
    # the scenes events were told at, by span (a scene read from a parenthesis is a new
    # Mention each time it is read)
    told = {(d.place.mention.start, d.place.mention.end) for d in ctx.drafts if d.place is not None}
    for k in range(c.index - 1, -1, -1):
        sentence = ctx.sentences[k]
        if sentence.paragraph != c.sentence.paragraph:
            break
        span = (sentence.start, sentence.end)
        scenes = scene.event_places(
            ctx.text, span, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places
        )
        scenes = [p for p in scenes if ctx.gazetteer.kind(p.entry) != "country"]
        if scenes:
            named = scenes[-1], None
        # else a scene the gazetteer lacks, named with its divisions: "in Basonge (Lubefu, Sankuru)"
        elif lacking := scene.unknown_place_in_region(ctx.text, span, ctx.gazetteer, ctx.lexicon.places):
            named = lacking.region, lacking.place_name
        else:
            named = scene.division_named(ctx.text, span, ctx.places, ctx.gazetteer)
        if named is not None:
            lent = any((p.mention.start, p.mention.end) in told for p in scenes or [named[0]])
            return (None, None) if lent else named
    return None, None


def _home_place(c: Candidate, ctx: ArticleContext) -> tuple[Resolved | None, str]:
    """The place a report is about, for a scene it names that the gazetteer lacks ("the
    Barwaqo neighborhood" of a report on Mogadishu): the nearest town or district named
    before it in its paragraph, else in the headline, else the town it was filed from ("MANILA
    - ... near Malacañang"), else the report's first; and which it was."""
    gazetteer = ctx.gazetteer
    countries = Counter(
        gazetteer.country_code(p.entry) for p in ctx.places if gazetteer.country_code(p.entry)
    )
    home_country = countries.most_common(1)[0][0] if countries else ""
    kinds = ("city", "admin2", "admin1", "region")
    usable = [p for p in ctx.places
              if gazetteer.kind(p.entry) in kinds and id(p.mention) not in ctx.qualifiers
              and gazetteer.country_code(p.entry) in ("", home_country)]  # fmt: skip
    paragraph = [p for p in usable if p.mention.start < c.clause[0]
                 and any(s.paragraph == c.sentence.paragraph and s.start <= p.mention.start < s.end
                         for s in ctx.sentences)]  # fmt: skip
    headline = ctx.report.headline
    heading = [p for p in usable if headline and headline[0] <= p.mention.start < headline[1]]
    filed = [p for p in [ctx.filed_from] if p is not None and gazetteer.kind(p.entry) == "city"
             and gazetteer.country_code(p.entry) == home_country]  # fmt: skip
    ranked = [(p, "the place the report names before it") for p in paragraph[::-1] + heading]
    ranked += [(p, "the town the report was filed from") for p in filed]
    ranked += [(p, "the place the report names first") for p in usable[:1]]
    return next(iter(ranked), (None, ""))


def fold(c: Candidate, ctx: ArticleContext) -> bool:
    """An event word with no scene of its own (no place, or only a country) in an article
    that has already told an event tells more of that event, not a new one: close to it,
    its sentence joins it as evidence with its counts; far from it, it adds nothing."""
    if c.diplomatic or c.unknown or c.trigger.placeless or _another_incident(c, ctx):
        return True
    if any(t is not None and ctx.gazetteer.kind(t.entry) != "country" for t in c.targets):
        return True
    previous = [d for d in ctx.drafts if d.event_type != "Diplomacy"]
    if not previous:
        return True
    target = previous[-1]
    own_time = [t for t in c.times if not t.is_background]
    if _date_later(target, own_time, ctx):
        pass  # the event told undated is dated by this later sentence ("on Saturday ... joined the protest")
    elif own_time and not any(overlap(t, target.time) for t in own_time):
        return True  # a day of its own: another event, placed nowhere the text says
    if c.sentence.start - max(e for _, e in target.spans) <= ATTACH_WITHIN:
        target.absorb(c.sentence, c.casualties, _features(c, ctx))
        if (c.sentence.start, c.sentence.end) not in target.spans:  # more of it: evidence of it
            target.spans.append((c.sentence.start, c.sentence.end))
        if target.event_type in CROWDS and target.actor2 is None:  # the police who met the crowd
            force = next((p for p in _parties_in(c, ctx) if p.type in ("state_forces", "police")), None)
            target.actor2, target.inter2 = _named(force, _country_of([target.place], ctx.gazetteer), ctx)
    return False


def _another_incident(c: Candidate, ctx: ArticleContext) -> bool:
    """'Hours later, in Bannu district, militants took over a centre': the sentence opens
    another incident, which is not the event told before."""
    return ctx.lexicon.another_incident.search(c.sentence.text.lstrip()) is not None


def date_told_event(ctx: ArticleContext, sentence: Sentence, times: list[TimeRef]) -> None:
    """A sentence with event words but no event of its own ("Tedros said the hospital was hit
    on Friday") dates the event told just before it, if that was told undated or only by when
    it was told."""
    told = next((d for d in reversed(ctx.drafts) if not d.headline and d.event_type != "Diplomacy"), None)
    if told is not None and sentence.start - max(e for _, e in told.spans) <= ATTACH_WITHIN:
        _date_later(told, [t for t in times if not t.speech], ctx)


def _date_later(draft: Draft, times: list[TimeRef], ctx: ArticleContext) -> bool:
    """An event told undated, or told only by when it was told, takes the first time of a later
    sentence about it (a recent one, not background); whether it did."""
    time = next((t for t in times if not t.is_background), None)
    if time is None or not (draft.time_source == "undated" or dates_telling(time, draft.time)):
        return False
    if CAMPAIGN_BEGUN.search(ctx.text, max(0, time.start - 80), time.start):
        return False  # "The offensive was launched on Wednesday": when the campaign began, not this event
    if is_past(time, ctx.report.reported, ctx.lexicon.recent_days):
        return False
    draft.time, draft.time_source = time, "explicit"
    draft.notes = [n for n in draft.notes if not n.startswith(DATE_NOTES)]
    draft.notes.append(f"Date from a later sentence: '{time.expression}'.")
    return True


def date(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause's, sentence's or paragraph's time; none: the day the report speaks from.
    Background (only a year, or older than the report's recent past) is not a new event."""
    reported = ctx.report.reported
    c.time, c.time_source = pick_time(c.times, c.hit.start, c.clause, ctx.paragraph_time, reported)
    if c.time is not None and (c.time.is_background or is_past(c.time, reported, ctx.lexicon.recent_days)):
        return False
    if c.time_source == "inherited":
        c.notes.append(f"Date from an earlier sentence: '{c.time.expression}'.")
    elif c.time is None and ctx.lede_time is not None:  # more of the story the lede dates
        c.time, c.time_source = ctx.lede_time, "inherited"
        c.notes.append(f"Date from the lede: '{c.time.expression}'.")
    elif c.time is None:
        c.time = news_day(reported)
        c.notes.append("No date in the text; reported as news: the report's day (or the day before).")
    return True


def kind(c: Candidate, ctx: ArticleContext) -> bool:
    """The event type and sub-type: the fitted model's, for all but diplomacy."""
    if c.diplomatic:
        c.event_type, c.sub_type = c.trigger.event_type, classify.sub_event_type(c.trigger, c.weapons)
        return True
    told = [d for d in ctx.drafts if d.event_type in VIOLENT]
    if told and c.roles_of("outcome") and not c.roles.agents and not c.weapons:
        # "Four people were killed in Y." in a report of strikes: more of the same campaign
        c.event_type, c.sub_type = told[-1].event_type, told[-1].sub_event_type
        return True
    c.features = _features(c, ctx)
    c.event_type, c.sub_type, c.probability = ctx.typer(c.features, fallback(c.trigger, c.weapons))
    if c.sub_type == "Agreement" and (_between_governments(c) or _at_talks(c)):
        c.event_type, c.features = "Diplomacy", []  # states agreeing: diplomacy, not a conflict's truce
    return True


def _at_talks(c: Candidate) -> bool:
    """The sentence tells the talks the agreement came from ("agreed to a ceasefire after talks
    mediated by Qatar in Doha"): an agreement of diplomacy."""
    return any(h.trigger.sub_event_type == "Meeting" for h in c.sentence_hits)


def _between_governments(c: Candidate) -> bool:
    """The clause names a government (or a head of state by title, not as the one who tells of
    it: "he and President William Ruto signed") and no armed actor ('Zelensky signed a security
    agreement with Tusk'): an agreement between states, which the news corpora call diplomacy."""
    kinds = {a.actor.kind for a in c.actors if c.clause[0] <= a.start < c.clause[1]}
    offset = c.sentence.start
    if HEAD_OF_STATE.search(c.sentence.text, c.clause[0] - offset, c.clause[1] - offset):
        kinds.add("government")  # "he and President William Ruto signed"
    return "government" in kinds and not kinds & ARMED_KINDS


def fallback(trigger: Trigger, weapons: list[tuple[str, str]]) -> tuple[str, str]:
    """The type the anchor word alone gives (used where no model has a say)."""
    return trigger.event_type, classify.sub_event_type(trigger, weapons)


def _features(c: Candidate, ctx: ArticleContext) -> list[str]:
    return [] if c.diplomatic else classify.features(clause_features(c, ctx))


def clause_features(c: Candidate, ctx: ArticleContext) -> classify.Clause:
    after = range(c.index + 1, min(len(ctx.sentences), c.index + 1 + FOLLOWING))
    following = [h.trigger for k in after if ctx.sentences[k].paragraph == c.sentence.paragraph
                 for h in ctx.sentence_hits[k]]  # fmt: skip
    names = tuple((p.mention.start, p.mention.end) for p in ctx.places) + tuple(
        (a.start, a.end) for a in c.actors
    )
    sentence_weapons = classify.weapons_within(ctx.weapons, c.sentence.start, c.sentence.end)
    return classify.Clause(
        following_victims=tuple(_following_victims(c, ctx)),
        text=ctx.text, sentence=(c.sentence.start, c.sentence.end), clause=c.clause,
        triggers=tuple(h.trigger for h in c.hits),
        sentence_triggers=tuple(h.trigger for h in c.sentence_hits if h not in c.hits),
        following_triggers=tuple(following), weapons=tuple(c.weapons),
        sentence_weapons=tuple(sentence_weapons), roles=c.roles, casualties=c.casualties, names=names,
        function_words=ctx.lexicon.function_words,
    )  # fmt: skip


def _following_victims(c: Candidate, ctx: ArticleContext) -> Iterator[str]:
    """Who was hurt, as told by the count-only sentences that follow in the paragraph
    ("Two civilians were killed in the attack."): they belong to this event."""
    for k in range(c.index + 1, min(len(ctx.sentences), c.index + 1 + FOLLOWING)):
        sentence, hits = ctx.sentences[k], ctx.sentence_hits[k]
        if sentence.paragraph != c.sentence.paragraph:
            break
        hits = [h for h in hits if h.trigger.role == "outcome"]
        if not hits:
            continue
        parties = [p for p in ctx.parties if sentence.start <= p.start < sentence.end]
        found = roles(ctx.text, (sentence.start, sentence.end), [(h.start, h.end) for h in hits], parties)
        yield from (p.type for p in found.victims)


def cast(c: Candidate, ctx: ArticleContext) -> bool:
    """Actors: who acted and on whom, named as ACLED names them; civilians as the target
    of a violent event."""
    country = _country_of(c.targets, ctx.gazetteer)
    if c.diplomatic:
        speaker = ctx.speaker if PRONOUN_START.match(c.sentence.text) else None
        c.actor1, c.actor2 = _diplomats(c, speaker)
        return True
    agent = c.roles.agents[0] if c.roles.agents else None
    victim = c.roles.victims[0] if c.roles.victims else None
    if c.event_type in CROWDS:
        crowd = "protesters" if c.event_type == "Protests" else "rioters"
        agent = Party(0, 0, crowd)
        victim = next(
            (
                p
                for p in (*c.roles.victims, *c.roles.others, *c.roles.agents)
                if p.type in ("state_forces", "police")
            ),
            victim if c.event_type == "Riots" else None,
        )
    if victim is not None and victim.type == "property":
        victim = next((p for p in c.roles.victims if p.type != "property"), None)
    c.actor1, c.inter1 = _named(agent, country, ctx)
    if agent is None and ctx.paragraph_actor is not None and c.event_type in VIOLENT:
        c.actor1, c.inter1 = ctx.paragraph_actor.name, ctx.paragraph_actor.inter
    c.actor2, c.inter2 = _named(victim, country, ctx)
    c.civilian = classify.civilian_target(c.event_type, c.roles)
    if c.civilian and c.event_type in VIOLENT:
        c.actor2, c.inter2 = _named(Party(0, 0, "civilians"), country, ctx)
    if c.actor1 == c.actor2:
        c.actor2, c.inter2 = None, None
    return True


def _named(party: Party | None, country: str | None, ctx: ArticleContext) -> tuple[str | None, int | None]:
    if party is None:
        return None, None
    if party.actor is not None:
        return party.actor.name, party.actor.inter
    kind_ = ctx.lexicon.actor_types[party.type]
    if not kind_.inter:  # a thing (houses, vehicles), not an actor
        return None, None
    if country:
        return kind_.label.replace("{country}", country), kind_.inter
    return re.sub(r"\s*(?:\(\{country\}\)|of \{country\})", "", kind_.label), kind_.inter


def qualify(c: Candidate, ctx: ArticleContext) -> bool:
    """Status (a claim, a denial) and confidence."""
    c.status = c.trigger.status
    lexicon = ctx.lexicon
    if lexicon.claim.search(c.sentence.text) and c.status == "occurred":
        c.status = "claimed"
        c.notes.append("Reported as a claim: " + squash(c.sentence.text)[:160])
        if lexicon.denial.search(c.sentence.text):
            c.notes.append("The claim is denied in the same report.")
    c.confidence = c.trigger.weight * TIME_WEIGHT[c.time_source] * classify.confidence_of(c.probability)
    if in_quotes(ctx.text, c.hit.start, c.sentence):
        c.confidence *= 0.85
    return True


STEPS = (locate, arm, place, count, fall_back, fold, date, kind, cast, qualify)


def to_drafts(c: Candidate, ctx: ArticleContext) -> Iterator[Draft]:
    """One draft per place; a count told for several places is shared out over them."""
    shares, share_note = {}, ""
    if reported(c.casualties) and not c.trigger.placeless:
        names = scene.listed_places(
            ctx.text, c.clause, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places
        )
        if len(names) < 2 and len(c.targets) > 1:
            names = [p.mention.text for p in c.targets]
        if len(names) > 1:
            shares, share_note = split_count(c.casualties, c.counted_text, names, ctx.lexicon)
    targets = c.targets
    if c.diplomatic and len(targets) > 1:  # talks have one venue: the place told closest to them
        targets = [min(targets, key=lambda p: _distance_to(p, c.hit))]
    for where in targets or [None]:
        place_factor = (where.confidence**0.5) if where else (1.0 if c.trigger.placeless else 0.7)
        own = c.casualties
        if shares:  # a scene outside the list told with the count takes the smallest share
            own = shares.get(place_key(where, c.unknown), list(shares.values())[-1])
        yield Draft(
            trigger=c.trigger, event_type=c.event_type, sub_event_type=c.sub_type, status=c.status,
            sentence=c.sentence, place=where, time=c.time, time_source=c.time_source,
            casualties=own, actor1=c.actor1, actor2=c.actor2, inter1=c.inter1, inter2=c.inter2,
            weapons=[label for label, _ in c.weapons], civilian_targeting=c.civilian,
            confidence=round(c.confidence * place_factor, 3),
            notes=list(c.notes) + ([share_note] if shares else []),
            spans=[(c.sentence.start, c.sentence.end)], unknown_place=c.unknown,
            headline=ctx.report.role(c.sentence.start, c.sentence.end) == "headline",
            features=set(c.features), modelled=bool(c.features), fallback=fallback(c.trigger, c.weapons),
            separate=_another_incident(c, ctx),
        )  # fmt: skip


def _distance_to(place: Resolved, hit: Hit) -> int:
    return min(abs(place.mention.start - hit.end), abs(hit.start - place.mention.end))


def _upgrade_protest(previous: list[Draft], sentence: Sentence, casualties: Casualties) -> bool:
    """'Police fired tear gas at protesters': the protest just told met force."""
    for draft in reversed(previous[-4:]):
        if draft.event_type in CROWDS and sentence.start - draft.sentence.end < 400:
            settled: list[str] = []
            if draft.event_type == "Protests":
                level = classify.force_level(sentence.text, casualties)
                if SEVERITY[level] > SEVERITY.get(draft.sub_event_type, 0):
                    draft.sub_event_type = level
                # what the codebook settles, so that typing the event again keeps it
                settled = [
                    f"{classify.SETTLED}{classify.FORCE_MET}:Protests{classify.SEPARATOR}{draft.sub_event_type}"
                ]
            draft.absorb(sentence, casualties, settled)
            if (sentence.start, sentence.end) not in draft.spans:  # the force is told: evidence of it
                draft.spans.append((sentence.start, sentence.end))
            draft.actor2 = draft.actor2 or "Police Forces"
            return True
    return False


def _attach_told(c: Candidate, ctx: ArticleContext, anaphoric: bool = False) -> bool:
    """'Two people were killed.' or 'The strikes on X killed one.' after an event: more of
    that event, not a new one. It joins the latest violent event of the body (the headline
    retells it) told shortly before at the same place (or, told with no place, the latest
    one). A count told for several places is shared out over the events at them
    (counts.attach_counts). "The attack took place 60 km from X" tells where the attack told
    before was, relative to X: that attack, not another."""
    text, gazetteer = ctx.text, ctx.gazetteer
    areas = all(gazetteer.kind(p.entry) in AREA_KINDS for p in c.targets)
    lacking = scene.unknown_place_in_region(text, c.clause, gazetteer, ctx.lexicon.places) if areas else None
    # a scene of its own the gazetteer lacks ("in the town of X in Plateau state", "in X"): more of
    # the event told there (or told in that region with no more precise place), else a new event
    if lacking:
        own = lacking.place_name
    else:
        own = None if c.targets else scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon)
    names = scene.listed_places(
        ctx.text, c.clause, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places
    )
    if len(names) > 1 and c.roles_of("outcome", "locus"):
        attach_counts(
            ctx.drafts, c.sentence, ctx.lexicon, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.text
        )
        return True
    relative = anaphoric and all(t is not None and t.mention.relation for t in c.targets)
    for draft in reversed(ctx.drafts[-8:]):
        if draft.event_type not in (*VIOLENT, *CROWDS) or draft.headline:
            continue  # the headline retells the lede: the body's sentences tell the body's events
        within = ANAPHOR_WITHIN if anaphoric else ATTACH_WITHIN
        if c.sentence.start - max(e for _, e in draft.spans) > within:
            return False
        if c.targets and not relative and not _same_place(draft, c.targets, ctx.gazetteer):
            continue
        if own and draft.unknown_place != own:
            if lacking and _in_region(draft, lacking, gazetteer):
                draft.place, draft.unknown_place = lacking.region, own
            elif anaphoric and _area_only(draft, gazetteer):
                draft.unknown_place = own  # "attacked a town in Artibonite" ... "The attack in Pont-Sonde"
            else:
                continue
        draft.absorb(c.sentence, c.casualties, _features(c, ctx))
        _refine(draft, c, ctx.gazetteer)
        if relative and c.targets and draft.place is None and not draft.unknown_place:
            draft.place = c.targets[0]  # told with no place before: where it was, relative to X
        _date_later(draft, c.times, ctx)
        return True
    return False


def _area_only(draft: Draft, gazetteer: Gazetteer) -> bool:
    """The draft is placed at an area (a division, a region, a country) and no more precisely."""
    return (
        draft.place is not None
        and gazetteer.kind(draft.place.entry) in AREA_KINDS
        and not draft.unknown_place
    )


def _in_region(draft: Draft, lacking: scene.RegionFallback, gazetteer: Gazetteer) -> bool:
    """The draft is told in the region a place the gazetteer lacks is named with (or in an area
    holding it), with no more precise place of its own."""
    here = draft.place.entry if draft.place is not None else None
    region = lacking.region.entry
    inside = here is not None and (here == region or gazetteer.contains(here, region))
    return inside and not draft.unknown_place


def _refine(draft: Draft, c: Candidate, gazetteer: Gazetteer) -> None:
    """'Belgorod region' then 'the drone struck Novaya Naumovka': the event is at the
    village, the more precise place the later sentence names within the first."""
    here = draft.place.entry if draft.place is not None else None
    inside = [t for t in c.targets if t is not None and here is not None and t.entry != here
              and gazetteer.contains(here, t.entry)]  # fmt: skip
    if len(inside) == 1:
        draft.place, draft.unknown_place = inside[0], ""
        if (c.sentence.start, c.sentence.end) not in draft.spans:
            draft.spans.append((c.sentence.start, c.sentence.end))


def _same_place(draft: Draft, targets: list[Resolved | None], gazetteer: Gazetteer) -> bool:
    if draft.place is None:
        return False
    here = draft.place.entry
    return any(t is not None and (t.entry == here or gazetteer.contains(t.entry, here)
                                  or gazetteer.contains(here, t.entry)) for t in targets)  # fmt: skip


def _near_trigger(place: Resolved, hit: Hit) -> bool:
    """Weak triggers ("talks", "fighting") only take a place named close to them."""
    reach = hit.trigger.reach
    return place.mention.end >= hit.start - reach and place.mention.start <= hit.end + reach


def _diplomats(c: Candidate, speaker: Actor | None) -> tuple[str | None, str | None]:
    in_clause = [a for a in c.actors if c.clause[0] <= a.start < c.clause[1]] or c.actors
    nearest = sorted(in_clause, key=lambda a: abs(a.start - c.hit.start))
    names = [a.actor.name for a in nearest if a.actor.kind in ("government", "organisation")]
    if not names and speaker is not None:
        names = [speaker.name]
    unique = list(dict.fromkeys(names))
    return (unique[0] if unique else None), (unique[1] if len(unique) > 1 else None)


def _country_of(targets, gazetteer: Gazetteer) -> str | None:
    for where in targets:
        if where is not None:
            return gazetteer.country_name(gazetteer.country_code(where.entry))
    return None
