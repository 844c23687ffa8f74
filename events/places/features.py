"""What the ranker knows about each candidate of each mention: one row of numbers per candidate.

Stage 1 reads the candidate itself (kind, population, capital, how its name matched), the
mention (candidate count, a following "region", a settlement word, a kind word in the name,
an abbreviation, a dateline, its qualifier) and what the unambiguous mentions of the document
say (countries and divisions named). Stage 2 adds what the other mentions' stage-1 choices
say: their countries, divisions and kinds, the kinds of the names listed with it, the distance
to the nearest of them (for towns, counties' centres count too), the document's first place.
Stage 1 also reads the kinds of place the names listed with a mention are at their largest
("Michigan, Oregon, New York and Ohio": states before any context sways one of them), and
how many of the other names have a candidate near each candidate ("Paris ... Sulphur Springs"). A
document's rows are built at once: numpy over candidate rows and candidate pairs, no loop over
mentions but for qualifiers and lists.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import accumulate
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
    "list_prior_kind", "names_near",
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
LOG_TWENTY = math.log10(20.0)
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

    @classmethod
    def of_sizes(cls, sizes: list[int]) -> Segments:
        """The segments of mentions with this many rows each, in order (no mention: no rows)."""
        ends = list(accumulate(sizes))
        bounds = list(zip([0, *ends], ends, strict=False))
        starts = np.fromiter((a for a, _ in bounds), np.int64, len(bounds))
        return cls(starts, np.repeat(np.arange(len(sizes)), sizes), bounds)


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
    arrays["country_count"] = np.int64(len(countries))  # (the codes' numbers: _votes)
    arrays["division_count"] = np.int64(len(divisions))
    arrays["area"] = np.isin(arrays["kind"], [KINDS.index(k) for k in ADMIN])
    arrays["point"] = np.isin(arrays["kind"], [KINDS.index(k) for k in POINTS])
    arrays["located_point"] = arrays["point"] & ~np.isnan(arrays["lat"])  # (a point with coordinates)
    arrays["located_county"] = (arrays["kind"] == KINDS.index("admin2")) & ~np.isnan(arrays["lat"])
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
    # the codes a candidate is compared by with the other places' (stage2), a row per entry;
    # and the same with none (0) as -1 for country and division: no code is the same as none
    codes = np.stack([arrays["country"], arrays["division"], arrays["group"]], axis=1)
    arrays["code_rows"] = codes.astype(np.int32)
    arrays["code_rows_or_none"] = arrays["code_rows"].copy()
    arrays["code_rows_or_none"][:, :2][arrays["code_rows"][:, :2] == 0] = -1
    arrays["cos_lat"] = np.cos(arrays["lat"])
    # each entry's point as a unit vector (NaN without one), for distances by dot products
    arrays["unit"] = np.stack(
        [
            arrays["cos_lat"] * np.cos(arrays["lon"]),
            arrays["cos_lat"] * np.sin(arrays["lon"]),
            np.sin(arrays["lat"]),
        ],
        axis=1,
    )
    # what _names_near compares: towns', points' and counties' unit vectors (zero for the rest); the
    # division codes of those and of first-level divisions (-1 for the rest); the entries it is
    # told to (towns, points, first-level divisions)
    placed = arrays["located_point"] | arrays["located_county"]
    arrays["near_unit"] = np.where(placed, arrays["unit"].T, 0.0)
    first = arrays["kind"] == KINDS.index("admin1")
    # (first-level divisions' codes raised by NEAR_FIRST: which rows are divisions, in one array)
    arrays["near_code"] = np.where(placed | first, arrays["division_code"] + NEAR_FIRST * first, -1)
    arrays["near_told"] = arrays["point"] | first
    # which kinds of entry each of NAME_WORDS tells (entries x NAME_WORDS)
    kind = arrays["kind"]
    kinds = {"all": np.ones(len(ix.ids), dtype=bool), "point": arrays["point"], "area": arrays["area"],
             "country": kind == KINDS.index("country"), "water": kind == KINDS.index("water"),
             "small": arrays["point"] | (kind == KINDS.index("admin2"))}  # fmt: skip
    arrays["name_kinds"] = np.stack([kinds[told] for _, _, told in NAME_WORDS], axis=1)
    # what each entry holds by codes (_inside): which of a place's codes it is compared by
    # ("holds": 1 a country, its country; 2 a first-level division, its division, none for
    # another first-level division; 3 a second-level division, the one it is filed under;
    # 0 nothing, and groups of areas, which are tested one by one) and the value it must have
    holds = np.zeros(len(ix.ids), dtype=np.int64)
    for number, holder in enumerate(("country", "admin1", "admin2"), 1):
        holds[kind == KINDS.index(holder)] = number
    holds[arrays["grouped"]] = 0
    arrays["holds"] = holds
    arrays["held_as"] = np.select(
        [holds == 1, holds == 2, holds == 3],
        [arrays["country"], arrays["division_code"], np.arange(len(holds))],
        -3,
    )
    first_level = kind == KINDS.index("admin1")
    arrays["placed_as"] = np.stack(
        [
            np.full(len(holds), -4),
            arrays["country"],
            np.where(first_level, -5, arrays["division_code"]),
            arrays["county"],
        ]
    )
    # a candidate's two population columns (POPULATIONS): a town's, and a division's (summed over
    # its settlements, it says nothing of which is meant: a column of its own)
    arrays["populations"] = np.stack(
        [
            np.where(arrays["area"], 0.0, arrays["log_population"]),
            np.where(arrays["area"], arrays["log_population"], 0.0),
        ],
        axis=1,
    )
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
    sizes = [len(m.candidates) for m in mentions]
    segments = Segments.of_sizes(sizes)
    owner, bounds = segments.owner, segments.bounds
    if mentions:  # (each name's rows kept with its candidates' entries)
        named = _name_rows(mentions, gazetteer)
        x = np.concatenate([rows for rows, _ in named])
        entries = np.concatenate([kept for _, kept in named])
    else:
        x, entries = np.zeros((0, len(STAGE1))), np.zeros(0, dtype=np.int64)
    _votes(x, COLUMN, entries, segments, np.asarray(sizes), arrays)
    if datelines is not None and any(datelines):  # (the name rows' column is 0)
        x[:, COLUMN["dateline_point"]] = arrays["point"][entries] & np.asarray(datelines, dtype=bool)[owner]
    if any(q is not None for q in qualifiers) or any(q is not None for q in qualified):
        _qualifier_columns(x, COLUMN, entries, bounds, qualifiers, qualified, gazetteer)
    _names_near(x, COLUMN, entries, segments, mentions, arrays)
    groups = np.asarray(lists if lists is not None else [-1] * len(mentions), dtype=np.int64)
    if len(groups) and groups.max() >= 0:
        _list_prior_kind(x, COLUMN, entries, segments, mentions, groups, arrays)
    return Frame(mentions, entries, segments, x, groups)


COLUMN = {name: n for n, name in enumerate(STAGE1)}
KIND_ROWS = np.eye(len(KINDS))  # (a candidate's kind columns, by its kind)
POPULATIONS = slice(COLUMN["log_population"], COLUMN["log_population_division"] + 1)  # (entry_arrays)
# How many names' rows are kept before the store starts afresh.
NAME_ROWS_KEPT = 50_000


def _name_rows(mentions: list[Mention], gazetteer: Gazetteer) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per mention, the stage-1 rows its name and kind words give (the document's columns
    zero) and its candidates' entries, kept on the gazetteer per candidates, name, key and kind
    words: the names not kept yet are built together (_name_block)."""
    kept = gazetteer.ranker_rows
    if len(kept) > NAME_ROWS_KEPT:
        kept.clear()
    keys = [(m.candidates, m.text, m.name_key, bool(m.area_word), bool(m.settlement_word)) for m in mentions]
    try:
        rows = [kept.get(key) for key in keys]  # (each key hashed once: candidates are long tuples)
    except TypeError:  # candidates given as lists: kept by their tuples
        keys = [(tuple(map(tuple, key[0])), *key[1:]) for key in keys]
        rows = [kept.get(key) for key in keys]
    missing = [k for k, row in enumerate(rows) if row is None]
    if missing:
        new = {keys[k]: mentions[k] for k in missing}
        x, entries, bounds = _name_block(list(new.values()), gazetteer)
        x.flags.writeable = entries.flags.writeable = False
        made = dict(zip(new, ((x[a:b], entries[a:b]) for a, b in bounds), strict=True))
        kept.update(made)
        for k in missing:
            rows[k] = made[keys[k]]
    return rows  # type: ignore[return-value]


def _name_block(
    mentions: list[Mention], gazetteer: Gazetteer
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """Stage-1 rows of what the mentions' names and kind words give (candidates' kinds,
    populations, spellings, main names, namesake towns), the document's columns zero, the
    candidates' entries and each mention's rows."""
    arrays = entry_arrays(gazetteer)
    entries = np.fromiter((e for m in mentions for e, _ in m.candidates), np.int64)
    support = np.fromiter((s for m in mentions for _, s in m.candidates), float, len(entries))
    sizes = [len(m.candidates) for m in mentions]
    starts, owner, bounds = Segments.of_sizes(sizes)
    x = np.zeros((len(entries), len(STAGE1)))
    col = COLUMN
    x[:, : len(KINDS)] = KIND_ROWS[arrays["kind"][entries]]
    x[:, POPULATIONS] = arrays["populations"][entries]
    division = arrays["area"][entries]
    point = arrays["point"][entries]
    ranked = x[:, col["log_population"]]  # (divisions' populations are in the next column)
    top = (np.maximum.reduceat(ranked, starts) if len(entries) else ranked)[owner]
    x[:, col["most_populous"]] = ~division & (ranked >= top)
    x[:, col["population_gap"]] = np.where(division, 0.0, ranked - top)
    x[:, col["capital"]] = arrays["capital"][entries]
    x[:, col["log_support"]] = np.log2(1 + support)
    x[:, col["log_candidates"]] = np.log2(np.asarray(sizes, dtype=float))[owner]
    _name_columns(x, col, mentions, entries, owner, gazetteer)
    _namesakes(x, col, mentions, entries, owner, division, point, gazetteer)
    return x, entries, bounds


# What a mention's name and the words round it say (_name_columns), each told to the
# candidates of one kind: its column, which of the mention's flags, which entries ("all",
# "country", "small": towns, points and counties, "point", "area" (ADMIN), "water").
NAME_WORDS = (
    ("part_of_longer_name", "longer", "all"), ("demonym_country", "demonym", "country"),
    ("abbreviation_small", "abbreviation", "small"), ("settlement_word_point", "settlement", "point"),
    ("settlement_word_area", "settlement", "area"), ("area_word_area", "area_word", "area"),
    ("area_word_point", "area_word", "point"), ("kind_word_area", "kind_area", "area"),
    ("kind_word_water", "kind_water", "water"),
)  # fmt: skip
NAME_FLAGS = ("longer", "demonym", "abbreviation", "settlement", "area_word", "kind_area", "kind_water")
NAME_WORD_COLUMNS = [STAGE1.index(column) for column, _, _ in NAME_WORDS]
NAME_WORD_FLAGS = [NAME_FLAGS.index(flag) for _, flag, _ in NAME_WORDS]


def _name_columns(x, col, mentions: list[Mention], entries, owner, gazetteer: Gazetteer) -> None:
    """What each mention's name and the words round it say, spread over its candidates' rows
    (NAME_WORDS: a flag of the mention for the candidates of a kind)."""
    keys = [m.name_key or normalize_name(m.text) for m in mentions]
    key_of = gazetteer.key_of
    x[:, col["main_name"]] = [
        key_of(e) == key for m, key in zip(mentions, keys, strict=True) for e, _ in m.candidates
    ]
    flags = [(bool(m.name_key) and key != normalize_name(m.text), gazetteer.is_demonym(key),
              ABBREVIATION.fullmatch(m.text) is not None, bool(m.settlement_word), bool(m.area_word),
              AREA_WORD.search(m.text) is not None, WATER_WORD.search(m.text) is not None)
             for m, key in zip(mentions, keys, strict=True)]  # fmt: skip
    if not any(map(any, flags)):  # (no flag: the columns stay 0)
        return
    told = entry_arrays(gazetteer)["name_kinds"][entries]
    x[:, NAME_WORD_COLUMNS] = np.asarray(flags, dtype=bool)[:, NAME_WORD_FLAGS][owner] & told


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
    x[a[km < 50], col["namesake_town_near"]] = 1.0
    # a town of the name, or, for a first-level division, one large beside it (New York City: a
    # twentieth of its people or more, as the rules' namesake test)
    named = (x[p, col["main_name"]] > 0) | (
        (arrays["kind"][entries[a]] == KINDS.index("admin1"))
        & (arrays["log_population"][entries[p]] >= arrays["log_population"][entries[a]] - LOG_TWENTY)
    )
    if any(m.area_word for m in mentions):
        area_word = np.fromiter((bool(m.area_word) for m in mentions), bool, len(mentions))
        named &= ~area_word[owner[a]]
    a, p = a[named], p[named]
    inside = _inside(entries[a], entries[p], gazetteer)
    if True not in inside.tolist():  # (none: a list's test is quicker than .any() on a few pairs)
        return
    a, p = a[inside], p[inside]
    town = np.full(len(x), -np.inf)
    np.maximum.at(town, a, x[p, col["log_population"]])
    x[a, col["namesake_town_inside"]] = 1.0
    x[a, col["log_population_division"]] = town[a]


def _km(arrays: dict[str, np.ndarray], one: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Great-circle km between paired entries (inf where either has no point), as
    Gazetteer.distances_km reckons them."""
    lat1, lon1 = arrays["lat"][one], arrays["lon"][one]
    lat2, lon2 = arrays["lat"][other], arrays["lon"][other]
    cos1, cos2 = arrays["cos_lat"][one], arrays["cos_lat"][other]
    h = np.sin((lat2 - lat1) / 2) ** 2 + cos1 * cos2 * np.sin((lon2 - lon1) / 2) ** 2
    km = 6371.0088 * 2 * np.arcsin(np.sqrt(np.minimum(np.maximum(h, 0), 1)))
    km[np.isnan(km)] = np.inf
    return km


def _inside(areas: np.ndarray, places: np.ndarray, gazetteer: Gazetteer) -> np.ndarray:
    """``Gazetteer.contains(area, place)`` for each (area, place) pair: countries and
    first-level divisions by their codes, second-level divisions by the towns filed under
    them, all at once (entry_arrays: "holds", "held_as", "placed_as"); groups of areas (and
    towns filed twice) one by one."""
    arrays = entry_arrays(gazetteer)
    holds = arrays["holds"][areas]
    placed = arrays["placed_as"][holds, places]
    inside = (areas != places) & (arrays["held_as"][areas] == placed)
    for n in np.flatnonzero(arrays["grouped"][areas] | ((holds == 3) & (placed == -2))).tolist():
        inside[n] = gazetteer.contains(int(areas[n]), int(places[n]))
    return inside


NAMES_NEAR_KM = 200.0
NAMES_NEAR_COS = math.cos(NAMES_NEAR_KM / 6371.0088)
NEAR_FIRST = 1 << 24  # (entry_arrays: "near_code")
NEAR_BLOCK = 512  # rows compared with every row at once: memory bounded, not quadratic in the names


def _names_near(x, col, entries, segments: Segments, mentions: list[Mention], arrays) -> None:
    """Per candidate (a town, a point, a first-level division), the share of the document's other
    names with a candidate near it: a town, point or county's centre within NAMES_NEAR_KM, or,
    between a first-level division and a place, the one inside the other. Read before any choice,
    so a cluster of small namesakes ("Paris ... Sulphur Springs crews") counts where the other
    names' own choices would be their famous namesakes."""
    keys: dict[str, int] = {}
    firsts = []  # each name's first mention
    named = []  # each mention's name, numbered
    for k, m in enumerate(mentions):
        number = keys.setdefault(m.name_key or normalize_name(m.text), len(keys))
        if number == len(firsts):
            firsts.append(k)
        named.append(number)
    if len(keys) < 2:
        return
    # the rows of each name's first mention (a name told again has the same candidates) against
    # every row, as the cosine of the angle between them (towns, points and counties' centres; the
    # rest are zero vectors, never near); a first-level division and a place inside it as near.
    # (Three products summed, not a matrix product: BLAS's threads cost more than they save here.)
    bounds = segments.bounds
    sizes = [bounds[k][1] - bounds[k][0] for k in firsts]
    at = list(accumulate([0, *sizes]))
    rows = np.repeat([bounds[k][0] - a for k, a in zip(firsts, at, strict=False)], sizes) + np.arange(at[-1])
    x_, y_, z_ = arrays["near_unit"][:, entries]
    code = arrays["near_code"][entries]
    first = code >= NEAR_FIRST
    any_division = bool(first.any())  # (a division among the candidates: places inside it are near)
    own = np.asarray(named)[segments.owner]
    counted = np.zeros(len(entries), dtype=np.int64)
    lo = 0
    while lo < len(keys):  # (names in blocks of about NEAR_BLOCK rows: a block's rows x every row)
        hi = lo + 1
        while hi < len(keys) and at[hi + 1] - at[lo] <= NEAR_BLOCK:
            hi += 1
        part = rows[at[lo] : at[hi]]
        cosines = x_[part, None] * x_ + y_[part, None] * y_ + z_[part, None] * z_
        if any_division:
            code_of, first_of = code[part], first[part]
            divisions = np.flatnonzero(first_of)  # (a division among the rows: the places inside it)
            if len(divisions):
                inside = (code_of[divisions, None] % NEAR_FIRST == code % NEAR_FIRST) & ~first
                cosines[divisions] = np.where(inside, 1.0, cosines[divisions])
            divisions = np.flatnonzero(first)  # (a division among the candidates: the places inside it)
            inside = (code_of[:, None] % NEAR_FIRST == code[divisions] % NEAR_FIRST) & ~first_of[:, None]
            cosines[:, divisions] = np.where(inside, 1.0, cosines[:, divisions])
        # each name's nearest row to each candidate, none for the candidate's own name
        nearest = np.maximum.reduceat(cosines, np.asarray(at[lo:hi]) - at[lo], axis=0)
        nearest[own == np.arange(lo, hi)[:, None]] = -1.0
        counted += np.count_nonzero(nearest >= NAMES_NEAR_COS, axis=0)
        lo = hi
    x[:, col["names_near"]] = arrays["near_told"][entries] * counted / (len(keys) - 1)


def _list_prior_kind(x, col, entries, segments: Segments, mentions: list[Mention], lists: np.ndarray,
                     arrays) -> None:  # fmt: skip
    """ "Michigan, Oregon, New York and Ohio": per candidate, the share of the other names of its list
    whose largest candidate (by either population column, before any context) is of its kind of place
    (GROUP); read before any choice, so one name's context-swayed choice does not sway its list."""
    group = arrays["group"][entries]
    size = x[:, POPULATIONS].max(axis=1)
    keys = [m.name_key or normalize_name(m.text) for m in mentions]
    prior = [int(group[a + int(np.argmax(size[a:b]))]) for a, b in segments.bounds]
    members: dict[int, list[int]] = {}
    for k, number in enumerate(lists.tolist()):
        if number >= 0:
            members.setdefault(number, []).append(k)
    for ks in members.values():
        for k in ks:
            others = [prior[o] for o in ks if keys[o] != keys[k]]
            if not others:
                continue
            a, b = segments.bounds[k]
            x[a:b, col["list_prior_kind"]] = [others.count(g) / len(others) for g in group[a:b].tolist()]


def _qualifier_columns(x, col, entries, bounds, qualifiers: list[Mention | None],
                       qualified: list[Mention | None], gazetteer: Gazetteer) -> None:  # fmt: skip
    """The candidates a qualifier holds ("Odessa, Texas"); the areas that hold the mention
    qualified: every (area, place) pair of the document tested at once (_inside), each
    pair's row marked in its column where the area holds the place."""
    is_area = entry_arrays(gazetteer)["area"][entries].tolist()
    listed = entries.tolist()
    areas: list[int] = []
    places: list[int] = []
    marks: list[int] = []  # the row, or the row + len(entries) for "qualifies"
    for m, (a, b) in enumerate(bounds):
        if qualifiers[m] is not None:
            for holder, _ in qualifiers[m].candidates:
                areas += [holder] * (b - a)
                places += listed[a:b]
                marks += range(a, b)
        if qualified[m] is not None:
            held = [c for c, _ in qualified[m].candidates]
            for row in range(a, b):
                if is_area[row]:
                    areas += [listed[row]] * len(held)
                    places += held
                    marks += [row + len(listed)] * len(held)
    inside = _inside(np.asarray(areas, dtype=np.int64), np.asarray(places, dtype=np.int64), gazetteer)
    hits = np.zeros(2 * len(listed), dtype=bool)
    hits[np.asarray(marks, dtype=np.int64)[inside]] = True
    x[:, col["qualified_by"]] = hits[: len(listed)]
    x[:, col["qualifies"]] = hits[len(listed) :]


def _votes(x, col, entries, segments: Segments, sizes: np.ndarray, arrays) -> None:
    """Countries and divisions named by the document's unambiguous mentions (one candidate,
    or a country among the candidates): each such mention votes for its first candidate."""
    if not len(entries):
        return
    starts, owner = segments.starts, segments.owner
    voting = np.logical_or.reduceat(arrays["voter"][entries], starts) | (sizes == 1)
    anchors = starts[voting]
    if not len(anchors):
        return
    countries = arrays["country"][entries]
    divisions = arrays["division"][entries]
    # (counts as integers, and the tables' sizes kept: the same numbers with fewer numpy calls)
    country_votes = np.bincount(countries[anchors], minlength=arrays["country_count"])
    division_votes = np.bincount(divisions[anchors], minlength=arrays["division_count"])
    country_votes[0] = division_votes[0] = 0
    # a mention's own vote counts for none of its candidates of its first candidate's country
    # (division)
    own_vote = voting[owner]
    firsts = starts[owner]
    votes = np.maximum(country_votes[countries] - (own_vote & (countries == countries[firsts])), 0)
    x[:, col["country_votes"]] = votes / max(1, len(anchors))
    x[:, col["country_voted"]] = votes > 0
    x[:, col["division_voted"]] = division_votes[divisions] > (own_vote & (divisions == divisions[firsts]))
    x[:, col["capital_of_named_country"]] = x[:, col["capital"]] * x[:, col["country_voted"]]


COLUMN2 = {name: n for n, name in enumerate(STAGE2)}
# the columns stage 2 adds, numbered from the first (stage2 writes them as rows of one block)
ADDED = {name: n for n, name in enumerate(STAGE2[len(STAGE1) :])}
ADDED_SHARED = slice(ADDED["picks_same_country"], ADDED["picks_same_division"] + 1)
ADDED_FIRST = slice(ADDED["first_place_country"], ADDED["first_place_division"] + 1)
ADDED_NEAR = slice(ADDED["near_50km"], ADDED["near_200km"] + 1)
NEAR_KM = np.array([[50.0], [200.0]])


def stage2(frame: Frame, picks: np.ndarray, gazetteer: Gazetteer) -> np.ndarray:
    """Stage-1 rows plus what the other mentions' stage-1 choices (``picks``, one entry per
    mention) say about each candidate: one (other place x candidate) comparison of country,
    division and kind for the whole document (the places first: each reduction over them runs
    along the candidates)."""
    arrays = entry_arrays(gazetteer)
    entries, owner = frame.entries, frame.owner
    if len(picks) < 2:
        rows = np.zeros((len(entries), len(STAGE2)))
        rows[:, : len(STAGE1)] = frame.stage1
        rows[:, COLUMN2["log_nearest_km"]] = 1.0
        return rows
    # the added columns are written as rows of one block (STAGE2's order after STAGE1), then
    # joined to the stage-1 rows once
    added = np.empty((len(STAGE2) - len(STAGE1), len(entries)))
    # (code, pick, candidate): the same country, the same division (neither when the candidate
    # has none), the same kind of place; a repeated name (or the mention itself) is no evidence
    # for itself
    same = arrays["code_rows"][picks].T[:, :, None] == arrays["code_rows_or_none"][entries].T[:, None, :]
    key_id = _name_ids(frame)
    mine = key_id[:, None] == key_id[owner]
    other = ~mine
    count = np.maximum(other.sum(axis=0), 1)
    shares = (same & other).sum(axis=1) / count
    added[ADDED_SHARED] = shares[:2]
    added[ADDED["picks_same_kind"]] = shares[2]
    added[ADDED_FIRST] = same[:2, 0] & other[0]
    added[ADDED["division_alone"]] = arrays["area"][entries] & (shares[1] == 0)
    lists = frame.lists
    if lists.max() >= 0:  # (none in a list: no share)
        sibling = (lists[:, None] == lists) & (lists >= 0)
        siblings = sibling[:, owner] & other
        listed = np.maximum(siblings.sum(axis=0), 1)
        added[ADDED["list_same_kind"]] = (same[2] & siblings).sum(axis=0) / listed
    else:
        added[ADDED["list_same_kind"]] = 0.0
    # a town near a county the other names were read as ("Athens ... the Oconee County board"): for
    # towns, the nearest of the points and those counties' centres (areas keep the points alone)
    counties = True in arrays["located_county"][picks].tolist()
    nearest, with_counties = _nearest_km(entries, picks, mine, arrays, counties)
    if counties:
        nearest = np.where(arrays["point"][entries], with_counties, nearest)
    added[ADDED_NEAR] = nearest < NEAR_KM
    added[ADDED["log_nearest_km"]] = np.log1p(np.minimum(nearest, 20039.0)) / LOG_EARTH
    return np.concatenate((frame.stage1, added.T), axis=1)


def _name_ids(frame: Frame) -> np.ndarray:
    """Each mention's name, numbered (the same number for the same name)."""
    ids: dict[str, int] = {}
    return np.fromiter(
        (ids.setdefault(m.name_key or normalize_name(m.text), len(ids)) for m in frame.mentions),
        np.int64,
        len(frame.mentions),
    )


def _nearest_km(entries, picks, mine, arrays, counties: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """km from each candidate to the nearest other mention's pick that is a point, and (with
    ``counties``) to the nearest that is a point or a county's centre, from one matrix of terms
    (inf if none; ``mine``: pick x candidate, the pick of a mention of the candidate's name). km
    grows with the haversine term, so the nearest place is the one of the least term, and only its
    km is worked out (np.clip's bounds as two ufuncs, np.where as a masked write: the same numbers)."""
    point = arrays["located_point"][picks]
    usable = point | arrays["located_county"][picks] if counties else point
    if True not in usable.tolist():
        none = np.full(len(entries), np.inf)
        return none, none
    picks, mine, point = picks[usable], mine[usable], point[usable]
    lat, lon, cos = arrays["lat"], arrays["lon"], arrays["cos_lat"]
    lat1, lon1 = lat[entries][None, :], lon[entries][None, :]
    lat2, lon2 = lat[picks][:, None], lon[picks][:, None]
    cos1, cos2 = cos[entries][None, :], cos[picks][:, None]
    a = np.sin((lat2 - lat1) / 2) ** 2 + cos1 * cos2 * np.sin((lon2 - lon1) / 2) ** 2
    a[np.isnan(a) | mine | (picks[:, None] == entries[None, :])] = np.inf
    if not counties:  # (every row a point: no copy of the matrix)
        by_point = _km_of(np.minimum.reduce(a, axis=0), len(entries))
        return by_point, by_point
    by_point = _km_of(np.minimum.reduce(a[point], axis=0) if True in point.tolist() else None, len(entries))
    return by_point, _km_of(np.minimum.reduce(a, axis=0), len(entries))


def _km_of(least: np.ndarray | None, size: int) -> np.ndarray:
    """km from the least haversine terms (inf where none, or everywhere given none)."""
    if least is None:
        return np.full(size, np.inf)
    km = 6371.0088 * 2 * np.arcsin(np.sqrt(np.minimum(np.maximum(least, 0), 1)))
    km[least == np.inf] = np.inf
    return km
