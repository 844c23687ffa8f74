"""The places an article names, read again before any sentence is: the dateline's town, a part
of a town the gazetteer puts elsewhere, a part of the report's country told without its name
("the north of the country"), "the capital" measured from, and a town's namesake that a
measure ("five kilometres west of Donetsk") does not fit."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from events.extraction import scene
from events.extraction.actors import named_by_people
from events.places import COMPASS, POSSESSIVE_GAP, Gazetteer, Mention, Resolved, fits_measure, relation_before
from events.reading.text import Sentence, normalize_name

# "30 kilometres east of the capital" (no name after it: "the capital Mogadishu" names it)
# (nor "the capital of Zamfara State": another capital than the country's)
THE_CAPITAL_ANCHOR = re.compile(r"\bthe\s+capital\b(?!\s*,?\s+(?:city\s+)?[A-Z]|\s+of\b)")


def capital_offsets(text: str, places: list[Resolved], gazetteer: Gazetteer) -> list[Resolved]:
    """ "stormed the police station in Dompe, 30 kilometres east of the capital": the capital of the
    one country the report's places lie in, as a place the text measures from (a point computed
    from it, as from a named anchor)."""
    codes = {gazetteer.country_code(p.entry) for p in places} - {""}
    capital = gazetteer.capital_of(codes.pop()) if len(codes) == 1 else None
    if capital is None:
        return []
    out = []
    for match in THE_CAPITAL_ANCHOR.finditer(text):
        word = match.start() + match.group(0).rindex("capital")
        told = relation_before(text[max(0, word - 60) : word])
        if told.get("relation") != "offset":
            continue
        mention = Mention(word, match.end(), "capital", ((capital, 1),), **told)
        why = (
            f"'the capital': {gazetteer.name(capital)}, the capital of the country the report's places lie in"
        )
        out.append(Resolved(mention, capital, 0.5, (gazetteer.label(capital), why)))
    return out


def measured_namesakes(
    text: str, places: list[Resolved], gazetteer: Gazetteer, gap: re.Pattern[str]
) -> tuple[list[Resolved], set[int]]:
    """ "Pobeda, a small village about five kilometres west of Donetsk": a town's reading far from
    where the measure puts it is a namesake of a place the gazetteer lacks. The name, wherever the
    text repeats it, is read as the measure from the anchor (a point computed from it); the anchor
    only describes it. ``gap``: what may stand between the name and its anchor (PlaceWords.measured_gap).
    Returns the places and the anchors' mention ids (qualifiers)."""
    measured: dict[str, Resolved] = {}  # the name as written -> the anchor with its measure
    anchors = set()
    for here, anchor in zip(places, places[1:], strict=False):
        if anchor.mention.relation == "offset" and _misses_measure(text, here, anchor, gazetteer, gap):
            anchors.add(id(anchor.mention))
            if _better_known(here, anchor, gazetteer):
                # "in Woldia, only about thirty kilometers south of Kobo", the only Kobo read lying 200 km
                # off: Woldia is sure, the anchor's reading the namesake; Kobo lies that far the other way
                back = anchor.mention.bearing
                told = replace(anchor.mention, bearing=None if back is None else (back + 180) % 360)
                measured.setdefault(normalize_name(anchor.mention.text), replace(here, mention=told))
            else:
                measured.setdefault(normalize_name(here.mention.text), anchor)
    if not measured:
        return places, anchors
    out = []
    for p in places:
        anchor = measured.get(normalize_name(p.mention.text))
        if anchor is None or id(p.mention) in anchors:
            out.append(p)
            continue
        told = anchor.mention
        mention = replace(
            p.mention, relation=told.relation, offset_km=told.offset_km, bearing=told.bearing, measured=True
        )
        why = f"no '{p.mention.text}' of the gazetteer lies {told.offset_km:g} km from {told.text}, as told"
        out.append(
            Resolved(mention, anchor.entry, min(p.confidence, anchor.confidence), (*anchor.evidence, why))
        )
    return out, anchors


def _better_known(here: Resolved, anchor: Resolved, gazetteer: Gazetteer) -> bool:
    """The place measured is the surer reading of the two: its name reads as one town only, larger than the
    anchor's reading (a report measures a place from a better-known one; when the place it measures is the
    larger, the anchor's reading is a namesake of the place meant)."""
    ix = gazetteer.index
    return (
        len(here.mention.candidates) == 1
        and gazetteer.kind(anchor.entry) == "city"
        and ix.population[here.entry] > ix.population[anchor.entry]
    )


def _misses_measure(
    text: str, here: Resolved, anchor: Resolved, gazetteer: Gazetteer, gap: re.Pattern[str]
) -> bool:
    """ "Pobeda, a village about five kilometres west of Donetsk": a town's reading that the
    measure from a town after it, told as its appositive, does not fit."""
    if gazetteer.kind(here.entry) != "city" or gazetteer.kind(anchor.entry) not in ("city", "poi"):
        return False  # "Kiryat Shmona, about 2 km from Lebanon": a country is no point to measure from
    if gap.fullmatch(text, here.mention.end, anchor.mention.start) is None:
        return False  # "Djibo, and a second group raided a village 30 km north of Kaya": another clause
    spot, origin = gazetteer.lonlat(here.entry), gazetteer.lonlat(anchor.entry)
    if spot is None or origin is None or here.entry == anchor.entry:
        return False
    return not fits_measure(spot, origin, anchor.mention)


def dateline_place(report, places: list[Resolved]) -> Resolved | None:
    """The town the report was filed from, if its dateline names one the gazetteer knows."""
    if report.dateline is None:
        return None
    start, end = report.dateline.place
    return next((p for p in places if start <= p.mention.start < end), None)


def dateline_town(report, places: list[Resolved], gazetteer: Gazetteer) -> list[Resolved]:
    """A dateline names the town the report was filed from: its name read as a division or a
    region ("GAZA -" as Mozambique's Gaza province) is the largest town of that name instead."""
    town = dateline_place(report, places)
    if town is None or gazetteer.kind(town.entry) == "city":
        return places
    # (a name in capitals has only the divisions it may abbreviate as candidates: looked up again)
    named = (*town.mention.candidates, *gazetteer.lookup(town.mention.text))
    cities = [e for e, _ in named if gazetteer.kind(e) == "city"]
    if not cities:
        return places
    best = max(cities, key=gazetteer.population)
    why = f"{gazetteer.label(best)}: a dateline names a town"
    return [replace(p, entry=best, evidence=(*p.evidence, why)) if p is town else p for p in places]


# "Sira neighbourhood of Aden city", "the Hodan district of Mogadishu": the first name is a part
# of the second
PART_OF = re.compile(
    r"\s+(?:neighbou?rhood|district|quarter|suburb|ward)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.I,
)


# "Kharkiv's Kyivskyi district", "Gaza's Shejaiya neighbourhood": a town's part after the town's possessive
POSSESSED_PART = re.compile(r"\s+(?:neighbou?rhood|district|quarter|suburb|ward|area|sector)\b", re.I)


def parts_elsewhere(text: str, places: list[Resolved], gazetteer: Gazetteer) -> list[Resolved]:
    """The places less a part told of a town that the gazetteer puts elsewhere (Sira, India, for
    "Sira neighbourhood of Aden city"; Kyivskyi, Poltava, for "Kharkiv's Kyivskyi district"): the
    gazetteer lacks the part, and the town named with it is where it is."""
    kept = []
    for k, place in enumerate(places):
        town = places[k + 1] if k + 1 < len(places) else None
        owner = places[k - 1] if k > 0 else None
        if (
            town is not None
            and PART_OF.fullmatch(text, place.mention.end, town.mention.start)
            and gazetteer.kind(town.entry) in ("city", "poi")
            and place.entry != town.entry
            and scene.elsewhere(place.entry, town.entry, gazetteer)
        ):
            continue
        if (
            owner is not None
            and POSSESSIVE_GAP.fullmatch(text, owner.mention.end, place.mention.start)
            and (
                POSSESSED_PART.match(text, place.mention.end)
                or POSSESSED_PART.match(f" {place.mention.area_word}")
            )
            and gazetteer.kind(owner.entry) == "city"
            and place.entry != owner.entry
            and scene.elsewhere(place.entry, owner.entry, gazetteer)
        ):
            continue
        kept.append(place)
    return kept


# "in the northeastern part of the country", "the country's north", "the north of the country"
COMPASS_WORD = rf"{COMPASS}(?:ern)?"


_LAND = r"(?:country|nation)"


_TROUBLED = r"(?:(?:far|restive|volatile|troubled|insurgency-hit|conflict-hit)\s+)?"


COUNTRY_PART = re.compile(
    rf"\b(?i:the)\s+{_TROUBLED}(?P<a>{COMPASS_WORD}|central)\s+(?:parts?|regions?|areas?)\s+of\s+the\s+{_LAND}\b"
    rf"|\b(?i:the)\s+(?:[A-Z][\w-]*\s+){{0,2}}{_LAND}['’]s\s+{_TROUBLED}(?P<b>{COMPASS_WORD}|centre|center|central)"
    r"(?:\s+(?:parts?|regions?|areas?))?\b"
    rf"|\b(?i:the)\s+(?:far\s+)?(?P<c>{COMPASS_WORD}|centre|center)\s+of\s+the\s+{_LAND}\b",
)


# a country named as a reference point, not as the scene's ("near the border with Mali")
REFERENCE_BEFORE = re.compile(
    r"\b(?:borders?\s+with|bordering|border\s+of|from|into|toward|towards)\s+(?:the\s+)?$", re.I
)


POSSESSIVE_AFTER = re.compile(r"['’]s\s")


REFERENCE_AFTER = re.compile(r"['’]?s?\s+(?:border|frontier)s?\b", re.I)  # "close to the Niger border"


def _reference_point(text: str, place: Resolved) -> bool:
    """A country named as a reference point ("near the border with Mali", "close to the Niger border")."""
    start, end = place.mention.start, place.mention.end
    return bool(REFERENCE_BEFORE.search(text, max(0, start - 40), start) or REFERENCE_AFTER.match(text, end))


def country_parts(
    text: str,
    places: list[Resolved],
    gazetteer: Gazetteer,
    sentences: list[Sentence],
    dateline: tuple[int, int],
    headline_end: int = 0,
) -> list[Resolved]:
    """The places, with a part of the report's country told without its name ("in the
    northeastern part of the country"): that part of the country the phrase speaks of (see
    _country_meant), which its record draws (events.places.place_fields)."""
    found, inside = [], set()
    for match in COUNTRY_PART.finditer(text):
        within = [p for p in places if match.start() <= p.mention.start and p.mention.end <= match.end()]
        if any(
            p.mention.start < match.end() and match.start() < p.mention.end for p in places if p not in within
        ):
            continue
        others = [p for p in places if p not in within and not dateline[0] <= p.mention.start < dateline[1]]
        sentence = next((s for s in sentences if s.start <= match.start() < s.end), None)
        span = (sentence.start, sentence.end) if sentence else (match.start(), match.end())
        entry = _country_meant(text, match.start(), span, others, gazetteer, headline_end)
        if entry is None:
            continue
        inside.update(id(p) for p in within)  # "the West African nation's north": the nation's part
        direction = next(g for g in match.groups() if g).lower()
        mention = Mention(match.start(), match.end(), match.group(), ((entry, 1),), direction=direction)
        why = "the part of the report's country the text names"
        found.append(Resolved(mention, entry, 0.7, (gazetteer.label(entry), why)))
    kept = [p for p in places if id(p) not in inside]
    return sorted(kept + found, key=lambda p: p.mention.start) if found else places


def _country_meant(
    text: str,
    at: int,
    sentence: tuple[int, int],
    places: list[Resolved],
    gazetteer: Gazetteer,
    headline_end: int,
) -> int | None:
    """The country "the country" speaks of at ``at``: in its ``sentence``, one whose institution
    speaks ("..., Lebanon's health ministry said"), else one named by its name that is no
    reference point ("near the border with Mali"), the nearest; else one its headline names;
    else the country most of the report's places lie in (its people's adjectives not counted,
    unless there is nothing else: the attackers are often named so). The dateline's town is
    where the report was filed, not a clue."""
    start, end = sentence
    named = [
        p
        for p in places
        if gazetteer.kind(p.entry) == "country"
        and not named_by_people(p, gazetteer)
        and not _reference_point(text, p)
    ]
    near = [p for p in named if start <= p.mention.start < end]
    owning = [p for p in near if POSSESSIVE_AFTER.match(text, p.mention.end)]
    if owning or near:
        return min(owning or near, key=lambda p: abs(p.mention.start - at)).entry
    headed = [p for p in named if p.mention.start < headline_end]  # "Mozambique: villagers beheaded"
    if headed:
        return headed[0].entry
    places = [p for p in places if not _reference_point(text, p)] or places
    for counted in ([p for p in places if not named_by_people(p, gazetteer)], places):
        codes = Counter(gazetteer.country_code(p.entry) for p in counted)
        codes.pop("", None)
        if codes:
            return gazetteer.index.by_id.get(f"country:{codes.most_common(1)[0][0]}")
    return None


def filed_in(report, places: list[Resolved], gazetteer: Gazetteer) -> str:
    """The country of the town the report was filed from (its dateline), if resolved."""
    town = dateline_place(report, places)
    return gazetteer.country_code(town.entry) if town is not None else ""
