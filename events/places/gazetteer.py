"""The offline gazetteer: look-ups over the index of places (events.places.index).

The index is built once (``build_index``) and cached on disk as a pickle keyed by the
package versions and the data files' contents; ``load_gazetteer`` reads the cache or
builds it.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import re
import tempfile
from pathlib import Path

import numpy as np

from events.places.index import (
    ARABIC_ARTICLE,
    ARABIC_ARTICLES,
    ARABIC_SPEAKING,
    Index,
    build_index,
    index_key,
)
from events.reading.text import normalize_name

log = logging.getLogger(__name__)

# Kinds of entry, and the ACLED geo_precision of an event placed on one.
PRECISION = {"city": 1, "poi": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 3,
             "continent": 3, "water": 3}  # fmt: skip
AREA_KINDS = {"admin1", "admin2", "region", "country", "continent", "water"}
# A name stands for a first-level division beyond doubt when that division (with what lies in
# it) holds this share of its candidates' people: "Ohio" against Ohio counties elsewhere,
# "Tenn.", "New York" (the state and the city); not "Washington" (the state and D.C.) nor
# "Georgia" (the state and the country).
DIVISION_SHARE = 0.95

# a normalised name that opens with the Arabic article ("al mokha", "ash shajara")
ARTICLE_KEY = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)}) (\w.{{3,}})$")


def load_gazetteer(cache_dir: Path) -> Gazetteer:
    """Read the cached index, building and caching it first when missing or stale."""
    from events.places.dumps import installed_dumps

    dumps = installed_dumps(cache_dir)
    path = Path(cache_dir) / f"gazetteer-{index_key(dumps)}.pkl"
    if path.exists():
        try:
            with path.open("rb") as handle:
                return Gazetteer(pickle.load(handle))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
    log.info("building the gazetteer index (once) into %s", path)
    index = build_index(dumps)
    # made here, once, not at each run's first look-up (a second of every first call)
    index.variants = Gazetteer(index).spelling_variants()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as tmp:
            pickle.dump(index, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except OSError as exc:
        log.warning("cannot cache the gazetteer index in %s (%s)", path.parent, exc)
    return Gazetteer(index)


class Gazetteer:
    """Read-only look-ups over an Index."""

    def __init__(self, index: Index):
        self.index = index
        self._lat = np.asarray(index.lat, dtype=float)
        self._lon = np.asarray(index.lon, dtype=float)
        self._radians = np.radians(self._lat), np.radians(self._lon)
        self._cos_lat: np.ndarray | None = None  # each latitude's cosine (nearest_km), made when first asked
        self._keys: dict[int, str] = {}
        self._priors: dict[int, float] = {}
        # what the hand-set rules read of each entry, filled by events.places.rules as met
        self.rule_facts: dict[int, tuple[str, float, bool, str, str, str]] = {}
        # the rules' scores from a name and its kind words alone (events.places.rules)
        self.rule_scores: dict[tuple, tuple] = {}
        # the ranker's stage-1 rows from a name and its kind words alone (events.places.features)
        self.ranker_rows: dict[tuple, object] = {}
        # a given span's candidates and their name's key, by its text (events.places.mentions)
        self.span_candidates: dict[str, tuple[tuple[tuple[int, int], ...], str]] = {}
        self._capitals: dict[str, int] | None = None  # country code -> capital entry (capital_of)
        self._largest: dict[str, int] | None = None  # admin1 code -> its largest town (largest_town)
        # spelt_otherwise's tables: each country's towns (name, entry) by the name's first letter
        self._towns_by_country: dict[str, dict[str, list[tuple[str, int]]]] = {}
        self._city_countries: np.ndarray | None = None
        # the first-level division a name's candidates stand for beyond doubt (division_named)
        self.division_names: dict[tuple, int | None] = {}
        self._variants: tuple[dict, dict] | None = index.variants  # lookup_variant's tables
        self._folded: dict[str, list[int]] | None = None  # transliterated's table
        self._joined: dict[str, list[tuple[int, bool]]] | None = None  # run_together's table
        self._divisions: dict[str, tuple[int, ...]] | None = None  # country code -> its admin1 entries
        # a part of a country a text names ("northern Mali"), by (entry, direction): its drawn
        # outline and its divisions' names, or None (events.places.fields)
        self.country_parts: dict[tuple[int, str], tuple[dict, str] | None] = {}

    def forget_names(self) -> None:
        """Empty what is kept per name as names are met (span candidates, the rules' name
        scores, the ranker's name rows): the choices stay the same, only slower at first."""
        self.span_candidates.clear()
        self.rule_scores.clear()
        self.ranker_rows.clear()
        self.division_names.clear()

    def division_named(self, candidates) -> int | None:
        """The first-level division entry a name stands for beyond doubt ("Ohio", "Tenn.",
        "New York"): a division among the candidates whose code covers DIVISION_SHARE of all
        the candidates' people (the division's own, summed over its settlements, and its
        namesakes' inside it), else None. Kept per candidates."""
        try:
            return self.division_names[candidates]
        except KeyError:
            key = candidates
        except TypeError:  # candidates given as lists: kept by their tuples
            key = tuple(map(tuple, candidates))
            if key in self.division_names:
                return self.division_names[key]
        ix = self.index
        kinds = ix.kinds
        divisions = [e for e, _ in key if kinds[e] == "admin1"]
        found = None
        if divisions:
            top = max(divisions, key=ix.population.__getitem__)
            total = sum(ix.population[e] for e, _ in key)
            inside = sum(ix.population[e] for e, _ in key if ix.admin1[e] == ix.admin1[top])
            found = top if total > 0 and inside >= DIVISION_SHARE * total else None
        if len(self.division_names) >= 100_000:
            self.division_names.clear()
        self.division_names[key] = found
        return found

    def lookup(self, name: str) -> tuple[tuple[int, int], ...]:
        return self.lookup_key(normalize_name(name))

    def lookup_key(self, key: str) -> tuple[tuple[int, int], ...]:
        """As lookup, for a name already normalised (normalize_name)."""
        return self.index.by_name.get(key, ())

    def lookup_variant(self, key: str) -> tuple[tuple[int, int], ...]:
        """Places whose name is this one spelt another way, for a name with no entry of its
        own: a letter doubled or not ("Lower Shabelle" for GeoNames' "Lower Shabeelle",
        "Nassiriya" for "Nasiriyah"), a closing "h" or not ("Falluja"), words joined or not
        ("Day Kundi" for "Daykundi"). Only names few places share are read so: any name of a
        division or region for a name of several words; for a one-word name, only the main name of
        a city of VARIANT_POPULATION or more, the Arabic article left off or not (one-word
        spellings are too many villages', provinces' and languages' to read so: "Marra" is no
        Tanzanian Mara, "Bieh" no Angolan Bié); a name of several words that no division or region
        has so, with its vowels read as transliterations swap them (transliterated); a province's name
        run together (run_together). The tables are made the first time they are asked for."""
        if " " in key:
            return self.area_variant(key) or self.transliterated(key) or self.run_together(key)
        if self._variants is None:
            self._variants = self.spelling_variants()
        found = tuple((entry, 1) for entry in self._variants[1].get(spelling(key), ()))
        return found or self.run_together(key)

    def run_together(self, key: str) -> tuple[tuple[int, int], ...]:
        """First-level divisions and regions whose main name of several words is this name run
        together, as transliterations write them ("Salahaddin" for "Salah ad Din",
        "Sistan-Baluchistan" for "Sistan va Baluchestan"): its words joined, "and" or "va" between
        them left out, a vowel's "h" and the vowels transliterations swap read alike (joined_fold).
        Names of MIN_RUN_TOGETHER letters or more only; never bearings."""
        if len(key) < MIN_RUN_TOGETHER or COMPASS_ONLY.fullmatch(_without_connectives(key)):
            return ()  # ("Northwest", "North and East" are bearings before Cameroon's North-West)
        if self._joined is None:
            self._joined = self._joined_names()
        # a name of one word only for a name the Arabic article runs into ("Salahaddin"): one word
        # that folds as a province of several does is as often a town of its own ("Villarreal" is no
        # Vila Real, "Novoselo" no Novo Selo)
        one_word = not JOINS.search(key)
        found = self._joined.get(joined_fold(key), ())
        return tuple((entry, 1) for entry, article in found if article or not one_word)

    def lookup_without_article(self, key: str) -> tuple[tuple[int, int], ...]:
        """Places of a country whose names carry the Arabic article, named here with it and filed
        without it ("al mokha" for Yemen's "Mokha"), for a name with no entry of its own. The
        index files "Al X" under "X" too (index.ARABIC_ARTICLE), not the other way round."""
        bare = ARTICLE_KEY.match(key)
        if bare is None:
            return ()
        return tuple((entry, support) for entry, support in self.lookup_key(bare.group(1))
                     if self.index.country[entry] in ARABIC_SPEAKING)  # fmt: skip

    def transliterated(self, key: str) -> tuple[tuple[int, int], ...]:
        """Places whose main name of several words is this one (of several words too) with the
        vowels that transliterations swap read alike ("Deir ez-Zur" is the city of "Deir ez-Zor";
        folded): first-level divisions, regions and the cities of VARIANT_POPULATION or more. Both
        names need two words of two letters or more ("War II" is no "Warri"). The table is made the
        first time it is asked for (a fraction of a second)."""
        if not _worded(key):
            return ()
        if self._folded is None:
            self._folded = self._folded_names()
        return tuple((entry, 1) for entry in self._folded.get(folded(key), ()))

    def _folded_names(self) -> dict[str, list[int]]:
        """Folded key -> the first-level divisions, regions and cities of VARIANT_POPULATION or more
        whose main name has several words."""
        ix = self.index
        population = np.fromiter(ix.population, dtype=np.int64, count=len(ix.population))
        large = np.flatnonzero(population >= VARIANT_POPULATION).tolist()
        chosen = [e for e in large if ix.kinds[e] == "city"]
        chosen += [e for e, kind in enumerate(ix.kinds) if kind in FOLDED_KINDS]
        table: dict[str, list[int]] = {}
        for entry in sorted(chosen):
            name = ix.names[entry]
            if " " in name or "-" in name:
                key = normalize_name(name)
                if _worded(key):
                    table.setdefault(folded(key), []).append(entry)
        return table

    def _joined_names(self) -> dict[str, list[tuple[int, bool]]]:
        """Joined fold -> the first-level divisions and regions whose main name has several words, each
        with whether the Arabic article stands inside that name."""
        ix = self.index
        table: dict[str, list[tuple[int, bool]]] = {}
        for entry, kind in enumerate(ix.kinds):
            if kind not in FOLDED_KINDS:
                continue
            name = normalize_name(ix.names[entry])
            if _worded(name):
                article = any(word in ARTICLES for word in JOINS.split(name)[1:])
                table.setdefault(joined_fold(name), []).append((entry, article))
        return table

    def area_variant(self, key: str) -> tuple[tuple[int, int], ...]:
        """Divisions and regions whose name is this one spelt another way: lookup_variant's
        reading of a name of several words, and of a one-word name told with an area word ("the
        Southwest region" for Cameroon's "South-West")."""
        if self._variants is None:
            self._variants = self.spelling_variants()
        best: dict[int, int] = {}
        for name in self._variants[0].get(spelling(key), ()):
            for entry, support in self.lookup_key(name):
                if self.index.kinds[entry] in VARIANT_KINDS:
                    best[entry] = max(support, best.get(entry, 0))
        return tuple(best.items())

    def spelling_variants(self) -> tuple[dict[str, list[str]], dict[str, list[int]]]:
        """Spelling key -> the names of divisions and regions so spelt; spelling key -> the large
        cities whose main name is so spelt."""
        ix = self.index
        area = np.fromiter((k in VARIANT_KINDS for k in ix.kinds), dtype=bool, count=len(ix.kinds))
        areas: dict[str, list[str]] = {}
        for key in _area_keys(ix.by_name, area):
            areas.setdefault(spelling(key), []).append(key)
        main_names: dict[str, list[int]] = {}
        for entry, (kind, population) in enumerate(zip(ix.kinds, ix.population, strict=True)):
            if kind == "city" and population >= VARIANT_POPULATION:
                name = ix.names[entry]
                bare = ARABIC_ARTICLE.match(name)  # "Al Fallūjah" is "Falluja" too
                for form in (name, bare.group(1)) if bare else (name,):
                    main_names.setdefault(spelling(normalize_name(form)), []).append(entry)
        return areas, main_names

    def has_key(self, key: str) -> bool:
        return key in self.index.by_name

    def kind(self, i: int) -> str:
        """city, poi, admin1, admin2, region, country, continent or water."""
        return self.index.kinds[i]

    def name(self, i: int) -> str:
        return self.index.names[i]

    def country_code(self, i: int) -> str:
        """The entry's ISO country code ('' for regions across borders)."""
        return self.index.country[i]

    def population(self, i: int) -> int:
        return self.index.population[i]

    def label(self, i: int) -> str:
        """How evidence names an entry: "city Kyiv (gn:703448)"."""
        ix = self.index
        return f"{ix.kinds[i]} {ix.names[i]} ({ix.ids[i]})"

    def size_prior(self, i: int) -> float:
        """log10 of the population: the prior of a place before any context (kept once computed)."""
        prior = self._priors.get(i)
        if prior is None:
            prior = self._priors[i] = math.log10(self.index.population[i] + 10)
        return prior

    def key_of(self, i: int) -> str:
        """The normalised main name of entry ``i`` (computed once per entry, then kept)."""
        key = self._keys.get(i)
        if key is None:
            key = self._keys[i] = normalize_name(self.index.names[i])
        return key

    def entry(self, i: int) -> dict[str, object]:
        ix = self.index
        return {
            "id": ix.ids[i], "name": ix.names[i], "kind": ix.kinds[i], "country_code": ix.country[i],
            "admin1_code": ix.admin1[i], "geonameid": ix.geonameid[i] or None,
            "population": ix.population[i], "lat": ix.lat[i], "lon": ix.lon[i],
        }  # fmt: skip

    def lonlat(self, i: int) -> tuple[float, float] | None:
        """(lon, lat) of entry ``i``; None when it has no point."""
        lat, lon = self._lat[i], self._lon[i]
        return None if math.isnan(lat) else (float(lon), float(lat))

    def outline(self, i: int):
        """The shapely outline of an area entry, or None."""
        import shapely

        wkb = self.index.outlines.get(i)
        return shapely.from_wkb(wkb) if wkb else None

    def has_boundary(self, area: int) -> bool:
        """Whether the area's outline is a surveyed boundary (Natural Earth's), not one drawn
        around its settlements."""
        return area in self.index.official

    def km_outside(self, area: int, i: int) -> float:
        """How far entry ``i`` lies outside the outline of ``area`` (0 inside; inf when
        either has no geometry). Degrees as 111 km: rough, and never an underestimate."""
        import shapely

        outline, point = self.outline(area), self.lonlat(i)
        if outline is None or point is None:
            return math.inf
        return float(shapely.distance(outline, shapely.Point(point))) * 111.0

    def contains(self, area: int, i: int) -> bool:
        """True when entry ``i`` lies in area entry ``area`` (by codes, not geometry; a town in
        a second-level division as GeoNames files it)."""
        ix = self.index
        kind = ix.kinds[area]
        if kind == "admin2":
            return i in ix.towns_in.get(area, ()) or self._seat_of(area, i)
        if area in ix.members:
            return any(self.contains(m, i) for m in ix.members[area])
        if kind == "country":
            return ix.country[i] == ix.country[area] and i != area
        if kind == "admin1":
            # a division filed under the first-level one's code ("PS.GZ.7870268", Deir al-Balah's
            # governorate, in the Gaza Strip's "PS.GZ") lies in it too
            own = ix.admin1[area]
            if i != area and own and ix.admin1[i].startswith(own + "."):
                return True
            return ix.admin1[i] == own and i != area and ix.kinds[i] != "admin1"
        return False

    def may_hold(self, area: int, i: int) -> bool:
        """``contains``; and for a second-level division the gazetteer can neither draw nor has any town
        filed in ("Woldia, North Wollo"), whether its first-level division holds the town: as the text puts
        it there, nothing says otherwise."""
        if self.contains(area, i):
            return True
        ix = self.index
        if ix.kinds[area] != "admin2" or ix.kinds[i] != "city":
            return False
        if ix.towns_in.get(area) or area in ix.outlines:
            return False  # (drawn, or with towns filed: contains has said)
        return bool(ix.admin1[i]) and ix.admin1[i] == ix.admin1[area] and ix.country[i] == ix.country[area]

    def _seat_of(self, district: int, i: int) -> bool:
        """A town the district is named after, in the same first-level division, where GeoNames
        files no town under the district ("Dhuusamarreeb" district and its town)."""
        ix = self.index
        return (
            not ix.towns_in.get(district)
            and ix.kinds[i] == "city"
            and bool(ix.admin1[i])
            and ix.admin1[i] == ix.admin1[district]
            and self.key_of(i) == self.key_of(district)
        )

    def capital_of(self, cc: str) -> int | None:
        """The entry of the national capital of country ``cc`` (its most populous entry of that
        name), if the gazetteer has it."""
        if self._capitals is None:
            ix, capitals = self.index, {}
            for i in sorted(self.index.capitals, key=lambda i: -ix.population[i]):
                capitals.setdefault(ix.country[i], i)
            self._capitals = capitals
        return self._capitals.get(cc)

    def dotted_only(self, key: str) -> frozenset[int]:
        """The entries a name key reads only as an abbreviation written with its full stop
        (aliases.csv: "Mass." is Massachusetts; "Mass protests" names no state)."""
        return self.index.dotted.get(key, frozenset())

    def divisions_of(self, cc: str) -> tuple[int, ...]:
        """The first-level divisions of a country that have an outline."""
        if self._divisions is None:
            found: dict[str, list[int]] = {}
            for key, i in self.index.by_id.items():
                if key.startswith("admin1:") and i in self.index.outlines:
                    found.setdefault(self.index.country[i], []).append(i)
            self._divisions = {code: tuple(entries) for code, entries in found.items()}
        return self._divisions.get(cc, ())

    def division_holding(self, i: int) -> int | None:
        """The first-level division (one with an outline) that entry ``i`` lies in, by its admin-1 code."""
        code = self.index.admin1[i]
        if not code:
            return None
        return next(
            (d for d in self.divisions_of(self.index.country[i]) if self.index.admin1[d] == code), None
        )

    def spelt_otherwise(self, key: str, cc: str) -> list[int]:
        """The towns of country ``cc`` whose main name (normalised) is ``key`` with one letter
        more, less or other after the first ("xaradheere": Xarardheere; "khaar": Khar; not "kutkivka":
        Utkivka). Each country's names are read the first time it is asked for."""
        towns = self._towns_by_country.get(cc)
        if towns is None:
            ix = self.index
            if self._city_countries is None:  # each town's country code ("" for what is no town)
                self._city_countries = np.array(
                    [code if kind == "city" else "" for kind, code in zip(ix.kinds, ix.country, strict=True)]
                )
            towns = {}
            for e in np.flatnonzero(self._city_countries == cc):
                name = normalize_name(ix.names[e])
                towns.setdefault(name[:1], []).append((name, int(e)))
            self._towns_by_country[cc] = towns
        return [e for name, e in towns.get(key[:1], ()) if _one_letter_apart(key, name)]

    def largest_town(self, admin1: str) -> int | None:
        """The most populous town of the first-level division coded ``admin1`` (its table is made
        the first time it is asked for)."""
        if self._largest is None:
            ix, best = self.index, {}
            for entry, (kind, code, population) in enumerate(
                zip(ix.kinds, ix.admin1, ix.population, strict=True)
            ):
                if kind == "city" and code and population > best.get(code, (-1, 0))[0]:
                    best[code] = (population, entry)
            self._largest = {code: entry for code, (_, entry) in best.items()}
        return self._largest.get(admin1)

    def town_of(self, i: int) -> int | None:
        """The city entry a point of interest lies in (from pois.csv), if known."""
        gid = self.index.geonameid[i]
        return self.index.by_id.get(f"gn:{gid}") if gid else None

    def admin1_name(self, code: str) -> str | None:
        return self.index.admin1_names.get(code)

    def country_name(self, cc: str) -> str | None:
        return self.index.country_names.get(cc)

    def is_stopword(self, key: str) -> bool:
        return key in self.index.stopwords

    def is_generic(self, key: str) -> bool:
        return key in self.index.generic_words

    def is_demonym(self, key: str) -> bool:
        return key in self.index.demonyms

    def distances_km(self, entries: list[int], others: list[int]) -> np.ndarray:
        """Great-circle km from each entry (rows) to each of ``others`` (columns), in one
        vectorised step; inf where an entry has no point."""
        rows, columns = np.asarray(entries, dtype=np.intp), np.asarray(others, dtype=np.intp)
        lat, lon = self._radians
        lat1, lon1 = lat[rows][:, None], lon[rows][:, None]
        lat2, lon2 = lat[columns][None, :], lon[columns][None, :]
        a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        km = 6371.0088 * 2 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
        return np.where(np.isnan(km), np.inf, km)

    def nearest_km(self, entries: list[int], others: list[int], excluded: np.ndarray) -> np.ndarray:
        """km from each entry to the nearest of ``others`` that ``excluded`` (entries x others)
        leaves, as distances_km reckons it; inf where none is left or has a point. km grows
        with the haversine term, so the least term is found first (others x entries: the
        reduction runs along the entries) and only it is made km."""
        rows, columns = np.asarray(entries, dtype=np.intp), np.asarray(others, dtype=np.intp)
        lat, lon = self._radians
        if self._cos_lat is None:
            self._cos_lat = np.cos(lat)
        lat1, lon1, cos1 = lat[rows][None, :], lon[rows][None, :], self._cos_lat[rows][None, :]
        lat2, lon2, cos2 = lat[columns][:, None], lon[columns][:, None], self._cos_lat[columns][:, None]
        a = np.sin((lat2 - lat1) / 2) ** 2 + cos1 * cos2 * np.sin((lon2 - lon1) / 2) ** 2
        a[np.isnan(a) | excluded.T] = np.inf
        least = np.minimum.reduce(a, axis=0)
        # (np.clip's bounds as two ufuncs, np.where as a masked write: the same numbers)
        km = 6371.0088 * 2 * np.arcsin(np.sqrt(np.minimum(np.maximum(least, 0), 1)))
        km[least == np.inf] = np.inf
        return km


# Kinds of place found by another spelling of their name (Gazetteer.lookup_variant), and the
# population from which a city is.
VARIANT_KINDS = {"admin1", "admin2", "region"}
# (spelling_variants' tables are cached with the index: a change to VARIANT_POPULATION, VARIANT_KINDS,
# spelling() or ARABIC_ARTICLE needs INDEX_VERSION raised, or old caches keep the old tables)
VARIANT_POPULATION = 100_000
FOLDED_KINDS = {"admin1", "region"}  # (Gazetteer.transliterated; with large cities)
DOUBLED = re.compile(r"([a-z])\1")
JOINS = re.compile(r"[\s'’-]+")
FINAL_H = re.compile(r"(?<=[aeiou])h\b")
VOWEL_FOLD = str.maketrans("euy", "ioi")


def spelling(key: str) -> str:
    """What the ways of spelling a name share: doubled letters written once, a closing "h"
    after a vowel dropped, words joined ("nassiriya", "nasiriyah" -> "nasiriya"; "day kundi"
    -> "daykundi")."""
    return JOINS.sub("", DOUBLED.sub(r"\1", FINAL_H.sub("", key)))


MIN_RUN_TOGETHER = 7
COMPASS_ONLY = re.compile(
    r"(?:(?:north|south|east|west)(?:ern)?|central|centre|center|upper|lower|middle|[\s-])+"
)
ARTICLES = {*ARABIC_ARTICLES, "ed", "ul", "ud"}  # inside a name ("Salah ad Din", "Bahr el Ghazal")
CONNECTIVE = re.compile(r"\s(?:and|va|wa|&)\s")  # "Sistan va Baluchestan", "Sistan and Baluchestan"
VOWEL_H = re.compile(r"(?<=[aeiou])h")  # "Salahaddin", "Salah ad Din": an "h" transliterations drop


def joined_fold(key: str) -> str:
    """folded(), with "and" between words left out and the "h" after a vowel dropped, the words run
    together ("salah ad din", "salahaddin" -> "saladin"; "sistan va baluchestan", "sistan-baluchistan"
    -> "sistanbalochistan")."""
    return folded(VOWEL_H.sub("", _without_connectives(key)))


def _without_connectives(key: str) -> str:
    """The name with "and" ("va", "wa", "&") between its words left out."""
    return CONNECTIVE.sub(" ", f" {key} ").strip()


def folded(key: str) -> str:
    """spelling(), with the vowels that transliterations swap read alike: e and i, o and u, y as i
    ("deir ez-zur", "deir ez-zor" -> "dirizor")."""
    return DOUBLED.sub(r"\1", spelling(key).translate(VOWEL_FOLD))


def _worded(key: str) -> bool:
    """A name of two words or more, each of two letters or more."""
    words = JOINS.split(key)
    return len(words) > 1 and all(len(w) > 1 for w in words)


def _area_keys(by_name, area: np.ndarray):
    """The names that some division or region has (``area``: by entry)."""
    packed = getattr(by_name, "marked_keys", None)
    if packed is not None:
        return packed(area)
    return [key for key, candidates in by_name.items() if any(area[e] for e, _ in candidates)]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _one_letter_apart(a: str, b: str) -> bool:
    """Two different spellings one letter added, dropped or changed apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next(
        (k for k, (x, y) in enumerate(zip(short, long[: len(short)], strict=True)) if x != y), len(short)
    )
    return short[k:] == long[k + 1 :]
