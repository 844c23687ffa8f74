"""Fit the toponym mention model (data/models/toponym-mentions.json) on the shared corpora.

Every name the mention finder proposes in the texts of ../shared/bench/geoparse/*.jsonl
(never copied into this repository) is one example, labelled a place when it overlaps a
gold toponym. Only the corpora's *tuning* parts (bench/_common.part) are fitted on, so
that their check parts, and the ACLED notes and news reports of bench/extraction.py, stay
unseen. A logistic regression (scikit-learn, L2, C chosen by 5-fold cross-validation) is
fitted on the features of events.places.detector; the decision threshold is the one that
gives the best mean overlapping-span F1 over the corpora in those folds.

It prints, per corpus and part, the finder's span precision, recall and F1 without the
model, with the model fitted on the other corpora only (left out), and with the shipped
model (fitted on every corpus's tuning part).

Same inputs and package versions give the same file byte for byte.
Usage: .venv/bin/python bench/train_mentions.py [--output PATH] [--dry-run]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PARTS, SHARED, part  # noqa: E402

CORPORA = {name: SHARED / "geoparse" / f"{name}.jsonl" for name in ("geowebnews", "tr-news", "geovirus")}
MIN_COUNT = 3  # a feature seen fewer times in training is dropped
GRID_C = (0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.71, 0.05))
ACLED = {name: SHARED / "acled" / f"{name}.csv" for name in ("ukraine_sample", "world_dev")}
NEAR_KM, FAR_KM = 100.0, 1500.0  # ACLED silver labels (see acled_examples)
LARGE = ("country", "continent", "region", "admin1", "water")  # their points say little: not labelled
VERSION = "1"


def read_jsonl(path: Path) -> list[dict]:
    """One JSON object per line, lines split on "\\n" only (texts may hold U+2028)."""
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]


def examples(docs: list[dict], gazetteer) -> list[dict]:
    """One example per proposed name: its features, label, document part, and whether it is
    judged; plus, per document, the gold count (for recall)."""
    from events.places import find_mentions, judged, mention_features

    out = []
    for doc in docs:
        text, gold = doc["text"], doc["toponyms"]
        mentions = find_mentions(text, gazetteer, judge=False)
        features = mention_features(text, mentions, gazetteer)
        for m, f in zip(mentions, features, strict=True):
            hits = [k for k, t in enumerate(gold) if m.start < t["end"] and t["start"] < m.end]
            out.append({"doc": doc["id"], "part": part(doc["id"]), "features": f, "label": bool(hits),
                        "hits": hits, "judged": judged(m, gazetteer)})  # fmt: skip
    return out


def acled_examples(path: Path, gazetteer) -> tuple[list[dict], list[dict]]:
    """Silver examples from ACLED notes (no gold spans there): a name with a candidate within
    NEAR_KM of ACLED's point is a place; one whose every candidate lies FAR_KM or more away
    names something else (a code, a person, a word of an armed group's name); the rest, and
    names of large areas (whose points say little), are left out. Each note is a document
    whose toponyms are its silver places."""
    import csv
    import re

    from events.places import find_mentions, haversine_km, judged, mention_features

    coder_remark = re.compile(r"\s*\[[^\]]*(?:\]|$)")
    rows, docs = [], []
    for number, row in enumerate(csv.DictReader(path.open(encoding="utf-8", newline=""))):
        key = row.get("event_id_cnty") or f"{path.stem}:{number}"
        text = coder_remark.sub("", row["notes"]).strip()
        lat, lon = float(row["latitude"]), float(row["longitude"])
        mentions = find_mentions(text, gazetteer, judge=False)
        doc = {"id": key, "text": text, "toponyms": []}
        for m, f in zip(mentions, mention_features(text, mentions, gazetteer), strict=True):
            points = [p for e, _ in m.candidates if (p := gazetteer.lonlat(e)) is not None]
            if not points or any(gazetteer.kind(e) in LARGE for e, _ in m.candidates):
                continue
            km = min(haversine_km(lat, lon, p[1], p[0]) for p in points)
            if NEAR_KM < km < FAR_KM:
                continue
            hits = []
            if km <= NEAR_KM:
                hits = [len(doc["toponyms"])]
                doc["toponyms"].append({"start": m.start, "end": m.end})
            rows.append({"doc": key, "part": part(key), "features": f, "label": bool(hits), "hits": hits,
                         "judged": judged(m, gazetteer)})  # fmt: skip
        docs.append(doc)
    return rows, docs


def span_scores(rows: list[dict], docs: list[dict], keep: np.ndarray) -> dict[str, float]:
    """Overlapping-span precision, recall and F1 of the kept names."""
    kept = [r for r, k in zip(rows, keep, strict=True) if k]
    found = {(r["doc"], h) for r in kept for h in r["hits"]}
    gold = sum(len(d["toponyms"]) for d in docs)
    p = sum(r["label"] for r in kept) / max(1, len(kept))
    r = len(found) / max(1, gold)
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


class Fitted:
    def __init__(self, vocabulary: list[str], weights: np.ndarray, bias: float, threshold: float, c: float):
        self.vocabulary, self.weights, self.bias, self.threshold, self.c = (
            vocabulary,
            weights,
            bias,
            threshold,
            c,
        )

    def probabilities(self, rows: list[dict]) -> np.ndarray:
        column = {f: k for k, f in enumerate(self.vocabulary)}
        z = np.array([self.bias + sum(self.weights[column[f]] for f in r["features"] if f in column)
                      for r in rows])  # fmt: skip
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))

    def keep(self, rows: list[dict]) -> np.ndarray:
        judged = np.array([r["judged"] for r in rows], dtype=bool)
        return ~judged | (self.probabilities(rows) >= self.threshold)


def _matrix(rows: list[dict], vocabulary: list[str]):
    from scipy.sparse import csr_matrix

    column = {f: k for k, f in enumerate(vocabulary)}
    r, c = [], []
    for i, row in enumerate(rows):
        for f in set(row["features"]):
            if f in column:
                r.append(i)
                c.append(column[f])
    return csr_matrix((np.ones(len(r)), (r, c)), shape=(len(rows), len(vocabulary)))


def _fit_once(rows: list[dict], c: float) -> tuple[list[str], np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for r in rows for f in set(r["features"]))
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(_matrix(rows, vocabulary), np.array([r["label"] for r in rows]))
    return vocabulary, model.coef_[0], float(model.intercept_[0])


def fit(corpora: dict[str, tuple[list[dict], list[dict]]]) -> Fitted:
    """Fit on the judged names of the given (rows, docs) pairs; C and the threshold by
    5-fold cross-validation over documents (the mean F1 over corpora decides)."""
    best = None
    for c in GRID_C:
        probabilities = {name: np.zeros(len(rows)) for name, (rows, _) in corpora.items()}
        folds = 5
        for fold in range(folds):
            train = [r for rows, _ in corpora.values() for r in rows
                     if r["judged"] and _fold(r["doc"], folds) != fold]  # fmt: skip
            vocabulary, weights, bias = _fit_once(train, c)
            model = Fitted(vocabulary, weights, bias, 0.5, c)
            for name, (rows, _) in corpora.items():
                held = np.array([_fold(r["doc"], folds) == fold for r in rows])
                if held.any():
                    probabilities[name][held] = model.probabilities(
                        [r for r, h in zip(rows, held, strict=True) if h]
                    )
        for t in THRESHOLDS:
            score = np.mean([span_scores(rows, docs, ~np.array([r["judged"] for r in rows]) |
                                         (probabilities[name] >= t))["F1"]
                             for name, (rows, docs) in corpora.items()])  # fmt: skip
            if best is None or score > best[0] + 1e-9:
                best = (score, c, t)
    score, c, t = best
    print(f"  chosen C={c} threshold={t} (cross-validated mean F1 {score:.3f})")
    train = [r for rows, _ in corpora.values() for r in rows if r["judged"]]
    vocabulary, weights, bias = _fit_once(train, c)
    return Fitted(vocabulary, weights, bias, t, c)


def _fold(doc_id: str, folds: int) -> int:
    return hashlib.sha256(f"fold:{doc_id}".encode()).digest()[0] % folds


def to_file(model: Fitted, trained_on: dict) -> dict:
    weights = {f: round(float(w), 4) for f, w in zip(model.vocabulary, model.weights, strict=True)
               if abs(w) >= 1e-3}  # fmt: skip
    return {"version": VERSION, "bias": round(model.bias, 4), "threshold": model.threshold, "C": model.c,
            "trained_on": trained_on, "weights": dict(sorted(weights.items()))}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args()
    missing = [p for p in CORPORA.values() if not p.exists()]
    if missing:
        print(f"benchmark data not found: {missing[0]} (it lives in ../shared, read-only)")
        return 1
    from events.places import DETECTOR_PATH, load_gazetteer
    from events.settings import load_settings

    gazetteer = load_gazetteer(load_settings().cache_dir)
    data = {}
    for name, path in CORPORA.items():
        docs = read_jsonl(path)
        data[name] = (examples(docs, gazetteer), docs)
    for name, path in ACLED.items():
        if path.exists():
            data[f"acled {name}"] = acled_examples(path, gazetteer)

    def subset(name: str, which: str):
        rows, docs = data[name]
        return [r for r in rows if r["part"] == which], [d for d in docs if part(d["id"]) == which]

    print("fitting on every corpus's tuning part")
    shipped = fit({n: subset(n, "tuning") for n in data})
    left_out = {}
    for name in data:
        print(f"fitting without {name}")
        left_out[name] = fit({n: subset(n, "tuning") for n in data if n != name})
    print("\noverlapping-span precision / recall / F1 of the names kept")
    print(f"{'':24s}{'no model':>22s}{'left out':>22s}{'fitted (tuning parts)':>24s}")
    for name in data:
        for which in PARTS:
            rows, docs = subset(name, which)
            cells = [span_scores(rows, docs, np.ones(len(rows), dtype=bool)),
                     span_scores(rows, docs, left_out[name].keep(rows)),
                     span_scores(rows, docs, shipped.keep(rows))]  # fmt: skip
            print(f"  {name + ' ' + which:22s}"
                  + "".join(f"   {c['P']:.3f} {c['R']:.3f} {c['F1']:.3f}" for c in cells))  # fmt: skip
    if args.dry_run:
        return 0
    trained_on = {name: {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                         "names": len(subset(name, "tuning")[0])}
                  for name, path in CORPORA.items()}  # fmt: skip
    output = args.output or DETECTOR_PATH
    output.write_text(json.dumps(to_file(shipped, trained_on), indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
