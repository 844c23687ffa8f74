"""Where: the places a clause puts its event at ("in X", "near X", "struck X"), the places
listed for a shared count, villages the gazetteer lacks (placed in the region named with
them) and anaphors ("in the region")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from events.extraction.lexicon import PLACE_NAME, PlaceWords
from events.extraction.timex import MONTHS, WEEKDAYS
from events.places import AREA_KINDS, Mention, Resolved, lacks_in
from events.reading.text import normalize_name

LIST_GAP = re.compile(r",\s*|,?\s+(?:and|or)\s+|\s*/\s*")
# "the worst crisis since the end of the war in Tigray": a place of the event a time is
# measured from, not of the clause's own
SINCE_PHRASE = re.compile(r"\bsince\s+(?:the|a|an|its|their)\b[^,;:.!?]{0,60}$", re.I)


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


def event_places(text: str, span: tuple[int, int], places: list[Resolved],
                 qualifiers: set[int], gazetteer, words: PlaceWords) -> list[Resolved]:  # fmt: skip
    """Places in ``span`` introduced as the scene ("in X", "targeting X", "near X")."""
    chosen: list[Resolved] = []
    relative: list[Resolved] = []
    origins: list[Resolved] = []
    apposed: list[Resolved] = []  # set beside its kind of settlement, with no word of a scene before it
    previous, previous_titled = None, False
    for place in places:
        mention = place.mention
        if not span[0] <= mention.start < span[1] or id(mention) in qualifiers:
            continue
        capital = _capital_named(text, place, gazetteer)
        before = _less_a_demonym(text[max(span[0], mention.start - 60) : mention.start], gazetteer)
        if capital is not None and words.locative.search(before):
            chosen.append(capital)  # "in the Somali capital", "in Mali's capital" (no name after it)
            continue
        if gazetteer.is_demonym(normalize_name(mention.text)):  # "Russian", an adjective
            continue
        if gazetteer.kind(place.entry) == "country" and words.owner.match(text, mention.end):
            continue  # "near US forces": whose men, as a demonym tells
        if words.people.match(text, mention.end):
            continue  # "members of the Amhara ethnic group": a people
        if _no_such_village(place, gazetteer):
            continue  # "attacks on Kasai and Nahuta villages": not Congo's Kasai province
        if words.street.match(text, mention.end):
            continue  # "on Independencia Street": a street named after a place, in another town
        setting = _in_setting(text, mention.start, span[0], words)
        if (
            SINCE_PHRASE.search(before)
            or setting
            or words.destination.search(before)
            or words.road_to.search(before)
            or FROM_DIRECTION.search(before)
            or words.treated.search(before)
        ):
            continue  # "since X", "fled to X", "the road that leads to X", "treated in hospital in X"
        if _origin(before, words):
            origins.append(place)  # "a caravan from the departments of X": a scene only when the
            continue  # clause names no other ("abducted 12 traders from the town of Djibo")
        listed = previous is not None and LIST_GAP.fullmatch(text[previous.mention.end : mention.start])
        previous = place
        scene = words.locative.search(before) is not None  # "withdrew from X" is a scene, "fled from X" not
        scene = scene or _venue_then_town(text, place, places, span[0], gazetteer, words)
        scene = scene or _example_of_scene(text, span[0], mention.start)
        # "the governor of X", "the defence ministries of X and Y": whose office, not where
        titled = previous_titled = words.title.search(before) is not None or bool(listed and previous_titled)
        routed = words.route.search(before) is not None  # "a convoy heading to X": a scene if no other
        if (
            (mention.relation in ("offset", "between") and not listed and not mention.measured)
            or titled
            or routed
        ):
            relative.append(place)  # "20 km north of X": a scene only when the clause names no other
            continue
        if not listed and not scene and (words.not_locative.search(before) or not mention.near):
            if mention.settlement_word and APPOSED.match(text, mention.end):
                apposed.append(place)  # "terrorising Bara, a town north of X": a scene when no other is
            previous = None
            continue
        if (over := OVER.search(before)) and TRANSIT.search(before, 0, over.start()):
            relative.append(place)  # "jets flying over Lebanon struck targets near Homs": passed on the way,
            continue  # a scene only when the clause names no other ("drones flying over Kyiv were shot down")
        if through := THROUGH.search(before):
            # "marched through London": a scene only when the clause names no other; a place passed on the
            # way is none ("who crossed through Niger attacked a post", "weapons smuggled through Chad")
            if not TRANSIT.search(before, 0, through.start()):
                relative.append(place)
            continue
        described = DESCRIBES.match(text, mention.end)
        if described and any(p.mention.start == described.end() and not _division_of_town(place, p, gazetteer)
                             for p in places):  # fmt: skip
            continue  # "the Red Sea port of Hodeidah", "the Black Sea city of Odesa": the name after it
        if text[mention.end : mention.end + 2] in ("’s", "'s") and not mention.direction:
            if any(0 < p.mention.start - mention.end <= 3 for p in places) or not PART_NAMED.match(
                text, mention.end + 2
            ):
                continue  # "Nigeria's Zamfara state": the place is the next name; "Mali's north" is Mali
            # "Baghdad's Green Zone": a part of the town the gazetteer lacks, in the town
        chosen.append(place)
    # "13 km east of Khar town in Bajaur District": the point measured, not the district holding its
    # town (with a bearing: "about 100 km from Maiduguri" is a ring, no better than "in Borno State")
    measured = [p for p in relative if p.mention.relation == "offset" and p.mention.bearing is not None
                and p.mention.offset_km]  # fmt: skip
    if (
        chosen
        and measured
        and all(any(gazetteer.contains(c.entry, m.entry) for m in measured) for c in chosen)
    ):
        chosen = measured
    chosen = chosen or apposed or relative or origins

    # Drop containers of other chosen places ("Odesa in southern Ukraine", "the Zelenodolsk hromada in the
    # Kryvyi Rih district").
    def holds(p: Resolved, q: Resolved) -> bool:
        return gazetteer.may_hold(p.entry, q.entry) or _district_holding(p, q, gazetteer)

    return [p for p in chosen if not any(q is not p and holds(p, q) for q in chosen)]


def _division_of_town(town: Resolved, division: Resolved, gazetteer) -> bool:
    """ "Debre Tabor town of South Gondar zone": a town, then the division it lies in (not a name that
    describes the place after it, "the Black Sea city of Odesa")."""
    return (
        gazetteer.kind(town.entry) == "city"
        and gazetteer.kind(division.entry) in ("admin1", "admin2")
        and gazetteer.country_code(town.entry) == gazetteer.country_code(division.entry)
        and gazetteer.division_holding(town.entry) == gazetteer.division_holding(division.entry)
    )


def _no_such_village(place: Resolved, gazetteer) -> bool:
    """The text calls the place a village or town ("Kasai and Nahuta villages"), read as a province,
    region or country of its name (Congo's Kasai): a village the gazetteer lacks (a district of its name
    may be the town's own: "in Ceel Buur town")."""
    word = place.mention.settlement_word
    return bool(word) and word != "city" and gazetteer.kind(place.entry) in ("admin1", "region", "country")


def _district_holding(place: Resolved, other: Resolved, gazetteer) -> bool:
    """ "the Zelenodolsk hromada in the Kryvyi Rih district": a town told as a district ("Kryvyi Rih
    district"), read as the town (alone, "in Kramatorsk district" is the town's), whose district of that
    name (a raion, as the gazetteer spells the districts of the former Soviet lands) holds the other place."""
    if place.mention.area_word not in ("district", "raion") or gazetteer.kind(place.entry) != "city":
        return False
    return any(
        gazetteer.kind(e) == "admin2" and gazetteer.contains(e, other.entry)
        for word in ("district", "raion")
        for e, _ in gazetteer.lookup(f"{place.mention.text} {word}")
    )


# "at State House, Nairobi", "in the Kamkunji Grounds, Nairobi": a venue the gazetteer lacks (capitalised
# words, then a comma), then its town
VENUE_THEN = re.compile(
    r"\b(?:at|in|inside|outside)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+$"
)

# a venue that is where people work, study or are treated, not where events happen to them (a ministry or
# an office may be where a meeting is held)
OFFICE_VENUE = re.compile(
    r"\b(?:Headquarters|HQ|Command|Agency|Bureau|Watch|University|College|Hospital|Clinic|Institute)\b"
)
# the town begins a clause of its own: a noun or verb after it, not a time or a place word ("at State House,
# Nairobi on Saturday"; "in the Golan Heights, Tel Aviv announced", "in Hausa, Maiduguri residents said")
SUBJECT_NEXT = re.compile(
    r"\s+(?!(?:on|in|at|and|or|for|to|during|after|before|with|late|early|last|this|when|where|while|as|near|"
    r"city|town|village|state|region|province|district|county|area|the)\b)[a-z]"
)


def _venue_then_town(
    text: str, place: Resolved, places: list[Resolved], start: int, gazetteer, words: PlaceWords
) -> bool:
    """The town after a venue named in the scene ("met Ruto at State House, Nairobi"): the venue's town,
    the scene. Not when the words before the comma are themselves a place ("in Rawalpindi, Sargodha", a
    list), end in a kind of place ("in Saw Township, Magwe Region": a division the gazetteer lacks, in the
    region after it) or name a workplace or a hospital ("at Defence Headquarters, Abuja"), nor when the
    town opens a clause of its own ("in the Golan Heights, Tel Aviv announced"), nor of a country ("a
    gendarmerie in Galim, Cameroon": a town the gazetteer lacks, in its country)."""
    if gazetteer.kind(place.entry) == "country":
        return False
    venue = VENUE_THEN.search(text, max(start, place.mention.start - 60), place.mention.start)
    if venue is None or venue.end() != place.mention.start or words.kind_word.search(venue.group(1)):
        return False
    if OFFICE_VENUE.search(venue.group(1)) or SUBJECT_NEXT.match(text, place.mention.end):
        return False  # "at Defence Headquarters, Abuja, ... said"; "in Hausa, Maiduguri residents said"
    return not any(venue.start(1) <= p.mention.start < venue.end(1) for p in places if p is not place)


OVER = re.compile(r"\bover\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.I)
THROUGH = re.compile(r"\bthrough\s+(?:(?:the|central|downtown|northern|southern|eastern|western)\s+)*$", re.I)
# a verb of journey before THROUGH: a place passed on the way to the scene
TRANSIT = re.compile(
    r"\b(?:crossed|crossing|travell?ed|travell?ing|moved|moving|drove|driven|driving|passed|passing|transited|"
    r"smuggled|trafficked|flew|flown|flying|sent|escaped|fled|fleeing|evacuated|shipped|routed|funnell?ed|"
    r"supplied|came|advanced|advancing)\s+$",
    re.I,
)
# a place's name describing the settlement named after it ("the Red Sea port of Hodeidah")
DESCRIBES = re.compile(
    r"\s+(?:port(?:\s+(?:city|town))?|city|town|village|harbou?r|resort|coastal\s+town|coastal\s+city)\s+of\s+"
)


# a capitalised name of a town's part after a possessive town ("Baghdad's Green Zone", "Gaza's Shejaiya
# neighbourhood"; not "Russia's Defence Ministry", an office)
PART_NAMED = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,2}(?i:zone|city|quarter|district|neighbou?rhood|camp|market|square|port|airport|area|colony|sector|bazaar|ward|township)\b"
)


LAST_WORD = re.compile(r"([A-Z][\w'’-]*)\s+$")


def _less_a_demonym(before: str, gazetteer) -> str:
    """The text before a name, less a people's adjective just before it ("held in Swiss Lausanne")."""
    last = LAST_WORD.search(before)
    return before[: last.start()] if last and gazetteer.is_demonym(normalize_name(last.group(1))) else before


APPOSED = re.compile(r",\s+an?\s")
# "in several cities, including Lahore": the examples of a scene told in the plural
INCLUDING = re.compile(r"\bincluding\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$")
SCENE_BEFORE = re.compile(r"\b(?:in|at|across|throughout|around)\s+(?:[a-z\d-]+\s+){0,3}[a-z\d-]+,?\s+$")
# where people came from or were taken ("governors from states across the north", "taken to
# hospitals in the area"): no scene
MOVED_BEFORE = re.compile(r"\b(?:from|to|into|toward|towards)\s+(?:[\w-]+\s+){0,2}$")


def _example_of_scene(text: str, start: int, position: int) -> bool:
    """'clashed in several cities, including Lahore', 'at universities across the country,
    including Dhaka': a name given as an example of the scene the clause names in general."""
    including = INCLUDING.search(text, max(start, position - 40), position)
    scene = SCENE_BEFORE.search(text, start, including.start()) if including else None
    return scene is not None and not MOVED_BEFORE.search(text, max(start, scene.start() - 30), scene.start())


def _in_setting(text: str, position: int, start: int, words: PlaceWords) -> bool:
    """A name inside a run of events told as the setting ("amid a steady stream of rocket attacks
    on bases ... in Baghdad"), in the same stretch of the sentence."""
    found = list(words.setting.finditer(text, max(start, position - 140), position))
    return bool(found) and re.fullmatch(r"[^,;:.!?]*", text[found[-1].end() : position]) is not None


# "the Somali capital" with no name after it, ending its phrase ("... capital on Friday"; not
# "Russia's capital markets")
CAPITAL_AFTER = re.compile(
    r"(?:['’]s)?\s+capital\b(?!\s*,\s*[A-Z])(?=\s*(?:[,.;:)]|$|\s(?:on|in|at|by|for|from|after|before|"
    r"during|with|and|where|when|late|early|overnight|last|this|yesterday|today|to(?= [a-z]))\b))"
)


def _capital_named(text: str, place: Resolved, gazetteer) -> Resolved | None:
    """A country named for its capital ("the Somali capital", "Mali's capital"): the capital,
    read as the place the text means (its name not given beside it)."""
    if gazetteer.kind(place.entry) != "country" or not CAPITAL_AFTER.match(text, place.mention.end):
        return None
    capital = gazetteer.capital_of(gazetteer.country_code(place.entry))
    if capital is None:
        return None
    evidence = (*place.evidence, f"the capital of {gazetteer.label(place.entry)}")
    return replace(place, entry=capital, evidence=evidence)


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
        if _treated_at(text, span, match.start("place"), words):
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


def _origin(before: str, words: PlaceWords) -> bool:
    """The text before a name tells where people came from ("a caravan from the departments
    of"), not the scene ("withdrew from the town of", "reported from the town of")."""
    found = words.origin.search(before)
    return found is not None and found.group("verb") is None


FROM_DIRECTION = re.compile(r"\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?$", re.I)  # where they came from


# a possessive before a dwelling or an office: the name is its owner's (a person, a post), not a place
DWELLING_OF = re.compile(
    r"['’]s?\s+(?:official\s+|private\s+)?(?:residence|home|house|office|compound|villa|mansion)\b"
)


def _treated_at(text: str, span: tuple[int, int], start: int, words: PlaceWords) -> bool:
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
        if _treated_at(text, span, match.start("place"), lexicon.places):
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
