"""Scoring against ../shared/bench/news/gold.yaml, as its README says: a gold event matches a
record when the type is one of its types, the record's point lies within radius_km of the gold
point (a polygon counts when it holds it; a gold event without a place matches any), and the
record's date lies in [date_from, date_to]. Matching is one-to-one per article, maximum
bipartite, required events first, and among such matchings one where the most matched records give
the gold event's casualty figures; a record matched to an optional event is neither a true nor a
false positive."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import shapely
from scipy.optimize import linear_sum_assignment
from shapely.geometry import shape

from events.places import haversine_km


def _date(value) -> dt.date | None:
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _inside(record, lat: float, lon: float, radius_km: float) -> bool:
    geometry = record.geometry
    if geometry is None:
        return False
    if geometry["type"] == "Point":
        rlon, rlat = geometry["coordinates"][:2]
        return haversine_km(lat, lon, rlat, rlon) <= radius_km
    return shape(geometry).contains(shapely.Point(lon, lat))


def _agrees(gold: dict, record) -> tuple[bool, bool, bool]:
    """Whether the record's type, place and day each fit the gold event."""
    kind = record.event_type in gold["types"]
    place = "lat" not in gold or _inside(record, gold["lat"], gold["lon"], gold["radius_km"])
    start, end = _date(gold.get("date_from")), _date(gold.get("date_to"))
    return kind, place, start is None or start <= record.event_date <= end


def event_matches(gold: dict, record) -> bool:
    return all(_agrees(gold, record))


# What a gold event needed that no record gave it (a missed event), or what a record needed to match a
# gold event (an extra record): the one field wrong where the other two fit, first found in this order.
# Counting errors by kind says which stage to study without reading the check part's errors.
# ("record taken": a record fits all three, but another gold event took it)
MISSED = ("no record at all", "type wrong", "place wrong", "day wrong", "record taken", "one field fits",
          "nothing near")  # fmt: skip
EXTRA = ("second record", "type wrong", "place wrong", "day wrong", "one field fits", "nothing near")
_ONE_WRONG = {(False, True, True): "type wrong", (True, False, True): "place wrong",
              (True, True, False): "day wrong"}  # fmt: skip


def missed_because(gold: dict, records: list) -> str:
    """Why a required gold event went unmatched: see MISSED."""
    if not records:
        return MISSED[0]
    fits = [_agrees(gold, r) for r in records]
    for fit, reason in _ONE_WRONG.items():
        if fit in fits:
            return reason
    if (True, True, True) in fits:
        return "record taken"  # the record that fits was matched to another gold event
    return "one field fits" if any(any(f) for f in fits) else MISSED[-1]


def extra_because(record, golds: list[dict], matched: set[int]) -> str:
    """Why a record matched no gold event: see EXTRA."""
    fits = [_agrees(g, record) for g in golds]
    if any(all(fits[k]) for k in matched):
        return EXTRA[0]  # a gold event matched by another record would take it
    for fit, reason in _ONE_WRONG.items():
        if fit in fits:
            return reason
    return "one field fits" if any(any(f) for f in fits) else EXTRA[-1]


def _fits_numbers(gold: dict, record) -> bool:
    """Whether the record gives every casualty figure the gold event has (True when it has none)."""
    return all((getattr(record, k) or 0) == gold[k] for k in ("fatalities", "injuries") if k in gold)


def _matching(golds: list[dict], records: list) -> dict[int, int]:
    """A maximum one-to-one matching, required gold events first: gold index -> record index.

    Among the matchings of the most required (then optional) events, the one where the most
    matched records also give the gold event's casualty figures: two records of one town and day
    are paired with the gold events their counts fit, not crosswise (the README asks for a maximum
    bipartite matching, required events first, and leaves the choice among such matchings open).
    """
    if not golds or not records:
        return {}
    weights = np.zeros((len(golds), len(records)))
    # required outweighs any number of optional events, an event any number of figures that fit
    optional_weight = 2.0 * (len(golds) + 1)
    required_weight = optional_weight * (len(golds) + 1)
    for g, gold in enumerate(golds):
        for r, record in enumerate(records):
            if event_matches(gold, record):
                base = optional_weight if gold.get("optional") else required_weight
                weights[g, r] = base + _fits_numbers(gold, record)
    rows, columns = linear_sum_assignment(weights, maximize=True)
    return {int(g): int(r) for g, r in zip(rows, columns, strict=True) if weights[g, r] > 0}


BOOTSTRAP_DRAWS = 2000


@dataclass
class NewsScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    negatives_hit: int = 0
    forbidden_hit: int = 0
    dated: list[int] = field(default_factory=lambda: [0, 0])  # right, matched with a window
    casualties: list[int] = field(default_factory=lambda: [0, 0])  # right, matched with a figure
    by_type: Counter = field(default_factory=Counter)  # (type, "tp"|"fn"|"fp") -> count (halves)
    missed: Counter = field(default_factory=Counter)  # reason (MISSED) -> missed required events
    extra: Counter = field(default_factory=Counter)  # reason (EXTRA) -> false positives
    errors: list[str] = field(default_factory=list)
    # required events with a place, and those some name in the text can place (reachable_places)
    placed: list[int] = field(default_factory=lambda: [0, 0])  # reachable, required with a place
    missed_unreachable: int = 0  # missed required events that no name in the text can place
    articles: list[tuple[int, int, int]] = field(default_factory=list)  # each article's (tp, fp, fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def f1_interval(self, draws: int = BOOTSTRAP_DRAWS, seed: int = 0) -> tuple[float, float]:
        """A 95% interval for the pooled F1, by resampling the articles (seeded: one run prints the
        same interval every time). How far two figures must differ before they mean anything."""
        import numpy as np

        if not self.articles:
            return (0.0, 0.0)
        counts = np.array(self.articles, dtype=float)
        picks = np.random.default_rng(seed).integers(0, len(counts), size=(draws, len(counts)))
        tp, fp, fn = counts[picks].sum(axis=1).T
        f1 = np.divide(2 * tp, 2 * tp + fp + fn, out=np.zeros(draws), where=2 * tp + fp + fn > 0)
        low, high = np.quantile(f1, [0.025, 0.975])
        return float(low), float(high)


def _label(record) -> str:
    where = record.location or "(no place)"
    return (
        f"{record.event_type}/{record.sub_event_type} {where} {record.event_date} "
        f"f={record.fatalities} i={record.injuries}: {record.source_text[:90]!r}"
    )


def score_article(
    entry: dict, text: str, records: list, score: NewsScore, reachable: set[int] | None = None
) -> None:
    """Score one article's records; ``reachable`` (reachable_places), when given, counts the place
    ceiling too."""
    before = (score.tp, score.fp, score.fn)
    matched = _score_article(entry, text, records, score)
    score.articles.append((score.tp - before[0], score.fp - before[1], score.fn - before[2]))
    if reachable is None:
        return
    for g, gold in enumerate(entry.get("events") or []):
        if gold.get("optional") or "lat" not in gold:
            continue
        score.placed[1] += 1
        score.placed[0] += g in reachable
        score.missed_unreachable += g not in matched and g not in reachable


# Areas too large for their outline to say where an event was (a record is never drawn as them)
UNPLACING = {"country", "continent", "water"}


def reachable_places(golds: list[dict], text: str, gazetteer) -> set[int]:
    """The gold events (indices) whose place some name in the text could give, whatever the
    resolver chose: a candidate entry of a name the mention finder proposes (before its model
    judges it) lies within the event's radius, or is a division or region whose outline holds
    the event's point. The rest are placed by no reading of the text with this gazetteer (a
    village it lacks, a sea, a road): the place stage's ceiling, as the geoparsing bench's
    candidate ceiling is the resolver's."""
    from events.places import find_mentions

    entries = {entry for m in find_mentions(text, gazetteer, judge=False) for entry, _ in m.candidates}
    points = [(e, p) for e in entries if (p := gazetteer.lonlat(e)) is not None]
    areas = [e for e in entries if gazetteer.kind(e) not in UNPLACING and gazetteer.kind(e) != "city"]
    out = set()
    for g, gold in enumerate(golds):
        if "lat" not in gold:
            continue
        lat, lon, radius = gold["lat"], gold["lon"], gold["radius_km"]
        if any(haversine_km(lat, lon, p[1], p[0]) <= radius for _, p in points):
            out.add(g)
            continue
        where = shapely.Point(lon, lat)
        if any((outline := gazetteer.outline(e)) is not None and outline.contains(where) for e in areas):
            out.add(g)
    return out


def _score_article(entry: dict, text: str, records: list, score: NewsScore) -> dict[int, int]:
    """Count the article into ``score``; the matching (gold event -> record) it was scored by."""
    golds = entry.get("events") or []
    matched = _matching(golds, records)
    used = set(matched.values())
    for g, gold in enumerate(golds):
        if gold.get("optional"):
            continue
        share = 1 / len(gold["types"])
        if g in matched:
            score.tp += 1
            for kind in gold["types"]:
                score.by_type[(kind, "tp")] += share
            record = records[matched[g]]
            score.dated[1] += 1
            score.dated[0] += "date_from" not in gold or (
                _date(gold["date_from"]) <= record.date_start and record.date_end <= _date(gold["date_to"])
            )
            figures = [k for k in ("fatalities", "injuries") if k in gold]
            if figures:
                score.casualties[1] += 1
                right = _fits_numbers(gold, record)
                score.casualties[0] += right
                if not right:
                    score.errors.append(
                        f"{entry['id']}: numbers of {gold['name']!r}: "
                        + ", ".join(f"{k} {getattr(record, k)} vs {gold[k]}" for k in figures)
                    )
        else:
            score.fn += 1
            why = missed_because(gold, records)
            score.missed[why] += 1
            for kind in gold["types"]:
                score.by_type[(kind, "fn")] += share
            score.errors.append(
                f"{entry['id']}: missed ({why}) {gold['types']} {gold['name']!r} "
                f"{gold.get('date_from')}..{gold.get('date_to')}"
            )
    if not entry.get("allow_extra"):
        for r, record in enumerate(records):
            if r not in used:
                score.fp += 1
                why = extra_because(record, golds, set(matched))
                score.extra[why] += 1
                score.by_type[(record.event_type, "fp")] += 1
                score.errors.append(f"{entry['id']}: extra ({why}) {_label(record)}")
    for negative in entry.get("negatives") or []:
        at = text.find(negative)
        if at < 0:
            continue
        for record in records:
            spans = [record.source_span, *record.evidence_spans]
            if any(s < at + len(negative) and at < e for s, e in spans):
                score.negatives_hit += 1
                score.errors.append(f"{entry['id']}: event from a negative sentence: {_label(record)}")
    for place in entry.get("forbidden_places") or []:
        for record in records:
            if (
                record.geometry
                and record.geometry["type"] == "Point"
                and _inside(record, place["lat"], place["lon"], place["radius_km"])
            ):
                score.forbidden_hit += 1
                score.errors.append(f"{entry['id']}: event at forbidden {place['name']}: {_label(record)}")
    return matched
