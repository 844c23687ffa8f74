"""Which country a report is about, and places that contradict it.

A short report (an ACLED note, a wire story) tells its country by the divisions it names
("(Oforikrom, Ashanti)"); the countries, their adjectives and the actors' countries say
whose forces as often as where ("Israel said", "Russian forces" in Ukraine), and are not
read. A town resolved into another country than every division named is most often a
namesake found through another language's spelling ("Kotei", a Japanese reading of a North
Korean town, in a Ghanaian note). Such a town is taken in the report's country when the name
has a namesake there, and otherwise left as a place the gazetteer lacks, so that the region
or division the text names with it places the event; unless the report names the town's
country too (a town across a border: "rockets fired toward Kiryat Shmona" in a report on
southern Lebanon that names Israel).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from events.places import AREA_KINDS, Gazetteer, Resolved, spelled_out
from events.reading.text import normalize_name

# Places that tell the country: divisions, whose names are rarely another country's
# namesakes. A country's own name is not one: it is as often an actor ("Israel said").
TELLING_KINDS = ("admin1", "admin2")
# A town this large named by its own name stands, whatever the rest of the report says
# (a report from Sudan may tell of talks in Jeddah).
LARGE_TOWN = 100_000
WORLD_CITY = 1_000_000  # a city this large is itself by any of its names
# A place this close to another the report names may lie across a border from the report's country.
NEIGHBOUR_KM = 500
# In a report whose country only its large towns or its dateline tell, a town abroad whose name no
# other country's place has, this close to another place the report names, may lie across a border
# (Mpeketoni from Mogadishu, Djibo from Bamako); farther, or a name many countries' places have, a namesake
# (Norway's Hamar for Mogadishu's Hamar Weyne; an Indian Faizabad in a report from Islamabad)
ACROSS_A_BORDER_KM = 1000


def in_report_country(
    places: list[Resolved],
    gazetteer: Gazetteer,
    filed: str = "",
    scene: Callable[[Resolved], bool] | None = None,
    goes_on: Callable[[Resolved], bool] | None = None,
) -> list[Resolved]:
    """The places, each town outside the report's countries moved to a namesake inside them
    or left out; unchanged when nothing tells the country. ``filed``: the country of the
    dateline's town ("MOGADISHU, Somalia -"), which tells it too. ``scene``: whether a mention is
    named as where something is ("in the Somali capital Mogadishu"), asked only when no division tells
    the country. ``goes_on``: whether a mention's name goes on past it (a longer name); given, a city of
    millions named by another of its names stands, unless its name goes on ("talks at the UN headquarters
    in New York" in a report from Moscow; "Madinat al Salah" is no Medina)."""
    telling = _telling_names(places, gazetteer)
    by_towns = not telling  # (no division tells it: large towns or the dateline do, less surely)
    telling = telling or (_telling_towns(places, gazetteer, scene) if scene is not None else {})
    countries = set(telling) | ({filed} if filed else set())
    if not countries:
        return places
    # the countries the report names ("Israel", "Israeli"): a town of one, with no namesake in
    # the report's own, is a place across a border ("rockets fired toward Kiryat Shmona")
    named = {gazetteer.country_code(p.entry) for p in places if gazetteer.kind(p.entry) == "country"}
    kept: list[Resolved] = []
    for place in places:
        entry = place.entry
        if named and gazetteer.country_code(entry) not in named and _generic(place, gazetteer):
            # "the Northwest region" in a report from Cameroon: its North-West, not a sector of Abu Dhabi
            spelt = _compass_spelling(place, named, gazetteer)
            if spelt is not None:
                kept.append(
                    replace(place, entry=spelt, evidence=(*place.evidence, _moved(gazetteer, entry, spelt)))
                )
            continue
        if (
            _told_by_others(place, telling, named | {filed}, gazetteer)
            or _beside_others(place, places, gazetteer)
        ) and (gazetteer.kind(entry) in AREA_KINDS or gazetteer.country_code(entry) in ("", *countries)):
            kept.append(place)
            continue
        key = normalize_name(place.mention.text)
        told = {c for c, names in telling.items() if names - {key}} or countries  # by the other names
        inside = [e for e, _ in place.mention.candidates if gazetteer.country_code(e) in told]
        towns = [e for e in inside if gazetteer.kind(e) not in AREA_KINDS] or inside
        if towns:
            best = max(towns, key=gazetteer.population)
            kept.append(
                replace(place, entry=best, evidence=(*place.evidence, _moved(gazetteer, entry, best)))
            )
        elif _stands(place, gazetteer, goes_on) or gazetteer.country_code(entry) in named:
            kept.append(place)
        elif (
            by_towns
            and len({gazetteer.country_code(e) for e, _ in place.mention.candidates}) == 1
            and _beside_others(place, places, gazetteer, ACROSS_A_BORDER_KM)
        ):
            kept.append(place)  # a town across a border ("killed three police officers in Mpeketoni" in a
            # report on Mogadishu), not a far namesake (Norway's Hamar)
    return kept


def _generic(place: Resolved, gazetteer: Gazetteer) -> bool:
    """A name that is also a common word of place ("Northwest", "Central", "Eastern"): it tells no
    country of its own."""
    return gazetteer.kind(place.entry) != "country" and gazetteer.is_generic(
        normalize_name(place.mention.text)
    )


COMPASS_PAIR = re.compile(r"^(north|south)(east|west)(ern)?$")


def _compass_spelling(place: Resolved, named: set[str], gazetteer: Gazetteer) -> int | None:
    """ "Northwest" written as the division a named country spells "North-West" (or "North West")."""
    pair = COMPASS_PAIR.match(normalize_name(place.mention.text))
    if pair is None:
        return None
    readings = [e for e, _ in gazetteer.lookup(" ".join(g for g in pair.groups() if g)) or ()
                if gazetteer.country_code(e) in named and gazetteer.kind(e) in AREA_KINDS]  # fmt: skip
    return readings[0] if len(readings) == 1 else None


def _telling_names(places: Iterable[Resolved], gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Country (ISO code) -> the names of the divisions the report names in it."""
    out: dict[str, set[str]] = {}
    for p in places:
        if gazetteer.kind(p.entry) in TELLING_KINDS and (code := gazetteer.country_code(p.entry)):
            out.setdefault(code, set()).add(normalize_name(p.mention.text))
    return out


def _telling_towns(
    places: Iterable[Resolved], gazetteer: Gazetteer, scene: Callable[[Resolved], bool]
) -> dict[str, set[str]]:
    """Country -> the large towns the report names in it by their own names, when it names no
    division and names that country too: the country of a report on "mortars landed in the Somali
    capital Mogadishu", against which a small town found abroad ("Hamar", Norway's, for Mogadishu's
    Hamar Weyne) is a namesake. Named as a scene, not as a government ("Moscow, which took over
    Avdiivka"); and a large town alone may be a namesake itself ("Santiago")."""
    named = {gazetteer.country_code(p.entry) for p in places if gazetteer.kind(p.entry) == "country"}
    out: dict[str, set[str]] = {}
    for p in places:
        code = gazetteer.country_code(p.entry)
        if gazetteer.kind(p.entry) == "city" and code in named and _stands(p, gazetteer) and scene(p):
            out.setdefault(code, set()).add(normalize_name(p.mention.text))
    return out


def _told_by_others(
    place: Resolved, telling: dict[str, set[str]], named: set[str], gazetteer: Gazetteer
) -> bool:
    """Some other name of the report tells the place's country (a division there, the country
    itself, the dateline's), or no name tells any other country: a second-level division or a
    town is not its own evidence ("the district of Patu", Brazil's, in a report on Day Kundi
    province, Afghanistan). First-level divisions and wider areas tell their country alone."""
    code = gazetteer.country_code(place.entry)
    if not code or code in named or gazetteer.kind(place.entry) in AREA_KINDS - {"admin2"}:
        return True
    others = telling.get(code, set()) - {normalize_name(place.mention.text)}
    return bool(others) or not any(c != code for c in telling)


def _beside_others(
    place: Resolved, places: list[Resolved], gazetteer: Gazetteer, within_km: float = NEIGHBOUR_KM
) -> bool:
    """The place lies within ``within_km`` (NEIGHBOUR_KM unless told) of a place the report names
    otherwise: across a border from the report's country ("Oudalan province", Burkina Faso's, in a
    report on the Tillaberi region of Niger), not a namesake on another continent."""
    key = normalize_name(place.mention.text)
    others = [p.entry for p in places
              if normalize_name(p.mention.text) != key and gazetteer.kind(p.entry) != "country"]  # fmt: skip
    return bool(others) and bool((gazetteer.distances_km([place.entry], others) <= within_km).any())


def _stands(place: Resolved, gazetteer: Gazetteer, goes_on: Callable[[Resolved], bool] | None = None) -> bool:
    """A large town named by its own name; with ``goes_on``, a city of millions by any of its names
    too ("New York" for GeoNames' New York City, "Bombay"), but not the first word of a longer name."""
    entry = place.entry
    key = normalize_name(place.mention.text)
    own_name = gazetteer.key_of(entry) in (key, spelled_out(key))  # "St. Petersburg" is its own name
    population = gazetteer.population(entry)
    if own_name and population >= LARGE_TOWN:
        return True
    return (goes_on is not None and gazetteer.kind(entry) == "city" and population >= WORLD_CITY
            and not goes_on(place))  # fmt: skip


def _moved(gazetteer: Gazetteer, away: int, to: int) -> str:
    return (f"{gazetteer.label(to)}: the namesake in the country the report is about, "
            f"not {gazetteer.label(away)}")  # fmt: skip
