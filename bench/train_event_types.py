"""Fit the event type model (data/models/event_types.json) from the shared ACLED samples.

Reads ../shared/bench/acled/ukraine_sample.csv and world_dev.csv (never copied into this
repository) and uses only their tuning parts (bench/_common.part): the check parts stay unseen
so that bench/extraction.py can measure what the model does on data it was not fitted on.
Each row's notes (ACLED's bracketed coder remarks cut, as in the benchmark) go through
extraction up to the point where a candidate event is typed; the first candidate of the note
(the event it reports) gets ACLED's sub-event type as its label. A multinomial logistic
regression (scikit-learn, lbfgs, L2) is fitted on the candidates' features; C and the class
weighting are chosen by 5-fold cross-validation on the tuning rows. Scoring at run time needs
only numpy (events.extraction.type_model).

Same inputs and package versions give the same file byte for byte.
Usage: .venv/bin/python bench/train_event_types.py [--output PATH]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, SHARED, part  # noqa: E402
from extraction import report_text  # noqa: E402

SOURCES = [SHARED / "acled" / "ukraine_sample.csv", SHARED / "acled" / "world_dev.csv"]
MIN_COUNT = 2  # a feature seen fewer times in training is dropped
GRID_C = (0.3, 1.0)
KEEP = 1e-3  # weights smaller than this are not written
TIE = 0.005  # cross-validated accuracies this close are a tie


def examples(path: Path, gazetteer, lexicon) -> list[tuple[list[str], str]]:
    """(features, 'Type::Sub-type') of the first event of each tuning row's notes."""
    from events.exchange.imports import parse_acled_date
    from events.extraction.clause_features import SEPARATOR
    from events.extraction.drafting import article_drafts
    from events.extraction.typers import word_typer
    from events.reading.article import parse_article

    out = []
    for number, row in enumerate(csv.DictReader(path.open(encoding="utf-8", newline=""))):
        if part(row.get("event_id_cnty") or str(number)) != "tuning":
            continue
        article = parse_article(report_text(row["notes"]), where=f"row {number}", article_id=f"r{number}",
                                published=parse_acled_date(row["event_date"]))  # fmt: skip
        drafts = [d for d in article_drafts(article, gazetteer, lexicon, word_typer) if d.modelled]
        if drafts:  # the note's event: its first, with every sentence folded into it
            out.append((sorted(drafts[0].features), f"{row['event_type']}{SEPARATOR}{row['sub_event_type']}"))
    return out


def _matrix(data: list[tuple[list[str], str]]):
    """The rows' feature matrix (features seen at least MIN_COUNT times), labels and vocabulary."""
    import numpy as np
    from scipy.sparse import csr_matrix

    counts = Counter(f for features, _ in data for f in set(features) if not f.startswith("settled:"))
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {f: k for k, f in enumerate(vocabulary)}
    rows, cols = [], []
    for r, (features, _) in enumerate(data):
        for f in set(features):
            if f in column:
                rows.append(r)
                cols.append(column[f])
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(data), len(vocabulary)))
    return x, np.array([label for _, label in data]), vocabulary


def fit(data: list[tuple[list[str], str]]):
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    x, y, vocabulary = _matrix(data)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    best = None
    for c in GRID_C:
        for weighting in (None,):  # ACLED's own class frequencies (balanced weights invent riots)
            model = LogisticRegression(C=c, class_weight=weighting, max_iter=5000)
            score = cross_val_score(model, x, _cv_labels(y), cv=folds).mean()
            print(f"  C={c:<4} class_weight={weighting!s:9s} cross-validated accuracy {score:.3f}")
            if best is None or score > best[0] + TIE:  # a tie goes to the simpler model (smaller C)
                best = (score, c, weighting)
    score, c, weighting = best
    model = LogisticRegression(C=c, class_weight=weighting, max_iter=5000).fit(x, y)
    return model, vocabulary, {"cv_accuracy": round(score, 4), "C": c, "class_weight": weighting}


def cross_validated(data: list[tuple[list[str], str]], sources: list[str], c: float) -> dict[str, tuple]:
    """The shipped model's decisions (the codebook's settled classes, else the model's best) on
    rows it was not fitted on: 5 folds of the tuning rows, each typed by a model fitted on the
    other four. -> source -> (rows, type right, sub-type right), as shares."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    from events.extraction.clause_features import SEPARATOR
    from events.extraction.type_model import TypeModel

    labels = [label for _, label in data]
    right: dict[str, list[int]] = {}
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    for train, test in folds.split(labels, _cv_labels(labels)):
        x, y, vocabulary = _matrix([data[k] for k in train])
        fitted = LogisticRegression(C=c, max_iter=5000).fit(x, y)
        model = TypeModel(tuple(str(k) for k in fitted.classes_), {f: k for k, f in enumerate(vocabulary)},
                          fitted.coef_.T.copy(), fitted.intercept_.copy())  # fmt: skip
        for k in test:
            kind, sub, _ = model.decide(data[k][0])
            counts = right.setdefault(sources[k], [0, 0, 0])
            counts[0] += 1
            counts[1] += labels[k].split(SEPARATOR)[0] == kind
            counts[2] += labels[k] == f"{kind}{SEPARATOR}{sub}"
    return {name: (n, t / n, s / n) for name, (n, t, s) in right.items()}


def _cv_labels(y):
    """Labels for stratified folds: classes seen fewer than 5 times pooled (as 'rare')."""
    counts = Counter(y)
    return [label if counts[label] >= 5 else "rare" for label in y]


def write(path: Path, model, vocabulary: list[str], info: dict, sources: list[tuple[Path, int]]) -> None:
    import sklearn

    weights = []
    for k, row in enumerate(model.coef_.T):
        for j, value in enumerate(row):
            if abs(value) >= KEEP:
                weights.append([k, j, round(float(value), 4)])
    used = sorted({k for k, _, _ in weights})
    renumber = {k: n for n, k in enumerate(used)}
    document = {
        "version": 1,
        "what": "multinomial logistic regression: event features -> ACLED 'Event type::Sub-event type'",
        "fitted_by": f"bench/train_event_types.py with scikit-learn {sklearn.__version__}",
        "trained_on": [
            {
                "file": f"../shared/bench/acled/{p.name}",
                "sha256": hashlib.sha256(p.read_bytes()).hexdigest(),
                "part": "tuning",
                "rows": n,
            }
            for p, n in sources
        ],
        "selection": info,
        "classes": [str(c) for c in model.classes_],
        "features": [vocabulary[k] for k in used],
        "bias": [round(float(b), 4) for b in model.intercept_],
        "weights": [[renumber[k], j, v] for k, j, v in weights],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    size = path.stat().st_size / 1024
    print(f"wrote {path} ({size:.0f} KB, {len(used)} features, {len(model.classes_)} classes)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "data" / "models" / "event_types.json")
    args = parser.parse_args()
    missing = [p for p in SOURCES if not p.exists()]
    if missing:
        print(f"training data not found: {', '.join(map(str, missing))} (it lives in ../shared, read-only)")
        return 1
    from events.extraction.lexicon import load_lexicon
    from events.places import load_gazetteer
    from events.settings import load_settings

    gazetteer, lexicon = load_gazetteer(load_settings().cache_dir), load_lexicon()
    data, sources = [], []
    for path in SOURCES:
        found = examples(path, gazetteer, lexicon)
        data += found
        sources.append((path, len(found)))
        print(f"{path.name}: {len(found)} tuning rows with a candidate event")
    model, vocabulary, info = fit(data)
    write(args.output, model, vocabulary, info, sources)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
