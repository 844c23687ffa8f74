"""The places a clause introduces as its event's scene (event_places: "in X", "near X", "struck
X"); the words around a name that make it none ("since X", "fled to X", "the governor of X", a
people's adjective, a street, a place passed on the way); a venue's town, an example after
"including" and a country told for its capital as scenes; containers of other chosen places left
out."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.lexicon import PlaceWords
from events.places import Resolved
from events.reading.text import normalize_name

LIST_GAP = re.compile(r",\s*|,?\s+(?:and|or)\s+|\s*/\s*")

# "the worst crisis since the end of the war in Tigray": a place of the event a time is
# measured from, not of the clause's own
SINCE_PHRASE = re.compile(r"\bsince\s+(?:the|a|an|its|their)\b[^,;:.!?]{0,60}$", re.I)


def event_places(text: str, span: tuple[int, int], places: list[Resolved],
                 qualifiers: set[int], gazetteer, words: PlaceWords) -> list[Resolved]:  # fmt: skip
    """Places in ``span`` introduced as the scene ("in X", "targeting X", "near X")."""
    chosen: list[Resolved] = []
    relative: list[Resolved] = []
    origins: list[Resolved] = []
    apposed: list[Resolved] = []  # set beside its kind of settlement, with no word of a scene before it
    previous, previous_titled = None, False
    for place in places:
        mention = place.mention
        if not span[0] <= mention.start < span[1] or id(mention) in qualifiers:
            continue
        capital = _capital_named(text, place, gazetteer)
        before = _less_a_demonym(text[max(span[0], mention.start - 60) : mention.start], gazetteer)
        if capital is not None and words.locative.search(before):
            chosen.append(capital)  # "in the Somali capital", "in Mali's capital" (no name after it)
            continue
        if gazetteer.is_demonym(normalize_name(mention.text)):  # "Russian", an adjective
            continue
        if gazetteer.kind(place.entry) == "country" and words.owner.match(text, mention.end):
            continue  # "near US forces": whose men, as a demonym tells
        if words.people.match(text, mention.end):
            continue  # "members of the Amhara ethnic group": a people
        if _no_such_village(place, gazetteer):
            continue  # "attacks on Kasai and Nahuta villages": not Congo's Kasai province
        if words.street.match(text, mention.end):
            continue  # "on Independencia Street": a street named after a place, in another town
        setting = _in_setting(text, mention.start, span[0], words)
        if (
            SINCE_PHRASE.search(before)
            or setting
            or words.destination.search(before)
            or words.road_to.search(before)
            or FROM_DIRECTION.search(before)
            or words.treated.search(before)
        ):
            continue  # "since X", "fled to X", "the road that leads to X", "treated in hospital in X"
        if _origin(before, words):
            origins.append(place)  # "a caravan from the departments of X": a scene only when the
            continue  # clause names no other ("abducted 12 traders from the town of Djibo")
        listed = previous is not None and LIST_GAP.fullmatch(text[previous.mention.end : mention.start])
        previous = place
        scene = words.locative.search(before) is not None  # "withdrew from X" is a scene, "fled from X" not
        scene = scene or _venue_then_town(text, place, places, span[0], gazetteer, words)
        scene = scene or _example_of_scene(text, span[0], mention.start)
        # "the governor of X", "the defence ministries of X and Y": whose office, not where
        titled = previous_titled = words.title.search(before) is not None or bool(listed and previous_titled)
        routed = words.route.search(before) is not None  # "a convoy heading to X": a scene if no other
        if (
            (mention.relation in ("offset", "between") and not listed and not mention.measured)
            or titled
            or routed
        ):
            relative.append(place)  # "20 km north of X": a scene only when the clause names no other
            continue
        if not listed and not scene and (words.not_locative.search(before) or not mention.near):
            if mention.settlement_word and APPOSED.match(text, mention.end):
                apposed.append(place)  # "terrorising Bara, a town north of X": a scene when no other is
            previous = None
            continue
        if (over := OVER.search(before)) and TRANSIT.search(before, 0, over.start()):
            relative.append(place)  # "jets flying over Lebanon struck targets near Homs": passed on the way,
            continue  # a scene only when the clause names no other ("drones flying over Kyiv were shot down")
        if through := THROUGH.search(before):
            # "marched through London": a scene only when the clause names no other; a place passed on the
            # way is none ("who crossed through Niger attacked a post", "weapons smuggled through Chad")
            if not TRANSIT.search(before, 0, through.start()):
                relative.append(place)
            continue
        described = DESCRIBES.match(text, mention.end)
        if described and any(p.mention.start == described.end() and not _division_of_town(place, p, gazetteer)
                             for p in places):  # fmt: skip
            continue  # "the Red Sea port of Hodeidah", "the Black Sea city of Odesa": the name after it
        if text[mention.end : mention.end + 2] in ("’s", "'s") and not mention.direction:
            if any(0 < p.mention.start - mention.end <= 3 for p in places) or not PART_NAMED.match(
                text, mention.end + 2
            ):
                continue  # "Nigeria's Zamfara state": the place is the next name; "Mali's north" is Mali
            # "Baghdad's Green Zone": a part of the town the gazetteer lacks, in the town
        chosen.append(place)
    # "13 km east of Khar town in Bajaur District": the point measured, not the district holding its
    # town (with a bearing: "about 100 km from Maiduguri" is a ring, no better than "in Borno State")
    measured = [p for p in relative if p.mention.relation == "offset" and p.mention.bearing is not None
                and p.mention.offset_km]  # fmt: skip
    if (
        chosen
        and measured
        and all(any(gazetteer.contains(c.entry, m.entry) for m in measured) for c in chosen)
    ):
        chosen = measured
    chosen = chosen or apposed or relative or origins

    # Drop containers of other chosen places ("Odesa in southern Ukraine", "the Zelenodolsk hromada in the
    # Kryvyi Rih district").
    def holds(p: Resolved, q: Resolved) -> bool:
        return gazetteer.may_hold(p.entry, q.entry) or _district_holding(p, q, gazetteer)

    return [p for p in chosen if not any(q is not p and holds(p, q) for q in chosen)]


def _division_of_town(town: Resolved, division: Resolved, gazetteer) -> bool:
    """ "Debre Tabor town of South Gondar zone": a town, then the division it lies in (not a name that
    describes the place after it, "the Black Sea city of Odesa")."""
    return (
        gazetteer.kind(town.entry) == "city"
        and gazetteer.kind(division.entry) in ("admin1", "admin2")
        and gazetteer.country_code(town.entry) == gazetteer.country_code(division.entry)
        and gazetteer.division_holding(town.entry) == gazetteer.division_holding(division.entry)
    )


def _no_such_village(place: Resolved, gazetteer) -> bool:
    """The text calls the place a village or town ("Kasai and Nahuta villages"), read as a province,
    region or country of its name (Congo's Kasai): a village the gazetteer lacks (a district of its name
    may be the town's own: "in Ceel Buur town")."""
    word = place.mention.settlement_word
    return bool(word) and word != "city" and gazetteer.kind(place.entry) in ("admin1", "region", "country")


def _district_holding(place: Resolved, other: Resolved, gazetteer) -> bool:
    """ "the Zelenodolsk hromada in the Kryvyi Rih district": a town told as a district ("Kryvyi Rih
    district"), read as the town (alone, "in Kramatorsk district" is the town's), whose district of that
    name (a raion, as the gazetteer spells the districts of the former Soviet lands) holds the other place."""
    if place.mention.area_word not in ("district", "raion") or gazetteer.kind(place.entry) != "city":
        return False
    return any(
        gazetteer.kind(e) == "admin2" and gazetteer.contains(e, other.entry)
        for word in ("district", "raion")
        for e, _ in gazetteer.lookup(f"{place.mention.text} {word}")
    )


# "at State House, Nairobi", "in the Kamkunji Grounds, Nairobi": a venue the gazetteer lacks (capitalised
# words, then a comma), then its town
VENUE_THEN = re.compile(
    r"\b(?:at|in|inside|outside)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+$"
)

# a venue that is where people work, study or are treated, not where events happen to them (a ministry or
# an office may be where a meeting is held)
OFFICE_VENUE = re.compile(
    r"\b(?:Headquarters|HQ|Command|Agency|Bureau|Watch|University|College|Hospital|Clinic|Institute)\b"
)

# the town begins a clause of its own: a noun or verb after it, not a time or a place word ("at State House,
# Nairobi on Saturday"; "in the Golan Heights, Tel Aviv announced", "in Hausa, Maiduguri residents said")
SUBJECT_NEXT = re.compile(
    r"\s+(?!(?:on|in|at|and|or|for|to|during|after|before|with|late|early|last|this|when|where|while|as|near|"
    r"city|town|village|state|region|province|district|county|area|the)\b)[a-z]"
)


def _venue_then_town(
    text: str, place: Resolved, places: list[Resolved], start: int, gazetteer, words: PlaceWords
) -> bool:
    """The town after a venue named in the scene ("met Ruto at State House, Nairobi"): the venue's town,
    the scene. Not when the words before the comma are themselves a place ("in Rawalpindi, Sargodha", a
    list), end in a kind of place ("in Saw Township, Magwe Region": a division the gazetteer lacks, in the
    region after it) or name a workplace or a hospital ("at Defence Headquarters, Abuja"), nor when the
    town opens a clause of its own ("in the Golan Heights, Tel Aviv announced"), nor of a country ("a
    gendarmerie in Galim, Cameroon": a town the gazetteer lacks, in its country)."""
    if gazetteer.kind(place.entry) == "country":
        return False
    venue = VENUE_THEN.search(text, max(start, place.mention.start - 60), place.mention.start)
    if venue is None or venue.end() != place.mention.start or words.kind_word.search(venue.group(1)):
        return False
    if OFFICE_VENUE.search(venue.group(1)) or SUBJECT_NEXT.match(text, place.mention.end):
        return False  # "at Defence Headquarters, Abuja, ... said"; "in Hausa, Maiduguri residents said"
    return not any(venue.start(1) <= p.mention.start < venue.end(1) for p in places if p is not place)


OVER = re.compile(r"\bover\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.I)

THROUGH = re.compile(r"\bthrough\s+(?:(?:the|central|downtown|northern|southern|eastern|western)\s+)*$", re.I)

# a verb of journey before THROUGH: a place passed on the way to the scene
TRANSIT = re.compile(
    r"\b(?:crossed|crossing|travell?ed|travell?ing|moved|moving|drove|driven|driving|passed|passing|"
    r"transited|smuggled|trafficked|flew|flown|flying|sent|escaped|fled|fleeing|evacuated|shipped|routed|"
    r"funnell?ed|supplied|came|advanced|advancing)\s+$",
    re.I,
)

# a place's name describing the settlement named after it ("the Red Sea port of Hodeidah")
DESCRIBES = re.compile(
    r"\s+(?:port(?:\s+(?:city|town))?|city|town|village|harbou?r|resort|coastal\s+town|"
    r"coastal\s+city)\s+of\s+"
)

# a capitalised name of a town's part after a possessive town ("Baghdad's Green Zone", "Gaza's Shejaiya
# neighbourhood"; not "Russia's Defence Ministry", an office)
PART_NAMED = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,2}(?i:zone|city|quarter|district|neighbou?rhood|camp|market|square|port|"
    r"airport|area|colony|sector|bazaar|ward|township)\b"
)

LAST_WORD = re.compile(r"([A-Z][\w'’-]*)\s+$")


def _less_a_demonym(before: str, gazetteer) -> str:
    """The text before a name, less a people's adjective just before it ("held in Swiss Lausanne")."""
    last = LAST_WORD.search(before)
    return before[: last.start()] if last and gazetteer.is_demonym(normalize_name(last.group(1))) else before


APPOSED = re.compile(r",\s+an?\s")

# "in several cities, including Lahore": the examples of a scene told in the plural
INCLUDING = re.compile(r"\bincluding\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$")

SCENE_BEFORE = re.compile(r"\b(?:in|at|across|throughout|around)\s+(?:[a-z\d-]+\s+){0,3}[a-z\d-]+,?\s+$")

# where people came from or were taken ("governors from states across the north", "taken to
# hospitals in the area"): no scene
MOVED_BEFORE = re.compile(r"\b(?:from|to|into|toward|towards)\s+(?:[\w-]+\s+){0,2}$")


def _example_of_scene(text: str, start: int, position: int) -> bool:
    """'clashed in several cities, including Lahore', 'at universities across the country,
    including Dhaka': a name given as an example of the scene the clause names in general."""
    including = INCLUDING.search(text, max(start, position - 40), position)
    scene = SCENE_BEFORE.search(text, start, including.start()) if including else None
    return scene is not None and not MOVED_BEFORE.search(text, max(start, scene.start() - 30), scene.start())


def _in_setting(text: str, position: int, start: int, words: PlaceWords) -> bool:
    """A name inside a run of events told as the setting ("amid a steady stream of rocket attacks
    on bases ... in Baghdad"), in the same stretch of the sentence."""
    found = list(words.setting.finditer(text, max(start, position - 140), position))
    return bool(found) and re.fullmatch(r"[^,;:.!?]*", text[found[-1].end() : position]) is not None


# "the Somali capital" with no name after it, ending its phrase ("... capital on Friday"; not
# "Russia's capital markets")
CAPITAL_AFTER = re.compile(
    r"(?:['’]s)?\s+capital\b(?!\s*,\s*[A-Z])(?=\s*(?:[,.;:)]|$|\s(?:on|in|at|by|for|from|after|before|"
    r"during|with|and|where|when|late|early|overnight|last|this|yesterday|today|to(?= [a-z]))\b))"
)


def _capital_named(text: str, place: Resolved, gazetteer) -> Resolved | None:
    """A country named for its capital ("the Somali capital", "Mali's capital"): the capital,
    read as the place the text means (its name not given beside it)."""
    if gazetteer.kind(place.entry) != "country" or not CAPITAL_AFTER.match(text, place.mention.end):
        return None
    capital = gazetteer.capital_of(gazetteer.country_code(place.entry))
    if capital is None:
        return None
    evidence = (*place.evidence, f"the capital of {gazetteer.label(place.entry)}")
    return replace(place, entry=capital, evidence=evidence)


def _origin(before: str, words: PlaceWords) -> bool:
    """The text before a name tells where people came from ("a caravan from the departments
    of"), not the scene ("withdrew from the town of", "reported from the town of")."""
    found = words.origin.search(before)
    return found is not None and found.group("verb") is None


FROM_DIRECTION = re.compile(r"\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?$", re.I)  # where they came from
