"""Place mentions in text -> gazetteer candidates -> one resolved place each, with evidence.

Disambiguation uses general signals only: population and national capitals, how
many spellings support the name, the countries and first-level divisions named
elsewhere in the document, explicit qualifiers ("Odessa, Texas", "Borova in the
Kharkiv region"), a following "region"/"oblast" word, and distance to the other
places of the document.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from events.gazetteer import AREA_KINDS, Gazetteer
from events.text import normalize_name

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w]*(?:[’'\-][\w]+)*")
CONNECTORS = {"of", "de", "la", "le", "du", "des", "del", "al", "el", "upon", "on", "the", "am",
              "an", "der", "sur", "di", "da", "do", "dos", "das", "y", "en", "a", "and"}  # fmt: skip
AREA_WORDS = re.compile(
    r"^\s+(region|oblast|province|governorate|state|county|district|krai|raion|prefecture)s?\b",
    re.I,
)
# "the Kharkiv and Sumy regions": the first name shares the area word of the second
SHARED_AREA_WORD = re.compile(
    r"^,?\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(region|oblast|province|governorate|state|district|raion|prefecture)s\b"
)
NEAR_WORDS = re.compile(
    r"(?:\bnear|\boutside|\boutskirts\s+of|\bclose\s+to|\bkm\s+(?:\w+\s+)?(?:of|from)|"
    r"\bmiles\s+(?:\w+\s+)?(?:of|from)|\bvicinity\s+of|\baround|\bnearby|\btowards?|"
    r"\bdirection\s+of|\bproximity\s+to)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|settlement)\s+of\s+)?$",
    re.I,
)
DIRECTION = re.compile(
    r"\b((?:north|south)?(?:east|west)ern|northern|southern|central)\s+$", re.I
)
MAX_TOKENS = 6
# What stands between a place and the area that qualifies it: "Odessa, Texas", "Borova in the".
QUALIFIER_GAP = re.compile(r",\s*|\s+in\s+(?:the\s+)?|,\s+in\s+(?:the\s+)?")
COMPOUND_SUPPORT = 8  # "<name> oblast" found whole: as strong as a well-attested spelling
# Entries without a population: seas weigh like a large country; curated points of
# interest (the Kremlin, Mar-a-Lago) like a large city, since news names them as places.
KIND_PRIOR = {"water": 8.0, "poi": 6.5}
# A bare name is rarely a division when a town has it too ("New York", "Washington"):
# divisions' populations are summed over all their settlements, so damp them.
ADMIN_PENALTY = {"admin1": -1.5, "admin2": -2.5, "region": -1.0}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    candidates: tuple[tuple[int, int], ...]
    area_word: str = ""
    near: bool = False
    direction: str = ""
    name_key: str = ""  # the part of a longer name the candidates are for ("Bank of Mexico")


@dataclass(frozen=True)
class Resolved:
    mention: Mention
    entry: int
    confidence: float
    evidence: tuple[str, ...]


def _strip_possessive(text: str) -> str:
    return re.sub(r"[’']s?$", "", text)


def find_mentions(
    text: str, gazetteer: Gazetteer, blocked: list[tuple[int, int]] = ()
) -> list[Mention]:
    """Capitalised token runs that name a gazetteer entry (longest first, left to right)."""
    tokens = [m for m in _TOKEN.finditer(text)]
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if not first.group(0)[0].isupper() or _inside(first.start(), blocked):
            i += 1
            continue
        found = None
        for j in range(min(len(tokens), i + MAX_TOKENS), i, -1):
            last = tokens[j - 1].group(0)
            capital = last[0].isupper() or (ARTICLE_PREFIX.match(last) and last[-1:].isalpha()
                                            and last.split("-", 1)[-1][:1].isupper())  # fmt: skip
            if not capital or not _joinable(text, tokens, i, j, blocked):
                continue
            surface = _strip_possessive(text[first.start() : tokens[j - 1].end()])
            key = normalize_name(surface)
            candidates = _abbreviated(surface, gazetteer.lookup(key), gazetteer)
            if not candidates:
                continue
            if j - i == 1 and (
                gazetteer.is_stopword(key)
                or _sentence_initial_common(text, first)
                or _first_name(text, tokens, j, gazetteer)
                or _part_of_longer_name(text, tokens, j)
            ):
                continue
            found = (j, first.start(), first.start() + len(surface), surface, candidates)
            break
        if found is None:
            i += 1
            continue
        j, start, end, surface, candidates = found
        mention = _make_mention(text, start, end, surface, candidates)
        mentions.append(_with_area_candidates(mention, gazetteer))
        i = j
    return mentions


def _part_of_longer_name(text: str, tokens, j: int) -> bool:
    """'Wad' in 'Wad al-Noura': the name goes on, so the short match is not the place."""
    return (j < len(tokens) and text[tokens[j - 1].end() : tokens[j].start()] == " "
            and ARTICLE_PREFIX.match(tokens[j].group(0)) is not None)  # fmt: skip


def _first_name(text: str, tokens, j: int, gazetteer: Gazetteer) -> bool:
    """'Vladimir Putin', 'Donald Trump': a lone place name followed by another capitalised
    word that is neither a place nor a title word is most likely a person's first name."""
    if j >= len(tokens) or text[tokens[j - 1].end() : tokens[j].start()] != " ":
        return False
    word = _strip_possessive(tokens[j].group(0))
    if not word[:1].isupper() or word.isupper():
        return False
    key = normalize_name(word)
    return not gazetteer.has_key(key) and not gazetteer.is_stopword(key)


def _with_area_candidates(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """'the Moscow region': add the divisions named '<name> oblast/region/...', weighted as
    exact matches ('Moscow' alone also names the city and the federal city)."""
    if not mention.area_word:
        return mention
    compound: dict[int, int] = {}
    for word in dict.fromkeys((mention.area_word, "oblast", "region", "province", "state")):
        for entry, _ in gazetteer.lookup(f"{mention.text} {word}"):
            compound[entry] = COMPOUND_SUPPORT
    if not compound:
        return mention
    merged = [(e, compound.pop(e, s)) for e, s in mention.candidates] + list(compound.items())
    return Mention(mention.start, mention.end, mention.text, tuple(merged), mention.area_word,
                   mention.near, mention.direction)  # fmt: skip


def _sentence_initial_common(text: str, token: re.Match[str]) -> bool:
    """A lone title-case word opening a sentence whose lower-case form also occurs in the text."""
    before = text[: token.start()].rstrip()
    if before and before[-1] not in ".!?\n\"“":
        return False
    word = token.group(0)
    return word.lower() != word and re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


ARTICLE_PREFIX = re.compile(r"^(?:al|el|ez|az|as|ad|an|ar|at|ash|ul|ibn|bin|de|di|du|da)[-’']", re.I)


def _joinable(text: str, tokens, i: int, j: int, blocked) -> bool:
    for k in range(i, j):
        token = tokens[k]
        if _inside(token.start(), blocked):
            return False
        if k > i:
            gap = text[tokens[k - 1].end() : token.start()]
            if gap not in (" ", "-"):
                return False
            word = token.group(0)
            if not word[0].isupper() and word.lower() not in CONNECTORS and not ARTICLE_PREFIX.match(word):
                return False
    return True


def _inside(position: int, spans) -> bool:
    return any(s <= position < e for s, e in spans)


def _make_mention(text: str, start: int, end: int, surface: str, candidates, name_key: str = "") -> Mention:
    after = AREA_WORDS.match(text[end : end + 20])
    shared = None if after else SHARED_AREA_WORD.match(text[end : end + 60])
    before = text[max(0, start - 40) : start]
    direction = DIRECTION.search(before)
    return Mention(
        start=start,
        end=end + (after.end() if after else 0),
        text=surface,
        candidates=candidates,
        area_word=(after or shared).group(1).lower() if after or shared else "",
        near=bool(NEAR_WORDS.search(before)),
        direction=direction.group(1).lower() if direction else "",
        name_key=name_key,
    )


ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")


def _abbreviated(surface: str, candidates, gazetteer: Gazetteer):
    """"SA", "WA", "OAS": capital letters abbreviate a country, a first-level division or a
    region (or a city of a million, "NYC"); that they spell a town's or a county's name
    (Siá, Wa) is chance."""
    if not ABBREVIATION.fullmatch(surface):
        return candidates
    ix = gazetteer.index
    return tuple(c for c in candidates
                 if ix.kinds[c[0]] not in ("city", "poi", "admin2")
                 or ix.population[c[0]] >= 1_000_000)  # fmt: skip


LEADING_DIRECTION = re.compile(
    r"^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|upper|"
    r"lower|greater|inner|outer)\s+", re.I
)


Candidates = tuple[tuple[int, int], ...]  # (entry, support) pairs


def _candidates_for_span(name: str, gazetteer: Gazetteer) -> tuple[Candidates, str]:
    """Candidates for a given name, and the key of the name they are for. When the whole
    name is unknown ("Eastern Ghouta", "Manchester City", "Colorado State University",
    "Bank of Mexico"), those of its longest part that names a sizeable place (a division,
    a country, or a town of 10,000 or more): never a word that says what kind of place
    it is ("Park", "Hall", "North"), nor a surname ("Karl Bremer Hospital"); a place
    beats an adjective ("British Embassy Tokyo"), then the larger kind of place, then
    the larger population."""
    name = _strip_possessive(name)
    if gazetteer.is_stopword(normalize_name(name)):
        return (), ""
    found = _abbreviated(name, gazetteer.lookup(name), gazetteer)
    if found or ABBREVIATION.fullmatch(name):
        return found, normalize_name(name)
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
            if not part[:1].isupper() or gazetteer.is_stopword(key) or all(
                gazetteer.is_generic(normalize_name(w)) for w in part.split()
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


def _sizeable(part: str, gazetteer: Gazetteer) -> tuple[tuple[int, int], ...]:
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
        w[:1].isupper() and w.isalpha() and not gazetteer.is_generic(normalize_name(w))
        for w in before
    )


def mentions_at(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions for given [start, end) spans (e.g. gold toponyms); spans with no candidate
    get an empty candidate list."""
    mentions = []
    for start, end in spans:
        candidates, key = _candidates_for_span(text[start:end], gazetteer)
        mentions.append(_make_mention(text, start, end, text[start:end], candidates, key))
    return mentions


def resolve_spans(
    text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Resolved | None]:
    """One resolution (or None when nothing matches) per span, in order."""
    mentions = mentions_at(text, spans, gazetteer)
    known = [m for m in mentions if m.candidates]
    by_mention = {id(m): r for m, r in zip(known, resolve_mentions(text, known, gazetteer),
                                           strict=True)}  # fmt: skip
    return [by_mention.get(id(m)) for m in mentions]


def _qualifier_of(text: str, mention: Mention, following: Mention | None,
                  after: Mention | None) -> Mention | None:  # fmt: skip
    """The mention that qualifies this one: "Odessa, Texas", "Borova in the Kharkiv region";
    not in a list ("Washington, New York and Boston")."""
    if following is None:
        return None
    if not QUALIFIER_GAP.fullmatch(text[mention.end : following.start]):
        return None
    if after is not None and re.fullmatch(r",\s*|,?\s+(?:and|or)\s+", text[following.end : after.start]):
        return None
    return following


def resolve_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Resolved]:
    """Choose one entry per mention using the whole document as context."""
    ix = gazetteer.index
    dominant = {id(m) for m in mentions if _dominant(m, ix)}
    anchors = [m.candidates[0][0] for m in mentions if id(m) in dominant]
    country_votes = Counter(ix.country[e] for e in anchors if ix.country[e])
    admin_votes = Counter(ix.admin1[e] for e in anchors if ix.kinds[e] != "country")
    for e in anchors:
        for member in ix.members.get(e, ()):
            admin_votes[ix.admin1[member]] += 1
            country_votes[ix.country[member]] += 1
    def at(k: int) -> Mention | None:
        return mentions[k] if 0 <= k < len(mentions) else None

    qualifiers = {id(m): _qualifier_of(text, m, at(k + 1), at(k + 2)) for k, m in enumerate(mentions)}
    qualified = {id(q): m for m in mentions if (q := qualifiers[id(m)]) is not None}
    context = _Context(country_votes, admin_votes, sum(country_votes.values()) or 1, dominant)
    # "Dibrova, Luhansk" with no Dibrova in Luhansk: both mentions stand for the area
    forced = {id(m): r for m in mentions
              if (r := _outside_qualifier(m, qualifiers[id(m)], gazetteer)) is not None}  # fmt: skip
    for m in mentions:
        if id(m) not in forced and id(qualified.get(id(m))) in forced:
            area = forced[id(qualified[id(m)])].entry
            forced[id(m)] = Resolved(m, area, 0.9, (f"{ix.kinds[area]} {ix.names[area]} ({ix.ids[area]})",
                                                    f"qualifies '{qualified[id(m)].text}'"))  # fmt: skip
    first_pass = [forced.get(id(m))
                  or _choose(m, gazetteer, context, qualifiers[id(m)], {}, qualified.get(id(m)))
                  for m in mentions]  # fmt: skip
    points = [r.entry for r in first_pass if ix.kinds[r.entry] in ("city", "poi")]
    # the second pass adds distances to the other places: it can only change a choice
    # between several candidates
    again = [m for m in mentions if len(m.candidates) > 1 and id(m) not in forced]
    nearest = _nearest_other_places(again, points, gazetteer)
    chosen = {id(m): _choose(m, gazetteer, context, qualifiers[id(m)], nearest[id(m)],
                             qualified.get(id(m))) for m in again}  # fmt: skip
    return [chosen.get(id(m), first) for m, first in zip(mentions, first_pass, strict=True)]


def _nearest_other_places(mentions: list[Mention], points: list[int],
                          gazetteer: Gazetteer) -> dict[int, dict[int, float]]:  # fmt: skip
    """For each mention (by id), each candidate's km to the nearest place the first pass
    chose for another mention (one distance matrix for the whole document)."""
    if not points or not mentions:
        return {id(m): {} for m in mentions}
    rows = list(dict.fromkeys(e for m in mentions for e, _ in m.candidates))
    row_of = {e: k for k, e in enumerate(rows)}
    km = gazetteer.distances_km(rows, points)
    out = {}
    for m in mentions:
        entries = [e for e, _ in m.candidates]
        own = set(entries)
        columns = [k for k, p in enumerate(points) if p not in own]
        if not columns:
            out[id(m)] = {}
            continue
        distances = km[[row_of[e] for e in entries]][:, columns].min(axis=1)
        out[id(m)] = dict(zip(entries, distances.tolist(), strict=True))
    return out


# A settlement this large is never read as a village the gazetteer lacks.
SMALL_PLACE = 1_000_000
# A namesake this close to a qualifying area's outline is taken for the place: outlines
# are approximate and front-line villages sit on the lines between divisions.
BORDER_KM = 25.0


def _outside_qualifier(mention: Mention, qualifier: Mention | None,
                       gazetteer: Gazetteer) -> Resolved | None:  # fmt: skip
    """"Dibrova, Luhansk" when no Dibrova of the gazetteer lies in Luhansk: the village is
    missing (its namesakes are elsewhere), so the mention stands for the qualifying area."""
    if qualifier is None or not (qualifier.area_word or qualifier.start - mention.end <= 2):
        return None  # "X, Region" or "X in the Y region", not "the OAS in Washington"
    ix = gazetteer.index
    areas = [e for e, _ in qualifier.candidates if ix.kinds[e] in ("admin1", "region")]
    own = [e for e, _ in mention.candidates]
    if not areas or any(ix.kinds[e] != "city" or ix.population[e] >= SMALL_PLACE for e in own):
        return None
    if any(gazetteer.contains(area, e) or gazetteer.km_outside(area, e) <= BORDER_KM
           for area in areas for e in own):  # fmt: skip
        return None
    area = max(areas, key=lambda a: (ix.kinds[a] == "admin1", ix.population[a]))
    evidence = (f"{ix.kinds[area]} {ix.names[area]} ({ix.ids[area]})",
                f"no '{mention.text}' of the gazetteer lies in {ix.names[area]} (its namesakes are "
                f"elsewhere): placed in the area that qualifies it")  # fmt: skip
    return Resolved(mention, area, 0.5, evidence)


@dataclass(frozen=True)
class _Context:
    """What the whole document says, shared by every mention's choice."""

    country_votes: Counter
    admin_votes: Counter
    total_votes: int
    dominant: set[int]  # ids of the mentions that vote for their first candidate


def _dominant(mention: Mention, ix) -> bool:
    entries = [e for e, _ in mention.candidates]
    if len(entries) == 1:
        return True
    kinds = {ix.kinds[e] for e in entries}
    return "country" in kinds or ("region" in kinds)


def _choose(mention, gazetteer, context: _Context, qualifier, nearest_km: dict[int, float],
            qualifies=None) -> Resolved:  # fmt: skip
    ix = gazetteer.index
    key = mention.name_key or normalize_name(mention.text)
    country_votes, admin_votes, total_votes = context.country_votes, context.admin_votes, context.total_votes
    own = 1 if id(mention) in context.dominant else 0
    # the reasons are kept as (what, value) pairs and worded for the chosen entry only
    scored: list[tuple[float, int, list[tuple[str, object]]]] = []
    for entry, support in mention.candidates:
        kind = ix.kinds[entry]
        reasons: list[tuple[str, object]] = []
        score = KIND_PRIOR[kind] if kind in KIND_PRIOR else gazetteer.size_prior(entry)
        if entry in ix.capitals:
            score += 1.5
            reasons.append(("capital", None))
        score += 0.6 * math.log2(1 + support)
        main_name = gazetteer.key_of(entry) == key
        if main_name:
            score += 0.5
        if kind == "country":
            score += 2.5 if main_name else 1.0
        if kind in ("city", "poi") and mention.area_word:
            score -= 4.0  # "the Kharkiv region" is not the city
        if kind in ("admin1", "admin2", "region"):
            if mention.area_word:
                score += 4.0
                reasons.append(("area word", mention.area_word))
            elif kind != "admin1" or _has_namesake_town(entry, key, mention, gazetteer):
                score += ADMIN_PENALTY.get(kind, -1.0)
        if qualifies is not None and kind in AREA_KINDS and any(
            gazetteer.contains(entry, c) for c, _ in qualifies.candidates
        ):
            score += 6.0
            reasons.append(("qualifies", qualifies.text))
        votes = country_votes.get(ix.country[entry], 0) - (own if kind == "country" else 0)
        if votes > 0:
            score += 2.5 * votes / total_votes + 0.5
            reasons.append(("country votes", votes))
        if kind in ("city", "poi") and admin_votes.get(ix.admin1[entry], 0) > 0:
            score += 2.0
            reasons.append(("division named", None))
        if qualifier is not None and any(
            gazetteer.contains(q, entry) for q, _ in qualifier.candidates
        ):
            score += 6.0
            reasons.append(("qualified by", qualifier.text))
        if nearest_km and kind in ("city", "poi"):
            nearest = nearest_km[entry]
            if nearest < 200:
                score += 2.0 if nearest < 50 else 1.0
                reasons.append(("near", nearest))
        scored.append((score, entry, reasons))
    best_score, best, reasons = max(scored, key=lambda s: s[0])
    runner_up = max((s[0] for s in scored if s[1] != best), default=None)
    margin = best_score - runner_up if runner_up is not None else 4.0
    confidence = round(1 / (1 + math.exp(-margin)), 3)
    return Resolved(mention, best, confidence, _evidence(best, reasons, ix))


def _has_namesake_town(area: int, key: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Kharkiv (the city) lies in Kharkiv (the oblast), New York City in New York: the bare
    name is the town. Montana has no such town (Montana City is a village), so the bare
    name is the state, not a town of that name elsewhere."""
    ix = gazetteer.index
    return any(ix.kinds[c] == "city" and gazetteer.contains(area, c)
               and (gazetteer.key_of(c) == key or ix.population[c] >= 0.05 * ix.population[area])
               for c, _ in mention.candidates)  # fmt: skip


def _evidence(entry: int, reasons: list[tuple[str, object]], ix) -> tuple[str, ...]:
    words = {
        "capital": lambda _: "national capital",
        "area word": lambda v: f"followed by '{v}'",
        "qualifies": lambda v: f"qualifies '{v}'",
        "country votes": lambda v: f"country {ix.country[entry]} named {v}x in the article",
        "division named": lambda _: f"division {ix.admin1[entry]} named in the article",
        "qualified by": lambda v: f"qualified by '{v}'",
        "near": lambda v: f"{v:.0f} km from another place in the article",
    }
    return (f"{ix.kinds[entry]} {ix.names[entry]} ({ix.ids[entry]})",
            *(words[what](value) for what, value in reasons))  # fmt: skip
