"""Fit the record screen (data/models/event_screen.json) from news reports with gold events.

Reads the tuning part of ../shared/bench/news (bench/_common.part) and every folder given with
--news-dir (the shared news format: gold.yaml and texts/; the team's further reports live
outside this repository, their URLs in bench/news_used_urls.txt). Check parts and check folders
are never read: bench/extraction.py measures on them what the screen does on unseen reports.

Each article goes through extraction unscreened; its records are matched to the gold events as
the news README says (bench/_news.py). A record matched to a required event is a positive, one
matched to nothing (in an article that allows no extras) a negative; records matched to
optional events are left out. A logistic regression (scikit-learn, lbfgs, L2) is fitted on the
features of events.extraction.screen; C and the threshold are chosen together by the pooled
event F1 of 5 folds of articles, each scored by a model fitted on the other four (the article's
most probable record always kept, as at run time). Ties go to the smaller C and threshold.

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
TIE = 0.001  # log losses this close are a tie (the smaller C wins); per threshold step, F1's
FOLDS = 5


def examples(folder: Path, shared_tuning_only: bool, extract) -> list[dict]:
    """One example per record of the folder's articles: features, label, article, and per
    article the required events no record matched."""
    from _news import _matching
    from extraction import read_news

    from events.extraction.screen import features, has_shape, judged

    out = []
    for entry, text in read_news(folder):
        if shared_tuning_only and part(entry["id"]) != "tuning":
            continue
        article, records = extract(text, entry["published"], entry["id"])
        golds = entry.get("events") or []
        matched = {r: g for g, r in _matching(golds, records).items()}
        missed = sum(
            1 for g, gold in enumerate(golds) if not gold.get("optional") and g not in matched.values()
        )
        out.append({"article": f"{folder.name}/{entry['id']}", "missed": missed})
        for k in range(len(records)):
            if k in matched and golds[matched[k]].get("optional"):
                continue
            if k not in matched and entry.get("allow_extra"):
                continue
            found = (
                features(records, k, article.text, article.published)
                if judged(records[k]) and has_shape(article.text)
                else None
            )
            out.append({"article": f"{folder.name}/{entry['id']}", "features": found, "label": k in matched})
    return out


def _extractor():
    from events.extraction import extract_article, load_lexicon
    from events.places import load_gazetteer
    from events.reading.article import parse_article
    from events.settings import load_settings

    gazetteer, lexicon = load_gazetteer(load_settings().cache_dir), load_lexicon()

    def extract(text: str, published, article_id: str):
        article = parse_article(text, where=article_id, article_id=article_id, published=published)
        return article, extract_article(article, gazetteer, lexicon, screened=False)

    return extract


def pooled_f1(probs, labels, articles, missed: int, threshold: float) -> float:
    """Event F1 when each article keeps its most probable record and those at or over the threshold."""
    best: dict[str, int] = {}
    for k, a in enumerate(articles):
        if a not in best or probs[k] > probs[best[a]]:
            best[a] = k
    keep = [probs[k] >= threshold or best[a] == k for k, a in enumerate(articles)]
    tp = sum(1 for k, y in enumerate(labels) if y and keep[k])
    fp = sum(1 for k, y in enumerate(labels) if not y and keep[k])
    fn = missed + sum(1 for k, y in enumerate(labels) if y and not keep[k])
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit(data: list[dict]):
    """C by the cross-validated log loss of the article folds; then the threshold by their pooled
    F1, smoothed over each threshold's neighbours (a lone peak of the F1 is noise)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    from events.extraction.screen import known_features

    rows = [d for d in data if d.get("features")]  # the records the screen judges
    others = [d for d in data if "features" in d and d["features"] is None]  # not judged: always kept
    missed = sum(d["missed"] for d in data if "missed" in d)

    def f1(probs, threshold: float) -> float:
        return pooled_f1([*probs, *[1.0] * len(others)], [*y, *(d["label"] for d in others)],
                         [*groups, *(d["article"] for d in others)], missed, threshold)  # fmt: skip

    names = sorted(known_features())
    raw = np.array([[d["features"].get(n, 0.0) for n in names] for d in rows])
    mean, scale = raw.mean(axis=0), raw.std(axis=0)
    scale[scale == 0] = 1.0
    x = (raw - mean) / scale  # standardised, so that one C shrinks every feature alike
    y = np.array([d["label"] for d in rows])
    groups = [d["article"] for d in rows]
    best = None
    for c in GRID_C:
        probs = np.zeros(len(rows))
        for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
            probs[test] = (
                LogisticRegression(C=c, max_iter=5000).fit(x[train], y[train]).predict_proba(x[test])[:, 1]
            )
        loss = log_loss(y, probs)
        print(f"  C={c:<4} cross-validated log loss {loss:.4f}")
        if best is None or loss < best[0] - TIE:
            best = (loss, c, probs)
    _, c, probs = best
    scores = [f1(list(probs), t) for t in GRID_THRESHOLD]
    smooth = [float(np.mean(scores[max(k - 1, 0) : k + 2])) for k in range(len(scores))]
    k = max(range(len(smooth)), key=lambda j: (smooth[j] - TIE * j, -j))
    threshold = GRID_THRESHOLD[k]
    print("  threshold          " + " ".join(f"{t:5}" for t in GRID_THRESHOLD))
    print("  cross-validated F1 " + " ".join(f"{s:.3f}" for s in scores))
    print(
        "  smoothed           " + " ".join(f"{s:.3f}" for s in smooth) + f"  -> C={c}, threshold {threshold}"
    )
    unscreened = f1([1.0] * len(rows), 1.0)
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    coef = model.coef_[0] / scale  # back to the raw features the screen computes
    bias = float(model.intercept_[0] - (coef * mean).sum())
    weights = {n: round(float(w), 4) for n, w in zip(names, coef, strict=True) if round(float(w), 4)}
    info = {"C": c, "threshold": threshold, "cv_f1": round(scores[k], 4),
            "cv_f1_unscreened": round(unscreened, 4), "records judged": len(rows), "kept_right": int(y.sum()),
            "records not judged": len(others),
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
    from events.extraction.screen import SCREEN_PATH

    sources = [(SHARED / "news", True)] + [(folder, False) for folder in args.news_dir]
    extract, data, trained_on = _extractor(), [], []
    for folder, shared in sources:
        if not (folder / "gold.yaml").exists():
            print(f"{folder}: no gold.yaml there, left out")
            continue
        found = examples(folder, shared, extract)
        data += found
        articles = sum(1 for d in found if "missed" in d)
        trained_on.append({"folder": folder.name + (" (tuning part)" if shared else ""), "articles": articles,
                           "gold_sha256": _digest(folder / "gold.yaml")})  # fmt: skip
        print(f"{folder}: {articles} articles, {sum(1 for d in found if 'features' in d)} records")
    weights, bias, info = fit(data)
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
