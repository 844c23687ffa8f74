"""Qualifiers: a place named after another to say where that one lies ("Kupiansk, Kharkiv",
"Jabalia in northern Gaza", "Kafr Batna north of Damascus"), no scene of its own."""

from __future__ import annotations

import re

from events.extraction.article_places import COMPASS_WORD
from events.extraction.lexicon import PlaceWords
from events.places import COMPASS, QUALIFIER_GAP, Gazetteer, Resolved, haversine_km

# "in northern Gaza", "in the east of Kharkiv", "(Giro district) of the eastern (Ghazni province)", "in
# the restive northern (province)": a part of what is named after it
DIRECTIONAL_GAP = re.compile(
    # (the kind of place the name is may come first: "the Nuseirat refugee camp in central Gaza")
    r"\s+(?:(?:refugee\s+camp|camp|neighbou?rhood|district|area|quarter|suburb|village|town|city)\s+)?"
    rf"(?:in|of)\s+(?:the\s+)?(?:(?:far|[a-z]+ive|[a-z]+ed)\s+)?(?:{COMPASS_WORD}|central)\s+"
    rf"|\s+in\s+the\s+(?:far\s+)?(?:{COMPASS}|centre|center)\s+of\s+",
    re.I,
)


OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


AREA_OF_A_TOWN_KM = 60  # a town named for the area around it reaches this far


AREAS = ("admin1", "admin2", "region", "country")


COMPASS_OF_GAP = re.compile(
    rf"\s+(?:(?:just|some|further)\s+)?(?:to\s+the\s+|in\s+(?:the\s+)?)?{COMPASS}\s+of\s+(?:the\s+)?", re.I
)


def is_qualifier(
    text: str, place: Resolved, following: Resolved, gazetteer: Gazetteer, words: PlaceWords
) -> bool:
    """ "Kupiansk, Kharkiv" (a container), or "Khan Younis, a city in the south of Gaza" (an
    appositive that describes the place: the name after it is no scene of its own)."""
    gap = text[place.mention.end : following.mention.start]
    if words.appositive.fullmatch(gap):
        return True
    if COMPASS_OF_GAP.fullmatch(gap) and gazetteer.kind(place.entry) != "country":
        # "Kafr Batna north of Damascus", "the Amran province north of Sanaa": where it lies, with no
        # comma (not "in Niger north of Niamey": a country is no scene, the town is the better place)
        return True
    # "Al Jubah district of Marib": a division named with its kind, then the area holding it
    of_area = bool(place.mention.area_word) and OF_GAP.fullmatch(gap) is not None
    if DIRECTIONAL_GAP.fullmatch(gap) or words.division_of.fullmatch(gap) or of_area:
        # "Jabalia in northern Gaza", "Llano Grande in the municipality of Coatepec Harinas": the area
        # the place lies in (or around the town named for it)
        candidates = [e for e, _ in following.mention.candidates]
        areas = [e for e in candidates if e == following.entry or gazetteer.kind(e) in AREAS]
        holds = any(gazetteer.may_hold(e, place.entry) for e in areas)
        return holds or _town_near(place, following, gazetteer)
    return bool(QUALIFIER_GAP.fullmatch(gap)) and (
        following.entry == place.entry or gazetteer.may_hold(following.entry, place.entry)
    )


def _town_near(place: Resolved, town: Resolved, gazetteer: Gazetteer) -> bool:
    """A town named as an area's ("in northern Gaza"), within reach of the place before it."""
    here, there = gazetteer.lonlat(place.entry), gazetteer.lonlat(town.entry)
    if here is None or there is None or gazetteer.kind(town.entry) not in ("city", "poi"):
        return False
    return haversine_km(here[1], here[0], there[1], there[0]) <= AREA_OF_A_TOWN_KM
