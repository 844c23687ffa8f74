"""Lists and coordinated groups: counts told as items of a list ("killed four children, three
women and a man": 8), as two groups joined ("a soldier and two civilians"), or as a second
group's dead told right after the first's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from events.extraction.count_grammar import GROUP, NOT_IN_GROUP, PLURAL
from events.extraction.count_groups import counted_group
from events.extraction.count_numbers import AGGREGATE, COUNT_WORD, NUMBER, Count, number_named, number_value

if TYPE_CHECKING:
    from events.extraction.count_patterns import Patterns

# a group counted before a coordinated pair, in a list: "ten soldiers, | two fighters and a civilian"
LISTED_BEFORE = re.compile(rf"\b{NUMBER}\s+{GROUP}\s*,\s*$", re.I)


def listed_before(text: str, start: int, total: int) -> tuple[int, int]:
    """The groups counted before a coordinated pair, in a list ("ten soldiers, two fighters and a
    civilian"; never "a family, killing the father and a son"): where the list starts, and its sum."""
    while (item := LISTED_BEFORE.search(text, 0, start)) and item.group("num").lower() not in ("a", "an"):
        start, total = item.start(), total + (number_value(item.group("num")) or 0)
    return start, total


# the groups counted after a first one, in a list: "killed four children|, three women and a man"; an item
# may be counted by a possessive ("killed a farmer, his wife and two children": one wife)
_OWNED = r"(?:his|her|their)\s+"
LISTED_AFTER = re.compile(
    rf",\s+(?:(?P<owned>{_OWNED})(?:{number_named('owned_n')}\s+)?|{number_named('n')}\s+)(?P<group>{GROUP})"
    r"(?=\s*,|\s+and\b)"
    rf"|,?\s+and\s+(?:(?P<last_owned>{_OWNED})(?:{number_named('last_owned_n')}\s+)?"
    rf"|{number_named('last')}\s+|(?P<one>a|an)\s+)"
    rf"(?P<last_group>{GROUP})\b",
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


# the words that finish a counted group before a list's comma: none a preposition, a verb's, a number
GROUP_REST = re.compile(rf"(?:\s+{NOT_IN_GROUP}(?!(?:{COUNT_WORD})\b|\d)[\w'’-]+){{1,2}}(?=,)", re.I)


def listed_after(text: str, first: Count, p: Patterns) -> Count:
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
        if value is None or (closing and not items) or told.endswith("ed") or p.said.search(told):
            break  # a list has a comma ("killed 12 people and 30 wounded" is no list; "his son said" no item)
        total, end, items = total + value, item.end(), items + 1
        if closing:
            # (a clause of its own: "killed two militants overnight, two soldiers and a civilian were hurt")
            if p.list_subject.search(text[item.start("last_group") : end + 12]):
                return first
            # (a breakdown of the count, not more people: "killing at least five people, three PKK
            # suspects and two civilians among them", "killed six people, three women and three men")
            # (the last group's words may run into it: "two civilians among")
            parts = PARTS_AFTER.search(text, item.start(), end + 12) is not None
            # (a count of everyone, "six people", that the groups after it sum to)
            whole = total == 2 * first[0] and not counted_group(text, first[1])
            return first if parts or whole else (total, (first[1][0], end))
    return first


# after a list: the groups listed were a part of the count before them ("..., two civilians among them")
PARTS_AFTER = re.compile(r"\b(?:among|of)\s+(?:them|whom)\b", re.I)


JOINED = re.compile(r",?\s+(?:and|while|as\s+well\s+as)\s+")


def joined_groups(*groups: str) -> str:
    """Groups of the dead counted together, as one name ("soldier+terrorist"); general counts
    ("people") add no name."""
    return "+".join(sorted({g for group in groups for g in group.split("+") if g}))


def joined_count(found: tuple[re.Pattern[str], ...], text: str, first: Count) -> tuple[Count, str]:
    """A second group's dead told right after the first's, joined by "and", "while" or "as well
    as" ("twelve soldiers were martyred and six terrorists were killed": 18), as ACLED counts an
    event's dead; with the two groups ("soldier+terrorist")."""
    joint = JOINED.match(text, first[1][1])
    for pattern in found:
        match = pattern.match(text, joint.end()) if joint else None
        value = number_value(match.group("num")) if match else None
        groups = {counted_group(text, first[1]), counted_group(text, match.span())} if match else set()
        if value is not None and value < AGGREGATE and len(groups) == 2:
            return (first[0] + value, (first[1][0], match.end())), joined_groups(*groups)
    return first, ""


PLURAL_HEADS = re.compile(rf"{PLURAL}$", re.I)
# a noun that counts two: "the parents and their six children" (8), "a couple and their son" (3)
PAIR_HEADS = re.compile(r"\b(?:parents|couple)$", re.I)


def coordinated_counts(match: re.Match[str]) -> tuple[int | None, int | None]:
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
