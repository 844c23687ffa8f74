"""One place chosen for one mention, with the evidence for the choice."""

from __future__ import annotations

from dataclasses import dataclass

from events.places.mentions import Mention
from events.reading.text import normalize_name


@dataclass(frozen=True)
class Resolved:
    mention: Mention
    entry: int
    confidence: float
    evidence: tuple[str, ...]


def same_name(a: Resolved | None, b: Resolved | None) -> bool:
    """Both chosen for one name as written ("the province of Kandahar" and "the attack in
    Kandahar"), whatever entry each was resolved to."""
    if a is None or b is None:
        return False
    return normalize_name(a.mention.text) == normalize_name(b.mention.text)
