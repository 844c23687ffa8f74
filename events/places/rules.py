"""The hand-set resolver (the default until the learned ranker holds the project's cases).

Disambiguation by general signals with hand-set weights: population and national capitals,
how many spellings support the name, the countries and first-level divisions named
elsewhere in the document, explicit qualifiers ("Odessa, Texas", "Borova in the Kharkiv
region"), a following "region"/"oblast" word, and distance to the other places of the
document. These weights were set while reading GeoWebNews. Two more read US local news: the
state most of the document's named divisions are, counting the names of a division beyond
doubt ("Ohio", "Tenn.": Gazetteer.division_named), holds its towns and counties; and a name
qualified once ("Paris, Tenn.") is read so where it stands alone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from functools import cache, partial
from operator import itemgetter
from types import MappingProxyType
from typing import NamedTuple

import numpy as np

from events.places.gazetteer import AREA_KINDS, Gazetteer
from events.places.mentions import Mention
from events.places.resolved import Evidence, Resolved, resolution
from events.reading.text import normalize_name

# Entries without a population: seas weigh like a large country; curated points of
# interest (the Kremlin, Mar-a-Lago) like a large city, since news names them as places.
KIND_PRIOR = {"water": 8.0, "poi": 6.5}
# A bare name is rarely a division when a town has it too ("New York", "Washington"):
# divisions' populations are summed over all their settlements, so damp them.
ADMIN_PENALTY = {"admin1": -1.5, "admin2": -2.5, "region": -1.0}
SETTLEMENT_BONUS = 2.0  # a settlement word ("village", "the town of") for towns, against areas


def rule_choices(mentions: list[Mention], qualifiers: list[Mention | None], qualified: list[Mention | None],
                 forced: dict[int, Resolved], gazetteer: Gazetteer,
                 lists: list[int] | None = None, home: int | None = None) -> list[Resolved]:  # fmt: skip
    """Choose one entry per mention using the whole document as context (``lists``: the list
    each mention stands in, numbered, or -1: resolver._lists; ``home``: the first-level
    division the dateline names, resolver._dateline_division)."""
    ix = gazetteer.index
    keys = [m.name_key or normalize_name(m.text) for m in mentions]
    named = [_named(m, key, gazetteer) for m, key in zip(mentions, keys, strict=True)]
    dominant = {id(m) for m, n in zip(mentions, named, strict=True) if n.dominant}
    anchors = [m.candidates[0][0] for m in mentions if id(m) in dominant]
    country_votes = Counter(ix.country[e] for e in anchors if ix.country[e])
    admin_votes = Counter(ix.admin1[e] for e in anchors if ix.kinds[e] != "country")
    for e in anchors:
        for member in ix.members.get(e, ()):
            admin_votes[ix.admin1[member]] += 1
            country_votes[ix.country[member]] += 1
    context = _Context(country_votes, admin_votes, sum(country_votes.values()) or 1, dominant)
    # the divisions whose towns and counties get "division named": those the unambiguous
    # mentions name, and the story's state (_main_divisions), per name
    main, common = _main_divisions(keys, named, admin_votes, gazetteer)
    named_ones = admin_votes.keys()
    divisions = {key: named_ones | {code} if code else named_ones for key, code in main.items()}
    others = named_ones | {common} if common else named_ones
    told = _told_elsewhere(mentions, keys, qualifiers, gazetteer)
    cases = [_Case(m, keys[k], 1 if id(m) in dominant else 0, context, qualifiers[k], qualified[k], named[k],
                   divisions.get(keys[k], others), told[k]) for k, m in enumerate(mentions)]  # fmt: skip
    # each candidate is scored once: the second pass only adds distances; a mention with one
    # candidate needs no score; a name told again as before (_told_again) is scored as before
    again_as = [_told_again(case) for case in cases]
    known: dict[tuple, list[float]] = {}
    scores: dict[int, list[float] | None] = {}
    for k, case in enumerate(cases):
        if k in forced:
            continue
        if len(case.mention.candidates) < 2:
            scores[k] = None
        elif again_as[k] is None:
            scores[k] = _document_scores(case, gazetteer)
        else:
            if again_as[k] not in known:
                known[again_as[k]] = _document_scores(case, gazetteer)
            scores[k] = known[again_as[k]]
    first_pass = [forced[k].entry if k in forced else m.candidates[_best(scores[k])][0]
                  for k, m in enumerate(mentions)]  # fmt: skip
    kinds = ix.kinds
    points = [e for e in first_pass if kinds[e] == "city" or kinds[e] == "poi"]
    # the second pass adds distances to the other places: it can only change a choice
    # between several candidates
    again = [mentions[k] for k in scores if len(mentions[k].candidates) > 1]
    nearest = _nearest_other_places(again, points, gazetteer)
    asking = [mentions[k] for k in scores if len(mentions[k].candidates) > 1 and "admin1" in named[k].kinds]
    states = _story_states(asking, keys, mentions, first_pass, gazetteer)
    listed = _listed_kinds(mentions, lists, first_pass, gazetteer) if lists and max(lists) >= 0 else {}
    out = []
    chosen: dict[tuple, Resolved] = {}
    for k, m in enumerate(mentions):
        if k in forced:
            out.append(forced[k])
            continue
        state = states.get(id(m)) if states else None
        kind = listed.get(k) if listed else None
        told_as = None if again_as[k] is None else (*again_as[k], m.area_word, m.settlement_word, state, kind)
        if told_as is not None and told_as in chosen:
            told = chosen[told_as]
            out.append(resolution(m, told.entry, told.confidence, told.evidence))
            continue
        resolved = _choose(cases[k], scores[k], nearest.get(id(m), _NOWHERE), gazetteer, state, kind, home)
        if told_as is not None:
            chosen[told_as] = resolved
        out.append(resolved)
    return out


_NOWHERE: Mapping[int, float] = MappingProxyType({})  # (no distance for a mention: read only)


def _told_again(case: _Case) -> tuple | None:
    """What a mention's choice reads besides its place in the document, for a name with no
    qualifier and qualifying none: its name and candidates (by the record _named keeps, the
    same for the same name and candidates), whether it votes, and what a qualifier said of
    it elsewhere. Two mentions with the same get the same scores, distances and choice."""
    if case.qualifier is not None or case.qualifies is not None:
        return None
    return id(case.named), case.key, case.own, tuple(case.told_elsewhere.items())


def _listed_kinds(mentions: list[Mention], lists: list[int], first_pass: list[int],
                  gazetteer: Gazetteer) -> dict[int, str]:  # fmt: skip
    """ "Michigan, Oregon, New York, Indiana and Ohio": a name listed with others is the kind
    of place most of them are. For each mention (by position) with several candidates in a
    list of three or more, the kind of entry the first pass chose for more than half (two or
    more) of the others."""
    kinds = gazetteer.index.kinds
    members: dict[int, list[int]] = {}
    for k, number in enumerate(lists):
        if number >= 0:
            members.setdefault(number, []).append(k)
    out = {}
    for ks in members.values():
        if len(ks) < 3:
            continue
        for k in ks:
            if len(mentions[k].candidates) < 2:
                continue
            votes = Counter(kinds[first_pass[o]] for o in ks if o != k)
            kind, count = votes.most_common(1)[0]
            if kind in LISTED_AREAS and count >= 2 and 2 * count > len(ks) - 1:
                out[k] = kind
    return out


def _story_states(asking: list[Mention], keys: list[str], mentions: list[Mention], first_pass: list[int],
                  gazetteer: Gazetteer) -> dict[int, str]:  # fmt: skip
    """ "Growers across Washington" in a story whose Spokane and Yakima the first pass put in
    Washington state: for each mention (by id) of ``asking`` (those with a first-level division
    among several candidates), the division where most (more than half, and two or more) of the
    places the first pass chose for the other names lie (towns, points of interest and counties;
    a repeated name is no evidence for itself)."""
    ix = gazetteer.index
    kinds = ix.kinds
    if not asking:
        return {}
    placed = [(key, ix.admin1[e]) for key, e in zip(keys, first_pass, strict=True)
              if kinds[e] in ("city", "poi", "admin2")]  # fmt: skip
    if len(placed) < 2:
        return {}
    # every place's division counted, and apart those of each name (the votes a name's own
    # places give, taken off for it), in the order first met
    everything: dict[str, int] = {}
    own: dict[str, dict[str, int]] = {}
    for key, code in placed:
        everything[code] = everything.get(code, 0) + 1
        mine = own.setdefault(key, {})
        mine[code] = mine.get(code, 0) + 1
    out: dict[int, str] = {}
    key_of = {id(m): key for m, key in zip(mentions, keys, strict=True)}
    by_key: dict[str, str | None] = {}
    for m in asking:
        key = key_of[id(m)]
        if key not in by_key:
            mine = own.get(key, {})
            code, count, total = None, 0, 0
            for other, n in everything.items():
                n -= mine.get(other, 0)
                if n > 0:  # (the first division of the most votes)
                    total += n
                    if code is None or n > count:
                        code, count = other, n
            by_key[key] = code if count >= 2 and 2 * count > total else None
        if by_key[key] is not None:
            out[id(m)] = by_key[key]
    return out


def _told_elsewhere(mentions: list[Mention], keys: list[str], qualifiers: list[Mention | None],
                    gazetteer: Gazetteer) -> list[dict[int, str]]:  # fmt: skip
    """ "Paris, Tenn." ... "Paris": a name qualified once is read so where it stands alone. Per
    mention without a qualifier of its own, its candidates held by a qualifier of another
    mention of its name, with that qualifier's text (the first that holds it); worked out once
    per name and candidates."""
    if not any(qualifiers):
        return [{} for _ in mentions]
    told: dict[str, dict[tuple, str]] = {}
    for key, q in zip(keys, qualifiers, strict=True):
        if q is not None:
            told.setdefault(key, {}).setdefault(tuple(map(tuple, q.candidates)), q.text)
    out: list[dict[int, str]] = []
    kept: dict[tuple, dict[int, str]] = {}
    for m, key, q in zip(mentions, keys, qualifiers, strict=True):
        if q is not None or key not in told:
            out.append({})
            continue
        known = (key, tuple(map(tuple, m.candidates)))
        if known not in kept:
            kept[known] = {e: text for e, _ in m.candidates for holders, text in reversed(told[key].items())
                           if any(gazetteer.contains(h, e) for h, _ in holders)}  # fmt: skip
        out.append(kept[known])
    return out


def _main_divisions(keys: list[str], named: list[_Named], admin_votes: Counter,
                    gazetteer: Gazetteer) -> tuple[dict[str, str | None], str | None]:  # fmt: skip
    """The story's state: the first-level division holding more than half of the divisions the
    document names, by its unambiguous mentions (admin_votes) and by the names of a division
    beyond doubt ("Ohio", "Tenn.", "New York": Gazetteer.division_named), for the names that
    named none, and apart for each of those, without its own votes (a repeated name is no
    evidence for itself). Nothing when no name of a division beyond doubt is met ("division
    named" says it all)."""
    namers = [(key, n.division) for key, n in zip(keys, named, strict=True) if n.division is not None]
    if not namers:
        return {}, None
    admin1 = gazetteer.index.admin1
    everything = {a: n for a, n in admin_votes.items() if a}
    own: dict[str, dict[str, int]] = {}
    for key, division in namers:
        code = admin1[division]
        everything[code] = everything.get(code, 0) + 1
        mine = own.setdefault(key, {})
        mine[code] = mine.get(code, 0) + 1
    total = sum(everything.values())
    main: dict[str, str | None] = {}
    for key, mine in own.items():
        code, count = max(((c, n - mine.get(c, 0)) for c, n in everything.items()), key=itemgetter(1))
        main[key] = code if count > 0 and 2 * count > total - sum(mine.values()) else None
    code, count = max(everything.items(), key=itemgetter(1))
    return main, code if 2 * count > total else None


def _nearest_other_places(
    mentions: list[Mention], points: list[int], gazetteer: Gazetteer
) -> dict[int, dict[int, float]]:
    """For each mention (by id), each town candidate's km to the nearest place the first pass
    chose for another mention (one distance matrix for the whole document); empty when the
    mention has no town candidate, or every such place is one of its own candidates. A name
    told again with the same candidates (the same tuple: mentions_at keeps a name's candidates)
    shares its first telling's record."""
    kinds = gazetteer.index.kinds
    columns = list(dict.fromkeys(points))
    # each set of candidates once (by the object: a name told again shares its candidates), its
    # towns, and which places are its own
    which: dict[int, tuple] = {}
    for m in mentions:
        which.setdefault(id(m.candidates), m.candidates)
    found: dict[int, dict[int, float]] = {}
    rows: list[int] = []
    excluded: list[list[bool]] = []
    near: list[tuple] = []
    for key, held in which.items():
        towns = [e for e, _ in held if kinds[e] == "city" or kinds[e] == "poi"]
        if not towns:
            found[key] = {}
            continue
        entries = {e for e, _ in held}
        own = [p in entries for p in columns]
        if all(own):
            found[key] = {}
            continue
        near.append((key, towns))
        rows += towns
        excluded += [own] * len(towns)
    if near:
        nearest = gazetteer.nearest_km(rows, columns, np.asarray(excluded, dtype=bool)).tolist()
        start = 0
        for key, towns in near:
            found[key] = dict(zip(towns, nearest[start : start + len(towns)], strict=True))
            start += len(towns)
    return {id(m): found[id(m.candidates)] for m in mentions}


@dataclass(frozen=True)
class _Context:
    """What the whole document says, shared by every mention's choice."""

    country_votes: Counter
    admin_votes: Counter
    total_votes: int
    dominant: set[int]  # ids of the mentions that vote for their first candidate


class _Named(NamedTuple):
    """What a name and its kind words alone give its candidates (kept per name: _named)."""

    scores: tuple[float, ...]  # prior, spellings, main name, country, kind words, damping
    kinds: tuple[str, ...]
    countries: tuple[str, ...]
    divisions: tuple[str, ...]
    points: tuple[bool, ...]  # a town or a point of interest
    # per candidate, the reasons these give, in the order evidence tells them: a capital,
    # a settlement word, an area word
    reasons: tuple[tuple[str, ...], ...]
    dominant: bool  # the mention votes for its first candidate (one candidate, or a country)
    division: int | None  # else the first-level division it names beyond doubt, which it votes for


class _Case(NamedTuple):
    """One mention with what its candidates' scores read besides the candidate itself."""

    mention: Mention
    key: str  # the normalised name the candidates are for
    own: int  # 1 when the mention votes for its first candidate
    context: _Context
    qualifier: Mention | None  # the mention that qualifies this one ("Odessa, Texas")
    qualifies: Mention | None  # the mention this one qualifies
    named: _Named
    divisions: Collection[str]  # the first-level divisions named, for its towns and counties
    # where this mention stands alone, its candidates that a qualifier of another mention of its
    # name holds ("Paris, Tenn."), with that qualifier's text: _told_elsewhere
    told_elsewhere: dict[int, str]


# A name qualified elsewhere in the document ("Paris, Tenn." ... "Paris"), for the candidates
# its qualifier holds: less than a qualifier of its own (6), more than a named division (2).
TOLD_ELSEWHERE = 4.0
# A first-level division named bare where most of the story's other places lie in it
# ("across Washington" beside Spokane and Yakima): as much as a named division gives a town.
STORY_STATE = 2.0
# A name listed with places most of which are of one kind ("Michigan, New York and Ohio").
LISTED_KIND = 2.0
# The state a dateline names ("CAMP MURRAY, Wash. -"), for a bare name of it ("Washington"):
# as much as the story's state.
DATELINE_STATE = 2.0
LISTED_AREAS = ("admin1", "country")


def _name_score(score: float, kind: str, support: int, main_name: bool, area_word: bool,
                settlement_word: bool, namesake_town: Callable[[], bool]) -> float:  # fmt: skip
    """An entry's score (``score``: its prior) plus what the name and the words round it give:
    how many spellings support it, its main name, a country, an area or settlement word, a
    division's damping (``namesake_town()``: a town of its name lies in it)."""
    score += _support_term(support)
    if main_name:
        score += 0.5
    if kind == "country":
        score += 2.5 if main_name else 1.0
    point = kind == "city" or kind == "poi"
    if point and area_word:
        score -= 4.0  # "the Kharkiv region" is not the city
    if settlement_word:  # "Bambari town" is not the sub-prefecture
        score += SETTLEMENT_BONUS if point else -SETTLEMENT_BONUS
    if kind in ADMIN_PENALTY:
        if area_word:
            score += 4.0
        elif kind != "admin1" or namesake_town():
            score += ADMIN_PENALTY[kind]
    return score


# How many (name, kind words) records are kept before the store starts afresh.
NAMED_KEPT = 100_000


def _named(mention: Mention, key: str, gazetteer: Gazetteer) -> _Named:
    """What the name (its candidates and key) and its kind words give each candidate, kept
    per candidates, key and kind words, which are all it reads."""
    area_word, settlement_word = bool(mention.area_word), bool(mention.settlement_word)
    kept = gazetteer.rule_scores
    known = (mention.candidates, key, area_word, settlement_word)
    try:
        found = kept.get(known)
    except TypeError:  # candidates given as lists: kept by their tuples
        known = (tuple(map(tuple, mention.candidates)), key, area_word, settlement_word)
        found = kept.get(known)
    if found is not None:
        return found
    facts = _entry_facts(gazetteer)
    rows = []
    for entry, support in mention.candidates:
        kind, score, capital, entry_key, country, division = facts.get(entry) or _facts_of(
            entry, facts, gazetteer
        )
        town = partial(_has_namesake_town, entry, key, mention, gazetteer) if kind == "admin1" else _never
        score = _name_score(score, kind, support, entry_key == key, area_word, settlement_word, town)
        point = kind == "city" or kind == "poi"
        said = _SAID[capital, settlement_word and point, area_word and kind in ADMIN_PENALTY]
        rows.append((score, kind, country, division, point, said))
    kinds = {row[1] for row in rows}
    dominant = len(rows) == 1 or "country" in kinds or "region" in kinds
    columns = tuple(zip(*rows, strict=True)) or ((),) * 6
    found = _Named(*columns, dominant, None if dominant else gazetteer.division_named(mention.candidates))
    if len(kept) >= NAMED_KEPT:
        kept.clear()
    kept[known] = found
    return found


def _never() -> bool:
    """The namesake test of a candidate no score asks it of (all but first-level divisions)."""
    return False


# The reasons a name's kind words give a candidate (_named), by (a capital, a settlement word
# for a town, an area word for a division), in the order evidence tells them
_SAID = {
    (capital, settlement, area): (("capital",) if capital else ())
    + (("settlement word",) if settlement else ())
    + (("area word",) if area else ())
    for capital in (False, True) for settlement in (False, True) for area in (False, True)
}  # fmt: skip


def _document_scores(case: _Case, gazetteer: Gazetteer, why_for: int | None = None,
                     why: list[tuple[str, object]] | None = None) -> list[float]:  # fmt: skip
    """The candidates' scores before distances to the other places: the name's (_named) plus
    what the document gives each, added in the order the terms were always summed (so every
    score is the same float): the mention it qualifies, the countries and divisions named,
    the area qualifying it, a qualifier of its name elsewhere. Each term's (reason, value) for
    candidate ``why_for`` is appended to ``why``."""
    qualifies, qualifier, named, told = case.qualifies, case.qualifier, case.named, case.told_elsewhere
    holders = [q for q, _ in qualifier.candidates] if qualifier is not None else ()
    held = [c for c, _ in qualifies.candidates] if qualifies is not None else ()
    country_votes, total = case.context.country_votes, case.context.total_votes
    first_country = named.countries[0] if named.countries else None
    contains = gazetteer.contains
    scores = []
    if why is None and not held and not holders and not told:  # most names: the same sums, fewer tests
        own, divisions = case.own, case.divisions
        columns = zip(named.scores, named.kinds, named.countries, named.points, named.divisions, strict=True)
        for score, kind, country, point, division in columns:
            votes = country_votes.get(country, 0)
            if votes and country == first_country:
                votes -= own
            if votes > 0:
                score += 2.5 * votes / total + 0.5
            if (point or kind == "admin2") and division in divisions:
                score += 2.0
            scores.append(score)
        return scores
    columns = zip(case.mention.candidates, named.scores, named.kinds, named.countries, named.points,
                  named.divisions, strict=True)  # fmt: skip
    for k, ((entry, _), score, kind, country, point, division) in enumerate(columns):
        said = why if k == why_for else None
        if held and kind in AREA_KINDS and any(contains(entry, c) for c in held):
            score += 6.0
            if said is not None:
                said.append(("qualifies", qualifies.text))
        # the mention's own vote (for its first candidate's country) counts for none of its
        # candidates: "Mexico" alone does not make Mexico City more likely than the country
        votes = country_votes.get(country, 0)
        if votes and country == first_country:
            votes -= case.own
        if votes > 0:
            score += 2.5 * votes / total + 0.5
            if said is not None:
                said.append(("country votes", votes))
        if (point or kind == "admin2") and division in case.divisions:
            score += 2.0
            if said is not None:
                said.append(("division named", None))
        if holders and any(contains(q, entry) for q in holders):
            score += 6.0
            if said is not None:
                said.append(("qualified by", qualifier.text))
        if told and entry in told:
            score += TOLD_ELSEWHERE
            if said is not None:
                said.append(("qualified elsewhere", told[entry]))
        scores.append(score)
    return scores


def _reasons(case: _Case, k: int, gazetteer: Gazetteer) -> list[tuple[str, object]]:
    """Why candidate ``k`` scored as it did, as (what, value) pairs in the order evidence
    tells them: its name's (_named), then the document's (_document_scores)."""
    mention = case.mention
    values = {"capital": None, "settlement word": mention.settlement_word, "area word": mention.area_word}
    why: list[tuple[str, object]] = [(what, values[what]) for what in case.named.reasons[k]]
    _document_scores(case, gazetteer, k, why)
    return why


def _entry_facts(gazetteer: Gazetteer) -> dict[int, tuple[str, float, bool, str, str, str]]:
    """What the scores read of each entry, kept on the gazetteer as entries are met."""
    return gazetteer.rule_facts


def _facts_of(entry: int, facts: dict, gazetteer: Gazetteer) -> tuple[str, float, bool, str, str, str]:
    """An entry's kind, its score before the mention and the document (the size prior, then
    1.5 for a national capital, added as the sum adds it), whether it is a capital, its
    main name's key, its country and its division."""
    ix = gazetteer.index
    kind = ix.kinds[entry]
    score = KIND_PRIOR[kind] if kind in KIND_PRIOR else gazetteer.size_prior(entry)
    capital = entry in ix.capitals
    if capital:
        score += 1.5
    fact = facts[entry] = (kind, score, capital, gazetteer.key_of(entry), ix.country[entry], ix.admin1[entry])
    return fact


@cache
def _support_term(support: int) -> float:
    """How many spellings give the name, as a score."""
    return 0.6 * math.log2(1 + support)


def _best(scores: list[float] | None) -> int:
    """The position of the highest score (the first of equals); 0 for a lone candidate."""
    return 0 if scores is None else scores.index(max(scores))


# A lone candidate's confidence: as if the runner-up scored 4 less.
ALONE = round(1 / (1 + math.exp(-4.0)), 3)


def _choose(case: _Case, scores: list[float] | None, nearest_km: Mapping[int, float], gazetteer: Gazetteer,
            state: str | None = None, listed: str | None = None,
            home: int | None = None) -> Resolved:  # fmt: skip
    """The best-scored candidate once distances to the other places (``nearest_km``, by
    town entry; empty when none counts), the story's state (``state``: _story_states, for
    its first-level division) and the kind of the places it is listed with (``listed``:
    _listed_kinds) and the dateline's state (``home``, the entry) are added, with its reasons
    (``scores`` None: a lone candidate)."""
    mention = case.mention
    candidates = mention.candidates
    if scores is None:  # a lone candidate: nothing is added (none of the terms reads it)
        best = candidates[0][0]
        said = (None, False, None, False)
        return resolution(mention, best, ALONE, Evidence(partial(_told, case, 0, best, said, gazetteer)))
    ix = gazetteer.index
    kinds = ix.kinds
    if nearest_km or state is not None or listed is not None or home is not None:
        # each term added to each score in the order they were always added (the same floats)
        added = []
        for s, (e, _) in zip(scores, candidates, strict=True):
            kind = kinds[e]
            if nearest_km and (kind == "city" or kind == "poi") and nearest_km[e] < 200:
                s = s + _near_bonus(nearest_km[e])
            if state is not None and kind == "admin1" and ix.admin1[e] == state:
                s = s + STORY_STATE
            if listed is not None and kind == listed:
                s = s + LISTED_KIND
            if home is not None and e == home:
                s = s + DATELINE_STATE
            added.append(s)
        scores = added
    k = _best(scores)
    best = candidates[k][0]
    top = scores[k]
    runner_up = None
    for s, (e, _) in zip(scores, candidates, strict=True):
        if e != best and (runner_up is None or s > runner_up):
            runner_up = s
    margin = top - runner_up if runner_up is not None else 4.0
    confidence = round(1 / (1 + math.exp(-margin)), 3)
    kind = kinds[best]
    town = nearest_km and (kind == "city" or kind == "poi") and nearest_km[best] < 200
    near = nearest_km[best] if town else None
    said = (near, state is not None and kind == "admin1" and ix.admin1[best] == state,
            listed if listed is not None and kind == listed else None,
            home is not None and best == home)  # fmt: skip
    return resolution(mention, best, confidence, Evidence(partial(_told, case, k, best, said, gazetteer)))


def _told(case: _Case, k: int, best: int, said: tuple, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The evidence for candidate ``k`` (entry ``best``), worded when first read: its reasons
    (_reasons), then what _choose added (``said``: the km to the nearest other place, or None;
    the story's state; the kind of place it is listed with, or None; the dateline's state)."""
    near, story_state, listed, dateline_state = said
    reasons = _reasons(case, k, gazetteer)
    if near is not None:
        reasons.append(("near", near))
    if story_state:
        reasons.append(("story's state", None))
    if listed is not None:
        reasons.append(("listed with", listed))
    if dateline_state:
        reasons.append(("dateline's state", None))
    return _evidence(best, reasons, gazetteer)


def _near_bonus(km: float) -> float:
    """For a town within 200 km of another place; added last, so the score is the same float
    as when it was summed with the other terms."""
    return 2.0 if km < 50 else 1.0


def _has_namesake_town(area: int, key: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Kharkiv (the city) lies in Kharkiv (the oblast), New York City in New York: the bare
    name is the town. Montana has no such town (Montana City is a village), so the bare
    name is the state, not a town of that name elsewhere."""
    ix = gazetteer.index
    return any(ix.kinds[c] == "city" and gazetteer.contains(area, c)
               and (gazetteer.key_of(c) == key or ix.population[c] >= 0.05 * ix.population[area])
               for c, _ in mention.candidates)  # fmt: skip


# How evidence words each reason: from its value, the entry's country and its division.
WORDS = {
    "capital": lambda v, cc, a1: "national capital",
    "area word": lambda v, cc, a1: f"the text calls it a {v}",
    "settlement word": lambda v, cc, a1: f"the text calls it a {v}",
    "qualifies": lambda v, cc, a1: f"qualifies '{v}'",
    "country votes": lambda v, cc, a1: f"country {cc} named {v}x in the article",
    "division named": lambda v, cc, a1: f"division {a1} named in the article",
    "qualified by": lambda v, cc, a1: f"qualified by '{v}'",
    "qualified elsewhere": lambda v, cc, a1: f"qualified by '{v}' elsewhere in the article",
    "near": lambda v, cc, a1: f"{v:.0f} km from another place in the article",
    "story's state": lambda v, cc, a1: f"most of the article's other places lie in {a1}",
    "listed with": lambda v, cc, a1: f"listed with places of its kind ({v})",
    "dateline's state": lambda v, cc, a1: f"the report is filed from {a1 or cc}",
}


def _evidence(entry: int, reasons: list[tuple[str, object]], gazetteer: Gazetteer) -> tuple[str, ...]:
    cc, a1 = gazetteer.index.country[entry], gazetteer.index.admin1[entry]
    return (gazetteer.label(entry), *(WORDS[what](value, cc, a1) for what, value in reasons))
