"""Sentences -> event drafts: type, weapons, casualties, actors, status, time and place mentions.

Rule- and lexicon-driven (data/lexicon/). A draft is one trigger in one clause at
one place; events.pipeline merges drafts into events and makes records.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from events.casualties import Casualties
from events.lexicon import Actor, Lexicon, Trigger
from events.places import AREA_KINDS, Mention, Resolved, lacks_in
from events.text import Sentence, normalize_name
from events.timex import TimeRef

CLAUSE_BREAK = re.compile(
    r"\s*[;:—–]\s*|,\s+and\s+(?=(?-i:[a-z]))|,\s+(?=(?:which|while|but|although|whereas|who|as|after|before|when|"
    r"though|even|despite)\b)|\s+(?=(?:while|whereas|but|although)\s)",
    re.I,
)
LOCATIVE = re.compile(
    r"(?i:\b(?:in|on|at|near|outside|around|across|into|over|inside|within|throughout|toward|"
    r"towards|against|targeting|targeted|struck|hit|hitting|striking|shelled|shelling|"
    r"attacked|attacking|bombed|bombing|pounded|raided|stormed|captured|seized|liberated|"
    r"retook|recaptured|entered|dropped|fired\s+(?:at|on|upon)|of|outskirts\s+of)\s+)"
    r"(?:(?:[A-Z][\w-]*[’']s|(?i:the|a|an|its|their|his|her|nearby|neighbou?ring|"
    r"(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|key|small|"
    r"front-?line|occupied|embattled|besieged|capital|city|town|village|settlement|region|"
    r"province|district|port|border|industrial|residential|of|[\d.,]+))\s+){0,4}$"
)
LIST_GAP = re.compile(r",\s*|,?\s+(?:and|or)\s+|\s*/\s*")
NOT_LOCATIVE = re.compile(r"\b(?:from|by|with|to|between|and)\s+(?:the\s+)?$", re.I)
ANAPHOR = re.compile(
    r"\b(?:in|across|of|for|within|over|near|around)\s+the\s+"
    r"(region|area|province|oblast|city|town|village|country)\b",
    re.I,
)
ANAPHORIC_TRIGGER = re.compile(r"\b(?:this|that|the|these|those|such)\s+(?:[a-z-]+\s+)?$", re.I)
CIVILIAN = re.compile(
    r"\b(?:civilians?|residential|homes?|houses?|apartments?|apartment\s+blocks?|"
    r"hospitals?|schools?|kindergartens?|markets?|residents?|churches|mosques?|shops?|stores?|"
    r"supermarkets?|malls?|restaurants?|cafes?|hotels?|"
    r"shopping|playgrounds?|humanitarian|evacuation\s+(?:bus|train)|passenger|villagers?|"
    r"women|children|displaced|refugees?|camps?\s+for|aid\s+(?:convoy|trucks?|distribution)|"
    r"crowds?|people\s+waiting|worshippers|funeral|wedding)\b",
    re.I,
)
QUOTES = re.compile(r"[“\"][^”\"]*[”\"]")
SMALL_ARMS = ("Battles", "Armed clash")
DELIVERY_TO_SUB = {
    "air": "Air/drone strike",
    "ground": "Shelling/artillery/missile attack",
    "remote": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
}
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
    weapons: list[str]
    civilian_targeting: bool
    confidence: float
    notes: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    unknown_place: str = ""  # a village the gazetteer lacks, placed in its region


@dataclass(frozen=True)
class ActorHit:
    start: int
    end: int
    actor: Actor


LEADING_SUBORDINATE = re.compile(
    r"^(?:As|While|When|After|Before|Although|Though|Since|Once|Until|Unless|If|Because|"
    r"Whereas)\b[^,]{0,80},\s*"
)


def clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Absolute [start, end) spans of the clauses of a sentence."""
    spans, start = [], 0
    lead = LEADING_SUBORDINATE.match(sentence.text)
    if lead:
        spans.append((sentence.start, sentence.start + lead.end() - 1))
        start = lead.end()
    for match in CLAUSE_BREAK.finditer(sentence.text, start):
        spans.append((sentence.start + start, sentence.start + match.start()))
        start = match.end()
    spans.append((sentence.start + start, sentence.end))
    return [s for s in spans if s[1] > s[0]]


SOURCE_VERB = re.compile(r"\s+(?:said|says|reported|told|added|confirmed|announced|stated)\b")
COORDINATED = re.compile(r"\b([A-Z][\w.]+) and ([A-Z][\w.]+) ([a-z][a-z ]+?)\b(?=[\s,.;])")


def find_actors(text: str, lexicon: Lexicon) -> list[ActorHit]:
    """Actor aliases, skipping those used as places ("in Ukraine", "from Kyiv");
    "Russian and Ukrainian delegations" names both actors."""
    text = text.replace("’", "'")
    hits = []
    for match in COORDINATED.finditer(text):
        first, second, noun = match.groups()
        for demonym, start in ((first, match.start(1)), (second, match.start(2))):
            for candidate in (f"{demonym} {noun}", f"{demonym} {noun.rstrip('s')}"):
                actor = lexicon.actor_by_alias.get(candidate)
                if actor is not None:
                    hits.append(ActorHit(start, start + len(demonym), actor))
                    break
    for match in lexicon.actor_pattern.finditer(text):
        if any(h.start <= match.start() < h.end for h in hits):
            continue
        if SOURCE_VERB.match(text, match.end()):  # "police said": a source, not a party
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        if re.search(r"\b(?:in|on|at|to|from|into|across|within|near|of|over|toward)\s+$", before):
            continue
        hits.append(ActorHit(match.start(), match.end(), lexicon.actor_by_alias[match.group(0)]))
    return sorted(hits, key=lambda h: h.start)


def modality_blocks(text: str, sentence: Sentence, trigger_start: int, trigger_end: int,
                    clause: tuple[int, int], trigger: Trigger, lexicon: Lexicon) -> str:  # fmt: skip
    """Why this trigger is not an event that happened ('' when it is)."""
    head = text[sentence.start : trigger_start]
    if lexicon.governing.search(head):
        return "speculative (warning or forecast)"
    before = text[clause[0] : trigger_start]
    if trigger.event_type == "Diplomacy" and trigger.sub_event_type in ("Proposal", "Demand"):
        after = ""
    else:
        after = " ".join(text[trigger_end : clause[1]].split()[:3])
    if lexicon.hypothetical.search(before) or lexicon.hypothetical.search(after):
        return "hypothetical, future or conditional"
    near_before = " ".join(before.split()[-3:])
    if lexicon.negation.search(near_before) and not lexicon.denial.search(near_before):
        return "negated"
    if sentence.text.rstrip().endswith("?"):
        return "a question"
    return ""


def weapons_in(text: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for weapon in lexicon.weapons:
        for match in weapon.pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            if (weapon.label, weapon.delivery) not in found:
                found.append((weapon.label, weapon.delivery))
    return found


def sub_event_type(trigger: Trigger, weapons: list[tuple[str, str]]) -> str:
    if trigger.sub_event_type != "by_weapon":
        return trigger.sub_event_type
    deliveries = {d for _, d in weapons}
    for delivery in ("air", "ground", "remote", "grenade"):
        if delivery in deliveries:
            return DELIVERY_TO_SUB[delivery]
    return trigger.default


def event_places(text: str, span: tuple[int, int], places: list[Resolved],
                 qualifiers: set[int], gazetteer) -> list[Resolved]:  # fmt: skip
    """Places in ``span`` introduced as the scene ("in X", "targeting X", "near X")."""
    chosen = []
    previous = None
    for place in places:
        mention = place.mention
        if not span[0] <= mention.start < span[1] or id(mention) in qualifiers:
            continue
        if gazetteer.is_demonym(normalize_name(mention.text)):  # "Russian", an adjective
            continue
        before = text[max(span[0], mention.start - 60) : mention.start]
        listed = previous is not None and LIST_GAP.fullmatch(text[previous.mention.end : mention.start])
        previous = place
        if not listed and (NOT_LOCATIVE.search(before) or not (LOCATIVE.search(before) or mention.near)):
            previous = None
            continue
        if text[mention.end : mention.end + 2] in ("’s", "'s"):
            continue
        chosen.append(place)
    # Drop containers of other chosen places ("Odesa in southern Ukraine").
    return [
        p for p in chosen
        if not any(q is not p and gazetteer.contains(p.entry, q.entry) for q in chosen)
    ]  # fmt: skip


PLACE_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
PLACE_LIST = re.compile(
    rf"(?i:\b(?:in|near|around|at|outside|of)\s+)(?:the\s+)?"
    rf"(?P<list>{PLACE_NAME}(?:(?:,\s*|,?\s+and\s+){PLACE_NAME})+)"
)


def listed_places(text: str, span: tuple[int, int], places: list[Resolved],
                  qualifiers: set[int], gazetteer) -> list[str]:  # fmt: skip
    """The names of a place list in ``span`` ("near Dibrova, Torske and Kuzmine"), known to
    the gazetteer or not; regions that only qualify a place ("Novoselivske,
    Luhansk") and areas are left out. Fewer than two names: []."""
    kinds = gazetteer.index.kinds
    for match in PLACE_LIST.finditer(text, span[0], span[1]):
        listed, names, previous_end = match.group("list"), [], 0
        for item in re.finditer(PLACE_NAME, listed):
            start = match.start("list") + item.start()
            after_comma = re.fullmatch(r",\s*", listed[previous_end : item.start()])
            previous_end = item.end()
            if after_comma and any(kinds[e] in ("admin1", "region") for e, _ in gazetteer.lookup(item[0])):
                continue  # "Nevelske, Donetsk": the region of the place before
            place = next((p for p in places if p.mention.start <= start < p.mention.end), None)
            if place is None or (id(place.mention) not in qualifiers
                                 and kinds[place.entry] not in AREA_KINDS):  # fmt: skip
                names.append(item[0])
        if len(names) >= 2:
            return names
    return []


UNKNOWN_WITH_REGION = re.compile(
    r"(?i:\b(?:in|near|at|on|of|outside|around|toward|towards|direction\s+of|vicinity\s+of|"
    r"struck|hit|shelled|attacked|targeted|targeting|bombed|pounded|captured|seized|"
    r"liberated|retook|recaptured|entered)\s+)"
    r"(?:the\s+)?(?:(?i:village|town|settlement|city)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -](?:[A-Z]|(?:al|el|ez|az|as|ad|an|ar|at|ash)-)[\w'’-]+){0,2})"
    r"(?:,\s+|\s+\(|\s+in\s+(?:the\s+)?)(?P<region>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
    r"(?:\s+(?:region|oblast|province|governorate|state))?"
)


@dataclass(frozen=True)
class RegionFallback:
    """A place the gazetteer lacks, placed in the region the text names with it."""

    place_name: str
    region: Resolved
    start: int
    end: int


def unknown_place_in_region(text: str, span: tuple[int, int], gazetteer) -> RegionFallback | None:
    """"near Klischiivka, Donetsk": no Klischiivka of the gazetteer lies in Donetsk (region),
    which the gazetteer has (a large town of that name elsewhere is never read this way)."""
    ix = gazetteer.index
    for match in UNKNOWN_WITH_REGION.finditer(text, span[0], span[1]):
        name = match.group("place")
        if gazetteer.is_stopword(normalize_name(name)):
            continue
        areas = [(e, s) for e, s in gazetteer.lookup(match.group("region"))
                 if ix.kinds[e] in ("admin1", "region")]  # fmt: skip
        namesakes = [e for e, _ in gazetteer.lookup(name)]
        if not areas or not lacks_in([a for a, _ in areas], namesakes, gazetteer):
            continue
        entry = max(areas, key=lambda a: ix.population[a[0]])[0]
        mention = Mention(match.start("region"), match.end("region"), match.group("region"),
                          tuple(areas))  # fmt: skip
        evidence = (gazetteer.label(entry),
                    f"no '{name}' of the gazetteer lies there; placed in the region named with it")
        return RegionFallback(name, Resolved(mention, entry, 0.6, evidence),
                              match.start("place"), match.end("region"))  # fmt: skip
    return None


UNKNOWN_PLACE = re.compile(
    r"(?i:\b(?:in|at|near|outside|attacked|struck|hit|shelled|raided|stormed|captured|seized)\s+)"
    r"(?:the\s+)?(?i:(?:village|town|city|settlement|camp|district)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -](?:[A-Z]|(?:al|el|ez|az|as|ad|an|ar|at|ash)-)[\w'’-]+){0,2})"
)


def unknown_place(text: str, span: tuple[int, int], gazetteer, lexicon) -> str:
    """'attacked the town of Pont-Sondé': a scene named in the text but missing from the
    gazetteer ('' when there is none). The event keeps the name, with no geometry."""
    for match in UNKNOWN_PLACE.finditer(text, span[0], span[1]):
        name = match.group("place")
        key = normalize_name(name)
        if gazetteer.has_key(key) or gazetteer.is_stopword(key) or lexicon.actor_pattern.match(name):
            continue
        return name
    return ""


def resolve_anaphor(text: str, span: tuple[int, int], places: list[Resolved],
                    gazetteer) -> tuple[Resolved | None, str]:  # fmt: skip
    """'in the region' -> the nearest place named '<X> region', else the nearest area before."""
    match = ANAPHOR.search(text, span[0], span[1])
    if not match:
        return None, ""
    head = match.group(1).lower()
    kinds = {"city": {"city"}, "town": {"city"}, "village": {"city"}, "country": {"country"}}
    wanted = kinds.get(head, {"admin1", "region"})
    ix = gazetteer.index
    same_head = [p for p in places if p.mention.area_word == head]
    earlier = [p for p in places if p.mention.end <= match.start() and ix.kinds[p.entry] in wanted]
    pool = same_head or earlier[-1:]
    if not pool:
        return None, ""
    best = min(pool, key=lambda p: abs(p.mention.start - match.start()))
    return best, f"'{match.group(0).strip()}' read as {ix.names[best.entry]} (named in the article)"


def pick_time(times: list[TimeRef], anchor: int, clause: tuple[int, int],
              inherited: TimeRef | None, published: dt.date) -> tuple[TimeRef | None, str]:
    """The clause's own time expression, else the sentence's, else the paragraph's."""
    usable = [t for t in times if t.date_start <= published + dt.timedelta(days=1)]
    own = [t for t in usable if clause[0] <= t.start < clause[1]]
    usable = own or [t for t in usable if not t.is_background]
    if usable:
        return min(usable, key=lambda t: abs(t.start - anchor)), "explicit"
    if inherited is not None:
        return inherited, "inherited"
    return None, "undated"


def civilian_target(text: str, event_type: str) -> bool:
    return event_type == "Violence against civilians" or (
        event_type == "Explosions/Remote violence" and CIVILIAN.search(text) is not None
    )


def in_quotes(text: str, position: int, sentence: Sentence) -> bool:
    return any(sentence.start + m.start() <= position < sentence.start + m.end()
               for m in QUOTES.finditer(sentence.text))  # fmt: skip
