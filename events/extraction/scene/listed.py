"""A list of places the clause sets its event at ("near Dibrova, Torske and Kuzmine"): the
names listed, known to the gazetteer or not (listed_places)."""

from __future__ import annotations

import re

from events.extraction.lexicon import PLACE_NAME, PlaceWords
from events.places import AREA_KINDS, Resolved

# a verb of telling after a name: the name is who tells ("..., UNN reports", "..., Reuters said")
TELLS_AFTER = re.compile(r"\s+(?:reports?|reported|says|said|writes|wrote|adds|added)\b")

LIST_JOIN = re.compile(r"\b(?:and|or)\b|&")  # a list's last item joined: "A, B and C"


def listed_places(
    text: str,
    span: tuple[int, int],
    places: list[Resolved],
    qualifiers: set[int],
    gazetteer,
    words: PlaceWords,
) -> list[str]:
    """The names of a place list in ``span`` ("near Dibrova, Torske and Kuzmine"), known to
    the gazetteer or not; regions that only qualify a place ("Novoselivske,
    Luhansk") and areas are left out. Fewer than two names: []."""
    kind = gazetteer.kind
    for match in words.place_list.finditer(text, span[0], span[1]):
        listed, names, previous_end = match.group("list"), [], 0
        items = list(re.finditer(PLACE_NAME, listed))
        unknown_before = False
        for k, item in enumerate(items):
            start = match.start("list") + item.start()
            if item[0].endswith(("’s", "'s")):
                break  # "In Kryvyi Rih, President Zelensky's hometown": an apposition, no list
            after_comma = re.fullmatch(r",\s*", listed[previous_end : item.start()])
            previous_end = item.end()
            if after_comma and any(kind(e) in ("admin1", "region") for e, _ in gazetteer.lookup(item[0])):
                continue  # "Nevelske, Donetsk": the region of the place before
            place = next((p for p in places if p.mention.start <= start < p.mention.end), None)
            if place is None and after_comma and TELLS_AFTER.match(text, match.start("list") + item.end()):
                break  # "... in Dnipro, UNN reports": the source that tells it, no place
            if place is None and after_comma and PERSON_AFTER.match(text, match.start("list") + item.end()):
                break  # "the city of Mykolaiv, Vitaliy Kim, the head of the administration": a person
            if (
                after_comma
                and unknown_before
                and place is not None
                and (k == len(items) - 1 or not LIST_JOIN.search(listed))
            ):
                # "in Igboiganan, Ketou": the town a village the gazetteer lacks is by, one place (an address,
                # with no "and" of a list: "in Barangay Camudlas, Bindoy, Negros Oriental")
                continue
            if place is None and after_comma and k == 1 and len(items) == 2 and not LIST_JOIN.search(listed):
                continue  # "in Buluan, Maguindanao": the region a town lies in, the gazetteer lacking it
            unknown_before = place is None
            if place is None or (id(place.mention) not in qualifiers and kind(place.entry) not in AREA_KINDS):
                names.append(item[0])
        if len(names) >= 2:
            return names
    return []


# ", the head of", ", a spokesman for": an apposition that says who the name before it is
PERSON_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:of|for)\b")
