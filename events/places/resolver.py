"""Place mentions -> one resolved place each, with evidence.

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

from events.places.gazetteer import AREA_KINDS, Gazetteer
from events.places.mentions import Mention, mentions_at
from events.text import normalize_name

# What stands between a place and the area that qualifies it: "Odessa, Texas", "Borova in the".
QUALIFIER_GAP = re.compile(r",\s*|\s+in\s+(?:the\s+)?|,\s+in\s+(?:the\s+)?")
# Entries without a population: seas weigh like a large country; curated points of
# interest (the Kremlin, Mar-a-Lago) like a large city, since news names them as places.
KIND_PRIOR = {"water": 8.0, "poi": 6.5}
# A bare name is rarely a division when a town has it too ("New York", "Washington"):
# divisions' populations are summed over all their settlements, so damp them.
ADMIN_PENALTY = {"admin1": -1.5, "admin2": -2.5, "region": -1.0}


@dataclass(frozen=True)
class Resolved:
    mention: Mention
    entry: int
    confidence: float
    evidence: tuple[str, ...]


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
    forced = _forced_to_areas(mentions, qualifiers, gazetteer)
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


def lacks_in(areas: list[int], namesakes: list[int], gazetteer: Gazetteer) -> bool:
    """The text puts a place of this name in one of ``areas`` ("Dibrova, Luhansk"), and the
    gazetteer has none there: every namesake is a village or town lying elsewhere (not in
    the area, nor within BORDER_KM of its outline), or there is no namesake at all."""
    ix = gazetteer.index
    if any(ix.kinds[e] != "city" or ix.population[e] >= SMALL_PLACE for e in namesakes):
        return False
    return not any(gazetteer.contains(area, e) or gazetteer.km_outside(area, e) <= BORDER_KM
                   for area in areas for e in namesakes)  # fmt: skip


def _forced_to_areas(mentions: list[Mention], qualifiers: dict[int, Mention | None],
                     gazetteer: Gazetteer) -> dict[int, Resolved]:  # fmt: skip
    """"Dibrova, Luhansk" with no Dibrova in Luhansk: both mentions stand for the area
    (by mention id)."""
    forced = {id(m): r for m in mentions
              if (r := _outside_qualifier(m, qualifiers[id(m)], gazetteer)) is not None}  # fmt: skip
    for m in mentions:
        qualifier, outside = qualifiers[id(m)], forced.get(id(m))
        if outside is not None and id(qualifier) not in forced:
            forced[id(qualifier)] = Resolved(qualifier, outside.entry, 0.9,
                                             (gazetteer.label(outside.entry), f"qualifies '{m.text}'"))
    return forced


def _outside_qualifier(mention: Mention, qualifier: Mention | None,
                       gazetteer: Gazetteer) -> Resolved | None:  # fmt: skip
    """"Dibrova, Luhansk" when no Dibrova of the gazetteer lies in Luhansk: the village is
    missing (its namesakes are elsewhere), so the mention stands for the qualifying area."""
    if qualifier is None or not (qualifier.area_word or qualifier.start - mention.end <= 2):
        return None  # "X, Region" or "X in the Y region", not "the OAS in Washington"
    ix = gazetteer.index
    areas = [e for e, _ in qualifier.candidates if ix.kinds[e] in ("admin1", "region")]
    if not areas or not lacks_in(areas, [e for e, _ in mention.candidates], gazetteer):
        return None
    area = max(areas, key=lambda a: (ix.kinds[a] == "admin1", ix.population[a]))
    evidence = (gazetteer.label(area),
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
    return Resolved(mention, best, confidence, _evidence(best, reasons, gazetteer))


def _has_namesake_town(area: int, key: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Kharkiv (the city) lies in Kharkiv (the oblast), New York City in New York: the bare
    name is the town. Montana has no such town (Montana City is a village), so the bare
    name is the state, not a town of that name elsewhere."""
    ix = gazetteer.index
    return any(ix.kinds[c] == "city" and gazetteer.contains(area, c)
               and (gazetteer.key_of(c) == key or ix.population[c] >= 0.05 * ix.population[area])
               for c, _ in mention.candidates)  # fmt: skip


def _evidence(entry: int, reasons: list[tuple[str, object]], gazetteer: Gazetteer) -> tuple[str, ...]:
    ix = gazetteer.index
    words = {
        "capital": lambda _: "national capital",
        "area word": lambda v: f"followed by '{v}'",
        "qualifies": lambda v: f"qualifies '{v}'",
        "country votes": lambda v: f"country {ix.country[entry]} named {v}x in the article",
        "division named": lambda _: f"division {ix.admin1[entry]} named in the article",
        "qualified by": lambda v: f"qualified by '{v}'",
        "near": lambda v: f"{v:.0f} km from another place in the article",
    }
    return (gazetteer.label(entry), *(words[what](value) for what, value in reasons))  # fmt: skip
