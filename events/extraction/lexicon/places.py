"""places.yaml (and function_words.txt): the word lists checked, the shapes of names and kinds
built from them, and PlaceWords, the patterns scene finding reads (built in place_patterns)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.errors import SitrepError
from events.extraction.lexicon.files import _alternation_of, _check_keys, _read, _word_list
from events.extraction.lexicon.place_patterns import (
    NAME,
    _around_names,
    _beside_names,
    _places_named,
    _scenes,
    _unknown_and_lists,
    _ways,
)


@dataclass(frozen=True)
class PlaceWords:
    """The patterns scene finding reads, built from places.yaml."""

    locative: re.Pattern[str]  # a scene word, modifiers, then the end of the text before a name
    not_locative: re.Pattern[str]
    origin: re.Pattern[str]  # "a caravan from the departments of": where people came from
    destination: re.Pattern[str]  # "fled to the nearby city of": where people were moved to
    route: re.Pattern[str]  # "a convoy heading to": where travellers were going
    road_to: re.Pattern[str]  # "the road that leads to the town of": where a way leads
    treated: re.Pattern[str]  # "treated in the main hospital in": where the wounded were cared for
    treated_at: re.Pattern[str]  # "being treated at the": the hospital named next is where, not the scene
    capital_institution: re.Pattern[str]  # "parliament": an institution that sits in the nation's capital
    anaphor: re.Pattern[str]  # "in the region": group 1 is the head
    unknown_with_region: re.Pattern[str]  # "near X, Region", "X (Admin2, Admin1)"
    town_part: re.Pattern[str]  # "neighbourhood", "palace": a part or a building of a town
    village: re.Pattern[str]  # "village", "town": a settlement of its own
    unknown_place: re.Pattern[str]  # "attacked the town of X"
    appositive: re.Pattern[str]  # the gap in "Khan Younis, a city in the south of Gaza": Gaza describes
    # the gap in "the Llano Grande area in the municipality of Coatepec Harinas", "Zabid District of the
    # port city of Hodeidah": the name after holds the name before
    division_of: re.Pattern[str]
    measured_gap: re.Pattern[str]  # the gap in "Pobeda, a village about 5 km west of Donetsk"
    place_list: re.Pattern[str]  # "near Dibrova, Torske and Kuzmine", "the villages of A and B"
    list_item: re.Pattern[str]  # "Rashaya al-Fokhar": a name in a list (an Arabic article set on by a hyphen)
    coordinated: re.Pattern[str]  # "Fardis, Aitaroun and al-Naqoura": names joined, the last by "and"
    list_opening: re.Pattern[str]  # "the border towns of", "villages including": a list of their names next
    list_kind: re.Pattern[str]  # " villages", " townships" after a list: the kind of its places
    area_before_list: re.Pattern[str]  # the gap in "the southern Lebanese border towns of Fardis, ..."
    area_after_list: re.Pattern[str]  # the gap in "Kasai and Nahuta villages in Batsari", "A and B (Admin2,"
    seat: re.Pattern[str]  # "the health ministry in": the text before a name where a source sits
    title: re.Pattern[str]  # "the governor of (the state of)": the text before a name an office is of
    titled: re.Pattern[str]  # "President Gotabaya Rajapaksa": a name an office opens is a person's
    cause: re.Pattern[str]  # "demanding", "in support of": what a crowd wants or opposes follows
    setting: re.Pattern[str]  # "amid a steady stream of": a run of events as the reported one's setting
    owner: re.Pattern[str]  # " forces" after a country's name: whose they are, not where
    people: re.Pattern[str]  # " ethnic group" after a name: a people, not a place
    experienced: re.Pattern[str]  # "(region) has seen", "have been plagued by" after a name: what befell it
    # ", nations ", ", a region ": the kind of place a name is, in a phrase beside it
    kind_before: re.Pattern[str]
    kind_word: re.Pattern[str]  # "Saw Township": a name that ends in a kind of place is a place's
    # " al Salah", "-Ouest", " Kiri" after a name: it goes on, a longer name (the Arabic article set apart
    # by spaces only where it is no English word: not "as", "an", "at")
    name_goes_on: re.Pattern[str]
    heading: re.Pattern[str]  # "Hlukhiv community: ": a place set before a colon, the scene of what follows
    street: re.Pattern[str]  # " Street" after a name: the street named after the place, not the place
    first_level: re.Pattern[str]  # "province", "state": a kind of first-level division
    offices: frozenset[str]  # "minister", "head", "counterpart": the words of a subject of office-holders
    ground: str  # what "{ground}" stands for in triggers.yaml (_ground)
    ground_word: re.Pattern[str]  # one word of ground ("town", "positions"), for a passive's subject


PLACE_KEYS = {"scene_words", "weak_scene_words", "scene_modifiers", "not_scene_words", "destination_words",
              "route_words", "road_words", "treated_words", "capital_institutions", "settlement_words",
              "area_words", "anaphor_heads", "arabic_articles", "seat_words", "title_words", "ground_words",
              "cause_words", "setting_words", "owner_nouns", "people_nouns", "town_part_words",
              "heading_words", "village_words", "office_words", "street_words",
              "first_level_words"}  # fmt: skip


def _place_words(directory: Path) -> PlaceWords:
    raw = _read(directory / "places.yaml")
    lists, unknown = _place_lists(raw)
    scene, modifiers = lists["scene_words"], lists["scene_modifiers"]
    settlement = lists["village_words"] + "|" + lists["settlement_words"]
    area, article = lists["area_words"], lists["arabic_articles"]
    english = _word_list(directory / "function_words.txt")
    spaced = [a for a in article.split("|") if a not in english]
    # a possessive ends a name ("Cameroon's English-speaking Southwest" is no one place's name;
    # the name is "Cameroon"), an apostrophe inside it does not ("N'Djamena")
    word = r"(?:[\w-]|['’](?![sS]\b))+"
    name = rf"(?P<place>[A-Z]{word}(?:[ -](?:[A-Z]|(?i:{article})-){word}){{0,2}})"
    # (its second word no area word's: "Jibia Local Government Area" is Jibia with its kind)
    region = rf"{NAME}(?:[ -](?!(?i:{area})\b){NAME})?"
    # the kinds of settlement and area, in the singular or the plural ("the border towns of", "villages in")
    kinds = rf"(?:{settlement}|{area}|cit(?:y|ies)|localit(?:y|ies)|communit(?:y|ies))(?:s|es)?"
    # a name in a list: up to three capitalised words, each perhaps set on by an Arabic article ("Rashaya
    # al-Fokhar", "al-Naqoura")
    item = rf"(?:(?i:{article})-)?[A-Z]{word}(?:[ -](?:(?i:{article})-)?[A-Z]{word}){{0,2}}"
    # "the Somali capital", "the Borno state capital", "the provincial capital" (then, perhaps, a comma)
    capital = r"(?:[A-Z][\w-]*\s+)?(?i:(?:state|provincial|regional|district)\s+)?(?i:capital),?"
    return PlaceWords(
        **_scenes(lists, scene, modifiers, settlement, area, capital),
        **_ways(lists, modifiers, settlement, area),
        **_places_named(lists),
        **_unknown_and_lists(scene, settlement, area, name, region, unknown, item, kinds),
        **_around_names(lists, settlement, area),
        **_beside_names(raw, lists, settlement, area, spaced),
    )


def _place_lists(raw: Any) -> tuple[dict[str, str], list[str]]:
    """Each word list of places.yaml as one alternation (a bad entry named); the scene words that
    are not weak (the scene words of an unknown place)."""
    _check_keys("places.yaml", "(file)", raw, PLACE_KEYS)
    lists = {}
    for key in sorted(PLACE_KEYS):
        words_ = raw.get(key)
        if not isinstance(words_, list) or not words_:
            raise SitrepError(f"places.yaml: {key}: expected a non-empty list of words")
        lists[key] = _alternation_of("places.yaml", key, words_)
    weak = set(raw["weak_scene_words"])
    unknown = [w for w in raw["scene_words"] if w not in weak]
    if set(weak) - set(raw["scene_words"]):
        raise SitrepError(
            f"places.yaml: weak_scene_words: {sorted(weak - set(raw['scene_words']))} are not scene_words"
        )
    return lists, unknown
