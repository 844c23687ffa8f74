"""Fit the record screen (data/models/event_screen.json) from news reports with gold events.

Reads the tuning part of ../shared/bench/news (bench/_common.part) and every folder given with
--news-dir (the shared news format: gold.yaml and texts/; the team's further reports live
outside this repository, their URLs in bench/news_used_urls.txt). Check parts and check folders
are never read: bench/extraction.py measures on them what the screen does on unseen reports.

Each article goes through extraction unscreened; its records are matched to the gold events as
the news README says (bench/_news.py). A record matched to a required event is a positive, one
matched to nothing (in an article that allows no extras) a negative; records matched to
optional events are left out of the fit and the counts (they still compete to be an article's
most probable record). A logistic regression (scikit-learn, lbfgs, L2) is fitted on the
features of events.extraction.screen, on the records it judges. C is chosen by the log loss of 5
folds of articles, each scored by a model fitted on the other four; then the threshold by those
folds' pooled event F1 (smoothed over neighbouring thresholds), each article keeping what
screen.kept keeps, as at run time. Ties go to the smaller C and the lower threshold (within
F1_TIE of the best F1: when the folds cannot tell, a record is kept).

Same inputs and package versions give the same file byte for byte.
Usage: .venv/bin/python bench/train_event_screen.py --news-dir DIR [--news-dir DIR ...] [--output PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED, part  # noqa: E402

GRID_C = (0.01, 0.03, 0.1, 0.3, 1.0)
GRID_THRESHOLD = tuple(round(0.05 * k, 2) for k in range(1, 11))
TIE = 0.001  # log losses this close are a tie (the smaller C wins)
F1_TIE = 0.005  # the lowest threshold whose smoothed F1 is this close to the best: a tie keeps records
FOLDS = 5


def examples(folder: Path, shared_tuning_only: bool, extract) -> tuple[list[dict], int, int]:
    """(records, required gold events no record matched, articles read). A record: its article,
    its features (None where the screen does not judge it) and its label (True: matched to a
    required gold event; False: matched to nothing in an article that allows no extras; None:
    neither, left out of the counts but still competing to be the article's most probable)."""
    from _news import _matching
    from extraction import read_news

    from events.extraction.screen import features, judged

    out, missed, articles = [], 0, 0
    for entry, text in read_news(folder):
        if shared_tuning_only and part(entry["id"]) != "tuning":
            continue
        article, records = extract(text, entry["published"], entry["id"], "article")
        golds = entry.get("events") or []
        matched = {r: g for g, r in _matching(golds, records).items()}
        missed += sum(
            1 for g, gold in enumerate(golds) if not gold.get("optional") and g not in matched.values()
        )
        articles += 1
        name = f"{folder.name}/{entry['id']}"
        for k, judge in enumerate(judged(records, article.text)):
            if k in matched:
                label = None if golds[matched[k]].get("optional") else True
            else:
                label = None if entry.get("allow_extra") else False
            found = features(records, k, article.text, article.published) if judge else None
            out.append({"article": name, "features": found, "label": label})
    return out, missed, articles


def pooled_f1(records: list[dict], probabilities: list[float | None], missed: int, threshold: float) -> float:
    """Event F1 over the articles when each keeps the records the screen keeps (screen.kept)."""
    from events.extraction.screen import kept

    by_article: dict[str, list[int]] = {}
    for k, record in enumerate(records):
        by_article.setdefault(record["article"], []).append(k)
    tp = fp = fn = 0
    for rows in by_article.values():
        for k, keep in zip(rows, kept([probabilities[k] for k in rows], threshold), strict=True):
            label = records[k]["label"]
            tp += keep and label is True
            fp += keep and label is False
            fn += not keep and label is True
    return 2 * tp / (2 * tp + fp + fn + missed) if tp else 0.0


def fit(records: list[dict], missed: int):
    """C by the cross-validated log loss of the article folds; then the threshold by their pooled
    F1, smoothed over each threshold's neighbours (a lone peak of the F1 is noise)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    from events.extraction.screen import known_features

    judged = [k for k, d in enumerate(records) if d["features"] is not None]

    def f1(probs, threshold: float) -> float:  # probs: of the judged records
        probabilities: list[float | None] = [None] * len(records)
        for k, p in zip(judged, probs, strict=True):
            probabilities[k] = float(p)
        return pooled_f1(records, probabilities, missed, threshold)

    names = sorted(known_features())
    raw = np.array([[records[k]["features"].get(n, 0.0) for n in names] for k in judged])
    labelled = np.array([records[k]["label"] is not None for k in judged])
    mean, scale = raw[labelled].mean(axis=0), raw[labelled].std(axis=0)
    scale[scale == 0] = 1.0
    x = (raw - mean) / scale  # standardised, so that one C shrinks every feature alike
    y = np.array([bool(records[k]["label"]) for k in judged])
    groups = [records[k]["article"] for k in judged]
    best = None
    for c in GRID_C:
        probs = np.zeros(len(judged))
        for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
            train = train[labelled[train]]  # fitted on the labelled; every judged record predicted
            probs[test] = (
                LogisticRegression(C=c, max_iter=5000).fit(x[train], y[train]).predict_proba(x[test])[:, 1]
            )
        loss = log_loss(y[labelled], probs[labelled])
        print(f"  C={c:<4} cross-validated log loss {loss:.4f}")
        if best is None or loss < best[0] - TIE:
            best = (loss, c, probs)
    _, c, probs = best
    scores = [f1(list(probs), t) for t in GRID_THRESHOLD]
    smooth = [float(np.mean(scores[max(k - 1, 0) : k + 2])) for k in range(len(scores))]
    k = min(j for j in range(len(smooth)) if smooth[j] >= max(smooth) - F1_TIE)  # when in doubt, keep
    threshold = GRID_THRESHOLD[k]
    print("  threshold          " + " ".join(f"{t:5}" for t in GRID_THRESHOLD))
    print("  cross-validated F1 " + " ".join(f"{s:.3f}" for s in scores))
    print(
        "  smoothed           " + " ".join(f"{s:.3f}" for s in smooth) + f"  -> C={c}, threshold {threshold}"
    )
    unscreened = f1([1.0] * len(judged), 1.0)
    model = LogisticRegression(C=c, max_iter=5000).fit(x[labelled], y[labelled])
    coef = model.coef_[0] / scale  # back to the raw features the screen computes
    bias = float(model.intercept_[0] - (coef * mean).sum())
    weights = {n: round(float(w), 4) for n, w in zip(names, coef, strict=True) if round(float(w), 4)}
    info = {"C": c, "threshold": threshold, "cv_f1": round(scores[k], 4),
            "cv_f1_unscreened": round(unscreened, 4), "records": len(records), "judged": len(judged),
            "fitted on": int(labelled.sum()), "right among them": int(y[labelled].sum()),
            "required_missed": missed}  # fmt: skip
    return weights, round(bias, 4), info


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--news-dir", type=Path, action="append", default=[], help="a tuning folder of reports"
    )
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    from extraction import Extractor

    from events.extraction.screen import SCREEN_PATH

    sources = [(SHARED / "news", True)] + [(folder, False) for folder in args.news_dir]
    extract, records, missed, trained_on = Extractor(screened=False), [], 0, []
    for folder, shared in sources:
        if not (folder / "gold.yaml").exists():
            print(f"{folder}: no gold.yaml there, left out")
            continue
        found, unmatched, articles = examples(folder, shared, extract)
        records += found
        missed += unmatched
        trained_on.append({"folder": folder.name + (" (tuning part)" if shared else ""), "articles": articles,
                           "gold_sha256": _digest(folder / "gold.yaml")})  # fmt: skip
        print(f"{folder}: {articles} articles, {len(found)} records")
    weights, bias, info = fit(records, missed)
    import sklearn

    document = {
        "version": 1,
        "what": "logistic regression: a record's shape in its report -> P(a careful coder keeps it)",
        "fitted_by": f"bench/train_event_screen.py with scikit-learn {sklearn.__version__}",
        "trained_on": trained_on,
        "selection": info,
        "threshold": info["threshold"],
        "bias": bias,
        "weights": dict(sorted(weights.items())),
    }
    out = args.output or SCREEN_PATH
    out.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: C={info['C']}, threshold {info['threshold']}, cross-validated F1 "
          f"{info['cv_f1_unscreened']} unscreened -> {info['cv_f1']}")  # fmt: skip


if __name__ == "__main__":
    main()
