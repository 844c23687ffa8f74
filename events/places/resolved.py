"""One place chosen for one mention, with the evidence for the choice."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from events.places.mentions import Mention
from events.reading.text import normalize_name


class Evidence(Sequence[str]):
    """Evidence words written when first read: the learned ranker's reasons are put into words
    only for the places a record or a reader asks about, not for every name resolved. Equal to
    the tuple of its words; pickled as that tuple."""

    __slots__ = ("_make", "_words")

    def __init__(self, make: Callable[[], Sequence[str]]) -> None:
        self._make: Callable[[], Sequence[str]] | None = make
        self._words: tuple[str, ...] | None = None

    @property
    def words(self) -> tuple[str, ...]:
        if self._words is None:
            assert self._make is not None
            self._words, self._make = tuple(self._make()), None
        return self._words

    def __getitem__(self, index):  # type: ignore[override]
        return self.words[index]

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, Evidence)):
            return self.words == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.words)

    def __repr__(self) -> str:
        return repr(self.words)

    def __reduce__(self):
        return (tuple, (self.words,))


@dataclass(frozen=True)
class Resolved:
    mention: Mention
    entry: int
    confidence: float
    evidence: tuple[str, ...] | Evidence


def resolution(
    mention: Mention, entry: int, confidence: float, evidence: tuple[str, ...] | Evidence
) -> Resolved:
    """``Resolved(mention, entry, confidence, evidence)`` for a choice made for every name
    resolved, its fields set at once rather than one by one as a frozen dataclass's __init__
    sets them (several times faster): the same object, equal, hashed and pickled alike."""
    made = object.__new__(Resolved)
    made.__dict__.update(mention=mention, entry=entry, confidence=confidence, evidence=evidence)
    return made


def same_name(a: Resolved | None, b: Resolved | None) -> bool:
    """Both chosen for one name as written ("the province of Kandahar" and "the attack in
    Kandahar"), whatever entry each was resolved to."""
    if a is None or b is None:
        return False
    return normalize_name(a.mention.text) == normalize_name(b.mention.text)
