"""Place mentions in text -> gazetteer candidates: capitalised names the gazetteer knows
(with a following "region" or a leading "near" noted), or given spans such as gold
toponyms, whose candidates may come from a part of a longer unknown name."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from pathlib import Path

import yaml

from events.errors import GazetteerError
from events.places.gazetteer import AREA_KINDS, Gazetteer, folded
from events.places.index import ARABIC_ARTICLES, GAZETTEER_DIR
from events.places.relative import (
    BEARINGS,
    COMPASS,
    COMPASS_WORDS,
    NEAR_ENDS,
    RELATION_ENDS,
    last_letters,
    near_words,
    relation_before,
)
from events.reading.text import normalize_name

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w]*(?:[’'\-][\w]+)*")
CONNECTORS = {"of", "de", "la", "le", "du", "des", "del", "al", "el", "upon", "on", "the", "am",
              "an", "der", "sur", "di", "da", "do", "dos", "das", "y", "en", "a", "and"}  # fmt: skip


def _division_words(path: Path) -> dict[str, frozenset[str]]:
    """The kinds of local division a name is told with only after it, each with the countries
    whose divisions it names (empty: many), from ``path`` (data/gazetteer/division_words.yaml)."""
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(table, dict):
        raise GazetteerError(f"{path.name}: expected a mapping of words to country lists")
    words = {}
    for word, countries in table.items():
        if not isinstance(word, str) or not re.fullmatch(r"[a-z][a-z-]*(?: [a-z][a-z-]*)*|[A-Z]+", word):
            raise GazetteerError(f"{path.name}: {word!r} is not lower-case words or an acronym")
        if not isinstance(countries, list) or not all(
            isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in countries
        ):
            raise GazetteerError(f"{path.name}: {word}: expected a list of two-letter country codes")
        words[word] = frozenset(countries)
    return words


# Kinds of area and of settlement a text names with a place ("the Kharkiv region", "the
# state of Zamfara", "Elele village", "the town of Gao"), one list each for every pattern
# below; lower case only where they stand before the name ("Secretary of State", "the
# Islamic State of Iraq", "Town of Babylon" name no area and no town).
AREA_NOUNS = (
    "region|oblast|province|governorate|state|county|district|krai|raion|prefecture|regency|department"
)
# the kinds of local division told only after a name ("Ishwardi Upazila", "Bungudu LGA"; "the
# municipality of San Miguel" may name the town), with the countries whose divisions they name
DIVISION_WORDS = _division_words(GAZETTEER_DIR / "division_words.yaml")
# (longest first, a space matching any run of spaces: "local government area" before "local government")
DIVISION_NOUNS = "|".join(
    re.escape(word).replace(r"\ ", r"\s+") for word in sorted(DIVISION_WORDS, key=len, reverse=True)
)
DIVISION_COUNTRIES = {
    " ".join(word.lower().split()): countries for word, countries in DIVISION_WORDS.items() if countries
}
SETTLEMENT_NOUNS = "village|town|city|hamlet|settlement"
# (with a word saying where the area lies: "the Belgorod border region", "the Kursk frontier region")
AREA_SITES = "border|frontier|front-?line|coastal"
AREA_WORD_REACH = 32  # characters after a name that may hold its area word
AREA_WORDS = re.compile(rf"^\s+(?:(?:{AREA_SITES})\s+)?({AREA_NOUNS}|{DIVISION_NOUNS})s?\b", re.I)
# "the Kharkiv and Sumy regions", "Carroll and Weakley counties", "in Kharkiv, Kherson oblasts": the
# names listed before the last share its area word, in the plural
AREA_PLURALS = {("counties" if noun == "county" else f"{noun}s"): noun for noun in AREA_NOUNS.split("|")}
_LISTED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
SHARED_AREA_WORD = re.compile(
    rf"^(?:,\s+{_LISTED})*(?:,?\s+and|,)\s+{_LISTED}\s+({'|'.join(AREA_PLURALS)})\b"
)
# "Kasai and Nahuta villages", "the Kafr Aqab and Qalandia towns": the same for a kind of settlement
SETTLEMENT_PLURALS = {
    ("cities" if noun == "city" else f"{noun}s"): noun for noun in SETTLEMENT_NOUNS.split("|")
}
SHARED_SETTLEMENT_WORD = re.compile(
    rf"^(?:,\s+{_LISTED})*(?:,?\s+and|,)\s+{_LISTED}\s+({'|'.join(SETTLEMENT_PLURALS)})\b"
)
# a word for a part of a place ("northern", "south-eastern", "north-central")
PART_WORD = r"(?:north|south|east|west)-?central|(?:north|south)?-?(?:east|west)ern|northern|southern|central"
# The countryside of a place ("the Idlib countryside", "villages in northwestern Kirkuk", "rural
# Aleppo"): the division named after the town, not the town itself, when there is one (COUNTRYSIDE
# is the area word such a mention takes; dropped when no division is found for it)
COUNTRYSIDE = "countryside"
RURAL_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:(?:{PART_WORD})\s+)?countryside\b", re.I
)  # "Damascus' southwestern"
# (an unnamed village, after a lower-case word: "a village in", "attacks on villages in"; not "Tofa
# village in Bungudu", a village of its own name in a town's district; nor "villages in the Sinja
# locality", the name set before its own kind)
RURAL_BEFORE = re.compile(
    r"\b(?:(?-i:[a-z][\w-]*)\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:villages?|hamlets?)\s+in\s+"
    rf"(?:(?:far\s+)?(?:{PART_WORD}|{COMPASS})\s+)?|rural\s+|countryside\s+of\s+(?:the\s+)?)$",
    re.I,
)
AREA_BEFORE = re.compile(rf"\b(?:({AREA_NOUNS})|(governor))\s+of\s+(?:the\s+)?$")  # a governor's: a state
# a word describing the kind word before "of" ("Kurdish region of", "northern province of"), not "the"
DESCRIBED = re.compile(r"\b(?!the\b|a\b|an\b)[\w'’-]+\s+$", re.I)
SETTLEMENT_AFTER = re.compile(rf"\s+({SETTLEMENT_NOUNS})\b(?!\s+hall\b)")  # not "X town hall"
SETTLEMENT_BEFORE = re.compile(rf"\b(?:({SETTLEMENT_NOUNS})|(mayor))\s+of\s+$")  # a mayor's: a city
# the name set beside its kind ("Bara, a town north of El Obeid", "Zairon, a village inhabited by"),
# the kind's noun ending its phrase (not "Smith, a town councillor")
APPOSED_KIND = (
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?({nouns})"
    r"(?=[,.;:)]|\s+(?:[a-z]+ed|of|in|near|on|at|about|some|close|north|south|east|west|that|which|where|with)\b)"
)
SETTLEMENT_APPOSED = re.compile(APPOSED_KIND.format(nouns=SETTLEMENT_NOUNS))
# the same for a division ("Tillaberi, a huge territory in western Niger", "Kherson, a region that")
AREA_APPOSED = re.compile(APPOSED_KIND.format(nouns=f"{AREA_NOUNS}|territory"))
DIRECTION = re.compile(rf"\b((?i:{PART_WORD})|{COMPASS})\s+$")  # "northeast Lebanon", never "North"
# "the north of Mali", "the far north-east of Nigeria" (not "20 km north of": an offset)
DIRECTION_OF = re.compile(rf"\bthe\s+(?:far\s+)?({COMPASS}|cent(?:re|er))\s+of\s+$", re.I)
# "Mali's north", "Syria's far northeast": a part of the place, told after it.
DIRECTION_AFTER = re.compile(
    r"[’']s\s+(?:far\s+|restive\s+|volatile\s+)?"
    rf"({COMPASS}|cent(?:re|er))\b",
    re.I,
)
# A word each pattern read before a name needs (lower-case): a quick test before the pattern
DIRECTION_OF_WORDS = (*COMPASS_WORDS, "cent")
AREA_BEFORE_WORDS = (*AREA_NOUNS.split("|"), "governor")
SETTLEMENT_BEFORE_WORDS = (*SETTLEMENT_NOUNS.split("|"), "mayor")


def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """One search for any of the words, as written (str.__contains__ for each, in one pass)."""
    return re.compile("|".join(map(re.escape, words)))


DIRECTION_OF_WORDS_FOUND = _any_of(DIRECTION_OF_WORDS)
AREA_BEFORE_WORDS_FOUND = _any_of(AREA_BEFORE_WORDS)
RURAL_WORDS = _any_of(("village", "hamlet", "rural", "countryside"))
SETTLEMENT_BEFORE_WORDS_FOUND = _any_of(SETTLEMENT_BEFORE_WORDS)
DIRECTION_ENDS = ("ern", "central", *COMPASS_WORDS)
# ... and the words RURAL_BEFORE ends with ("villages in", "in northern", "rural", "countryside of the")
RURAL_ENDS = ("in", "rural", "of", "the", *DIRECTION_ENDS)
# what the words right after a name begin with when an area or settlement word can follow it
AREA_NOUN_STARTS = (*AREA_NOUNS.split("|"), *(word.lower() for word in DIVISION_WORDS))
AREA_STARTS = (*AREA_NOUN_STARTS, "border", "frontier", "front", "coastal")
SETTLEMENT_STARTS = tuple(SETTLEMENT_NOUNS.split("|"))
# ... and what the word after a name begins with (lower-cased) when RURAL_AFTER can match
RURAL_STARTS = (COUNTRYSIDE, *COMPASS_WORDS, "central", "-")
MAX_TOKENS = 6
COMPOUND_SUPPORT = 8  # "<name> oblast" found whole: as strong as a well-attested spelling


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    candidates: tuple[tuple[int, int], ...]
    area_word: str = ""
    settlement_word: str = ""  # "Elele village", "the town of X", "the mayor of X": a settlement
    near: bool = False
    direction: str = ""
    name_key: str = ""  # the part of a longer name the candidates are for ("Bank of Mexico")
    # where the text puts the place relative to this name: "20 km north of X" (offset_km 20,
    # bearing 0), "20km from X" (offset_km 20, no bearing), "outskirts of X", "between X and Y"; "west of X"
    # ("near", bearing 270, no distance)
    relation: str = ""  # "", "offset", "near", "outskirts" or "between"
    offset_km: float | None = None
    bearing: float | None = None  # degrees clockwise from north
    # the measure told after the name, of the place it names ("Pobeda, a village 5 km west of Donetsk",
    # the gazetteer lacking that Pobeda): a scene as any name is, at the point computed from the anchor
    measured: bool = False


POSSESSIVE = re.compile(r"[’']s?$")


def _strip_possessive(text: str) -> str:
    return POSSESSIVE.sub("", text)


def find_mentions(
    text: str, gazetteer: Gazetteer, blocked: list[tuple[int, int]] = (), judge: bool = True
) -> list[Mention]:
    """Capitalised token runs that name a gazetteer entry (longest first, left to right); with
    ``judge``, only those the learned mention model takes for places (events.places.detector)."""
    tokens = [m for m in _TOKEN.finditer(text)]
    held = _held([token.start() for token in tokens], blocked)  # each token inside a blocked span?
    mentions: list[Mention] = []
    countries = cache(lambda: countries_named(text, gazetteer))  # read once, and only if asked
    surnames = _family_names(text, gazetteer)
    i = 0
    while i < len(tokens):
        first = tokens[i]
        opens = first.group(0)[0].isupper() or _opened_as_place(text, first)
        if not opens or held[i]:
            i += 1
            continue
        found = None
        for j in range(min(len(tokens), i + MAX_TOKENS), i, -1):
            last = tokens[j - 1].group(0)
            capital = last[0].isupper() or (
                ARTICLE_PREFIX.match(last) and last[-1:].isalpha() and last.split("-", 1)[-1][:1].isupper()
            )
            if not capital or not _joinable(text, tokens, i, j, held):
                continue
            if j - i > 1 and last == "By":  # "... in central Mexico By Reuters": a byline opens
                continue
            surface = _strip_possessive(text[first.start() : tokens[j - 1].end()])
            key = normalize_name(surface)
            candidates = _abbreviated(surface, _with_spelled_prefix(key, gazetteer), gazetteer)
            if not candidates and _article_opened(surface):  # "al-Mokha": "Mokha" (not "Al Masirah" TV)
                candidates = gazetteer.lookup_without_article(key)
            dotted = gazetteer.dotted_only(key)
            if dotted and not _written_as_abbreviation(
                text, first.start(), first.start() + len(surface), gazetteer
            ):
                candidates = tuple(c for c in candidates if c[0] not in dotted)  # "Mass protests": no state
            if candidates:
                candidates = _in_division_countries(text, first.start() + len(surface), candidates, gazetteer)
            if not candidates or _measure_or_bearing(text, first.start(), first.start() + len(surface), key):
                continue
            if _heads_an_organisation(text, tokens, j, candidates, gazetteer):
                continue
            if j - i == 1 and (
                _two_letters_by_alias(text, first.start(), surface, key, candidates, gazetteer)
                or (
                    gazetteer.is_stopword(key)
                    and not _area_named(text, first.start() + len(surface), candidates, gazetteer, countries)
                )
                or _sentence_initial_common(text, first)
                or _first_name(text, tokens, j, gazetteer)
                or _part_of_longer_name(text, tokens, j)
                or _tail_of_a_name(text, tokens, i, gazetteer)
                or key in surnames
                or _small_alias_in_a_name(text, tokens, j, candidates, gazetteer)
                or _kind_word_heading_a_name(text, tokens, j, key, gazetteer)
            ):
                continue
            found = (j, first.start(), first.start() + len(surface), surface, candidates)
            break
        if found is None:
            found = _initials_at(text, tokens, i, gazetteer)
        if found is None and first.group(0)[:1].isupper():
            found = _spelt_otherwise_at(text, tokens, i, gazetteer)
        if found is None:
            i += 1
            continue
        j, start, end, surface, candidates, *key = found
        mention = _make_mention(text, start, end, surface, candidates, *key, gazetteer=gazetteer)
        mentions.append(_with_area_candidates(mention, gazetteer, countries))
        i = j
    if judge:
        from events.places.detector import keep_places  # the model reads Mention: imported late

        return keep_places(text, mentions, gazetteer)
    return mentions


# a bearing's initials ("SE", "NW", "N"), as written before the name of the place whose part they name
BEARING_INITIALS = frozenset(
    "".join(w[0].upper() for w in re.findall("north|south|east|west", bearing)) for bearing in BEARINGS
)
NAME_AFTER = re.compile(r" [A-Z][a-z]")
UNIT_AFTER_NUMBER = re.compile(r"\d$")  # written on: "95NM" ("in 2015 US forces" is a name)


def _in_division_countries(text: str, end: int, candidates: Candidates, gazetteer: Gazetteer) -> Candidates:
    """A name told with a kind of division one country uses ("Raipura Upazila": Bangladesh's): only
    its namesakes in those countries."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isalpha():
        return candidates
    told = AREA_WORDS.match(text[end : end + AREA_WORD_REACH])
    countries = DIVISION_COUNTRIES.get(" ".join(told.group(1).lower().split())) if told else None
    if not countries:
        return candidates
    return tuple(c for c in candidates if gazetteer.country_code(c[0]) in countries)


def _measure_or_bearing(text: str, start: int, end: int, key: str) -> bool:
    """A unit after a number ("95NM South East of Aden": nautical miles, not New Mexico), a bearing
    after a distance, before "of" (not the South-East district; "the South of France" stays a name),
    or a bearing's initials before a name ("in SE Turkey": south-east, not Macau's Sé): no place name."""
    if (
        UNIT_AFTER_NUMBER.search(text, max(0, start - 2), start)
        and end - start <= 3
        and text[start:end].isupper()
    ):
        return True
    if text[start:end] in BEARING_INITIALS and NAME_AFTER.match(text, end):
        return True
    return (key.replace(" ", "") in BEARINGS and re.match(r"\s+of\b", text[end : end + 4]) is not None
            and re.search(r"\d", text[max(0, start - 20) : start]) is not None)  # fmt: skip


# before a state's abbreviation: its town, with or without a comma ("EDMONTON, Ky (WBKO)", "Louisville
# Ky police"), within its sentence ("in Algiers.\n\nMass protests" has none)
AFTER_A_TOWN = re.compile(r"\b([A-Z][\w'’-]*),?[ \t]+$")
NEXT_WORD_LOWER = re.compile(r"\s+[a-z]")


def _written_as_abbreviation(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A name an abbreviation with a full stop gives ("Mass.") read so: with its full stop, set in
    capitals ("KY"), before a capitalised word ("Ky State Police") or after its town ("Worcester,
    Mass", "Louisville Ky police"; not after a weekday, a month or another stopword: "On Monday, Mass
    protests"); not as a word of the sentence ("Mass protests broke out")."""
    if text.startswith(".", end) or text[start:end].isupper() or not NEXT_WORD_LOWER.match(text, end):
        return True
    town = AFTER_A_TOWN.search(text, max(0, start - 40), start)
    return town is not None and not gazetteer.is_stopword(normalize_name(town.group(1)))


def _initials_at(text: str, tokens, i: int, gazetteer: Gazetteer):
    """A run of capitals at token ``i`` that the gazetteer does not know but whose letters
    spell a name the text gives in full ("T&T", "NSW": spelled_initials), as the finder's
    (next token, start, end, surface, candidates, key); else None."""
    initials = INITIALS.match(text, tokens[i].start())
    if initials is None or (initials.end() < len(text) and text[initials.end()].isalnum()):
        return None
    surface = initials.group(0)
    if surface.endswith(".") and surface.count(".") == 1:
        surface = surface[:-1]  # "NSW." ends a sentence
    j = next((k for k in range(i, len(tokens)) if tokens[k].end() >= initials.start() + len(surface)), i)
    spelled = spelled_initials(text, surface, gazetteer)
    if spelled is None:
        return None
    return (j + 1, initials.start(), initials.start() + len(surface), surface, *spelled)


# An unknown name told as a town's, in an area the text names ("outside of Xaradheere, Somalia", "east
# of Khaar town in Bajaur District"): a town of that country the gazetteer spells with one letter more,
# less or other (GeoNames' Xarardheere, Khar), when it is the only one
QUALIFIED_AFTER = re.compile(
    rf",\s+(?=[A-Z])|\s+(?:{SETTLEMENT_NOUNS})\s+(?:in|of)\s+(?:the\s+)?(?=[A-Z])|\s+\((?=[A-Z])"
)
SPELT_OTHERWISE_MIN = 5  # letters: shorter names are too many others' with one letter changed


def _spelt_otherwise_at(text: str, tokens, i: int, gazetteer: Gazetteer):
    """A one-word name the gazetteer lacks at token ``i``, qualified by a country or division it
    knows, that one town of that country spells a letter apart: as the finder's (next token,
    start, end, surface, candidates, key); else None."""
    token = tokens[i]
    word = _strip_possessive(token.group(0))
    key = normalize_name(word)
    if len(key) < SPELT_OTHERWISE_MIN or not word[1:].islower() or gazetteer.has_key(key):
        return None
    if gazetteer.is_stopword(key) or _sentence_initial_common(text, token):
        return None
    if _tail_of_a_name(text, tokens, i, gazetteer) or _first_name(text, tokens, i + 1, gazetteer):
        return None  # ("President Hassan Sheikh Mohamud, Somalia's", "Hakan Fidan, Turkey's")
    gap = QUALIFIED_AFTER.match(text, token.start() + len(word))
    run = NAME_RUN.match(text, gap.end()) if gap else None
    if run is None:
        return None
    words = run.group(0).split()
    if len(words) > 1 and AREA_WORDS.match(" " + words[-1]):
        words.pop()  # "Bajaur District"
    countries = {gazetteer.country_code(e) for e, _ in gazetteer.lookup(" ".join(words))
                 if gazetteer.kind(e) in ("country", "admin1", "admin2")}  # fmt: skip
    if len(countries) != 1:
        return None
    found = gazetteer.spelt_otherwise(key, countries.pop())
    if len(found) != 1:
        return None
    return (i + 1, token.start(), token.start() + len(word), word, ((found[0], 1),), key)


# Words that end an organisation's name ("the Red Cross Committee", "Baath Party", "Kabul Bank"):
# the place name before one is that organisation's, not the place.
ORGANISATION = re.compile(r"(?:Committee|Society|Council|Party|Movement|Bank|University|Company|Corporation|"
                          r"Airlines|Airways|Club|Association|Foundation|Institute|Federation|Times|Post|"
                          r"Tribune|Herald|Journal|Gazette|Observer)\b")  # fmt: skip


def _heads_an_organisation(text: str, tokens, j: int, candidates, gazetteer: Gazetteer) -> bool:
    """'Red Cross Committee', 'Baath Party': a town's name (never a country's or a division's: "the
    Nigeria Police", "Kano State") followed at once by a word that ends an organisation's name."""
    if j >= len(tokens) or text[tokens[j - 1].end() : tokens[j].start()] != " ":
        return False
    if not ORGANISATION.fullmatch(tokens[j].group(0)):
        return False
    return all(gazetteer.kind(e) in ("city", "poi") for e, _ in candidates)


CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


def _two_letters_by_alias(
    text: str, start: int, surface: str, key: str, candidates, gazetteer: Gazetteer
) -> bool:
    """'Kin Ma village': a word of two letters right after a capitalised word, not written in capitals nor
    as an abbreviation ("Va.", "Ga."), that only an alternate name of a place matches (not "Ur", a main
    name) is a syllable of a longer name, not the place (", Ky" after a town is its state)."""
    if len(surface) > 2 or surface.isupper() or text.startswith(".", start + len(surface)):
        return False
    if not CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
        return False
    return all(gazetteer.key_of(c) != key for c, _ in candidates)


def _part_of_longer_name(text: str, tokens, j: int) -> bool:
    """'Wad' in 'Wad al-Noura': the name goes on, so the short match is not the place."""
    return (j < len(tokens) and text[tokens[j - 1].end() : tokens[j].start()] == " "
            and ARTICLE_PREFIX.match(tokens[j].group(0)) is not None)  # fmt: skip


def _tail_of_a_name(text: str, tokens, i: int, gazetteer: Gazetteer) -> bool:
    """'Arch Walsh', 'Mental Health Act', 'Highway Patrol': a lone place name right after a
    capitalised word that is no place, no direction and no common word ends a longer name
    (a person's or an organisation's), so it is not the place."""
    if i == 0 or text[tokens[i - 1].end() : tokens[i].start()] != " ":
        return False
    word = tokens[i - 1].group(0)
    if not word[:1].isupper() or word.isupper() or LEADING_DIRECTION.match(word + " "):
        return False
    if re.search(r"[’']s?$", word):  # "Trump’s Mar-a-Lago": a possessive ends its own name
        return False
    if re.search(r"-[a-z]+$", word):  # "Kuki-dominated", "Russian-held": an adjective, no name
        return False
    key = normalize_name(word)
    return not gazetteer.has_key(key) and not gazetteer.is_stopword(key)


def _kind_word_heading_a_name(text: str, tokens, j: int, key: str, gazetteer: Gazetteer) -> bool:
    """'Lake' in 'Lake Chad', 'Mount' in 'Mount Kenya': a word that says what kind of place
    something is, followed by another capitalised word, heads a longer name (Lake County is
    not meant)."""
    if not gazetteer.is_generic(key) or j >= len(tokens):
        return False
    return text[tokens[j - 1].end() : tokens[j].start()] == " " and tokens[j].group(0)[:1].isupper()


def _small_alias_in_a_name(text: str, tokens, j: int, candidates: Candidates, gazetteer: Gazetteer) -> bool:
    """'Border Police Force': a lone word followed by another capitalised word, that names
    only small places (under 10,000 people) and those only by an alternate name, is a word
    of a longer name, not the place."""
    if j >= len(tokens) or text[tokens[j - 1].end() : tokens[j].start()] != " ":
        return False
    if not tokens[j].group(0)[:1].isupper():
        return False
    key = normalize_name(tokens[j - 1].group(0))
    ix = gazetteer.index
    return all(ix.kinds[c] == "city" and ix.population[c] < 10_000 and gazetteer.key_of(c) != key
               for c, _ in candidates)  # fmt: skip


def _first_name(text: str, tokens, j: int, gazetteer: Gazetteer) -> bool:
    """'Vladimir Putin', 'Donald Trump': a lone place name followed by another capitalised
    word that is neither a place nor a title word is most likely a person's first name."""
    if j >= len(tokens) or text[tokens[j - 1].end() : tokens[j].start()] != " ":
        return False
    if re.search(r"[’']s$", tokens[j - 1].group(0)):
        return False  # "Sargodha's Mujahid Colony": a possessive ends its own name, no first name
    word = _strip_possessive(tokens[j].group(0))
    if not word[:1].isupper() or word.isupper():
        return False
    if AREA_WORDS.match(text[tokens[j - 1].end() : tokens[j - 1].end() + AREA_WORD_REACH]):
        return False  # ("Ishwardi Upazila", "Kukawa Local Government Area": a kind of area, no surname)
    key = normalize_name(word)
    return not gazetteer.has_key(key) and not gazetteer.is_stopword(key)


def _family_names(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """'Moqtada al-Sadr', 'Haider al-Abadi': a family name told with the Arabic article after a
    given name (a capitalised word that is no place, the whole no name of the gazetteer). Told
    alone elsewhere in the text ("If Sadr is behind the resignation"), it is the person, not a
    place of that name."""
    found = set()
    for match in FAMILY_NAME.finditer(text):
        given, family = match.group("given"), match.group("family")
        if gazetteer.has_key(normalize_name(match.group(0))) or gazetteer.has_key(normalize_name(given)):
            continue
        if gazetteer.is_stopword(normalize_name(given)) or gazetteer.is_generic(normalize_name(given)):
            continue
        found.add(normalize_name(family))
    return frozenset(found)


# a given name, then the Arabic article and a capitalised family name ("Moqtada al-Sadr")
FAMILY_NAME = re.compile(
    rf"\b(?P<given>[A-Z][a-z]+)\s+(?:{'|'.join(ARABIC_ARTICLES)})-(?P<family>[A-Z][\w'’]+)(?![\w'’-])"
)


def _area_named(
    text: str, end: int, candidates, gazetteer: Gazetteer, countries: Callable[[], set[str]]
) -> bool:
    """ "the West region", "North province": a common word with an area word after it names a
    division of that name in a country the text names, when there is one (Cameroon's West
    region is not "the West region of Uganda")."""
    if AREA_WORDS.match(text[end : end + AREA_WORD_REACH]) is None:
        return False
    divisions = [e for e, _ in candidates if gazetteer.kind(e) in ("admin1", "admin2")]
    return bool(divisions) and bool({gazetteer.country_code(e) for e in divisions} & countries())


NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")


def countries_named(text: str, gazetteer: Gazetteer) -> set[str]:
    """The codes of the countries a text names, by name or by its people ("Burkinabe")."""
    codes = set()
    for run in NAME_RUN.finditer(text):
        words = run.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                codes.update(gazetteer.country_code(e) for e, _ in gazetteer.lookup(" ".join(words[i:j]))
                             if gazetteer.kind(e) == "country")  # fmt: skip
    return codes


def _with_area_candidates(
    mention: Mention, gazetteer: Gazetteer, countries: Callable[[], set[str]]
) -> Mention:
    """'the Moscow region': add the divisions named '<name> oblast/region/...', weighted as
    exact matches ('Moscow' alone also names the city and the federal city); ``countries``: the
    codes of those the text names (countries_named)."""
    if not mention.area_word:
        return mention
    compound: dict[int, int] = {}
    for word in dict.fromkeys((mention.area_word, "oblast", "region", "province", "state")):
        for entry, _ in gazetteer.lookup(f"{mention.text} {word}"):
            compound[entry] = COMPOUND_SUPPORT
    divisions = any(gazetteer.kind(e) in ("admin1", "admin2") for e, _ in mention.candidates)
    if not compound and mention.area_word in (*FIRST_LEVEL_WORDS, REGION_WORD, COUNTRYSIDE) and not divisions:
        compound = _named_for_its_city(mention, gazetteer)
        if mention.area_word == COUNTRYSIDE:  # a town's countryside: a division of the town's own name
            key = mention.name_key or normalize_name(mention.text)
            compound = {
                e: s for e, s in compound.items() if folded(normalize_name(gazetteer.name(e))) == folded(key)
            }
    if not compound:  # "the Southwest region": a division spelt another way ("South-West"), in a
        # country the text names
        known = {e for e, _ in mention.candidates}
        key = mention.name_key or normalize_name(mention.text)
        variants = [(e, s) for e, s in gazetteer.area_variant(key) if e not in known]
        named = countries() if variants else set()
        compound = {e: s for e, s in variants if gazetteer.country_code(e) in named}
    if not compound:
        # (a town's countryside with no division of its name: the town, read as told)
        return (
            replace(mention, area_word="") if mention.area_word == COUNTRYSIDE and not divisions else mention
        )
    merged = [(e, compound.pop(e, s)) for e, s in mention.candidates] + list(compound.items())
    return replace(mention, candidates=tuple(merged))


# A province told by the name of its city ("the eastern province of Deir al-Zour": GeoNames
# spells the province Dayr az Zawr): the first-level division holding a city this large.
PROVINCE_SEAT_POPULATION = 50_000
# The kind words of a first-level division (a "district" or "county" named after its town is the
# town's own, "Kramatorsk district" no Donetsk oblast). "Region" names one only after the division's
# largest town ("the Kursk region", "the Hodeidah region"); after a lesser one it is the town's area
# ("the Bakhmut region" is no Donetsk oblast).
FIRST_LEVEL_WORDS = frozenset({"province", "governorate", "state", "oblast", "prefecture", "wilaya"})
REGION_WORD = "region"


def _named_for_its_city(mention: Mention, gazetteer: Gazetteer) -> dict[int, int]:
    """The first-level divisions holding the large towns a name given as a province's can be,
    when no division of that name is known."""
    ix = gazetteer.index
    found: dict[int, int] = {}
    # "the Kursk region", not "the Bakhmut region"; a town's countryside likewise
    only_largest = mention.area_word in (REGION_WORD, COUNTRYSIDE)
    for entry, _ in mention.candidates:
        if ix.kinds[entry] != "city" or not ix.admin1[entry]:
            continue
        division = ix.by_id.get(f"admin1:{ix.admin1[entry]}")
        if division is None:
            continue
        # (or a town whose division bears its own name, whatever its size: "Lahaj province" is Lahij
        # governorate, its seat Lahij a town of 23,000)
        seat = ix.population[entry] >= PROVINCE_SEAT_POPULATION and (
            not only_largest or gazetteer.largest_town(ix.admin1[entry]) == entry
        )
        if seat or folded(gazetteer.key_of(division)) == folded(gazetteer.key_of(entry)):
            found[division] = COMPOUND_SUPPORT
    return found


def _sentence_initial_common(text: str, token: re.Match[str]) -> bool:
    """A lone title-case word opening a sentence whose lower-case form also occurs in the text."""
    before = text[: token.start()].rstrip()
    if before and before[-1] not in '.!?\n"“':
        return False
    word, lower = token.group(0), token.group(0).lower()
    return lower != word and _whole_word(lower, text)


def _whole_word(word: str, text: str) -> bool:
    """``word`` occurs in ``text`` between word boundaries, as ``\\b<word>\\b`` reads them (a pattern built
    for each word is slow)."""
    at = text.find(word)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _boundary(text: str, position: int) -> bool:
    """``\\b`` at ``position``: a word character on one side only (the text's ends count as none)."""
    before = position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")
    after = position < len(text) and (text[position].isalnum() or text[position] == "_")
    return before != after


# (the Arabic article, and other particles names open with: "ul", "ibn", "bin", "de", "di", "du", "da")
ARTICLE_PREFIX = re.compile(
    rf"^(?:{'|'.join((*ARABIC_ARTICLES, 'ul', 'ibn', 'bin', 'de', 'di', 'du', 'da'))})[-’']", re.I
)
# A name that opens with the Arabic article in lower case, as news agencies write it ("al-Bab",
# "el-Fasher", "ash-Shajara"): the article, a hyphen, then a capital; read as a place only after a
# preposition of place or a kind of place ("in al-Bab", "the port city of al-Mokha"; not "supporters of
# al-Sadr", "Iraq and al-Sham")
# and not as a channel's name ("on al-Masirah TV")
ARTICLE_OPENED = re.compile(rf"(?:{'|'.join(ARABIC_ARTICLES)})-[A-Z]")
PLACE_PREPOSITION = re.compile(
    r"\b(?:(?:in|at|near|off|outside|inside|from|to|into|towards?|around|across|through|on)\s+(?:the\s+)?|"
    rf"(?:{SETTLEMENT_NOUNS}|{AREA_NOUNS}|port|area|camp|suburb|neighbou?rhood)\s+of\s+)$",
    re.I,
)
MEDIA_AFTER = re.compile(
    r"[\w'’-]*\s+(?:TV|television|channel|radio|newspaper|satellite|network|website)\b", re.I
)


def _article_opened(word: str) -> bool:
    return ARTICLE_OPENED.match(word) is not None


def _opened_as_place(text: str, token: re.Match[str]) -> bool:
    """A name opened by the Arabic article in lower case, where a place stands: see ARTICLE_OPENED."""
    return (
        _article_opened(token.group(0))
        and PLACE_PREPOSITION.search(text, max(0, token.start() - 20), token.start()) is not None
        and MEDIA_AFTER.match(text, token.start()) is None
    )


def _joinable(text: str, tokens, i: int, j: int, held: list[bool]) -> bool:
    """Tokens i..j-1 may read as one name (``held``: each token inside a blocked span or not)."""
    for k in range(i, j):
        token = tokens[k]
        if held[k]:
            return False
        if k > i:
            gap = text[tokens[k - 1].end() : token.start()]
            if gap not in (" ", "-") and not (gap == ". " and k - 1 == i and _prefix(tokens[i].group(0))):
                return False  # "St. Petersburg", "Ft. Worth": an abbreviated first word
            word = token.group(0)
            if not word[0].isupper() and word.lower() not in CONNECTORS and not ARTICLE_PREFIX.match(word):
                return False
    return True


def _held(positions: list[int], spans) -> list[bool]:
    """Whether each position (in ascending order) lies inside one of the spans: the spans merged,
    then walked once beside the positions."""
    merged: list[list[int]] = []
    for s, e in sorted((s, e) for s, e in spans if s < e):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, k = [], 0
    for position in positions:
        while k < len(merged) and merged[k][1] <= position:
            k += 1
        out.append(k < len(merged) and merged[k][0] <= position)
    return out


def _after_gate(text: str, end: int) -> tuple[bool, bool, bool, bool, bool, bool]:
    """Which patterns read after a name can match there, from the characters right after it (a
    quick test before the patterns): (area word, settlement word, "and", comma, possessive,
    countryside). All, where the text is not plain ASCII or its spacing is unusual."""
    ch = text[end : end + 1]
    if ch == " ":
        word = text[end + 1 : end + 14]
        if not word.isascii() or word[:1].isspace():
            return True, True, True, True, True, True
        return (
            text[end + 1 : end + AREA_WORD_REACH].lower().startswith(AREA_STARTS),
            word.startswith(SETTLEMENT_STARTS),
            word.startswith("and"),
            False,
            False,
            word.lower().startswith(RURAL_STARTS),
        )
    if ch == ",":
        return False, False, True, True, False, False
    if ch in ("'", "’"):
        return False, False, False, False, True, True
    if ch.isspace() or not ch.isascii():
        return True, True, True, True, True, True
    return False, False, False, False, False, False


def _make_mention(
    text: str, start: int, end: int, surface: str, candidates, name_key: str = "", gazetteer=None
) -> Mention:
    area_after, settlement_after, and_after, comma_after, possessive_after, rural_after = _after_gate(
        text, end
    )
    after = AREA_WORDS.match(text[end : end + AREA_WORD_REACH]) if area_after else None
    shared = SHARED_AREA_WORD.match(text[end : end + 60]) if and_after and not after else None
    before = text[max(0, start - 40) : start]
    # the patterns read before the name each end with one of a few words, and need one of a few
    # others: tried only where the text may end with one and hold the other
    last = last_letters(before)
    low = before.lower() if before.isascii() else None  # beyond ASCII: try every pattern
    of_end = last is None or last.endswith("of")
    direction = DIRECTION.search(before) if last is None or last.endswith(DIRECTION_ENDS) else None
    if not direction and of_end and (low is None or DIRECTION_OF_WORDS_FOUND.search(low) is not None):
        direction = DIRECTION_OF.search(before)  # "the north of Mali"
    if not direction and possessive_after:
        direction = DIRECTION_AFTER.match(text, end)
    area_word = after.group(1).lower() if after else AREA_PLURALS[shared.group(1)] if shared else ""
    if not area_word and comma_after and (apposed := AREA_APPOSED.match(text, end)):
        area_word = "region" if apposed.group(1) == "territory" else apposed.group(1)
    if (
        not area_word
        and (of_end or last.endswith("the"))
        and (low is None or AREA_BEFORE_WORDS_FOUND.search(low) is not None)
        and (told := AREA_BEFORE.search(before))
    ):
        area_word = told.group(1) or "state"  # a governor governs a state, province or oblast
        if (told.group(1) and gazetteer is not None and DESCRIBED.search(before, 0, told.start())
                and any(gazetteer.kind(e) == "country" for e, _ in candidates)):  # fmt: skip
            area_word = ""  # "the autonomous Kurdish region of Iraq": a region in the country named
    if not area_word and (
        (rural_after and RURAL_AFTER.match(text, end))
        or (
            (last is None or last.endswith(RURAL_ENDS))
            and (low is None or RURAL_WORDS.search(low) is not None)
            and RURAL_BEFORE.search(before)
        )
    ):
        area_word = COUNTRYSIDE
    settled = None
    if not area_word:
        settled = (SETTLEMENT_AFTER.match(text, end) if settlement_after else None) or (
            SETTLEMENT_APPOSED.match(text, end) if comma_after else None
        )
        if not settled and of_end and (low is None or SETTLEMENT_BEFORE_WORDS_FOUND.search(low) is not None):
            settled = SETTLEMENT_BEFORE.search(before)
    settlement_word = (settled.group(1) or "city") if settled else ""  # a mayor's is a city
    if not area_word and not settlement_word and and_after and not after:
        shared_settlement = SHARED_SETTLEMENT_WORD.match(text[end : end + 60])
        settlement_word = SETTLEMENT_PLURALS[shared_settlement.group(1)] if shared_settlement else ""
    near = (last is None or last.endswith(NEAR_ENDS)) and near_words(before, low) is not None
    # (its fields written at once into a copy of the defaults, not one by one as a frozen dataclass's
    # __init__ sets them: several times faster, and the same object, equal, hashed and pickled alike)
    mention = object.__new__(Mention)
    state = mention.__dict__
    state.update(_MENTION_FIELDS)
    state["start"] = start
    state["end"] = end + (after.end() if after else 0)
    state["text"] = surface
    state["candidates"] = candidates
    state["area_word"] = area_word
    state["settlement_word"] = settlement_word
    state["near"] = near
    state["direction"] = direction.group(1).lower().replace("-", "") if direction else ""  # "south-western"
    state["name_key"] = name_key
    # (last_letters(before) is "" just where before is blank; most names end no relation's words)
    relation = (
        None
        if last and not last.endswith(RELATION_ENDS)
        else relation_before(text[max(0, start - 60) : start], last)
    )
    if relation:
        state.update(relation)
    return mention


# Every field of a Mention with its default (none for the four always given)
_MENTION_FIELDS = {f.name: f.default for f in fields(Mention)}


ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")


# Abbreviated first words of place names, spelled out: "St. Petersburg" is also looked up as
# "Saint Petersburg", which may be the only spelling a town is filed under.
PREFIXES = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}


# The compass word opening a district's name, as South Asian names write it ("West Bardhaman" is
# GeoNames' "Paschim Bardhaman", "North Dinajpur" its "Uttar Dinajpur")
COMPASS_NAMES = {"west": ("paschim", "pashchim", "paschimi"), "east": ("purba", "purbi", "purv", "purvi"),
                 "north": ("uttar", "uttara"), "south": ("dakshin", "dakshina")}  # fmt: skip


def _prefix(word: str) -> bool:
    return word[:1].isupper() and word.lower() in PREFIXES


def spelled_out(key: str) -> str:
    """A normalised name with its abbreviated first word spelled out ("st petersburg" ->
    "saint petersburg"); the name itself when it has none."""
    first, _, rest = key.partition(" ")
    return f"{PREFIXES[first]} {rest}" if first in PREFIXES and rest else key


@lru_cache(maxsize=4096)  # (the same names come again and again: "Police", "Ministry", the towns of a war)
def _with_spelled_prefix(key: str, gazetteer: Gazetteer):
    """The candidates of a name, with those of its spelled-out prefix ("st petersburg" and
    "saint petersburg"), each entry once with its best support."""
    candidates = gazetteer.lookup_key(key)
    if not candidates:  # "Lower Shabelle": "Lower Shabeelle", a division; "Nassiriya": "Nasiriyah"
        candidates = gazetteer.lookup_variant(key)
    first, _, rest = key.partition(" ")
    if not candidates and rest and first in COMPASS_NAMES:  # "West Bardhaman": "Paschim Bardhaman"
        candidates = tuple(c for word in COMPASS_NAMES[first] for c in gazetteer.lookup_key(f"{word} {rest}"))
    spelled = spelled_out(key)
    if spelled == key:
        return candidates
    best = dict(candidates)
    for entry, support in gazetteer.lookup_key(spelled):
        best[entry] = max(support, best.get(entry, 0))
    return tuple(best.items())


def _abbreviated(surface: str, candidates, gazetteer: Gazetteer):
    """ "SA", "WA", "OAS": capital letters abbreviate a country, a first-level division or a
    region (or a city of a million, "NYC"); that they spell a town's or a county's name
    (Siá, Wa) is chance."""
    if not ABBREVIATION.fullmatch(surface):
        return candidates
    ix = gazetteer.index
    return tuple(c for c in candidates
                 if ix.kinds[c[0]] not in ("city", "poi", "admin2")
                 or ix.population[c[0]] >= 1_000_000)  # fmt: skip


LEADING_DIRECTION = re.compile(
    rf"^(?:{COMPASS}(?:ern)?|central|upper|"
    r"lower|greater|inner|outer)\s+",
    re.I,
)


Candidates = tuple[tuple[int, int], ...]  # (entry, support) pairs


def _demonym_singular(name: str, gazetteer: Gazetteer) -> str | None:
    """ "Palestinians" -> "Palestinian": a plural whose singular is a demonym (English adds
    an s), or None."""
    if len(name) < 4 or not name.endswith("s") or " " in name:
        return None
    singular = name[:-1]
    return singular if normalize_name(singular) in gazetteer.index.demonyms else None


def _candidates_for_span(name: str, gazetteer: Gazetteer) -> tuple[Candidates, str]:
    """Candidates for a given name, and the key of the name they are for. When the whole
    name is unknown ("Eastern Ghouta", "Manchester City", "Colorado State University",
    "Bank of Mexico"), those of its longest part that names a sizeable place (a division,
    a country, or a town of 10,000 or more): never a word that says what kind of place
    it is ("Park", "Hall", "North"), nor a surname ("Karl Bremer Hospital"); a place
    beats an adjective ("British Embassy Tokyo"), then the larger kind of place, then
    the larger population."""
    name = _strip_possessive(name)
    key = normalize_name(name)
    if gazetteer.is_stopword(key):
        return (), ""
    found = _abbreviated(name, gazetteer.lookup_key(key), gazetteer)
    if found or ABBREVIATION.fullmatch(name):
        return found, key
    # an abbreviated first word spelled out, only for a name filed under no spelling of its own ("St.
    # Marc" is Haiti's "Saint-Marc"; not "St. Louis", whose own entries are its candidates)
    if (spelled := spelled_out(key)) != key and (found := gazetteer.lookup_key(spelled)):
        return found, spelled
    if variant := gazetteer.lookup_variant(key):  # "Lower Shabelle": "Lower Shabeelle"
        return variant, key
    singular = _demonym_singular(name, gazetteer)
    if singular:  # "Palestinians", "Ukrainians": the people of a country
        return gazetteer.lookup(singular), normalize_name(singular)
    stripped = LEADING_DIRECTION.sub("", name)
    if stripped != name and gazetteer.lookup(stripped):
        return gazetteer.lookup(stripped), normalize_name(stripped)
    words = name.split()
    ix = gazetteer.index
    for size in range(len(words) - 1, 0, -1):
        best, best_rank, best_key = (), None, ""
        for first in range(len(words) - size + 1):
            part = " ".join(words[first : first + size])
            key = normalize_name(part)
            if (
                not part[:1].isupper()
                or gazetteer.is_stopword(key)
                or all(gazetteer.is_generic(normalize_name(w)) for w in part.split())
            ):
                continue
            if size == 1 and first > 0 and _after_a_name(words[:first], gazetteer):
                continue
            sizeable = _sizeable(part, gazetteer)
            if not sizeable:
                continue
            rank = (not gazetteer.is_demonym(key), max(PART_RANK.get(ix.kinds[c], 0) for c, _ in sizeable),
                    max(ix.population[c] for c, _ in sizeable))  # fmt: skip
            if best_rank is None or rank > best_rank:
                best, best_rank, best_key = sizeable, rank, key
        if best:
            return best, best_key
    return (), ""


# Which part of an unknown longer name gives its place: the larger kind first.
PART_RANK = {"country": 4, "admin1": 3, "region": 3, "continent": 2, "water": 2, "city": 2,
             "poi": 2, "admin2": 1}  # fmt: skip


def _sizeable(part: str, gazetteer: Gazetteer) -> Candidates:
    """The candidates of a part of a longer name that can stand for it: divisions and
    countries, towns of 10,000 or more by their main name, and adjectives of places."""
    ix, key = gazetteer.index, normalize_name(part)
    return tuple(c for c in gazetteer.lookup(part)
                 if (ix.kinds[c[0]] in AREA_KINDS or ix.population[c[0]] >= 10_000)
                 and (gazetteer.key_of(c[0]) == key or ix.kinds[c[0]] in AREA_KINDS
                      or gazetteer.is_demonym(key)))  # fmt: skip


def _after_a_name(before: list[str], gazetteer: Gazetteer) -> bool:
    """'Karl Bremer', 'Robert Trent Jones', 'Percy French': the words before a part are a
    person's names (capitalised, no kind of place, the first not a sizeable place), so the
    part is a surname, not a place."""
    return not _sizeable(before[0], gazetteer) and all(
        w[:1].isupper() and w.isalpha() and not gazetteer.is_generic(normalize_name(w)) for w in before
    )


# How many spans' candidates are kept (by their text) before the store starts afresh.
SPAN_CACHE = 100_000


def mentions_at(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions for given [start, end) spans (e.g. gold toponyms); spans with no candidate
    get an empty candidate list, unless their capitals spell a name the text gives in full
    ("T&T" where "Trinidad and Tobago" is written: ``spelled_initials``)."""
    return _mentions_at(text, spans, gazetteer)  # type: ignore[return-value]


def known_mentions_at(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Mention | None]:
    """mentions_at, with None for a span that has no candidate (nothing to resolve there)."""
    return _mentions_at(text, spans, gazetteer, known_only=True)


def _mentions_at(
    text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer, known_only: bool = False
) -> list[Mention | None]:
    """mentions_at; with ``known_only``, None for a span with no candidate (nothing to resolve)."""
    mentions: list[Mention | None] = []
    known = gazetteer.span_candidates
    for start, end in spans:
        surface = text[start:end]
        found = known.get(surface)
        if found is None:
            if len(known) >= SPAN_CACHE:
                known.clear()
            found = known[surface] = _candidates_for_span(surface, gazetteer)
        if not found[0] and INITIALS.fullmatch(surface):
            found = spelled_initials(text, surface, gazetteer) or found
        if known_only and not found[0]:
            mentions.append(None)
            continue
        mentions.append(_make_mention(text, start, end, surface, *found, gazetteer=gazetteer))
    return mentions


# Capitals that may stand for the initials of a longer name: "T&T", "NSW", "S.A.".
INITIALS = re.compile(r"[A-Z](?:[.&]?[A-Z]){1,4}\.?")
INITIAL_GAP = r"(?:\s+(?:and|of|the|&))*\s+"


@lru_cache(maxsize=1024)
def _spelling(capitals: str) -> re.Pattern[str]:
    """Words whose initials are these capitals, linking words between them skipped (spelled_initials)."""
    words = INITIAL_GAP.join(rf"{ch}[^\W\d_]+" for ch in capitals)
    return re.compile(rf"(?<![\w&.]){words}(?![\w&])")


def spelled_initials(text: str, surface: str, gazetteer: Gazetteer) -> tuple[Candidates, str] | None:
    """ "T&T" in a story that writes "Trinidad and Tobago", "NSW" where "New South Wales" is
    written, "SA" beside "South Africans": capitals the gazetteer does not know take the
    candidates of the first name in the text whose words' initials they spell (linking words
    skipped), read as an abbreviation reads them (an area, or a city of a million); None when
    the text spells none."""
    spelled = _spelling("".join(ch for ch in surface if ch.isupper()))
    found = spelled.search(text)
    while found:  # overlapping: "The Trinidad and Tobago team" holds "Trinidad and Tobago"
        key = normalize_name(found.group(0))
        if key.endswith("s") and gazetteer.is_demonym(key[:-1]):
            key = key[:-1]  # "South Africans": the people of a country
        candidates = _abbreviated(surface, gazetteer.lookup_key(key), gazetteer)
        if candidates:
            return candidates, key
        found = spelled.search(text, found.start() + 1)
    return None
