"""The patterns of places.yaml's PlaceWords, built in steps from its word lists and the shapes of
names and kinds (events.extraction.lexicon.places): scenes, ways, places named, unknown places and
lists, what stands around a name and beside it."""

from __future__ import annotations

import re
from typing import Any

from events.extraction.lexicon.triggers import _ground
from events.places import COMPASS, OFFSET

NAME = r"[A-Z][\w'’-]+"
PLACE_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"  # up to three capitalised words


def _scenes(lists: dict[str, str], scene: str, modifiers: str, settlement: str, area: str,
            capital: str) -> dict[str, re.Pattern[str]]:  # fmt: skip
    """Where an event was (a scene word before a name), or where people came from."""
    return dict(
        # "in X", "in the occupied city of X", and a head named in apposition: "in Mali's capital, X",
        # "in the Somali capital, X"
        locative=re.compile(
            # "in Khyber Pakhtunkhwa's (KP) Kurram district": a possessive of up to three names
            rf"(?i:\b(?:{scene})\s+)(?:(?:(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*[’']s(?:\s+\([A-Z]{{2,6}}\))?"
            r"|(?i:country|nation)[’']s"  # "in the country's northern Kunduz province"
            rf"|(?i:{modifiers}|{settlement}|{area})|{capital}"
            r"|[A-Z][a-z]+-(?:dominated|majority|populated))"  # "in Kuki-dominated Churachandpur"
            rf"\s+){{0,4}}(?:{capital}\s+|(?i:{settlement}|{area}),\s+)?$"
        ),
        not_locative=re.compile(rf"\b(?:{lists['not_scene_words']})\s+(?:the\s+)?$", re.I),
        # "from the departments of X", "from the large farming state of X": where people came from;
        # "withdrew from the town of X",
        # "fighting was reported from the town of X" tell a scene
        origin=re.compile(
            r"(?<![\w-])(?P<verb>(?:withdr[ae]wn?|retreated|evacuated|pulled\s+out|"
            r"expelled|ousted|drove|driven|"
            r"pushed|reported)(?:\s+[\w-]+){0,4}?\s+)?"
            rf"from\s+(?:(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){{0,3}}?"
            rf"(?:{settlement}|{area})(?:s|es)?\s+of\s+(?:the\s+)?"
            # where fire came from ("shelled Nikopol from positions in Enerhodar", "from their bases in")
            r"|(?:(?:its|their|the)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
            r"(?:positions?|bases?)\s+(?:in|near|around)\s+"
            r"(?:the\s+)?)$",
            re.I,
        ),
    )


def _ways(lists: dict[str, str], modifiers: str, settlement: str, area: str) -> dict[str, re.Pattern[str]]:
    """Where people went, travelled or were treated, or where a road leads."""
    return dict(
        # the object, then "to" and where: articles, modifiers, kinds of place, hospitals and camps
        destination=re.compile(
            rf"\b(?:{lists['destination_words']})\s+(?:[\w-]+\s+){{0,4}}?(?:to|toward|towards|into)\s+"
            rf"(?:(?:{modifiers}|{settlement}|{area}|(?-i:[a-z]+ly)|"
            rf"coastal|rural|hospitals?|clinics?|camps?|of|in|at)\s+){{0,5}}$",
            re.I,
        ),
        route=re.compile(
            rf"\b(?:{lists['route_words']})\s+(?:[\w-]+\s+){{0,4}}?(?:to|toward|towards|into)\s+"
            rf"(?:(?:{modifiers}|{settlement}|{area}|(?-i:[a-z]+ly)|of|in|at)\s+){{0,5}}$",
            re.I,
        ),
        road_to=re.compile(
            rf"\b(?:{lists['road_words']})\s+(?:that\s+|which\s+)?"
            rf"(?:leads?|leading|linking\s+[\w\s]{{1,30}}?|"
            rf"runs?|running|goes|going)\s+(?:to|toward|towards|into)\s+"
            rf"(?:the\s+)?(?:(?:{settlement})\s+of\s+)?$",
            re.I,
        ),
        # the verb, then "in" or "at" a hospital, then "in" and where
        treated=re.compile(
            rf"\b(?:{lists['treated_words']})\s+(?:[\w-]+\s+){{0,3}}?(?:in|at|to)\s+"
            rf"(?:(?:the|a|an|{modifiers}|"
            rf"main|provincial|district|regional|general|military|referral|private|"
            r"public|government|local|civil|city|state|field|teaching|trauma)\s+)*"
            r"(?:hospitals?|clinics?|health\s+(?:centres?|centers?|units?|facilit(?:y|ies))|"
            r"medical\s+(?:centres?|centers?))"
            rf"\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:provincial|regional|state|district)\s+)?(?:capital,?\s+|"
            rf"(?:{settlement})\s+of\s+)?$",
            re.I,
        ),
        treated_at=re.compile(
            rf"\b(?:{lists['treated_words']})\s+(?:[\w-]+\s+){{0,3}}?(?:in|at)\s+(?:the\s+)?$", re.I
        ),
    )


def _places_named(lists: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """An institution of the capital, an anaphor ("the region"), a part of a town, a village."""
    return dict(
        # where: a word of place before it, then the nation's own ("near Georgia's parliament", "stormed
        # the national assembly"; not "a member of parliament", "the Congress party", "the US Congress")
        capital_institution=re.compile(
            r"\b(?i:near|outside|inside|into|around|at|in\s+front\s+of|stormed|storming|besieged|surrounded|"
            r"approach(?:ed|ing)?|towards?|march(?:ed|ing)?\s+(?:on|to))\s+"
            rf"(?i:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
            # (how it stood: "the heavily barricaded parliament", "the fortified presidency")
            rf"(?:[a-z]+ly\s+)?(?:[a-z]+ed\s+)?(?i:{lists['capital_institutions']})\b"
            r"(?!\s+(?i:party|candidate|member|election))"
        ),
        anaphor=re.compile(
            rf"\b(?:in|across|of|for|within|over|near|around)\s+the\s+({lists['anaphor_heads']})\b"
            r"(?!\s+of\s+(?-i:[A-Z]))",  # "the village of Nacotuco" names a place: no anaphor
            re.I,
        ),
        town_part=re.compile(rf"\b(?:{lists['town_part_words']})\b", re.I),
        village=re.compile(rf"\b(?:{lists['village_words']})(?:s|ies)?\b", re.I),
    )


def _unknown_and_lists(scene: str, settlement: str, area: str, name: str, region: str, unknown: list[str],
                       item: str, kinds: str) -> dict[str, re.Pattern[str]]:  # fmt: skip
    """A place the gazetteer lacks (with its region), a list of places, its items and its kind."""
    return dict(
        unknown_with_region=re.compile(
            rf"(?i:\b(?:{scene})\s+)(?:the\s+)?(?:(?i:{settlement})\s+of\s+)?{name}"
            # "in Dama village under Sabon Birni": under the division that runs it
            # ", a town in the Aguililla region of ...": an appositive that says where it lies
            # "Sherpur upazila of Bogura": a division of the region named after it
            rf"(?:\s+(?i:{settlement}))?(?:,\s+(?:a\s+(?i:{settlement})\s+in\s+(?:the\s+)?)?|\s+\(|"
            rf"\s+(?:in|under)\s+(?:the\s+)?"
            rf"(?:(?i:rural|remote|urban|downtown|central|{COMPASS}(?:ern)?)\s+)?|"
            rf"\s+(?i:{area})\s+of\s+(?:the\s+)?)"
            rf"(?P<region>{region})"
            rf"(?:\s+(?P<area>(?i:{area})))?(?:,\s*(?P<region2>{region})\))?"
        ),
        unknown_place=re.compile(
            # "in the north of Taze Township": the part of a place, told by its bearing
            rf"(?i:\b(?:{'|'.join(unknown)})\s+)(?:the\s+(?i:{COMPASS})\s+of\s+(?:the\s+)?|the\s+)?"
            # ("shelled the border town of Mays al-Jabal", "the remote mountain village of X": words that
            # describe the settlement before its kind)
            rf"(?:(?i:nearby|neighbou?ring|{COMPASS}(?:ern)?)\s+)?"
            rf"(?:(?:[a-z][\w-]*\s+){{0,2}}?(?i:{settlement}|{area})\s+of\s+)?{name}"
        ),
        # a list of names after a scene word, or after "the villages of" (never after any "of":
        # "the Deputy Commissioner of Administration and Finance" lists no places)
        place_list=re.compile(
            rf"(?i:\b(?:in|near|around|at|outside)\s+|\b(?:{settlement}|{area})(?:s|es)?\s+of\s+)(?:the\s+)?"
            rf"(?P<list>{PLACE_NAME}(?:(?:,\s*|,?\s+and\s+){PLACE_NAME})+)"
        ),
        list_item=re.compile(item),
        # (not "or": "in Ndoluma, Kanyambi or Kirumba" tells one place, which the source does not know)
        coordinated=re.compile(rf"{item}(?:,\s*{item})*,?\s+(?:and|&)\s+{item}"),
        list_opening=re.compile(
            rf"\b(?i:{kinds}),?\s+(?i:of|in|at|including|such\s+as|namely)\s+(?i:the\s+)?$"
        ),
        list_kind=re.compile(rf"\s+(?i:{kinds})\b"),
        area_before_list=re.compile(
            rf"['’]s\s+|(?:['’]s)?(?:\s*,\s*(?i:the\s+)?|\s+)(?:[a-z][\w-]*\s+){{0,2}}?(?i:{kinds})\s+"
            r"(?i:of|in|at)\s+(?i:the\s+)?"
        ),
        area_after_list=re.compile(
            rf"(?:\s+(?i:{kinds}))?(?:\s+(?:in|of|under|within)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?|"
            r"\s*,\s*|\s*\(\s*)"
        ),
    )


def _around_names(lists: dict[str, str], settlement: str, area: str) -> dict[str, re.Pattern[str]]:
    """What stands around a name: an office, a seat, the division holding it, a measure, an appositive."""
    return dict(
        title=re.compile(
            rf"\b(?:{lists['title_words']})\s+of\s+(?:the\s+)?(?:(?:{settlement}|{area})\s+of\s+)?$", re.I
        ),
        titled=re.compile(rf"(?:{lists['title_words']})\s", re.I),
        seat=re.compile(rf"\b(?:{lists['seat_words']})\s+(?:in|at|of|based\s+in)\s+(?:the\s+)?$", re.I),
        # ", a (small border) town in (the south of)": lower-case words only, up to the next name
        # or ", (just) east of": where the place lies, told from the next ("Bani Suheila, east of Khan
        # Younis")
        # "the Llano Grande area in the municipality of Coatepec Harinas": the division holding the place
        # (", in the municipality of", "of the port city of": "in the town of X, in the municipality of Y",
        # "in Zabid District of the port city of Hodeidah")
        division_of=re.compile(
            rf"(?:\s+(?:{settlement}|{area}))?,?\s+(?:in|of)\s+the\s+(?:[a-z]+\s+){{0,2}}?"
            rf"(?:{settlement}|{area})"
            r"\s+of\s+",
            re.I,
        ),
        # ", a small village about five kilometres (three miles) west of ": an appositive that measures
        # the name before it from the name after it (relation_before reads the measure), the name's kind
        # word perhaps between ("Alamada village, about 20 km northwest of")
        measured_gap=re.compile(
            rf"(?:\s+(?:{settlement}))?,\s+(?:(?:a|an)\s+(?:[a-z][\w'’-]*\s+){{0,4}}?)?"
            r"(?:(?:about|some|around|approximately|roughly|nearly|almost|"
            r"just|only|over|less\s+than|more\s+than)\s+)"
            r"{0,2}" + OFFSET.pattern,
            re.I,
        ),
        appositive=re.compile(
            rf",\s+(?:(?:a|an)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?(?:{settlement}|{area}|capital|port)\s+"
            r"(?:[a-z][\w'’-]*\s+){1,5}|(?:(?:just|some|further)\s+)?(?:to\s+the\s+)?"
            rf"{COMPASS}\s+of\s+(?:the\s+)?)"
        ),
    )


def _beside_names(raw: Any, lists: dict[str, str], settlement: str, area: str,
                  spaced: list[str]) -> dict[str, Any]:  # fmt: skip
    """Ground, a cause, a setting; after a name: an owner, a people, what befell it, its kind, a longer
    name, a heading, a street; the words of office-holders; a first-level division."""
    return dict(
        ground=_ground(lists["ground_words"]),
        ground_word=re.compile(rf"(?:{lists['ground_words']})", re.I),
        cause=re.compile(rf"\b(?:{lists['cause_words']})\b", re.I),
        setting=re.compile(
            rf"\bamid\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{lists['setting_words']})\s+of\s+", re.I
        ),
        owner=re.compile(rf"\s+(?:{lists['owner_nouns']})\b", re.I),
        people=re.compile(rf"\s+(?:{lists['people_nouns']})\b", re.I),
        experienced=re.compile(
            rf"(?:\s+(?:{settlement}|{area}|country))?\s+(?:has|have)\s+(?:\w+ly\s+|also\s+)?"
            r"(?:seen|witnessed|experienced|suffered|endured|faced|known|"
            r"been\s+(?:\w+ly\s+)?(?:hit|rocked|plagued|"
            r"wracked|racked|torn|scarred|gripped|shaken|ravaged|battered|"
            r"the\s+(?:scene|site|epicent(?:er|re)|"
            r"theat(?:er|re)|centre|center|focus|target)))\b",
            re.I,
        ),
        kind_before=re.compile(
            rf",\s+(?:an?\s+)?(?:[^\W\d]+\s+){{0,2}}(?:{settlement}|{area}|nation|countr(?:y|ie))s?\s+$", re.I
        ),
        kind_word=re.compile(rf"\b(?:{settlement}|{area})$", re.I),
        name_goes_on=re.compile(rf"[-\s]+[A-Z]|\s+(?:{'|'.join(spaced)})\s+[A-Z]"),
        # after the name, at a sentence's start: its kind, then the colon ("Bilopil territorial community:")
        offices=frozenset(str(w).lower() for w in raw["office_words"]),
        heading=re.compile(
            rf"(?:\s+(?:{lists['heading_words']}|{settlement}|{area}))?\s*:\s+(?-i:[A-Za-z\d])", re.I
        ),
        street=re.compile(rf"\s+(?:{lists['street_words']})\b", re.I),
        first_level=re.compile(rf"(?:{lists['first_level_words']})", re.I),
    )
