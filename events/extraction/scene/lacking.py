"""A scene named in the text that the gazetteer lacks, kept by its name with no geometry
(unknown_place); names that are no such scene: times (time_word), capitals of a title-case
headline (title_case_line), a dwelling's owner, a hospital the wounded were treated at
(treated_at)."""

from __future__ import annotations

import re

from events.extraction.lexicon import PlaceWords
from events.extraction.timex import MONTHS, WEEKDAYS
from events.reading.text import normalize_name

# a possessive before a dwelling or an office: the name is its owner's (a person, a post), not a place
DWELLING_OF = re.compile(
    r"['’]s?\s+(?:official\s+|private\s+)?(?:residence|home|house|office|compound|villa|mansion)\b"
)


def treated_at(text: str, span: tuple[int, int], start: int, words: PlaceWords) -> bool:
    """The name at ``start`` follows "treated at the": a hospital, where the wounded were cared for."""
    return words.treated_at.search(text, max(span[0], start - 60), start) is not None


def unknown_place(
    text: str, span: tuple[int, int], gazetteer, lexicon, abroad: frozenset[int] = frozenset()
) -> str:
    """'attacked the town of Pont-Sondé': a scene named in the text but missing from the
    gazetteer ('' when there is none), or that it has only abroad (``abroad``: where names start
    that were read as namesakes outside the report's countries and left out). The event keeps the
    name, with no geometry."""
    for match in lexicon.places.unknown_place.finditer(text, span[0], span[1]):
        name = match.group("place")
        key = normalize_name(name)
        known = gazetteer.has_key(key) and match.start("place") not in abroad
        if known or gazetteer.is_stopword(key) or lexicon.actor_pattern.match(name):
            continue
        if name.rsplit(None, 1)[-1].lower() in lexicon.armed_heads:
            continue  # "airstrikes at the Peoples Defense Forces": an armed party, named by its head noun
        if time_word(name, lexicon):  # "at Saturday's talks", "on Christmas Eve": times, not places
            continue
        if key.endswith("s") and gazetteer.is_demonym(key[:-1]):  # "fired tear gas at Palestinians": people
            continue
        if re.fullmatch(r"[A-Z]{2,5}s?", name):  # "at the IDP camp", "at the UN base": an acronym
            continue
        if lexicon.places.titled.match(name):  # "near President Gotabaya Rajapaksa's residence": a person
            continue
        if lexicon.places.town_part.fullmatch(name) and BUILDING_IN_TOWN.match(text, match.end("place")):
            continue  # "held at the Embassy of Qatar in Tashkent": a building told by its town, no name
        if DWELLING_OF.match(text, match.end("place")):  # "near the Chief Justice's residence": its owner
            continue
        if treated_at(text, span, match.start("place"), lexicon.places):
            continue  # "being treated at the Command Hospital": where the wounded were cared for
        first, _, rest = name.partition(" ")
        if rest and gazetteer.is_demonym(normalize_name(first)) and gazetteer.has_key(normalize_name(rest)):
            return rest  # "in Congolese Goma": the people's adjective, then the place's own name
        if title_case_line(text, match.start()):  # "Drone Strikes In Northern Mali Kill At Least 15"
            continue
        return name
    return ""


# after a building's word: whose it is, then the town it is in ("Embassy of the State of Qatar in Tashkent")
BUILDING_IN_TOWN = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})?\s+in\s+[A-Z]"
)


def title_case_line(text: str, position: int) -> bool:
    """The line holding ``position`` capitalises (nearly) every word, as headlines in title case
    do: a capital there tells no name."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = re.findall(r"[A-Za-z]{4,}", text[start : end if end >= 0 else len(text)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def time_word(name: str, lexicon) -> bool:
    """A weekday, month or holiday (a possessive is no part of the name: "Saturday's" is read
    "Saturday")."""
    word = name.lower()
    if word in WEEKDAYS or word in MONTHS or lexicon.movable_holidays.match(name):
        return True
    return any(pattern.match(name) for pattern, _, _ in lexicon.holidays)
