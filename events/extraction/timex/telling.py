"""The times that date a telling, not an event ("officials said on Monday", "told AFP on Sunday",
"On Saturday, the defense ministry said that ..."): mark_telling."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from events.extraction.timex.time_ref import TimeRef


def mark_telling(text: str, times: list[TimeRef], telling: re.Pattern[str]) -> list[TimeRef]:
    """The times that date a telling ("officials said on Monday", "told AFP on Sunday",
    "said in a statement Tuesday"), marked as such (TimeRef.speech)."""
    tail = _telling_tail(telling.pattern)
    head = _telling_head(telling.pattern)
    verb = _telling_next(telling.pattern)
    marked = []
    for t in times:
        told = tail.search(text, max(0, t.start - 60), t.start)
        if (
            told is not None
            and told.group().lower().startswith("states")
            and NAME_BEFORE.search(text, max(0, told.start() - 40), told.start())
        ):
            told = None  # "clashes between youths from Warrap and Unity states on Thursday": a noun
        told = told or (
            SENTENCE_OPENING.search(text, max(0, t.start - 4), t.start) and head.match(text, t.end)
        )  # "On Saturday, the defense ministry said that ..."
        # "Nigerian police on Tuesday confirmed that ...": the time between the teller and the verb
        if told is None and not SENTENCE_OPENING.search(text, max(0, t.start - 4), t.start):
            told = verb.match(text, t.end)
        # "Fresh violence was reported on Tuesday": the event told, when it happened (not "it was")
        passive = (told is not None and told.group().lower().startswith("reported")
                   and EVENT_PASSIVE.search(text, max(0, told.start() - 30), told.start()))  # fmt: skip
        marked.append(replace(t, speech=True) if told and not passive else t)
    return marked


# "states" after a name is a plural noun, no verb of telling ("Warrap and Unity states", "Gulf states")
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
# before a verb of telling: a passive whose subject is what happened, not "it" ("it was reported")
EVENT_PASSIVE = re.compile(r"(?<!\bit )(?<!\bIt )\b(?:was|were)\s+$")


# where a sentence opens (a time there, set off by a comma, may date the telling after it)
SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?i:on\s+|late\s+|early\s+)?$")


@lru_cache(maxsize=4)
def _telling_head(verbs: str) -> re.Pattern[str]:
    """After a time that opens a sentence: a comma, a short subject with no clause break, and a
    verb of telling ("On Saturday, the defense ministry said"; not "On Saturday, gunmen killed
    five, police said"); with no comma, a verb of telling and "that" ("On Saturday the defense
    ministry reported that ten soldiers were killed"; not across "and": "On Saturday rebels shelled
    Goma and officials said that ...")."""
    return re.compile(
        rf",\s+(?:[\w'’.-]+\s+){{1,5}}?(?i:{verbs})\b"
        rf"|\s+(?:(?!(?i:and|but|or)\b)[\w'’.-]+\s+){{1,5}}?(?i:{verbs})\s+that\b"
    )


@lru_cache(maxsize=4)
def _telling_next(verbs: str) -> re.Pattern[str]:
    """A verb of telling and its "that" right after a time inside a sentence ("The army on Monday said
    that"; not "... last week claimed 14 lives", "the ministry on Monday said it shot down drones launched
    overnight")."""
    return re.compile(rf"\s+(?i:{verbs})\s+that\b")


@lru_cache(maxsize=4)
def _telling_tail(verbs: str) -> re.Pattern[str]:
    """A verb of telling, then what may stand before its time: "in a statement", "to
    reporters", a name ("told AFP"), where it was told ("told DAILY POST in Kaduna"), "late", "on"
    (compiled once per lexicon)."""
    return re.compile(
        rf"(?i:{verbs})(?:\s+(?:(?i:in\s+a\s+\w+(?:\s+\w+)?|to\s+\w+|reporters)"
        r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
        r"(?:\s+(?i:late|early))?(?:\s+(?i:on))?\s*$"
    )
