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
from functools import lru_cache

from events.extraction.lexicon import CasualtyWords
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
# Who was hurt: up to four words ending the noun phrase ("four soldiers", "1 tribal elder",
# "3 Fulani", "two key leaders"), but never across a preposition or verb.
# (nor across another count: "two areas several hundred people")
_COUNT_WORD = "|".join(
    sorted((re.escape(k) for k in UNITS if " " not in k and k not in ("a", "an")), key=len)
)
# spans of time are never the people counted ("missing for 10 days was killed", "Three days later")
_SPAN = r"(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)"
PERSON = (
    r"(?:\d+-year-old\s+)?(?:(?!(?:and|or|were|was|are|is|in|on|at|of|by|from|with|to|during|after|\d+|"
    + _COUNT_WORD
    + "|"
    + _SPAN
    + r")\b|injur|wound|kill|dead\b)"
    # the last word is no number nor the dead ("left 30 dead and 57 wounded" counts 57 wounded)
    # (a modifier may join two names: "BH/IS fighters", "JNIM/ISGS militants")
    # (and a name's acronym after it: "Village Defence Force (VDF) volunteers")
    r"[\w'’-]+(?:/[\w'’-]+)?(?:\s+(?-i:\([A-Z][A-Za-z.&-]{0,10}\)))?\s+){0,3}?"
    # (nor another count: "a statement that two| of its fighters had died" counts two, not "a statement")
    r"(?!(?:and|or|were|was|are|is|in|on|at|of|by|from|with|to|during|after|\d+|dead|"
    + _COUNT_WORD
    + "|"
    + _SPAN
    + r")\b)[\w'’-]+"
)


def _number(group: str | None) -> str:
    """NUMBER with its value captured under another name (or not at all)."""
    return NUMBER.replace("(?P<num>", f"(?P<{group}>" if group else "(?:")


# an article that opens a noun, not a number ("six members of a family": "a" is no count there)
_ARTICLE_FIRST = r"(?!(?:a|an)\s+(?!(?:dozen|few|hundred|thousand|couple|pair)\b))"
# "a family of six": six people, a family's (read as "six family"; a headline's has no article:
# "Airstrike kills family of five")
FAMILY_OF = re.compile(
    rf"\b(?:(?:a|an|the)\s+)?(?P<unit>family|household)\s+of\s+(?P<n>{_number(None)})\b(?!\s+(?:families|households))",
    re.I,
)
_UNIT_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:(?:\s+(?:and|of|for))?\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)){1,5}"
# a place by name, its kind word perhaps after it ("Gidan Damo village", "Tsafe Local Government Area")
_PLACE_NAMED = (
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)){0,4}"
    r"(?:\s+(?-i:[a-z]+)(?=\s+(?:in|of|were|was|have|has|had)\b))?"
)
# a participle that tells whose the counted people are ("four soldiers belonging to the 22nd Motorized
# Infantry Battalion (BIM) were killed", "two fighters affiliated with the group")
_BELONGING = (
    r"\s+(?:(?:belonging|attached|loyal)\s+to|(?:affiliated|associated|linked|allied)\s+(?:to|with))"
    r"\s+(?:the\s+)?[^,;.()]{1,60}?(?:\s+\([^()]{1,20}\))?"
)
# "of" and the group a counted person belongs to: "five members of the CV (Red Command) died"
# ("a local official spoke of nearly 200 dead": a number after "of" is the count, no group)
# ("five civilians from one family were killed": the family is where they came from, not a count)
# ("two soldiers of the Military and Police Campaign Aquiles, <names>, died": a unit's name, up to six words)
# ("five members of the outlawed Bangsamoro Islamic Freedom Fighters died": a modifier before the name)
OF_GROUP = (rf"(?:\s+of\s+the\s+(?:(?-i:[a-z][\w'’-]*)\s+)?{_UNIT_NAME}"
            rf"|\s+of\s+(?!{_ARTICLE_FIRST}{_number(None)}\b)(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?"
            r"(?:\s+\([^()]{1,40}\))?"
            r"|\s+(?:from|of)\s+(?:the\s+same|one|a\s+single)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
            r"|\s+from\s+(?:the|a)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}"
            # "four people from Gidan Damo village in Tsafe Local Government Area of Zamfara State": where
            # they came from, a named place (and the places that hold it)
            rf"|\s+from\s+{_PLACE_NAMED}(?:,?\s+(?:in|of)\s+(?:the\s+)?{_PLACE_NAMED}){{0,3}}"
            rf"|{_BELONGING})?")  # fmt: skip
# "twelve children and teenagers were killed": a second noun with no count of its own
ALSO_NAMED = rf"(?:\s+and\s+(?!{_number(None)}\b)[a-z][\w'’-]*)?"
# "at least 20 people, including 10 women and three infants, were killed": a part, set aside
# (or a breakdown between dashes or in brackets: "six people -- a police officer and five rebels -- died")
# the names of the people counted, set off by commas ("two journalists, Ali Ahmed and Omar Said, were")
# capitalised, whatever the flags (accents too: "Miguel Ángel")
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|al|el|bin|ibn|de|da))*)"
NAMES_ASIDE = rf"\s*,\s*{_NAME}(?:\s*,\s*{_NAME}){{0,8}}(?:,?\s+and\s+{_NAME})?\s*,"
# the names told by a participle ("the four gunmen, initially identified only as Anding, Said and Habib, were
# killed", "two soldiers, named as ..., died")
NAMED_ASIDE = (
    r"\s*,\s*(?:[a-z]+ly\s+)?(?:identified|named|listed|known)\s+(?:only\s+|so\s+far\s+)?as\s+"
    rf"{_NAME}(?:\s*,\s*{_NAME}){{0,8}}(?:,?\s+and\s+{_NAME})?\s*,"
)
ASIDE = (
    r"(?:\s*,\s*(?:including|among\s+them|among\s+whom|mostly|most\s+of\s+them)\s+[^,;.()]{1,80},"
    # "five civilians, two young girls among them, were killed": a counted part ("nine people, seven of
    # them children, were killed")
    rf"|\s*,\s*{_number(None)}\s+[^,;.()]{{0,60}}?\s*among\s+them\s*,"
    rf"|\s*,\s*{_number(None)}\s+of\s+(?:them|whom)\s+[^,;.()]{{1,40}},"
    # a breakdown set off by commas: "six people, four women and two soldiers, were wounded"
    rf"|\s*,\s*{_number(None)}\s+[^,;.()]{{1,40}}?\s+and\s+{_number(None)}\s+[^,;.()]{{1,40}}?,"
    r"|\s*(?:--|—|–)\s*[^-—–,;.()]{1,80}?\s*(?:--|—|–)|\s*\([^()]{1,80}\)"
    # (with no commas: "10 people including two children and 4 women were beheaded")
    # "three of its fighters, Hozan Qamishlo, Gule Halab, and Amed Afrin, had been killed": their names
    rf"|{NAMES_ASIDE}|{NAMED_ASIDE}"
    r"|\s+including\s+(?:(?!\b(?:where|when)\b)[^,;.()]){1,80}?"
    r"(?=\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|beheaded|murdered|shot|slain|"
    r"massacred|executed|wounded|injured)|died)\b))?"
)
# Pronouns of everyone in a group ("everyone inside was killed"): no count of one.
EVERYONE = re.compile(r"\b(?:everyone|everybody)\b", re.I)
EVERYONE_BEFORE = re.compile(r"\b(?:everyone|everybody|all)\s+$", re.I)
# The end of a plural noun ("soldiers", "men", "police"): no count of one.
PLURAL = r"(?:s|men|children|people|police|personnel|folk)"
# Not followed by an object: "an airstrike killed 16" is no count of one.
NO_OBJECT = rf"(?!\s+(?:{_number(None)}|the|his|her|their|its|him|them)\b)"
# Two groups joined ("ten militants and four civilians", "a woman and her child"): the second
# may be counted by a possessive alone (one person: "her child").
_GROUP = r"(?:[\w'’-]+\s+)?[\w'’-]+"
# a counted second group may take three words ("four women and two army intelligence agents were
# wounded"), none of them a preposition's or an article's ("five fled into the bush" is no group; "A-level
# students" is one), and its last word no verb in -ed ("killed 20 people and five fled": 20; a verb told
# further on, "and thousands fled south", is still taken for the group's noun)
_NOT_IN_GROUP = (
    r"(?!(?:in|into|onto|on|at|near|by|from|with|of|to|and|or|were|was|the|a|an|their|his|her)\b(?![-'’]))"
)
# nor a verb that opens a clause of its own (casualties.yaml's clause_verbs, put in by `patterns`: "killed
# 20 people and thousands fled south", "and 30 others sustained injuries")
_NOT_A_VERB = r"(?!(?:{clause_verbs})\b(?![-'’]))"
_COUNTED_WORD = rf"{_NOT_IN_GROUP}{_NOT_A_VERB}[\w'’-]+"
_COUNTED_GROUP = rf"(?:{_COUNTED_WORD}\s+){{0,2}}{_NOT_IN_GROUP}{_NOT_A_VERB}(?-i:(?![a-z]+ed\b))[\w'’-]+"
# a counted second group told as a part of a side ("four soldiers and two of the assailants")
_PART_OF = r"of\s+(?:the|their|its|his|her)\s+[\w'’-]+"
# a first group with a name or a demonym before its two words ("two Lebanese Hezbollah fighters"), perhaps
# after an adjective ("a key Taliban commander and five of his fighters", "a senior al-Shabaab commander")
_NAMED_GROUP = rf"(?:(?:(?-i:[a-z])[\w'’-]+\s+)?(?-i:(?:[a-z]{{2}}-)?[A-Z])[\w'’-]+\s+)?{_GROUP}"
# "of the District Reserve Guard (DRG)" after the first group: whose they are
# (or a participle's: "two Syrian guards working with the Lebanese group")
_OF_UNIT = (
    r"(?:\s+(?:of|from|[a-z]+ing\s+(?:with|for|alongside))\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,4}?[\w'’()-]+)?"
)
Count = tuple[int, tuple[int, int]]  # a count's value and its span
# a group counted before a coordinated pair, in a list: "ten soldiers, | two fighters and a civilian"
LISTED_BEFORE = re.compile(rf"\b{NUMBER}\s+{_GROUP}\s*,\s*$", re.I)


def _listed_before(text: str, start: int, total: int) -> tuple[int, int]:
    """The groups counted before a coordinated pair, in a list ("ten soldiers, two fighters and a
    civilian"; never "a family, killing the father and a son"): where the list starts, and its sum."""
    while (item := LISTED_BEFORE.search(text, 0, start)) and item.group("num").lower() not in ("a", "an"):
        start, total = item.start(), total + (number_value(item.group("num")) or 0)
    return start, total


# the groups counted after a first one, in a list: "killed four children|, three women and a man"; an item
# may be counted by a possessive ("killed a farmer, his wife and two children": one wife)
_OWNED = r"(?:his|her|their)\s+"
LISTED_AFTER = re.compile(
    rf",\s+(?:(?P<owned>{_OWNED})(?:{_number('owned_n')}\s+)?|{_number('n')}\s+)(?P<group>{_GROUP})(?=\s*,|\s+and\b)"
    rf"|,?\s+and\s+(?:(?P<last_owned>{_OWNED})(?:{_number('last_owned_n')}\s+)?|{_number('last')}\s+|(?P<one>a|an)\s+)"
    rf"(?P<last_group>{_GROUP})\b",
    re.I,
)


def _item_value(item: re.Match[str]) -> int | None:
    """How many one item of a list counts: its number, or one person a possessive counts ("his wife"; not
    "their children", no count)."""
    if item.group("one"):
        return 1
    told = next((item.group(g) for g in ("n", "owned_n", "last", "last_owned_n") if item.group(g)), None)
    if told is not None:
        return number_value(told)
    group = item.group("group") or item.group("last_group")
    return None if PLURAL_HEADS.search(group) else 1


# a source told between a list's commas, no item of it ("killed a farmer, his son said, and ...")
SAID = re.compile(r"\b(?:said|says|told)$", re.I)

# an auxiliary after a list's last group: the groups are the subject of a verb of their own
LIST_SUBJECT = re.compile(r"\b(?:were|was|are|is|had|have|has)\b", re.I)

# the words that finish a counted group before a list's comma: none a preposition, a verb's, a number
GROUP_REST = re.compile(rf"(?:\s+{_NOT_IN_GROUP}(?!(?:{_COUNT_WORD})\b|\d)[\w'’-]+){{1,2}}(?=,)", re.I)


def _listed_after(text: str, first: Count) -> Count:
    """A count followed by more groups in a list, with commas, that ends with "and" ("killed four
    children, three women and a man": 8); unchanged when the list does not end so."""
    # only a count its verb opens ("killed four children, ..."; not "23 rebels dead, 12 captured")
    lead = re.match(r"[A-Za-z]+", text[first[1][0] : first[1][1]])
    if lead is None or number_value(lead.group(0)) is not None:
        return first
    total, end, items = first[0], first[1][1], 0
    # (the rest of the first group's words, which its count's span may leave out: "killed an innocent| taco
    # vendor, three gunmen and one police officer")
    if (rest := GROUP_REST.match(text, end)) is not None:
        end = rest.end()
    while item := LISTED_AFTER.match(text, end):
        value = _item_value(item)
        closing = item.group("last_group") is not None  # the "and" item ends the list
        told = item.group(0).rstrip()
        if value is None or (closing and not items) or told.endswith("ed") or SAID.search(told):
            break  # a list has a comma ("killed 12 people and 30 wounded" is no list; "his son said" no item)
        total, end, items = total + value, item.end(), items + 1
        if closing:
            # (a clause of its own: "killed two militants overnight, two soldiers and a civilian were hurt")
            if LIST_SUBJECT.search(text[item.start("last_group") : end + 12]):
                return first
            # (a breakdown of the count, not more people: "killing at least five people, three PKK
            # suspects and two civilians among them", "killed six people, three women and three men")
            # (the last group's words may run into it: "two civilians among")
            parts = PARTS_AFTER.search(text, item.start(), end + 12) is not None
            # (a count of everyone, "six people", that the groups after it sum to)
            whole = total == 2 * first[0] and not _group(text, first[1])
            return first if parts or whole else (total, (first[1][0], end))
    return first


# after a list: the groups listed were a part of the count before them ("..., two civilians among them")
PARTS_AFTER = re.compile(r"\b(?:among|of)\s+(?:them|whom)\b", re.I)

# the words that join two groups of one count ("a soldier and two civilians", "the village head along with two
# of his sons", "the traditional ruler, <name>, together with three other residents")
_PAIRING = r"(?:and|as\s+well\s+as|(?:along|together)\s+with)"

COORDINATED = (
    # (not a place or a thing a preposition takes: "opened fire at the market and two people were killed")
    rf"(?:{_number('first')}|(?<!\bat\s)(?<!\bin\s)(?<!\bon\s)(?<!\bnear\s)(?<!\binto\s)(?<!\bfrom\s)"
    rf"(?<!\binside\s)(?<!\boutside\s)(?P<the>the))\s+(?P<one>(?!(?:dozen|hundred|thousand)\s+and\b)(?(the)(?:(?!(?:on|in|at|near|by|from|with|of|to)\b)[\w'’-]+\s+){{0,2}}[\w'’-]+|{_NAMED_GROUP})|(?:[\w'’-]+\s+){{2}}[\w'’-]+(?=\s+and\s+another\b)){_OF_UNIT}(?:{NAMES_ASIDE})?\s+{_PAIRING}\s+"
    rf"(?:(?P<owner>his|her|their)\s+)?(?:(?:another\s+(?!one\b))?{_number('second')}\s+|(?P<another>another)\s+(?!(?:one\s+)?(?:was|were|is|are|had|has|later)\b))?(?P<two>(?!(?:dozen|hundred|thousand)\b)(?(second)(?:{_COUNTED_GROUP}|{_PART_OF})|{_GROUP})){_OF_UNIT}"
    # "another" with a verb of its own is a second clause ("killed a child and another was wounded"; a
    # plural verb is the pair's: "a soldier and another civilian were killed")
    r"(?(another)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?!\s+(?:was|is|had|has|later)\b))"
    r"(?=[\s,.;]|$)"
)

# a verb right after a verb's object pair: its second group opens a clause of its own ("killed 20 people
# and thousands fled": 20 dead); not a participle that describes the group ("a civilian employed at the
# station", "two civilians trapped in a house", "a man named Ahmed")
# (casualties.yaml's clause_verbs, put in by `patterns` as in the counted group)
OWN_VERB = (
    r"(?!\s+(?:(?:also|later|then)\s+)?(?:(?:{clause_verbs})\b(?![-'’])|"
    r"(?!(?:named|called|identified|aged|believed)\b)(?-i:[a-z]+ed)"
    r"(?!\s+(?:by|at|in|inside|on|near|as|for|with|while|during|from|under)\b)\b))"
)


# the first group of a pair that a verb's passive ends is its subject, no verb's object ("shelling hit
# the town and three people were killed": three dead, not the town and three)
# nor a preposition's ("shot dead outside a pharmacy and her bodyguard wounded": one hurt)
# (a verb of saying before it opens the clause, casualties.yaml's saying_verbs: "police reported three
# soldiers and a civilian were killed")
NOT_AN_OBJECT = (
    r"(?:(?<!ed\s){saying})"
    r"(?<!\bhit\s)(?<!\bhits\s)(?<!\bstruck\s)(?<!\bstrikes\s)(?<!\bat\s)(?<!\bin\s)(?<!\bon\s)"
    r"(?<!\bnear\s)(?<!\binto\s)(?<!\bfrom\s)(?<!\binside\s)(?<!\boutside\s)(?<!\bof\s)(?<!\bto\s)(?<!\bby\s)"
    r"(?<!\bwith\s)"
)


@dataclass(frozen=True, eq=False)
class Patterns:
    """The count patterns, built from data/lexicon/casualties.yaml. Compared and hashed as the one
    object ``patterns`` makes per word set (a compiled pattern's hash reads its whole program: a
    value hash cost more than the cached parse it keys)."""

    fatal: tuple[re.Pattern[str], ...]
    injured: tuple[re.Pattern[str], ...]
    none_killed: re.Pattern[str]
    one_dead: re.Pattern[str]
    coordinated: tuple[re.Pattern[str], ...]
    coordinated_hurt: tuple[re.Pattern[str], ...]
    subset: re.Pattern[str]
    elsewhere: re.Pattern[str]
    campaign: re.Pattern[str]  # a campaign's toll: no event's count
    many_events: re.Pattern[str]  # many events' toll, unless told with a day or a town (counting)
    period: re.Pattern[str]  # a tally over a span up to now, no toll of the event told before (counts)
    since_frame: re.Pattern[str]  # a sentence opening on the time it counts from: its counts a span's toll
    combatants: re.Pattern[str]
    update: re.Pattern[str]
    earlier: re.Pattern[str]  # a count told as an earlier report's, since superseded
    as_many: re.Pattern[str]  # the hurt counted by the dead before them
    one_hurt: re.Pattern[str]  # one person told hurt with no number ("the driver was injured")
    other_died: re.Pattern[
        str
    ]  # one more dead after a count ("..., while the other succumbed to his wounds")
    joint: re.Pattern[str]  # the dead and the hurt counted together ("13 civilians were killed and wounded")
    joint_hint: re.Pattern[str]  # the two verbs joined, which ``joint`` needs (a quick test before it)
    # a word of death, which every pattern that counts the dead needs (fatal, coordinated, one_dead,
    # AMONG_DEAD), and one of hurt, which those of the hurt need: quick tests before them (most clauses
    # count nothing)
    death_hint: re.Pattern[str]
    hurt_hint: re.Pattern[str]


# a count of people told through what others say of it ("three people are said to have been killed", "ten
# villagers are feared to be dead", "five people were reported to have died"): the verb after it tells what
# befell them
HEDGED = (r"(?:(?:said|reported|believed|feared|thought|known|confirmed|understood|presumed)\s+to\s+"
          r"(?:have\s+(?:been\s+)?|be\s+))")  # fmt: skip


def _joint(before: str) -> str:
    """Lookbehinds for a verb of the other kind joined to this one ("killing and wounding 13", "kill,
    injure 13"): one count of the dead and the hurt together, neither's alone."""
    verbs = ("killing", "killed", "kills", "kill", "wounding", "wounded", "injuring", "injured", "injure")
    return "".join(rf"(?<!\b{v}{j})" for v in verbs for j in (" and ", " or ", ", ") if v not in before)


# a wound told as fatal is a death ("fatally injuring one of the officers"), no count of the hurt
NOT_FATALLY = r"(?<!\bfatally\s)(?<!\bmortally\s)"


def _counts(
    verb_after: str, verb_before: str, nouns: str, tail: str, toll: str | None, other: str
) -> tuple[re.Pattern[str], ...]:
    """The count patterns of one kind; ``toll``: the words that update a death toll (the dead's
    patterns only); ``other``: the verbs after a count of the other kind (the hurt's for the dead's):
    "13 civilians were killed and wounded" counts the dead and the hurt together, neither alone."""
    # (a first verb of the same deed before it, "were shot and killed"; never the other kind's)
    joined_first = rf"(?:(?!(?:{other})\b)[a-z]+(?:ed|en|t)\s+and\s+)?"
    # (nor the other kind's verb after it: "were killed and wounded", "were killed, injured or captured")
    not_joint = rf"(?!\s*(?:,|\s(?:and|or))\s*(?:{other})\b)"
    patterns = (
        # "three individuals were killed", "12 people dead", "a 67-year-old man died", "two
        # civilians were shot and killed"; not "an airstrike killed 16": an active verb with
        # its object after it
        re.compile(
            rf"\b{NUMBER}\s+{PERSON}{OF_GROUP}{ALSO_NAMED}{ASIDE}"
            # (an adverb inside the perfect: "had earlier been reported killed"; "were confirmed dead")
            rf"\s+(?:(?:were|was|(?:have|has|had)\s+(?:(?:earlier|already|since|\w+ly)\s+)?been|"
            rf"are|is|reportedly|reported|feared|believed|presumed|confirmed|also|later|[a-z]+ly)\s+){{0,2}}"
            rf"{HEDGED}?{joined_first}"
            rf"{NOT_FATALLY}(?:{verb_after})\b"
            rf"{NO_OBJECT}{not_joint}",
            re.I,
        ),
        # "killing three", "injuring three individuals", "killed the two occupants"
        # ("injured at least another 16", "wounding another three": more people, of this kind)
        re.compile(
            rf"\b(?=(?:{verb_before})\b){NOT_FATALLY}{_joint(verb_before)}(?!left\b){verb_before}\s+(?:at\s+least\s+|the\s+)?(?:another\s+)?{NUMBER}"
            # (a span of time is no count: "died of his wound two days later", "killed two days ago")
            rf"(?![\s-]+{_SPAN}\b)(?:\s+{PERSON})?\b",
            re.I,
        ),
        # "two of the attackers were killed", "two of them died"; never "four of the people
        # killed were fishermen" (a part of a count told before)
        re.compile(
            rf"\b{NUMBER}\s+of\s+(?:them|(?:the|its|their|our|his|her)\s+[\"“]?[\w'’-]+(?:\s+[\w'’-]+)?[\"”]?)"
            rf"(?:{NAMES_ASIDE})?\s+"
            rf"(?:(?:(?:were|was|have\s+been|"
            rf"has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|later\s+|confirmed\s+)?{verb_after})"
            + (r"|(?:later\s+)?(?:died|perished))\b" if toll else r")\b"),
            re.I,
        ),
        # "stabbed two police officers and killed them": the count told with the first verb
        re.compile(rf"\b{NUMBER}\s+{PERSON}\s+and\s+(?:then\s+|later\s+)?(?:{verb_before})\s+them\b", re.I),
        # "left two dead" (and never "left a woman homeless")
        re.compile(rf"\bleft\s+{NUMBER}(?:\s+{PERSON}(?:\s+and\s+{PERSON})?)?\s+{tail}\b{not_joint}", re.I),
        # "one fatality", "12 deaths", "resulting in one fatality", "three injuries"
        # (never across "and": "killed two and wounded another")
        # (never a state: "the attackers fled in an injured condition")
        # (nor a toll's noun: "which may lead to a higher death toll")
        re.compile(
            rf"\b{NUMBER}\s+(?:(?!(?:and|or)\b)[\w-]+['’]?\s+)?{NOT_FATALLY}(?:{nouns})\b{NO_OBJECT}{not_joint}"
            r"(?!\s+(?:condition|state|toll|tally)\b)",
            re.I,
        ),
        # "resulting in the death of a bystander", "leading to the deaths of three people" (or the verb's
        # noun: "clashes that led to the killing of 20 militants")
        re.compile(
            rf"\b(?:resulting\s+in|result(?:ed|s)?\s+in|leading\s+to|led\s+to|causing|caused)\s+the\s+"
            rf"(?:{nouns}|(?=[a-z]+ing\b)(?:{verb_before}))\s+of\s+{NUMBER}\b",
            re.I,
        ),
    )
    if not toll:
        return patterns
    # "hacked at least 22 civilians to death", "beat two protesters to death"
    # ("hacked to death 12 villagers"; never "beaten to death two days after")
    by_hand = r"\b(?:hack|stab|beat|burn|tortur|club|ston|bludgeon|shot|shoot)\w*\s+"
    to_death = re.compile(rf"{by_hand}{NUMBER}\s+{PERSON}{OF_GROUP}\s+to\s+death\b", re.I)
    death_first = re.compile(rf"{by_hand}to\s+death\s+(?:at\s+least\s+)?{NUMBER}\s+{PERSON}\b", re.I)
    # "the death toll rose to 12", "the death toll from Friday's suicide bombing on the beach has
    # risen to 37"
    told = rf"(?:from|of|in)\s+[^.;:]{{1,100}}?\s+(?:has\s+|had\s+)?(?:{toll})\s+"
    passive = rf"(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:{toll})\s+"
    return (
        *patterns,
        to_death,
        death_first,
        # ("the death toll has since risen to six")
        # ("the toll was later revised upward to 20")
        re.compile(
            rf"\b(?:death|casualty|injury)?\s*toll\s+(?:{told}|{passive}|(?:\w+\s+){{0,4}}?){NUMBER}\b", re.I
        ),
        # "The number of people killed in attacks in X has risen to 7": the toll, told by its noun
        re.compile(
            rf"\bnumber\s+of\s+(?:[\w'’-]+\s+){{0,2}}?(?:killed|dead|deaths|fatalities)\s+"
            rf"(?:[^.;:]{{1,100}}?\s+)?(?:has\s+|had\s+)?(?:{toll})\s+(?:at\s+least\s+)?{NUMBER}\b",
            re.I,
        ),
    )


@lru_cache(maxsize=4)
def patterns(words: CasualtyWords) -> Patterns:
    killed, hurt = words.killed_after, words.hurt_after
    # (each verb of saying a lookbehind of its own: they differ in length)
    verbs = words.saying_verbs.removeprefix("(?:").removesuffix(")").split("|")
    saying = "".join(rf"|(?<=\b{verb}\s)" for verb in verbs)
    # a pair of groups, the passive's auxiliary and adverbs, up to the verb that tells what befell them
    coordinated = COORDINATED.replace("{clause_verbs}", words.clause_verbs)
    own_verb = OWN_VERB.replace("{clause_verbs}", words.clause_verbs)
    pair_told = (rf"{NOT_AN_OBJECT.replace('{saying}', saying)}\b{coordinated}{ASIDE}\s+"
                 rf"(?:(?:were|are|have\s+been|had\s+been|reportedly|also|\w+ly)\s+){{0,3}}"
                 rf"{HEDGED}?")  # fmt: skip
    return Patterns(
        fatal=_counts(
            killed, words.killing_before, words.death_nouns, "dead", toll=words.update_words, other=hurt
        ),
        injured=_counts(
            hurt, words.hurting_before, words.injury_nouns, "(?:injured|wounded)", toll=None, other=killed
        ),
        none_killed=NONE_KILLED,
        # One person named without a number: "the victim died in hospital", "the driver was
        # killed", "Guliso city Mayor was killed", "the governor has been killed", "stabbed him to
        # death" (one dead).
        one_dead=re.compile(
            r"\b(?:(?:(?i:the|a|an|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:,\s+[^,.;()]{1,80},)?\s+(?:was|has\s+been)"
            r"|(?:He|She))\s+"
            r"(?:(?:\w+ly|also|later|then|subsequently|reportedly|allegedly)\s+)?"
            r"(?:(?:found\s+)?(?:[a-z]+(?:ed|en)|shot|beat)\s+and\s+(?:later\s+|then\s+|subsequently\s+)?)?"
            rf"(?i:{words.one_death})\b"
            # (never a plural: "The officers died at 6am" after "Four policemen lost their lives")
            # ("Another victim died on Saturday": one more)
            r"|\b(?i:the|a|an|his|her|their|another)\s+(?:(?!(?i:who|which|that)\b)[\w'’-]+\s+){0,2}?"
            r"(?!(?i:who|which|that|[\w'’-]*(?:[^\Ws]s|men|children|people|police|personnel|folk))\b)[\w'’-]+"
            # (the place the person was of, and what befell them before, set off by commas: "a 53-year-old
            # resident of Kherson, who had been injured the previous afternoon in a drone attack, died")
            r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s*,\s+who\s+[^,.;()]{1,150},)?\s+"
            r"(?:(?:\w+ly|also|later|then|subsequently|reportedly)\s+)?(?:died|succumbed)\b"
            r"|\b(?i:killed|murdered|assassinated|executed|beheaded|lynched)\s+(?:him|her)\b"
            # a clause that opens on the relative pronoun of one person and ends on the death ("..., who had
            # been injured in a drone attack on the city, died in hospital": its clause counts one dead)
            r"|^\s*who\s+(?:was|has|had)\s+[^,.;()]{1,150},\s+(?:(?:later|then|subsequently)\s+)?"
            r"(?:died|succumbed)\b"
            # "whose dead body was found", "the body of a man was found": one dead
            r"|\b(?i:dead\s+body|(?:the\s+)?body\s+of\s+(?:a|an|the|one)\b)"
            # "..., killing the soldier": one person named again
            rf"|\b(?i:{words.killing_one})\s+(?i:the|his|her|its|their)\s+"
            rf"(?:(?!(?i:[\w'’-]*{PLURAL}|were|was|is|are|had|has)\b)[\w'’-]+\s+){{0,2}}?"
            rf"(?!(?i:[\w'’-]*{PLURAL})\b)[\w'’-]+"
            r"(?=\s*(?:[,.;]|$)|\s+(?i:in|at|on|and|who|with|near|inside|outside)\b)"
            # "shot dead nine-year-old Ayat Mohammed Hazaa", "killed 23 year old Ahmed": one person, by name
            rf"|\b(?i:{words.killing_one})\s+(?:[\w-]+-year-old|\d+\s+years?\s+old)\s+(?-i:[A-Z][a-z]+)\b(?!\s+[a-z]+s\b)"
            r"|\b(?i:stabbed|beat|beaten|hacked|shot|tortured|clubbed|stoned|burned)\s+"
            r"(?:him|her|(?i:a|an|the|one)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:to\s+death|dead)\b"
        ),
        # "Ten militants and four civilians were killed", "a woman and her child were killed",
        # "killing a soldier and two civilians", "killed a father and his two sons": one count
        # of several groups, summed.
        coordinated=(
            re.compile(
                # (a part set aside after them: "12 soldiers and seven civilians, a child among them, died")
                # ("were ambushed and killed": a first verb of the same deed before it, not a wounding)
                rf"{pair_told}(?:(?!(?:wounded|injured)\b)[a-z]+ed\s+and\s+)?{killed}\b",
                re.I,
            ),
            # never "left a woman and her child homeless"; "left two soldiers and a civilian dead"
            # (nor a second group with a verb of its own, a second clause: "killed 20 people and
            # thousands fled", "killed a soldier and two others were wounded")
            re.compile(rf"\b(?!left\b)(?:{words.killing_before})\s+{coordinated}{own_verb}", re.I),
            re.compile(rf"\bleft\s+{coordinated}\s+dead\b", re.I),
        ),
        # "a further eight police and 12 insurgents were wounded", "wounding a soldier and two civilians"
        coordinated_hurt=(
            re.compile(rf"{pair_told}(?:{hurt})\b", re.I),
            re.compile(
                rf"\b{NOT_FATALLY}(?!left\b)(?:{words.hurting_before})\s+{coordinated}{own_verb}", re.I
            ),
        ),
        subset=re.compile(rf"\b{words.subset_words}\b", re.I),
        elsewhere=re.compile(rf"\b{words.elsewhere}\b", re.I),
        campaign=re.compile(rf"\b{words.campaign_toll}\b", re.I),
        many_events=re.compile(rf"\b{words.many_events_toll}\b", re.I),
        period=re.compile(rf"\b{words.period_tally}\b", re.I),
        since_frame=re.compile(words.since_frame, re.I),
        combatants=re.compile(rf"\b{words.combatants}\b", re.I),
        update=re.compile(rf"\b{words.update_words}\s+(?:at\s+least\s+|about\s+|around\s+)?{NUMBER}", re.I),
        earlier=re.compile(rf"\b{words.earlier_words}\b", re.I),
        # "one person was killed and another injured", "four died and as many were left injured"
        # ("killing two and wounding another": one more, hurt)
        # "13 civilians have been killed and wounded", "killing and wounding 13": the dead and the hurt in one
        # count (not "killed, injured or captured", which tells none dead for certain)
        joint=re.compile(
            rf"\b{NUMBER}\s+{PERSON}{OF_GROUP}{ASIDE}\s+(?:(?:were|was|(?:have|has|had)\s+been|reportedly|\w+ly)\s+)"
            rf"{{0,2}}(?:{killed})\s+and\s+(?:{hurt})\b(?!\s*(?:,|\bor\b))"
            rf"|\b(?:{words.killing_before})\s+and\s+(?:{words.hurting_before})\s+(?:at\s+least\s+)?{_number('n')}",
            re.I,
        ),
        joint_hint=re.compile(
            rf"\b(?:{killed}|{words.killing_before})\s+and\s+(?:{hurt}|{words.hurting_before})\b", re.I
        ),
        # (each alternative a word some pattern above cannot match without: a verb or a noun of the word
        # lists, "left ... dead", "to death", the "toll", the "number of" dead, the "body" of one dead; each
        # opens a word there, after a space or at a word's boundary)
        death_hint=re.compile(
            rf"\b(?:{killed}|{words.killing_before}|{words.death_nouns}|{words.one_death}|{words.killing_one}"
            r"|died|perished|succumbed|murdered|assassinated|executed|beheaded|lynched|dead|death|body|left"
            r"|(?:death|casualty|injury)?\s*toll|number)",
            re.I,
        ),
        hurt_hint=re.compile(
            rf"\b(?:{hurt}|{words.hurting_before}|{words.injury_nouns}|injured|wounded)", re.I
        ),
        as_many=re.compile(
            rf"\b(?:and|while)\s+(?:(another)|as\s+many)\s+(?:(?:others?|people|were|was|left|also|"
            rf"critically|seriously|badly|slightly)\s+){{0,3}}(?:{hurt})\b"
            rf"|\b(?:and|while)\s+(?:{words.hurting_before})\s+(another|one\s+other)"
            r"(?=\s*[,.;]|\s+(?:in|on|at|and|with|who|person|man|woman|soldier|civilian)\b|$)"
            # "killing at least 10 police and wounding another three": that many more, hurt
            rf"|\b(?:and|while)\s+(?:{words.hurting_before})\s+another\s+{_number('more')}\b",
            re.I,
        ),
        # "one soldier was martyred at the scene while the other succumbed to his wounds", "1 soldier martyred
        # at scene, another succumbs to wounds": one more dead, told after the count in the clause
        # ("..., while another two people later died in hospital": that many more)
        other_died=re.compile(
            r"[^.;:]{0,60}?(?:,|\s(?:and|while|whereas|but))\s+(?:(?:the\s+other|another)"
            rf"(?:\s+{_number('more')})?|{_number('counted')}\s+(?:more|others))(?:\s+(?:one|people|persons|others?))?\s+"
            r"(?:(?:\w+ly|later|also|then)\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+)?"
            rf"(?:{words.one_death}|dies|succumbs)\b",
            re.I,
        ),
        # "the driver was injured", "was shot dead and her bodyguard wounded": one, as one_dead reads
        # (not "hurt": "the economy was hurt"; not "neither the driver nor ... was injured"; not an
        # agent, "and the army wounded civilians"; not one who then died: "... and later died")
        one_hurt=re.compile(
            r"(?<!\bneither\s)(?<!\bnor\s)(?<!\bno\s)"
            r"\b(?:(?i:the|a|an|his|her|their)|(?<=\band\s)(?P<and>(?i:his|her|their|the)))\s+"
            rf"(?:(?!(?i:[\w'’-]*{PLURAL}|were|was|is|are|had|has|and|or|nor|\d+|{_COUNT_WORD})\b)[\w'’-]+\s+){{0,2}}?"
            rf"(?!(?i:[\w'’-]*{PLURAL}|were|was|is|are|\d+|{_COUNT_WORD})\b)[\w'’-]+\s+"
            r"(?:(?:was|has\s+been)\s+(?:(?:\w+ly|also|later|reportedly)\s+)?|(?(and)|(?!)))"
            rf"{NOT_FATALLY}(?i:injured|wounded)\b"
            r"(?(and)(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|by|outside|inside|near|during|when|while|as|late|early|"
            r"earlier|later|overnight|yesterday|today|last|this)\b))"
            r"(?![^.;]*\b(?:died|succumbed)\b)"
            # a person told by name ("Debuton was killed and Malbas was wounded in the attack"): one
            r"|\b(?!(?:The|A|An|This|That|It|There)\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+was\s+"
            r"(?:(?:\w+ly|also|later|reportedly)\s+)?(?i:injured|wounded)\b(?![^.;]*\b(?:died|succumbed)\b)"
        ),
    )


NONE_KILLED = re.compile(
    r"\b(?:no(?:body|\s+one)\s+(?:was|were|has\s+been)\s+(?:killed|hurt|harmed|injured|wounded)"
    r"(?:\s+or\s+(?:killed|hurt|harmed|injured|wounded))?|"
    r"no\s+(?:casualties|victims|fatalities|deaths|injuries|one\s+died)|without\s+casualties|"
    r"caused\s+no\s+casualties|no\s+reports?\s+of\s+(?:casualties|injuries|deaths))",
    re.I,
)


def _everyone(text: str, match: re.Match[str]) -> bool:
    """One dead told of everyone in a group ("everyone inside was killed"), in its words or right before."""
    return bool(EVERYONE.search(match.group(0)) or EVERYONE_BEFORE.search(text, 0, match.start()))


# how far after the words of an earlier report its count may stand ("an earlier report had put the death
# toll at seven"; not "12 were killed, up from an earlier toll of seven", whose count is the first)
EARLIER_REACH = 60


def _told_as_earlier(text: str, count: Count | None, p: Patterns) -> bool:
    return count is not None and any(
        0 <= count[1][0] - m.end() <= EARLIER_REACH for m in p.earlier.finditer(text, 0, count[1][0])
    )


def default_patterns() -> Patterns:
    from events.extraction.lexicon import load_lexicon

    return patterns(load_lexicon().casualties)


@dataclass(frozen=True)
class Casualties:
    fatalities: int | None
    injuries: int | None
    fatal_span: tuple[int, int] | None = None
    injury_span: tuple[int, int] | None = None
    aggregate: bool = False  # a toll of a war or a campaign, not of one event
    fatal_group: str = ""  # whose deaths the count is of ("soldier", "militant"; "" when general)
    update: bool = False  # told as an update of an earlier count ("the toll rose to 23")
    earlier: bool = False  # told as an earlier report's, since superseded ("an earlier report had put ...")
    more: bool = False  # the dead told as more than those counted before ("killed three more")
    hurt_more: bool = False  # the hurt told so ("A civilian was also wounded")
    part: bool = False  # the dead told as a part of an event's ("two children were among the dead")
    party: str = ""  # the kinds of party the groups are (actor_types.yaml keys: "rebels"), set by counts
    vague: bool = False  # the dead counted by a vague word ("dozens of civilians were killed")
    hurt_vague: bool = False  # the hurt counted so ("several others were wounded")
    hurt_part: bool = False  # one person told hurt with no number ("Malbas was wounded"), one of them
    claimed: bool = False  # the dead told as the killers' own claim ("the group said it had killed 30")
    # the dead of groups told as a part of a figure of everyone ("Three people were killed" ... "two security
    # guards were killed"), so that more of them told after ("one soldier was also killed") fill that figure
    # before they add to it (set by counts.combine)
    within: int = 0
    of_hurt: bool = False  # the dead told as some of the hurt told before ("One of the wounded later died")
    above: bool = False  # the dead counted by a bound they exceed ("more than 40 people were killed")


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


CLAUSE_BREAK = re.compile(r"[;.]|,\s*(?:and|while|but|as)\b", re.I)


# the wounded or dead someone was seen handling, told in the progressive ("He was loading two injured
# protesters into an ambulance"): people seen, not a count of the event's hurt (not "Ambulances carried
# 25 wounded to the hospital", "treating 30 wounded")
HANDLED = re.compile(r"\b(?:was|were|is|are|been)\s+(?:loading|carrying)\s+(?:the\s+)?$", re.I)
# "was among those killed and more than 30 others were injured": the "among" phrase closed before the count
AMONG_DONE = re.compile(
    r"\s+(?:those|the)\s+(?:\w+\s+){0,2}?(?:killed|dead|injured|wounded|hurt|victims)\s+and\b", re.I
)


NO_BEFORE = re.compile(r"\bno\s*$", re.I)
AMONG_THE_DEAD = re.compile(r"\bamong\s+the\s+(?:dead|injured|wounded|victims)", re.I)


def _first(found: tuple[re.Pattern[str], ...], subset: re.Pattern[str], text: str) -> Count | None:
    best: Count | None = None
    for pattern in found:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 25) : match.start()]
            # "including 11 children", "among them two children"; not "two children among
            # them, and injuring 30 others" (a clause of its own after the comma)
            if any(not CLAUSE_BREAK.search(before[m.end() :]) and not AMONG_DONE.match(before, m.end())
                   for m in subset.finditer(before)) or NO_BEFORE.search(before):  # fmt: skip
                continue
            if AMONG_THE_DEAD.search(text[match.end() : match.end() + 30]):
                continue
            if HANDLED.search(before):
                continue  # "loading two injured protesters into an ambulance": a scene, not the toll
            value = number_value(match.group("num"))
            if value is None:
                continue
            if value >= AGGREGATE:
                return (value, (-1, -1))
            if best is None or match.start() < best[1][0]:
                best = (value, match.span())
            break
    return best


TOLL_REACH = 200  # characters around an event word where a toll that holds it is looked for
TOLL_SUBJECT = re.compile(r"[^,;:.!?]{0,60}")  # between a toll's subject and its verb: no clause break


def toll_told(text: str, start: int, end: int) -> bool:
    """The span [start, end) of ``text`` tells a campaign's or a month's toll ("... have been
    killed this month alone"), read as written: time expressions are blanked before counts are
    read. Only the toll's own words and its subject: "killed four soldiers, bringing to eight the
    number killed this month" still tells its first killing."""
    pattern = default_patterns().campaign
    window = pattern.finditer(text, max(0, start - TOLL_REACH), min(len(text), end + TOLL_REACH))
    # the toll's words, or its subject ("Attacks by separatists have killed eight soldiers this month")
    return any(
        (m.start() <= start and end <= m.end())
        or (end <= m.start() and TOLL_SUBJECT.fullmatch(text, end, m.start()) is not None)
        for m in window
    )


def parse_casualties(text: str, found: Patterns | None = None) -> Casualties:
    """Counts reported in one sentence or clause (none when they belong elsewhere, or
    when a count is a war's or a campaign's toll)."""
    return _parse(text, found or default_patterns())


# two groups joined, which every coordinated pattern holds (COORDINATED): a quick test before them
PAIRED = re.compile(rf"\s{_PAIRING}\s", re.I)

# "How many suspected criminals were killed ... was unclear", "how many of the 30 attackers were killed":
# a question, no count (up to the clause's end)
HOW_MANY = re.compile(r"\bhow\s+many\b[^,;.]*", re.I)


@lru_cache(maxsize=4096)
def _parse(text: str, p: Patterns) -> Casualties:
    text = HOW_MANY.sub(lambda m: " " * len(m.group(0)), text)  # blanked: the spans stay
    text = FAMILY_OF.sub(lambda m: f"{m.group('n')} {m.group('unit')}".ljust(len(m.group(0))), text)
    if p.elsewhere.search(text):
        return Casualties(None, None)
    if p.campaign.search(text) or p.since_frame.match(text):
        return Casualties(None, None, aggregate=True)
    # (a pattern runs only where the text has the words it needs: most clauses count nothing)
    death, hurting = p.death_hint.search(text) is not None, p.hurt_hint.search(text) is not None
    paired = PAIRED.search(text) is not None
    dead_pairs = p.coordinated if death and paired else ()
    hurt_pairs = p.coordinated_hurt if hurting and paired else ()
    fatal = _first(p.fatal, p.subset, text) if death else None
    hurt = _first(p.injured, p.subset, text) if hurting else None
    # "Two wounded soldiers later died in hospital": the hurt who died, dead (told as "two of the wounded")
    hurt_died = HURT_DIED.search(text) if death and hurting else None
    if hurt_died is not None and (fatal is None or hurt_died.start() <= fatal[1][0]):
        value = number_value(hurt_died.group("num"))
        fatal = (value, hurt_died.span()) if value is not None else fatal
    if hurt_died is not None and hurt is not None and hurt_died.start() <= hurt[1][0] < hurt_died.end():
        hurt = _first(p.injured, p.subset, text[: hurt_died.start()] + " " * len(hurt_died.group(0))
                      + text[hurt_died.end() :])  # fmt: skip
    if fatal is not None and p.update.search(text) and (toll := _first(p.fatal[-2:], p.subset, text)):
        fatal = toll  # "Two of the injured later died in hospital, bringing the death toll to nine": nine
    if any(found is not None and found[1] == (-1, -1) for found in (fatal, hurt)):
        return Casualties(None, None, aggregate=True)
    joined = ""
    for both in (m for pattern in dead_pairs if (m := pattern.search(text))):
        if fatal is None or both.start() <= fatal[1][0] < both.end():
            first, second = _coordinated_counts(both)
            if first is not None and second is not None:
                start, total = _listed_before(text, both.start(), first + second)
                fatal = (total, (start, both.end()))
                # whose: both groups ("three soldiers and two guardsmen": soldier+guardsmen), so
                # that a later count of one of them is read as a part of this one
                groups = [_group(text, both.span(g)) for g in ("one", "two")]
                joined = joined_groups(*groups) if start == both.start() and all(groups) else ""
                break
    if fatal is not None and fatal[1][0] >= 0 and not joined:
        fatal, joined = _joined_count(p.fatal, text, fatal)
    if fatal is not None and fatal[1][0] >= 0 and not joined:
        fatal = _listed_after(text, fatal)
    if fatal is not None and fatal[1][0] >= 0 and (other := p.other_died.match(text, fatal[1][1])):
        told = other.group("more") or other.group("counted")  # ("and two more died later in hospital")
        more = number_value(told) if told else 1
        fatal = (fatal[0] + (more or 1), fatal[1])  # (its span the count's: whose dead they are)
    # (never "everyone inside was killed": all of them, no count of one)
    if (
        fatal is None
        and death
        and (one := next((m for m in p.one_dead.finditer(text) if not _everyone(text, m)), None))
    ):
        fatal = (1, one.span())
    # the dead and the hurt counted together: the count of the dead, as ACLED reads it, unless a figure of
    # the dead alone is told beside it (a vague count's rule, combine)
    joint = (
        fatal is None
        and death
        and hurting
        and p.joint_hint.search(text) is not None
        and (together := p.joint.search(text)) is not None
    )
    if joint and (value := number_value(together.group("num") or together.group("n"))) is not None:
        fatal = (value, together.span())
    # "killing at least 12 of them", "two of the attackers were killed": a part of the people
    # told before, as much as "two children were among the dead"
    partitive = fatal is not None and (
        PARTITIVE.match(text, fatal[1][1]) or PARTITIVE_COUNT.match(text, fatal[1][0])
    )
    # whose part: "six of the attackers" are attackers (not a part of "ten villagers")
    of_whom = _group(text, partitive.span("whom")) if partitive and partitive.group("whom") else ""
    # "One of the wounded later died in hospital": one more dead, from among the hurt told before
    of_hurt = (
        fatal is not None
        and fatal[1][0] >= 0
        and (
            OF_HURT.match(text, fatal[1][0]) is not None
            or (hurt_died is not None and fatal[1] == hurt_died.span())
        )
    )
    part = (bool(partitive) and not of_hurt) or (
        fatal is None and death and (fatal := _among_dead(text)) is not None
    )
    for both in (m for pattern in hurt_pairs if (m := pattern.search(text))):
        if (hurt is None or both.start() <= hurt[1][0] < both.end()) and (
            fatal is None or both.end() <= fatal[1][0] or fatal[1][1] <= both.start()
        ):  # (not a pair that holds the dead: "left one officer dead and three people wounded")
            first, second = _coordinated_counts(both)
            if first is not None and second is not None:
                hurt = (first + second, both.span())
                break
    if hurt is None and hurting and fatal is not None and (more := p.as_many.search(text, fatal[1][1])):
        # "and another injured", "as many were hurt", "and wounding another"
        counted = number_value(more.group("more")) if more.group("more") else None
        hurt = (counted or (1 if more.group(1) or more.group(2) else fatal[0]), more.span())
    hurt_part = False
    if hurt is None and hurting and (one := p.one_hurt.search(text)):
        hurt, hurt_part = (1, one.span()), True
    none = p.none_killed.search(text)
    if none is not None:  # "No one was killed": not "one ... killed"
        fatal, hurt = (None if f is not None and f[1][0] < none.end() and none.start() < f[1][1] else f
                       for f in (fatal, hurt))  # fmt: skip
    fatalities = fatal[0] if fatal else None
    injuries = hurt[0] if hurt else None
    if none:
        phrase = none.group(0).lower()
        kills, hurts = re.search(r"killed|died|deaths|fatalities", phrase), re.search(r"injur|wound", phrase)
        if fatalities is None and (kills or not hurts):
            fatalities = 0  # "no one was hurt/harmed" covers the dead too
        if injuries is None and (hurts or not kills):
            injuries = 0
        if "casualties" in phrase or "victims" in phrase:
            fatalities = 0 if fatalities is None else fatalities
            injuries = 0 if injuries is None else injuries
    return Casualties(
        fatalities,
        injuries,
        fatal[1] if fatal else None,
        hurt[1] if hurt else None,
        fatal_group=joined or of_whom or (_group(text, fatal[1]) if fatal and not part else ""),
        update=p.update.search(text) is not None,
        earlier=_told_as_earlier(text, fatal or hurt, p),
        of_hurt=of_hurt,
        more=fatal is not None
        and (
            of_hurt
            or (fatal[1][0] >= 0 and ANOTHER_BEFORE.search(text, 0, fatal[1][0]) is not None)
            or (fatal[1][0] >= 0 and text[fatal[1][0] : fatal[1][0] + 8].lower().startswith("another "))
            or ((m := MORE.search(text, fatal[1][0])) is not None and m.start() < fatal[1][1])
            # (a vague count told as more is no figure to add: "Several policemen were also hurt")
            or (
                fatal[1][0] >= 0
                and ALSO.search(text, *fatal[1]) is not None
                and VAGUE.search(text, *fatal[1]) is None
            )
        ),
        hurt_more=hurt is not None
        and hurt[1][0] >= 0
        and (
            MORE_HURT.search(text, *hurt[1]) is not None
            or ANOTHER_BEFORE.search(text, 0, hurt[1][0]) is not None
        )
        and VAGUE_HURT.search(text, *hurt[1]) is None,
        vague=fatal is not None
        and fatal[1][0] >= 0
        and (joint or VAGUE.search(text, fatal[1][0], fatal[1][1]) is not None),
        above=fatal is not None and fatal[1][0] >= 0 and ABOVE.search(text, *fatal[1]) is not None,
        hurt_vague=hurt is not None and VAGUE_HURT.search(text, hurt[1][0], hurt[1][1]) is not None,
        hurt_part=hurt_part and injuries == 1,
        claimed=fatal is not None
        and fatal[1][0] >= 0
        and DOER_CLAIM.search(text, max(0, fatal[1][0] - 60), fatal[1][0]) is not None,
        # one person told dead with no number ("a former police official was killed", a name):
        # one of an event's dead, as "two children were among the dead" is
        part=part
        or (
            fatal is not None
            and fatal[0] == 1
            and fatal[1][0] >= 0
            and not ONE_TOLD.search(text, fatal[1][0], fatal[1][1])
        ),
    )


# the killers' own word on their kills, right before the count ("the group said it had killed 30 conscripts")
DOER_CLAIM = re.compile(
    r"\b(?:said|says|claimed|claims|claiming)\s+(?:that\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:\w+ly\s+)?$",
    re.I,
)


# the words of a vague count ("dozens", "several hundred"), read as ACLED's round figures
VAGUE = re.compile(r"\b(?:dozens?|scores|hundreds|thousands|millions|several|many|few)\b", re.I)
# (not "as many": "four died and as many were left injured" is four, nor "as many as 20")
VAGUE_HURT = re.compile(rf"(?<!\bas\s){VAGUE.pattern}", re.I)
# a count told as a bound the dead exceed ("more than 40", "over 40"), not a figure of them
ABOVE = re.compile(rf"\b(?:more\s+than|over|upwards\s+of)\s+{_number(None)}", re.I)
# a count of one told as a number ("one soldier", "1 killed"), not as a person ("a soldier", a name)
ONE_TOLD = re.compile(r"\b(?:one|1|single|lone)\b", re.I)


# "two children and five women were among those killed", "Among the dead were three
# soldiers": a part of the dead, the count of an event told with no other (at least that many)
_AMONG_DEAD = r"among\s+(?:the|those)\s+(?:dead|killed)"  # not "victims": often the wounded
AMONG_DEAD = re.compile(
    rf"\b{NUMBER}\s+{PERSON}(?:\s+and\s+{_number('second')}\s+{PERSON})?\s+(?:were|was)\s+(?:also\s+)?"
    rf"{_AMONG_DEAD}\b|\b{_AMONG_DEAD}\s+(?:were|was)\s+{_number('then')}\s+{PERSON}"
    rf"(?:\s+and\s+{_number('after')}\s+{PERSON})?",
    re.I,
)


OF_HURT = re.compile(rf"{NUMBER}\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt)\b", re.I)
# the hurt told as dying ("Two wounded soldiers later died", "three injured people succumbed")
HURT_DIED = re.compile(
    rf"\b{NUMBER}\s+(?:(?:seriously|critically|badly|gravely)\s+)?(?:wounded|injured)\s+(?:{PERSON}\s+)?"
    r"(?:(?:later|subsequently|also|then)\s+)?(?:died|succumbed)\b",
    re.I,
)
PARTITIVE = re.compile(r"\s+of\s+(?:them|those|(?:the|these)\s+[\"“‘']?(?P<whom>[\w'’-]+))\b", re.I)
PARTITIVE_COUNT = re.compile(rf"{NUMBER}{PARTITIVE.pattern}", re.I)


def _among_dead(text: str) -> Count | None:
    match = AMONG_DEAD.search(text)
    if match is None:
        return None
    values = [number_value(match.group(g)) for g in ("num", "second", "then", "after") if match.group(g)]
    return (sum(values), match.span()) if values and None not in values else None


# "killed three more people", "two additional soldiers died": right after the number (not "more than
# three", "9 more people than in last week's raid")
MORE = re.compile(
    rf"\b{_number(None)}\s+(?:more|additional|others?)\b(?!(?:\s+[\w'’-]+)?\s+than\b)"
    # "a sixth soldier subsequently died": one more after five
    r"|\ba\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
    re.I,
)
# "A civilian was also wounded", "Nine militants were also killed": more people than those told before (within
# the count's own words)
ALSO = re.compile(r"\balso\b", re.I)
# the hurt told as more ("two more were wounded"; not "two others", told beside the dead: "killed three and
# injured two others")
MORE_HURT = re.compile(
    rf"\balso\b|\b{_number(None)}\s+(?:more|additional)\b(?!(?:\s+[\w'’-]+)?\s+than\b)", re.I
)
# right before a count: more people than those told before ("another two people later died")
ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+$", re.I)
JOINED = re.compile(r",?\s+(?:and|while|as\s+well\s+as)\s+")


def joined_groups(*groups: str) -> str:
    """Groups of the dead counted together, as one name ("soldier+terrorist"); general counts
    ("people") add no name."""
    return "+".join(sorted({g for group in groups for g in group.split("+") if g}))


def _joined_count(found: tuple[re.Pattern[str], ...], text: str, first: Count) -> tuple[Count, str]:
    """A second group's dead told right after the first's, joined by "and", "while" or "as well
    as" ("twelve soldiers were martyred and six terrorists were killed": 18), as ACLED counts an
    event's dead; with the two groups ("soldier+terrorist")."""
    joint = JOINED.match(text, first[1][1])
    for pattern in found:
        match = pattern.match(text, joint.end()) if joint else None
        value = number_value(match.group("num")) if match else None
        groups = {_group(text, first[1]), _group(text, match.span())} if match else set()
        if value is not None and value < AGGREGATE and len(groups) == 2:
            return (first[0] + value, (first[1][0], match.end())), joined_groups(*groups)
    return first, ""


WHO_ASIDE = re.compile(r"(?:^|,)\s*who\s+[^,]*,")
NAMED_ASIDE_RE = re.compile(NAMED_ASIDE)
PLURAL_HEADS = re.compile(rf"{PLURAL}$", re.I)
# a noun that counts two: "the parents and their six children" (8), "a couple and their son" (3)
PAIR_HEADS = re.compile(r"\b(?:parents|couple)$", re.I)


def _coordinated_counts(match: re.Match[str]) -> tuple[int | None, int | None]:
    """The two counts of a coordinated match; a second group told by a possessive alone
    counts one when its noun is singular ("her child"), nothing otherwise ("their children")."""
    if PAIR_HEADS.search(match.group("one")) and (
        match.group("the") or number_value(match.group("first")) == 1
    ):
        first = 2
    elif match.group("the"):  # "the father and a son": one named, one counted
        first = None if PLURAL_HEADS.search(match.group("one")) else 1
    else:
        first = number_value(match.group("first"))
    if match.group("second"):
        return first, number_value(match.group("second"))
    if match.group("another"):  # "a district police chief and another officer"
        return first, 1
    if match.group("owner") and not PLURAL_HEADS.search(match.group("two")):
        return first, 1
    return first, None


GENERAL = {"people", "person", "persons", "other", "others", "individual", "individuals", "victim",
           "victims", "civilian", "civilians", "dead", "death", "deaths", "fatality", "fatalities", "toll",
           "body", "bodies",
           # adverbs of the verb before it, not whose deaths ("was shot and later died")
           "later", "then", "subsequently", "eventually", "reportedly", "allegedly", "also",
           "immediately", "earlier", "already", "since",
           # a relative pronoun after the noun, no group ("a minor who was killed": a minor)
           "who", "whom", "which", "that"}  # fmt: skip


# heads that name a part of the group after "of" ("members of the security forces": the forces)
OF_HEADS = frozenset(
    {"member", "members", "personnel", "elements", "element", "units", "unit", "rank", "ranks"}
)
# the head noun after a count's names ("three Hezbollah| members", "two Houthi| fighters")
NAMED_HEAD = re.compile(r"((?:\s+[A-Z][\w'’-]*)*)\s+([a-z]{3,}s)\b")
NAME_END = re.compile(r"\s[A-Z][\w'’-]*[^s\W]$")  # a name, not a plural demonym ("Palestinians")
NOT_HEADS = frozenset(
    "this thus unless across towards whereas perhaps always besides sometimes afterwards".split()
)


def _group(text: str, span: tuple[int, int]) -> str:
    """Whose deaths a count is of: the noun it names ('soldiers' -> 'soldier'), '' if general."""
    # (never the words of a relative clause set off by commas: "The man, who was shot in the chest, died", nor
    # the names a participle tells: "The four gunmen, identified as Anding and Habib, were killed": gunmen)
    told = NAMED_ASIDE_RE.sub(" ", WHO_ASIDE.sub(" ", text[span[0] : span[1]]))
    words = re.findall(r"[A-Za-z]+", told.lower())
    if "including" in words:  # "20 civilians including children": civilians, of whom some children
        words = words[: words.index("including")]
    if "among" in words:  # "three civilians, two women among them": civilians (the part's count before it)
        counted = [k for k in range(1, words.index("among")) if number_value(words[k])]
        words = words[: counted[-1]] if counted else words[: words.index("among")]
    head = NAMED_HEAD.match(text, span[1])  # "killing three Hezbollah members": members
    if head and head.group(2).lower() not in NOT_HEADS and (head.group(1) or NAME_END.search(text, *span)):
        words.append(head.group(2).lower())
    # "a militant affiliated with the Hizbul Mujahideen outfit": the head before the modifier after it
    modifier = next((k for k, w in enumerate(words) if k and w in POST_MODIFIERS), None)
    if modifier is not None:
        words = words[:modifier]
    elif head_before := MODIFIED_HEAD.search(text, max(0, span[0] - 60), span[0]):
        words = [head_before.group(1).lower()]  # (the count's span opened after the modifier)
    if "toll" in words or "number" in words:
        return ""  # "the death toll has risen to 35", "the number of people killed rose to 7": everyone's
    # "eight soldiers of Yemen's government forces", "six soldiers from the Southern Armed Forces":
    # soldiers, the head before "of" or "from"
    if cut := next((k for k, w in enumerate(words) if w in ("of", "from")), None):
        before = [w for w in words[:cut] if w not in GENERAL and not number_value(w)
                  and w not in KILL_WORDS and not w.endswith(("ed", "ing"))]  # fmt: skip
        if before and before[-1] not in OF_HEADS:
            words = words[:cut]
    nouns = [w for w in words if w not in GENERAL and not number_value(w) and w not in KILL_WORDS
             and not w.endswith(("ed", "ing", "ly"))]  # fmt: skip
    noun = nouns[-1] if nouns else ""
    if noun and _a_name(text, span, noun):
        return ""  # "killing 17-year-old Mohammad Abu Kishk": a person by name, of no group
    return noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun


# before a person's name: "a constable named Rehman Ullah", "17-year-old Mohammad", "a man called Ali"
NAME_OPENER = re.compile(r"(?:named|called|[\w-]+-year-old|years?\s+old|aged)\s+$", re.I)
NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*")


def _a_name(text: str, span: tuple[int, int], noun: str) -> bool:
    """The count's noun is a person's name ("Rehman Ullah died", "killing 17-year-old Mohammad Abu Kishk"),
    told in running text (a headline's capitals tell no name: "Two Israeli Soldiers Killed"): a name
    joined to another, or after "named" or an age."""
    told = text[span[0] : span[1]]
    word = next((m for m in reversed(list(NAME_WORD.finditer(told))) if m.group(0).lower() == noun), None)
    if word is None or not re.search(r"(?<![\w'’-])[a-z]{3,}\b", told):
        return False
    start, end = span[0] + word.start(), span[0] + word.end()
    before = text[max(0, start - 30) : start]
    return (
        NAME_BEFORE.search(before) is not None
        or NAME_OPENER.search(before) is not None
        or NAME_WORD.match(text, end + 1) is not None
    )


# a capitalised word right before, within a sentence and no article ("Rehman| Ullah"; not "The| Palestinian")
NAME_BEFORE = re.compile(r"(?<![.:!?]\s)(?<![.:!?])\b(?!(?:The|A|An)\b)[A-ZÀ-ÖØ-Þ][\w'’-]*\s+$")


# participles and adjectives that open a modifier after a group's noun ("fighters loyal to", "a militant
# affiliated with")
POST_MODIFIERS = frozenset("affiliated belonging linked loyal attached associated allied aligned".split())
MODIFIED_HEAD = re.compile(
    rf"\b([a-z]{{3,}})\s+(?:{'|'.join(sorted(POST_MODIFIERS))})\s+(?:with|to)\s+(?:the\s+)?$"
)
KILL_WORDS = {
    "no",  # "no fewer than four people": the count's words, no group
    "fewer",
    "another",  # "Another victim died": one more
    "kill",  # a headline's "Drone Strikes Kill At Least 15 Civilians"
    "killed",
    "killing",
    "kills",
    "took",  # "took two lives" ("claimed" and "lives" below): the dead, no group
    "cost",
    "dead",
    "found",  # "were found dead"
    "died",
    "were",
    "was",
    "are",  # "five people are feared dead", "are said to be killed": the verb's words, no group
    "is",
    "be",
    "said",
    "thought",
    "known",
    "understood",
    "been",
    "have",
    "has",
    "had",
    "the",
    "at",
    "least",
    "more",
    "than",
    "over",
    "about",
    "around",
    "nearly",
    "some",
    "reportedly",
    "also",
    "and",
    "a",
    "an",
    "year",
    "old",
    "left",
    "claimed",
    "lives",
    "of",
    "from",
    "to",
    "death",
    "shot",
    "down",
    "slain",
    "him",
    "her",
    "them",
    "lost",
    "their",
    "his",
    "life",
}


def of_combatants(text: str, casualties: Casualties) -> bool:
    """Whether the count's own words name fighters ("40 Ukrainian soldiers were killed")."""
    if casualties.fatal_span is None:
        return False
    start, end = casualties.fatal_span
    return default_patterns().combatants.search(text, start, end + 30) is not None


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


@lru_cache(maxsize=4)
def _remark_patterns(words: CasualtyWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # a number as a coder writes one: digits ("1,200") or a cardinal word, never "a", "several"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units = "one|two|three|four|five|six|seven|eight|nine"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    count = rf"(?P<count>\d{{1,3}}(?:,\d{{3}})+|\d+|zero|none|(?:{tens})(?:[- ](?:{units}))?|{teens}|{units})"
    return (
        re.compile(rf"(?i:{words.coded_as})\s+{count}\b"),
        re.compile(rf"(?i:{words.shared_over})\s+{count}\s+(?i:(?:separate\s+|different\s+)?events)\b"),
    )


def coder_remark(text: str, words: CasualtyWords) -> tuple[int | None, int | None, tuple[int, int] | None]:
    """An event log coder's own word on the count of an entry's event (ACLED's notes): the
    count coded ("Unclear fatalities coded as 10", "Fatalities coded as 0 (VoJ reported 3)")
    and the number of events a total was shared over ("Fatalities split between 2 events").
    (count or None, parts or None, the remark's span or None)."""
    coded, shared = _remark_patterns(words)
    count = coded.search(text)
    parts = shared.search(text)
    told = count["count"].lower() if count else ""
    value = None if count is None else 0 if told in ("zero", "none") else number_value(told)
    share = None if parts is None else number_value(parts["count"])
    found = [m.span() for m in (count, parts) if m is not None]
    return value, share if share and share > 1 else None, (min(found)[0], max(found)[1]) if found else None
