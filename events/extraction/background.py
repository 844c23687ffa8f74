"""Background and habit, for the factual filter (events.extraction.factuality): an event word that tells
what a place has been through or is known for, a habit, a kind of event, the concession or setting a
sentence opens with, an accident no one inflicted, the dead mourned."""

from __future__ import annotations

import re

from events.extraction import scene
from events.extraction.candidate import OPENING_PARAGRAPHS, ArticleContext
from events.extraction.clause_roles import group_of
from events.extraction.clause_tense import COUNTED, past_tense, past_the_dateline
from events.extraction.dating import measured_from
from events.extraction.other_events import mourned_stretches
from events.extraction.timex import DAY
from events.extraction.triggers import Hit
from events.reading.text import Sentence


def conceded(hit: Hit, sentence: Sentence, ctx: ArticleContext) -> bool:
    """An event word in the phrase a sentence opens with to concede a state of affairs ("Despite
    ongoing peace talks in the region, ...", "In spite of the ceasefire, ..."), with no time, count
    or place of its own: what the news happened against, not news."""
    start = past_the_dateline(sentence, ctx)
    opening = ctx.lexicon.conceding_opening.match(ctx.text, start, sentence.end)  # (modality.yaml conceding)
    if opening is None or hit.start >= opening.end():
        return False
    end = opening.end()
    if AMID_ONE.match(ctx.text, start, end):
        return False  # "Amid an attack on a police station, ...": one event, told as such
    # an event of its own in it is told as one: a time, a count or a place ("Despite an attack on a
    # police convoy in Kurram that killed 42 people, ..."); not a time the setting runs from ("Amid
    # fighting that has raged since April, ..."), nor the dateline's place or day
    return not (
        any(start <= t.start < end and not (t.is_background or measured_from(t, ctx.text)) for t in ctx.times)
        or COUNTED.search(ctx.text, start, end)
        or any(start <= r.mention.start < end for r in ctx.places)
    )


# a single event the news happened amid, not a state of affairs
AMID_ONE = re.compile(r"\s*Amid(?:st)?\s+(?:a|an)\s", re.I)


def place_has_seen(hit: Hit, sentence: Sentence, ctx: ArticleContext) -> bool:
    """A sentence whose subject is a place that has been through something ("The northern Sagaing
    region has seen fierce fighting and bloody reprisals", "Borno has been plagued by attacks"),
    with no time expression and no count of its own: what the place has known, its background;
    every event word after the verb is part of it ("Gaza has been the scene of an Israeli strike
    that killed 20 people at a school" tells an event)."""
    if any(sentence.start <= t.start < sentence.end for t in ctx.times):
        return False
    places = sorted(ctx.places, key=lambda r: r.mention.start)
    for k, r in enumerate(places):
        start, end = r.mention.start, r.mention.end
        if start >= hit.start or start >= sentence.start + 40:
            break
        if start < sentence.start or not SUBJECT_OPENING.fullmatch(ctx.text, sentence.start, start):
            continue
        for later in places[k + 1 :]:  # a list of places, the subject ("Adamawa, Borno and Yobe have seen")
            if later.mention.start >= hit.start or not scene.LIST_GAP.fullmatch(
                ctx.text, end, later.mention.start
            ):
                break
            end = later.mention.end
        seen = ctx.lexicon.places.experienced.match(ctx.text, end)
        # (a count after the subject is an event's: "... has been the scene of a strike that killed 20")
        return (
            seen is not None and seen.end() <= hit.start and not COUNTED.search(ctx.text, end, sentence.end)
        )
    return False


# a sentence opening on its subject: "The northern ", "Southern ", "", "The three northeastern states of "
SUBJECT_OPENING = re.compile(r"\s*(?:(?:The|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:[\w-]+\s+){0,2}?of\s+)?")


def describes_a_place(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """A bare plural event noun in a phrase set beside a place to say what it is ("south of
    Djibo, a hotspot for attacks"; "Mopti, a region prone to kidnappings"), or the participle
    of what befell that kind of place ("Burkina Faso and Mali, nations invaded by jihadists"):
    how the place is known, not an event told."""
    told = ctx.text[hit.start : hit.end].lower()
    if told.endswith("s"):
        described = PLACE_DESCRIBED.search(ctx.text, max(clause[0], hit.start - 60), hit.start)
    elif told.endswith("ed") and BY_AFTER.match(ctx.text, hit.end):  # "nations invaded by jihadists"
        described = ctx.lexicon.places.kind_before.search(ctx.text, max(clause[0], hit.start - 60), hit.start)
    else:
        return False
    return described is not None and any(r.mention.end == described.start() for r in ctx.places)


def told_beside_a_trend(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """An event word past a trend's words and a comma or "where", in a clause with a day of its own
    ("have stepped up shelling of Kharkiv, killing five people on Saturday", "has stepped up its assault
    on El Fasher, where its fighters killed 10 people on Saturday"): the day's event, beside the trend."""
    trend = ctx.lexicon.background.search(ctx.text, clause[0], hit.start)
    return (
        trend is not None
        and ctx.lexicon.trend_apart.search(ctx.text, trend.end(), hit.start) is not None
        and any(
            clause[0] <= t.start < clause[1] and t.precision <= DAY and not (t.is_background or t.speech)
            for t in ctx.times
        )
    )


def told_before_a_series(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """A past event verb with a day of its own before the series it is the latest of ("Gunmen killed five
    villagers in Bama on Saturday in the latest in a string of attacks"): the day's event, the series told
    after it its background (not a clause with background of its own before the series)."""
    if not past_tense(ctx.text, hit):
        return False
    series = ctx.lexicon.latest_of.search(ctx.text, hit.end, clause[1])
    if series is None or ctx.background(clause[0], series.start()):
        return False
    return any(
        hit.end <= t.start < series.start() and t.precision <= DAY and not (t.is_background or t.speech)
        for t in ctx.times
    )


def habitual_present(hit: Hit, clause: tuple[int, int], sentence: Sentence, ctx: ArticleContext) -> bool:
    """An event verb in the simple present after a plural armed or described subject ("Insurgents also
    attack farmers in Gwoza", "Monguno lies near Maiduguri, where bandits attack travellers"), or after a
    singular one with an adverb between ("ISWAP also attacks military bases"), or in a relative clause after
    its subject ("The herders, who attack farmers in Gwoza, are armed"), in a body sentence after the lede's
    paragraph with no time of its own: what they do, a habit, not an event told (a headline's present,
    "Gunmen kill five", and a caption's dated one stay events)."""
    word = ctx.text[hit.start : hit.end]
    plural = ctx.lexicon.bare_verb.fullmatch(word) is not None
    if not (plural or ctx.lexicon.singular_verb.fullmatch(word)):
        return False
    if ctx.report.role(sentence.start, sentence.end) != "body":
        return False
    if sentence.paragraph <= ctx.opening_end - OPENING_PARAGRAPHS:
        return False  # the lede's paragraph
    if any(sentence.start <= t.start < sentence.end for t in ctx.times):
        return False
    lexicon = ctx.lexicon
    for p in ctx.parties:
        if not (sentence.start <= p.start and p.end <= hit.start):
            continue
        if plural != bool(lexicon.plural_subject.search(ctx.text, p.start, p.end)):
            continue  # "bandits attack", "ISWAP attacks": the verb agrees with its subject
        if clause[0] <= p.start and lexicon.present_gap.fullmatch(ctx.text, p.end, hit.start):
            if plural or lexicon.adverb_gap.fullmatch(ctx.text, p.end, hit.start):
                return True
        relative = lexicon.relative_gap.fullmatch(ctx.text, p.end, hit.start)
        if relative and (plural or relative.group("adverb")):
            return True
    return False


def kind_described(hit: Hit, sentence: Sentence, ctx: ArticleContext) -> bool:
    """A sentence whose subject is a bare plural event noun (no article, number or possessive) and whose
    verb is a present copula with an indefinite noun after it ("Kidnappings for ransom are a lucrative
    business for armed gangs", "Attacks on convoys remain a daily occurrence"): what such events are,
    a generic statement, no event told."""
    if not ctx.text[hit.start : hit.end].lower().endswith(("s", "ing")):
        return False  # a plural, or a gerund told as a kind ("Kidnapping for ransom is a lucrative business")
    if any(sentence.start <= t.start < sentence.end and not (t.is_background or t.speech) for t in ctx.times):
        return False  # "Fresh clashes in El Fasher on Saturday are a blow to talks": events told, dated
    opening = past_the_dateline(sentence, ctx)
    return (
        ctx.lexicon.bare_opening.fullmatch(ctx.text, opening, hit.start) is not None
        and ctx.lexicon.generic_predicate.match(ctx.text, hit.end, sentence.end) is not None
    )


# ", a hotspot for", ", an area prone to", ", a town plagued with": an indefinite phrase put
# beside a name (no number, no verb of its own before the noun it describes the place by)
PLACE_DESCRIBED = re.compile(
    r",\s+an?\s+(?:[^\W\d]+[\s-]+){1,3}?(?:for|of|to|with|by)\s+(?:[^\W\d]+\s+)?$", re.I
)
BY_AFTER = re.compile(r"\s+by\b")


# event words that tell deaths, hurt or a blast without telling who caused them
UNINFLICTED = {"kill", "injure", "explosion", "occurrence", "loot"}


# a party named as who tells ("a Taliban government spokesman said", "police said")
SPEAKING = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:spokes(?:man|woman|person)|officials?|said|says|told)\b")


def accident(clause: tuple[int, int], sentence: Sentence, ctx: ArticleContext) -> bool:
    """The clause tells an accident or a disaster (modality.yaml accident) and names no armed party and
    no weapon: deaths no one inflicted ("floods have killed 30"; not "gunmen killed seven amid floods",
    "a building collapsed after a missile strike")."""
    if not ctx.lexicon.accident.search(ctx.text, *clause):
        return False
    if any(clause[0] <= p.start < clause[1] and group_of(p.type) == "armed"
           and not SPEAKING.match(ctx.text, p.end) for p in ctx.parties):  # fmt: skip
        return False  # (not the teller: "a Taliban government spokesman said")
    if any(w.pattern.search(ctx.text, *clause) for w in ctx.lexicon.weapons):
        return False
    if ctx.lexicon.fleeing.search(ctx.text, *clause):  # people fleeing: the attack they fled caused it
        return False
    # nor an attack told before it in its sentence ("Gunmen opened fire on a minibus, and three passengers
    # were killed when the vehicle overturned")
    return not any(
        t.pattern.search(ctx.text, sentence.start, clause[0])
        for t in ctx.lexicon.triggers
        if t.id not in UNINFLICTED and t.event_type != "Diplomacy"
    )


def mourned(hit: Hit, sentence: Sentence, ctx: ArticleContext) -> bool:
    """The event word lies in the stretch of the sentence after words of mourning
    (other_events.mourned_stretches) and that stretch gives no time of its own: it tells of the dead
    mourned ("to mourn relatives killed in an Israeli airstrike on Friday": dated, an event)."""
    return any(
        cue_end <= hit.start < stop and not any(cue_end <= t.start < stop for t in ctx.times)
        for _, cue_end, stop in mourned_stretches(ctx.text, ctx.lexicon, sentence.start, sentence.end)
    )
