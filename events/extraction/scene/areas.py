"""Areas a clause names besides its scene: the division ACLED's "(Admin2, Admin1)" names
(division_named), a division told with its kind word (division_by_kind_word), an anaphor ("in
the region": resolve_anaphor); a town's part whose namesake lies elsewhere (elsewhere)."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.lexicon import PLACE_NAME, PlaceWords
from events.places import Resolved

PART_WITHIN_KM = 50.0  # a namesake of a town's part this far from the town, in another division


def elsewhere(part: int, town: int, gazetteer) -> bool:
    """The gazetteer's namesake of a town's part lies in another country, or far away in another
    first-level division (Guadalupe, Nuevo León, for "the Guadalupe neighbourhood of Culiacan";
    not Singa for "the Sinja locality of Sennar", both in Sennar state)."""
    if gazetteer.country_code(part) != gazetteer.country_code(town):
        return True
    a, b = gazetteer.entry(part), gazetteer.entry(town)
    return (a["admin1_code"] != b["admin1_code"]
            and gazetteer.distances_km([part], [town])[0][0] > PART_WITHIN_KM)  # fmt: skip


# ACLED's "(Admin2, Admin1)" after a place: "(Butembo, Nord-Kivu)", "(Kamjong district, Manipur)".
DIVISIONS = re.compile(rf"\(\s*(?P<a>{PLACE_NAME})(?:\s+[a-z]+)?\s*,\s*(?P<b>{PLACE_NAME})\s*\)")

# The name a parenthesis follows ("the Mbau area (Mocimboa Da Praia, Cabo Delgado)").
NAMED_BEFORE = re.compile(rf"(?P<name>{PLACE_NAME})(?:\s+[a-z]+)?\s*$")


def division_named(
    text: str, span: tuple[int, int], places: list[Resolved], gazetteer
) -> tuple[Resolved, str | None] | None:
    """The second-level division an ACLED-style parenthesis names ("the police station of
    Mususa municipality (Butembo, Nord-Kivu)"), for an event whose clause sets no scene the
    gazetteer knows: the first name, as resolved within the second (a first-level division);
    with the name the parenthesis follows ("Mususa"), if any."""
    for match in DIVISIONS.finditer(text, span[0], span[1]):
        named = NAMED_BEFORE.search(text, max(span[0], match.start() - 60), match.start())
        name = named.group("name") if named else None
        first = next((p for p in places if p.mention.start == match.start("a")), None)
        second = next((p for p in places if p.mention.start == match.start("b")), None)
        if first is None or second is None or gazetteer.kind(second.entry) not in ("admin1", "region"):
            continue
        if first.entry == second.entry or gazetteer.contains(second.entry, first.entry):
            if gazetteer.kind(first.entry) in ("city", "poi"):  # the division's seat: near it
                return replace(first, mention=replace(first.mention, near=True)), name
            return first, name
    return None


def division_by_kind_word(
    span: tuple[int, int], places: list[Resolved], gazetteer
) -> tuple[Resolved, None] | None:
    """A division the span names with its kind word after it ("Minbya Township, Mrauk-U
    District, Rakhine State"): the most local one, second-level before first."""
    named = [p for p in places if span[0] <= p.mention.start < span[1] and p.mention.area_word
             and gazetteer.kind(p.entry) in ("admin2", "admin1")]  # fmt: skip
    named.sort(key=lambda p: gazetteer.kind(p.entry) != "admin2")
    return (named[0], None) if named else None


def resolve_anaphor(
    text: str, span: tuple[int, int], places: list[Resolved], gazetteer, words: PlaceWords
) -> tuple[Resolved | None, str]:
    """'in the region' -> the nearest place named '<X> region', else the nearest area before."""
    match = words.anaphor.search(text, span[0], span[1])
    if not match:
        return None, ""
    head = match.group(1).lower()
    kinds = {"city": {"city"}, "town": {"city"}, "village": {"city"}, "country": {"country"}}
    wanted = kinds.get(head, {"admin1", "region"})
    same_head = [p for p in places if p.mention.area_word == head]
    earlier = [p for p in places if p.mention.end <= match.start() and gazetteer.kind(p.entry) in wanted]
    pool = same_head or earlier[-1:]
    if not pool:
        return None, ""
    best = min(pool, key=lambda p: abs(p.mention.start - match.start()))
    return best, f"'{match.group(0).strip()}' read as {gazetteer.name(best.entry)} (named in the article)"
