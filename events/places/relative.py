"""Where the words before a place name put the place relative to it: "20 km north of X",
"5 miles from X", "the outskirts of X", "between X and Y", "near X"."""

from __future__ import annotations

import re

from events.reading.numbers import CARDINALS

# "north of the capital Mogadishu", "near the regional capital, Garowe": the capital named after its title
CAPITAL = r"(?:(?:regional|provincial|state|national|country's|nation's)\s+)?capital,?\s+"
# A compass direction ("north", "south-east", "southeast"), as bearings, directions and
# relations are read (its adjective adds "ern").
COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
NEAR_WORDS = re.compile(
    # ("west of El Fasher", "east of the capital, Aden": a bearing and no distance, near it; not "in the
    # north of X", a part of it)
    rf"(?:(?<![\w-])(?<!the\s)(?P<dir>{COMPASS})\s+of|"
    r"\bnear|\boutside|\boutskirts\s+of|\bclose\s+to|\bkm\s+(?:\w+\s+)?(?:of|from)|"
    r"\bmiles\s+(?:\w+\s+)?(?:of|from)|\bvicinity\s+of|\baround|\bnearby|\btowards?|"
    r"\bdirection\s+of|\bproximity\s+to)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|settlement)\s+of\s+|" + CAPITAL + r")?$",
    re.I,
)

COMPASS_WORDS = ("north", "south", "east", "west")
# the distance in digits or words ("5 km", "five kilometres"); a conversion after it ("(three miles)")
# (a word alone: not the last word of "twenty-five" or "one hundred and fifty", nor "hundred")
WORDS = "|".join(sorted((w for w in CARDINALS if w != "hundred"), key=len, reverse=True))
NUMBER = rf"\d+(?:[.,]\d+)?|(?<![\w-])(?<!(?i:and) )(?:{WORDS})"
OFFSET = re.compile(
    rf"(?P<n>{NUMBER})\s*-?\s*(?P<unit>km|kilomet(?:er|re)s?|nm|nautical\s+miles?|mi(?:les?)?)\s+"
    rf"(?:\([^()]{{1,24}}\)\s+)?(?:(?:to\s+the\s+)?(?P<dir>{COMPASS}|(?:north|south)\s(?:east|west))(?:ward)?\s+)?"
    r"(?:of|from|outside|off)\s+"  # ("65 nautical miles off the Yemeni city of Al Hudaydah": at sea)
    r"(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+)?(?:town|city|village|settlement|port)\s+of\s+|" + CAPITAL + r")?$",
    re.I,
)
OUTSKIRTS = re.compile(r"\b(?:outskirts|suburbs?|environs)\s+of\s+(?:the\s+)?$", re.I)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns|cities|villages)\s+of\s+)?$|"
                     r"\bbetween\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+$")  # fmt: skip
BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0}  # fmt: skip
MILE_KM = 1.609344
NAUTICAL_MILE_KM = 1.852  # "95NM South East of Aden": at sea
# The words a text ends with when one of the patterns above can match it (each pattern ends
# with one of them and white space): a quick test before the patterns.
RELATION_ENDS = ("of", "from", "outside", "off", "the", "between", "and", "near", "around", "nearby",
                 "toward", "towards", "to", "capital", "capital,")  # fmt: skip
NEAR_ENDS = ("of", "from", "outside", "the", "near", "around", "nearby", "toward", "towards", "to", "capital",
             "capital,")  # fmt: skip
# a word NEAR_WORDS needs, lower-case: a quick test before it
NEAR_NEEDS = ("near", "outside", "outskirts", "close", "km", "miles", "vicinity", "around", "toward",
              "direction", "proximity", "north", "south", "east", "west")  # fmt: skip
# What a relation before a name needs (a number, or one of these words): a quick test before the
# patterns, as plain lower-case text for ASCII, as a case-insensitive pattern beyond it
MAYBE_WORDS = (
    "north",
    "south",
    "east",
    "west",
    "outskirts",
    "suburb",
    "environs",
    "outside",
    "close",
    "vicinity",
    "around",
    "toward",
    "direction",
    "proxim",
    "km",
    "kilomet",
    "mile",
)  # fmt: skip (a distance in words)
# The unit OFFSET needs after its number, and white space: a quick test before it.
UNIT = re.compile(r"(?:km|kilomet(?:er|re)s?|nm|nautical\s+miles?|mi(?:les?)?)\s", re.I)
# (found in lower-case text: every alternative of NEAR_WORDS opens with one of them)
NEAR_OPENS = re.compile("|".join(map(re.escape, NEAR_NEEDS)))
DIGIT = re.compile(r"\d")
_MAYBE = re.compile(r"\d|" + "|".join(MAYBE_WORDS), re.I)
_MAYBE_LOWER = re.compile("|".join(map(re.escape, MAYBE_WORDS)))


def last_letters(before: str) -> str | None:
    """The end of ``before`` less its trailing white space, lower-cased, to test which words it
    ends with (str.endswith) before trying a pattern that needs one of them; None beyond
    ASCII, where case-insensitive patterns match more than lower() tells (the long s, the
    Kelvin sign): try the pattern then."""
    end = before.rstrip()[-8:]
    return end.lower() if end.isascii() else None


def near_words(before: str, low: str | None) -> re.Match[str] | None:
    """``NEAR_WORDS.search(before)``, searched from the first word any of its alternatives opens
    with (``low``: ``before`` lower-cased, None beyond ASCII, where it is searched whole): no
    match starts earlier, and most names have none of those words before them."""
    if low is None:
        return NEAR_WORDS.search(before)
    opens = NEAR_OPENS.search(low)
    return NEAR_WORDS.search(before, opens.start()) if opens else None


def relation_before(before: str, last: str | None = "") -> dict:
    """What the words just before a name say about where the place lies relative to it (``last``:
    last_letters(before), when the caller has it)."""
    if last == "":
        last = last_letters(before)
    if last is not None and not last.endswith(RELATION_ENDS):
        return {}  # most names: no pattern can end here
    low = before.lower()
    window = before[-40:]
    if window.isascii():
        maybe = _MAYBE_LOWER.search(low, len(low) - len(window)) or DIGIT.search(window)
    else:  # case-insensitive patterns match more than lower() tells beyond ASCII
        maybe = _MAYBE.search(window)
    if not maybe and "between" not in low and "near" not in low[-40:]:
        return {}  # most names: none of the words (a quick test before the patterns)
    offset = OFFSET.search(before) if UNIT.search(before) else None
    if offset:
        number = offset.group("n").lower()
        # "1,200 km" is a thousand and two hundred; "2,5 km" two and a half
        km = float(CARDINALS.get(number) or re.sub(r",(?=\d{3}\b)", "", number).replace(",", "."))
        unit = offset.group("unit").lower()
        km *= NAUTICAL_MILE_KM if unit.startswith("n") else MILE_KM if unit.startswith("mi") else 1.0
        heading = (offset.group("dir") or "").casefold().replace("-", "").replace(" ", "")
        return {"relation": "offset", "offset_km": round(km, 3), "bearing": BEARINGS.get(heading)}
    if OUTSKIRTS.search(before):
        return {"relation": "outskirts"}
    if BETWEEN.search(before):
        return {"relation": "between"}
    near = near_words(before, low if before.isascii() else None)
    if near and near.group("dir"):
        # "west of El Fasher" (no distance told): near the town, that way from it; the town's point stands,
        # the bearing says which way it lies and that the place is told from the town (its reference)
        return {"relation": "near", "bearing": BEARINGS.get(near.group("dir").casefold().replace("-", ""))}
    if near:
        return {"relation": "near"}
    return {}
