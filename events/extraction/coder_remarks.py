"""Coder remarks in ACLED's notes: the count an event log's coder set ("Fatalities coded as 0")
and the number of events a total was shared over ("Fatalities split between 2 events")."""

from __future__ import annotations

import re
from functools import lru_cache

from events.extraction.count_numbers import number_value
from events.extraction.lexicon import CasualtyWords


@lru_cache(maxsize=4)
def _remark_patterns(words: CasualtyWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # a number as a coder writes one: digits ("1,200") or a cardinal word, never "a", "several"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units = "one|two|three|four|five|six|seven|eight|nine"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    count = rf"(?P<count>\d{{1,3}}(?:,\d{{3}})+|\d+|zero|none|(?:{tens})(?:[- ](?:{units}))?|{teens}|{units})"
    return (
        re.compile(rf"(?i:{words.coded_as})\s+{count}\b"),
        re.compile(rf"(?i:{words.shared_over})\s+{count}\s+(?i:(?:separate\s+|different\s+)?events)\b"),
    )


def coder_remark(text: str, words: CasualtyWords) -> tuple[int | None, int | None, tuple[int, int] | None]:
    """An event log coder's own word on the count of an entry's event (ACLED's notes): the
    count coded ("Unclear fatalities coded as 10", "Fatalities coded as 0 (VoJ reported 3)")
    and the number of events a total was shared over ("Fatalities split between 2 events").
    (count or None, parts or None, the remark's span or None)."""
    coded, shared = _remark_patterns(words)
    count = coded.search(text)
    parts = shared.search(text)
    told = count["count"].lower() if count else ""
    value = None if count is None else 0 if told in ("zero", "none") else number_value(told)
    share = None if parts is None else number_value(parts["count"])
    found = [m.span() for m in (count, parts) if m is not None]
    return value, share if share and share > 1 else None, (min(found)[0], max(found)[1]) if found else None
