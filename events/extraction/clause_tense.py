"""Clause and tense helpers the per-sentence steps share: where a clause's own words end (before a
subordinate clause), the relative clauses inside it, a past-tense verb, a sentence's words past its dateline,
the present perfect before an event word, a count."""

from __future__ import annotations

import re

from events.extraction.candidate import ArticleContext
from events.extraction.triggers import Hit
from events.reading.text import Sentence

# a clause set under the one told, after its event word ("met on Monday, ... as the two neighbours aimed
# to stabilise ties that have faltered in recent years"): its own time and habits, not the event's
SUBORDINATE_AFTER = re.compile(
    r"(?<!\bwell)(?<!\bmany)(?<!\bmuch)(?<!\bsuch)(?<!\bsoon)(?<!\bfar)"  # (not "as well as", "such as")
    r",?\s+(?:as(?!\s+(?:well|many|much|far|long|soon|part|of|such|a|an|the)\b)|while|amid|whereas|which|that|who)\s",
    re.I,
)


def short_of_a_subordinate(text: str, hit: Hit, clause: tuple[int, int]) -> int:
    """Where the clause's own words end: at the first subordinate clause opening after the event word."""
    found = SUBORDINATE_AFTER.search(text, hit.end, clause[1])
    return found.start() if found else clause[1]


def outside_relatives(
    words: tuple[int, int], clause: tuple[int, int], hit: Hit, spans
) -> list[tuple[int, int]]:
    """The clause's own words less the relative clauses told inside it before the event word
    (triggers._resumed: "The Arakan Army, which has been fighting the regime since 2023, took a camp":
    the subject's background, not the event's)."""
    pieces, start = [], words[0]
    for inner in sorted(s for s in spans if s != clause and clause[0] < s[0] and s[1] <= hit.start):
        if inner[0] > start:
            pieces.append((start, inner[0]))
        start = max(start, inner[1])
    return [*pieces, (start, words[1])]


def past_the_dateline(sentence: Sentence, ctx: ArticleContext) -> int:
    """Where the sentence's own words open: after the dateline that opens it ("DAMASCUS - Amid ...")."""
    dateline = ctx.report.dateline
    if dateline is not None and sentence.start <= dateline.span[0] < sentence.end:
        return max(sentence.start, dateline.span[1])
    return sentence.start


# the people the example counts ("of more than 300 students")
COUNTED = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b")
# the present perfect right before the event word ("the Houthis have damaged", "Al-Shabaab has severally
# planted", "have planned and launched", "have been killed")
PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|already|now|since|severally|repeatedly|reportedly|allegedly|long|often)\s+)*"
    r"(?:been\s+)?(?:[a-z]+ed\s+(?:and|or)\s+)?$",
    re.I,
)


def past_tense(text: str, hit: Hit) -> bool:
    """A past-tense verb ("after the army attacked X" tells an event); else a noun."""
    return text[hit.start : hit.end].endswith("ed")
