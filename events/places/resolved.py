"""One place chosen for one mention, with the evidence for the choice."""

from __future__ import annotations

from dataclasses import dataclass

from events.places.mentions import Mention


@dataclass(frozen=True)
class Resolved:
    mention: Mention
    entry: int
    confidence: float
    evidence: tuple[str, ...]
