"""The clause's features, as the fitted type model reads them (features): its event words and
the sentence's and paragraph's (by trigger id), the weapons named (by delivery), the actors'
groups, the codebook's class and rank, whether anyone was killed or hurt, and its lower-case
words (names and numbers left out), stemmed."""

from __future__ import annotations

import re
from functools import lru_cache

from events.extraction.clause_roles import Clause, group_of
from events.extraction.codebook_ranks import NOTE_LABEL, SETTLED, UNSETTLED, codebook

SEPARATOR = "::"  # between the event type and the sub-event type in a class name (both hold "/")


_WORD = re.compile(r"[A-Za-z][a-z'’-]*[a-z]|[a-z]")


def features(c: Clause) -> list[str]:
    """The candidate's features, as strings (the model's vocabulary). 'settled:<rank>:<class>'
    records what the codebook settles; the model is not fitted on it."""
    rule, rank = codebook(c)
    out = [f"rule:{rule}", f"rule:{rule.split(SEPARATOR)[0]}"]
    if rank < UNSETTLED:
        out.append(f"{SETTLED}{rank}:{rule}")
    if c.note_label is not None:  # the coder's own label ("Movement of forces: ..."): what it is
        out.append(f"{SETTLED}{NOTE_LABEL}:{c.note_label}")  # (the model is not shown it: its features stay)
    agent_type = c.roles.agents[0].type if c.roles.agents else None
    agent = group_of(agent_type)
    victim = group_of(c.roles.victims[0].type if c.roles.victims else None)
    out += [f"pair:{agent}>{victim}"]
    out += [f"t:{t.id}|agent:{agent}" for t in c.triggers] + [f"t:{t.id}|victim:{victim}" for t in c.triggers]
    out += [f"t:{t.id}|w:{d}" for t in c.triggers for _, d in c.weapons]
    out += [f"t:{t.id}" for t in c.triggers]
    out += [f"s:{t.id}" for t in c.sentence_triggers]
    out += [f"p:{t.id}" for t in c.following_triggers]
    out += [f"w:{d}" for _, d in c.weapons] + [f"ws:{d}" for _, d in c.sentence_weapons]
    out += [f"agent:{p.type}" for p in c.roles.agents[:1]] + [f"victim:{p.type}" for p in c.roles.victims[:2]]
    out += [f"party:{p.type}" for p in c.roles.others]
    out += [f"pv:{group_of(t)}" for t in c.following_victims]
    if c.roles.agents and c.roles.agents[0].actor is not None:
        out.append("agent:named")
    if (c.casualties.fatalities or 0) > 0:
        out.append("killed")
    if (c.casualties.injuries or 0) > 0:
        out.append("injured")
    if c.casualties.fatalities == 0:
        out.append("no deaths")
    out += [f"v:{w}" for w in _words(c.text, c.clause, c.names) if w not in c.function_words]
    out += [f"vs:{w}" for w in _words(c.text, c.sentence, c.names) if w not in c.function_words]
    return list(dict.fromkeys(out))


def _words(text: str, span: tuple[int, int], names: tuple[tuple[int, int], ...]) -> list[str]:
    """Lower-case words of the span; names (capitalised inside a sentence, or a known
    place or actor) are left out so that the model learns how events are told, not where."""
    out = []
    names = [(s, e) for s, e in names if s < span[1] and e > span[0]]  # (only those the span can hold)
    for match in _WORD.finditer(text, span[0], span[1]):
        word = match.group(0)
        if names and any(s <= match.start() < e for s, e in names):
            continue
        if word[0].isupper() and match.start() > span[0] and not _sentence_initial(text, match.start()):
            continue
        out.append(_stem(word.lower()))
    return out


def _sentence_initial(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position].rstrip()
    return not before or before[-1] in '.!?:\n"“'


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem: plurals and common verb endings folded ('killed', 'kills' -> 'kill')."""
    word = word.replace("’", "'")
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word
