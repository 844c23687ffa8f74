"""Fit the toponym ranker (data/models/toponym-ranker.json) on the shared corpora.

Also on the shared ACLED notes where present (see acled_examples).

Every gold toponym of ../shared/bench/geoparse/*.jsonl (gold spans) gives one row per
gazetteer candidate, labelled right when the candidate lies within 161 km of the gold point
or is the gold GeoNames entry. Only mentions with both a right and a wrong candidate teach
anything about choosing, so only they are kept. Stage 1 is a pairwise logistic regression
(scikit-learn): for every (right, wrong) pair of one mention's candidates, the difference
of their feature rows, each mention weighing one in all. Its choices give each document's
context for stage 2, fitted the same way. Features are standardised for fitting and the scaling folded into
the weights, so scoring is one dot product. Deterministic: the same corpora and packages
rebuild the same file, byte for byte.

Usage: .venv/bin/python bench/train_ranker.py   (writes data/models/toponym-ranker.json)
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED  # noqa: E402

CORPORA = {name: SHARED / "geoparse" / f"{name}.jsonl" for name in ("geowebnews", "tr-news", "geovirus")}
HIT_KM = 161.0
ACLED = {name: SHARED / "acled" / f"{name}.csv" for name in ("ukraine_sample", "world_dev")}
ACLED_KM = 25.0  # ACLED's points are towns: a candidate this close is the place meant
# ACLED's coders append remarks in square brackets: their coding, not the report
CODER_REMARK = re.compile(r"\s*\[[^\]]*(?:\]|$)")
VERSION = "1"
REGULARISATION = 1.0  # scikit-learn's C


def read_jsonl(path: Path) -> list[dict]:
    """One JSON object per line, lines split on "\\n" only (texts may hold U+2028)."""
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]


@dataclass
class Example:
    """One document: its resolver view and each candidate row's label."""

    doc_id: str
    document: object  # events.places.resolver.Document
    labels: np.ndarray


def right_entries(toponym: dict, entries: np.ndarray, gazetteer, within_km: float = HIT_KM) -> np.ndarray:
    """Which candidates are right: the gold GeoNames entry, or within 161 km of the gold point."""
    from events.places import entry_arrays

    arrays = entry_arrays(gazetteer)
    lat1, lon1 = np.radians(toponym["lat"]), np.radians(toponym["lon"])
    lat2, lon2 = arrays["lat"][entries], arrays["lon"][entries]
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    km = 6371.0088 * 2 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    near = np.nan_to_num(km, nan=np.inf) <= within_km
    gold = toponym.get("geonameid")
    if gold is None:
        return near
    ids = np.asarray([gazetteer.index.geonameid[e] for e in entries])
    return near | (ids == gold)


def examples(docs: list[dict], gazetteer) -> list[Example]:
    from events.places import mentions_at, read_document

    out = []
    for doc in docs:
        spans = [(t["start"], t["end"]) for t in doc["toponyms"]]
        pairs = [(t, m) for t, m in zip(doc["toponyms"], mentions_at(doc["text"], spans, gazetteer),
                                        strict=True) if m.candidates]  # fmt: skip
        if not pairs:
            continue
        document = read_document(doc["text"], [m for _, m in pairs], gazetteer)
        frame = document.frame
        labels = np.zeros(len(frame.entries), dtype=bool)
        for k, (toponym, _) in enumerate(pairs):
            a, b = frame.bounds[k]
            labels[a:b] = right_entries(toponym, frame.entries[a:b], gazetteer)
        out.append(Example(doc["id"], document, labels))
    return out


def acled_examples(path: Path, gazetteer, keep=lambda key: True) -> list[Example]:
    """ACLED notes as training documents (conflict news, the stage's own domain): the place
    mentions the finder gives in the note, and, for the one that names ACLED's `location`,
    its candidates labelled right within ACLED_KM of ACLED's point. Coder remarks in square
    brackets are cut first. A name the note gives as a state or province ("Kano state", "the
    Kharkiv oblast") is not labelled: ACLED codes such an event at a town of the name (its seat),
    which says where the coder put it, not that the words mean the town (the shared corpora mark
    the division). Rows are kept by ``keep(event id)`` (a part, for in-corpus fits)."""
    import csv

    from events.places import FIRST_LEVEL_WORDS, find_mentions, read_document
    from events.reading.text import normalize_name

    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            key = row.get("event_id_cnty") or str(number)
            if not keep(key):
                continue
            text = CODER_REMARK.sub("", row["notes"]).strip()
            mentions = find_mentions(text, gazetteer)
            if not mentions:
                continue
            gold = {"lat": float(row["latitude"]), "lon": float(row["longitude"]), "geonameid": None}
            document = read_document(text, mentions, gazetteer)
            labels = np.zeros(len(document.frame.entries), dtype=bool)
            for k, mention in enumerate(mentions):
                named = normalize_name(mention.text) == normalize_name(row["location"])
                if named and mention.area_word not in FIRST_LEVEL_WORDS:
                    a, b = document.frame.bounds[k]
                    labels[a:b] = right_entries(gold, document.frame.entries[a:b], gazetteer, ACLED_KM)
            out.append(Example(key, document, labels))
    return out


def _teaching_mentions(example: Example) -> list[tuple[int, int]]:
    """Row ranges of mentions that have a right and a wrong candidate and are not forced."""
    out = []
    for k, (a, b) in enumerate(example.document.frame.bounds):
        labels = example.labels[a:b]
        if k not in example.document.forced and labels.any() and not labels.all():
            out.append((a, b))
    return out


def _pairs(rows: np.ndarray, labels: np.ndarray, mentions: list[tuple[int, int]]):
    """(right row - wrong row) for every pair within a mention, each mention weighing 1."""
    differences, weights = [np.zeros((0, rows.shape[1]))], [np.zeros(0)]
    for a, b in mentions:
        right, wrong = a + np.flatnonzero(labels[a:b]), a + np.flatnonzero(~labels[a:b])
        diff = (rows[right][:, None, :] - rows[wrong][None, :, :]).reshape(-1, rows.shape[1])
        differences.append(diff)
        weights.append(np.full(len(diff), 1.0 / len(diff)))
    return np.vstack(differences), np.concatenate(weights)


# Signs the weights may take: what a feature means fixes the direction of its effect (a
# capital, a qualifier that holds the place, other places nearby can only help; a division
# holding a town of its own name, a following "region" for a town can only hurt). The data
# fit the sizes; kinds, divisions' populations and the rest are free.
MONOTONE = {
    1: ("log_population", "most_populous", "population_gap", "capital", "log_support", "main_name",
        "area_word_area", "kind_word_area", "kind_word_water", "qualified_by", "qualifies",
        "country_votes", "country_voted", "division_voted", "capital_of_named_country",
        "picks_same_country", "picks_same_division", "near_50km", "near_200km",
        "first_place_country", "first_place_division", "settlement_word_point", "dateline_point",
        "list_prior_kind", "picks_same_kind", "list_same_kind", "names_near"),
    -1: ("abbreviation_small", "area_word_point", "namesake_town_inside", "log_nearest_km",
         "division_alone", "settlement_word_area"),
}  # fmt: skip


def _fit_stage(rows: list[np.ndarray], examples_: list[Example], features: tuple[str, ...]):
    """A pairwise logistic regression: P(right beats wrong) = sigmoid(w . (x_right - x_wrong)),
    so w scores candidates against each other within a mention (no intercept needed). L2
    penalty as scikit-learn's (C), signs bounded as MONOTONE says; fitted by SciPy's L-BFGS-B."""
    from scipy.optimize import minimize

    from events.places import Stage

    stacked = np.vstack(rows)
    mean, scale = stacked.mean(axis=0), stacked.std(axis=0)
    scale[scale == 0] = 1.0
    parts = [_pairs((r - mean) / scale, e.labels, _teaching_mentions(e)) for r, e in zip(rows, examples_,
                                                                                    strict=True)]  # fmt: skip
    diff = np.vstack([d for d, _ in parts])
    weight = np.concatenate([w for _, w in parts])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        margin = diff @ w
        value = REGULARISATION * float(weight @ np.logaddexp(0.0, -margin)) + 0.5 * float(w @ w)
        grad = -REGULARISATION * (diff.T @ (weight / (1.0 + np.exp(margin)))) + w
        return value, grad

    sign = {f: s for s, names in MONOTONE.items() for f in names}
    bounds = [
        (0, None) if sign.get(f) == 1 else (None, 0) if sign.get(f) == -1 else (None, None) for f in features
    ]
    result = minimize(
        loss, np.zeros(len(features)), jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 5000}
    )
    return Stage(features, np.round(result.x / scale, 6), 0.0)


def fit(train: list[Example]):
    """Both stages on the given examples (stage 2 on stage 1's own choices)."""
    from events.places import STAGE1, STAGE2, Ranker, stage1_picks, stage2

    first = _fit_stage([e.document.frame.stage1 for e in train], train, STAGE1)
    partial = Ranker(VERSION, first, first)
    gazetteer = _gazetteer()
    rows2 = [stage2(e.document.frame, stage1_picks(e.document, partial), gazetteer) for e in train]
    return Ranker(VERSION, first, _fit_stage(rows2, train, STAGE2))


def _gazetteer():
    from events.places import load_gazetteer
    from events.settings import load_settings

    return load_gazetteer(load_settings().cache_dir)


def training_data() -> dict:
    """What the shipped weights were fitted on: each corpus file's SHA-256 and size."""
    out = {}
    for name, path in ACLED.items():
        if path.exists():
            out[f"acled {name}"] = {"file": f"shared/bench/acled/{path.name}",
                                    "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}  # fmt: skip
    for name, path in CORPORA.items():
        docs = read_jsonl(path)
        out[name] = {"file": f"shared/bench/geoparse/{path.name}",
                     "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                     "documents": len(docs), "toponyms": sum(len(d["toponyms"]) for d in docs)}  # fmt: skip
    return out


def main() -> int:
    from events.places import MODEL_PATH

    missing = [str(p) for p in CORPORA.values() if not p.exists()]
    if missing:
        print(f"benchmark data not found: {', '.join(missing)} (it lives in ../shared, read-only)")
        return 1
    gazetteer = _gazetteer()
    train = [e for path in CORPORA.values() for e in examples(read_jsonl(path), gazetteer)]
    train += [e for path in ACLED.values() if path.exists() for e in acled_examples(path, gazetteer)]
    ranker = fit(train)
    data = {**ranker.to_dict(), "trained_on": training_data(),
            "fitted_by": "bench/train_ranker.py (pairwise logistic regression, L2 C=1.0, signs bounded, "
                         "SciPy L-BFGS-B; standardised features folded into the weights)",
            "licence": "see data/models/toponym-ranker.md"}  # fmt: skip
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({sum(len(e.labels) for e in train)} candidate rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
