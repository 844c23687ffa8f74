"""The hand-set resolver (the default until the learned ranker holds the project's cases).

Disambiguation by general signals with hand-set weights: population and national capitals,
how many spellings support the name, the countries and first-level divisions named
elsewhere in the document, explicit qualifiers ("Odessa, Texas", "Borova in the Kharkiv
region"), a following "region"/"oblast" word, and distance to the other places of the
document. These weights were set while reading GeoWebNews.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from events.places.gazetteer import AREA_KINDS, Gazetteer
from events.places.mentions import Mention
from events.places.resolved import Resolved
from events.reading.text import normalize_name

# Entries without a population: seas weigh like a large country; curated points of
# interest (the Kremlin, Mar-a-Lago) like a large city, since news names them as places.
KIND_PRIOR = {"water": 8.0, "poi": 6.5}
# A bare name is rarely a division when a town has it too ("New York", "Washington"):
# divisions' populations are summed over all their settlements, so damp them.
ADMIN_PENALTY = {"admin1": -1.5, "admin2": -2.5, "region": -1.0}
SETTLEMENT_BONUS = 2.0  # a settlement word ("village", "the town of") for towns, against areas


def rule_choices(mentions: list[Mention], qualifiers: list[Mention | None], qualified: list[Mention | None],
                 forced: dict[int, Resolved], gazetteer: Gazetteer) -> list[Resolved]:  # fmt: skip
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
    context = _Context(country_votes, admin_votes, sum(country_votes.values()) or 1, dominant)
    first_pass = [forced.get(k) or _choose(m, gazetteer, context, qualifiers[k], {}, qualified[k])
                  for k, m in enumerate(mentions)]  # fmt: skip
    points = [r.entry for r in first_pass if ix.kinds[r.entry] in ("city", "poi")]
    # the second pass adds distances to the other places: it can only change a choice
    # between several candidates
    again = [k for k, m in enumerate(mentions) if len(m.candidates) > 1 and k not in forced]
    nearest = _nearest_other_places([mentions[k] for k in again], points, gazetteer)
    for k in again:
        m = mentions[k]
        first_pass[k] = _choose(m, gazetteer, context, qualifiers[k], nearest[id(m)], qualified[k])
    return first_pass


def _nearest_other_places(
    mentions: list[Mention], points: list[int], gazetteer: Gazetteer
) -> dict[int, dict[int, float]]:
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


def _choose(
    mention, gazetteer, context: _Context, qualifier, nearest_km: dict[int, float], qualifies=None
) -> Resolved:
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
        if mention.settlement_word:  # "Bambari town" is not the sub-prefecture
            score += SETTLEMENT_BONUS if kind in ("city", "poi") else -SETTLEMENT_BONUS
            if kind in ("city", "poi"):
                reasons.append(("settlement word", mention.settlement_word))
        if kind in ("admin1", "admin2", "region"):
            if mention.area_word:
                score += 4.0
                reasons.append(("area word", mention.area_word))
            elif kind != "admin1" or _has_namesake_town(entry, key, mention, gazetteer):
                score += ADMIN_PENALTY.get(kind, -1.0)
        if (
            qualifies is not None
            and kind in AREA_KINDS
            and any(gazetteer.contains(entry, c) for c, _ in qualifies.candidates)
        ):
            score += 6.0
            reasons.append(("qualifies", qualifies.text))
        votes = country_votes.get(ix.country[entry], 0) - (own if kind == "country" else 0)
        if votes > 0:
            score += 2.5 * votes / total_votes + 0.5
            reasons.append(("country votes", votes))
        if kind in ("city", "poi", "admin2") and admin_votes.get(ix.admin1[entry], 0) > 0:
            score += 2.0
            reasons.append(("division named", None))
        if qualifier is not None and any(gazetteer.contains(q, entry) for q, _ in qualifier.candidates):
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
        "area word": lambda v: f"the text calls it a {v}",
        "settlement word": lambda v: f"the text calls it a {v}",
        "qualifies": lambda v: f"qualifies '{v}'",
        "country votes": lambda v: f"country {ix.country[entry]} named {v}x in the article",
        "division named": lambda _: f"division {ix.admin1[entry]} named in the article",
        "qualified by": lambda v: f"qualified by '{v}'",
        "near": lambda v: f"{v:.0f} km from another place in the article",
    }
    return (gazetteer.label(entry), *(words[what](value) for what, value in reasons))
