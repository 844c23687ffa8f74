"""Number words and digits: the NUMBER pattern a count opens with, and its value.

"at least 12" -> 12; "twenty-one" -> 21; "two dozen" -> 24; "dozens" -> 12, "hundreds" -> 100,
"several"/"many" -> 10 (ACLED's codebook conventions for vague counts).
"""

from __future__ import annotations

import re

from events.reading.numbers import CARDINALS

UNITS = {
    "a": 1, "an": 1, "single": 1, **CARDINALS, "a hundred": 100,
    "dozen": 12, "a dozen": 12, "dozens": 12, "dozens of": 12, "scores": 20, "scores of": 20,
    "hundreds": 100, "hundreds of": 100, "thousands": 1000, "thousands of": 1000, "tens of thousands": 10000,
    "tens of thousands of": 10000, "hundreds of thousands": 100000, "hundreds of thousands of": 100000,
    "millions": 1000000, "millions of": 1000000, "several": 10, "many": 10, "a few": 3, "few": 3,
    "a couple of": 2, "a pair of": 2, "both": 2,
    # read as the round figure, as "hundreds" is (the lowest the words allow)
    "several hundred": 100, "a few hundred": 100, "several thousand": 1000, "a few thousand": 1000,
    "several dozen": 12,
}  # fmt: skip
_NUMBER_WORD = "|".join(sorted((re.escape(k) for k in UNITS), key=len, reverse=True))
# "both" after a preposition tells whose, not how many ("people on both sides were injured")
_NUMBER_WORD = _NUMBER_WORD.replace("both", r"(?<!\bon\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bfor\s)both")
# After a number, a clock: no count ("killed around 2:00 am", "at 3 p.m.", "at 3 AM and"; but "5 PM
# supporters" are five, a prime minister's)
_CLOCK = (
    r"[:.]\d|\d|\s*(?:(?-i:[ap]\.?m\b|[AP]\.M\.|[AP]M\b(?!\s+(?:supporters?|members?|loyalists?|followers?|"
    r"aides?|guards?|workers?|activists?|party)\b))|o['’]clock|hrs\b|GMT\b)"
)
# a number word below a hundred ("seven", "fifteen", "forty-two")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SMALL = rf"(?:(?:{_TENS})[- ](?:{_UNITS})|{_TENS}|{_UNITS}|{_TEENS})"
# a number told as a multiple ("two dozen", "half a dozen", "one hundred and twenty", "3 dozen", "two
# thousand five hundred", "two hundred thousand", "one hundred twenty"); the value: number_value
_MULTIPLE = (
    rf"(?:half\s+a\s+dozen\b|(?:{_SMALL}|an?|\d+)\s+(?:dozen|hundred|thousand)\b"
    rf"(?:\s+(?:and\s+)?(?:{_SMALL}\s+)?(?:hundred|thousand)\b)*"
    rf"(?:\s+and\s+{_SMALL}\b|(?<!dozen)\s+{_SMALL}\b(?!\s+(?:dozen|hundred|thousand)\b))?)"
)
NUMBER = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|up\s+to|some|roughly|"
    r"approximately|as\s+many\s+as|no\s+fewer\s+than|upwards\s+of|close\s+to|an\s+estimated)\s+)?"
    rf"(?P<num>{_MULTIPLE}|\d{{1,3}}(?:,\d{{3}})+|\d+(?!{_CLOCK})|(?:{_TENS})[- ](?:{_UNITS})|"
    + _NUMBER_WORD
    + r")"
    r"(?![\s-]+years?[\s-]+old\b)"  # an age, no count ("shot dead 23 year old Ahmed", "nine-year-old Ayat")
    r"(?:\s*\(\d{1,4}\))?"  # a number told twice, as newspapers in Nigeria write it: "two (2) vigilantes"
)
# (nor across another count: "two areas several hundred people")
COUNT_WORD = "|".join(sorted((re.escape(k) for k in UNITS if " " not in k and k not in ("a", "an")), key=len))
# spans of time are never the people counted ("missing for 10 days was killed", "Three days later")
TIME_SPAN = r"(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)"


def number_named(group: str | None) -> str:
    """NUMBER with its value captured under another name (or not at all)."""
    return NUMBER.replace("(?P<num>", f"(?P<{group}>" if group else "(?:")


Count = tuple[int, tuple[int, int]]  # a count's value and its span


# A count this large is a toll ("has left over 40,200 dead", "more than 20,000 killed in
# the fighting"), not one event's: single events with a thousand dead are too rare for
# a count this size to be read as one.
AGGREGATE = 1000


def number_value(text: str) -> int | None:
    """Digits or an English number word ("twenty-one", "dozens of") -> int."""
    word = " ".join(text.lower().replace("-", " ").split())
    if word.replace(",", "").isdecimal():
        return int(word.replace(",", ""))
    if word in UNITS:
        return UNITS[word]
    parts = word.split()
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS and parts[1] not in MULTIPLIERS:
        return UNITS[parts[0]] + UNITS[parts[1]]
    return _multiple(parts)


MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000}


def _multiple(parts: list[str]) -> int | None:
    """A number told as a multiple ("two dozen": 24, "half a dozen": 6, "one hundred and twenty": 120)."""
    if parts[:2] == ["half", "a"] and len(parts) == 3 and parts[2] in MULTIPLIERS:
        return MULTIPLIERS[parts[2]] // 2
    total, current = 0, 0
    for part in parts:
        if part in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[part]
            if part == "thousand":
                total, current = total + current, 0
        elif part.isdecimal() or part in CARDINALS or part in ("a", "an"):
            current += int(part) if part.isdecimal() else CARDINALS.get(part, 1)
        elif part != "and":
            return None
    return total + current
