"""The learned candidate ranker: two linear scorers read from a small versioned JSON file.

Stage 1 scores each candidate from what it is and what the unambiguous mentions say; its
choices then give stage 2 the document's other places (their countries, divisions and
distances). Weights are fitted by bench/train_ranker.py (scikit-learn, on the shared
corpora) and written to data/models/; scoring here is a dot product in numpy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from events import DATA_DIR
from events.errors import GazetteerError
from events.places.features import STAGE1, STAGE2

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


def best_rows(scores: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
    """The row with the highest score within each mention's rows."""
    return np.fromiter((a + int(np.argmax(scores[a:b])) for a, b in bounds), np.int64, len(bounds))


def confidence(scores: np.ndarray, a: int, b: int, best: int) -> float:
    """The chosen candidate's share of the mention's softmax."""
    shifted = np.exp(scores[a:b] - scores[best])
    return round(float(1.0 / shifted.sum()), 3)


def reasons(
    stage: Stage, rows: np.ndarray, scores: np.ndarray, a: int, b: int, best: int, limit: int = 4
) -> tuple[list[str], int | None]:
    """The features that most set the chosen candidate above the runner-up (by weight x
    difference), strongest first, and the runner-up's row (None when alone)."""
    if b - a < 2:
        return [], None
    others = scores[a:b].copy()
    others[best - a] = -np.inf
    runner_up = a + int(np.argmax(others))
    gain = (rows[best] - rows[runner_up]) * stage.weights
    order = np.argsort(-gain)
    return [stage.features[k] for k in order[:limit] if gain[k] > 0.05], runner_up
