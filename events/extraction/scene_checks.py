"""A clause's scenes checked once read: a village read as a namesake far outside the one division
the report is about, or far from the town of the event it retells; a place told as a reference
for another ("30 km east of Colombo"); an address from the smallest place out, whose first
name the gazetteer reads far off."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import scene
from events.extraction.candidate import ArticleContext, Candidate
from events.extraction.countries import LARGE_TOWN
from events.places import AREA_KINDS, Resolved, haversine_km, lacks_in

STORY_FAR_KM = 150.0  # a village told this far outside the one division a report is about is a namesake


def far_from_the_story(c: Candidate, ctx: ArticleContext) -> None:
    """A scene the text calls a village or town ("in Nyaung Kone village", "in Barangay Maligubaan,
    Concepcion town"), read as a namesake far outside the one division the report names ("Pale
    Township, Sagaing Region", "an encounter in Misamis Occidental"), where none of its namesakes lies:
    a place the gazetteer lacks, in that division."""
    story = _story_division(ctx)
    if story is None or c.unknown:
        return
    gazetteer = ctx.gazetteer
    for k, t in enumerate(c.targets):
        if t is None or gazetteer.kind(t.entry) != "city" or not t.mention.settlement_word:
            continue
        if not ctx.lexicon.places.village.fullmatch(t.mention.settlement_word):
            continue
        if any(gazetteer.km_outside(story, e) < STORY_FAR_KM for e, _ in t.mention.candidates):
            continue  # (a namesake in or near the division: the resolver's to choose)
        why = f"no '{t.mention.text}' of the gazetteer lies in {gazetteer.name(story)}, the report's division"
        c.targets[k] = replace(t, entry=story, evidence=(gazetteer.label(story), why))
        c.unknown = t.mention.text
        return


def retold_abroad(c: Candidate, ctx: ArticleContext) -> None:
    """A sentence that retells the event told just before ("... a car bomb exploded in the northern Iraqi
    city of Kirkuk" ... "The blast hit a crowded market in the Shorja district"), whose scene the gazetteer
    reads only as a namesake in another country far from the town that event was told at (Armenia's
    Shoghakat): a part of that town the gazetteer lacks, placed at the town."""
    told = ctx.told_just_before(c.sentence)
    if told is None or told.place is None or told.unknown_place or c.unknown or len(c.targets) != 1:
        return
    target, gazetteer = c.targets[0], ctx.gazetteer
    if target is None or gazetteer.kind(told.place.entry) != "city":
        return
    if ctx.lexicon.retelling.search(c.sentence.text.lstrip()) is None:
        return
    code = gazetteer.country_code(told.place.entry)
    readings = [e for e, _ in target.mention.candidates] or [target.entry]
    if any(gazetteer.country_code(e) == code for e in readings):
        return  # (a namesake in the town's country: the resolver's to choose)
    a, b = gazetteer.lonlat(told.place.entry), gazetteer.lonlat(target.entry)
    if a is None or b is None or haversine_km(a[1], a[0], b[1], b[0]) < STORY_FAR_KM:
        return
    why = f"no '{target.mention.text}' of the gazetteer lies near {told.place.mention.text}, the event's town"
    c.targets = [replace(told.place, evidence=(gazetteer.label(told.place.entry), why))]
    c.unknown = target.mention.text


def _story_division(ctx: ArticleContext) -> int | None:
    """The one division a report places things in: the divisions it names (second level before first)
    all lie in one first-level division with an outline, named twice or more."""
    gazetteer = ctx.gazetteer
    named = [p.entry for p in ctx.places if gazetteer.kind(p.entry) in ("admin1", "admin2")]
    firsts = {e if gazetteer.kind(e) == "admin1" else gazetteer.division_holding(e) for e in named}
    if len(named) < 2 or len(firsts) != 1 or None in firsts:
        return None
    seconds = {e for e in named if gazetteer.kind(e) == "admin2"}
    story = next(iter(seconds)) if len(seconds) == 1 else next(iter(firsts))
    return story if gazetteer.outline(story) is not None else None


def without_references(targets: list[Resolved | None], text: str) -> list[Resolved | None]:
    """A place told after another as where that one lies ("in Mudiyah district, east of the capital,
    Aden", "in Dompe, 30 km east of Colombo", "southwest of Kirkuk, some 250 km from Baghdad") is its
    reference, no scene of its own (not one told first: "struck targets near Homs on Friday and hit
    the area of Hama airport on Sunday" tells two scenes). A bearing set off by a comma after another
    place's phrase tells where that one lies, however near it is told ("near the Soshanguve police
    station, north of Pretoria")."""
    told = [(t.mention.start, REFERENCE_RANK.get(t.mention.relation, 0)) for t in targets if t is not None]

    def reference(t: Resolved) -> bool:
        own = REFERENCE_RANK.get(t.mention.relation, 0)
        earlier = any(at < t.mention.start and rank < own for at, rank in told)
        return earlier or _apposed_bearing(t, targets, text)

    return [t for t in targets if t is None or not reference(t)]


def _apposed_bearing(place: Resolved, targets: list[Resolved | None], text: str) -> bool:
    """The place is told as ", north of X" right after the phrase of another of the targets."""
    if place.mention.bearing is None or place.mention.relation != "near":
        return False
    earlier = [t for t in targets if t is not None and t.mention.end <= place.mention.start]
    if not earlier:
        return False
    last = max(earlier, key=lambda t: t.mention.end)
    return APPOSED_BEARING.fullmatch(text, last.mention.end, place.mention.start) is not None


# the gap between a place's phrase and a bearing that places it (" police station, north of the ")
APPOSED_BEARING = re.compile(
    r"(?:\s+[\w'’-]+){0,3}\s*,\s+(?:(?:just|about|some|slightly|due)\s+)?[\w-]+\s+of\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+|(?:[\w'’-]+\s+)?capital,?\s+)?"
)


# how a place is told, from the scene itself (0: "in X", "on the outskirts of X") to a reference for
# another place (1: "near X", "west of X", "between X and Y"; 2: "some 250 km from X")
REFERENCE_RANK = {"near": 1, "between": 1, "offset": 2}


ADDRESS_GAP = re.compile(r",\s*")


# "in Abagana in Makurdi", "at Tudun Wada market in Zaria": the first name (or the part of a town it names)
# lies in the town after it, whatever follows
IN_TOWN_GAP = re.compile(r"\s+(?:(?P<part>[a-z]+)\s+)?in\s+")


# after the town: more of a list of places ("in Kabul, Kandahar and Herat"), not an address
LIST_GOES_ON = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?[A-Z]|\s+(?:and|or)\s+[A-Z]")


# between the town and the division holding it: a comma, or "in" ("in barangay San Miguel, Las Navas in
# Northern Samar")
HELD_GAP = re.compile(r",\s*|\s+in\s+(?:the\s+)?")


NEIGHBOURHOOD_KM = 25.0  # a part of a town named before it lies this close to it


def read_address(c: Candidate, ctx: ArticleContext) -> None:
    """An address, from the smallest place out ("in Barangay San Jose, Mapanas, Northern Samar"): the
    first name is a part of the town after it, which the division after that holds (after a comma or
    "in": "in barangay San Miguel, Las Navas in Northern Samar"), or which "in" joins it to ("in Abagana
    in Makurdi"), or a comma that no further name of a list follows ("in Abagana, Makurdi, on Monday").
    Read as a namesake lying far from that town, it is a place the gazetteer lacks, placed at the town
    (not a second scene sharing the count), and so is that name told again later (_told_again_in)."""
    gazetteer, text = ctx.gazetteer, ctx.text
    for part, town in zip(c.targets, c.targets[1:], strict=False):
        if part is None or town is None or gazetteer.kind(town.entry) != "city" or c.unknown:
            continue
        gap = IN_TOWN_GAP.fullmatch(text, part.mention.end, town.mention.start)
        in_town = gap is not None and (
            gap.group("part") is None or ctx.lexicon.places.town_part.fullmatch(gap.group("part")) is not None
        )
        if not in_town and not ADDRESS_GAP.fullmatch(text, part.mention.end, town.mention.start):
            continue
        held = next((p for p in ctx.places if p.mention.start > town.mention.end), None)
        addressed = (
            held is not None
            and HELD_GAP.fullmatch(text, town.mention.end, held.mention.start) is not None
            and gazetteer.kind(held.entry) in AREA_KINDS
            and gazetteer.contains(held.entry, town.entry)
        )
        # (a comma alone: no list goes on, and no large town, nor a headline's: "Blasts in Kabul, Jalalabad")
        headline = ctx.report.headline or (0, 0)
        lone = (
            LIST_GOES_ON.match(text, town.mention.end) is None
            and gazetteer.population(part.entry) < LARGE_TOWN
            and not headline[0] <= part.mention.start < headline[1]
        )
        # ("in" or a lone comma: only a namesake filed far off, not "in Wukari, Jalingo", one state's towns)
        namesake = (
            gazetteer.kind(part.entry) in ("city", "poi", "admin2")
            and not gazetteer.contains(part.entry, town.entry)
            and scene.elsewhere(part.entry, town.entry, gazetteer)
        )
        if not (addressed or ((in_town or lone) and namesake)):
            continue
        a, b = gazetteer.lonlat(part.entry), gazetteer.lonlat(town.entry)
        if a is None or b is None or haversine_km(a[1], a[0], b[1], b[0]) <= NEIGHBOURHOOD_KM:
            continue
        c.targets = [t for t in c.targets if t is not part]
        c.unknown = part.mention.text
        c.notes.append(
            f"{c.unknown} is not in the gazetteer near {town.mention.text}, which the text names "
            f"after it; placed at {gazetteer.label(town.entry)}."
        )
        _told_again_in(part, town, ctx)
        return


# between a town and the division the address names it in: a comma or "in", after up to two more parts of the
# address ("at Bege Baptist Church, Madala, along Buruku Baringi road, Kaduna, in Chikun Local Government
# Area"), none joined by "and" or "or" (a list of places)
ADDRESS_ON = re.compile(r"(?:,[^,;:.()]{1,40}){0,2}(?:,\s*|,?\s+in\s+(?:the\s+)?)")


LISTED_WITH = re.compile(r"\b(?:and|or)\b")


def outside_its_division(c: Candidate, ctx: ArticleContext) -> None:
    """A town whose address names the division it lies in, where no town of its name lies ("at Bege
    Baptist Church, Madala, ..., in Chikun Local Government Area", the gazetteer's Madala being near
    Abuja): a place the gazetteer lacks, in that division, not a second scene far off."""
    gazetteer, text = ctx.gazetteer, ctx.text
    for town, held in zip(c.targets, c.targets[1:], strict=False):
        if town is None or held is None or gazetteer.kind(town.entry) != "city" or c.unknown:
            continue
        if gazetteer.kind(held.entry) not in ("admin1", "admin2") or not held.mention.area_word:
            continue
        gap = ADDRESS_ON.fullmatch(text, town.mention.end, held.mention.start)
        if gap is None or LISTED_WITH.search(gap.group(0)):
            continue
        if not lacks_in([held.entry], [e for e, _ in town.mention.candidates], gazetteer):
            continue
        c.targets = [t for t in c.targets if t is not town]
        c.unknown = town.mention.text  # (the record's notes say where it was placed)
        return


def _told_again_in(part: Resolved, town: Resolved, ctx: ArticleContext) -> None:
    """The report said where a part of a town lies ("in barangay San Miguel, Las Navas"): told again
    later, that name is the same part of that town ("at the San Miguel public market"), not the
    namesake far off that the name alone reads as."""
    why = f"'{part.mention.text}' lies in {town.mention.text}, as the text said before"
    named = (part.entry, part.mention.text)
    ctx.places[:] = [
        replace(p, entry=town.entry, evidence=(*p.evidence, why))
        if p.mention.start > part.mention.start and (p.entry, p.mention.text) == named
        else p
        for p in ctx.places
    ]
