"""A list of settlements a clause sets its event at ("shelled the border towns of Fardis,
Aitaroun and al-Naqoura"): each a scene of its own, as ACLED codes one event per place and
day; names the gazetteer lacks or reads as namesakes placed in the area named with the list."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import scene
from events.extraction.candidate import ArticleContext, Candidate
from events.places import AREA_KINDS, Gazetteer, Mention, Resolved, haversine_km
from events.reading.text import normalize_name

# before a list of the clause's scenes: where the list's people came from or went, a route, or whose
# the places are ("fighters from Chad and Niger", "the road between Kediner and Mershing")
LIST_NOT_SCENE = re.compile(
    r"\b(?:between|from|to|towards?|into|via|through)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)


def listed_scenes(c: Candidate, ctx: ArticleContext) -> list[tuple[Resolved, str]] | None:
    """A list of settlements the clause sets its event at ("shelled the outskirts of the border towns of
    Fardis, Aitaroun and al-Naqoura", "attacks on Kasai and Nahuta villages in Batsari"): each settlement
    is a scene of its own, as ACLED codes one event per place and day. The scenes as (place, the name the
    gazetteer lacks or ''): a settlement the gazetteer lacks, or reads as a place outside the area the text
    names with the list (a namesake), is placed in that area. None when the clause tells no such list,
    or the list adds no scene to those the clause's steps found. Not a route ("between A and B"), where
    people came from or went ("fighters from A and B"), countries ("in Afghanistan and Pakistan") nor a
    list of areas that hold a town the clause names too."""
    if c.trigger.placeless or c.diplomatic:
        return None
    for found in ctx.lexicon.places.coordinated.finditer(ctx.text, *c.clause):
        items = _list_items(found, ctx)
        if items is not None and (scenes := _scenes_of_list(items, found.end(), c, ctx)) is not None:
            return scenes
    return None


def _list_items(found: re.Match[str], ctx: ArticleContext) -> list[tuple[int, str, Resolved | None]] | None:
    """The names of a coordinated list (start, name, the place read there or None): each a place the
    gazetteer reads there, or a name that may be a place it lacks (no time, actor, people or common
    word); names that are not open it ("On Sunday, Kyiv and Kharkiv"). None when the list is no list of
    places: a name read across its "and" ("Jammu and Kashmir"), a name no place inside it."""
    text, gazetteer, lexicon = ctx.text, ctx.gazetteer, ctx.lexicon
    items: list[tuple[int, str, Resolved | None]] = []
    names = list(lexicon.places.list_item.finditer(text, found.start(), found.end()))
    for m, following in zip(names, [*names[1:], None], strict=True):
        place = next((p for p in ctx.places if p.mention.start <= m.start() < p.mention.end), None)
        if place is not None and following is not None and place.mention.end > following.start():
            return None  # one name read across the list's joints
        name = m.group(0)
        key = normalize_name(name)
        named = place is not None or not (
            gazetteer.is_stopword(key)
            or gazetteer.is_demonym(key)
            or lexicon.actor_pattern.match(name)
            or scene.time_word(name, lexicon)
        )
        if named:
            items.append((m.start(), name, place))
        elif items:
            return None
    return items if len(items) >= 2 else None


def _scenes_of_list(
    items: list[tuple[int, str, Resolved | None]], end: int, c: Candidate, ctx: ArticleContext
) -> list[tuple[Resolved, str]] | None:
    text, gazetteer, words = ctx.text, ctx.gazetteer, ctx.lexicon.places
    first = items[0][0]
    before = text[max(c.clause[0], first - 60) : first]
    names = {normalize_name(name) for _, name, _ in items}
    told = {p.mention.start for p in c.targets if p is not None}
    own_unknown = normalize_name(c.unknown) in names if c.unknown else False
    introduced = words.locative.search(before) is not None or words.list_opening.search(before) is not None
    if not (introduced or own_unknown or any(p is not None and p.mention.start in told for _, _, p in items)):
        return None  # the clause's steps found no scene in it ("Israel and Hezbollah exchanged fire")
    if (
        LIST_NOT_SCENE.search(before)
        or words.title.search(before)  # "the governors of Kano and Kaduna": whose offices
        or any(p is not None and p.mention.relation == "between" for *_, p in items)
    ):
        return None
    known = [p for *_, p in items if p is not None]
    if any(gazetteer.kind(p.entry) == "country" or id(p.mention) in ctx.qualifiers for p in known):
        return None
    # the parts of one town ("the districts of Salhuddien and Midan", "the Shejaiya and Zeitoun
    # neighbourhoods"): one place, as ACLED codes the town
    kind = words.list_opening.search(before) or words.list_kind.match(text, end)
    if kind is not None and words.town_part.search(kind.group(0)) and not words.village.search(kind.group(0)):
        return None
    area = _area_of_list(first, end, c, ctx) or _area_of_clause(c, ctx, known, own_unknown)
    inside = [p for p in known if area is None or _within(area, p, gazetteer)]
    read: list[tuple[str, Resolved | None]] = []
    for start, name, place in items:
        # (a namesake outside the area the list is named with: "Kasai and Nahuta villages in Batsari")
        if place is not None and area is not None and not _within(area, place, gazetteer):
            place = None
        read.append((name, place or _read_in_list(start, name, inside, area, gazetteer)))
    placed = [p for _, p in read if p is not None]
    scenes: list[tuple[Resolved, str]] = []
    for name, place in read:
        if place is None and area is not None:
            scenes.append((area, name))
        elif place is not None and not any(
            gazetteer.contains(place.entry, q.entry) for q in placed if q is not place
        ):
            scenes.append((place, ""))
    # the clause's other scenes (not the list's area, nor an area holding one of its places)
    others = [(t, "" if own_unknown else c.unknown) for t in c.targets
              if t is not None and t is not area and t not in known
              and (area is None or t.mention is not area.mention)
              and not any(gazetteer.contains(t.entry, p.entry) for p, _ in scenes)]  # fmt: skip
    scenes += others
    before_split = {(t.entry, c.unknown) for t in c.targets if t is not None}
    if not scenes or {(p.entry, u) for p, u in scenes} == before_split:
        return None
    # (one scene: only for a list whose first name, which the gazetteer lacks, the steps could not place,
    # or placed at another of the list's: "the border towns of Khiam, Naqoura and Aitaroun" is at Naqoura
    # at least; "struck Khiam and Naqoura": not Khiam, which it lacks, at Naqoura)
    return scenes if len(scenes) > 1 or not before_split or own_unknown else None


def _area_of_clause(
    c: Candidate, ctx: ArticleContext, known: list[Resolved], own_unknown: bool
) -> Resolved | None:
    """The one area the clause's steps set its event in, when it names a list of settlements too ("attacked
    two towns in Lower Shabelle region, ... the capture of the districts of Awdhegle and Mubarak"): where
    the settlements the gazetteer lacks lie; or where they placed the list's first name, which it lacks."""
    gazetteer = ctx.gazetteer
    if own_unknown and c.targets and c.targets[0] is not None and c.targets[0] not in known:
        return c.targets[0]
    areas = [t for t in c.targets if t is not None and t not in known
             and (gazetteer.kind(t.entry) in ("admin1", "admin2", "region")
                  or (gazetteer.kind(t.entry) == "country" and t.mention.direction))]  # fmt: skip
    return areas[0] if len({t.entry for t in areas}) == 1 and len(areas) == len(c.targets) else None


def _read_in_list(
    start: int, name: str, known: list[Resolved], area: Resolved | None, gazetteer: Gazetteer
) -> Resolved | None:
    """A name of a list the mention finder left unread, read as the settlement or district of that name
    within the area the list is named with, else the one nearest the list's other places, within
    LIST_SPREAD_KM of them: "in Maungdaw, Ann and Thandwe" (Myanmar's Ann), "the Lebanese border towns
    of ... and al-Naqoura" (En Naqoura)."""
    points = [p for k in known if (p := gazetteer.lonlat(k.entry)) is not None]
    if area is None and not points:
        return None
    key = normalize_name(name)

    def spread(entry: int) -> float:
        at = gazetteer.lonlat(entry)
        if at is None or not points:
            return 0.0 if at is not None or area is not None else float("inf")
        return min(haversine_km(at[1], at[0], p[1], p[0]) for p in points)

    found = [(e, spread(e)) for e, _ in gazetteer.lookup_key(key) or gazetteer.lookup_without_article(key)
             if gazetteer.kind(e) in ("city", "admin2")
             and (_within_entry(area.entry, e, gazetteer) if area is not None else True)]  # fmt: skip
    found = [(e, km) for e, km in found if km <= LIST_SPREAD_KM]
    if not found:
        return None
    entry = min(found, key=lambda f: f[1])[0]
    mention = Mention(start, start + len(name), name, tuple((e, 1) for e, _ in found))
    return Resolved(
        mention, entry, LIST_READING, (gazetteer.label(entry), "named in a list with places near it")
    )


LIST_SPREAD_KM = 100.0  # a name of a list lies this close to the list's other places at most


LIST_READING = 0.6  # the confidence of a name of a list read by the country of the others


def _within_entry(area: int, entry: int, gazetteer: Gazetteer) -> bool:
    return entry == area or gazetteer.contains(area, entry)


def _within(area: Resolved, place: Resolved, gazetteer: Gazetteer) -> bool:
    return _within_entry(area.entry, place.entry, gazetteer)


def _division_named_so(town: Resolved, ctx: ArticleContext) -> Resolved | None:
    """A town read where the text names the area holding a list of settlements ("reclaimed towns including
    Dali and Al-Mazmum in Sennar"): the division of its name in its country, which is what holds towns (the
    one the report names with its kind word, "Sennar State", else the first-level one)."""
    gazetteer = ctx.gazetteer
    if gazetteer.kind(town.entry) != "city":
        return None
    key, code = normalize_name(town.mention.text), gazetteer.country_code(town.entry)
    divisions = [e for e, _ in town.mention.candidates
                 if gazetteer.kind(e) in ("admin1", "admin2") and gazetteer.country_code(e) == code
                 and normalize_name(gazetteer.name(e)) == key]  # fmt: skip
    if not divisions:
        return None
    worded = {p.entry for p in ctx.places if p.mention.area_word and p.entry in divisions}
    divisions.sort(key=lambda e: (e not in worded, gazetteer.kind(e) != "admin1"))
    why = f"a list of settlements told in {town.mention.text}: the division of that name"
    return replace(town, entry=divisions[0], evidence=(gazetteer.label(divisions[0]), why))


def _area_of_list(first: int, end: int, c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The area a list of settlements is named with: the division or country named right after it ("Kasai and
    Nahuta villages in Batsari local government area") or right before it ("the southern Lebanese border
    towns of"), in the clause."""
    gazetteer, text, words = ctx.gazetteer, ctx.text, ctx.lexicon.places
    settlements = words.list_opening.search(
        text, max(c.clause[0], first - 60), first
    ) or words.list_kind.match(text, end)
    areas = [a for p in ctx.places if c.clause[0] <= p.mention.start < c.clause[1]
             and id(p.mention) not in ctx.qualifiers
             and (a := p if gazetteer.kind(p.entry) in AREA_KINDS
                  else _division_named_so(p, ctx) if settlements else None) is not None]  # fmt: skip
    after = next((p for p in areas if p.mention.start >= end), None)
    # (not a people: "struck A and B in the Russian attack")
    if (
        after is not None
        and words.area_after_list.fullmatch(text, end, after.mention.start)
        and not gazetteer.is_demonym(normalize_name(after.mention.text))
    ):
        return after
    # (a people's adjective told with the kind of the list's settlements: "the Lebanese border towns of")
    before = [p for p in areas if p.mention.end <= first]
    if before and words.area_before_list.fullmatch(text, before[-1].mention.end, first):
        return before[-1]
    return None
