"""Where talks were held: the end of a journey told before them, an office at the dateline's
town, a gathering a fronted phrase sets, the verb of a meeting and the place it was held in;
what was talked about and whose officials met are no scene; how far a weak event word ("talks",
"fighting") reaches for its place."""

from __future__ import annotations

import re

from events.extraction.candidate import ArticleContext, Candidate
from events.extraction.timing import overlap
from events.extraction.triggers import Hit
from events.places import Resolved

# a journey's end: "flew to", "travelled on Thursday to", "headed to the Kenyan capital,"
TRAVELLED_TO = re.compile(
    r"\b(?:flew|travell?ed|went|came|headed|journeyed|arrived|jetted)\s+(?:(?:on|late|early)\s+)?"
    r"(?:\w+day\s+)?(?:to|in)\s+(?:the\s+(?:[\w-]+\s+)?(?:capital|city|port\s+city)\s*,?\s+(?:of\s+)?)?$"
)


WHO_BEFORE = re.compile(
    r"\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?$"
)  # "who went to Beijing in October"


AFTER_BETWEEN = re.compile(r"\b(?:after|before|following|since)\b")  # "flew to Washington after meeting Duda"


def travelled_to(c: Candidate, ctx: ArticleContext) -> list[Resolved]:
    """ "the minister flew to Nairobi on Thursday on an official visit", "headed Thursday to the Kenyan
    capital, Nairobi, on a two-day visit": where the journey told before the visit or the talks, in
    their clause, ended is their place (a town; not a journey told in a relative clause, "who went to
    Beijing in October", nor one the meeting came before or after, "flew to Washington after meeting")."""
    start = c.clause[0]
    for p in ctx.places:
        if not start <= p.mention.start < c.hit.start or ctx.gazetteer.kind(p.entry) != "city":
            continue
        journey = TRAVELLED_TO.search(ctx.text, max(start, p.mention.start - 60), p.mention.start)
        if journey is None or WHO_BEFORE.search(ctx.text, max(start, journey.start() - 20), journey.start()):
            continue
        if AFTER_BETWEEN.search(ctx.text, p.mention.end, c.hit.start):
            continue
        return [p]
    return []


# an office a meeting is held in, named by its kind ("at the Foreign Office", "at the Ministry of Foreign
# Affairs", "at the Prime Minister's Office"); not a named palace, hall or headquarters, which may be abroad
VENUE_AT = re.compile(
    r"\b(?:at|in)\s+the\s+(?:(?:Foreign|Prime\s+Minister['’]s|President['’]s|Presidential|Interior|Defen[cs]e)\s+)?"
    r"(?i:office|ministry|secretariat)\b"
)


# a phrase the sentence opens with that sets the gathering its main clause happened at, up to its first
# comma ("On the margins of the 48th session of the Council of Foreign Ministers ... in Islamabad, the
# minister met ...", "During his visit to Cairo, ..."): the place it names last is the setting
FRONTED_GATHERING = re.compile(
    r"[\s\-–—]*(?:(?:On|At|In)\s+the\s+(?:sidelines|side-lines|margins?)\s+of|During|At)\s+[^,;:.!?]*?"
    r"\b(?:in|at|to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:city|capital)\s+(?:of\s+)?)?$"
)


def fronted_setting(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The town (or division) an opening phrase before the main clause names as where the gathering was
    that the clause's meeting took place at ("On the margins of the ... session ... in Islamabad, the
    Minister ... met with ..."): the meeting's scene, not the countries its officials serve."""
    start = c.sentence.start
    for p in ctx.places:
        if not start <= p.mention.start < c.hit.start or ctx.gazetteer.kind(p.entry) == "country":
            continue
        if FRONTED_GATHERING.fullmatch(ctx.text, start, p.mention.start) and ctx.text.startswith(
            ",", p.mention.end
        ):
            return p
    return None


def officials_met(c: Candidate, ctx: ArticleContext) -> bool:
    """ "Foreign Minister Elmar Mammadyarov met his Turkish counterpart ... on the sidelines of": a
    meeting across borders (a counterpart, an envoy, a foreign minister) told as done ("met", "held
    talks") stands with no place told, as a phone call does; not the noun of a meeting ahead or in
    general, nor a president who "met local officials"."""
    return (
        c.trigger.id == "meeting"
        and MET_VERB.fullmatch(ctx.text, c.hit.start, c.hit.end) is not None
        and DIPLOMATS.search(ctx.text, *c.clause) is not None
    )


def sides_talked(c: Candidate, ctx: ArticleContext) -> bool:
    """ "Minister X and the head of UNAMA, Y, discussed ...": two sides' exchange (a verb that needs them as
    its subject, triggers.yaml `sides`) stands with no place told, as a meeting of officials does; not after
    a call the report told, which it retells ("X spoke by phone with Y ... X and Y discussed trade")."""
    called = any(d.trigger.placeless and d.event_type == "Diplomacy" for d in ctx.drafts)
    return c.trigger.sides and not called


def _talks_told_in_a_town(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The town of the talks the report told last, on the meeting's day (any, when it is told with none)."""
    own = [t for t in c.times if not (t.is_background or t.speech)]
    told = next((d for d in reversed(ctx.drafts) if d.event_type == "Diplomacy" and not d.headline
                 and d.place is not None), None)  # fmt: skip
    if told is None or ctx.gazetteer.kind(told.place.entry) != "city":
        return None
    if own and told.time_source != "undated" and not any(overlap(t, told.time) for t in own):
        return None
    return told.place


# a meeting told as done by its verb
MET_VERB = re.compile(r"met(?: with)?|held talks|hosted", re.I)


# who meets across borders: a counterpart, an envoy, a foreign minister (not "met local officials")
DIPLOMATS = re.compile(
    r"\b(?:counterparts?|ambassadors?|envoys?|delegations?|foreign\s+ministers?|(?:under\s+)?secretary\s+of\s+state"
    r"|under\s+secretary|diplomats?)\b",
    re.I,
)


def venue_at_dateline(c: Candidate, ctx: ArticleContext) -> list[Resolved]:
    """ "ISLAMABAD: The foreign minister hosted his Afghan counterpart at the Ministry of Foreign Affairs": a
    meeting told in an office and no town, or office-holders who met where no town is told ("New Delhi
    [India], March 22 (ANI): ... Jaishankar on Tuesday met US Under Secretary ... Nuland"), is in the town
    the report was filed from; but in the town of the talks the report told before, when it told them in
    another ("ISLAMABAD - ... The understanding was reached in Kabul on Wednesday during meetings ...
    The delegation met the senior Afghan leadership": the visit's talks, in Kabul)."""
    filed = ctx.filed_from
    if filed is None or ctx.gazetteer.kind(filed.entry) != "city":
        return []
    office = VENUE_AT.search(ctx.text, *c.clause) is not None
    if not office and not officials_met(c, ctx):
        return []
    if (talks := _talks_told_in_a_town(c, ctx)) is not None:
        c.notes.append(f"Placed where the talks told before were held, {ctx.gazetteer.label(talks.entry)}.")
        return [talks]
    how = "a meeting in an office" if office else "office-holders met"
    c.notes.append(
        f"Placed at the dateline's town, {ctx.gazetteer.label(filed.entry)}: {how}, no town named."
    )
    return [filed]


def whose_office(place: Resolved, ctx: ArticleContext) -> bool:
    """ "the foreign ministers of Russia and Ukraine": whose officials met, not where (a country listed
    after the first one too)."""
    if HOSTED.match(ctx.text, place.mention.end, min(len(ctx.text), place.mention.end + 30)):
        return False  # "The president of Kenya hosted Tshisekedi": the host's country, the venue
    before = ctx.text[max(0, place.mention.start - 60) : place.mention.start]
    listed = re.sub(
        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s*,\s*|,?\s+and\s+)$", "", before
    )  # "of Russia and "
    return ctx.lexicon.places.title.search(before) is not None or (
        listed != before and ctx.lexicon.places.title.search(listed) is not None
    )


def talked_of(text: str, after: int, place: Resolved, ctx: ArticleContext) -> bool:
    """The place is a topic noun's ("the latest developments in Sudan") after a topic verb."""
    start = place.mention.start
    return (
        start >= after
        and ctx.lexicon.topic.search(text, after, start) is not None
        and TOPIC_NOUN_IN.search(text, max(0, start - 40), start) is not None
    )


# a phrase set before the main clause ("After visiting Goma, where ...", "Returning from Juba, where ...")
FRONTED = re.compile(r"\s*(?:After|Before|Following|Upon|On|Returning|Arriving|Leaving|Having|Fresh)\b")


HOSTED = re.compile(r"[^.;]{0,20}?\bhost(?:ed|s|ing)\b", re.I)


WHERE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s*,\s*where\b"
)  # (a time between: "to Ankara on Sunday, where")


# "Ministerial talks on Syria", "a meeting on Sudan": the talks' subject, not where they were held
TALKS_ON = re.compile(
    r"\b(?:talks|meetings?|conferences?|summits?|negotiations|dialogue|consultations)\s+"
    r"(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$",
    re.I,
)


TOPIC_NOUN_IN = re.compile(
    r"\b(?:situation|developments|war|conflict|crisis|fighting|violence|events|tensions|escalation|ceasefire|"
    r"truce|hostages|aid|peace(?:\s+process)?|negotiations|deal|agreement)\s+in\s+"
    r"(?:the\s+)?$",
    re.I,
)


# the verbs of a meeting (not the nouns "talks", "meetings"): the scene their clause names after
# them is theirs however long their object ("met X, Y and Z in Paris")
MEETING_VERB = re.compile(r"(?i:met(?:\s+with)?|hosted|held\s+talks)")


def scene_of_verb(place: Resolved, hit: Hit, ctx: ArticleContext) -> bool:
    """ "met in X", "hosted ... in X"; or the event word is the subject of "was held in X" ("the meeting
    to discuss "bilateral ties" was held in the German city of Bonn")."""
    if place.mention.start <= hit.end:
        return False
    if MEETING_VERB.fullmatch(ctx.text, hit.start, hit.end) is not None:
        return True
    held = HELD_IN.search(ctx.text, hit.end, place.mention.start)
    return (
        held is not None and held.end() == place.mention.start and place.mention.start - hit.end <= HELD_REACH
    )


# "(the meeting ...) was held in (the German city of) X", "(negotiations ...) have been resumed on Thursday
# in X", "(the talks) began in X"
HELD_IN = re.compile(
    r"\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|will\s+be)\s+(?:held|resumed|convened|reconvened)"
    r"|resumed|began|opened|took\s+place|reconvened|got\s+under\s?way)\s+"
    r"(?:(?:on|last|this)\s+[A-Z][a-z]+\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+(?:city|town|capital)\s+of\s+)?"
)


HELD_REACH = 200  # the event word's own noun phrase, a quoted topic included


def near_trigger(place: Resolved, hit: Hit, text: str) -> bool:
    """Weak triggers ("talks", "fighting") only take a place named close to them (a name set
    off by commas between them counts for nothing: "a meeting with his Turkish counterpart,
    Hakan Fidan, at the UN headquarters in New York")."""
    reach = hit.trigger.reach
    if place.mention.start > hit.end:
        reach += sum(len(m.group(0)) - 1 for m in APPOSED_NAME.finditer(text, hit.end, place.mention.start))
    return place.mention.end >= hit.start - reach and place.mention.start <= hit.end + reach


APPOSED_NAME = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,")  # ", Hakan Fidan,"
