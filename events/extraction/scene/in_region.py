"""A place the gazetteer lacks, placed in the region the text names with it ("near Klischiivka,
Donetsk", "(Masisi, Nord-Kivu)"): unknown_place_in_region, RegionFallback."""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extraction.lexicon import PlaceWords
from events.extraction.scene.lacking import treated_at
from events.places import AREA_KINDS, Mention, Resolved, lacks_in
from events.reading.text import normalize_name


@dataclass(frozen=True)
class RegionFallback:
    """A place the gazetteer lacks, placed in the region the text names with it."""

    place_name: str
    region: Resolved
    start: int
    end: int


def unknown_place_in_region(
    text: str,
    span: tuple[int, int],
    gazetteer,
    words: PlaceWords,
    countries: frozenset[str] = frozenset(),
    peoples: frozenset[str] = frozenset(),
    placed: tuple[tuple[int, str], ...] = (),
) -> RegionFallback | None:
    """ "near Klischiivka, Donetsk": no Klischiivka of the gazetteer lies in Donetsk (region),
    which the gazetteer has (a large town of that name elsewhere is never read this way).
    ``countries``: those the report names by name, where a region name with readings in them
    is read ("Katuwana (Southern province)" in a report from Sri Lanka, not Zambia's), unless
    it has one in a country of ``peoples``, those it names by their people ("Ugandan"); never
    in a country the report neither names nor places anything else in (``placed``: its places'
    positions and countries), when it names or places any."""
    for match in words.unknown_with_region.finditer(text, span[0], span[1]):
        name = match.group("place")
        if gazetteer.is_stopword(normalize_name(name)):
            continue
        if treated_at(text, span, match.start("place"), words):
            continue  # "being treated at the Command Hospital in Rajouri": where the wounded were cared for
        spans = {g: match.span(g) for g in ("region", "region2") if match.group(g)}
        spans["region"] = _with_and(text, spans["region"], gazetteer)  # "Karan Nagar, Jammu and Kashmir"
        spans["region"] = _with_compass(text, spans["region"], gazetteer)  # "near Malam in South Darfur"
        told = {g: text[a:b] for g, (a, b) in spans.items()}
        # "(Southern province)": the name with its kind word ("Southern Province") read too
        worded = {"region": f"{told['region']} {match.group('area')}"} if match.group("area") else {}
        named = [(g, _areas(gazetteer, told[g], countries, worded.get(g), peoples)) for g in told]
        if "region2" in told:
            named = _agreeing(named, told["region2"], gazetteer)
        # (or a second-level division too small for an outline, drawn at its settlements' centre)
        outlined = [a for _, areas in named for a, _ in areas if gazetteer.outline(a) is not None
                    or (gazetteer.kind(a) == "admin2" and gazetteer.lonlat(a) is not None)]  # fmt: skip
        # (not its peoples: "Russian forces shelled X (Donetsk)" is in Ukraine; nor the region's own reading)
        known = countries | {country for at, country in placed if not match.start() <= at < match.end()}
        if known and not any(gazetteer.country_code(a) in known for a in outlined):
            continue  # in no country the report names or places things in: another sense of the word
            # ("Kharbi Khoy village near Amuda in North and East Syria": no French département Nord)
        namesakes = [e for e, _ in gazetteer.lookup(name)]
        if not outlined or not lacks_in(outlined, namesakes, gazetteer):
            continue  # no area with an outline to test against, or a namesake lies in it
        # the most specific division named that has an outline ("(Masisi, Nord-Kivu)")
        group, entry = next((g, a) for g, areas in named for a, _ in areas if a in outlined)
        mention = Mention(
            *spans[group], told[group], tuple(x for g, areas in named if g == group for x in areas)
        )
        evidence = (
            gazetteer.label(entry),
            f"no '{name}' of the gazetteer lies there; placed in the region named with it",
        )
        return RegionFallback(
            name, Resolved(mention, entry, 0.6, evidence), match.start("place"), spans[group][1]
        )
    return None


AND_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]+")

# a capitalised bearing just before a region's name, which the scene pattern reads as a bearing
CAPITAL_BEARING = re.compile(r"(?:North|South|East|West|Central)(?:ern|-?(?:east|west)(?:ern)?)?\s+$")


def _with_compass(text: str, span: tuple[int, int], gazetteer) -> tuple[int, int]:
    """A division whose name opens with a bearing ("South Darfur", "North Kivu"): the whole name when
    the gazetteer has it as an area, not the bearing of the region named after it ("near Malam in South
    Darfur" is in the state, not in the south of the Darfur region); else the name as matched."""
    bearing = CAPITAL_BEARING.search(text, max(0, span[0] - 20), span[0])
    if bearing and any(
        gazetteer.kind(e) in AREA_KINDS for e, _ in gazetteer.lookup(text[bearing.start() : span[1]])
    ):
        return bearing.start(), span[1]
    return span


def _with_and(text: str, span: tuple[int, int], gazetteer) -> tuple[int, int]:
    """A division whose name joins two with "and" ("Jammu and Kashmir", "Bosnia and Herzegovina"):
    the whole name when the gazetteer has it as a division, else the name as matched."""
    more = AND_NAME.match(text, span[1])
    if more and any(
        gazetteer.kind(e) in ("admin1", "admin2", "region")
        for e, _ in gazetteer.lookup(text[span[0] : more.end()])
    ):
        return span[0], more.end()
    return span


Readings = list[tuple[str, list[tuple[int, int]]]]  # (pattern group, [(entry, support), ...])


def _agreeing(named: Readings, outer: str, gazetteer) -> Readings:
    """ "(Iskushuban, Bari)", "(Abala, Tillabery)": the readings of both names in the
    countries where the second name is a place (Somalia's Bari region, not Italy's
    province; a Nigerien Abala, not a Mexican municipality)."""
    countries = {gazetteer.country_code(e) for e, _ in gazetteer.lookup(outer)} - {""}
    inner = [(e, s) for e, s in named[0][1] if gazetteer.country_code(e) in countries]
    countries = {gazetteer.country_code(e) for e, _ in inner} or countries
    outer_areas = [(e, s) for e, s in named[1][1] if gazetteer.country_code(e) in countries]
    within = [(e, s) for e, s in inner if any(gazetteer.contains(o, e) for o, _ in outer_areas)]
    return [(named[0][0], within or inner), (named[1][0], outer_areas)]


def _areas(
    gazetteer,
    name: str,
    countries: frozenset[str] = frozenset(),
    worded: str | None = None,
    peoples: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """The divisions (first or second level) and named regions a name (or the name with its
    kind word, ``worded``) can be: those in ``countries`` (named by name) when it has any
    there, unless it has one in a country the text names by its people ("Pakistani")."""
    found = dict(gazetteer.lookup(name))
    found.update((e, s) for e, s in (gazetteer.lookup(worded) if worded else ()) if e not in found)
    areas = [(e, s) for e, s in found.items() if gazetteer.kind(e) in ("admin1", "admin2", "region")]
    if any(gazetteer.country_code(e) in peoples for e, _ in areas):
        return areas  # "Pakistani police ... in Punjab province", India named too: as the text has it
    return [(e, s) for e, s in areas if gazetteer.country_code(e) in countries] or areas
