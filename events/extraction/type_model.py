"""What: an event's type and sub-type, decided by a multinomial logistic model over the
features of its clause (data/models/event_types.json, fitted by bench/train_event_types.py on
the tuning parts of the shared ACLED samples; see data/models/README.md).

The features are general, not phrases of one corpus: the event words of the clause, the
sentence and the rest of its paragraph (by trigger id), the weapons named (by delivery),
who acted and on whom (by ACLED actor type, read through the clause's voice), whether
anyone was killed or hurt, and the clause's lower-case words (names and numbers left out).
Scoring is plain numpy: a sparse dot product and a softmax.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from events import DATA_DIR
from events.errors import SitrepError
from events.extraction.clause_features import SEPARATOR
from events.extraction.clause_roles import PROTEST_WORDS, VIOLENT_WORDS
from events.extraction.codebook_ranks import (
    DECISIVE,
    DEMONSTRATIONS,
    DEVELOPMENT,
    FORCE_MET,
    NO_CROWD,
    OWN_SUBTYPE,
    QUIET,
    SETTLED,
)
from events.extraction.lexicon import Lexicon, load_lexicon

MODEL_PATH = DATA_DIR / "models" / "event_types.json"


MODEL_VERSION = 1


@dataclass(frozen=True)
class TypeModel:
    """A fitted multinomial logistic model: classes are 'Event type::Sub-event type'."""

    classes: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)

    def probabilities(self, names: list[str]) -> np.ndarray:
        rows = [self.index[n] for n in names if n in self.index]
        logits = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        logits = logits - logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()

    def decide(self, names: list[str]) -> tuple[str, str, float]:
        """The class the codebook settles, if any (its most specific), else the model's best;
        with the model's probability for that event type. A class the model never saw in
        training (a chemical weapon, a suicide bomb) is the codebook's to name."""
        ranked = [n[len(SETTLED) :].split(":", 1) for n in names if n.startswith(SETTLED)]
        # an arrest, agreement or handover told without violence, merged with a sentence whose
        # clause tells violence ("signed the accord" ... "launched their first attack"): not settled
        violent = {word for word in VIOLENT_WORDS if f"t:{word}" in names}
        # (a development merged with a demonstration's telling: "protests ... security forces were deployed")
        crowd = any(f"t:{word}" in names for word in PROTEST_WORDS)
        settled = sorted(
            (int(rank), name) for rank, name in ranked
            if (int(rank) in DECISIVE and not (int(rank) == QUIET and _violent_beside(violent, name))
                and not (int(rank) == DEVELOPMENT and (violent or crowd)))
            or name not in self.classes
        )  # fmt: skip
        if not settled:
            return self.best(names)
        name = settled[0][1]
        if settled[0][0] == NO_CROWD:  # no demonstration's type: the model's likeliest of the others
            kinds = {k.split(SEPARATOR)[0] for k in self.classes} - set(DEMONSTRATIONS)
            return self.best(names, allowed=kinds)
        if settled[0][0] == DEVELOPMENT:  # a strategic development: the model's likeliest sub-type of it
            return self.best(names, allowed={name.split(SEPARATOR)[0]})
        if settled[0][0] == FORCE_MET:  # force met a crowd that was itself violent: a riot
            riot = sorted((int(rank), name) for rank, name in ranked if name.startswith("Riots" + SEPARATOR))
            name = riot[0][1] if riot else name
        kind, sub = name.split(SEPARATOR, 1)
        probabilities = self.probabilities(names)
        return (
            kind,
            sub,
            float(sum(p for c, p in zip(self.classes, probabilities, strict=True) if c.startswith(kind))),
        )

    def best(self, names: list[str], allowed: set[str] | None = None) -> tuple[str, str, float]:
        """(event type, sub-event type, probability) of the most probable class (among
        ``allowed`` types when given)."""
        probs = self.probabilities(names)
        order = np.argsort(-probs)
        for k in order:
            kind, sub = self.classes[k].split(SEPARATOR, 1)
            if allowed is None or kind in allowed:
                return kind, sub, float(probs[k])
        kind, sub = self.classes[order[0]].split(SEPARATOR, 1)
        return kind, sub, float(probs[order[0]])


def _violent_beside(violent: set[str], name: str) -> bool:
    """Whether the draft's words tell violence that unsettles a quiet class: a raid beside an
    arrest is the arrest's own ("raided the village and arrested four"), not violence."""
    return bool(violent - {"ground_attack"} if name == OWN_SUBTYPE["arrests"] else violent)


def read_model(path: Path, lexicon: Lexicon) -> TypeModel:
    """Load and check a fitted model file; errors name the file and what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SitrepError(f"event type model {path} cannot be read: {exc}") from exc
    if raw.get("version") != MODEL_VERSION:
        raise SitrepError(f"{path}: model version {raw.get('version')!r}, this Sitrep reads {MODEL_VERSION}")
    classes = tuple(raw["classes"])
    for name in classes:
        kind, _, sub = name.partition(SEPARATOR)
        if sub not in lexicon.taxonomy.get(kind, ()):
            raise SitrepError(f"{path}: class {name!r} is not in taxonomy.yaml")
    weights = np.zeros((len(raw["features"]), len(classes)))
    for row, column, value in raw["weights"]:
        weights[row, column] = value
    index = {name: k for k, name in enumerate(raw["features"])}
    return TypeModel(classes, index, weights, np.asarray(raw["bias"], dtype=float))


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> TypeModel:
    return read_model(path, load_lexicon())


def confidence_of(probability: float) -> float:
    """The model's probability mapped onto a confidence factor in [0.5, 1]."""
    return 0.5 + 0.5 * math.sqrt(max(0.0, min(1.0, probability)))
