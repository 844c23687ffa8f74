"""Where: the places a clause puts its event at ("in X", "near X", "struck X"), the places
listed for a shared count, villages the gazetteer lacks (placed in the region named with
them) and anaphors ("in the region")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.places import AREA_KINDS, Mention, Resolved, lacks_in
from events.text import normalize_name

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
