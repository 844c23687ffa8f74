"""Fatalities and injuries from number words and digits, counted as ACLED counts them.

"at least 12" -> 12; "a 67-year-old man was killed" -> 1; "no one was hurt" -> 0;
"dozens" -> 12, "hundreds" -> 100, "several"/"many" -> 10 (ACLED's codebook
conventions for vague counts); "two children were among the dead" adds nothing
(a subset of a count given elsewhere); None when the text reports nothing.
A total reported over several places is divided evenly over them (ACLED's rule for
summarised fatalities), after a cap when it is a side's claim of its enemy's losses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "dozen": 12, "a dozen": 12, "dozens": 12, "dozens of": 12, "scores": 20, "scores of": 20,
    "hundreds": 100, "hundreds of": 100, "several": 10, "many": 10, "a few": 3, "few": 3,
    "a couple of": 2, "a pair of": 2, "both": 2,
}  # fmt: skip
_NUMBER_WORD = "|".join(sorted((re.escape(k) for k in UNITS), key=len, reverse=True))
NUMBER = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|up\s+to|some|roughly|"
    r"approximately)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"[- ](?:one|two|three|four|five|six|seven|eight|nine)|" + _NUMBER_WORD + r")"
)
PERSON = (
    r"(?:\d+-year-old\s+)?(?:(?!and\b|or\b|injur|wound|kill)[\w-]+\s+){0,3}?"
    r"(?:people|persons?|civilians?|individuals?|residents?|soldiers?|servicem[ae]n|troops|"
    r"fighters?|militants?|children|child|kids?|boys?|girls?|men|man|women|woman|"
    r"teenagers?|teens?|minors?|infants?|babies|baby|elderly|pensioners?|workers?|"
    r"employees?|officers?|policem[ae]n|police officers?|journalists?|medics?|volunteers?|"
    r"rescuers?|firefighters?|passengers?|students?|members?|protesters?|demonstrators?|"
    r"villagers?|locals?|victims?|others?|family|families|relatives|staff)"
)
KILL = (r"(?:killed|dead|died|slain|perished|lost\s+their\s+lives|lost\s+(?:his|her)\s+life|murdered|beheaded|"
        r"executed|massacred|slaughtered|shot\s+dead|gunned\s+down|assassinated|lynched|"
        r"(?:hacked|stabbed|beaten|burned|burnt)\s+to\s+death|burn(?:ed|t)\s+alive)")
HURT = r"(?:injured|wounded|hurt|injuries|hospitali[sz]ed)"
KILLING = (r"(?:killing|killed|kills|claimed\s+the\s+lives\s+of|left|murder(?:ed|ing)|behead(?:ed|ing)|"
           r"executed|executing|massacr(?:ed|ing)|slaughter(?:ed|ing)|assassinat(?:ed|ing)|lynch(?:ed|ing)|"
           r"(?:shot|shooting)\s+dead|gunned\s+down|gunning\s+down)")
HURTING = r"(?:injuring|injured|wounding|wounded|injures|hurting|hurt|left)"


def _patterns(verb_after: str, verb_before: str, nouns: str, tail: str) -> list[re.Pattern[str]]:
    return [
        # "three individuals were killed", "12 people dead", "a 67-year-old man died"
        re.compile(rf"\b{NUMBER}\s+{PERSON}\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|"
                   rf"are|is|reportedly|also)\s+){{0,2}}{verb_after}\b", re.I),  # fmt: skip
        # "killing three", "injuring three individuals", "left two dead"
        re.compile(rf"\b{verb_before}\s+(?:at\s+least\s+)?{NUMBER}(?:\s+{PERSON})?{tail}", re.I),
        # "one fatality", "12 deaths", "resulting in one fatality", "three injuries"
        re.compile(rf"\b{NUMBER}\s+(?:[\w-]+\s+)?{nouns}\b", re.I),
        # "the death toll rose to 12"
        re.compile(rf"\b(?:death|casualty|injury)?\s*toll\s+(?:\w+\s+){{0,3}}?{NUMBER}\b", re.I)
        if verb_after == KILL
        else re.compile(r"(?!x)x"),
    ]


FATAL = _patterns(KILL, KILLING, r"(?:fatalit(?:y|ies)|deaths?|dead|bodies|killed)",
                  r"(?:\s+dead)?\b")  # fmt: skip
INJURED = _patterns(HURT, HURTING, r"(?:injuries|injured|wounded|casualties\s+injured)",
                    r"(?:\s+(?:injured|wounded))?\b")  # fmt: skip
NONE_KILLED = re.compile(
    r"\b(?:no(?:body|\s+one)\s+(?:was|were|has\s+been)\s+(?:killed|hurt|harmed|injured|wounded)|"
    r"no\s+(?:casualties|victims|fatalities|deaths|injuries|one\s+died)|without\s+casualties|"
    r"caused\s+no\s+casualties|no\s+reports?\s+of\s+(?:casualties|injuries|deaths))", re.I
)
# One person named without a number: "the victim died in hospital", "the driver was killed".
ONE_DEAD = re.compile(
    r"\b(?:(?i:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:victim|driver|man|woman|boy|girl|"
    r"child|baby|teenager|resident|civilian|soldier|serviceman|officer|policeman|journalist|"
    r"volunteer|worker|passenger|pensioner|mayor|official|commander)|(?:He|She))\s+"
    r"(?:(?:later|subsequently|also|reportedly)\s+)?(?:died|was\s+killed|succumbed)\b"
)
SUBSET = re.compile(r"\b(?:among|including|of\s+whom|of\s+them|of\s+those)\b", re.I)
# Counts that do not belong to the event being told: losses "at unspecified
# locations", "along the front" or "during the day" (a day's total for a sector).
ELSEWHERE = re.compile(
    r"\b(?:at|in)\s+(?:unspecified|various|other|different)\s+(?:locations?|places|areas)\b|"
    r"\b(?:along|across)\s+the\s+(?:front|line|axis)|\bon\s+\w+\s+(?:and\s+\w+\s+)?axis\b|"
    r"\bduring\s+the\s+day\b|\bover\s+the\s+past\s+(?:day|24\s+hours)\b", re.I
)

# The dead of a count are fighters ("180 Ukrainian servicemen"), not civilians.
COMBATANTS = re.compile(
    r"\b(?:soldiers?|servicem[ae]n|troops|fighters?|militants?|combatants?|personnel|"
    r"marines|paratroopers|rebels?|insurgents?|militiam[ae]n|mercenar(?:y|ies))\b", re.I
)


@dataclass(frozen=True)
class Casualties:
    fatalities: int | None
    injuries: int | None
    fatal_span: tuple[int, int] | None = None
    injury_span: tuple[int, int] | None = None


def number_value(text: str) -> int | None:
    """Digits or an English number word ("twenty-one", "dozens of") -> int."""
    word = " ".join(text.lower().replace("-", " ").split())
    if word.replace(",", "").isdecimal():
        return int(word.replace(",", ""))
    if word in UNITS:
        return UNITS[word]
    parts = word.split()
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        return UNITS[parts[0]] + UNITS[parts[1]]
    return None


def _first(patterns: list[re.Pattern[str]], text: str) -> tuple[int, tuple[int, int]] | None:
    best: tuple[int, tuple[int, int]] | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 25) : match.start()]
            if SUBSET.search(before) or re.search(r"\bno\s*$", before, re.I):
                continue
            if re.search(r"\bamong\s+the\s+(?:dead|injured|wounded|victims)",
                         text[match.end() : match.end() + 30], re.I):  # fmt: skip
                continue
            value = number_value(match.group("num"))
            if value is None or value > 100_000:
                continue
            if best is None or match.start() < best[1][0]:
                best = (value, match.span())
            break
    return best


def parse_casualties(text: str) -> Casualties:
    """Counts reported in one sentence or clause (none when they belong elsewhere)."""
    if ELSEWHERE.search(text):
        return Casualties(None, None)
    fatal = _first(FATAL, text)
    hurt = _first(INJURED, text)
    if fatal is None and (one := ONE_DEAD.search(text)):
        fatal = (1, one.span())
    fatalities = fatal[0] if fatal else None
    injuries = hurt[0] if hurt else None
    none = NONE_KILLED.search(text)
    if none:
        phrase = none.group(0).lower()
        if fatalities is None and not re.search(r"injur|wound", phrase):
            fatalities = 0  # "no one was hurt/harmed" covers the dead too
        if injuries is None and not re.search(r"killed|died|deaths|fatalities", phrase):
            injuries = 0
        if "casualties" in phrase or "victims" in phrase:
            fatalities = 0 if fatalities is None else fatalities
            injuries = 0 if injuries is None else injuries
    return Casualties(
        fatalities, injuries, fatal[1] if fatal else None, hurt[1] if hurt else None
    )


def of_combatants(text: str, casualties: Casualties) -> bool:
    """Whether the count's own words name fighters ("40 Ukrainian soldiers were killed")."""
    if casualties.fatal_span is None:
        return False
    start, end = casualties.fatal_span
    return COMBATANTS.search(text, start, end + 30) is not None


def spread(casualties: Casualties, parts: int, cap: int | None = None) -> list[Casualties]:
    """One count told for several places, one share per place: ACLED divides a summarised
    total evenly (the first places take the remainder), after ``cap`` on the total."""

    def shares(total: int | None) -> list[int | None]:
        if total is None:
            return [None] * parts
        total = total if cap is None else min(total, cap)
        base, extra = divmod(total, parts)
        return [base + (k < extra) for k in range(parts)]

    return [Casualties(f, i) for f, i in zip(shares(casualties.fatalities),
                                              shares(casualties.injuries), strict=True)]  # fmt: skip
