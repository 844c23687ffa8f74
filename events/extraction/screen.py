"""Which of an article's records a careful coder would keep: a logistic model over each record's
shape in its report (data/models/event_screen.json, fitted by bench/train_event_screen.py on
the tuning parts of news reports with gold events; see data/models/README.md).

The rules before it decide each sentence alone. Whether a record is the news or its background,
a side remark or a second telling, shows in how the whole report carries it: its confidence,
type, sub-type and status; whether it has a place, a date of its own, actors and their types;
how far back it lies from the publication day; where in the report it is told (headline, lede,
paragraph, how many records the report has and which of them it is). No words and no names are
features.

Of the records it judges, an article keeps the most probable and any at or over the threshold
chosen on the training articles (a report is never emptied). It judges records told as having
happened (not proposed, demanded, planned or denied) in texts of more than one line with more
than one record (an ACLED note, a wire brief of one line, is left as extraction reads it).
Scoring is plain Python: a dot product and a logistic function.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events import DATA_DIR
from events.errors import SitrepError
from events.records.record import EventRecord, taxonomy

SCREEN_PATH = DATA_DIR / "models" / "event_screen.json"
SCREEN_VERSION = 1
STATUSES = ("occurred", "claimed", "proposed", "demanded", "planned", "denied")
# What the screen judges: events told as having happened (or claimed to). Anything proposed,
# demanded, planned or denied is kept as extraction gives it: its status already says it is no
# occurrence, and lets an analyst filter it.
JUDGED_STATUSES = ("occurred", "claimed")


def judged(records: list[EventRecord], text: str) -> list[bool]:
    """Which of an article's records the screen judges: none in a text of one line (no headline
    or paragraphs to read: an ACLED note, a wire brief) or with one record; else those told as
    having happened."""
    if len(records) < 2 or "\n" not in text.strip():
        return [False] * len(records)
    return [r.status in JUDGED_STATUSES for r in records]


def kept(probabilities: list[float | None], threshold: float) -> list[bool]:
    """Which records stay, given the probability of each judged one (None: not judged): those not
    judged, the most probable judged one (the first, on a tie), and those at or over the threshold."""
    scored = [k for k, p in enumerate(probabilities) if p is not None]
    best = max(scored, key=lambda k: probabilities[k]) if scored else None
    return [p is None or k == best or p >= threshold for k, p in enumerate(probabilities)]


# The features besides the record's type, sub-type, status and actor types, in the order ``features``
# computes them.
FIXED = (
    "confidence", "precision day", "precision month", "same day", "day before", "2-7 days back",
    "over 7 days back", "time expression", "no place", "place exact", "place region", "place area",
    "actor1", "actor2", "killed", "killed log", "injured", "sentences", "paragraph 1",
    "paragraph 2", "paragraph 3", "position", "records log", "rank", "weapons", "civilians targeted",
    "sentence length log",
)  # fmt: skip


def features(records: list[EventRecord], rank: int, text: str, published: dt.date) -> dict[str, float]:
    """The non-zero features of ``records[rank]``: ``records`` are the article's, ordered by where
    they are told; ``text`` is the article's text their spans index. Paragraphs are the non-empty
    lines: the first is the headline, or the lede when there is none."""
    record, count = records[rank], len(records)
    start = record.source_span[0]
    back = (published - record.event_date).days
    paragraph = sum(1 for line in text[:start].split("\n")[:-1] if line.strip())  # lines told before it
    values = (
        record.confidence, record.time_precision == 1, record.time_precision == 3, back == 0, back == 1,
        2 <= back <= 7, back > 7, bool(record.time_expression), record.geometry is None,
        record.geo_precision == 1, record.geo_precision == 3,
        bool(record.geometry) and record.geometry["type"] != "Point",
        bool(record.actor1), bool(record.actor2), bool(record.fatalities), math.log1p(record.fatalities or 0),
        bool(record.injuries), len(record.evidence_spans), paragraph == 0, paragraph == 1, paragraph == 2,
        start / max(len(text), 1), math.log(max(count, 1)),
        rank / max(count, 1), bool(record.weapons), record.civilian_targeting,
        math.log(max(len(record.source_text), 1)),
    )  # fmt: skip
    found = {f"type={record.event_type}": 1.0, f"status={record.status}": 1.0,
             f"sub={record.sub_event_type}": 1.0, f"inter1={record.inter1}": 1.0,
             f"inter2={record.inter2}": 1.0}  # fmt: skip
    found.update((name, float(value)) for name, value in zip(FIXED, values, strict=True) if value)
    return found


@dataclass(frozen=True)
class Screen:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, found: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        return 1.0 / (1.0 + math.exp(-z))

    def keep(self, records: list[EventRecord], text: str, published: dt.date) -> list[EventRecord]:
        """The records to keep (``kept``), in the order they are told."""
        ordered = sorted(records, key=lambda r: (r.source_span[0], r.event_id))
        probabilities = [
            self.probability(features(ordered, k, text, published)) if judge else None
            for k, judge in enumerate(judged(ordered, text))
        ]
        return [r for r, keep in zip(ordered, kept(probabilities, self.threshold), strict=True) if keep]


def known_features() -> set[str]:
    """Every feature name ``features`` can give."""
    subs = {f"sub={sub}" for subs in taxonomy().values() for sub in subs}
    inters = {f"inter{k}={code}" for k in (1, 2) for code in (None, *range(1, 9))}
    return set(FIXED) | {f"type={t}" for t in taxonomy()} | {f"status={s}" for s in STATUSES} | subs | inters


def read_screen(path: Path) -> Screen:
    """Load and check a fitted screen; errors name the file and what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SitrepError(f"record screen {path} cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise SitrepError(f"{path}: a record screen is a JSON object, not {type(raw).__name__}")
    if raw.get("version") != SCREEN_VERSION:
        raise SitrepError(
            f"{path}: screen version {raw.get('version')!r}, this Sitrep reads {SCREEN_VERSION}"
        )
    missing = [key for key in ("weights", "bias", "threshold") if key not in raw]
    if missing:
        raise SitrepError(f"{path}: no {missing[0]!r}")
    weights = raw["weights"]
    if not isinstance(weights, dict):
        raise SitrepError(f"{path}: 'weights' must map feature names to numbers")
    unknown = sorted(set(weights) - known_features())
    if unknown:
        raise SitrepError(f"{path}: unknown feature {unknown[0]!r}")
    numbers = {"bias": raw["bias"], "threshold": raw["threshold"], **weights}
    for name, value in numbers.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise SitrepError(f"{path}: {name!r} is {value!r}, not a finite number")
    threshold = float(raw["threshold"])
    if not 0.0 <= threshold <= 1.0:
        raise SitrepError(f"{path}: threshold {threshold} is not a probability")
    return Screen({k: float(v) for k, v in weights.items()}, float(raw["bias"]), threshold)


@lru_cache(maxsize=2)
def load_screen(path: Path = SCREEN_PATH) -> Screen:
    return read_screen(path)
