"""casualties.yaml: the words of the dead and the hurt, one alternation per key (compiled by
events.extraction.count_patterns)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from events.errors import SitrepError
from events.extraction.lexicon.files import LEXICON_DIR, _alternation_of, _check_keys, _read


@dataclass(frozen=True)
class CasualtyWords:
    """The alternations of casualties.yaml, one per key (compiled by events.extraction.count_patterns)."""

    killed_after: str
    killing_before: str
    one_death: str
    killing_one: str
    death_nouns: str
    hurt_after: str
    hurting_before: str
    injury_nouns: str
    subset_words: str
    elsewhere: str
    combatants: str
    update_words: str
    earlier_words: str
    coded_as: str
    shared_over: str
    campaign_toll: str
    many_events_toll: str
    period_tally: str
    saying_verbs: str
    since_frame: str
    clause_verbs: str
    auxiliaries: str
    source_verbs: str
    fatal_adverbs: str


CASUALTY_KEYS = tuple(f.name for f in fields(CasualtyWords))  # the keys of casualties.yaml
# the keys whose words are each read as a lookbehind of its own: plain words
CASUALTY_LOOKBEHINDS = ("saying_verbs", "fatal_adverbs")
PLAIN_WORD = re.compile(r"[A-Za-z]+")


def casualty_words(directory: Path = LEXICON_DIR) -> CasualtyWords:
    raw = _read(directory / "casualties.yaml")
    _check_keys("casualties.yaml", "(file)", raw, set(CASUALTY_KEYS))
    alternations = {}
    for key in CASUALTY_KEYS:
        words_ = raw.get(key)
        if not isinstance(words_, list) or not words_:
            raise SitrepError(f"casualties.yaml: {key}: expected a non-empty list of words")
        if key in CASUALTY_LOOKBEHINDS:
            _check_plain_words("casualties.yaml", key, words_)
        alternations[key] = "(?:" + _alternation_of("casualties.yaml", key, words_) + ")"
    return CasualtyWords(**alternations)


def _check_plain_words(file: str, key: str, words_: list[Any]) -> None:
    """Words each read as a fixed-width lookbehind: letters only; a bad one is named."""
    for word in words_:
        if not PLAIN_WORD.fullmatch(str(word)):
            raise SitrepError(f"{file}: {key}: {word}: expected a plain word (each is read as a lookbehind)")
