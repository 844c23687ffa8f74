"""The learned candidate ranker: two linear scorers read from a small versioned JSON file.

Stage 1 scores each candidate from what it is and what the unambiguous mentions say; its
choices then give stage 2 the document's other places (their countries, divisions and
distances). Weights are fitted by bench/train_ranker.py (SciPy, on the shared corpora and
ACLED notes) and written to data/models/; scoring here is a dot product in numpy, with the
choices, confidences and reasons of all a document's mentions found at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from events import DATA_DIR
from events.errors import GazetteerError
from events.places.features import STAGE1, STAGE2, Segments

MODEL_PATH = DATA_DIR / "models" / "toponym-ranker.json"


@dataclass(frozen=True)
class Stage:
    features: tuple[str, ...]
    weights: np.ndarray
    bias: float

    def scores(self, rows: np.ndarray) -> np.ndarray:
        return rows @ self.weights + self.bias


@dataclass(frozen=True)
class Ranker:
    version: str
    stage1: Stage
    stage2: Stage

    @classmethod
    def from_dict(cls, data: dict) -> Ranker:
        stages = []
        for name, expected in (("stage1", STAGE1), ("stage2", STAGE2)):
            part = data[name]
            if tuple(part["features"]) != expected:
                raise GazetteerError(f"ranker {data.get('version')}: {name} features differ from the code's")
            stages.append(Stage(expected, np.asarray(part["weights"], dtype=float), float(part["bias"])))
        return cls(str(data.get("version", "")), *stages)

    def to_dict(self) -> dict:
        return {"version": self.version, **{
            name: {"features": list(s.features), "weights": [round(float(w), 6) for w in s.weights],
                   "bias": round(float(s.bias), 6)}
            for name, s in (("stage1", self.stage1), ("stage2", self.stage2))}}  # fmt: skip


@cache
def load_ranker(path: Path = MODEL_PATH) -> Ranker:
    """The shipped ranker (read once per process)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read the toponym ranker {path} ({exc})") from exc
    return Ranker.from_dict(data)


def best_rows(scores: np.ndarray, bounds: list[tuple[int, int]] | Segments) -> np.ndarray:
    """The row with the highest score within each mention's rows (the first of equals)."""
    if not len(bounds):
        return np.zeros(0, dtype=np.int64)
    values = scores.tolist()
    best = []  # (a mention's rows are few: max and index on a list beat numpy's calls)
    for a, b in bounds.bounds if isinstance(bounds, Segments) else bounds:
        if b - a == 1:
            best.append(a)
        else:
            mine = values[a:b]
            best.append(a + mine.index(max(mine)))
    return np.asarray(best, dtype=np.int64)


def confidences(
    scores: np.ndarray, bounds: list[tuple[int, int]] | Segments, best: np.ndarray
) -> list[float]:
    """Each chosen candidate's share of its mention's softmax."""
    if not len(bounds):
        return []
    starts, owner, _ = Segments.of(bounds)
    shares = 1.0 / np.add.reduceat(np.exp(scores - scores[best][owner]), starts)
    return [round(c, 3) for c in shares.tolist()]


def reasons(stage: Stage, rows: np.ndarray, scores: np.ndarray, bounds: list[tuple[int, int]] | Segments,
            best: np.ndarray, limit: int = 4) -> list[tuple[list[str], int | None]]:  # fmt: skip
    """Per mention, the features that most set the chosen candidate above the runner-up (by
    weight x difference), strongest first, and the runner-up's row (None when alone)."""
    if not len(bounds):
        return []
    segments = Segments.of(bounds)
    others = scores.copy()
    others[best] = -np.inf
    runner_up = best_rows(others, segments)
    gain = (rows[best] - rows[runner_up]) * stage.weights
    order = np.argsort(-gain, axis=1)[:, :limit]
    strong = np.take_along_axis(gain, order, axis=1) > 0.05
    out = []
    for k, (a, b) in enumerate(segments.bounds):
        if b - a < 2:
            out.append(([], None))
            continue
        named = zip(order[k].tolist(), strong[k].tolist(), strict=True)
        out.append(([stage.features[f] for f, s in named if s], int(runner_up[k])))
    return out
