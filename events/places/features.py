"""What the ranker knows about each candidate of each mention: one row of numbers per candidate.

Stage 1 reads the candidate itself (kind, population, capital, how its name matched), the
mention (candidate count, a following "region", a settlement word, a kind word in the name,
an abbreviation, a dateline, its qualifier) and what the unambiguous mentions of the document
say (countries and divisions named). Stage 2 adds what the other mentions' stage-1 choices
say: their countries, divisions and kinds, the kinds of the names listed with it, the distance
to the nearest of them, the document's first place. A document's rows are built at once:
numpy over candidate rows and candidate pairs, no loop over mentions but for qualifiers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from events.places.gazetteer import Gazetteer
from events.places.mentions import ABBREVIATION, Mention
from events.reading.text import normalize_name

KINDS = ("city", "poi", "admin1", "admin2", "region", "country", "continent", "water")
STAGE1 = (
    *(f"kind_{k}" for k in KINDS),
    "log_population", "log_population_division", "most_populous", "population_gap", "capital",
    "log_support", "main_name",
    "part_of_longer_name", "demonym_country", "abbreviation_small", "log_candidates",
    "area_word_area", "area_word_point", "kind_word_area", "kind_word_water", "namesake_town_inside",
    "namesake_town_near",
    "qualified_by", "qualifies", "country_votes", "country_voted", "division_voted",
    "capital_of_named_country", "settlement_word_point", "settlement_word_area", "dateline_point",
)  # fmt: skip
STAGE2 = (
    *STAGE1,
    "picks_same_country", "picks_same_division", "near_50km", "near_200km", "log_nearest_km",
    "first_place_country", "first_place_division", "division_alone", "picks_same_kind", "list_same_kind",
)  # fmt: skip
AREA_WORD = re.compile(r"\b(?:county|province|state|region|district|governorate|oblast|prefecture|"
                       r"department|parish|municipality|territory)\b", re.I)  # fmt: skip
WATER_WORD = re.compile(r"\b(?:river|sea|lake|ocean|gulf|bay|strait|channel)\b", re.I)
ADMIN = ("admin1", "admin2", "region")
POINTS = ("city", "poi")
LOG_EARTH = math.log1p(20039.0)
# Kinds of place told apart when the document's places are compared ("New York" among states
# is the state; among towns, the city): towns and points, states, counties, countries, the rest.
GROUP = {"city": 0, "poi": 0, "admin1": 1, "admin2": 2, "country": 3, "region": 4, "continent": 4, "water": 5}


class Segments(NamedTuple):
    """Each mention's first row, and each row's mention (a frame's ``bounds`` as arrays)."""

    starts: np.ndarray
    owner: np.ndarray
    bounds: list[tuple[int, int]]

    @classmethod
    def of(cls, bounds: list[tuple[int, int]] | Segments) -> Segments:
        if isinstance(bounds, Segments):
            return bounds
        starts = np.fromiter((a for a, _ in bounds), np.int64, len(bounds))
        sizes = np.fromiter((b - a for a, b in bounds), np.int64, len(bounds))
        return cls(starts, np.repeat(np.arange(len(bounds)), sizes), bounds)


@dataclass
class Frame:
    """All candidates of a document's mentions, one row each, mention by mention."""

    mentions: list[Mention]
    entries: np.ndarray  # gazetteer entry per row
    segments: Segments  # each mention's first row, each row's mention, each mention's rows
    stage1: np.ndarray  # rows x STAGE1
    lists: np.ndarray  # per mention: the list it stands in ("A, B and C"), or -1

    @property
    def owner(self) -> np.ndarray:
        """The mention number of each row."""
        return self.segments.owner

    @property
    def bounds(self) -> list[tuple[int, int]]:
        """Each mention's rows, [start, end)."""
        return self.segments.bounds


def entry_arrays(gazetteer: Gazetteer) -> dict[str, np.ndarray]:
    """Per-entry numbers, built once per gazetteer and kept on it."""
    cached = getattr(gazetteer, "_ranker_arrays", None)
    if cached is not None:
        return cached
    ix = gazetteer.index
    kind_of = {k: n for n, k in enumerate(KINDS)}
    countries = {c: n for n, c in enumerate(["", *sorted(set(ix.country) - {""})])}
    divisions = {a: n for n, a in enumerate(["", *sorted(set(ix.admin1) - {""})])}
    arrays = {
        "kind": np.fromiter((kind_of[k] for k in ix.kinds), np.int8, len(ix.kinds)),
        "log_population": np.log10(np.asarray(ix.population, dtype=float) + 10.0),
        "capital": np.isin(np.arange(len(ix.ids)), np.fromiter(ix.capitals, int, len(ix.capitals))),
        "country": np.fromiter((countries[c] for c in ix.country), np.int32, len(ix.country)),
        "division": np.fromiter((divisions[a] for a in ix.admin1), np.int32, len(ix.admin1)),
        "division_code": np.fromiter((divisions[a] for a in ix.admin1), np.int32, len(ix.admin1)),
        "lat": np.radians(np.asarray(ix.lat, dtype=float)),
        "lon": np.radians(np.asarray(ix.lon, dtype=float)),
    }
    arrays["division"][arrays["kind"] == KINDS.index("country")] = 0
    arrays["area"] = np.isin(arrays["kind"], [KINDS.index(k) for k in ADMIN])
    arrays["point"] = np.isin(arrays["kind"], [KINDS.index(k) for k in POINTS])
    arrays["voter"] = np.isin(arrays["kind"], [KINDS.index("country"), KINDS.index("region")])
    # the second-level division each town is filed under (-1 none, -2 more than one)
    county = [-1] * len(ix.ids)
    for area, towns in ix.towns_in.items():
        for town in towns:
            county[town] = area if county[town] == -1 else -2
    arrays["county"] = np.asarray(county, dtype=np.int64)
    arrays["grouped"] = np.zeros(len(ix.ids), dtype=bool)  # areas made of others (world regions)
    arrays["grouped"][list(ix.members)] = True
    arrays["group"] = np.asarray([GROUP[k] for k in KINDS], np.int8)[arrays["kind"]]
    gazetteer._ranker_arrays = arrays
    return arrays


def build_frame(mentions: list[Mention], qualifiers: list[Mention | None], qualified: list[Mention | None],
                gazetteer: Gazetteer, datelines: list[bool] | None = None,
                lists: list[int] | None = None) -> Frame:  # fmt: skip
    """Stage-1 rows for every candidate of every mention (which must have candidates);
    ``datelines`` marks the mentions that open a report ("HOUSTON (AP) -"), ``lists`` the list
    each mention stands in (-1 for none). What a name and its kind words give is read from
    rows kept per name (_name_rows); the document's columns are added to a copy."""
    arrays = entry_arrays(gazetteer)
    entries = np.fromiter((e for m in mentions for e, _ in m.candidates), np.int64)
    sizes = [len(m.candidates) for m in mentions]
    owner = np.repeat(np.arange(len(mentions)), sizes)
    starts = np.cumsum([0, *sizes])
    bounds = [(int(a), int(b)) for a, b in zip(starts[:-1], starts[1:], strict=True)]
    x = np.concatenate(_name_rows(mentions, gazetteer)) if mentions else np.zeros((0, len(STAGE1)))
    _votes(x, COLUMN, mentions, entries, owner, bounds, arrays)
    if datelines is not None:
        x[:, COLUMN["dateline_point"]] = arrays["point"][entries] & np.asarray(datelines, dtype=bool)[owner]
    division = arrays["area"][entries]
    for m, (a, b) in enumerate(bounds):
        if qualifiers[m] is not None or qualified[m] is not None:
            _qualifier_columns(x[a:b], COLUMN, entries[a:b], division[a:b], qualifiers[m], qualified[m],
                               gazetteer)  # fmt: skip
    groups = np.asarray(lists if lists is not None else [-1] * len(mentions), dtype=np.int64)
    return Frame(mentions, entries, Segments(starts[:-1], owner, bounds), x, groups)


COLUMN = {name: n for n, name in enumerate(STAGE1)}
# How many names' rows are kept before the store starts afresh.
NAME_ROWS_KEPT = 50_000


def _name_rows(mentions: list[Mention], gazetteer: Gazetteer) -> list[np.ndarray]:
    """Per mention, the stage-1 rows its name and kind words give (the document's columns
    zero), kept on the gazetteer per candidates, name, key and kind words: the names not kept
    yet are built together (_name_block)."""
    kept = gazetteer.ranker_rows
    if len(kept) > NAME_ROWS_KEPT:
        kept.clear()
    keys = [(m.candidates, m.text, m.name_key, bool(m.area_word), bool(m.settlement_word)) for m in mentions]
    try:
        new = {key: m for key, m in zip(keys, mentions, strict=True) if key not in kept}
    except TypeError:  # candidates given as lists: kept by their tuples
        keys = [(tuple(map(tuple, key[0])), *key[1:]) for key in keys]
        new = {key: m for key, m in zip(keys, mentions, strict=True) if key not in kept}
    if new:
        x, bounds = _name_block(list(new.values()), gazetteer)
        x.flags.writeable = False
        kept.update(zip(new, (x[a:b] for a, b in bounds), strict=True))
    return [kept[key] for key in keys]


def _name_block(mentions: list[Mention], gazetteer: Gazetteer) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Stage-1 rows of what the mentions' names and kind words give (candidates' kinds,
    populations, spellings, main names, namesake towns), the document's columns zero, and
    each mention's rows."""
    arrays = entry_arrays(gazetteer)
    entries = np.fromiter((e for m in mentions for e, _ in m.candidates), np.int64)
    support = np.fromiter((s for m in mentions for _, s in m.candidates), float, len(entries))
    sizes = [len(m.candidates) for m in mentions]
    owner = np.repeat(np.arange(len(mentions)), sizes)
    starts = np.cumsum([0, *sizes])
    bounds = [(int(a), int(b)) for a, b in zip(starts[:-1], starts[1:], strict=True)]
    kind = arrays["kind"][entries]
    pop = arrays["log_population"][entries]
    x = np.zeros((len(entries), len(STAGE1)))
    col = COLUMN
    x[np.arange(len(entries)), kind] = 1.0
    # divisions' populations are summed over their settlements: not a town's, so apart
    division = arrays["area"][entries]
    point = arrays["point"][entries]
    x[:, col["log_population"]] = np.where(division, 0.0, pop)
    x[:, col["log_population_division"]] = np.where(division, pop, 0.0)
    ranked = np.where(division, 0.0, pop)
    top = np.maximum.reduceat(ranked, starts[:-1]) if len(entries) else ranked
    x[:, col["most_populous"]] = ~division & (ranked >= top[owner])
    x[:, col["population_gap"]] = np.where(division, 0.0, ranked - top[owner])
    x[:, col["capital"]] = arrays["capital"][entries]
    x[:, col["log_support"]] = np.log2(1 + support)
    x[:, col["log_candidates"]] = np.log2(np.asarray(sizes, dtype=float))[owner]
    _name_columns(x, col, mentions, entries, owner, kind, division, point, gazetteer)
    _namesakes(x, col, mentions, entries, owner, division, point, gazetteer)
    return x, bounds


def _name_columns(x, col, mentions: list[Mention], entries, owner, kind, is_area, is_point,
                  gazetteer: Gazetteer) -> None:  # fmt: skip
    """What each mention's name and the words round it say, spread over its candidates' rows."""
    keys = [m.name_key or normalize_name(m.text) for m in mentions]
    pairs = zip(entries.tolist(), owner.tolist(), strict=True)
    x[:, col["main_name"]] = [gazetteer.key_of(e) == keys[o] for e, o in pairs]
    flags = np.asarray(
        [(bool(m.name_key) and key != normalize_name(m.text), gazetteer.is_demonym(key),
          ABBREVIATION.fullmatch(m.text) is not None, bool(m.settlement_word), bool(m.area_word),
          AREA_WORD.search(m.text) is not None, WATER_WORD.search(m.text) is not None)
         for m, key in zip(mentions, keys, strict=True)], dtype=bool)[owner]  # fmt: skip
    longer, demonym, abbreviation, settlement, area_word, kind_area, kind_water = flags.T
    x[:, col["part_of_longer_name"]] = longer
    x[:, col["demonym_country"]] = demonym & (kind == KINDS.index("country"))
    x[:, col["abbreviation_small"]] = abbreviation & (is_point | (kind == KINDS.index("admin2")))
    x[:, col["settlement_word_point"]] = settlement & is_point
    x[:, col["settlement_word_area"]] = settlement & is_area
    x[:, col["area_word_area"]] = area_word & is_area
    x[:, col["area_word_point"]] = area_word & is_point
    x[:, col["kind_word_area"]] = kind_area & is_area
    x[:, col["kind_word_water"]] = kind_water & (kind == KINDS.index("water"))


def _namesakes(x, col, mentions: list[Mention], entries, owner, is_area, is_point,
               gazetteer: Gazetteer) -> None:  # fmt: skip
    """Divisions with a town candidate of the same mention inside (of their own name: "Kharkiv",
    "New York"; not when the text says "region"), which then weigh no more than that town (a
    division's summed population says nothing about which is meant), or near their centre (a
    county and its seat, a division and its capital): one pass over the document's pairs."""
    areas, points = np.flatnonzero(is_area), np.flatnonzero(is_point)
    if not len(areas) or not len(points):
        return
    a, p = np.nonzero(owner[areas][:, None] == owner[points][None, :])
    if not len(a):
        return
    a, p = areas[a], points[p]
    arrays = entry_arrays(gazetteer)
    km = _km(arrays, entries[a], entries[p])
    x[np.unique(a[km < 50]), col["namesake_town_near"]] = 1.0
    area_word = np.fromiter((bool(m.area_word) for m in mentions), bool, len(mentions))
    named = (x[p, col["main_name"]] > 0) & ~area_word[owner[a]]
    a, p = a[named], p[named]
    inside = _inside(entries[a], entries[p], gazetteer)
    if not inside.any():
        return
    a, p = a[inside], p[inside]
    town = np.full(len(x), -np.inf)
    np.maximum.at(town, a, x[p, col["log_population"]])
    held = np.unique(a)
    x[held, col["namesake_town_inside"]] = 1.0
    x[held, col["log_population_division"]] = town[held]


def _km(arrays: dict[str, np.ndarray], one: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Great-circle km between paired entries (inf where either has no point), as
    Gazetteer.distances_km reckons them."""
    lat1, lon1 = arrays["lat"][one], arrays["lon"][one]
    lat2, lon2 = arrays["lat"][other], arrays["lon"][other]
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    km = 6371.0088 * 2 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
    return np.where(np.isnan(km), np.inf, km)


def _inside(areas: np.ndarray, places: np.ndarray, gazetteer: Gazetteer) -> np.ndarray:
    """``Gazetteer.contains(area, place)`` for each (area, place) pair: countries and
    first-level divisions by their codes, second-level divisions by the towns filed under
    them, all at once; groups of areas (and towns filed twice) one by one."""
    arrays = entry_arrays(gazetteer)
    kind, grouped = arrays["kind"][areas], arrays["grouped"][areas]
    codes = arrays["division_code"]
    inside = (areas != places) & ~grouped & (
        ((kind == KINDS.index("country")) & (arrays["country"][areas] == arrays["country"][places]))
        | ((kind == KINDS.index("admin1")) & (codes[areas] == codes[places])
           & (arrays["kind"][places] != KINDS.index("admin1"))))  # fmt: skip
    county = (kind == KINDS.index("admin2")) & ~grouped
    filed = arrays["county"][places]
    inside |= county & (filed == areas)
    for n in np.flatnonzero((county & (filed == -2)) | grouped).tolist():
        inside[n] = gazetteer.contains(int(areas[n]), int(places[n]))
    return inside


def _qualifier_columns(x, col, entries, is_area, qualifier: Mention | None, qualified: Mention | None,
                       gazetteer: Gazetteer) -> None:  # fmt: skip
    """The candidates a qualifier holds ("Odessa, Texas"); the areas that hold the mention qualified."""
    if qualifier is not None:
        holders = np.fromiter((q for q, _ in qualifier.candidates), np.int64)
        inside = _inside(np.repeat(holders, len(entries)), np.tile(entries, len(holders)), gazetteer)
        x[:, col["qualified_by"]] = inside.reshape(len(holders), len(entries)).any(axis=0)
    if qualified is not None:
        held = np.fromiter((c for c, _ in qualified.candidates), np.int64)
        rows = np.flatnonzero(is_area)
        inside = _inside(np.repeat(entries[rows], len(held)), np.tile(held, len(rows)), gazetteer)
        x[:, col["qualifies"]] = 0.0
        x[rows, col["qualifies"]] = inside.reshape(len(rows), len(held)).any(axis=1)


def _votes(x, col, mentions, entries, owner, bounds, arrays) -> None:
    """Countries and divisions named by the document's unambiguous mentions (one candidate,
    or a country among the candidates): each such mention votes for its first candidate."""
    voter = arrays["voter"][entries]
    anchors = np.asarray([a for a, b in bounds if b - a == 1 or voter[a:b].any()], dtype=np.int64)
    if not len(anchors):
        return
    countries = arrays["country"][entries]
    divisions = arrays["division"][entries]
    anchor_country = countries[anchors]
    anchor_division = divisions[anchors]
    country_votes = np.bincount(anchor_country, minlength=countries.max() + 1).astype(float)
    division_votes = np.bincount(anchor_division, minlength=divisions.max() + 1).astype(float)
    country_votes[0] = division_votes[0] = 0
    own = np.zeros(len(entries))
    own_division = np.zeros(len(entries))
    anchor_of = np.full(len(mentions), -1)
    anchor_of[owner[anchors]] = anchors
    has_anchor = anchor_of[owner] >= 0
    own[has_anchor] = countries[has_anchor] == countries[anchor_of[owner[has_anchor]]]
    own_division[has_anchor] = divisions[has_anchor] == divisions[anchor_of[owner[has_anchor]]]
    votes = np.maximum(country_votes[countries] - own, 0)
    x[:, col["country_votes"]] = votes / max(1, len(anchors))
    x[:, col["country_voted"]] = votes > 0
    x[:, col["division_voted"]] = np.maximum(division_votes[divisions] - own_division, 0) > 0
    x[:, col["capital_of_named_country"]] = x[:, col["capital"]] * x[:, col["country_voted"]]


def stage2(frame: Frame, picks: np.ndarray, gazetteer: Gazetteer) -> np.ndarray:
    """Stage-1 rows plus what the other mentions' stage-1 choices (``picks``, one entry per
    mention) say about each candidate."""
    arrays = entry_arrays(gazetteer)
    entries, owner = frame.entries, frame.owner
    extra = np.zeros((len(entries), len(STAGE2) - len(STAGE1)))
    col = {name: n - len(STAGE1) for n, name in enumerate(STAGE2) if n >= len(STAGE1)}
    others = len(picks) - 1
    if others > 0:
        countries, divisions = arrays["country"], arrays["division"]
        pick_country, pick_division = countries[picks], divisions[picks]
        row_country, row_division = countries[entries], divisions[entries]
        same_country = (row_country[:, None] == pick_country[None, :]) & (row_country[:, None] > 0)
        same_division = (row_division[:, None] == pick_division[None, :]) & (row_division[:, None] > 0)
        mine = _same_name(frame)[owner]
        count = np.maximum((~mine).sum(axis=1), 1)
        extra[:, col["picks_same_country"]] = (same_country & ~mine).sum(axis=1) / count
        extra[:, col["picks_same_division"]] = (same_division & ~mine).sum(axis=1) / count
        first = ~mine[:, 0]
        extra[:, col["first_place_country"]] = same_country[:, 0] & first
        extra[:, col["first_place_division"]] = same_division[:, 0] & first
        is_area = arrays["area"][entries]
        extra[:, col["division_alone"]] = is_area & (extra[:, col["picks_same_division"]] == 0)
        group = arrays["group"]
        same_group = (group[entries][:, None] == group[picks][None, :]) & ~mine
        extra[:, col["picks_same_kind"]] = same_group.sum(axis=1) / count
        lists = frame.lists
        sibling = (lists[:, None] == lists[None, :]) & (lists[:, None] >= 0)
        siblings = sibling[owner] & ~mine
        listed = np.maximum(siblings.sum(axis=1), 1)
        extra[:, col["list_same_kind"]] = (same_group & siblings).sum(axis=1) / listed
        nearest = _nearest_km(entries, picks, mine, arrays)
        extra[:, col["near_50km"]] = nearest < 50
        extra[:, col["near_200km"]] = nearest < 200
        extra[:, col["log_nearest_km"]] = np.log1p(np.minimum(nearest, 20039.0)) / LOG_EARTH
    else:
        extra[:, col["log_nearest_km"]] = 1.0
    return np.hstack([frame.stage1, extra])


def _same_name(frame: Frame) -> np.ndarray:
    """mentions x mentions: True where two mentions have the same name (or are one): a
    repeated name is no evidence for itself."""
    keys = [m.name_key or normalize_name(m.text) for m in frame.mentions]
    ids = {k: n for n, k in enumerate(dict.fromkeys(keys))}
    key_id = np.asarray([ids[k] for k in keys])
    return key_id[:, None] == key_id[None, :]


def _nearest_km(entries, picks, mine, arrays) -> np.ndarray:
    """km from each candidate to the nearest other mention's pick that is a point (inf if none)."""
    usable = np.flatnonzero(arrays["point"][picks] & ~np.isnan(arrays["lat"][picks]))
    if not len(usable):
        return np.full(len(entries), np.inf)
    picks, mine = picks[usable], mine[:, usable]
    lat1, lon1 = arrays["lat"][entries][:, None], arrays["lon"][entries][:, None]
    lat2, lon2 = arrays["lat"][picks][None, :], arrays["lon"][picks][None, :]
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    km = 6371.0088 * 2 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    km[np.isnan(km) | mine | (entries[:, None] == picks[None, :])] = np.inf
    return km.min(axis=1)
